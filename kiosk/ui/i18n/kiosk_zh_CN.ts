<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="9" />
        <source>Welcome. Touch the screen to start.</source>
        <translation>欢迎使用。请轻触屏幕开始。</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="33" />
        <source>24-hour self-service for social insurance, civil affairs, household registration and more</source>
        <translation>社保、民政、户籍等政务服务 24小时自助办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="45" />
        <source>Power cut: the terminal is running on battery. New services are paused until the power returns.</source>
        <translation>停电了：本终端正在使用备用电池。新的办理暂停，来电后恢复。</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="51"/>
        <source>This terminal is out of service for now. Please go to the service counter, or come back later.</source>
        <translation>本终端暂停服务。请到服务窗口办理，或稍后再来。</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="62"/>
        <location filename="../qml/screens/AttractScreen.qml" line="90"/>
        <source>Touch the screen to start</source>
        <translation>请轻触屏幕开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="80" />
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
        <location filename="../qml/screens/CatalogScreen.qml" line="140" />
        <location filename="../qml/screens/CatalogScreen.qml" line="152" />
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="119" />
        <source>%n matter(s) in one application</source>
        <translation>
            <numerusform>一次申请办理%n个事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificationCard</name>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="11" />
        <source>Now place the elderly resident's own ID card on the reader, and choose how you are related.</source>
        <translation>现在请放上老人本人的身份证，并选择您和老人的关系。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="12" />
        <source>Please place your ID card on the reader below the screen.</source>
        <translation>请把身份证放在屏幕下方的读卡区。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="15" />
        <source>The elderly resident's ID card</source>
        <translation>老人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="16" />
        <source>Place your own ID card on the reader (family member)</source>
        <translation>请放上您（家属）本人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="17" />
        <source>Place your ID card on the reader</source>
        <translation>请放上您的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="18" />
        <source>Helping: %1</source>
        <translation>协助人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="24" />
        <source>You are helping an elderly family member. After your card, you place their card on the reader. The face photo must be theirs: they look at the camera themselves.</source>
        <translation>您在帮家里老人办理。先读您的身份证，再读老人的身份证。拍照必须是老人本人，请老人自己看摄像头。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="25" />
        <source>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</source>
        <translation>请把身份证平放在屏幕下方的读卡区，听到提示音再拿开。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="30" />
        <source>Take your card away and lay the elderly resident's card on the reader. If their card is not here, you can type their name and ID number instead.</source>
        <translation>请拿开您的身份证，放上老人的身份证。老人的身份证不在身边的，可以输入老人的姓名和身份证号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="42" />
        <source>Card read. Now choose how you are related.</source>
        <translation>已读到身份证，请选择您和老人的关系。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="42" />
        <source>Waiting for the ID card…</source>
        <translation>等待读取身份证…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="47" />
        <location filename="../qml/screens/CertificationCard.qml" line="48" />
        <source>Their name</source>
        <translation>对方姓名</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="49" />
        <location filename="../qml/screens/CertificationCard.qml" line="50" />
        <source>Their ID number</source>
        <translation>对方身份证号</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="51" />
        <source>You are their</source>
        <translation>您是对方的</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="71" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="78" />
        <source>Read their card instead</source>
        <translation>改为读取身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="78" />
        <source>Their card is not here</source>
        <translation>身份证不在身边</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="85" />
        <source>I am the pensioner</source>
        <translation>我是领取养老金的本人</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="85" />
        <source>I am helping a family member</source>
        <translation>我帮家里老人办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="86" />
        <source>A family member may operate the screens; the face must be the pensioner's own</source>
        <translation>家属可以帮忙操作，但拍照必须是老人本人</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="91" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="92" />
        <source>Leave; nothing is kept</source>
        <translation>离开，不保留任何信息</translation>
    </message>
</context>
<context>
    <name>CertificationConsent</name>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="10" />
        <source>To confirm you still receive your pension, the camera takes a photo of your face. It is sent, locked, to the social insurance office for this check only. Do you agree?</source>
        <translation>为确认您继续领取养老金的资格，摄像头要拍一张您的脸部照片。照片加密后只发给社保部门，只用于这次认证。您同意吗？</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="16" />
        <source>May we take a photo of your face?</source>
        <translation>可以给您拍一张脸部照片吗？</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="17" />
        <source>Pensioner: %1</source>
        <translation>认证人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="23" />
        <source>Read this to me again</source>
        <translation>再给我读一遍</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="23" />
        <source>Read this to me</source>
        <translation>读给我听</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="24" />
        <source>Say the explanation again; this does not agree to anything</source>
        <translation>把说明再读一遍；这不表示同意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="39" />
        <source>The camera takes a photo of the pensioner's face.</source>
        <translation>摄像头会拍一张领取养老金本人的脸部照片。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="44" />
        <source>The photo is locked so that only the social insurance office can open it. It is used for this yearly check only, and this terminal deletes its copy as soon as the office has received it.</source>
        <translation>照片加密保存，只有社保部门能打开；只用于这次年度认证。社保部门收到后，本终端会马上删除照片。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="49" />
        <source>You will be asked to blink and to turn your head slowly. Take your time.</source>
        <translation>接下来会请您眨眨眼、慢慢转头，不用着急。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="56" />
        <source>If you do not agree, a member of staff can help you, or you can ask for someone to visit you at home.</source>
        <translation>如果不同意，可以请工作人员帮您办理，也可以申请上门服务。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="62" />
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="67" />
        <source>No, I do not agree</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>CertificationFallback</name>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="7" />
        <source>Choose: call a member of staff, or ask for a home visit.</source>
        <translation>请选择：呼叫工作人员，或申请上门服务。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="10" />
        <source>We can help you another way</source>
        <translation>我们可以换一种方式帮您</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="11" />
        <source>Pensioner: %1</source>
        <translation>认证人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="20" />
        <source>A member of staff can do the check with you now. If the pensioner cannot come to the centre, staff can visit them at home.</source>
        <translation>工作人员可以现在陪您完成认证。如果老人不方便到服务中心，工作人员可以上门认证。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="27" />
        <source>Call a member of staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="32" />
        <source>Ask for a home visit</source>
        <translation>申请上门服务</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="37" />
        <source>Not now</source>
        <translation>暂不办理</translation>
    </message>
</context>
<context>
    <name>CertificationLiveness</name>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="8" />
        <source>Please blink your eyes</source>
        <translation>请眨眨眼</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="9" />
        <source>Please turn your head slowly to the left</source>
        <translation>请慢慢向左转头</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="10" />
        <source>Please turn your head slowly to the right</source>
        <translation>请慢慢向右转头</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="13" />
        <source>Look at the camera above the screen and press Start. Then do what the screen asks, slowly.</source>
        <translation>请看屏幕上方的摄像头，按“开始”，然后按屏幕提示慢慢做动作。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="16" />
        <source>Look at the camera</source>
        <translation>请看摄像头</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="17" />
        <source>Pensioner: %1</source>
        <translation>认证人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="26" />
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="84" />
        <source>Looking for your face…</source>
        <translation>正在寻找您的脸…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="84" />
        <source>Press Start when you are ready</source>
        <translation>准备好了请按“开始”</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="96" />
        <source>The pensioner looks at the camera themselves. Only one face in the picture, please.</source>
        <translation>请老人本人看摄像头，画面里只留一个人。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="104" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="105" />
        <source>Start the face check</source>
        <translation>开始人脸认证</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="111" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CertificationReceipt</name>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="9" />
        <source>The certification has been submitted. You can check the result under Progress from %1.</source>
        <translation>认证已提交，%1起可在“查询进度”查看结果。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="12" />
        <source>Certification submitted</source>
        <translation>认证已提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="13" />
        <source>Result can be checked from %1</source>
        <translation>%1起可查询结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="37" />
        <source>QR code to check the progress</source>
        <translation>扫码查询办理进度的二维码</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="41" />
        <source>Printing the receipt…</source>
        <translation>正在打印回执…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="41" />
        <source>Please take your receipt.</source>
        <translation>请取走回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="44" />
        <source>How was this service?</source>
        <translation>您对这次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="49" />
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="50" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="51" />
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="52" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="53" />
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="60" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="61" />
        <source>End without rating</source>
        <translation>不评价，直接结束</translation>
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
    <name>ComplaintsDone</name>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="7" />
        <source>Thank you. Your complaint or suggestion has been recorded and will be passed to the department responsible.</source>
        <translation>谢谢。您的投诉建议已经记录，会转交责任部门办理。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="9" />
        <source>Thank you, it has been recorded</source>
        <translation>谢谢，已经记录</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="14" />
        <source>Your complaint or suggestion has been saved at this terminal and will be passed to the department responsible, even if the network is down now.</source>
        <translation>您的投诉建议已保存在本终端，即使现在网络不通，也会转交责任部门。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="18" />
        <source>If you left a phone number, staff will call you back. For anything urgent, call the 12345 hotline.</source>
        <translation>留了电话的，工作人员会回电。紧急情况请拨打12345热线。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="25" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml"/>
        <source>Number: %1. Print the slip and scan it under Progress to read the answer.</source>
        <translation>查询号：%1。请打印回执，答复后在“查询进度”扫描回执上的二维码查看。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml"/>
        <source>Print slip</source>
        <translation>打印回执</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="8" />
        <source>Complaints and suggestions. Choose what it is about, write what happened, and leave a phone number or send it anonymously.</source>
        <translation>投诉建议。请选择类别，写下具体情况，留下联系电话或选择匿名提交。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="13" />
        <source>Complaints and suggestions</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="14" />
        <source>Every complaint is handled at once (有诉即办) and answered within the time limit.</source>
        <translation>有诉即办：每件投诉都会及时处理，并在规定时间内答复。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="16" />
        <source>What is it about? *</source>
        <translation>投诉类别 *</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="36" />
        <source>What happened, or what do you suggest? *</source>
        <translation>具体情况或建议 *</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="45" />
        <source>Write here with the on-screen keyboard (Pinyin or English)</source>
        <translation>请用屏幕键盘输入（拼音或英文）</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="54" />
        <source>What happened, or what do you suggest?</source>
        <translation>具体情况或建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="55" />
        <source>Press Enter to type on the on-screen keyboard with the arrow keys</source>
        <translation>按确认键后，可用方向键在屏幕键盘上打字</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="81" />
        <source>Send it anonymously</source>
        <translation>匿名提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="82" />
        <source>No name and no phone number are sent with it; nobody can call you back</source>
        <translation>不提交姓名和电话，工作人员无法回电</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="90" />
        <location filename="../qml/screens/ComplaintsScreen.qml" line="95" />
        <source>Phone for the answer (optional)</source>
        <translation>联系电话（选填，用于答复）</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="107" />
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="108" />
        <source>Send the complaint or suggestion</source>
        <translation>提交投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="113" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="114" />
        <source>Leave; nothing is kept</source>
        <translation>离开，不保留任何信息</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="61" />
        <source>%1 later</source>
        <translation>%1往后</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="75" />
        <source>%1 earlier</source>
        <translation>%1往前</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="98" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="99" />
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="107" />
        <source>−10</source>
        <translation>−10</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="108" />
        <source>Ten years earlier</source>
        <translation>往前十年</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="114" />
        <source>+10</source>
        <translation>+10</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="115" />
        <source>Ten years later</source>
        <translation>往后十年</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="123" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="124" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="130" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="131" />
        <source>Day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="138" />
        <source>Year %1, month %2, day %3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="148" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="149" />
        <source>Close without changing the date</source>
        <translation>关闭，不修改日期</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="157" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="158" />
        <source>Use this date</source>
        <translation>使用这个日期</translation>
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
        <translation>
            <numerusform>%n项材料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="98" />
        <source>Guide text</source>
        <translation>办事指南正文</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="138" />
        <source>This service is handled at the service window. Please go to: %1</source>
        <translation>本事项需到窗口办理。请前往：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="139" />
        <source>Printing the checklist…</source>
        <translation>正在打印一次性告知单…</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="140" />
        <source>The checklist has been printed: please take it.</source>
        <translation>一次性告知单已打印，请取走。</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="141" />
        <source>It cannot be printed here: the materials are listed below.</source>
        <translation>这里暂时无法打印，所需材料列在下方。</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="206" />
        <source>Scroll down</source>
        <translation>向下翻页</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="215" />
        <source>Print the checklist (一次性告知单)</source>
        <translation>打印一次性告知单</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="216" />
        <source>The materials to bring, the window, its hours and phone, on paper</source>
        <translation>打印所需材料、办理窗口、办公时间和电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="223" />
        <source>Start application</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="224" />
        <source>Identify with your ID card and fill in one form</source>
        <translation>刷身份证，填写一张表</translation>
    </message>
</context>
<context>
    <name>HandwritingPanel</name>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="76"/>
        <source>Pinyin keys</source>
        <translation>拼音键盘</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="76"/>
        <source>Handwriting</source>
        <translation>手写</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="103"/>
        <source>Writing box: write one Chinese character here with your finger</source>
        <translation>书写框：请用手指在这里写一个汉字</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="113"/>
        <source>Write one character here</source>
        <translation>请在这里写一个字</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="178"/>
        <source>Type %1</source>
        <translation>输入%1</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="194"/>
        <source>Rewrite</source>
        <translation>重写</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="200"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="206"/>
        <source>Hide</source>
        <translation>收起</translation>
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
        <location filename="../qml/screens/HomeScreen.qml" line="21" />
        <source>Search services (Chinese or pinyin)</source>
        <translation>搜索事项（汉字或拼音）</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="29" />
        <source>Pension check</source>
        <translation>养老金认证</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="30" />
        <source>The yearly pension eligibility certification, with your face</source>
        <translation>每年一次的养老金领取资格认证，刷脸办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="38" />
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="39" />
        <source>Staff visit someone who cannot come</source>
        <translation>为行动不便的人申请上门办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="57" />
        <source>Services</source>
        <translation>我要办事</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="58" />
        <source>Apply for a matter, read its guide</source>
        <translation>查看办事指南，申请办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="66" />
        <source>Check progress</source>
        <translation>查询进度</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="67" />
        <source>With your ID card or receipt</source>
        <translation>刷身份证或扫回执码</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="75" />
        <source>Complaints and suggestions</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="76" />
        <source>Handled at once</source>
        <translation>有诉即办</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="84" />
        <source>Standard mode</source>
        <translation>标准版</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="84" />
        <source>Elderly mode</source>
        <translation>长辈版</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="85" />
        <source>Back to normal print</source>
        <translation>恢复标准字号</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="85" />
        <source>Large print, voice, more time</source>
        <translation>大字体 语音 慢操作</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="94" />
        <source>Change the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="102" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="103" />
        <source>Someone will come to help you</source>
        <translation>工作人员会来帮您</translation>
    </message>
</context>
<context>
    <name>HomeVisitCard</name>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="11" />
        <source>Now place the card of the person who needs the visit on the reader, or type their name and ID number.</source>
        <translation>现在请放上需要上门服务的人的身份证，或输入其姓名和身份证号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="12" />
        <source>A home visit for someone who cannot come. First place your own ID card on the reader.</source>
        <translation>为不方便来办事的人申请上门服务。请先放上您本人的身份证。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="15" />
        <source>Who needs the home visit?</source>
        <translation>谁需要上门服务？</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="15" />
        <source>Home visit (上门服务): your ID card</source>
        <translation>上门服务：请读取您的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="16" />
        <source>Requested by: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="20" />
        <source>Take your card away and place theirs on the reader. If their card is not here, type their name and ID number.</source>
        <translation>请拿开您的身份证，放上对方的身份证。对方身份证不在身边的，请输入姓名和身份证号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="21" />
        <source>For residents who are bedridden or cannot come to the centre: staff visit them at home, for the pension check or another matter.</source>
        <translation>卧床或行动不便、不能到服务中心的，工作人员可以上门办理养老金认证或其他事项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="33" />
        <source>Waiting for the ID card…</source>
        <translation>等待读取身份证…</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="38" />
        <location filename="../qml/screens/HomeVisitCard.qml" line="39" />
        <source>Their name</source>
        <translation>对方姓名</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="40" />
        <location filename="../qml/screens/HomeVisitCard.qml" line="41" />
        <source>Their ID number</source>
        <translation>对方身份证号</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="47" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="54" />
        <source>Read their card instead</source>
        <translation>改为读取身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="54" />
        <source>Their card is not here</source>
        <translation>身份证不在身边</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="59" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="60" />
        <source>Leave; nothing is kept</source>
        <translation>离开，不保留任何信息</translation>
    </message>
</context>
<context>
    <name>HomeVisitDetails</name>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="10" />
        <source>Enter the address for the visit, a phone number staff can call, and what the visit is for.</source>
        <translation>请填写上门地址、联系电话和需要上门办理的事项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="13" />
        <source>Home visit details</source>
        <translation>上门服务信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="14" />
        <source>For: %1</source>
        <translation>服务对象：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="15" />
        <location filename="../qml/screens/HomeVisitDetails.qml" line="16" />
        <source>Address for the visit</source>
        <translation>上门地址</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="18" />
        <location filename="../qml/screens/HomeVisitDetails.qml" line="19" />
        <source>Phone number staff can call</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="21" />
        <source>The visit is for</source>
        <translation>上门办理的事项</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="36" />
        <source>You are their</source>
        <translation>您是对方的</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="52" />
        <location filename="../qml/screens/HomeVisitDetails.qml" line="53" />
        <source>Anything staff should know (optional)</source>
        <translation>其他需要说明的情况（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="59" />
        <source>Send the request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="64" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HomeVisitReceipt</name>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="8" />
        <source>The home-visit request has been sent. Staff will phone to agree a time. You can follow it under Progress.</source>
        <translation>上门服务申请已提交，工作人员会打电话约定时间。可在“查询进度”查看办理情况。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="11" />
        <source>Home visit requested</source>
        <translation>上门服务已申请</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="12" />
        <source>Staff will phone to agree a time</source>
        <translation>工作人员会打电话约定上门时间</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="36" />
        <source>QR code to check the progress</source>
        <translation>扫码查询办理进度的二维码</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="40" />
        <source>Printing the receipt…</source>
        <translation>正在打印回执…</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="40" />
        <source>Please take your receipt.</source>
        <translation>请取走回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="49" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>JourneyController</name>
    <message>
        <location filename="../journey_controller.py" line="774" />
        <source>The document camera is not working. Please call staff.</source>
        <translation>高拍仪无法使用，请呼叫工作人员。</translation>
    </message>
</context>
<context>
    <name>JourneyDone</name>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="8" />
        <source>Please take your ID card and your receipt.</source>
        <translation>请取走身份证和回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="9" />
        <source>Your ID card is still on the reader. Please take your ID card and your receipt.</source>
        <translation>您的身份证还在读卡器上，请取走身份证和回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="10" />
        <source>Your application is complete.</source>
        <translation>办理完成。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="18" />
        <source>Application complete</source>
        <translation>办理完成</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="40" />
        <source>Thank you. The terminal returns to the start once your card is taken.</source>
        <translation>谢谢。取走身份证后，终端将回到首页。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="47" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="48" />
        <source>Return to the start</source>
        <translation>回到首页</translation>
    </message>
</context>
<context>
    <name>JourneyFace</name>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="7" />
        <source>Look at the camera above the screen and press Start. Blink when asked.</source>
        <translation>请看屏幕上方的摄像头，按“开始”，听到提示后眨眨眼。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="9" />
        <source>Face verification</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="12" />
        <source>Look straight at the camera above the screen, press Start, and blink when asked. If it does not work, a member of staff can check your identity instead.</source>
        <translation>请正对屏幕上方的摄像头，按“开始”，听到提示后眨眨眼。如果核验不成功，可以改由工作人员核验您的身份。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="18" />
        <source>Looking for your face…</source>
        <translation>正在寻找您的面部……</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="29" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="30" />
        <source>Start the face check</source>
        <translation>开始人脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="36" />
        <source>Staff will check me</source>
        <translation>由工作人员核验</translation>
    </message>
</context>
<context>
    <name>JourneyFaceConsent</name>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="7" />
        <source>This service can check your identity with your face. Do you agree? If not, staff will check your identity instead.</source>
        <translation>本事项可以通过人脸核验您的身份，您是否同意？不同意的，由工作人员核验。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="9" />
        <source>Face verification: do you agree?</source>
        <translation>人脸核验：您是否同意？</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="12" />
        <source>Your face is sensitive personal information. With your consent the camera takes a short picture to compare with your ID card. The picture is encrypted, used only for this application and deleted when it is no longer needed.</source>
        <translation>人脸属于敏感个人信息。经您同意，摄像头会拍摄一张照片与身份证比对。照片加密保存，只用于本次申请，不再需要时即删除。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="16" />
        <source>If you do not agree, or the camera is not working, you can still apply: a member of staff will check your identity, and this is noted on the application.</source>
        <translation>如果您不同意，或摄像头不能使用，仍然可以申请：由工作人员核验您的身份，并在申请中注明。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="22" />
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="28" />
        <source>No, staff will check me</source>
        <translation>不同意，由工作人员核验</translation>
    </message>
</context>
<context>
    <name>JourneyField</name>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="20" />
        <source>Touch to choose the date</source>
        <translation>点此选择日期</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="21" />
        <source>Touch to type the phone number</source>
        <translation>点此输入电话号码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="22" />
        <source>Touch to type the number</source>
        <translation>点此输入数字</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="34" />
        <source>Press Enter to type on the on-screen keyboard with the arrow keys</source>
        <translation>按确认键后，可用方向键在屏幕键盘上打字</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="35" />
        <source>Press to open the date picker</source>
        <translation>按下打开日期选择</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="35" />
        <source>Press to open the number pad</source>
        <translation>按下打开数字键盘</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="8" />
        <source>Please check the information taken from your ID card and fill in the rest of the form.</source>
        <translation>请核对从身份证读取的信息，并填写其余内容。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="35" />
        <source>Fill in the application form</source>
        <translation>填写申请表</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="54" />
        <source>Please correct these, then press Continue (touch one to go to it):</source>
        <translation>请修改以下内容后再点“继续办理”（点一项可直接跳到该处）：</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="64" />
        <source>Go to this field</source>
        <translation>跳到这一项</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="126" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="127" />
        <source>Check the form and go on to the materials</source>
        <translation>检查表格，然后提交材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="132" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="133" />
        <source>Leave this application; nothing is kept</source>
        <translation>退出本次申请，不保留任何信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="202" />
        <source>Group and house number (optional)</source>
        <translation>组、门牌号（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="212" />
        <source>Type the address</source>
        <translation>请输入地址</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="290" />
        <source>Remove this entry</source>
        <translation>删除这一条</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="322" />
        <source>Add an entry</source>
        <translation>添加一条</translation>
    </message>
</context>
<context>
    <name>JourneyIdentify</name>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="11" />
        <source>Your card has been read. You may also need: %1. Choose one, or continue.</source>
        <translation>已读到您的身份证。您可能还需要办理：%1。可以选择办理，也可以继续。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="12" />
        <source>Please place your second-generation ID card on the reader below the screen.</source>
        <translation>请把您的二代身份证放在屏幕下方的读卡区。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="14" />
        <source>You may also need (您可能需要办理)</source>
        <translation>您可能需要办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="15" />
        <source>First place your own ID card on the reader</source>
        <translation>请先放置您本人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="16" />
        <source>Place the agent's ID card on the reader</source>
        <translation>请放置代办人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="16" />
        <source>Place your ID card on the reader</source>
        <translation>请放置您的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="20" />
        <source>Your card has been read. Based on your age, these may be due. Nothing about this is saved.</source>
        <translation>已读到您的身份证。根据您的年龄，以下事项可能需要办理。这些提示不会被保存。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="47" />
        <source>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</source>
        <translation>请把身份证平放在屏幕下方的读卡区，听到提示音后再拿开。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="52" />
        <source>You are helping a family member. After your card, place their ID card on the reader: nothing needs typing.</source>
        <translation>您正在帮家人办理。放好您的身份证后，再放家人的身份证，无需输入任何内容。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="53" />
        <source>You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.</source>
        <translation>您正在为他人代办。读取您的身份证后，请填写被代办人信息并拍摄授权委托书。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="73" />
        <source>Waiting for the ID card…</source>
        <translation>等待读取身份证……</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="73" />
        <source>Reading the ID card…</source>
        <translation>正在读取身份证…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="85" />
        <source>I am helping a family member</source>
        <translation>我帮家里老人办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="86" />
        <source>Chosen. Press again to apply for yourself</source>
        <translation>已选择。再按一次改为本人办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="86" />
        <source>Your ID card first, then theirs</source>
        <translation>先放您的身份证，再放家人的</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="87" />
        <source>A family member applies for an elderly resident, with both ID cards</source>
        <translation>家人凭双方身份证为老人代办</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="97" />
        <source>Continue with %1</source>
        <translation>继续办理：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="102" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="103" />
        <source>Leave this application; nothing is kept</source>
        <translation>退出本次申请，不保留任何信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="110" />
        <source>Apply for myself</source>
        <translation>为本人办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="110" />
        <source>Apply for someone else</source>
        <translation>为他人代办</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="111" />
        <source>An agent (代办) applies for a family member or a client</source>
        <translation>代办人为家人或委托人办理</translation>
    </message>
</context>
<context>
    <name>JourneyMaterials</name>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="8" />
        <source>Hand in each material: place it under the document camera and press Scan, or use one of the other ways shown.</source>
        <translation>请逐份提交材料：把材料放在高拍仪下按“拍摄”，或使用下面列出的其他方式。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyMaterials.qml" line="12" />
        <source>Scanned: %n page(s)</source>
        <translation>
            <numerusform>已拍摄%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="13" />
        <source>E-licence recorded (%1)</source>
        <translation>已使用电子证照（%1）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="14" />
        <source>Copy from an earlier application</source>
        <translation>已复用以前申请中的材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="15" />
        <source>To be handed in later (容缺), by %1</source>
        <translation>容缺后补，请于%1前补交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="16" />
        <source>Replaced by your signed commitment (告知承诺)</source>
        <translation>已签署告知承诺书代替</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="19" />
        <source>Required, not handed in yet</source>
        <translation>必须提交，尚未提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="19" />
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="24" />
        <source>The document camera is not working.</source>
        <translation>高拍仪暂时不能使用。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="25" />
        <source>No page found: place the whole page under the camera.</source>
        <translation>没有找到文件，请把整页纸平放在高拍仪下。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="26" />
        <source>The picture is blurred: hold the page still and scan again.</source>
        <translation>照片模糊，请拿稳文件后重新拍摄。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="27" />
        <source>Too dark: move the page somewhere brighter and scan again.</source>
        <translation>光线太暗，请把文件移到亮一点的地方再拍。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="29" />
        <source>The page could not be read well (%1): please retake it.</source>
        <translation>这一页拍得不清楚（%1），请重拍。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="33" />
        <source>Hand in the materials</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="34" />
        <source>Only the materials this service asks for are listed.</source>
        <translation>这里只列出本事项要求的材料。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="47" />
        <source>What the document camera sees</source>
        <translation>高拍仪拍到的画面</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="97" />
        <source>You handed this in with application %1. It can be used again: no new copy is needed.</source>
        <translation>您在办理%1时已提交过这份材料，可以直接复用，不用再交纸质材料。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="102" />
        <source>Use the copy from %1</source>
        <translation>使用%1提交的材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="103" />
        <source>Use the copy held from your earlier application instead of handing in paper again</source>
        <translation>使用以前办件中已有的材料，不再提交纸质材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="117" />
        <source>Show the e-licence QR code on your phone to the scanner now, or type its details.</source>
        <translation>请把手机上的电子证照二维码对准扫码器，或者手动输入证照信息。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="132" />
        <source>Licence number</source>
        <translation>证照号码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="133" />
        <source>Verification code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="136" />
        <source>Use these details</source>
        <translation>使用这些信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="150" />
        <source>Taking the picture… hold the page still</source>
        <translation>正在拍摄…请保持材料不动</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="151" />
        <source>Scan another page</source>
        <translation>再拍一页</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="151" />
        <source>Scan</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="153" />
        <source>Place the page under the document camera first</source>
        <translation>请先把材料放在高拍仪下</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="158" />
        <source>Retake last page</source>
        <translation>重拍最后一页</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="164" />
        <source>E-licence QR</source>
        <translation>电子证照二维码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="165" />
        <source>Use an electronic licence instead of paper (免证办)</source>
        <translation>用电子证照代替纸质材料（免证办）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="171" />
        <source>Use the card just read</source>
        <translation>使用刚读取的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="177" />
        <source>Hand in later (by %1)</source>
        <translation>容缺后补（%1前）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="178" />
        <source>容缺: the application goes ahead; bring this material by the date shown</source>
        <translation>容缺受理：申请照常办理，请在显示的日期前补交这份材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="184" />
        <source>Sign a commitment instead</source>
        <translation>以告知承诺代替</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="185" />
        <source>告知承诺: read the notice and the liability, then sign</source>
        <translation>告知承诺：阅读告知内容和法律责任后签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="191" />
        <source>Start this material again</source>
        <translation>重新提交这份材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="200" />
        <source>Notice (告知)</source>
        <translation>告知内容</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="202" />
        <source>Liability (法律责任)</source>
        <translation>法律责任</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="211" />
        <source>I have read it, I commit and sign</source>
        <translation>我已阅读，承诺并签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="214" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="215" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="225" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="226" />
        <source>All required materials handed in: go on to sign</source>
        <translation>必要材料已提交，下一步签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="229" />
        <source>Back to the form</source>
        <translation>返回修改表格</translation>
    </message>
</context>
<context>
    <name>JourneyProxy</name>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="12" />
        <source>Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.</source>
        <translation>请填写被代办人的信息，选择你们的关系，并拍摄授权委托书。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="13" />
        <source>Their card has been read. Choose how you are related to them, then press Continue.</source>
        <translation>已读取家人的身份证。请选择您与家人的关系，然后按继续办理。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="14" />
        <source>Now place your family member's ID card on the reader.</source>
        <translation>现在请放置您家人的身份证。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="22" />
        <source>Applying for someone else (代办)</source>
        <translation>为他人代办</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="22" />
        <source>Helping a family member</source>
        <translation>帮家人办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="23" />
        <source>Agent: %1</source>
        <translation>代办人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="40" />
        <source>Applying for: %1 (%2)</source>
        <translation>为%1（%2）办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="41" />
        <source>Take your own card off the reader and place your family member's ID card on it</source>
        <translation>请取下您本人的身份证，放上您家人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="86" />
        <location filename="../qml/screens/JourneyProxy.qml" line="87" />
        <source>Their name</source>
        <translation>被代办人姓名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="89" />
        <location filename="../qml/screens/JourneyProxy.qml" line="90" />
        <source>Their ID number</source>
        <translation>被代办人身份证号码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="92" />
        <location filename="../qml/screens/JourneyProxy.qml" line="93" />
        <source>Their phone</source>
        <translation>被代办人电话</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="52" />
        <location filename="../qml/screens/JourneyProxy.qml" line="95" />
        <source>You are their</source>
        <translation>您是被代办人的</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyProxy.qml" line="117" />
        <source>Scan a letter of authorization if you have one (%n page(s) so far)</source>
        <translation>
            <numerusform>如有授权委托书，可扫描（已扫描%n页）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyProxy.qml" line="118" />
        <source>Scan the letter of authorization (%n page(s) so far)</source>
        <translation>
            <numerusform>拍摄授权委托书（已拍%n页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="125" />
        <source>Their card is not here: type their details instead</source>
        <translation>家人的身份证不在身边：改为输入信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="125" />
        <source>Read their ID card instead</source>
        <translation>改为读取家人的身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="134" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="138" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>JourneyRate</name>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="7" />
        <source>How satisfied are you with this service? Please choose one.</source>
        <translation>您对本次服务满意吗？请选择一项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="15" />
        <source>Please rate this service</source>
        <translation>请对本次服务进行评价</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="16" />
        <source>Acceptance number: %1</source>
        <translation>受理号：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="23" />
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="43" />
        <source>Overall: one touch sends your rating</source>
        <translation>总体评价：点一下即提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="66" />
        <source>Please tell us why (required)</source>
        <translation>请告诉我们原因（必填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="85" />
        <source>Anything else</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="85" />
        <source>Anything else (optional)</source>
        <translation>其他意见（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="86" />
        <location filename="../qml/screens/JourneyRate.qml" line="86" />
        <source>Phone for the follow-up (optional)</source>
        <translation>回访电话（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="94" />
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="97" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="102" />
        <source>Print the receipt again</source>
        <translation>重新打印回执</translation>
    </message>
</context>
<context>
    <name>JourneyReceipt</name>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="8" />
        <source>Please take your ID card and your receipt.</source>
        <translation>请取走身份证和回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="9" />
        <source>Please take your receipt.</source>
        <translation>请取走回执。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="10" />
        <source>Your application has been submitted.</source>
        <translation>您的申请已提交。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="11" />
        <source>Your application has been submitted. Please note the acceptance number on the screen.</source>
        <translation>您的申请已提交，请记下屏幕上的受理号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="13" />
        <source>Your application has been submitted</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="17" />
        <source>Acceptance number: %1</source>
        <translation>受理号：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="26" />
        <source>Printing your receipt…</source>
        <translation>正在打印回执……</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="61" />
        <source>Rate this service (the receipt stays until you go on)</source>
        <translation>评价本次服务（回执页会一直保留到您继续）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="43" />
        <source>QR code for checking the progress of this application</source>
        <translation>查询本申请办理进度的二维码</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="60" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
</context>
<context>
    <name>JourneyReview</name>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="7" />
        <source>Please check everything once more, then press Submit.</source>
        <translation>请再检查一遍，然后按“提交”。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="11" />
        <source>Check and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="16" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="21" />
        <source>Agent (代办)</source>
        <translation>代办人</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26" />
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26" />
        <source>by staff</source>
        <translation>由工作人员核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26" />
        <source>face verified</source>
        <translation>人脸核验通过</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="29" />
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="53" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="53" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="54" />
        <source>Show or hide the full value to check it</source>
        <translation>显示或隐藏完整内容以便核对</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="76" />
        <source> (made by this terminal, nothing to bring)</source>
        <translation>（由终端自动生成，无需另带）</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="94" />
        <source>Print my copy</source>
        <translation>打印留存</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="95" />
        <source>Print this application form for your records</source>
        <translation>打印这份申请表，留作存档</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="102" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="103" />
        <source>Printed: please take it.</source>
        <translation>已打印，请取走。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="104" />
        <source>It cannot be printed here: ask for a printed copy at the service window.</source>
        <translation>这里无法打印，可到服务窗口领取打印件。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="112" />
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyReview.qml" line="119" />
        <source>scanned, %n page(s)</source>
        <translation>
            <numerusform>已拍摄%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="120" />
        <source>e-licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="121" />
        <source>earlier copy</source>
        <translation>复用以前的材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="122" />
        <source>later (容缺) by %1</source>
        <translation>容缺，%1前补交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="123" />
        <source>commitment signed (告知承诺)</source>
        <translation>已签署告知承诺</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="125" />
        <source>not handed in</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="128" />
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="128" />
        <source>yes</source>
        <translation>已签</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="128" />
        <source>no</source>
        <translation>未签</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="135" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="136" />
        <source>Submit the application; it is saved on this terminal at once</source>
        <translation>提交申请，立即保存在本终端</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="139" />
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="140" />
        <source>Change materials</source>
        <translation>修改材料</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="141" />
        <source>Change the form</source>
        <translation>修改表格</translation>
    </message>
</context>
<context>
    <name>JourneySign</name>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="29" />
        <source>Clear the signature pad to sign again</source>
        <translation>清空签名板，重新签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="7" />
        <source>Please sign your name in the box with your finger. With the keypad: press Up to reach the box, draw with the arrow keys, then press Enter.</source>
        <translation>请用手指在框内签名。使用按键时：按上键进入签名框，用方向键画出签名，然后按确认键。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="9" />
        <source>Sign your name</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="10" />
        <source>Your signature confirms that the information and materials are true.</source>
        <translation>您的签名表示所填信息和所交材料真实。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="18" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="19" />
        <source>Keep this signature and review the application</source>
        <translation>使用这个签名，核对申请</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="22" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="23" />
        <source>Back to materials</source>
        <translation>返回材料</translation>
    </message>
</context>
<context>
    <name>JourneySignPad</name>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="39" />
        <source>Signed. Continue keeps this signature; Clear lets you sign again.</source>
        <translation>已签名。按“继续办理”使用这个签名，按“清空”可重新签名。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="38" />
        <source>Not signed yet. Sign in this box with your finger.</source>
        <translation>尚未签名。请用手指在框内签名。</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="32" />
        <source>Signature pad: sign with your finger, or draw with the arrow keys and press Enter</source>
        <translation>签名板：请用手指签名，或用方向键画出签名后按确认键</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="52" />
        <source>Sign here</source>
        <translation>请在这里签名</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="52" />
        <source>Draw with the arrow keys, then press Enter</source>
        <translation>请用方向键画出签名，然后按确认键</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../qml/components/Keyboard.qml" line="35" />
        <source>Keyboard. Choose a key with the arrows and press Enter to type it. Choose Hide when you are done.</source>
        <translation>键盘。用方向键选择按键，按确认键输入。输入完成后选择“收起”。</translation>
    </message>
</context>
<context>
    <name>LeaveConfirm</name>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="34" />
        <source>Leave this application? What you have entered will be cleared.</source>
        <translation>要离开这次申请吗？已填写的内容将被清除。</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="46" />
        <source>Continue the application</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="47" />
        <source>Stay here; nothing is cleared</source>
        <translation>留在这里，不清除任何内容</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="53" />
        <source>Leave and clear</source>
        <translation>离开并清除</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="54" />
        <source>Everything entered for this application is forgotten</source>
        <translation>本次申请填写的内容全部清除</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="112" />
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>您还在吗？请轻触屏幕继续办理。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="133" />
        <source>For your privacy this session will be cleared in %n second(s).</source>
        <translation>
            <numerusform>为保护您的隐私，%n秒后将清除本次办理信息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="140" />
        <source>Keep this session and carry on</source>
        <translation>保留本次信息，继续办理</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="155" />
        <source>Staff have been called. Please stay at the terminal.</source>
        <translation>已呼叫工作人员，请在终端旁稍候。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169" />
        <source>Staff have been called</source>
        <translation>已呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="173" />
        <source>Please stay at the terminal. A member of staff will come to help you.</source>
        <translation>请在终端旁稍候，工作人员马上过来帮您。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="179" />
        <source>OK</source>
        <translation>好的</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="205" />
        <source>Power cut: the terminal is on battery. Please finish soon.</source>
        <translation>停电了：本终端正在使用备用电池，请尽快完成办理。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="222" />
        <source>The list of services may be out of date. Staff can confirm what you need to bring.</source>
        <translation>事项清单可能不是最新的，所需材料请向工作人员确认。</translation>
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
        <location filename="../qml/screens/MattersScreen.qml" line="33" />
        <source>Apply for all of these at once</source>
        <translation>一次办理以上全部事项</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="34" />
        <source>One application, one form and one set of materials for the whole life event</source>
        <translation>一次申请、一张表单、一套材料，办好这件事的全部事项</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>can be done at this terminal</source>
        <translation>可在本机办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>done at the service window</source>
        <translation>需到窗口办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="68" />
        <source>Time limit: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="68" />
        <source>Fee charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="68" />
        <source>Free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="83" />
        <source>At this terminal</source>
        <translation>本机可办</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="83" />
        <source>At the window</source>
        <translation>需到窗口</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="112" />
        <source>For an amount with jiao and fen, or part of a mu</source>
        <translation>用于带角、分的金额或不足一亩的面积</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="110" />
        <source>Decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="74" />
        <source>Typed so far: %1</source>
        <translation>已输入：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="74" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="100" />
        <source>Show the previous letters</source>
        <translation>上一页字母</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="101" />
        <source>The letter X, the last character of some ID numbers</source>
        <translation>字母X，部分身份证号码的最后一位</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="108" />
        <source>Show the next letters</source>
        <translation>下一页字母</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="115" />
        <source>Delete the last character</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="134" />
        <source>Back to the digits</source>
        <translation>回到数字</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="135" />
        <source>Letters, for the nationality letters a foreigner's number starts with</source>
        <translation>字母，用于外国人证件号码开头的国籍字母</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="125" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="126" />
        <source>Close the number pad without changing the field</source>
        <translation>关闭数字键盘，不修改内容</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="142" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="143" />
        <source>Use this number</source>
        <translation>使用这个号码</translation>
    </message>
</context>
<context>
    <name>ProgressDetail</name>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="8" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="11" />
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="38" />
        <source>Acceptance number</source>
        <translation>受理号</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="39" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="40" />
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="41" />
        <source>Promised completion</source>
        <translation>承诺办结</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="42" />
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="62" />
        <source>Printing the status slip…</source>
        <translation>正在打印进度单…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="63" />
        <source>The status slip has been printed; please take it.</source>
        <translation>进度单已打印，请取走。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="69" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="70" />
        <source>Finish and clear this list</source>
        <translation>结束并清除查询结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="76" />
        <source>All my applications</source>
        <translation>我的全部办件</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="84" />
        <source>Print a status slip</source>
        <translation>打印进度单</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="85" />
        <source>Print the status of this application</source>
        <translation>打印这件申请的办理进度</translation>
    </message>
</context>
<context>
    <name>ProgressList</name>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="8" />
        <source>Your applications are listed with their status. Touch one to see the details, or print a status slip.</source>
        <translation>下面是您的办件和办理状态。点一件查看详情，或打印进度单。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="9" />
        <source>No applications were found for this ID card at this terminal.</source>
        <translation>本终端没有查到这张身份证的办件记录。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="11" />
        <source>Your applications</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="12" />
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="19" />
        <source>No applications were found for this ID card at this terminal. Applications made at a service window can be checked there or by calling 12345.</source>
        <translation>本终端没有查到这张身份证的办件记录。在窗口办理的事项，请到窗口或拨打12345查询。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="31" />
        <source>Acceptance number %1, submitted %2</source>
        <translation>受理号%1，%2提交</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="51" />
        <source>Acceptance number: %1</source>
        <translation>受理号：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="52" />
        <source>Submitted: %1</source>
        <translation>提交时间：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="53" />
        <source>Promised by: %1</source>
        <translation>承诺办结：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="66" />
        <source>Printing the status slip…</source>
        <translation>正在打印进度单…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="67" />
        <source>The status slip has been printed; please take it.</source>
        <translation>进度单已打印，请取走。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="74" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="75" />
        <source>Finish and clear this list</source>
        <translation>结束并清除查询结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="82" />
        <source>Print a status slip</source>
        <translation>打印进度单</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="83" />
        <source>Print the statuses of all the applications listed</source>
        <translation>打印列出的全部办件进度</translation>
    </message>
</context>
<context>
    <name>ProgressNumber</name>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="9" />
        <source>Type the acceptance number printed on your receipt, then the last 4 digits of the phone number you gave when you applied.</source>
        <translation>请输入回执上的受理号，再输入办事时所留手机号码的后4位。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="46" />
        <source>Check by acceptance number</source>
        <translation>输入受理号查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="61" />
        <source>Finds applications made at any terminal. The number and the digits are sent to the government service platform only to find your application.</source>
        <translation>可查询在任何终端办理的事项。受理号和手机号后4位只发送给政务服务平台用于查找您的办件。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="68" />
        <source>Acceptance number</source>
        <translation>受理号</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="70" />
        <source>Touch to type the acceptance number</source>
        <translation>点这里输入受理号</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="78" />
        <location filename="../qml/screens/ProgressNumber.qml" line="119" />
        <source>Last 4 digits of your phone</source>
        <translation>手机号后4位</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="80" />
        <source>Touch to type the last 4 digits of your phone number</source>
        <translation>点这里输入手机号码后4位</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="89" />
        <source>Asking the government service platform…</source>
        <translation>正在向政务服务平台查询…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="118" />
        <source>Acceptance number (letters with ABC)</source>
        <translation>受理号（字母请按 ABC）</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="100" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="101" />
        <source>Find the application with this number and these digits</source>
        <translation>用这个受理号和手机号后4位查找办件</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="106" />
        <source>Other ways to check</source>
        <translation>换一种方式查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="107" />
        <source>Back to the ways of checking progress</source>
        <translation>返回选择查询方式</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="9" />
        <source>Check progress. Place your ID card on the reader, or hold the QR code on your receipt under the scanner, or type the acceptance number.</source>
        <translation>查询进度。请把身份证放在读卡器上，或把回执上的二维码对准扫码器，也可以输入受理号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="11" />
        <source>Check the progress of your applications</source>
        <translation>查询办理进度</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="12" />
        <source>Only your own applications are shown, and they are cleared when you finish.</source>
        <translation>只显示您本人的办件，结束后自动清除。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="16" />
        <source>With your ID card</source>
        <translation>刷身份证查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="17" />
        <source>Lay your second-generation ID card flat on the reader below the screen. All your applications made at this terminal are listed.</source>
        <translation>把第二代身份证平放在屏幕下方的读卡器上，显示您在本终端办理的全部事项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="18" />
        <source>With your receipt</source>
        <translation>扫回执二维码查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="19" />
        <source>Hold the QR code printed on your receipt under the scanner. That application is shown.</source>
        <translation>把回执上的二维码对准扫码器，显示这件申请的进度。</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="56" />
        <source>Waiting for your ID card or receipt…</source>
        <translation>正在等待身份证或回执…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="64" />
        <source>Type the acceptance number</source>
        <translation>输入受理号查询</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="65" />
        <source>With the last 4 digits of your phone; finds applications made at any terminal</source>
        <translation>再输入手机号后4位，可查询在任何终端办理的事项</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="71" />
        <source>Back to home</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="72" />
        <source>Leave without checking</source>
        <translation>不查询，离开</translation>
    </message>
</context>
<context>
    <name>QueryPrintCard</name>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="9"/>
        <source>Looking up your record on the government service platform. Please wait.</source>
        <translation>正在政务服务平台上查询您的记录，请稍候。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="10"/>
        <source>Place your ID card on the reader to look up your record.</source>
        <translation>请把身份证放在读卡器上，查询您的记录。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="15"/>
        <source>Query and print</source>
        <translation>查询打印</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="16"/>
        <source>Looking up the record of %1</source>
        <translation>正在查询 %1 的记录</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="16"/>
        <source>Query and print: your ID card</source>
        <translation>查询打印：请刷身份证</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="19"/>
        <source>The document is printed here on A4 paper, with the department&apos;s electronic seal and a QR code that anyone can scan to check it.</source>
        <translation>文件在本机用 A4 纸打印，带有部门电子印章和二维码，任何人扫码即可核验真伪。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="40"/>
        <source>Asking the platform…</source>
        <translation>正在向平台查询…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="40"/>
        <source>Waiting for the ID card…</source>
        <translation>等待读取身份证…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="50"/>
        <source>Leave; nothing is kept</source>
        <translation>离开，不保留任何信息</translation>
    </message>
</context>
<context>
    <name>QueryPrintDone</name>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="52"/>
        <source>Query and print</source>
        <translation>查询打印</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="17"/>
        <source>Please take your document</source>
        <translation>请取走您的文件</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="18"/>
        <source>Your request is kept</source>
        <translation>您的申请已保留</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="19"/>
        <source>Not printed yet</source>
        <translation>还没有打印出来</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="19"/>
        <source>No document</source>
        <translation>没有查到文件</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="42"/>
        <source>Scan the QR code on the paper to check it on the platform&apos;s website.</source>
        <translation>扫描纸上的二维码，可在平台网站核验。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="49"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>QueryPrintFace</name>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>This record is released only to its holder. If you agree, look at the camera above the screen, press Yes, and blink when asked.</source>
        <translation>这份记录只给本人。如果您同意，请看屏幕上方的摄像头，按“是”，听到提示时眨眨眼。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Face check before your record is shown</source>
        <translation>查看记录前先刷脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>A live check at the camera, here and now, that the card holder is the one at the screen. The picture is not kept.</source>
        <translation>在摄像头前当场做活体核验，确认是持卡人本人在操作。照片不保留。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Without the face check, the service window prints this record for you.</source>
        <translation>不刷脸的话，可以到服务窗口为您打印这份记录。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>You may also go on without the face check.</source>
        <translation>也可以不刷脸，直接继续。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Looking for your face…</source>
        <translation>正在识别您的面部…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Yes, check my face</source>
        <translation>是，刷脸核验</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>No, I will go to the window</source>
        <translation>不，我去窗口办理</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Go on without it</source>
        <translation>不刷脸，继续</translation>
    </message>
</context>
<context>
    <name>QueryPrintOffline</name>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="10"/>
        <source>The government service platform cannot be reached just now, so your record cannot be looked up. You can leave your request: it is printed at this terminal, or mailed to you, when the platform answers.</source>
        <translation>暂时连不上政务服务平台，无法查询您的记录。您可以留下申请：平台答复后，在本机打印或邮寄给您。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="11"/>
        <source>The government service platform cannot be reached just now, so your record cannot be looked up. Please ask at the service window.</source>
        <translation>暂时连不上政务服务平台，无法查询您的记录。请到服务窗口办理。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="16"/>
        <source>No connection to the platform</source>
        <translation>连不上政务服务平台</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="28"/>
        <source>Printed here: come back and take it from the A4 printer. Mailed: it goes by post to the address the platform holds for you.</source>
        <translation>本机打印：请回来从 A4 打印机取件。邮寄：寄到平台登记的您的地址。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="29"/>
        <source>Printed here: come back and take it from the A4 printer.</source>
        <translation>本机打印：请回来从 A4 打印机取件。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="37"/>
        <source>Print it here later</source>
        <translation>以后在本机打印</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="38"/>
        <source>When the platform answers</source>
        <translation>平台答复后打印</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="44"/>
        <source>Mail it to me</source>
        <translation>邮寄给我</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="45"/>
        <source>By post, when the platform answers</source>
        <translation>平台答复后邮寄</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="50"/>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="51"/>
        <source>Nothing is kept</source>
        <translation>不保留任何信息</translation>
    </message>
</context>
<context>
    <name>QueryPrintPreview</name>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="18"/>
        <source>Your document: %1 This terminal has no A4 printer: press Mail it to me to have it posted.</source>
        <translation>您的文件：%1本终端没有 A4 打印机，请按“邮寄给我”，平台会把文件寄给您。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="114"/>
        <source>Mail it to me</source>
        <translation>邮寄给我</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="114"/>
        <source>This terminal has no A4 printer</source>
        <translation>本终端没有 A4 打印机</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="15"/>
        <source>Printing your document on A4 paper. Please wait.</source>
        <translation>正在用 A4 纸打印您的文件，请稍候。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="16"/>
        <source>Your document: %1 Check it, then press Print.</source>
        <translation>您的文件：%1请核对，然后按“打印”。</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="22"/>
        <source>No. %1, issued by %2 on %3</source>
        <translation>编号 %1，%2 于 %3 出具</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="53"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="61"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="66"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="71"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="71"/>
        <source>Enlarge</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="99"/>
        <source>Page %1 of the document</source>
        <translation>文件第 %1 页</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="108"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="108"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="109"/>
        <source>On A4 paper, here</source>
        <translation>在本机用 A4 纸打印</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="115"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="116"/>
        <source>Leave without printing</source>
        <translation>不打印，离开</translation>
    </message>
</context>
<context>
    <name>ReaderPicture</name>
    <message>
        <location filename="../qml/components/ReaderPicture.qml" line="12" />
        <source>The ID card reader is below the screen</source>
        <translation>身份证读卡器在屏幕下方</translation>
    </message>
    <message>
        <location filename="../qml/components/ReaderPicture.qml" line="36" />
        <source>Reader</source>
        <translation>读卡区</translation>
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
        <location filename="../qml/screens/SearchScreen.qml" line="40" />
        <source>Press Enter to type on the on-screen keyboard with the arrow keys</source>
        <translation>按确认键后，可用方向键在屏幕键盘上打字</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="49" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="56" />
        <source>Nothing found for "%1". Try fewer characters, pinyin, or browse by topic.</source>
        <translation>没有找到“%1”。请少输几个字、用拼音，或按主题查找。</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../qml/components/StepIndicator.qml" line="16" />
        <source>Step %1 of %2</source>
        <translation>第%1步，共%2步</translation>
    </message>
</context>
<context>
    <name>TechDevice</name>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="15" />
        <source>%1: run the self-test or the device's own test; its raw traffic is listed below.</source>
        <translation>%1：可运行自检或设备专项测试，下方列出原始通信记录。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="19" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="19" />
        <source>not driven by this kiosk</source>
        <translation>本终端未连接此设备</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="29" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="29" />
        <source>Run self-test</source>
        <translation>运行自检</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="38" />
        <source>Self-test could not run: %1</source>
        <translation>自检无法运行：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="39" />
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="39" />
        <source>Failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="59" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="59" />
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="69" />
        <source>Test page printed (%1)</source>
        <translation>测试页已打印（%1）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="69" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="89" />
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="99" />
        <source>Focus (sharpness)</source>
        <translation>对焦（清晰度）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="99" />
        <source>%1 (at least %2 is sharp)</source>
        <translation>%1（不低于 %2 为清晰）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="104" />
        <source>Brightness (mean grey 0–255)</source>
        <translation>亮度（平均灰度 0–255）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="108" />
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="114" />
        <source>Sharp and bright enough</source>
        <translation>清晰度和亮度合格</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="115" />
        <source>Too dark: check the light and the lens</source>
        <translation>画面太暗：请检查光线和镜头</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="116" />
        <source>Blurred: check the focus and the lens</source>
        <translation>画面模糊：请检查对焦和镜头</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="117" />
        <source>No picture: %1</source>
        <translation>无画面：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="126" />
        <source>Scan any code: what the scanner reads is shown here.</source>
        <translation>请扫任意条码：扫码器读到的内容显示在这里。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="131" />
        <source>Unreadable scan: %1</source>
        <translation>无法识别：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="132" />
        <source>A technician code (not shown)</source>
        <translation>运维人员码（不显示内容）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="133" />
        <location filename="../qml/screens/TechDevice.qml" line="153" />
        <source>Read</source>
        <translation>读取结果</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="133" />
        <source>Nothing scanned yet</source>
        <translation>尚未扫码</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechDevice.qml" line="139" />
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1，%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="147" />
        <source>Place any ID card on the reader: the read is shown masked and not kept.</source>
        <translation>请将任意身份证放到阅读器上：读取结果打码显示，不保存。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="152" />
        <source>Card could not be read: %1</source>
        <translation>无法读卡：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="154" />
        <source>No card read yet</source>
        <translation>尚未读卡</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="160" />
        <source>Card type %1; valid to %2; check digit %3</source>
        <translation>证件类型 %1；有效期至 %2；校验位%3</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="160" />
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="161" />
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="161" />
        <source>WRONG</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="167" />
        <source>Raw traffic (newest last, personal data removed)</source>
        <translation>原始通信记录（最新在后，已去除个人信息）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="193" />
        <source>No traffic yet</source>
        <translation>暂无通信记录</translation>
    </message>
</context>
<context>
    <name>TechExport</name>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="9" />
        <source>Export a diagnostics bundle to the USB stick. Personal data is replaced by tokens.</source>
        <translation>将诊断包导出到U盘。个人信息已替换为代号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="12" />
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="15" />
        <source>The bundle holds the configuration without secrets, versions, device states and self-tests, the queue summary and recent logs. ID numbers, phone numbers and names are replaced by tokens.</source>
        <translation>诊断包包含不含密钥的配置、版本、设备状态和自检结果、队列概况及近期日志。身份证号、电话号码和姓名均替换为代号。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="22" />
        <source>Saves to</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="28" />
        <source>%1: saved on the terminal instead.</source>
        <translation>%1：已改存到本终端。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="36" />
        <source>Writing the bundle (devices are self-tested first)…</source>
        <translation>正在写入诊断包（先对设备进行自检）…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="37" />
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="38" />
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="46" />
        <source>Export now</source>
        <translation>立即导出</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Sync by USB stick</source>
        <translation>U盘同步</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>This terminal is not enrolled: there is nothing to carry.</source>
        <translation>本终端尚未注册，没有可带出的数据。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Write the queue to the stick for the platform (sealed: only the platform can read it). The platform&apos;s answers on the stick: %1.</source>
        <translation>将待同步队列写入U盘，交平台导入（已加密，只有平台能读取）。U盘上的平台回执：%1 份。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Write the queue to the stick</source>
        <translation>将队列写入U盘</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Read the platform&apos;s answers</source>
        <translation>读取平台回执</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Written to %3 (applications: %1, other items: %2)</source>
        <translation>已写入 %3（申请 %1 份，其他记录 %2 条）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Acknowledged by the platform: %1; status changes applied: %2</source>
        <translation>平台已确认 %1 项，已更新 %2 条办理状态</translation>
    </message>
</context>
<context>
    <name>TechFrame</name>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="21" />
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="22" />
        <source>QR scanner</source>
        <translation>扫码器</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="23" />
        <source>Receipt printer</source>
        <translation>凭条打印机</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="24" />
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="25" />
        <source>Face camera</source>
        <translation>人脸摄像头</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="31" />
        <source>working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="32" />
        <source>degraded</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="33" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="41" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="42" />
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="43" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="44" />
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="45" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="48" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="49" />
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="50" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="51" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="75" />
        <source>Attention: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>TechOverview</name>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="8" />
        <source>Technician mode. Device states are listed; choose a device or a check.</source>
        <translation>运维模式。已列出各设备状态；请选择设备或检查项。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="11" />
        <source>Technician mode</source>
        <translation>运维模式</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="12" />
        <source>Terminal %1 · signed in as %2</source>
        <translation>终端 %1 · 登录身份 %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="59" />
        <source>No devices are driven by this kiosk (or they are still starting).</source>
        <translation>本终端未连接设备（或设备仍在启动）。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="65" />
        <source>Leave technician mode</source>
        <translation>退出运维模式</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="66" />
        <source>Sign out and clear everything, as at the end of a session</source>
        <translation>退出并清除所有内容，与会话结束相同</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="69" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="69" />
        <source>Export a diagnostics bundle</source>
        <translation>导出诊断包</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="70" />
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="70" />
        <source>Software and catalog versions, recent errors</source>
        <translation>软件和目录版本、近期错误</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="71" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="75" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>TechPin</name>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="9" />
        <source>Too many wrong attempts. Technician sign-in is locked for a while.</source>
        <translation>错误次数过多，运维登录已暂时锁定。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="10" />
        <source>Enter the technician PIN, then press Sign in.</source>
        <translation>请输入运维密码，然后按“登录”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechPin.qml" line="14" />
        <location filename="../qml/screens/TechPin.qml" line="15" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechPin.qml" line="14" />
        <location filename="../qml/screens/TechPin.qml" line="16" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="19" />
        <source>Too many wrong attempts. Technician sign-in is locked; try again in %1.</source>
        <translation>错误次数过多，运维登录已锁定；请 %1后再试。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="23" />
        <source>Wrong PIN. Present the technician card or code again, then enter the PIN.</source>
        <translation>密码错误。请重新出示运维人员证件或运维码，再输入密码。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="24" />
        <source>No technician PIN is set on this terminal (kiosk ops tech-pin).</source>
        <translation>本终端未设置运维密码（kiosk ops tech-pin）。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="25" />
        <source>Too slow: present the technician card or code again.</source>
        <translation>超时：请重新出示运维人员证件或运维码。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="26" />
        <source>This technician code is not accepted here (expired, another terminal, or not signed by a trusted key).</source>
        <translation>此运维码在本终端无效（已过期、属于其他终端或签名密钥不受信任）。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="28" />
        <source>Present the technician card or code.</source>
        <translation>请出示运维人员证件或运维码。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="45" />
        <source>Technician sign-in</source>
        <translation>运维登录</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechPin.qml" line="62" />
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>密码，已输入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="77" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="83" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="84" />
        <source>Leave technician sign-in</source>
        <translation>退出运维登录</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="106" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="106" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="107" />
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>TechSoftware</name>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="10" />
        <source>Software and catalog versions, and the recent errors from the log.</source>
        <translation>软件和事项目录版本，以及日志中的近期错误。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="13" />
        <source>Software and errors</source>
        <translation>软件与错误</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="14" />
        <source>Kiosk software</source>
        <translation>终端软件</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="15" />
        <source>Service catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="15" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="26" />
        <source>Unclean exits (crashes)</source>
        <translation>异常退出（崩溃）次数</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="27" />
        <source>, last %1</source>
        <translation>，最近一次 %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="35" />
        <source>on mains</source>
        <translation>市电供电</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="36" />
        <source>ON BATTERY</source>
        <translation>电池供电中</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="37" />
        <source>BATTERY LOW</source>
        <translation>电池电量低</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="39" />
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="42" />
        <source>UPS</source>
        <translation>不间断电源（UPS）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="42" />
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="43" />
        <source>no reading yet</source>
        <translation>尚无读数</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="44" />
        <source>, battery %1%</source>
        <translation>，电量 %1%</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="45" />
        <source>, about %1 min left</source>
        <translation>，约可用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="48" />
        <source>Recent warnings and errors (newest first)</source>
        <translation>近期警告和错误（最新在前）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="54" />
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="54" />
        <source>None in the recent log.</source>
        <translation>近期日志中没有。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="83" />
        <source>Read the log again</source>
        <translation>重新读取日志</translation>
    </message>
</context>
<context>
    <name>TechStorage</name>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="10" />
        <source>Storage: free disk, database size and the database check.</source>
        <translation>存储：磁盘剩余空间、数据库大小和数据库检查。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="13" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="17" />
        <source>Free disk</source>
        <translation>磁盘剩余空间</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="17" />
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="22" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="22" />
        <source>%1 (journal %2)</source>
        <translation>%1（日志文件 %2）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="30" />
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="30" />
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="31" />
        <source>passed (ok)</source>
        <translation>通过（正常）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="31" />
        <source>FAILED: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="36" />
        <source>The store started normally.</source>
        <translation>数据库启动正常。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="43" />
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
</context>
<context>
    <name>TechSync</name>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="10" />
        <source>Sync state: items waiting, the oldest, the last success and the upload window.</source>
        <translation>同步状态：待发项、最早待发项、上次成功时间和上传时段。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="13" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="16" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="16" />
        <source>not configured: everything stays queued</source>
        <translation>未配置：所有内容保留在队列中</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="17" />
        <source>configured, terminal enrolled</source>
        <translation>已配置，终端已注册</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="17" />
        <source>configured, terminal not enrolled</source>
        <translation>已配置，终端未注册</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="22" />
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechSync.qml" line="22" />
        <location filename="../qml/screens/TechSync.qml" line="31" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="26" />
        <source>Oldest waiting item</source>
        <translation>最早的待发项</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="26" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="31" />
        <source>Needing attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="36" />
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="40" />
        <source>Upload window</source>
        <translation>上传时段</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="40" />
        <source>any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="41" />
        <source>open now (%1)</source>
        <translation>当前开放（%1）</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="42" />
        <source>closed now; windows %1</source>
        <translation>当前关闭；时段 %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>Settings in force</source>
        <translation>当前生效的设置</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>a pass every %1 s, request timeout %2 s, %3, sealed data kept %4 days</source>
        <translation>每 %1 秒同步一轮，单次请求超时 %2 秒，%3，密封数据保留 %4 天</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>cap %1 kB/s</source>
        <translation>限速 %1 kB/s</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>no bandwidth cap</source>
        <translation>不限速</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="49"/>
        <source>Syncing now…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="50" />
        <source>Sync pass finished.</source>
        <translation>本轮同步已完成。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="51" />
        <source>Sync asked to run now.</source>
        <translation>已请求立即同步。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="52" />
        <source>No platform is configured: nothing to sync with.</source>
        <translation>未配置平台：无可同步对象。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="53" />
        <source>Still syncing; the state above updates by itself.</source>
        <translation>仍在同步；上方状态会自动更新。</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="61" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="62" />
        <source>Send everything waiting now, outside the upload window</source>
        <translation>立即发送所有待发内容，不受上传时段限制</translation>
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
        <location filename="../qml/components/TopBar.qml" line="60" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="63" />
        <source>End and clear this session</source>
        <translation>结束办理并清除本次信息</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="69" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="70" />
        <source>Ask a member of staff to come and help</source>
        <translation>请工作人员过来帮忙</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="50"/>
        <source>Voice settings</source>
        <translation>声音设置</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="50"/>
        <source>Repeat, stop, volume and pace of the voice</source>
        <translation>重听、停止、音量和语速</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="15"/>
        <source>Voice: on</source>
        <translation>朗读：开</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="15" />
        <source>Voice: off</source>
        <translation>朗读：关</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="16" />
        <source>Turn spoken guidance on or off</source>
        <translation>打开或关闭语音播报</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="25" />
        <source>Repeat</source>
        <translation>重听</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="26" />
        <source>Say this screen's guidance again</source>
        <translation>再听一遍本页提示</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="33" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="34" />
        <source>Stop speaking</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="42" />
        <source>Softer</source>
        <translation>小声</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="43" />
        <source>Volume %1 of 10. Make the voice quieter</source>
        <translation>音量 %1/10。把声音调小</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="51" />
        <source>Louder</source>
        <translation>大声</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="52" />
        <source>Volume %1 of 10. Make the voice louder</source>
        <translation>音量 %1/10。把声音调大</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="59" />
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="60" />
        <source>Speak more slowly</source>
        <translation>说得慢一点</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="67" />
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="68" />
        <source>Speak more quickly</source>
        <translation>说得快一点</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="121" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="124" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="126" />
        <source>Hide</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="128" />
        <source>Capitals</source>
        <translation>大写</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="131" />
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="133" />
        <source>Symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="143" />
        <source>Handwriting</source>
        <translation>手写</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>card_read_failed</source>
        <translation>没有读到身份证，请把身份证平放在感应区再试一次。</translation>
    </message>
    <message>
        <source>card_removed</source>
        <translation>身份证拿开得太早了，请放回感应区，等听到提示音再拿开。</translation>
    </message>
    <message>
        <source>reader_offline</source>
        <translation>读卡器暂时不能使用，请呼叫工作人员。</translation>
    </message>
    <message>
        <source>card_expired</source>
        <translation>这张身份证已过有效期（{valid_to}），请使用有效证件或到窗口办理。</translation>
    </message>
    <message>
        <source>card_not_yet_valid</source>
        <translation>这张身份证尚未生效，请到窗口办理。</translation>
    </message>
    <message>
        <source>card_check_digit</source>
        <translation>身份证号码校验未通过，请重新读卡；仍不通过请到窗口办理。</translation>
    </message>
    <message>
        <source>card_data_incomplete</source>
        <translation>身份证信息不完整，请重新读卡。</translation>
    </message>
    <message>
        <source>not_at_terminal</source>
        <translation>此事项不能在自助终端办理，请到：{where}</translation>
    </message>
    <message>
        <source>unknown_matter</source>
        <translation>没有找到这个事项。</translation>
    </message>
    <message>
        <source>proxy_not_allowed</source>
        <translation>此事项须本人办理，不能代办。</translation>
    </message>
    <message>
        <source>wrong_step</source>
        <translation>请先完成当前步骤。</translation>
    </message>
    <message>
        <source>journey_wiped</source>
        <translation>本次办理已结束，信息已清除。</translation>
    </message>
    <message>
        <source>materials_incomplete</source>
        <translation>还有{count}份必要材料没有提交。</translation>
    </message>
    <message>
        <source>form_invalid</source>
        <translation>表格还有{count}处需要修改。</translation>
    </message>
    <message>
        <source>signature_missing</source>
        <translation>请先签名。</translation>
    </message>
    <message>
        <source>submit_failed</source>
        <translation>提交没有成功，您的申请没有保存，请重试或呼叫工作人员。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>此项必须填写。</translation>
    </message>
    <message>
        <source>unknown_field</source>
        <translation>表格中没有这一项。</translation>
    </message>
    <message>
        <source>invalid_value</source>
        <translation>填写的内容格式不对。</translation>
    </message>
    <message>
        <source>invalid_characters</source>
        <translation>含有不能识别的字符。</translation>
    </message>
    <message>
        <source>too_short</source>
        <translation>至少填写{min}个字。</translation>
    </message>
    <message>
        <source>too_long</source>
        <translation>最多填写{max}个字。</translation>
    </message>
    <message>
        <source>pattern_mismatch</source>
        <translation>填写格式不正确。</translation>
    </message>
    <message>
        <source>not_a_number</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <source>number_too_small</source>
        <translation>不能小于{min}。</translation>
    </message>
    <message>
        <source>number_too_large</source>
        <translation>不能大于{max}。</translation>
    </message>
    <message>
        <source>invalid_date</source>
        <translation>请选择正确的日期。</translation>
    </message>
    <message>
        <source>date_out_of_range</source>
        <translation>日期应在{min}到{max}之间。</translation>
    </message>
    <message>
        <source>invalid_choice</source>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <source>too_few_choices</source>
        <translation>至少选择{min}项。</translation>
    </message>
    <message>
        <source>too_many_choices</source>
        <translation>最多选择{max}项。</translation>
    </message>
    <message>
        <source>duplicate_choice</source>
        <translation>同一项不能选两次。</translation>
    </message>
    <message>
        <source>invalid_phone</source>
        <translation>请填写正确的手机号或固定电话。</translation>
    </message>
    <message>
        <source>invalid_id_number</source>
        <translation>身份号码应为18位。</translation>
    </message>
    <message>
        <source>id_check_digit</source>
        <translation>身份号码有误，请核对（最后一位校验不对）。</translation>
    </message>
    <message>
        <source>id_birth_date</source>
        <translation>身份号码中的出生日期不对，请核对。</translation>
    </message>
    <message>
        <source>too_few_items</source>
        <translation>至少填写{min}条。</translation>
    </message>
    <message>
        <source>too_many_items</source>
        <translation>最多填写{max}条。</translation>
    </message>
    <message>
        <source>unknown_material</source>
        <translation>此事项不需要这份材料。</translation>
    </message>
    <message>
        <source>address.same_as_card</source>
        <translation>同户籍地址</translation>
    </message>
    <message>
        <source>address.other</source>
        <translation>其他地址（手动输入）</translation>
    </message>
    <message>
        <source>material_not_asked</source>
        <translation>这份材料无需您提交：终端自动生成或部门间共享。</translation>
    </message>
    <message>
        <source>duplicate_application</source>
        <translation>您今天已提交过同一事项的申请（受理号 {acceptance_no}）。如确需再次申请，可以继续。</translation>
    </message>
    <message>
        <source>no_pages</source>
        <translation>请至少拍摄一页。</translation>
    </message>
    <message>
        <source>too_many_pages</source>
        <translation>最多拍摄{max}页。</translation>
    </message>
    <message>
        <source>page_quality</source>
        <translation>这一页拍得不清楚，请重拍。</translation>
    </message>
    <message>
        <source>elicense_not_accepted</source>
        <translation>这份材料不能用该类电子证照代替。</translation>
    </message>
    <message>
        <source>elicense_invalid</source>
        <translation>电子证照二维码无法识别，请重新出示。</translation>
    </message>
    <message>
        <source>not_deferrable</source>
        <translation>这份材料不能容缺后补。</translation>
    </message>
    <message>
        <source>due_date_too_late</source>
        <translation>补交日期不能晚于承诺办结日期{latest}。</translation>
    </message>
    <message>
        <source>due_date_past</source>
        <translation>补交日期应在今天之后。</translation>
    </message>
    <message>
        <source>commitment_not_allowed</source>
        <translation>这份材料不能以告知承诺代替。</translation>
    </message>
    <message>
        <source>commitment_not_confirmed</source>
        <translation>请阅读并确认告知承诺内容和法律责任。</translation>
    </message>
    <message>
        <source>reuse_not_found</source>
        <translation>没有找到可以复用的材料。</translation>
    </message>
    <message>
        <source>card_read_not_usable</source>
        <translation>代办时不能用读卡代替被代办人的身份证。</translation>
    </message>
    <message>
        <source>principal_is_agent</source>
        <translation>被代办人不能是您本人。</translation>
    </message>
    <message>
        <source>invalid_relationship</source>
        <translation>请选择您与被代办人的关系。</translation>
    </message>
    <message>
        <source>authorization_missing</source>
        <translation>请提交授权委托书。</translation>
    </message>
    <message>
        <source>face_consent_refused</source>
        <translation>您选择不进行人脸核验，将由工作人员核验身份。</translation>
    </message>
    <message>
        <source>face_camera_offline</source>
        <translation>人脸摄像头暂时不能使用，将由工作人员核验身份。</translation>
    </message>
    <message>
        <source>face_failed</source>
        <translation>人脸核验未通过，将由工作人员核验身份。</translation>
    </message>
    <message>
        <source>face_staff_chosen</source>
        <translation>您选择由工作人员核验身份。</translation>
    </message>
    <message>
        <source>face_retry</source>
        <translation>没有核验成功，请再试一次（还可以试{left}次）。</translation>
    </message>
    <message>
        <source>signature_empty</source>
        <translation>请在框内签名。</translation>
    </message>
    <message>
        <source>signature_too_short</source>
        <translation>签名太短，请写清楚您的姓名。</translation>
    </message>
    <message>
        <source>receipt_paper_out</source>
        <translation>回执打印机缺纸，申请已成功提交，请拍下屏幕上的二维码或记下受理号。</translation>
    </message>
    <message>
        <source>receipt_printer_offline</source>
        <translation>回执打印机暂时不能使用，申请已成功提交，请记下屏幕上的受理号。</translation>
    </message>
    <message>
        <source>receipt_printed</source>
        <translation>回执已打印，请取走。</translation>
    </message>
    <message>
        <source>receipt_skipped</source>
        <translation>回执没有打印。</translation>
    </message>
    <message>
        <source>a4_printed</source>
        <translation>文件已打印，请在下方出纸口取走。</translation>
    </message>
    <message>
        <source>a4_paper_out</source>
        <translation>A4 打印机缺纸，您的文件已保留，工作人员加纸后即可打印。</translation>
    </message>
    <message>
        <source>a4_jam</source>
        <translation>A4 打印机卡纸，您的文件已保留，请联系工作人员处理。</translation>
    </message>
    <message>
        <source>a4_door_open</source>
        <translation>A4 打印机的盖板未关好，您的文件已保留。</translation>
    </message>
    <message>
        <source>a4_toner_out</source>
        <translation>A4 打印机墨粉用完，您的文件已保留，请联系工作人员。</translation>
    </message>
    <message>
        <source>a4_offline</source>
        <translation>A4 打印机暂时不能使用，您的文件已保留。</translation>
    </message>
    <message>
        <source>a4_queue_paused</source>
        <translation>A4 打印机已暂停，您的文件在排队，恢复后自动打印。</translation>
    </message>
    <message>
        <source>a4_not_accepting</source>
        <translation>A4 打印机暂不接收文件，您的文件已保留。</translation>
    </message>
    <message>
        <source>a4_queue_missing</source>
        <translation>本终端的 A4 打印机未设置好，请联系工作人员。</translation>
    </message>
    <message>
        <source>a4_unreachable</source>
        <translation>A4 打印机暂时不能使用，您的文件已保留。</translation>
    </message>
    <message>
        <source>a4_no_printer</source>
        <translation>本终端没有 A4 打印机，可以选择邮寄给您。</translation>
    </message>
    <message>
        <source>a4_ready</source>
        <translation>正在打印，请稍候。</translation>
    </message>
    <message>
        <source>a4_toner_low</source>
        <translation>正在打印，请稍候。</translation>
    </message>
    <message>
        <source>query_no_link</source>
        <translation>暂时连不上政务服务平台，无法查询。您可以留下申请，平台答复后在本机打印或邮寄给您。</translation>
    </message>
    <message>
        <source>query_no_record</source>
        <translation>平台上没有查到您的记录，请到窗口咨询。</translation>
    </message>
    <message>
        <source>query_refused</source>
        <translation>平台暂时不能办理这项查询，请到窗口咨询。</translation>
    </message>
    <message>
        <source>query_request_terminal</source>
        <translation>您的申请已保留。平台答复后，文件会在本机的 A4 打印机打印出来，请回来取。</translation>
    </message>
    <message>
        <source>query_request_mail</source>
        <translation>您的申请已保留。平台答复后，会把文件邮寄到平台登记的您的地址。</translation>
    </message>
    <message>
        <source>query_delivery_unavailable</source>
        <translation>这项文件不能邮寄，请选择在本机打印。</translation>
    </message>
    <message>
        <source>query_request_unavailable</source>
        <translation>本终端暂时不能保留申请，请到窗口办理。</translation>
    </message>
    <message>
        <source>query_face_required</source>
        <translation>这份记录需要本人刷脸核验后才能打印。请到服务窗口，工作人员核对身份后为您打印。</translation>
    </message>
    <message>
        <source>rating_required</source>
        <translation>请选择满意程度。</translation>
    </message>
    <message>
        <source>reason_required</source>
        <translation>请告诉我们不满意的原因。</translation>
    </message>
    <message>
        <source>already_rated</source>
        <translation>这次办事已经评价过了。</translation>
    </message>
    <message>
        <source>invalid_dimension</source>
        <translation>评价项目不正确。</translation>
    </message>
    <message>
        <source>invalid_category</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>text_required</source>
        <translation>请填写具体内容。</translation>
    </message>
    <message>
        <source>contact_or_anonymous</source>
        <translation>匿名投诉不能留联系方式。</translation>
    </message>
    <message>
        <source>complaint_not_saved</source>
        <translation>投诉没有保存成功，请呼叫工作人员或拨打12345。</translation>
    </message>
    <message>
        <source>help_called</source>
        <translation>已呼叫工作人员，请稍候。</translation>
    </message>
    <message>
        <source>help_coming</source>
        <translation>工作人员已收到呼叫，正在赶来。</translation>
    </message>
    <message>
        <source>complaint_slip_not_printed</source>
        <translation>回执没有打印出来，请记下屏幕上的查询号，凭它到“查询进度”查看答复。</translation>
    </message>
    <message>
        <source>complaint_slip_printed</source>
        <translation>回执已打印，请收好。</translation>
    </message>
    <message>
        <source>qr_not_recognised</source>
        <translation>这个二维码不是本终端的办事回执。</translation>
    </message>
    <message>
        <source>progress_number_invalid</source>
        <translation>受理号不对。请照着回执上的受理号输入，例如 0001-261206-0007（横线可以不输）。</translation>
    </message>
    <message>
        <source>progress_phone_invalid</source>
        <translation>请输入办事时所留手机号码的最后4位数字。</translation>
    </message>
    <message>
        <source>progress_number_not_found</source>
        <translation>没有查到。请核对受理号和手机号后4位再试，也可以刷身份证查询。</translation>
    </message>
    <message>
        <source>progress_too_many_tries</source>
        <translation>这个受理号输错的次数太多，请一小时后再试，或刷身份证查询。</translation>
    </message>
    <message>
        <source>progress_offline</source>
        <translation>现在连不上政务服务平台，查不到其他终端办理的事项。请刷身份证或扫回执二维码，查询在本终端办理的事项，也可以拨打12345。</translation>
    </message>
    <message>
        <source>nothing_found</source>
        <translation>没有查到办件记录。</translation>
    </message>
    <message>
        <source>search.bundle</source>
        <translation>一件事</translation>
    </message>
    <message>
        <source>cert_not_certification</source>
        <translation>这个事项不是资格认证。</translation>
    </message>
    <message>
        <source>cert_consent_refused</source>
        <translation>您没有同意拍照。可以呼叫工作人员帮办，或申请上门认证。</translation>
    </message>
    <message>
        <source>cert_camera_offline</source>
        <translation>摄像头暂时不能使用。可以呼叫工作人员帮办，或申请上门认证。</translation>
    </message>
    <message>
        <source>cert_liveness_failed</source>
        <translation>三次都没有认证成功。可以呼叫工作人员帮办，或申请上门认证。</translation>
    </message>
    <message>
        <source>cert_retry</source>
        <translation>没有看清楚，请再试一次（还可以试{left}次）。</translation>
    </message>
    <message>
        <source>cert_principal_card_needed</source>
        <translation>请放上老人本人的身份证，或填写老人的姓名和身份证号。</translation>
    </message>
    <message>
        <source>cert_principal_is_helper</source>
        <translation>需要认证的是老人本人，不能是协助办理的家属。</translation>
    </message>
    <message>
        <source>visit_reason_unknown</source>
        <translation>请选择需要上门办理的事项。</translation>
    </message>
    <message>
        <source>visit_resident_is_requester</source>
        <translation>请读取需要上门服务的老人或残疾人的身份证，或填写其姓名和身份证号。</translation>
    </message>
    <message>
        <source>status.not_sent</source>
        <translation>已保存在本终端，尚未发送</translation>
    </message>
    <message>
        <source>status.queued</source>
        <translation>已提交，等待上传</translation>
    </message>
    <message>
        <source>status.sending</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>status.needs_attention</source>
        <translation>上传遇到问题，工作人员会处理</translation>
    </message>
    <message>
        <source>status.received</source>
        <translation>部门已收到</translation>
    </message>
    <message>
        <source>status.accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>status.not-accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>status.correction-requested</source>
        <translation>需要补正材料</translation>
    </message>
    <message>
        <source>status.processing</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>status.completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>status.certified</source>
        <translation>认证通过</translation>
    </message>
    <message>
        <source>status.certification-failed</source>
        <translation>认证未通过</translation>
    </message>
    <message>
        <source>status.visit-scheduled</source>
        <translation>已预约上门</translation>
    </message>
    <message>
        <source>status.to-mail</source>
        <translation>待寄出</translation>
    </message>
    <message>
        <source>status.mailed</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>status_advice.not_sent</source>
        <translation>申请已保存，终端联网后会自动发送，无需重新申请。</translation>
    </message>
    <message>
        <source>status_advice.queued</source>
        <translation>申请已保存，终端联网后会自动发送，无需重新申请。</translation>
    </message>
    <message>
        <source>status_advice.needs_attention</source>
        <translation>请到窗口或拨打12345，工作人员会帮您处理。</translation>
    </message>
    <message>
        <source>status_advice.not-accepted</source>
        <translation>请到窗口了解原因，或拨打12345咨询。</translation>
    </message>
    <message>
        <source>status_advice.correction-requested</source>
        <translation>请按通知补交材料，可到窗口或拨打12345咨询。</translation>
    </message>
    <message>
        <source>status_advice.completed</source>
        <translation>已办结，可按通知领取结果。</translation>
    </message>
    <message>
        <source>status_advice.certification-failed</source>
        <translation>请按说明到窗口认证，或申请上门认证。</translation>
    </message>
    <message>
        <source>kind.application</source>
        <translation>办事申请</translation>
    </message>
    <message>
        <source>kind.certification</source>
        <translation>养老金资格认证</translation>
    </message>
    <message>
        <source>kind.home_visit</source>
        <translation>上门服务申请</translation>
    </message>
    <message>
        <source>kind.complaint</source>
        <translation>投诉建议</translation>
    </message>
    <message>
        <source>kind.mailed_document</source>
        <translation>邮寄的证明文件</translation>
    </message>
    <message>
        <source>complaint_elsewhere.answered</source>
        <translation>已于 {when} 答复。答复内容请到提交投诉的自助终端，在“查询进度”扫描投诉单上的二维码查看。</translation>
    </message>
    <message>
        <source>complaint_elsewhere.waiting</source>
        <translation>尚未答复。答复后，请到提交投诉的自助终端，在“查询进度”扫描投诉单上的二维码查看答复内容。</translation>
    </message>
    <message>
        <source>rating.level.5</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>rating.level.4</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>rating.level.3</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>rating.level.2</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>rating.level.1</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>rating.dimension.overall</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>rating.dimension.efficiency</source>
        <translation>办事效率</translation>
    </message>
    <message>
        <source>rating.dimension.service</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>rating.dimension.attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>rating.reason.slow</source>
        <translation>办理时间长</translation>
    </message>
    <message>
        <source>rating.reason.unclear_guide</source>
        <translation>办事指南不清楚</translation>
    </message>
    <message>
        <source>rating.reason.too_many_materials</source>
        <translation>材料要求多</translation>
    </message>
    <message>
        <source>rating.reason.device_problem</source>
        <translation>设备不好用</translation>
    </message>
    <message>
        <source>rating.reason.attitude</source>
        <translation>工作人员态度不好</translation>
    </message>
    <message>
        <source>rating.reason.not_solved</source>
        <translation>问题没有解决</translation>
    </message>
    <message>
        <source>rating.reason.other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>relationship.spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>relationship.parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>relationship.child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>relationship.sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>relationship.grandparent</source>
        <translation>祖父母、外祖父母</translation>
    </message>
    <message>
        <source>relationship.grandchild</source>
        <translation>孙子女、外孙子女</translation>
    </message>
    <message>
        <source>relationship.other_relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>relationship.village_agent</source>
        <translation>村（社区）代办员</translation>
    </message>
    <message>
        <source>relationship.other</source>
        <translation>其他受托人</translation>
    </message>
    <message>
        <source>complaint.category.service_attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>complaint.category.efficiency</source>
        <translation>办事效率</translation>
    </message>
    <message>
        <source>complaint.category.materials</source>
        <translation>材料要求</translation>
    </message>
    <message>
        <source>complaint.category.fees</source>
        <translation>收费问题</translation>
    </message>
    <message>
        <source>complaint.category.terminal</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>complaint.category.policy</source>
        <translation>政策咨询</translation>
    </message>
    <message>
        <source>complaint.category.suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>complaint.category.other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>document.ok</source>
        <translation>拍得很清楚。</translation>
    </message>
    <message>
        <source>document.page_not_found</source>
        <translation>没有找到文件，请把整页纸平放在框内。</translation>
    </message>
    <message>
        <source>document.blurred</source>
        <translation>照片模糊，请拿稳文件不要晃动。</translation>
    </message>
    <message>
        <source>document.too_dark</source>
        <translation>光线太暗，请打开灯或把文件移到亮一点的地方。</translation>
    </message>
    <message>
        <source>face.ok</source>
        <translation>很好，请保持不动。</translation>
    </message>
    <message>
        <source>face.no_face</source>
        <translation>没有看到人脸，请面对屏幕上方的摄像头。</translation>
    </message>
    <message>
        <source>face.many_faces</source>
        <translation>画面里有多个人，请只留办事人一人在镜头前。</translation>
    </message>
    <message>
        <source>face.too_small</source>
        <translation>请靠近一点。</translation>
    </message>
    <message>
        <source>face.off_centre</source>
        <translation>请把脸移到画面中间。</translation>
    </message>
    <message>
        <source>face.too_dark</source>
        <translation>光线太暗，请站到亮一点的地方。</translation>
    </message>
    <message>
        <source>face.blurred</source>
        <translation>画面模糊，请站稳不要晃动。</translation>
    </message>
    <message>
        <source>face.not_frontal</source>
        <translation>请正对摄像头，不要歪头或侧脸。</translation>
    </message>
    <message>
        <source>liveness.blink</source>
        <translation>请眨一下眼睛。</translation>
    </message>
    <message>
        <source>liveness.turn_left</source>
        <translation>请慢慢向左转头。</translation>
    </message>
    <message>
        <source>liveness.turn_right</source>
        <translation>请慢慢向右转头。</translation>
    </message>
    <message>
        <source>liveness.failed.timeout</source>
        <translation>没有看到您的动作，请再试一次。</translation>
    </message>
    <message>
        <source>liveness.failed.no_face</source>
        <translation>没有看到人脸，请面对摄像头。</translation>
    </message>
    <message>
        <source>liveness.failed.face_lost</source>
        <translation>人脸离开了画面，请再试一次。</translation>
    </message>
    <message>
        <source>liveness.failed.many_faces</source>
        <translation>画面里有多个人，请只留一人。</translation>
    </message>
    <message>
        <source>liveness.passed</source>
        <translation>验证通过。</translation>
    </message>
    <message>
        <source>guide.on_the_spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>guide.time_limit</source>
        <translation>{value}{unit}</translation>
    </message>
    <message>
        <source>guide.separator</source>
        <translation>；</translation>
    </message>
    <message>
        <source>guide.enumeration</source>
        <translation>、</translation>
    </message>
    <message>
        <source>guide.step_actor</source>
        <translation> — </translation>
    </message>
    <message>
        <source>guide.forms_separator</source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>guide.copies</source>
        <translation>
            <numerusform>%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>guide.elicense_accepted</source>
        <translation>可用电子证照：{names}</translation>
    </message>
    <message>
        <source>guide.deferrable</source>
        <translation>可容缺后补</translation>
    </message>
    <message>
        <source>guide.commitment_allowed</source>
        <translation>可告知承诺替代</translation>
    </message>
    <message>
        <source>guide.at_terminal</source>
        <translation>可在本机办理</translation>
    </message>
    <message>
        <source>guide.at_window</source>
        <translation>请到窗口办理</translation>
    </message>
    <message>
        <source>guide.visits</source>
        <translation>最多跑{visits}次</translation>
    </message>
    <message>
        <source>guide.no_visit</source>
        <translation>零跑动</translation>
    </message>
    <message>
        <source>guide.fee_amount</source>
        <translation>{amount}元</translation>
    </message>
    <message>
        <source>guide.free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>guide.no_materials</source>
        <translation>无需提交材料</translation>
    </message>
</context>
</TS>