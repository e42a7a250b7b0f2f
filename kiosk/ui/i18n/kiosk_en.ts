<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="7" />
        <source>Welcome. Touch the screen to start.</source>
        <translation>Welcome. Touch the screen to start.</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="28" />
        <source>24-hour self-service for social insurance, civil affairs, household registration and more</source>
        <translation>24-hour self-service for social insurance, civil affairs, household registration and more</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="43" />
        <location filename="../qml/screens/AttractScreen.qml" line="62" />
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="52" />
        <source>Your information is cleared from this terminal when you finish.</source>
        <translation>Your information is cleared from this terminal when you finish.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="10" />
        <source>Services. Choose a topic, a life event or a department.</source>
        <translation>Services. Choose a topic, a life event or a department.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="20" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="23" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="31" />
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="32" />
        <source>The service catalog is being updated. Please ask at the service window or call staff.</source>
        <translation>The service catalog is being updated. Please ask at the service window or call staff.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="39" />
        <source>By topic</source>
        <translation>By topic</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="40" />
        <source>Life events (one-stop)</source>
        <translation>Life events (one-stop)</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="41" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="78" />
        <location filename="../qml/screens/CatalogScreen.qml" line="137" />
        <location filename="../qml/screens/CatalogScreen.qml" line="149" />
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="116" />
        <source>%n matter(s) in one application</source>
        <translation><numerusform>%n matter in one application</numerusform><numerusform>%n matters in one application</numerusform></translation>
    </message>
</context>
<context>
    <name>ComingScreen</name>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="8" />
        <source>This service is not available at this terminal yet. Please ask at the service window, or call staff.</source>
        <translation>This service is not available at this terminal yet. Please ask at the service window, or call staff.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="11" />
        <source>Checking progress</source>
        <translation>Checking progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="12" />
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="13" />
        <source>Applying at the terminal</source>
        <translation>Applying at the terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="15" />
        <source>This function</source>
        <translation>This function</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="24" />
        <source>%1 is coming soon</source>
        <translation>%1 is coming soon</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="29" />
        <source>It is not available at this terminal yet. The service window can help you today, or press Call staff.</source>
        <translation>It is not available at this terminal yet. The service window can help you today, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="34" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="35" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="11" />
        <source>Guide for %1. Read the conditions and materials, then start your application.</source>
        <translation>Guide for %1. Read the conditions and materials, then start your application.</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="12" />
        <source>Guide for %1. This service is handled at the service window: %2</source>
        <translation>Guide for %1. This service is handled at the service window: %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="17" />
        <source>About this service</source>
        <translation>About this service</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="18" />
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="19" />
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="20" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="21" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="22" />
        <source>Special procedures</source>
        <translation>Special procedures</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="23" />
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="24" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="25" />
        <source>What you receive</source>
        <translation>What you receive</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="26" />
        <source>Notice and commitment</source>
        <translation>Notice and commitment</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="27" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="28" />
        <source>Place, hours and phones</source>
        <translation>Place, hours and phones</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="34" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="35" />
        <source>Implementing body</source>
        <translation>Implementing body</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="36" />
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="37" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="38" />
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="39" />
        <source>Ways to apply</source>
        <translation>Ways to apply</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="40" />
        <source>At this terminal</source>
        <translation>At this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="41" />
        <source>Face check</source>
        <translation>Face check</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="42" />
        <source>Where else</source>
        <translation>Where else</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="43" />
        <source>Basic code</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="44" />
        <source>Implementation code</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="45" />
        <source>Guide version</source>
        <translation>Guide version</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="46" />
        <source>Quantity limit</source>
        <translation>Quantity limit</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="47" />
        <source>Promised time</source>
        <translation>Promised time</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="48" />
        <source>Statutory time</source>
        <translation>Statutory time</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="49" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="50" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="51" />
        <source>Fee basis</source>
        <translation>Fee basis</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="52" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="53" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="54" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="55" />
        <source>Liability</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="56" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="57" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="58" />
        <source>Enquiries</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="59" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74" />
        <source>Can be done at this terminal</source>
        <translation>Can be done at this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74" />
        <source>Done at the service window</source>
        <translation>Done at the service window</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="75" />
        <source>Time limit: %1</source>
        <translation>Time limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76" />
        <source>Fee charged</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76" />
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/GuideScreen.qml" line="77" />
        <source>%n material(s)</source>
        <translation><numerusform>%n material</numerusform><numerusform>%n materials</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="98" />
        <source>Guide text</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="119" />
        <source>This service is handled at the service window. Please go to: %1</source>
        <translation>This service is handled at the service window. Please go to: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="183" />
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="190" />
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="191" />
        <source>Identify with your ID card and fill in one form</source>
        <translation>Identify with your ID card and fill in one form</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="7" />
        <source>Home. Choose Services to apply, or check the progress of an application.</source>
        <translation>Home. Choose Services to apply, or check the progress of an application.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="13" />
        <source>How can we help you today?</source>
        <translation>How can we help you today?</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="17" />
        <source>Search services (Chinese or pinyin)</source>
        <translation>Search services (Chinese or pinyin)</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="34" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="35" />
        <source>Apply for a matter, read its guide</source>
        <translation>Apply for a matter, read its guide</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="43" />
        <source>Check progress</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="44" />
        <source>With your ID card or receipt</source>
        <translation>With your ID card or receipt</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="52" />
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="53" />
        <source>Handled at once</source>
        <translation>Handled at once</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61" />
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61" />
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62" />
        <source>Back to normal print</source>
        <translation>Back to normal print</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62" />
        <source>Large print, voice, more time</source>
        <translation>Large print, voice, more time</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="71" />
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="79" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="80" />
        <source>Someone will come to help you</source>
        <translation>Someone will come to help you</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="75" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="80" />
        <source>For your privacy this session will be cleared in %n second(s).</source>
        <translation><numerusform>For your privacy this session will be cleared in %n second.</numerusform><numerusform>For your privacy this session will be cleared in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="87" />
        <source>Keep this session and carry on</source>
        <translation>Keep this session and carry on</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="115" />
        <source>Staff have been called</source>
        <translation>Staff have been called</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="119" />
        <source>Please stay at the terminal. A member of staff will come to help you.</source>
        <translation>Please stay at the terminal. A member of staff will come to help you.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="125" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MattersScreen</name>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="9" />
        <source>Choose a service to read its guide.</source>
        <translation>Choose a service to read its guide.</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="25" />
        <source>No services here yet.</source>
        <translation>No services here yet.</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="43" />
        <source>can be done at this terminal</source>
        <translation>can be done at this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="43" />
        <source>done at the service window</source>
        <translation>done at the service window</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>Time limit: %1</source>
        <translation>Time limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>Fee charged</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54" />
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="69" />
        <source>At this terminal</source>
        <translation>At this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="69" />
        <source>At the window</source>
        <translation>At the window</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="9" />
        <source>Search. Type the name of a service in Chinese or pinyin, then choose a result.</source>
        <translation>Search. Type the name of a service in Chinese or pinyin, then choose a result.</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="16" />
        <location filename="../qml/screens/SearchScreen.qml" line="39" />
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="28" />
        <source>e.g. 养老保险, yanglao, ylbx</source>
        <translation>e.g. 养老保险, yanglao, ylbx</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="48" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="55" />
        <source>Nothing found for "%1". Try fewer characters, pinyin, or browse by topic.</source>
        <translation>Nothing found for "%1". Try fewer characters, pinyin, or browse by topic.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="20" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="21" />
        <source>Go back to the previous screen</source>
        <translation>Go back to the previous screen</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="26" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="27" />
        <source>Go to the home screen</source>
        <translation>Go to the home screen</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="42" />
        <source>Switch the language</source>
        <translation>Switch the language</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47" />
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="48" />
        <source>Large print, spoken guidance and more time</source>
        <translation>Large print, spoken guidance and more time</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="53" />
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="54" />
        <source>Switch high contrast on or off</source>
        <translation>Switch high contrast on or off</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="59" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="60" />
        <source>End and clear this session</source>
        <translation>End and clear this session</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="66" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="67" />
        <source>Ask a member of staff to come and help</source>
        <translation>Ask a member of staff to come and help</translation>
    </message>
</context>
</TS>