<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="7"/>
        <source>Welcome. Touch the screen to start.</source>
        <translation>欢迎使用。请轻触屏幕开始。</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="28"/>
        <source>24-hour self-service for social insurance, civil affairs, household registration and more</source>
        <translation>社保、民政、户籍等政务服务 24小时自助办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="43"/>
        <location filename="../qml/screens/AttractScreen.qml" line="71"/>
        <source>Touch the screen to start</source>
        <translation>请轻触屏幕开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="61"/>
        <source>Your information is cleared from this terminal when you finish.</source>
        <translation>办理结束后，您的信息将从本机清除。</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="10"/>
        <source>Services. Choose a topic, a life event or a department.</source>
        <translation>我要办事。请按主题、一件事或部门选择。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="20"/>
        <source>Services</source>
        <translation>我要办事</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="23"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="31"/>
        <source>Loading the list of services…</source>
        <translation>正在加载服务目录……</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="32"/>
        <source>The service catalog is being updated. Please ask at the service window or call staff.</source>
        <translation>服务目录正在更新，请到服务窗口咨询或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="39"/>
        <source>By topic</source>
        <translation>按主题</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="40"/>
        <source>Life events (one-stop)</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="41"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="78"/>
        <location filename="../qml/screens/CatalogScreen.qml" line="137"/>
        <location filename="../qml/screens/CatalogScreen.qml" line="149"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="116"/>
        <source>%n matter(s) in one application</source>
        <translation>
            <numerusform>一次申请办理%n个事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingScreen</name>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="8"/>
        <source>This service is not available at this terminal yet. Please ask at the service window, or call staff.</source>
        <translation>本机暂未开通该服务。请到服务窗口咨询，或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="11"/>
        <source>Checking progress</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="12"/>
        <source>Complaints and suggestions</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="13"/>
        <source>Applying at the terminal</source>
        <translation>自助申请</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="15"/>
        <source>This function</source>
        <translation>该功能</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="24"/>
        <source>%1 is coming soon</source>
        <translation>%1即将开通</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="29"/>
        <source>It is not available at this terminal yet. The service window can help you today, or press Call staff.</source>
        <translation>本机暂未开通此功能。您可以到服务窗口办理，或点击“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="34"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="35"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="11"/>
        <source>Guide for %1. Read the conditions and materials, then start your application.</source>
        <translation>%1办事指南。请查看申请条件和所需材料，然后开始办理。</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="12"/>
        <source>Guide for %1. This service is handled at the service window: %2</source>
        <translation>%1办事指南。本事项需到窗口办理：%2</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="17"/>
        <source>About this service</source>
        <translation>事项简介</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="18"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="19"/>
        <source>Who can apply</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="20"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="21"/>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="22"/>
        <source>Special procedures</source>
        <translation>特殊环节</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="23"/>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="24"/>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="25"/>
        <source>What you receive</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="26"/>
        <source>Notice and commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="27"/>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="28"/>
        <source>Place, hours and phones</source>
        <translation>地点、时间和电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="34"/>
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="35"/>
        <source>Implementing body</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="36"/>
        <source>Accepted by</source>
        <translation>受理单位</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="37"/>
        <source>For</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="38"/>
        <source>Case type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="39"/>
        <source>Ways to apply</source>
        <translation>办理形式</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="40"/>
        <source>At this terminal</source>
        <translation>本机可办</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="41"/>
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="42"/>
        <source>Where else</source>
        <translation>通办范围</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="43"/>
        <source>Basic code</source>
        <translation>基本编码</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="44"/>
        <source>Implementation code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="45"/>
        <source>Guide version</source>
        <translation>指南版本</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="46"/>
        <source>Quantity limit</source>
        <translation>数量限制</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="47"/>
        <source>Promised time</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="48"/>
        <source>Statutory time</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="49"/>
        <source>Visits</source>
        <translation>跑动次数</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="50"/>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="51"/>
        <source>Fee basis</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="52"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="53"/>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="54"/>
        <source>Notice</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="55"/>
        <source>Liability</source>
        <translation>失信责任</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="56"/>
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="57"/>
        <source>Hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="58"/>
        <source>Enquiries</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="59"/>
        <source>Complaints</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74"/>
        <source>Can be done at this terminal</source>
        <translation>可在本机办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74"/>
        <source>Done at the service window</source>
        <translation>需到窗口办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="75"/>
        <source>Time limit: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76"/>
        <source>Fee charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76"/>
        <source>Free</source>
        <translation>不收费</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/GuideScreen.qml" line="77"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n项材料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="98"/>
        <source>Guide text</source>
        <translation>办事指南正文</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="119"/>
        <source>This service is handled at the service window. Please go to: %1</source>
        <translation>本事项需到窗口办理。请前往：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="183"/>
        <source>Scroll down</source>
        <translation>向下翻页</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="190"/>
        <source>Start application</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="191"/>
        <source>Identify with your ID card and fill in one form</source>
        <translation>刷身份证，填写一张表</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="7"/>
        <source>Home. Choose Services to apply, or check the progress of an application.</source>
        <translation>首页。请选择我要办事，或查询办件进度。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="13"/>
        <source>How can we help you today?</source>
        <translation>您好，请问您要办理什么？</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="17"/>
        <source>Search services (Chinese or pinyin)</source>
        <translation>搜索事项（汉字或拼音）</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="34"/>
        <source>Services</source>
        <translation>我要办事</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="35"/>
        <source>Apply for a matter, read its guide</source>
        <translation>查看办事指南，申请办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="43"/>
        <source>Check progress</source>
        <translation>查询进度</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="44"/>
        <source>With your ID card or receipt</source>
        <translation>刷身份证或扫回执码</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="52"/>
        <source>Complaints and suggestions</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="53"/>
        <source>Handled at once</source>
        <translation>有诉即办</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61"/>
        <source>Standard mode</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61"/>
        <source>Elderly mode</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62"/>
        <source>Back to normal print</source>
        <translation>恢复标准字号</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62"/>
        <source>Large print, voice, more time</source>
        <translation>大字体 语音 慢操作</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="71"/>
        <source>Change the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="79"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="80"/>
        <source>Someone will come to help you</source>
        <translation>工作人员会来帮您</translation>
    </message>
</context>
<context>
    <name>JourneyFace</name>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="7"/>
        <source>Look at the camera above the screen and press Start. Blink when asked.</source>
        <translation>请看屏幕上方的摄像头，按“开始”，听到提示后眨眨眼。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="9"/>
        <source>Face verification</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="12"/>
        <source>Look straight at the camera above the screen, press Start, and blink when asked. If it does not work, a member of staff can check your identity instead.</source>
        <translation>请正对屏幕上方的摄像头，按“开始”，听到提示后眨眨眼。如果核验不成功，可以改由工作人员核验您的身份。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="18"/>
        <source>Looking for your face…</source>
        <translation>正在寻找您的面部……</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="29"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="30"/>
        <source>Start the face check</source>
        <translation>开始人脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="36"/>
        <source>Staff will check me</source>
        <translation>由工作人员核验</translation>
    </message>
</context>
<context>
    <name>JourneyFaceConsent</name>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="7"/>
        <source>This service can check your identity with your face. Do you agree? If not, staff will check your identity instead.</source>
        <translation>本事项可以通过人脸核验您的身份，您是否同意？不同意的，由工作人员核验。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="9"/>
        <source>Face verification: do you agree?</source>
        <translation>人脸核验：您是否同意？</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="12"/>
        <source>Your face is sensitive personal information. With your consent the camera takes a short picture to compare with your ID card. The picture is encrypted, used only for this application and deleted when it is no longer needed.</source>
        <translation>人脸属于敏感个人信息。经您同意，摄像头会拍摄一张照片与身份证比对。照片加密保存，只用于本次申请，不再需要时即删除。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="16"/>
        <source>If you do not agree, or the camera is not working, you can still apply: a member of staff will check your identity, and this is noted on the application.</source>
        <translation>如果您不同意，或摄像头不能使用，仍然可以申请：由工作人员核验您的身份，并在申请中注明。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="22"/>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="28"/>
        <source>No, staff will check me</source>
        <translation>不同意，由工作人员核验</translation>
    </message>
</context>
<context>
    <name>JourneyField</name>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="16"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如2020-01-15</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="16"/>
        <source>Mobile or landline</source>
        <translation>手机号或固定电话</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="8"/>
        <source>Please check the information taken from your ID card and fill in the rest of the form.</source>
        <translation>请核对从身份证读取的信息，并填写其余内容。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="12"/>
        <source>Fill in the application form</source>
        <translation>填写申请表</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="55"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="56"/>
        <source>Check the form and go on to the materials</source>
        <translation>检查表格，然后提交材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="62"/>
        <source>Leave this application; nothing is kept</source>
        <translation>退出本次申请，不保留任何信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="154"/>
        <source>Remove this entry</source>
        <translation>删除这一条</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="186"/>
        <source>Add an entry</source>
        <translation>添加一条</translation>
    </message>
</context>
<context>
    <name>JourneyIdentify</name>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="8"/>
        <source>Please place your second-generation ID card on the reader below the screen.</source>
        <translation>请把您的二代身份证放在屏幕下方的读卡区。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="10"/>
        <source>Place the agent&apos;s ID card on the reader</source>
        <translation>请放置代办人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="10"/>
        <source>Place your ID card on the reader</source>
        <translation>请放置您的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="14"/>
        <source>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</source>
        <translation>请把身份证平放在屏幕下方的读卡区，听到提示音后再拿开。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="19"/>
        <source>You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.</source>
        <translation>您正在为他人代办。读取您的身份证后，请填写被代办人信息并拍摄授权委托书。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="30"/>
        <source>Waiting for the ID card…</source>
        <translation>等待读取身份证……</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="38"/>
        <source>Leave this application; nothing is kept</source>
        <translation>退出本次申请，不保留任何信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="45"/>
        <source>Apply for myself</source>
        <translation>为本人办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="45"/>
        <source>Apply for someone else</source>
        <translation>为他人代办</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="46"/>
        <source>An agent (代办) applies for a family member or a client</source>
        <translation>代办人为家人或委托人办理</translation>
    </message>
</context>
<context>
    <name>JourneyMaterials</name>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="8"/>
        <source>Hand in each material: place it under the document camera and press Scan, or use one of the other ways shown.</source>
        <translation>请逐份提交材料：把材料放在高拍仪下按“拍摄”，或使用下面列出的其他方式。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyMaterials.qml" line="12"/>
        <source>Scanned: %n page(s)</source>
        <translation>
            <numerusform>已拍摄%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="13"/>
        <source>E-licence recorded (%1)</source>
        <translation>已使用电子证照（%1）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="14"/>
        <source>Copy from an earlier application</source>
        <translation>已复用以前申请中的材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="15"/>
        <source>To be handed in later (容缺), by %1</source>
        <translation>容缺后补，请于%1前补交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="16"/>
        <source>Replaced by your signed commitment (告知承诺)</source>
        <translation>已签署告知承诺书代替</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="18"/>
        <source>Required, not handed in yet</source>
        <translation>必须提交，尚未提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="18"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="23"/>
        <source>The document camera is not working.</source>
        <translation>高拍仪暂时不能使用。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="24"/>
        <source>No page found: place the whole page under the camera.</source>
        <translation>没有找到文件，请把整页纸平放在高拍仪下。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="25"/>
        <source>The picture is blurred: hold the page still and scan again.</source>
        <translation>照片模糊，请拿稳文件后重新拍摄。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="26"/>
        <source>Too dark: move the page somewhere brighter and scan again.</source>
        <translation>光线太暗，请把文件移到亮一点的地方再拍。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="28"/>
        <source>The page could not be read well (%1): please retake it.</source>
        <translation>这一页拍得不清楚（%1），请重拍。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="32"/>
        <source>Hand in the materials</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="33"/>
        <source>Only the materials this service asks for are listed.</source>
        <translation>这里只列出本事项要求的材料。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="46"/>
        <source>What the document camera sees</source>
        <translation>高拍仪拍到的画面</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="90"/>
        <source>Show the e-licence QR code on your phone to the scanner now, or type its details.</source>
        <translation>请把手机上的电子证照二维码对准扫码器，或者手动输入证照信息。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="105"/>
        <source>Licence number</source>
        <translation>证照号码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="106"/>
        <source>Verification code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="109"/>
        <source>Use these details</source>
        <translation>使用这些信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="119"/>
        <source>Scan another page</source>
        <translation>再拍一页</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="119"/>
        <source>Scan</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="120"/>
        <source>Place the page under the document camera first</source>
        <translation>请先把材料放在高拍仪下</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="125"/>
        <source>Retake last page</source>
        <translation>重拍最后一页</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="131"/>
        <source>E-licence QR</source>
        <translation>电子证照二维码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="132"/>
        <source>Use an electronic licence instead of paper (免证办)</source>
        <translation>用电子证照代替纸质材料（免证办）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="138"/>
        <source>Use the card just read</source>
        <translation>使用刚读取的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="144"/>
        <source>Hand in later (by %1)</source>
        <translation>容缺后补（%1前）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="145"/>
        <source>容缺: the application goes ahead; bring this material by the date shown</source>
        <translation>容缺受理：申请照常办理，请在显示的日期前补交这份材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="151"/>
        <source>Sign a commitment instead</source>
        <translation>以告知承诺代替</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="152"/>
        <source>告知承诺: read the notice and the liability, then sign</source>
        <translation>告知承诺：阅读告知内容和法律责任后签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="158"/>
        <source>Start this material again</source>
        <translation>重新提交这份材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="166"/>
        <source>Notice (告知)</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="168"/>
        <source>Liability (法律责任)</source>
        <translation>法律责任</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="177"/>
        <source>I have read it, I commit and sign</source>
        <translation>我已阅读，承诺并签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="180"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="181"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="191"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="192"/>
        <source>All required materials handed in: go on to sign</source>
        <translation>必要材料已提交，下一步签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="195"/>
        <source>Back to the form</source>
        <translation>返回修改表格</translation>
    </message>
</context>
<context>
    <name>JourneyProxy</name>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="7"/>
        <source>Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.</source>
        <translation>请填写被代办人的信息，选择你们的关系，并拍摄授权委托书。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="11"/>
        <source>Applying for someone else (代办)</source>
        <translation>为他人代办</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="12"/>
        <source>Agent: %1</source>
        <translation>代办人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="13"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="14"/>
        <source>Their name</source>
        <translation>被代办人姓名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="16"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="17"/>
        <source>Their ID number</source>
        <translation>被代办人身份证号码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="19"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="20"/>
        <source>Their phone</source>
        <translation>被代办人电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="22"/>
        <source>You are their</source>
        <translation>您是被代办人的</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyProxy.qml" line="39"/>
        <source>Scan the letter of authorization (%n page(s) so far)</source>
        <translation>
            <numerusform>拍摄授权委托书（已拍%n页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="47"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>JourneyRate</name>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="7"/>
        <source>How satisfied are you with this service? Please choose one.</source>
        <translation>您对本次服务满意吗？请选择一项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="15"/>
        <source>Please rate this service</source>
        <translation>请对本次服务进行评价</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="16"/>
        <source>Acceptance number: %1</source>
        <translation>受理号：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="57"/>
        <source>Please tell us why (required)</source>
        <translation>请告诉我们原因（必填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="76"/>
        <source>Anything else</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="76"/>
        <source>Anything else (optional)</source>
        <translation>其他意见（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="77"/>
        <location filename="../qml/screens/JourneyRate.qml" line="77"/>
        <source>Phone for the follow-up (optional)</source>
        <translation>回访电话（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="84"/>
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="87"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="92"/>
        <source>Print the receipt again</source>
        <translation>重新打印回执</translation>
    </message>
</context>
<context>
    <name>JourneyReceipt</name>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="8"/>
        <source>Your application has been submitted. Please take your receipt.</source>
        <translation>您的申请已提交，请取走回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="9"/>
        <source>Your application has been submitted. Please note the acceptance number on the screen.</source>
        <translation>您的申请已提交，请记下屏幕上的受理号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="11"/>
        <source>Your application has been submitted</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="15"/>
        <source>Acceptance number: %1</source>
        <translation>受理号：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="24"/>
        <source>Printing your receipt…</source>
        <translation>正在打印回执……</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="25"/>
        <source>Your receipt has been printed; please take it.</source>
        <translation>回执已打印，请取走。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="39"/>
        <source>QR code for checking the progress of this application</source>
        <translation>查询本申请办理进度的二维码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="56"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="57"/>
        <source>Rate this service</source>
        <translation>评价本次服务</translation>
    </message>
</context>
<context>
    <name>JourneyReview</name>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="7"/>
        <source>Please check everything once more, then press Submit.</source>
        <translation>请再检查一遍，然后按“提交”。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="11"/>
        <source>Check and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="16"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="21"/>
        <source>Agent (代办)</source>
        <translation>代办人</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26"/>
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26"/>
        <source>by staff</source>
        <translation>由工作人员核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26"/>
        <source>face verified</source>
        <translation>人脸核验通过</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="29"/>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="36"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyReview.qml" line="43"/>
        <source>scanned, %n page(s)</source>
        <translation>
            <numerusform>已拍摄%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="44"/>
        <source>e-licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="45"/>
        <source>earlier copy</source>
        <translation>复用以前的材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="46"/>
        <source>later (容缺) by %1</source>
        <translation>容缺，%1前补交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="47"/>
        <source>commitment signed (告知承诺)</source>
        <translation>已签署告知承诺</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="48"/>
        <source>not handed in</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="51"/>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="51"/>
        <source>yes</source>
        <translation>已签</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="51"/>
        <source>no</source>
        <translation>未签</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="58"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="59"/>
        <source>Submit the application; it is saved on this terminal at once</source>
        <translation>提交申请，立即保存在本终端</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="62"/>
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="63"/>
        <source>Change materials</source>
        <translation>修改材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="64"/>
        <source>Change the form</source>
        <translation>修改表格</translation>
    </message>
</context>
<context>
    <name>JourneySign</name>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="7"/>
        <source>Please sign your name in the box with your finger.</source>
        <translation>请用手指在框内签上您的姓名。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="9"/>
        <source>Sign your name</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="10"/>
        <source>Your signature confirms that the information and materials are true.</source>
        <translation>您的签名表示所填信息和所交材料真实。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="18"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="19"/>
        <source>Keep this signature and review the application</source>
        <translation>使用这个签名，核对申请</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="22"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="23"/>
        <source>Back to materials</source>
        <translation>返回材料</translation>
    </message>
</context>
<context>
    <name>JourneySignPad</name>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="15"/>
        <source>Signature pad: sign with your finger</source>
        <translation>签名板：请用手指签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="19"/>
        <source>Sign here</source>
        <translation>请在这里签名</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>您还在吗？请轻触屏幕继续办理。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="106"/>
        <source>For your privacy this session will be cleared in %n second(s).</source>
        <translation>
            <numerusform>为保护您的隐私，%n秒后将清除本次办理信息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113"/>
        <source>Keep this session and carry on</source>
        <translation>保留本次信息，继续办理</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Staff have been called. Please stay at the terminal.</source>
        <translation>已呼叫工作人员，请在终端旁稍候。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="142"/>
        <source>Staff have been called</source>
        <translation>已呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="146"/>
        <source>Please stay at the terminal. A member of staff will come to help you.</source>
        <translation>请在终端旁稍候，工作人员马上过来帮您。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="152"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>MattersScreen</name>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="9"/>
        <source>Choose a service to read its guide.</source>
        <translation>请选择事项，查看办事指南。</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="25"/>
        <source>No services here yet.</source>
        <translation>暂无事项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="44"/>
        <source>can be done at this terminal</source>
        <translation>可在本机办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="44"/>
        <source>done at the service window</source>
        <translation>需到窗口办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="55"/>
        <source>Time limit: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="55"/>
        <source>Fee charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="55"/>
        <source>Free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="70"/>
        <source>At this terminal</source>
        <translation>本机可办</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="70"/>
        <source>At the window</source>
        <translation>需到窗口</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="9"/>
        <source>Search. Type the name of a service in Chinese or pinyin, then choose a result.</source>
        <translation>搜索。请用汉字或拼音输入事项名称，然后选择结果。</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="16"/>
        <location filename="../qml/screens/SearchScreen.qml" line="39"/>
        <source>Search services</source>
        <translation>搜索事项</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="28"/>
        <source>e.g. 养老保险, yanglao, ylbx</source>
        <translation>如：养老保险、yanglao、ylbx</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="48"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="55"/>
        <source>Nothing found for &quot;%1&quot;. Try fewer characters, pinyin, or browse by topic.</source>
        <translation>没有找到“%1”。请少输几个字、用拼音，或按主题查找。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="20"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="21"/>
        <source>Go back to the previous screen</source>
        <translation>返回上一页</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="26"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="27"/>
        <source>Go to the home screen</source>
        <translation>回到首页</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="42"/>
        <source>Switch the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47"/>
        <source>Standard</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47"/>
        <source>Elderly mode</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="48"/>
        <source>Large print, spoken guidance and more time</source>
        <translation>大字体、语音引导、更长操作时间</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="53"/>
        <source>Contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="54"/>
        <source>Switch high contrast on or off</source>
        <translation>打开或关闭高对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="59"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="60"/>
        <source>End and clear this session</source>
        <translation>结束办理并清除本次信息</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="66"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="67"/>
        <source>Ask a member of staff to come and help</source>
        <translation>请工作人员过来帮忙</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="15"/>
        <source>Voice: on</source>
        <translation>朗读：开</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="15"/>
        <source>Voice: off</source>
        <translation>朗读：关</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="16"/>
        <source>Turn spoken guidance on or off</source>
        <translation>打开或关闭语音播报</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="25"/>
        <source>Repeat</source>
        <translation>重听</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="26"/>
        <source>Say this screen&apos;s guidance again</source>
        <translation>再听一遍本页提示</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="33"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="34"/>
        <source>Stop speaking</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="42"/>
        <source>Softer</source>
        <translation>小声</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="43"/>
        <source>Volume %1 of 10. Make the voice quieter</source>
        <translation>音量 %1/10。把声音调小</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="51"/>
        <source>Louder</source>
        <translation>大声</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="52"/>
        <source>Volume %1 of 10. Make the voice louder</source>
        <translation>音量 %1/10。把声音调大</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="59"/>
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="60"/>
        <source>Speak more slowly</source>
        <translation>说得慢一点</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="67"/>
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="68"/>
        <source>Speak more quickly</source>
        <translation>说得快一点</translation>
    </message>
</context>
</TS>
