<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="7"/>
        <source>Welcome. Touch the screen to start.</source>
        <translation>Welcome. Touch the screen to start.</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="28"/>
        <source>24-hour self-service for social insurance, civil affairs, household registration and more</source>
        <translation>24-hour self-service for social insurance, civil affairs, household registration and more</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="43"/>
        <location filename="../qml/screens/AttractScreen.qml" line="71"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="61"/>
        <source>Your information is cleared from this terminal when you finish.</source>
        <translation>Your information is cleared from this terminal when you finish.</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="10"/>
        <source>Services. Choose a topic, a life event or a department.</source>
        <translation>Services. Choose a topic, a life event or a department.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="20"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="23"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="31"/>
        <source>Loading the list of services…</source>
        <translation>Loading the list of services…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="32"/>
        <source>The service catalog is being updated. Please ask at the service window or call staff.</source>
        <translation>The service catalog is being updated. Please ask at the service window or call staff.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="39"/>
        <source>By topic</source>
        <translation>By topic</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="40"/>
        <source>Life events (one-stop)</source>
        <translation>Life events (one-stop)</translation>
    </message>
    <message>
        <location filename="../qml/screens/CatalogScreen.qml" line="41"/>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="78"/>
        <location filename="../qml/screens/CatalogScreen.qml" line="137"/>
        <location filename="../qml/screens/CatalogScreen.qml" line="149"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="116"/>
        <source>%n matter(s) in one application</source>
        <translation>
            <numerusform>%n matter in one application</numerusform>
            <numerusform>%n matters in one application</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingScreen</name>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="8"/>
        <source>This service is not available at this terminal yet. Please ask at the service window, or call staff.</source>
        <translation>This service is not available at this terminal yet. Please ask at the service window, or call staff.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="11"/>
        <source>Checking progress</source>
        <translation>Checking progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="12"/>
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="13"/>
        <source>Applying at the terminal</source>
        <translation>Applying at the terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="15"/>
        <source>This function</source>
        <translation>This function</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="24"/>
        <source>%1 is coming soon</source>
        <translation>%1 is coming soon</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="29"/>
        <source>It is not available at this terminal yet. The service window can help you today, or press Call staff.</source>
        <translation>It is not available at this terminal yet. The service window can help you today, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="34"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComingScreen.qml" line="35"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="11"/>
        <source>Guide for %1. Read the conditions and materials, then start your application.</source>
        <translation>Guide for %1. Read the conditions and materials, then start your application.</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="12"/>
        <source>Guide for %1. This service is handled at the service window: %2</source>
        <translation>Guide for %1. This service is handled at the service window: %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="17"/>
        <source>About this service</source>
        <translation>About this service</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="18"/>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="19"/>
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="20"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="21"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="22"/>
        <source>Special procedures</source>
        <translation>Special procedures</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="23"/>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="24"/>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="25"/>
        <source>What you receive</source>
        <translation>What you receive</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="26"/>
        <source>Notice and commitment</source>
        <translation>Notice and commitment</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="27"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="28"/>
        <source>Place, hours and phones</source>
        <translation>Place, hours and phones</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="34"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="35"/>
        <source>Implementing body</source>
        <translation>Implementing body</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="36"/>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="37"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="38"/>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="39"/>
        <source>Ways to apply</source>
        <translation>Ways to apply</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="40"/>
        <source>At this terminal</source>
        <translation>At this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="41"/>
        <source>Face check</source>
        <translation>Face check</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="42"/>
        <source>Where else</source>
        <translation>Where else</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="43"/>
        <source>Basic code</source>
        <translation>Basic code</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="44"/>
        <source>Implementation code</source>
        <translation>Implementation code</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="45"/>
        <source>Guide version</source>
        <translation>Guide version</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="46"/>
        <source>Quantity limit</source>
        <translation>Quantity limit</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="47"/>
        <source>Promised time</source>
        <translation>Promised time</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="48"/>
        <source>Statutory time</source>
        <translation>Statutory time</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="49"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="50"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="51"/>
        <source>Fee basis</source>
        <translation>Fee basis</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="52"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="53"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="54"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="55"/>
        <source>Liability</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="56"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="57"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="58"/>
        <source>Enquiries</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="59"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74"/>
        <source>Can be done at this terminal</source>
        <translation>Can be done at this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="74"/>
        <source>Done at the service window</source>
        <translation>Done at the service window</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="75"/>
        <source>Time limit: %1</source>
        <translation>Time limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76"/>
        <source>Fee charged</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="76"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/GuideScreen.qml" line="77"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="98"/>
        <source>Guide text</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="119"/>
        <source>This service is handled at the service window. Please go to: %1</source>
        <translation>This service is handled at the service window. Please go to: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="183"/>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="190"/>
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="191"/>
        <source>Identify with your ID card and fill in one form</source>
        <translation>Identify with your ID card and fill in one form</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="7"/>
        <source>Home. Choose Services to apply, or check the progress of an application.</source>
        <translation>Home. Choose Services to apply, or check the progress of an application.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="13"/>
        <source>How can we help you today?</source>
        <translation>How can we help you today?</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="17"/>
        <source>Search services (Chinese or pinyin)</source>
        <translation>Search services (Chinese or pinyin)</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="34"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="35"/>
        <source>Apply for a matter, read its guide</source>
        <translation>Apply for a matter, read its guide</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="43"/>
        <source>Check progress</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="44"/>
        <source>With your ID card or receipt</source>
        <translation>With your ID card or receipt</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="52"/>
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="53"/>
        <source>Handled at once</source>
        <translation>Handled at once</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61"/>
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="61"/>
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62"/>
        <source>Back to normal print</source>
        <translation>Back to normal print</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="62"/>
        <source>Large print, voice, more time</source>
        <translation>Large print, voice, more time</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="71"/>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="79"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="80"/>
        <source>Someone will come to help you</source>
        <translation>Someone will come to help you</translation>
    </message>
</context>
<context>
    <name>JourneyFace</name>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="7"/>
        <source>Look at the camera above the screen and press Start. Blink when asked.</source>
        <translation>Look at the camera above the screen and press Start. Blink when asked.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="9"/>
        <source>Face verification</source>
        <translation>Face verification</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="12"/>
        <source>Look straight at the camera above the screen, press Start, and blink when asked. If it does not work, a member of staff can check your identity instead.</source>
        <translation>Look straight at the camera above the screen, press Start, and blink when asked. If it does not work, a member of staff can check your identity instead.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="18"/>
        <source>Looking for your face…</source>
        <translation>Looking for your face…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="29"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="30"/>
        <source>Start the face check</source>
        <translation>Start the face check</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFace.qml" line="36"/>
        <source>Staff will check me</source>
        <translation>Staff will check me</translation>
    </message>
</context>
<context>
    <name>JourneyFaceConsent</name>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="7"/>
        <source>This service can check your identity with your face. Do you agree? If not, staff will check your identity instead.</source>
        <translation>This service can check your identity with your face. Do you agree? If not, staff will check your identity instead.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="9"/>
        <source>Face verification: do you agree?</source>
        <translation>Face verification: do you agree?</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="12"/>
        <source>Your face is sensitive personal information. With your consent the camera takes a short picture to compare with your ID card. The picture is encrypted, used only for this application and deleted when it is no longer needed.</source>
        <translation>Your face is sensitive personal information. With your consent the camera takes a short picture to compare with your ID card. The picture is encrypted, used only for this application and deleted when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="16"/>
        <source>If you do not agree, or the camera is not working, you can still apply: a member of staff will check your identity, and this is noted on the application.</source>
        <translation>If you do not agree, or the camera is not working, you can still apply: a member of staff will check your identity, and this is noted on the application.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="22"/>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyFaceConsent.qml" line="28"/>
        <source>No, staff will check me</source>
        <translation>No, staff will check me</translation>
    </message>
</context>
<context>
    <name>JourneyField</name>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="16"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="16"/>
        <source>Mobile or landline</source>
        <translation>Mobile or landline</translation>
    </message>
</context>
<context>
    <name>JourneyForm</name>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="8"/>
        <source>Please check the information taken from your ID card and fill in the rest of the form.</source>
        <translation>Please check the information taken from your ID card and fill in the rest of the form.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="12"/>
        <source>Fill in the application form</source>
        <translation>Fill in the application form</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="55"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="56"/>
        <source>Check the form and go on to the materials</source>
        <translation>Check the form and go on to the materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="61"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="62"/>
        <source>Leave this application; nothing is kept</source>
        <translation>Leave this application; nothing is kept</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="154"/>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="186"/>
        <source>Add an entry</source>
        <translation>Add an entry</translation>
    </message>
</context>
<context>
    <name>JourneyIdentify</name>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="8"/>
        <source>Please place your second-generation ID card on the reader below the screen.</source>
        <translation>Please place your second-generation ID card on the reader below the screen.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="10"/>
        <source>Place the agent&apos;s ID card on the reader</source>
        <translation>Place the agent&apos;s ID card on the reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="10"/>
        <source>Place your ID card on the reader</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="14"/>
        <source>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</source>
        <translation>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="19"/>
        <source>You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.</source>
        <translation>You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="30"/>
        <source>Waiting for the ID card…</source>
        <translation>Waiting for the ID card…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="37"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="38"/>
        <source>Leave this application; nothing is kept</source>
        <translation>Leave this application; nothing is kept</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="45"/>
        <source>Apply for myself</source>
        <translation>Apply for myself</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="45"/>
        <source>Apply for someone else</source>
        <translation>Apply for someone else</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="46"/>
        <source>An agent (代办) applies for a family member or a client</source>
        <translation>An agent (代办) applies for a family member or a client</translation>
    </message>
</context>
<context>
    <name>JourneyMaterials</name>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="8"/>
        <source>Hand in each material: place it under the document camera and press Scan, or use one of the other ways shown.</source>
        <translation>Hand in each material: place it under the document camera and press Scan, or use one of the other ways shown.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyMaterials.qml" line="12"/>
        <source>Scanned: %n page(s)</source>
        <translation>
            <numerusform>Scanned: %n page</numerusform>
            <numerusform>Scanned: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="13"/>
        <source>E-licence recorded (%1)</source>
        <translation>E-licence recorded (%1)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="14"/>
        <source>Copy from an earlier application</source>
        <translation>Copy from an earlier application</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="15"/>
        <source>To be handed in later (容缺), by %1</source>
        <translation>To be handed in later (容缺), by %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="16"/>
        <source>Replaced by your signed commitment (告知承诺)</source>
        <translation>Replaced by your signed commitment (告知承诺)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="18"/>
        <source>Required, not handed in yet</source>
        <translation>Required, not handed in yet</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="18"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="23"/>
        <source>The document camera is not working.</source>
        <translation>The document camera is not working.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="24"/>
        <source>No page found: place the whole page under the camera.</source>
        <translation>No page found: place the whole page under the camera.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="25"/>
        <source>The picture is blurred: hold the page still and scan again.</source>
        <translation>The picture is blurred: hold the page still and scan again.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="26"/>
        <source>Too dark: move the page somewhere brighter and scan again.</source>
        <translation>Too dark: move the page somewhere brighter and scan again.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="28"/>
        <source>The page could not be read well (%1): please retake it.</source>
        <translation>The page could not be read well (%1): please retake it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="32"/>
        <source>Hand in the materials</source>
        <translation>Hand in the materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="33"/>
        <source>Only the materials this service asks for are listed.</source>
        <translation>Only the materials this service asks for are listed.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="46"/>
        <source>What the document camera sees</source>
        <translation>What the document camera sees</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="90"/>
        <source>Show the e-licence QR code on your phone to the scanner now, or type its details.</source>
        <translation>Show the e-licence QR code on your phone to the scanner now, or type its details.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="105"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="106"/>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="109"/>
        <source>Use these details</source>
        <translation>Use these details</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="119"/>
        <source>Scan another page</source>
        <translation>Scan another page</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="119"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="120"/>
        <source>Place the page under the document camera first</source>
        <translation>Place the page under the document camera first</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="125"/>
        <source>Retake last page</source>
        <translation>Retake last page</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="131"/>
        <source>E-licence QR</source>
        <translation>E-licence QR</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="132"/>
        <source>Use an electronic licence instead of paper (免证办)</source>
        <translation>Use an electronic licence instead of paper (免证办)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="138"/>
        <source>Use the card just read</source>
        <translation>Use the card just read</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="144"/>
        <source>Hand in later (by %1)</source>
        <translation>Hand in later (by %1)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="145"/>
        <source>容缺: the application goes ahead; bring this material by the date shown</source>
        <translation>容缺: the application goes ahead; bring this material by the date shown</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="151"/>
        <source>Sign a commitment instead</source>
        <translation>Sign a commitment instead</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="152"/>
        <source>告知承诺: read the notice and the liability, then sign</source>
        <translation>告知承诺: read the notice and the liability, then sign</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="158"/>
        <source>Start this material again</source>
        <translation>Start this material again</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="166"/>
        <source>Notice (告知)</source>
        <translation>Notice (告知)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="168"/>
        <source>Liability (法律责任)</source>
        <translation>Liability (法律责任)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="177"/>
        <source>I have read it, I commit and sign</source>
        <translation>I have read it, I commit and sign</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="180"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="181"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="191"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="192"/>
        <source>All required materials handed in: go on to sign</source>
        <translation>All required materials handed in: go on to sign</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="195"/>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>JourneyProxy</name>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="7"/>
        <source>Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.</source>
        <translation>Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="11"/>
        <source>Applying for someone else (代办)</source>
        <translation>Applying for someone else (代办)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="12"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="13"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="14"/>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="16"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="17"/>
        <source>Their ID number</source>
        <translation>Their ID number</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="19"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="20"/>
        <source>Their phone</source>
        <translation>Their phone</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="22"/>
        <source>You are their</source>
        <translation>You are their</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyProxy.qml" line="39"/>
        <source>Scan the letter of authorization (%n page(s) so far)</source>
        <translation>
            <numerusform>Scan the letter of authorization (%n page so far)</numerusform>
            <numerusform>Scan the letter of authorization (%n pages so far)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="47"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="50"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JourneyRate</name>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="7"/>
        <source>How satisfied are you with this service? Please choose one.</source>
        <translation>How satisfied are you with this service? Please choose one.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="15"/>
        <source>Please rate this service</source>
        <translation>Please rate this service</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="16"/>
        <source>Acceptance number: %1</source>
        <translation>Acceptance number: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="57"/>
        <source>Please tell us why (required)</source>
        <translation>Please tell us why (required)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="76"/>
        <source>Anything else</source>
        <translation>Anything else</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="76"/>
        <source>Anything else (optional)</source>
        <translation>Anything else (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="77"/>
        <location filename="../qml/screens/JourneyRate.qml" line="77"/>
        <source>Phone for the follow-up (optional)</source>
        <translation>Phone for the follow-up (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="84"/>
        <source>Submit rating</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="87"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="92"/>
        <source>Print the receipt again</source>
        <translation>Print the receipt again</translation>
    </message>
</context>
<context>
    <name>JourneyReceipt</name>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="8"/>
        <source>Your application has been submitted. Please take your receipt.</source>
        <translation>Your application has been submitted. Please take your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="9"/>
        <source>Your application has been submitted. Please note the acceptance number on the screen.</source>
        <translation>Your application has been submitted. Please note the acceptance number on the screen.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="11"/>
        <source>Your application has been submitted</source>
        <translation>Your application has been submitted</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="15"/>
        <source>Acceptance number: %1</source>
        <translation>Acceptance number: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="24"/>
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="25"/>
        <source>Your receipt has been printed; please take it.</source>
        <translation>Your receipt has been printed; please take it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="39"/>
        <source>QR code for checking the progress of this application</source>
        <translation>QR code for checking the progress of this application</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="56"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="57"/>
        <source>Rate this service</source>
        <translation>Rate this service</translation>
    </message>
</context>
<context>
    <name>JourneyReview</name>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="7"/>
        <source>Please check everything once more, then press Submit.</source>
        <translation>Please check everything once more, then press Submit.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="11"/>
        <source>Check and submit</source>
        <translation>Check and submit</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="16"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="21"/>
        <source>Agent (代办)</source>
        <translation>Agent (代办)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26"/>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26"/>
        <source>by staff</source>
        <translation>by staff</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="26"/>
        <source>face verified</source>
        <translation>face verified</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="29"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="36"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyReview.qml" line="43"/>
        <source>scanned, %n page(s)</source>
        <translation>
            <numerusform>scanned, %n page</numerusform>
            <numerusform>scanned, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="44"/>
        <source>e-licence</source>
        <translation>e-licence</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="45"/>
        <source>earlier copy</source>
        <translation>earlier copy</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="46"/>
        <source>later (容缺) by %1</source>
        <translation>later (容缺) by %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="47"/>
        <source>commitment signed (告知承诺)</source>
        <translation>commitment signed (告知承诺)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="48"/>
        <source>not handed in</source>
        <translation>not handed in</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="51"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="51"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="51"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="58"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="59"/>
        <source>Submit the application; it is saved on this terminal at once</source>
        <translation>Submit the application; it is saved on this terminal at once</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="62"/>
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="63"/>
        <source>Change materials</source>
        <translation>Change materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="64"/>
        <source>Change the form</source>
        <translation>Change the form</translation>
    </message>
</context>
<context>
    <name>JourneySign</name>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="7"/>
        <source>Please sign your name in the box with your finger.</source>
        <translation>Please sign your name in the box with your finger.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="9"/>
        <source>Sign your name</source>
        <translation>Sign your name</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="10"/>
        <source>Your signature confirms that the information and materials are true.</source>
        <translation>Your signature confirms that the information and materials are true.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="18"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="19"/>
        <source>Keep this signature and review the application</source>
        <translation>Keep this signature and review the application</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="22"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="23"/>
        <source>Back to materials</source>
        <translation>Back to materials</translation>
    </message>
</context>
<context>
    <name>JourneySignPad</name>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="15"/>
        <source>Signature pad: sign with your finger</source>
        <translation>Signature pad: sign with your finger</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="19"/>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>Are you still there? Touch the screen to continue.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="106"/>
        <source>For your privacy this session will be cleared in %n second(s).</source>
        <translation>
            <numerusform>For your privacy this session will be cleared in %n second.</numerusform>
            <numerusform>For your privacy this session will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="113"/>
        <source>Keep this session and carry on</source>
        <translation>Keep this session and carry on</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Staff have been called. Please stay at the terminal.</source>
        <translation>Staff have been called. Please stay at the terminal.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="142"/>
        <source>Staff have been called</source>
        <translation>Staff have been called</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="146"/>
        <source>Please stay at the terminal. A member of staff will come to help you.</source>
        <translation>Please stay at the terminal. A member of staff will come to help you.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="152"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MattersScreen</name>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="9"/>
        <source>Choose a service to read its guide.</source>
        <translation>Choose a service to read its guide.</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="25"/>
        <source>No services here yet.</source>
        <translation>No services here yet.</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="44"/>
        <source>can be done at this terminal</source>
        <translation>can be done at this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="44"/>
        <source>done at the service window</source>
        <translation>done at the service window</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="55"/>
        <source>Time limit: %1</source>
        <translation>Time limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="55"/>
        <source>Fee charged</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="55"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="70"/>
        <source>At this terminal</source>
        <translation>At this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="70"/>
        <source>At the window</source>
        <translation>At the window</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="9"/>
        <source>Search. Type the name of a service in Chinese or pinyin, then choose a result.</source>
        <translation>Search. Type the name of a service in Chinese or pinyin, then choose a result.</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="16"/>
        <location filename="../qml/screens/SearchScreen.qml" line="39"/>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="28"/>
        <source>e.g. 养老保险, yanglao, ylbx</source>
        <translation>e.g. 养老保险, yanglao, ylbx</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="48"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="55"/>
        <source>Nothing found for &quot;%1&quot;. Try fewer characters, pinyin, or browse by topic.</source>
        <translation>Nothing found for &quot;%1&quot;. Try fewer characters, pinyin, or browse by topic.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="20"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="21"/>
        <source>Go back to the previous screen</source>
        <translation>Go back to the previous screen</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="26"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="27"/>
        <source>Go to the home screen</source>
        <translation>Go to the home screen</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="42"/>
        <source>Switch the language</source>
        <translation>Switch the language</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="47"/>
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="48"/>
        <source>Large print, spoken guidance and more time</source>
        <translation>Large print, spoken guidance and more time</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="53"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="54"/>
        <source>Switch high contrast on or off</source>
        <translation>Switch high contrast on or off</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="59"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="60"/>
        <source>End and clear this session</source>
        <translation>End and clear this session</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="66"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="67"/>
        <source>Ask a member of staff to come and help</source>
        <translation>Ask a member of staff to come and help</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="15"/>
        <source>Voice: on</source>
        <translation>Voice: on</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="15"/>
        <source>Voice: off</source>
        <translation>Voice: off</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="16"/>
        <source>Turn spoken guidance on or off</source>
        <translation>Turn spoken guidance on or off</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="25"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="26"/>
        <source>Say this screen&apos;s guidance again</source>
        <translation>Say this screen&apos;s guidance again</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="33"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="34"/>
        <source>Stop speaking</source>
        <translation>Stop speaking</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="42"/>
        <source>Softer</source>
        <translation>Softer</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="43"/>
        <source>Volume %1 of 10. Make the voice quieter</source>
        <translation>Volume %1 of 10. Make the voice quieter</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="51"/>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="52"/>
        <source>Volume %1 of 10. Make the voice louder</source>
        <translation>Volume %1 of 10. Make the voice louder</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="59"/>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="60"/>
        <source>Speak more slowly</source>
        <translation>Speak more slowly</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="67"/>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="68"/>
        <source>Speak more quickly</source>
        <translation>Speak more quickly</translation>
    </message>
</context>
</TS>
