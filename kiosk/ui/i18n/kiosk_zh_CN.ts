<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="7" />
        <source>Welcome. Touch the screen to start.</source>
        <translation>欢迎使用。请轻触屏幕开始。</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="28" />
        <source>24-hour self-service for social insurance, civil affairs, household registration and more</source>
        <translation>社保、民政、户籍等政务服务 24小时自助办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="43" />
        <location filename="../qml/screens/AttractScreen.qml" line="62" />
        <source>Touch the screen to start</source>
        <translation>请轻触屏幕开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="52" />
        <source>Your information is cleared from this terminal when you finish.</source>
        <translation>办理结束后，您的信息将从本机清除。</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="10" />
        <source>Services. Choose a topic, a life event or a department.</source>
        <translation>我要办事。请按主题、一件事或部门选择。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="20" />
        <source>Services</source>
        <translation>我要办事</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="23" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="31" />
        <source>Loading the list of services…</source>
        <translation>正在加载服务目录……</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="32" />
        <source>The service catalog is being updated. Please ask at the service window or call staff.</source>
        <translation>服务目录正在更新，请到服务窗口咨询或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="39" />
        <source>By topic</source>
        <translation>按主题</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="40" />
        <source>Life events (one-stop)</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="41" />
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="78" />
        <location filename="../qml/screens/CatalogScreen.qml" line="137" />
        <location filename="../qml/screens/CatalogScreen.qml" line="149" />
        <source>%n service(s)</source>
        <translation><numerusform>%n个事项</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="116" />
        <source>%n matter(s) in one application</source>
        <translation><numerusform>一次申请办理%n个事项</numerusform></translation>
    </message>
</context>
<context>
    <name>ComingScreen</name>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="8" />
        <source>This service is not available at this terminal yet. Please ask at the service window, or call staff.</source>
        <translation>本机暂未开通该服务。请到服务窗口咨询，或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="11" />
        <source>Checking progress</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="12" />
        <source>Complaints and suggestions</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="13" />
        <source>Applying at the terminal</source>
        <translation>自助申请</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="15" />
        <source>This function</source>
        <translation>该功能</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="24" />
        <source>%1 is coming soon</source>
        <translation>%1即将开通</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="29" />
        <source>It is not available at this terminal yet. The service window can help you today, or press Call staff.</source>
        <translation>本机暂未开通此功能。您可以到服务窗口办理，或点击“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="34" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="35" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="11" />
        <source>Guide for %1. Read the conditions and materials, then start your application.</source>
        <translation>%1办事指南。请查看申请条件和所需材料，然后开始办理。</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="12" />
        <source>Guide for %1. This service is handled at the service window: %2</source>
        <translation>%1办事指南。本事项需到窗口办理：%2</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="17" />
        <source>About this service</source>
        <translation>事项简介</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="18" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="19" />
        <source>Who can apply</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="20" />
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="21" />
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="22" />
        <source>Special procedures</source>
        <translation>特殊环节</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="23" />
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="24" />
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="25" />
        <source>What you receive</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="26" />
        <source>Notice and commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="27" />
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="28" />
        <source>Place, hours and phones</source>
        <translation>地点、时间和电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="34" />
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="35" />
        <source>Implementing body</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="36" />
        <source>Accepted by</source>
        <translation>受理单位</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="37" />
        <source>For</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="38" />
        <source>Case type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="39" />
        <source>Ways to apply</source>
        <translation>办理形式</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="40" />
        <source>At this terminal</source>
        <translation>本机可办</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="41" />
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="42" />
        <source>Where else</source>
        <translation>通办范围</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="43" />
        <source>Basic code</source>
        <translation>基本编码</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="44" />
        <source>Implementation code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="45" />
        <source>Guide version</source>
        <translation>指南版本</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="46" />
        <source>Quantity limit</source>
        <translation>数量限制</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="47" />
        <source>Promised time</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="48" />
        <source>Statutory time</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="49" />
        <source>Visits</source>
        <translation>跑动次数</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="50" />
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="51" />
        <source>Fee basis</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="52" />
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="53" />
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="54" />
        <source>Notice</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="55" />
        <source>Liability</source>
        <translation>失信责任</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="56" />
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="57" />
        <source>Hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="58" />
        <source>Enquiries</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="59" />
        <source>Complaints</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74" />
        <source>Can be done at this terminal</source>
        <translation>可在本机办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74" />
        <source>Done at the service window</source>
        <translation>需到窗口办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="75" />
        <source>Time limit: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76" />
        <source>Fee charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76" />
        <source>Free</source>
        <translation>不收费</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/GuideScreen.qml" line="77" />
        <source>%n material(s)</source>
        <translation><numerusform>%n项材料</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="98" />
        <source>Guide text</source>
        <translation>办事指南正文</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="119" />
        <source>This service is handled at the service window. Please go to: %1</source>
        <translation>本事项需到窗口办理。请前往：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="183" />
        <source>Scroll down</source>
        <translation>向下翻页</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="190" />
        <source>Start application</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="191" />
        <source>Identify with your ID card and fill in one form</source>
        <translation>刷身份证，填写一张表</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="7" />
        <source>Home. Choose Services to apply, or check the progress of an application.</source>
        <translation>首页。请选择我要办事，或查询办件进度。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="13" />
        <source>How can we help you today?</source>
        <translation>您好，请问您要办理什么？</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="17" />
        <source>Search services (Chinese or pinyin)</source>
        <translation>搜索事项（汉字或拼音）</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="34" />
        <source>Services</source>
        <translation>我要办事</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="35" />
        <source>Apply for a matter, read its guide</source>
        <translation>查看办事指南，申请办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="43" />
        <source>Check progress</source>
        <translation>查询进度</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="44" />
        <source>With your ID card or receipt</source>
        <translation>刷身份证或扫回执码</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="52" />
        <source>Complaints and suggestions</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="53" />
        <source>Handled at once</source>
        <translation>有诉即办</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61" />
        <source>Standard mode</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61" />
        <source>Elderly mode</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62" />
        <source>Back to normal print</source>
        <translation>恢复标准字号</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62" />
        <source>Large print, voice, more time</source>
        <translation>大字体 语音 慢操作</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="71" />
        <source>Change the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="79" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="80" />
        <source>Someone will come to help you</source>
        <translation>工作人员会来帮您</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="75" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="80" />
        <source>For your privacy this session will be cleared in %n second(s).</source>
        <translation><numerusform>为保护您的隐私，%n秒后将清除本次办理信息。</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="87" />
        <source>Keep this session and carry on</source>
        <translation>保留本次信息，继续办理</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="115" />
        <source>Staff have been called</source>
        <translation>已呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="119" />
        <source>Please stay at the terminal. A member of staff will come to help you.</source>
        <translation>请在终端旁稍候，工作人员马上过来帮您。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125" />
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>MattersScreen</name>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="9" />
        <source>Choose a service to read its guide.</source>
        <translation>请选择事项，查看办事指南。</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="25" />
        <source>No services here yet.</source>
        <translation>暂无事项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="43" />
        <source>can be done at this terminal</source>
        <translation>可在本机办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="43" />
        <source>done at the service window</source>
        <translation>需到窗口办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>Time limit: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>Fee charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>Free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="69" />
        <source>At this terminal</source>
        <translation>本机可办</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="69" />
        <source>At the window</source>
        <translation>需到窗口</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="9" />
        <source>Search. Type the name of a service in Chinese or pinyin, then choose a result.</source>
        <translation>搜索。请用汉字或拼音输入事项名称，然后选择结果。</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="16" />
        <location filename="../qml/screens/SearchScreen.qml" line="39" />
        <source>Search services</source>
        <translation>搜索事项</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="28" />
        <source>e.g. 养老保险, yanglao, ylbx</source>
        <translation>如：养老保险、yanglao、ylbx</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="48" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="55" />
        <source>Nothing found for "%1". Try fewer characters, pinyin, or browse by topic.</source>
        <translation>没有找到“%1”。请少输几个字、用拼音，或按主题查找。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="20" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="21" />
        <source>Go back to the previous screen</source>
        <translation>返回上一页</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="26" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="27" />
        <source>Go to the home screen</source>
        <translation>回到首页</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="42" />
        <source>Switch the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47" />
        <source>Standard</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47" />
        <source>Elderly mode</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="48" />
        <source>Large print, spoken guidance and more time</source>
        <translation>大字体、语音引导、更长操作时间</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="53" />
        <source>Contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="54" />
        <source>Switch high contrast on or off</source>
        <translation>打开或关闭高对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="59" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="60" />
        <source>End and clear this session</source>
        <translation>结束办理并清除本次信息</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="66" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="67" />
        <source>Ask a member of staff to come and help</source>
        <translation>请工作人员过来帮忙</translation>
    </message>
</context>
</TS>