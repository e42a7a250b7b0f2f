<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="9"/>
        <source>Welcome. Touch the screen to start.</source>
        <translation>Welcome. Touch the screen to start.</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="33"/>
        <source>24-hour self-service for social insurance, civil affairs, household registration and more</source>
        <translation>24-hour self-service for social insurance, civil affairs, household registration and more</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="45"/>
        <source>Power cut: the terminal is running on battery. New services are paused until the power returns.</source>
        <translation>Power cut: the terminal is running on battery. New services are paused until the power returns.</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="51"/>
        <source>This terminal is out of service for now. Please go to the service counter, or come back later.</source>
        <translation>This terminal is out of service for now. Please go to the service counter, or come back later.</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="62"/>
        <location filename="../qml/screens/AttractScreen.qml" line="90"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../qml/screens/AttractScreen.qml" line="80"/>
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
        <location filename="../qml/screens/CatalogScreen.qml" line="140"/>
        <location filename="../qml/screens/CatalogScreen.qml" line="152"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/CatalogScreen.qml" line="119"/>
        <source>%n matter(s) in one application</source>
        <translation>
            <numerusform>%n matter in one application</numerusform>
            <numerusform>%n matters in one application</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificationCard</name>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="11"/>
        <source>Now place the elderly resident&apos;s own ID card on the reader, and choose how you are related.</source>
        <translation>Now place the elderly resident&apos;s own ID card on the reader, and choose how you are related.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="12"/>
        <source>Please place your ID card on the reader below the screen.</source>
        <translation>Please place your ID card on the reader below the screen.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="15"/>
        <source>The elderly resident&apos;s ID card</source>
        <translation>The elderly resident&apos;s ID card</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="16"/>
        <source>Place your own ID card on the reader (family member)</source>
        <translation>Place your own ID card on the reader (family member)</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="17"/>
        <source>Place your ID card on the reader</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="18"/>
        <source>Helping: %1</source>
        <translation>Helping: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="24"/>
        <source>You are helping an elderly family member. After your card, you place their card on the reader. The face photo must be theirs: they look at the camera themselves.</source>
        <translation>You are helping an elderly family member. After your card, you place their card on the reader. The face photo must be theirs: they look at the camera themselves.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="25"/>
        <source>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</source>
        <translation>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="30"/>
        <source>Take your card away and lay the elderly resident&apos;s card on the reader. If their card is not here, you can type their name and ID number instead.</source>
        <translation>Take your card away and lay the elderly resident&apos;s card on the reader. If their card is not here, you can type their name and ID number instead.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="42"/>
        <source>Card read. Now choose how you are related.</source>
        <translation>Card read. Now choose how you are related.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="42"/>
        <source>Waiting for the ID card…</source>
        <translation>Waiting for the ID card…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="47"/>
        <location filename="../qml/screens/CertificationCard.qml" line="48"/>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="49"/>
        <location filename="../qml/screens/CertificationCard.qml" line="50"/>
        <source>Their ID number</source>
        <translation>Their ID number</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="51"/>
        <source>You are their</source>
        <translation>You are their</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="71"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="78"/>
        <source>Read their card instead</source>
        <translation>Read their card instead</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="78"/>
        <source>Their card is not here</source>
        <translation>Their card is not here</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="85"/>
        <source>I am the pensioner</source>
        <translation>I am the pensioner</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="85"/>
        <source>I am helping a family member</source>
        <translation>I am helping a family member</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="86"/>
        <source>A family member may operate the screens; the face must be the pensioner&apos;s own</source>
        <translation>A family member may operate the screens; the face must be the pensioner&apos;s own</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="91"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationCard.qml" line="92"/>
        <source>Leave; nothing is kept</source>
        <translation>Leave; nothing is kept</translation>
    </message>
</context>
<context>
    <name>CertificationConsent</name>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="10"/>
        <source>To confirm you still receive your pension, the camera takes a photo of your face. It is sent, locked, to the social insurance office for this check only. Do you agree?</source>
        <translation>To confirm you still receive your pension, the camera takes a photo of your face. It is sent, locked, to the social insurance office for this check only. Do you agree?</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="16"/>
        <source>May we take a photo of your face?</source>
        <translation>May we take a photo of your face?</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="17"/>
        <source>Pensioner: %1</source>
        <translation>Pensioner: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="23"/>
        <source>Read this to me again</source>
        <translation>Read this to me again</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="23"/>
        <source>Read this to me</source>
        <translation>Read this to me</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="24"/>
        <source>Say the explanation again; this does not agree to anything</source>
        <translation>Say the explanation again; this does not agree to anything</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="39"/>
        <source>The camera takes a photo of the pensioner&apos;s face.</source>
        <translation>The camera takes a photo of the pensioner&apos;s face.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="44"/>
        <source>The photo is locked so that only the social insurance office can open it. It is used for this yearly check only, and this terminal deletes its copy as soon as the office has received it.</source>
        <translation>The photo is locked so that only the social insurance office can open it. It is used for this yearly check only, and this terminal deletes its copy as soon as the office has received it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="49"/>
        <source>You will be asked to blink and to turn your head slowly. Take your time.</source>
        <translation>You will be asked to blink and to turn your head slowly. Take your time.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="56"/>
        <source>If you do not agree, a member of staff can help you, or you can ask for someone to visit you at home.</source>
        <translation>If you do not agree, a member of staff can help you, or you can ask for someone to visit you at home.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="62"/>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationConsent.qml" line="67"/>
        <source>No, I do not agree</source>
        <translation>No, I do not agree</translation>
    </message>
</context>
<context>
    <name>CertificationFallback</name>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="7"/>
        <source>Choose: call a member of staff, or ask for a home visit.</source>
        <translation>Choose: call a member of staff, or ask for a home visit.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="10"/>
        <source>We can help you another way</source>
        <translation>We can help you another way</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="11"/>
        <source>Pensioner: %1</source>
        <translation>Pensioner: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="20"/>
        <source>A member of staff can do the check with you now. If the pensioner cannot come to the centre, staff can visit them at home.</source>
        <translation>A member of staff can do the check with you now. If the pensioner cannot come to the centre, staff can visit them at home.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="27"/>
        <source>Call a member of staff</source>
        <translation>Call a member of staff</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="32"/>
        <source>Ask for a home visit</source>
        <translation>Ask for a home visit</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationFallback.qml" line="37"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>CertificationLiveness</name>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="8"/>
        <source>Please blink your eyes</source>
        <translation>Please blink your eyes</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="9"/>
        <source>Please turn your head slowly to the left</source>
        <translation>Please turn your head slowly to the left</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="10"/>
        <source>Please turn your head slowly to the right</source>
        <translation>Please turn your head slowly to the right</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="13"/>
        <source>Look at the camera above the screen and press Start. Then do what the screen asks, slowly.</source>
        <translation>Look at the camera above the screen and press Start. Then do what the screen asks, slowly.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="16"/>
        <source>Look at the camera</source>
        <translation>Look at the camera</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="17"/>
        <source>Pensioner: %1</source>
        <translation>Pensioner: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="26"/>
        <source>Waiting to start</source>
        <translation>Waiting to start</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="84"/>
        <source>Looking for your face…</source>
        <translation>Looking for your face…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="84"/>
        <source>Press Start when you are ready</source>
        <translation>Press Start when you are ready</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="96"/>
        <source>The pensioner looks at the camera themselves. Only one face in the picture, please.</source>
        <translation>The pensioner looks at the camera themselves. Only one face in the picture, please.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="104"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="105"/>
        <source>Start the face check</source>
        <translation>Start the face check</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationLiveness.qml" line="111"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CertificationReceipt</name>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="9"/>
        <source>The certification has been submitted. You can check the result under Progress from %1.</source>
        <translation>The certification has been submitted. You can check the result under Progress from %1.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="12"/>
        <source>Certification submitted</source>
        <translation>Certification submitted</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="13"/>
        <source>Result can be checked from %1</source>
        <translation>Result can be checked from %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="37"/>
        <source>QR code to check the progress</source>
        <translation>QR code to check the progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="41"/>
        <source>Printing the receipt…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="41"/>
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="44"/>
        <source>How was this service?</source>
        <translation>How was this service?</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="49"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="50"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="51"/>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="52"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="53"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="60"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../qml/screens/CertificationReceipt.qml" line="61"/>
        <source>End without rating</source>
        <translation>End without rating</translation>
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
    <name>ComplaintsDone</name>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="7"/>
        <source>Thank you. Your complaint or suggestion has been recorded and will be passed to the department responsible.</source>
        <translation>Thank you. Your complaint or suggestion has been recorded and will be passed to the department responsible.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="9"/>
        <source>Thank you, it has been recorded</source>
        <translation>Thank you, it has been recorded</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="14"/>
        <source>Your complaint or suggestion has been saved at this terminal and will be passed to the department responsible, even if the network is down now.</source>
        <translation>Your complaint or suggestion has been saved at this terminal and will be passed to the department responsible, even if the network is down now.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="18"/>
        <source>If you left a phone number, staff will call you back. For anything urgent, call the 12345 hotline.</source>
        <translation>If you left a phone number, staff will call you back. For anything urgent, call the 12345 hotline.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml" line="25"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml"/>
        <source>Number: %1. Print the slip and scan it under Progress to read the answer.</source>
        <translation>Number: %1. Print the slip and scan it under Progress to read the answer.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsDone.qml"/>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="8"/>
        <source>Complaints and suggestions. Choose what it is about, write what happened, and leave a phone number or send it anonymously.</source>
        <translation>Complaints and suggestions. Choose what it is about, write what happened, and leave a phone number or send it anonymously.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="13"/>
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="14"/>
        <source>Every complaint is handled at once (有诉即办) and answered within the time limit.</source>
        <translation>Every complaint is handled at once (有诉即办) and answered within the time limit.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="16"/>
        <source>What is it about? *</source>
        <translation>What is it about? *</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="36"/>
        <source>What happened, or what do you suggest? *</source>
        <translation>What happened, or what do you suggest? *</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="45"/>
        <source>Write here with the on-screen keyboard (Pinyin or English)</source>
        <translation>Write here with the on-screen keyboard (Pinyin or English)</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="54"/>
        <source>What happened, or what do you suggest?</source>
        <translation>What happened, or what do you suggest?</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="55"/>
        <source>Press Enter to type on the on-screen keyboard with the arrow keys</source>
        <translation>Press Enter to type on the on-screen keyboard with the arrow keys</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="81"/>
        <source>Send it anonymously</source>
        <translation>Send it anonymously</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="82"/>
        <source>No name and no phone number are sent with it; nobody can call you back</source>
        <translation>No name and no phone number are sent with it; nobody can call you back</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="90"/>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="95"/>
        <source>Phone for the answer (optional)</source>
        <translation>Phone for the answer (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="107"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="108"/>
        <source>Send the complaint or suggestion</source>
        <translation>Send the complaint or suggestion</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="113"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/ComplaintsScreen.qml" line="114"/>
        <source>Leave; nothing is kept</source>
        <translation>Leave; nothing is kept</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="61"/>
        <source>%1 later</source>
        <translation>%1 later</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="75"/>
        <source>%1 earlier</source>
        <translation>%1 earlier</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="98"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="99"/>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="107"/>
        <source>−10</source>
        <translation>−10</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="108"/>
        <source>Ten years earlier</source>
        <translation>Ten years earlier</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="114"/>
        <source>+10</source>
        <translation>+10</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="115"/>
        <source>Ten years later</source>
        <translation>Ten years later</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="123"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="124"/>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="130"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="131"/>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="138"/>
        <source>Year %1, month %2, day %3</source>
        <translation>Year %1, month %2, day %3</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="148"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="149"/>
        <source>Close without changing the date</source>
        <translation>Close without changing the date</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="157"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/components/DatePicker.qml" line="158"/>
        <source>Use this date</source>
        <translation>Use this date</translation>
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
        <location filename="../qml/screens/GuideScreen.qml" line="138"/>
        <source>This service is handled at the service window. Please go to: %1</source>
        <translation>This service is handled at the service window. Please go to: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="139"/>
        <source>Printing the checklist…</source>
        <translation>Printing the checklist…</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="140"/>
        <source>The checklist has been printed: please take it.</source>
        <translation>The checklist has been printed: please take it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="141"/>
        <source>It cannot be printed here: the materials are listed below.</source>
        <translation>It cannot be printed here: the materials are listed below.</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="206"/>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="215"/>
        <source>Print the checklist (一次性告知单)</source>
        <translation>Print the checklist (一次性告知单)</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="216"/>
        <source>The materials to bring, the window, its hours and phone, on paper</source>
        <translation>The materials to bring, the window, its hours and phone, on paper</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="223"/>
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <location filename="../qml/screens/GuideScreen.qml" line="224"/>
        <source>Identify with your ID card and fill in one form</source>
        <translation>Identify with your ID card and fill in one form</translation>
    </message>
</context>
<context>
    <name>HandwritingPanel</name>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="76"/>
        <source>Pinyin keys</source>
        <translation>Pinyin keys</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="76"/>
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="103"/>
        <source>Writing box: write one Chinese character here with your finger</source>
        <translation>Writing box: write one Chinese character here with your finger</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="113"/>
        <source>Write one character here</source>
        <translation>Write one character here</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="178"/>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="194"/>
        <source>Rewrite</source>
        <translation>Rewrite</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="200"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/components/HandwritingPanel.qml" line="206"/>
        <source>Hide</source>
        <translation>Hide</translation>
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
        <location filename="../qml/screens/HomeScreen.qml" line="21"/>
        <source>Search services (Chinese or pinyin)</source>
        <translation>Search services (Chinese or pinyin)</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="29"/>
        <source>Pension check</source>
        <translation>Pension check</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="30"/>
        <source>The yearly pension eligibility certification, with your face</source>
        <translation>The yearly pension eligibility certification, with your face</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="38"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="39"/>
        <source>Staff visit someone who cannot come</source>
        <translation>Staff visit someone who cannot come</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="57"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="58"/>
        <source>Apply for a matter, read its guide</source>
        <translation>Apply for a matter, read its guide</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="66"/>
        <source>Check progress</source>
        <translation>Check progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="67"/>
        <source>With your ID card or receipt</source>
        <translation>With your ID card or receipt</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="75"/>
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="76"/>
        <source>Handled at once</source>
        <translation>Handled at once</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="84"/>
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="84"/>
        <source>Elderly mode</source>
        <translation>Elderly mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="85"/>
        <source>Back to normal print</source>
        <translation>Back to normal print</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="85"/>
        <source>Large print, voice, more time</source>
        <translation>Large print, voice, more time</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="94"/>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="102"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeScreen.qml" line="103"/>
        <source>Someone will come to help you</source>
        <translation>Someone will come to help you</translation>
    </message>
</context>
<context>
    <name>HomeVisitCard</name>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="11"/>
        <source>Now place the card of the person who needs the visit on the reader, or type their name and ID number.</source>
        <translation>Now place the card of the person who needs the visit on the reader, or type their name and ID number.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="12"/>
        <source>A home visit for someone who cannot come. First place your own ID card on the reader.</source>
        <translation>A home visit for someone who cannot come. First place your own ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="15"/>
        <source>Who needs the home visit?</source>
        <translation>Who needs the home visit?</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="15"/>
        <source>Home visit (上门服务): your ID card</source>
        <translation>Home visit (上门服务): your ID card</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="16"/>
        <source>Requested by: %1</source>
        <translation>Requested by: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="20"/>
        <source>Take your card away and place theirs on the reader. If their card is not here, type their name and ID number.</source>
        <translation>Take your card away and place theirs on the reader. If their card is not here, type their name and ID number.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="21"/>
        <source>For residents who are bedridden or cannot come to the centre: staff visit them at home, for the pension check or another matter.</source>
        <translation>For residents who are bedridden or cannot come to the centre: staff visit them at home, for the pension check or another matter.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="33"/>
        <source>Waiting for the ID card…</source>
        <translation>Waiting for the ID card…</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="38"/>
        <location filename="../qml/screens/HomeVisitCard.qml" line="39"/>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="40"/>
        <location filename="../qml/screens/HomeVisitCard.qml" line="41"/>
        <source>Their ID number</source>
        <translation>Their ID number</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="47"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="54"/>
        <source>Read their card instead</source>
        <translation>Read their card instead</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="54"/>
        <source>Their card is not here</source>
        <translation>Their card is not here</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="59"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitCard.qml" line="60"/>
        <source>Leave; nothing is kept</source>
        <translation>Leave; nothing is kept</translation>
    </message>
</context>
<context>
    <name>HomeVisitDetails</name>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="10"/>
        <source>Enter the address for the visit, a phone number staff can call, and what the visit is for.</source>
        <translation>Enter the address for the visit, a phone number staff can call, and what the visit is for.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="13"/>
        <source>Home visit details</source>
        <translation>Home visit details</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="14"/>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="15"/>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="16"/>
        <source>Address for the visit</source>
        <translation>Address for the visit</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="18"/>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="19"/>
        <source>Phone number staff can call</source>
        <translation>Phone number staff can call</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="21"/>
        <source>The visit is for</source>
        <translation>The visit is for</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="36"/>
        <source>You are their</source>
        <translation>You are their</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="52"/>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="53"/>
        <source>Anything staff should know (optional)</source>
        <translation>Anything staff should know (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="59"/>
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitDetails.qml" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HomeVisitReceipt</name>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="8"/>
        <source>The home-visit request has been sent. Staff will phone to agree a time. You can follow it under Progress.</source>
        <translation>The home-visit request has been sent. Staff will phone to agree a time. You can follow it under Progress.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="11"/>
        <source>Home visit requested</source>
        <translation>Home visit requested</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="12"/>
        <source>Staff will phone to agree a time</source>
        <translation>Staff will phone to agree a time</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="36"/>
        <source>QR code to check the progress</source>
        <translation>QR code to check the progress</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="40"/>
        <source>Printing the receipt…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="40"/>
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/HomeVisitReceipt.qml" line="49"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>JourneyController</name>
    <message>
        <location filename="../journey_controller.py" line="774"/>
        <source>The document camera is not working. Please call staff.</source>
        <translation>The document camera is not working. Please call staff.</translation>
    </message>
</context>
<context>
    <name>JourneyDone</name>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="8"/>
        <source>Please take your ID card and your receipt.</source>
        <translation>Please take your ID card and your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="9"/>
        <source>Your ID card is still on the reader. Please take your ID card and your receipt.</source>
        <translation>Your ID card is still on the reader. Please take your ID card and your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="10"/>
        <source>Your application is complete.</source>
        <translation>Your application is complete.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="18"/>
        <source>Application complete</source>
        <translation>Application complete</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="40"/>
        <source>Thank you. The terminal returns to the start once your card is taken.</source>
        <translation>Thank you. The terminal returns to the start once your card is taken.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="47"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyDone.qml" line="48"/>
        <source>Return to the start</source>
        <translation>Return to the start</translation>
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
        <location filename="../qml/screens/JourneyField.qml" line="20"/>
        <source>Touch to choose the date</source>
        <translation>Touch to choose the date</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="21"/>
        <source>Touch to type the phone number</source>
        <translation>Touch to type the phone number</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="22"/>
        <source>Touch to type the number</source>
        <translation>Touch to type the number</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="34"/>
        <source>Press Enter to type on the on-screen keyboard with the arrow keys</source>
        <translation>Press Enter to type on the on-screen keyboard with the arrow keys</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="35"/>
        <source>Press to open the date picker</source>
        <translation>Press to open the date picker</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyField.qml" line="35"/>
        <source>Press to open the number pad</source>
        <translation>Press to open the number pad</translation>
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
        <location filename="../qml/screens/JourneyForm.qml" line="35"/>
        <source>Fill in the application form</source>
        <translation>Fill in the application form</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="54"/>
        <source>Please correct these, then press Continue (touch one to go to it):</source>
        <translation>Please correct these, then press Continue (touch one to go to it):</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="64"/>
        <source>Go to this field</source>
        <translation>Go to this field</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="126"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="127"/>
        <source>Check the form and go on to the materials</source>
        <translation>Check the form and go on to the materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="132"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="133"/>
        <source>Leave this application; nothing is kept</source>
        <translation>Leave this application; nothing is kept</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="202"/>
        <source>Group and house number (optional)</source>
        <translation>Group and house number (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="212"/>
        <source>Type the address</source>
        <translation>Type the address</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="290"/>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyForm.qml" line="322"/>
        <source>Add an entry</source>
        <translation>Add an entry</translation>
    </message>
</context>
<context>
    <name>JourneyIdentify</name>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="11"/>
        <source>Your card has been read. You may also need: %1. Choose one, or continue.</source>
        <translation>Your card has been read. You may also need: %1. Choose one, or continue.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="12"/>
        <source>Please place your second-generation ID card on the reader below the screen.</source>
        <translation>Please place your second-generation ID card on the reader below the screen.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="14"/>
        <source>You may also need (您可能需要办理)</source>
        <translation>You may also need (您可能需要办理)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="15"/>
        <source>First place your own ID card on the reader</source>
        <translation>First place your own ID card on the reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="16"/>
        <source>Place the agent&apos;s ID card on the reader</source>
        <translation>Place the agent&apos;s ID card on the reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="16"/>
        <source>Place your ID card on the reader</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="20"/>
        <source>Your card has been read. Based on your age, these may be due. Nothing about this is saved.</source>
        <translation>Your card has been read. Based on your age, these may be due. Nothing about this is saved.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="47"/>
        <source>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</source>
        <translation>Lay the card flat on the reader below the screen and keep it there until you hear a beep.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="52"/>
        <source>You are helping a family member. After your card, place their ID card on the reader: nothing needs typing.</source>
        <translation>You are helping a family member. After your card, place their ID card on the reader: nothing needs typing.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="53"/>
        <source>You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.</source>
        <translation>You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="73"/>
        <source>Waiting for the ID card…</source>
        <translation>Waiting for the ID card…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="73"/>
        <source>Reading the ID card…</source>
        <translation>Reading the ID card…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="85"/>
        <source>I am helping a family member</source>
        <translation>I am helping a family member</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="86"/>
        <source>Chosen. Press again to apply for yourself</source>
        <translation>Chosen. Press again to apply for yourself</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="86"/>
        <source>Your ID card first, then theirs</source>
        <translation>Your ID card first, then theirs</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="87"/>
        <source>A family member applies for an elderly resident, with both ID cards</source>
        <translation>A family member applies for an elderly resident, with both ID cards</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="97"/>
        <source>Continue with %1</source>
        <translation>Continue with %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="102"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="103"/>
        <source>Leave this application; nothing is kept</source>
        <translation>Leave this application; nothing is kept</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="110"/>
        <source>Apply for myself</source>
        <translation>Apply for myself</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="110"/>
        <source>Apply for someone else</source>
        <translation>Apply for someone else</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyIdentify.qml" line="111"/>
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
        <location filename="../qml/screens/JourneyMaterials.qml" line="19"/>
        <source>Required, not handed in yet</source>
        <translation>Required, not handed in yet</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="24"/>
        <source>The document camera is not working.</source>
        <translation>The document camera is not working.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="25"/>
        <source>No page found: place the whole page under the camera.</source>
        <translation>No page found: place the whole page under the camera.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="26"/>
        <source>The picture is blurred: hold the page still and scan again.</source>
        <translation>The picture is blurred: hold the page still and scan again.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="27"/>
        <source>Too dark: move the page somewhere brighter and scan again.</source>
        <translation>Too dark: move the page somewhere brighter and scan again.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="29"/>
        <source>The page could not be read well (%1): please retake it.</source>
        <translation>The page could not be read well (%1): please retake it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="33"/>
        <source>Hand in the materials</source>
        <translation>Hand in the materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="34"/>
        <source>Only the materials this service asks for are listed.</source>
        <translation>Only the materials this service asks for are listed.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="47"/>
        <source>What the document camera sees</source>
        <translation>What the document camera sees</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="97"/>
        <source>You handed this in with application %1. It can be used again: no new copy is needed.</source>
        <translation>You handed this in with application %1. It can be used again: no new copy is needed.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="102"/>
        <source>Use the copy from %1</source>
        <translation>Use the copy from %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="103"/>
        <source>Use the copy held from your earlier application instead of handing in paper again</source>
        <translation>Use the copy held from your earlier application instead of handing in paper again</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="117"/>
        <source>Show the e-licence QR code on your phone to the scanner now, or type its details.</source>
        <translation>Show the e-licence QR code on your phone to the scanner now, or type its details.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="132"/>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="133"/>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="136"/>
        <source>Use these details</source>
        <translation>Use these details</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="150"/>
        <source>Taking the picture… hold the page still</source>
        <translation>Taking the picture… hold the page still</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="151"/>
        <source>Scan another page</source>
        <translation>Scan another page</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="151"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="153"/>
        <source>Place the page under the document camera first</source>
        <translation>Place the page under the document camera first</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="158"/>
        <source>Retake last page</source>
        <translation>Retake last page</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="164"/>
        <source>E-licence QR</source>
        <translation>E-licence QR</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="165"/>
        <source>Use an electronic licence instead of paper (免证办)</source>
        <translation>Use an electronic licence instead of paper (免证办)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="171"/>
        <source>Use the card just read</source>
        <translation>Use the card just read</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="177"/>
        <source>Hand in later (by %1)</source>
        <translation>Hand in later (by %1)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="178"/>
        <source>容缺: the application goes ahead; bring this material by the date shown</source>
        <translation>容缺: the application goes ahead; bring this material by the date shown</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="184"/>
        <source>Sign a commitment instead</source>
        <translation>Sign a commitment instead</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="185"/>
        <source>告知承诺: read the notice and the liability, then sign</source>
        <translation>告知承诺: read the notice and the liability, then sign</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="191"/>
        <source>Start this material again</source>
        <translation>Start this material again</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="200"/>
        <source>Notice (告知)</source>
        <translation>Notice (告知)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="202"/>
        <source>Liability (法律责任)</source>
        <translation>Liability (法律责任)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="211"/>
        <source>I have read it, I commit and sign</source>
        <translation>I have read it, I commit and sign</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="214"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="215"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="225"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="226"/>
        <source>All required materials handed in: go on to sign</source>
        <translation>All required materials handed in: go on to sign</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyMaterials.qml" line="229"/>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>JourneyProxy</name>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="12"/>
        <source>Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.</source>
        <translation>Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="13"/>
        <source>Their card has been read. Choose how you are related to them, then press Continue.</source>
        <translation>Their card has been read. Choose how you are related to them, then press Continue.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="14"/>
        <source>Now place your family member&apos;s ID card on the reader.</source>
        <translation>Now place your family member&apos;s ID card on the reader.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="22"/>
        <source>Applying for someone else (代办)</source>
        <translation>Applying for someone else (代办)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="22"/>
        <source>Helping a family member</source>
        <translation>Helping a family member</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="23"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="40"/>
        <source>Applying for: %1 (%2)</source>
        <translation>Applying for: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="41"/>
        <source>Take your own card off the reader and place your family member&apos;s ID card on it</source>
        <translation>Take your own card off the reader and place your family member&apos;s ID card on it</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="86"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="87"/>
        <source>Their name</source>
        <translation>Their name</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="89"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="90"/>
        <source>Their ID number</source>
        <translation>Their ID number</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="92"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="93"/>
        <source>Their phone</source>
        <translation>Their phone</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="52"/>
        <location filename="../qml/screens/JourneyProxy.qml" line="95"/>
        <source>You are their</source>
        <translation>You are their</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyProxy.qml" line="117"/>
        <source>Scan a letter of authorization if you have one (%n page(s) so far)</source>
        <translation>
            <numerusform>Scan a letter of authorization if you have one (%n page so far)</numerusform>
            <numerusform>Scan a letter of authorization if you have one (%n pages so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyProxy.qml" line="118"/>
        <source>Scan the letter of authorization (%n page(s) so far)</source>
        <translation>
            <numerusform>Scan the letter of authorization (%n page so far)</numerusform>
            <numerusform>Scan the letter of authorization (%n pages so far)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="125"/>
        <source>Their card is not here: type their details instead</source>
        <translation>Their card is not here: type their details instead</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="125"/>
        <source>Read their ID card instead</source>
        <translation>Read their ID card instead</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="134"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyProxy.qml" line="138"/>
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
        <location filename="../qml/screens/JourneyRate.qml" line="23"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="43"/>
        <source>Overall: one touch sends your rating</source>
        <translation>Overall: one touch sends your rating</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="66"/>
        <source>Please tell us why (required)</source>
        <translation>Please tell us why (required)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="85"/>
        <source>Anything else</source>
        <translation>Anything else</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="85"/>
        <source>Anything else (optional)</source>
        <translation>Anything else (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="86"/>
        <location filename="../qml/screens/JourneyRate.qml" line="86"/>
        <source>Phone for the follow-up (optional)</source>
        <translation>Phone for the follow-up (optional)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="94"/>
        <source>Submit rating</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="97"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyRate.qml" line="102"/>
        <source>Print the receipt again</source>
        <translation>Print the receipt again</translation>
    </message>
</context>
<context>
    <name>JourneyReceipt</name>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="8"/>
        <source>Please take your ID card and your receipt.</source>
        <translation>Please take your ID card and your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="9"/>
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="10"/>
        <source>Your application has been submitted.</source>
        <translation>Your application has been submitted.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="11"/>
        <source>Your application has been submitted. Please note the acceptance number on the screen.</source>
        <translation>Your application has been submitted. Please note the acceptance number on the screen.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="13"/>
        <source>Your application has been submitted</source>
        <translation>Your application has been submitted</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="17"/>
        <source>Acceptance number: %1</source>
        <translation>Acceptance number: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="26"/>
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="61"/>
        <source>Rate this service (the receipt stays until you go on)</source>
        <translation>Rate this service (the receipt stays until you go on)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="43"/>
        <source>QR code for checking the progress of this application</source>
        <translation>QR code for checking the progress of this application</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReceipt.qml" line="60"/>
        <source>Continue</source>
        <translation>Continue</translation>
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
        <location filename="../qml/screens/JourneyReview.qml" line="53"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="53"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="54"/>
        <source>Show or hide the full value to check it</source>
        <translation>Show or hide the full value to check it</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="76"/>
        <source> (made by this terminal, nothing to bring)</source>
        <translation> (made by this terminal, nothing to bring)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="94"/>
        <source>Print my copy</source>
        <translation>Print my copy</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="95"/>
        <source>Print this application form for your records</source>
        <translation>Print this application form for your records</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="102"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="103"/>
        <source>Printed: please take it.</source>
        <translation>Printed: please take it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="104"/>
        <source>It cannot be printed here: ask for a printed copy at the service window.</source>
        <translation>It cannot be printed here: ask for a printed copy at the service window.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="112"/>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/JourneyReview.qml" line="119"/>
        <source>scanned, %n page(s)</source>
        <translation>
            <numerusform>scanned, %n page</numerusform>
            <numerusform>scanned, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="120"/>
        <source>e-licence</source>
        <translation>e-licence</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="121"/>
        <source>earlier copy</source>
        <translation>earlier copy</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="122"/>
        <source>later (容缺) by %1</source>
        <translation>later (容缺) by %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="123"/>
        <source>commitment signed (告知承诺)</source>
        <translation>commitment signed (告知承诺)</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="125"/>
        <source>not handed in</source>
        <translation>not handed in</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="128"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="128"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="128"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="135"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="136"/>
        <source>Submit the application; it is saved on this terminal at once</source>
        <translation>Submit the application; it is saved on this terminal at once</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="139"/>
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="140"/>
        <source>Change materials</source>
        <translation>Change materials</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneyReview.qml" line="141"/>
        <source>Change the form</source>
        <translation>Change the form</translation>
    </message>
</context>
<context>
    <name>JourneySign</name>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="29"/>
        <source>Clear the signature pad to sign again</source>
        <translation>Clear the signature pad to sign again</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySign.qml" line="7"/>
        <source>Please sign your name in the box with your finger. With the keypad: press Up to reach the box, draw with the arrow keys, then press Enter.</source>
        <translation>Please sign your name in the box with your finger. With the keypad: press Up to reach the box, draw with the arrow keys, then press Enter.</translation>
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
        <location filename="../qml/screens/JourneySignPad.qml" line="39"/>
        <source>Signed. Continue keeps this signature; Clear lets you sign again.</source>
        <translation>Signed. Continue keeps this signature; Clear lets you sign again.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="38"/>
        <source>Not signed yet. Sign in this box with your finger.</source>
        <translation>Not signed yet. Sign in this box with your finger.</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="32"/>
        <source>Signature pad: sign with your finger, or draw with the arrow keys and press Enter</source>
        <translation>Signature pad: sign with your finger, or draw with the arrow keys and press Enter</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="52"/>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <location filename="../qml/screens/JourneySignPad.qml" line="52"/>
        <source>Draw with the arrow keys, then press Enter</source>
        <translation>Draw with the arrow keys, then press Enter</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../qml/components/Keyboard.qml" line="35"/>
        <source>Keyboard. Choose a key with the arrows and press Enter to type it. Choose Hide when you are done.</source>
        <translation>Keyboard. Choose a key with the arrows and press Enter to type it. Choose Hide when you are done.</translation>
    </message>
</context>
<context>
    <name>LeaveConfirm</name>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="34"/>
        <source>Leave this application? What you have entered will be cleared.</source>
        <translation>Leave this application? What you have entered will be cleared.</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="46"/>
        <source>Continue the application</source>
        <translation>Continue the application</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="47"/>
        <source>Stay here; nothing is cleared</source>
        <translation>Stay here; nothing is cleared</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="53"/>
        <source>Leave and clear</source>
        <translation>Leave and clear</translation>
    </message>
    <message>
        <location filename="../qml/components/LeaveConfirm.qml" line="54"/>
        <source>Everything entered for this application is forgotten</source>
        <translation>Everything entered for this application is forgotten</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="112"/>
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>Are you still there? Touch the screen to continue.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="128"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Main.qml" line="133"/>
        <source>For your privacy this session will be cleared in %n second(s).</source>
        <translation>
            <numerusform>For your privacy this session will be cleared in %n second.</numerusform>
            <numerusform>For your privacy this session will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="140"/>
        <source>Keep this session and carry on</source>
        <translation>Keep this session and carry on</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="155"/>
        <source>Staff have been called. Please stay at the terminal.</source>
        <translation>Staff have been called. Please stay at the terminal.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>Staff have been called</source>
        <translation>Staff have been called</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="173"/>
        <source>Please stay at the terminal. A member of staff will come to help you.</source>
        <translation>Please stay at the terminal. A member of staff will come to help you.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="179"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="205"/>
        <source>Power cut: the terminal is on battery. Please finish soon.</source>
        <translation>Power cut: the terminal is on battery. Please finish soon.</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="222"/>
        <source>The list of services may be out of date. Staff can confirm what you need to bring.</source>
        <translation>The list of services may be out of date. Staff can confirm what you need to bring.</translation>
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
        <location filename="../qml/screens/MattersScreen.qml" line="33"/>
        <source>Apply for all of these at once</source>
        <translation>Apply for all of these at once</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="34"/>
        <source>One application, one form and one set of materials for the whole life event</source>
        <translation>One application, one form and one set of materials for the whole life event</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54"/>
        <source>can be done at this terminal</source>
        <translation>can be done at this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="54"/>
        <source>done at the service window</source>
        <translation>done at the service window</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="68"/>
        <source>Time limit: %1</source>
        <translation>Time limit: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="68"/>
        <source>Fee charged</source>
        <translation>Fee charged</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="68"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="83"/>
        <source>At this terminal</source>
        <translation>At this terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/MattersScreen.qml" line="83"/>
        <source>At the window</source>
        <translation>At the window</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="112"/>
        <source>For an amount with jiao and fen, or part of a mu</source>
        <translation>For an amount with jiao and fen, or part of a mu</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="110"/>
        <source>Decimal point</source>
        <translation>Decimal point</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="74"/>
        <source>Typed so far: %1</source>
        <translation>Typed so far: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="74"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="100"/>
        <source>Show the previous letters</source>
        <translation>Show the previous letters</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="101"/>
        <source>The letter X, the last character of some ID numbers</source>
        <translation>The letter X, the last character of some ID numbers</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="108"/>
        <source>Show the next letters</source>
        <translation>Show the next letters</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="115"/>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="134"/>
        <source>Back to the digits</source>
        <translation>Back to the digits</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="135"/>
        <source>Letters, for the nationality letters a foreigner&apos;s number starts with</source>
        <translation>Letters, for the nationality letters a foreigner&apos;s number starts with</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="125"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="126"/>
        <source>Close the number pad without changing the field</source>
        <translation>Close the number pad without changing the field</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/components/NumberPad.qml" line="143"/>
        <source>Use this number</source>
        <translation>Use this number</translation>
    </message>
</context>
<context>
    <name>ProgressDetail</name>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="11"/>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="38"/>
        <source>Acceptance number</source>
        <translation>Acceptance number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="39"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="40"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="41"/>
        <source>Promised completion</source>
        <translation>Promised completion</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="42"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="62"/>
        <source>Printing the status slip…</source>
        <translation>Printing the status slip…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="63"/>
        <source>The status slip has been printed; please take it.</source>
        <translation>The status slip has been printed; please take it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="69"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="70"/>
        <source>Finish and clear this list</source>
        <translation>Finish and clear this list</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="76"/>
        <source>All my applications</source>
        <translation>All my applications</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="84"/>
        <source>Print a status slip</source>
        <translation>Print a status slip</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressDetail.qml" line="85"/>
        <source>Print the status of this application</source>
        <translation>Print the status of this application</translation>
    </message>
</context>
<context>
    <name>ProgressList</name>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="8"/>
        <source>Your applications are listed with their status. Touch one to see the details, or print a status slip.</source>
        <translation>Your applications are listed with their status. Touch one to see the details, or print a status slip.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="9"/>
        <source>No applications were found for this ID card at this terminal.</source>
        <translation>No applications were found for this ID card at this terminal.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="11"/>
        <source>Your applications</source>
        <translation>Your applications</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="12"/>
        <source>Applicant: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="19"/>
        <source>No applications were found for this ID card at this terminal. Applications made at a service window can be checked there or by calling 12345.</source>
        <translation>No applications were found for this ID card at this terminal. Applications made at a service window can be checked there or by calling 12345.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="31"/>
        <source>Acceptance number %1, submitted %2</source>
        <translation>Acceptance number %1, submitted %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="51"/>
        <source>Acceptance number: %1</source>
        <translation>Acceptance number: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="52"/>
        <source>Submitted: %1</source>
        <translation>Submitted: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="53"/>
        <source>Promised by: %1</source>
        <translation>Promised by: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="66"/>
        <source>Printing the status slip…</source>
        <translation>Printing the status slip…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="67"/>
        <source>The status slip has been printed; please take it.</source>
        <translation>The status slip has been printed; please take it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="74"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="75"/>
        <source>Finish and clear this list</source>
        <translation>Finish and clear this list</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="82"/>
        <source>Print a status slip</source>
        <translation>Print a status slip</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressList.qml" line="83"/>
        <source>Print the statuses of all the applications listed</source>
        <translation>Print the statuses of all the applications listed</translation>
    </message>
</context>
<context>
    <name>ProgressNumber</name>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="9" />
        <source>Type the acceptance number printed on your receipt, then the last 4 digits of the phone number you gave when you applied.</source>
        <translation>Type the acceptance number printed on your receipt, then the last 4 digits of the phone number you gave when you applied.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="46" />
        <source>Check by acceptance number</source>
        <translation>Check by acceptance number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="61" />
        <source>Finds applications made at any terminal. The number and the digits are sent to the government service platform only to find your application.</source>
        <translation>Finds applications made at any terminal. The number and the digits are sent to the government service platform only to find your application.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="68" />
        <source>Acceptance number</source>
        <translation>Acceptance number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="70" />
        <source>Touch to type the acceptance number</source>
        <translation>Touch to type the acceptance number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="78" />
        <location filename="../qml/screens/ProgressNumber.qml" line="119" />
        <source>Last 4 digits of your phone</source>
        <translation>Last 4 digits of your phone</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="80" />
        <source>Touch to type the last 4 digits of your phone number</source>
        <translation>Touch to type the last 4 digits of your phone number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="89" />
        <source>Asking the government service platform…</source>
        <translation>Asking the government service platform…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="118" />
        <source>Acceptance number (letters with ABC)</source>
        <translation>Acceptance number (letters with ABC)</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="100" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="101" />
        <source>Find the application with this number and these digits</source>
        <translation>Find the application with this number and these digits</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="106" />
        <source>Other ways to check</source>
        <translation>Other ways to check</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressNumber.qml" line="107" />
        <source>Back to the ways of checking progress</source>
        <translation>Back to the ways of checking progress</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="9" />
        <source>Check progress. Place your ID card on the reader, or hold the QR code on your receipt under the scanner, or type the acceptance number.</source>
        <translation>Check progress. Place your ID card on the reader, or hold the QR code on your receipt under the scanner, or type the acceptance number.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="11" />
        <source>Check the progress of your applications</source>
        <translation>Check the progress of your applications</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="12" />
        <source>Only your own applications are shown, and they are cleared when you finish.</source>
        <translation>Only your own applications are shown, and they are cleared when you finish.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="16" />
        <source>With your ID card</source>
        <translation>With your ID card</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="17" />
        <source>Lay your second-generation ID card flat on the reader below the screen. All your applications made at this terminal are listed.</source>
        <translation>Lay your second-generation ID card flat on the reader below the screen. All your applications made at this terminal are listed.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="18" />
        <source>With your receipt</source>
        <translation>With your receipt</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="19" />
        <source>Hold the QR code printed on your receipt under the scanner. That application is shown.</source>
        <translation>Hold the QR code printed on your receipt under the scanner. That application is shown.</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="56" />
        <source>Waiting for your ID card or receipt…</source>
        <translation>Waiting for your ID card or receipt…</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="64" />
        <source>Type the acceptance number</source>
        <translation>Type the acceptance number</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="65" />
        <source>With the last 4 digits of your phone; finds applications made at any terminal</source>
        <translation>With the last 4 digits of your phone; finds applications made at any terminal</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="71" />
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../qml/screens/ProgressScreen.qml" line="72" />
        <source>Leave without checking</source>
        <translation>Leave without checking</translation>
    </message>
</context>
<context>
    <name>QueryPrintCard</name>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="9"/>
        <source>Looking up your record on the government service platform. Please wait.</source>
        <translation>Looking up your record on the government service platform. Please wait.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="10"/>
        <source>Place your ID card on the reader to look up your record.</source>
        <translation>Place your ID card on the reader to look up your record.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="15"/>
        <source>Query and print</source>
        <translation>Query and print</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="16"/>
        <source>Looking up the record of %1</source>
        <translation>Looking up the record of %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="16"/>
        <source>Query and print: your ID card</source>
        <translation>Query and print: your ID card</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="19"/>
        <source>The document is printed here on A4 paper, with the department&apos;s electronic seal and a QR code that anyone can scan to check it.</source>
        <translation>The document is printed here on A4 paper, with the department&apos;s electronic seal and a QR code that anyone can scan to check it.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="40"/>
        <source>Asking the platform…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="40"/>
        <source>Waiting for the ID card…</source>
        <translation>Waiting for the ID card…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="49"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintCard.qml" line="50"/>
        <source>Leave; nothing is kept</source>
        <translation>Leave; nothing is kept</translation>
    </message>
</context>
<context>
    <name>QueryPrintDone</name>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="52"/>
        <source>Query and print</source>
        <translation>Query and print</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="17"/>
        <source>Please take your document</source>
        <translation>Please take your document</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="18"/>
        <source>Your request is kept</source>
        <translation>Your request is kept</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="19"/>
        <source>Not printed yet</source>
        <translation>Not printed yet</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="19"/>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="42"/>
        <source>Scan the QR code on the paper to check it on the platform&apos;s website.</source>
        <translation>Scan the QR code on the paper to check it on the platform&apos;s website.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintDone.qml" line="49"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>QueryPrintFace</name>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>This record is released only to its holder. If you agree, look at the camera above the screen, press Yes, and blink when asked.</source>
        <translation>This record is released only to its holder. If you agree, look at the camera above the screen, press Yes, and blink when asked.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Face check before your record is shown</source>
        <translation>Face check before your record is shown</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>A live check at the camera, here and now, that the card holder is the one at the screen. The picture is not kept.</source>
        <translation>A live check at the camera, here and now, that the card holder is the one at the screen. The picture is not kept.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Without the face check, the service window prints this record for you.</source>
        <translation>Without the face check, the service window prints this record for you.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>You may also go on without the face check.</source>
        <translation>You may also go on without the face check.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Looking for your face…</source>
        <translation>Looking for your face…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Yes, check my face</source>
        <translation>Yes, check my face</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>No, I will go to the window</source>
        <translation>No, I will go to the window</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintFace.qml" line="1"/>
        <source>Go on without it</source>
        <translation>Go on without it</translation>
    </message>
</context>
<context>
    <name>QueryPrintOffline</name>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="10"/>
        <source>The government service platform cannot be reached just now, so your record cannot be looked up. You can leave your request: it is printed at this terminal, or mailed to you, when the platform answers.</source>
        <translation>The government service platform cannot be reached just now, so your record cannot be looked up. You can leave your request: it is printed at this terminal, or mailed to you, when the platform answers.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="11"/>
        <source>The government service platform cannot be reached just now, so your record cannot be looked up. Please ask at the service window.</source>
        <translation>The government service platform cannot be reached just now, so your record cannot be looked up. Please ask at the service window.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="16"/>
        <source>No connection to the platform</source>
        <translation>No connection to the platform</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="28"/>
        <source>Printed here: come back and take it from the A4 printer. Mailed: it goes by post to the address the platform holds for you.</source>
        <translation>Printed here: come back and take it from the A4 printer. Mailed: it goes by post to the address the platform holds for you.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="29"/>
        <source>Printed here: come back and take it from the A4 printer.</source>
        <translation>Printed here: come back and take it from the A4 printer.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="37"/>
        <source>Print it here later</source>
        <translation>Print it here later</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="38"/>
        <source>When the platform answers</source>
        <translation>When the platform answers</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="44"/>
        <source>Mail it to me</source>
        <translation>Mail it to me</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="45"/>
        <source>By post, when the platform answers</source>
        <translation>By post, when the platform answers</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="50"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintOffline.qml" line="51"/>
        <source>Nothing is kept</source>
        <translation>Nothing is kept</translation>
    </message>
</context>
<context>
    <name>QueryPrintPreview</name>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="18"/>
        <source>Your document: %1 This terminal has no A4 printer: press Mail it to me to have it posted.</source>
        <translation>Your document: %1 This terminal has no A4 printer: press Mail it to me to have it posted.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="114"/>
        <source>Mail it to me</source>
        <translation>Mail it to me</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="114"/>
        <source>This terminal has no A4 printer</source>
        <translation>This terminal has no A4 printer</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="15"/>
        <source>Printing your document on A4 paper. Please wait.</source>
        <translation>Printing your document on A4 paper. Please wait.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="16"/>
        <source>Your document: %1 Check it, then press Print.</source>
        <translation>Your document: %1 Check it, then press Print.</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="22"/>
        <source>No. %1, issued by %2 on %3</source>
        <translation>No. %1, issued by %2 on %3</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="53"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="61"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="66"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="71"/>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="71"/>
        <source>Enlarge</source>
        <translation>Enlarge</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="99"/>
        <source>Page %1 of the document</source>
        <translation>Page %1 of the document</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="108"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="108"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="109"/>
        <source>On A4 paper, here</source>
        <translation>On A4 paper, here</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="115"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/QueryPrintPreview.qml" line="116"/>
        <source>Leave without printing</source>
        <translation>Leave without printing</translation>
    </message>
</context>
<context>
    <name>ReaderPicture</name>
    <message>
        <location filename="../qml/components/ReaderPicture.qml" line="12"/>
        <source>The ID card reader is below the screen</source>
        <translation>The ID card reader is below the screen</translation>
    </message>
    <message>
        <location filename="../qml/components/ReaderPicture.qml" line="36"/>
        <source>Reader</source>
        <translation>Reader</translation>
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
        <location filename="../qml/screens/SearchScreen.qml" line="40"/>
        <source>Press Enter to type on the on-screen keyboard with the arrow keys</source>
        <translation>Press Enter to type on the on-screen keyboard with the arrow keys</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="49"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/SearchScreen.qml" line="56"/>
        <source>Nothing found for &quot;%1&quot;. Try fewer characters, pinyin, or browse by topic.</source>
        <translation>Nothing found for &quot;%1&quot;. Try fewer characters, pinyin, or browse by topic.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../qml/components/StepIndicator.qml" line="16"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>TechDevice</name>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="15"/>
        <source>%1: run the self-test or the device&apos;s own test; its raw traffic is listed below.</source>
        <translation>%1: run the self-test or the device&apos;s own test; its raw traffic is listed below.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="19"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="19"/>
        <source>not driven by this kiosk</source>
        <translation>not driven by this kiosk</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="29"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="29"/>
        <source>Run self-test</source>
        <translation>Run self-test</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="38"/>
        <source>Self-test could not run: %1</source>
        <translation>Self-test could not run: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="39"/>
        <source>Passed: %1</source>
        <translation>Passed: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="39"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="59"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="59"/>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="69"/>
        <source>Test page printed (%1)</source>
        <translation>Test page printed (%1)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="69"/>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="89"/>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="99"/>
        <source>Focus (sharpness)</source>
        <translation>Focus (sharpness)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="99"/>
        <source>%1 (at least %2 is sharp)</source>
        <translation>%1 (at least %2 is sharp)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="104"/>
        <source>Brightness (mean grey 0–255)</source>
        <translation>Brightness (mean grey 0–255)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="108"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="114"/>
        <source>Sharp and bright enough</source>
        <translation>Sharp and bright enough</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="115"/>
        <source>Too dark: check the light and the lens</source>
        <translation>Too dark: check the light and the lens</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="116"/>
        <source>Blurred: check the focus and the lens</source>
        <translation>Blurred: check the focus and the lens</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="117"/>
        <source>No picture: %1</source>
        <translation>No picture: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="126"/>
        <source>Scan any code: what the scanner reads is shown here.</source>
        <translation>Scan any code: what the scanner reads is shown here.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="131"/>
        <source>Unreadable scan: %1</source>
        <translation>Unreadable scan: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="132"/>
        <source>A technician code (not shown)</source>
        <translation>A technician code (not shown)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="133"/>
        <location filename="../qml/screens/TechDevice.qml" line="153"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="133"/>
        <source>Nothing scanned yet</source>
        <translation>Nothing scanned yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechDevice.qml" line="139"/>
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n character</numerusform>
            <numerusform>%1, %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="147"/>
        <source>Place any ID card on the reader: the read is shown masked and not kept.</source>
        <translation>Place any ID card on the reader: the read is shown masked and not kept.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="152"/>
        <source>Card could not be read: %1</source>
        <translation>Card could not be read: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="154"/>
        <source>No card read yet</source>
        <translation>No card read yet</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="160"/>
        <source>Card type %1; valid to %2; check digit %3</source>
        <translation>Card type %1; valid to %2; check digit %3</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="160"/>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="161"/>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="161"/>
        <source>WRONG</source>
        <translation>WRONG</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="167"/>
        <source>Raw traffic (newest last, personal data removed)</source>
        <translation>Raw traffic (newest last, personal data removed)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechDevice.qml" line="193"/>
        <source>No traffic yet</source>
        <translation>No traffic yet</translation>
    </message>
</context>
<context>
    <name>TechExport</name>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="9"/>
        <source>Export a diagnostics bundle to the USB stick. Personal data is replaced by tokens.</source>
        <translation>Export a diagnostics bundle to the USB stick. Personal data is replaced by tokens.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="12"/>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="15"/>
        <source>The bundle holds the configuration without secrets, versions, device states and self-tests, the queue summary and recent logs. ID numbers, phone numbers and names are replaced by tokens.</source>
        <translation>The bundle holds the configuration without secrets, versions, device states and self-tests, the queue summary and recent logs. ID numbers, phone numbers and names are replaced by tokens.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="22"/>
        <source>Saves to</source>
        <translation>Saves to</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="28"/>
        <source>%1: saved on the terminal instead.</source>
        <translation>%1: saved on the terminal instead.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="36"/>
        <source>Writing the bundle (devices are self-tested first)…</source>
        <translation>Writing the bundle (devices are self-tested first)…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="37"/>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="38"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="46"/>
        <source>Export now</source>
        <translation>Export now</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Sync by USB stick</source>
        <translation>Sync by USB stick</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>This terminal is not enrolled: there is nothing to carry.</source>
        <translation>This terminal is not enrolled: there is nothing to carry.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Write the queue to the stick for the platform (sealed: only the platform can read it). The platform&apos;s answers on the stick: %1.</source>
        <translation>Write the queue to the stick for the platform (sealed: only the platform can read it). The platform&apos;s answers on the stick: %1.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Write the queue to the stick</source>
        <translation>Write the queue to the stick</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Read the platform&apos;s answers</source>
        <translation>Read the platform&apos;s answers</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Written to %3 (applications: %1, other items: %2)</source>
        <translation>Written to %3 (applications: %1, other items: %2)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechExport.qml" line="40"/>
        <source>Acknowledged by the platform: %1; status changes applied: %2</source>
        <translation>Acknowledged by the platform: %1; status changes applied: %2</translation>
    </message>
</context>
<context>
    <name>TechFrame</name>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="21"/>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="22"/>
        <source>QR scanner</source>
        <translation>QR scanner</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="23"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="24"/>
        <source>Document camera</source>
        <translation>Document camera</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="25"/>
        <source>Face camera</source>
        <translation>Face camera</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="31"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="32"/>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="33"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="41"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="42"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="43"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="44"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechFrame.qml" line="45"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="48"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="49"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="50"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="51"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechFrame.qml" line="75"/>
        <source>Attention: %1</source>
        <translation>Attention: %1</translation>
    </message>
</context>
<context>
    <name>TechOverview</name>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="8"/>
        <source>Technician mode. Device states are listed; choose a device or a check.</source>
        <translation>Technician mode. Device states are listed; choose a device or a check.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="11"/>
        <source>Technician mode</source>
        <translation>Technician mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="12"/>
        <source>Terminal %1 · signed in as %2</source>
        <translation>Terminal %1 · signed in as %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="59"/>
        <source>No devices are driven by this kiosk (or they are still starting).</source>
        <translation>No devices are driven by this kiosk (or they are still starting).</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="65"/>
        <source>Leave technician mode</source>
        <translation>Leave technician mode</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="66"/>
        <source>Sign out and clear everything, as at the end of a session</source>
        <translation>Sign out and clear everything, as at the end of a session</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="69"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="69"/>
        <source>Export a diagnostics bundle</source>
        <translation>Export a diagnostics bundle</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="70"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="70"/>
        <source>Software and catalog versions, recent errors</source>
        <translation>Software and catalog versions, recent errors</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="71"/>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechOverview.qml" line="75"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>TechPin</name>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="9"/>
        <source>Too many wrong attempts. Technician sign-in is locked for a while.</source>
        <translation>Too many wrong attempts. Technician sign-in is locked for a while.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="10"/>
        <source>Enter the technician PIN, then press Sign in.</source>
        <translation>Enter the technician PIN, then press Sign in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechPin.qml" line="14"/>
        <location filename="../qml/screens/TechPin.qml" line="15"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechPin.qml" line="14"/>
        <location filename="../qml/screens/TechPin.qml" line="16"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="19"/>
        <source>Too many wrong attempts. Technician sign-in is locked; try again in %1.</source>
        <translation>Too many wrong attempts. Technician sign-in is locked; try again in %1.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="23"/>
        <source>Wrong PIN. Present the technician card or code again, then enter the PIN.</source>
        <translation>Wrong PIN. Present the technician card or code again, then enter the PIN.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="24"/>
        <source>No technician PIN is set on this terminal (kiosk ops tech-pin).</source>
        <translation>No technician PIN is set on this terminal (kiosk ops tech-pin).</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="25"/>
        <source>Too slow: present the technician card or code again.</source>
        <translation>Too slow: present the technician card or code again.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="26"/>
        <source>This technician code is not accepted here (expired, another terminal, or not signed by a trusted key).</source>
        <translation>This technician code is not accepted here (expired, another terminal, or not signed by a trusted key).</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="28"/>
        <source>Present the technician card or code.</source>
        <translation>Present the technician card or code.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="45"/>
        <source>Technician sign-in</source>
        <translation>Technician sign-in</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechPin.qml" line="62"/>
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>PIN, %n digit entered</numerusform>
            <numerusform>PIN, %n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="77"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="83"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="84"/>
        <source>Leave technician sign-in</source>
        <translation>Leave technician sign-in</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="106"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="106"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechPin.qml" line="107"/>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>TechSoftware</name>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="10"/>
        <source>Software and catalog versions, and the recent errors from the log.</source>
        <translation>Software and catalog versions, and the recent errors from the log.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="13"/>
        <source>Software and errors</source>
        <translation>Software and errors</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="14"/>
        <source>Kiosk software</source>
        <translation>Kiosk software</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="15"/>
        <source>Service catalog</source>
        <translation>Service catalog</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="15"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="26"/>
        <source>Unclean exits (crashes)</source>
        <translation>Unclean exits (crashes)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="27"/>
        <source>, last %1</source>
        <translation>, last %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="35"/>
        <source>on mains</source>
        <translation>on mains</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="36"/>
        <source>ON BATTERY</source>
        <translation>ON BATTERY</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="37"/>
        <source>BATTERY LOW</source>
        <translation>BATTERY LOW</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="39"/>
        <source>not answering</source>
        <translation>not answering</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="42"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="42"/>
        <source>none configured</source>
        <translation>none configured</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="43"/>
        <source>no reading yet</source>
        <translation>no reading yet</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="44"/>
        <source>, battery %1%</source>
        <translation>, battery %1%</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="45"/>
        <source>, about %1 min left</source>
        <translation>, about %1 min left</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="48"/>
        <source>Recent warnings and errors (newest first)</source>
        <translation>Recent warnings and errors (newest first)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="54"/>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="54"/>
        <source>None in the recent log.</source>
        <translation>None in the recent log.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSoftware.qml" line="83"/>
        <source>Read the log again</source>
        <translation>Read the log again</translation>
    </message>
</context>
<context>
    <name>TechStorage</name>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="10"/>
        <source>Storage: free disk, database size and the database check.</source>
        <translation>Storage: free disk, database size and the database check.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="13"/>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="17"/>
        <source>Free disk</source>
        <translation>Free disk</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="17"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="22"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="22"/>
        <source>%1 (journal %2)</source>
        <translation>%1 (journal %2)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="30"/>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="30"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="31"/>
        <source>passed (ok)</source>
        <translation>passed (ok)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="31"/>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="36"/>
        <source>The store started normally.</source>
        <translation>The store started normally.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechStorage.qml" line="43"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>TechSync</name>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="10"/>
        <source>Sync state: items waiting, the oldest, the last success and the upload window.</source>
        <translation>Sync state: items waiting, the oldest, the last success and the upload window.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="13"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="16"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="16"/>
        <source>not configured: everything stays queued</source>
        <translation>not configured: everything stays queued</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="17"/>
        <source>configured, terminal enrolled</source>
        <translation>configured, terminal enrolled</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="17"/>
        <source>configured, terminal not enrolled</source>
        <translation>configured, terminal not enrolled</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="22"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/screens/TechSync.qml" line="22"/>
        <location filename="../qml/screens/TechSync.qml" line="31"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="26"/>
        <source>Oldest waiting item</source>
        <translation>Oldest waiting item</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="26"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="31"/>
        <source>Needing attention</source>
        <translation>Needing attention</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="36"/>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="40"/>
        <source>Upload window</source>
        <translation>Upload window</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="40"/>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="41"/>
        <source>open now (%1)</source>
        <translation>open now (%1)</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="42"/>
        <source>closed now; windows %1</source>
        <translation>closed now; windows %1</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>Settings in force</source>
        <translation>Settings in force</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>a pass every %1 s, request timeout %2 s, %3, sealed data kept %4 days</source>
        <translation>a pass every %1 s, request timeout %2 s, %3, sealed data kept %4 days</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>cap %1 kB/s</source>
        <translation>cap %1 kB/s</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="45"/>
        <source>no bandwidth cap</source>
        <translation>no bandwidth cap</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="49"/>
        <source>Syncing now…</source>
        <translation>Syncing now…</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="50"/>
        <source>Sync pass finished.</source>
        <translation>Sync pass finished.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="51"/>
        <source>Sync asked to run now.</source>
        <translation>Sync asked to run now.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="52"/>
        <source>No platform is configured: nothing to sync with.</source>
        <translation>No platform is configured: nothing to sync with.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="53"/>
        <source>Still syncing; the state above updates by itself.</source>
        <translation>Still syncing; the state above updates by itself.</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="61"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/screens/TechSync.qml" line="62"/>
        <source>Send everything waiting now, outside the upload window</source>
        <translation>Send everything waiting now, outside the upload window</translation>
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
        <location filename="../qml/components/TopBar.qml" line="60"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="63"/>
        <source>End and clear this session</source>
        <translation>End and clear this session</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="69"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="70"/>
        <source>Ask a member of staff to come and help</source>
        <translation>Ask a member of staff to come and help</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="50"/>
        <source>Voice settings</source>
        <translation>Voice settings</translation>
    </message>
    <message>
        <location filename="../qml/components/VoiceBar.qml" line="50"/>
        <source>Repeat, stop, volume and pace of the voice</source>
        <translation>Repeat, stop, volume and pace of the voice</translation>
    </message>
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
<context>
    <name>style</name>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="121"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="124"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="126"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="128"/>
        <source>Capitals</source>
        <translation>Capitals</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="131"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="133"/>
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <location filename="../qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk/style.qml" line="143"/>
        <source>Handwriting</source>
        <translation>Handwriting</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>card_read_failed</source>
        <translation>The ID card could not be read. Please lay it flat on the reader and try again.</translation>
    </message>
    <message>
        <source>card_removed</source>
        <translation>The card was taken away too early. Please put it back and wait for the beep.</translation>
    </message>
    <message>
        <source>reader_offline</source>
        <translation>The card reader is not working. Please call a member of staff.</translation>
    </message>
    <message>
        <source>card_expired</source>
        <translation>This ID card expired on {valid_to}. Please use a valid card or go to a service window.</translation>
    </message>
    <message>
        <source>card_not_yet_valid</source>
        <translation>This ID card is not valid yet. Please go to a service window.</translation>
    </message>
    <message>
        <source>card_check_digit</source>
        <translation>The ID number on the card did not pass its check. Please try again or go to a service window.</translation>
    </message>
    <message>
        <source>card_data_incomplete</source>
        <translation>Some information on the card could not be read. Please try again.</translation>
    </message>
    <message>
        <source>not_at_terminal</source>
        <translation>This matter cannot be handled at the terminal. Please go to: {where}</translation>
    </message>
    <message>
        <source>unknown_matter</source>
        <translation>This matter was not found.</translation>
    </message>
    <message>
        <source>proxy_not_allowed</source>
        <translation>This matter must be handled in person, not by an agent.</translation>
    </message>
    <message>
        <source>wrong_step</source>
        <translation>Please finish the current step first.</translation>
    </message>
    <message>
        <source>journey_wiped</source>
        <translation>This session has ended and its information was cleared.</translation>
    </message>
    <message>
        <source>materials_incomplete</source>
        <translation>{count} required material(s) still missing.</translation>
    </message>
    <message>
        <source>form_invalid</source>
        <translation>{count} item(s) on the form need attention.</translation>
    </message>
    <message>
        <source>signature_missing</source>
        <translation>Please sign first.</translation>
    </message>
    <message>
        <source>submit_failed</source>
        <translation>Submission failed and nothing was saved. Please try again or call staff.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <source>unknown_field</source>
        <translation>This item is not on the form.</translation>
    </message>
    <message>
        <source>invalid_value</source>
        <translation>This value is not in the right format.</translation>
    </message>
    <message>
        <source>invalid_characters</source>
        <translation>Contains characters that cannot be used.</translation>
    </message>
    <message>
        <source>too_short</source>
        <translation>Enter at least {min} characters.</translation>
    </message>
    <message>
        <source>too_long</source>
        <translation>Enter at most {max} characters.</translation>
    </message>
    <message>
        <source>pattern_mismatch</source>
        <translation>The format is not right.</translation>
    </message>
    <message>
        <source>not_a_number</source>
        <translation>Please enter a number.</translation>
    </message>
    <message>
        <source>number_too_small</source>
        <translation>Must be at least {min}.</translation>
    </message>
    <message>
        <source>number_too_large</source>
        <translation>Must be at most {max}.</translation>
    </message>
    <message>
        <source>invalid_date</source>
        <translation>Please choose a valid date.</translation>
    </message>
    <message>
        <source>date_out_of_range</source>
        <translation>The date must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>invalid_choice</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>too_few_choices</source>
        <translation>Choose at least {min}.</translation>
    </message>
    <message>
        <source>too_many_choices</source>
        <translation>Choose at most {max}.</translation>
    </message>
    <message>
        <source>duplicate_choice</source>
        <translation>The same option was chosen twice.</translation>
    </message>
    <message>
        <source>invalid_phone</source>
        <translation>Please enter a valid mobile or landline number.</translation>
    </message>
    <message>
        <source>invalid_id_number</source>
        <translation>An ID number has 18 characters.</translation>
    </message>
    <message>
        <source>id_check_digit</source>
        <translation>This ID number is not right; please check it (the last character does not match).</translation>
    </message>
    <message>
        <source>id_birth_date</source>
        <translation>The date of birth inside this ID number is not valid.</translation>
    </message>
    <message>
        <source>too_few_items</source>
        <translation>Add at least {min} entries.</translation>
    </message>
    <message>
        <source>too_many_items</source>
        <translation>Add at most {max} entries.</translation>
    </message>
    <message>
        <source>unknown_material</source>
        <translation>This matter does not ask for this material.</translation>
    </message>
    <message>
        <source>address.same_as_card</source>
        <translation>Same as the address on my ID card</translation>
    </message>
    <message>
        <source>address.other</source>
        <translation>Another address (type it)</translation>
    </message>
    <message>
        <source>material_not_asked</source>
        <translation>You need not hand this in: the terminal makes it, or the office gets it from another department.</translation>
    </message>
    <message>
        <source>duplicate_application</source>
        <translation>You already applied for this matter today (acceptance number {acceptance_no}). You can still go on if you need to apply again.</translation>
    </message>
    <message>
        <source>no_pages</source>
        <translation>Please scan at least one page.</translation>
    </message>
    <message>
        <source>too_many_pages</source>
        <translation>At most {max} pages.</translation>
    </message>
    <message>
        <source>page_quality</source>
        <translation>This page is not clear enough; please scan it again.</translation>
    </message>
    <message>
        <source>elicense_not_accepted</source>
        <translation>This e-licence type cannot replace this material.</translation>
    </message>
    <message>
        <source>elicense_invalid</source>
        <translation>The e-licence code could not be read; please show it again.</translation>
    </message>
    <message>
        <source>not_deferrable</source>
        <translation>This material cannot be handed in later.</translation>
    </message>
    <message>
        <source>due_date_too_late</source>
        <translation>The due date cannot be after the promised completion date {latest}.</translation>
    </message>
    <message>
        <source>due_date_past</source>
        <translation>The due date must be after today.</translation>
    </message>
    <message>
        <source>commitment_not_allowed</source>
        <translation>This material cannot be replaced by a written commitment.</translation>
    </message>
    <message>
        <source>commitment_not_confirmed</source>
        <translation>Please read and confirm the commitment and the liability.</translation>
    </message>
    <message>
        <source>reuse_not_found</source>
        <translation>No earlier copy of this material was found.</translation>
    </message>
    <message>
        <source>card_read_not_usable</source>
        <translation>When applying for someone else, reading your own card cannot replace theirs.</translation>
    </message>
    <message>
        <source>principal_is_agent</source>
        <translation>The person you apply for cannot be yourself.</translation>
    </message>
    <message>
        <source>invalid_relationship</source>
        <translation>Please choose how you are related.</translation>
    </message>
    <message>
        <source>authorization_missing</source>
        <translation>Please hand in the letter of authorization.</translation>
    </message>
    <message>
        <source>face_consent_refused</source>
        <translation>You chose not to use face verification; staff will verify your identity.</translation>
    </message>
    <message>
        <source>face_camera_offline</source>
        <translation>The face camera is not working; staff will verify your identity.</translation>
    </message>
    <message>
        <source>face_failed</source>
        <translation>Face verification did not succeed; staff will verify your identity.</translation>
    </message>
    <message>
        <source>face_staff_chosen</source>
        <translation>You chose to have staff verify your identity.</translation>
    </message>
    <message>
        <source>face_retry</source>
        <translation>That did not work; please try again ({left} left).</translation>
    </message>
    <message>
        <source>signature_empty</source>
        <translation>Please sign inside the box.</translation>
    </message>
    <message>
        <source>signature_too_short</source>
        <translation>The signature is too short; please write your name.</translation>
    </message>
    <message>
        <source>receipt_paper_out</source>
        <translation>The receipt printer is out of paper. Your application was submitted: photograph the QR code or note the acceptance number.</translation>
    </message>
    <message>
        <source>receipt_printer_offline</source>
        <translation>The receipt printer is not working. Your application was submitted: note the acceptance number on the screen.</translation>
    </message>
    <message>
        <source>receipt_printed</source>
        <translation>Your receipt has been printed; please take it.</translation>
    </message>
    <message>
        <source>receipt_skipped</source>
        <translation>The receipt was not printed.</translation>
    </message>
    <message>
        <source>a4_printed</source>
        <translation>Your document has been printed; please take it from the tray below.</translation>
    </message>
    <message>
        <source>a4_paper_out</source>
        <translation>The A4 printer is out of paper. Your document is kept and prints once paper is loaded.</translation>
    </message>
    <message>
        <source>a4_jam</source>
        <translation>Paper is stuck in the A4 printer. Your document is kept; please ask the staff for help.</translation>
    </message>
    <message>
        <source>a4_door_open</source>
        <translation>A cover of the A4 printer is open. Your document is kept.</translation>
    </message>
    <message>
        <source>a4_toner_out</source>
        <translation>The A4 printer has run out of toner. Your document is kept; please ask the staff.</translation>
    </message>
    <message>
        <source>a4_offline</source>
        <translation>The A4 printer is not working at the moment. Your document is kept.</translation>
    </message>
    <message>
        <source>a4_queue_paused</source>
        <translation>The A4 printer is paused. Your document is waiting and prints when it resumes.</translation>
    </message>
    <message>
        <source>a4_not_accepting</source>
        <translation>The A4 printer is not taking documents now. Your document is kept.</translation>
    </message>
    <message>
        <source>a4_queue_missing</source>
        <translation>This terminal's A4 printer is not set up; please ask the staff.</translation>
    </message>
    <message>
        <source>a4_unreachable</source>
        <translation>The A4 printer cannot be reached. Your document is kept.</translation>
    </message>
    <message>
        <source>a4_no_printer</source>
        <translation>This terminal has no A4 printer; you can have the document mailed to you.</translation>
    </message>
    <message>
        <source>a4_ready</source>
        <translation>Printing, please wait.</translation>
    </message>
    <message>
        <source>a4_toner_low</source>
        <translation>Printing, please wait.</translation>
    </message>
    <message>
        <source>query_no_link</source>
        <translation>The government service platform cannot be reached now. You can leave your request: it will be printed here or mailed to you when the platform answers.</translation>
    </message>
    <message>
        <source>query_no_record</source>
        <translation>The platform holds no record for you; please ask at the service window.</translation>
    </message>
    <message>
        <source>query_refused</source>
        <translation>The platform cannot answer this query now; please ask at the service window.</translation>
    </message>
    <message>
        <source>query_request_terminal</source>
        <translation>Your request is kept. When the platform answers, the document is printed on this terminal's A4 printer: please come back for it.</translation>
    </message>
    <message>
        <source>query_request_mail</source>
        <translation>Your request is kept. When the platform answers, the document is posted to the address the platform holds for you.</translation>
    </message>
    <message>
        <source>query_delivery_unavailable</source>
        <translation>This document cannot be mailed: please choose to have it printed here.</translation>
    </message>
    <message>
        <source>query_request_unavailable</source>
        <translation>This terminal cannot keep the request just now: please ask at the service window.</translation>
    </message>
    <message>
        <source>query_face_required</source>
        <translation>This record is printed only after a face check. Please go to the service window: staff check your identity and print it for you.</translation>
    </message>
    <message>
        <source>rating_required</source>
        <translation>Please choose a rating.</translation>
    </message>
    <message>
        <source>reason_required</source>
        <translation>Please tell us why you are not satisfied.</translation>
    </message>
    <message>
        <source>already_rated</source>
        <translation>This service has already been rated.</translation>
    </message>
    <message>
        <source>invalid_dimension</source>
        <translation>Unknown rating item.</translation>
    </message>
    <message>
        <source>invalid_category</source>
        <translation>Please choose a category.</translation>
    </message>
    <message>
        <source>text_required</source>
        <translation>Please describe the problem.</translation>
    </message>
    <message>
        <source>contact_or_anonymous</source>
        <translation>An anonymous complaint cannot leave contact details.</translation>
    </message>
    <message>
        <source>complaint_not_saved</source>
        <translation>Your complaint could not be saved. Please call staff or 12345.</translation>
    </message>
    <message>
        <source>help_called</source>
        <translation>Staff have been called; please wait.</translation>
    </message>
    <message>
        <source>help_coming</source>
        <translation>A member of staff has seen your call and is on the way.</translation>
    </message>
    <message>
        <source>complaint_slip_not_printed</source>
        <translation>The slip was not printed. Please note the number on the screen: it finds the answer under Progress.</translation>
    </message>
    <message>
        <source>complaint_slip_printed</source>
        <translation>The slip is printed; please keep it.</translation>
    </message>
    <message>
        <source>qr_not_recognised</source>
        <translation>This QR code is not a receipt from this terminal.</translation>
    </message>
    <message>
        <source>progress_number_invalid</source>
        <translation>That is not an acceptance number. Type it as printed on your receipt, for example 0001-261206-0007 (the dashes may be left out).</translation>
    </message>
    <message>
        <source>progress_phone_invalid</source>
        <translation>Type the last 4 digits of the phone number you gave when you applied.</translation>
    </message>
    <message>
        <source>progress_number_not_found</source>
        <translation>Nothing was found. Check the acceptance number and the last 4 digits of your phone and try again, or use your ID card.</translation>
    </message>
    <message>
        <source>progress_too_many_tries</source>
        <translation>This acceptance number was typed wrongly too many times. Try again in an hour, or use your ID card.</translation>
    </message>
    <message>
        <source>progress_offline</source>
        <translation>The government service platform cannot be reached now, so applications made at other terminals cannot be found. Use your ID card or the receipt's QR code for applications made at this terminal, or call 12345.</translation>
    </message>
    <message>
        <source>nothing_found</source>
        <translation>No applications were found.</translation>
    </message>
    <message>
        <source>search.bundle</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>cert_not_certification</source>
        <translation>This matter is not a certification.</translation>
    </message>
    <message>
        <source>cert_consent_refused</source>
        <translation>You did not agree to the photo. Staff can help you, or you can ask for a home visit.</translation>
    </message>
    <message>
        <source>cert_camera_offline</source>
        <translation>The camera is not working. Staff can help you, or you can ask for a home visit.</translation>
    </message>
    <message>
        <source>cert_liveness_failed</source>
        <translation>Three tries did not work. Staff can help you, or you can ask for a home visit.</translation>
    </message>
    <message>
        <source>cert_retry</source>
        <translation>We could not see it clearly; please try again ({left} left).</translation>
    </message>
    <message>
        <source>cert_principal_card_needed</source>
        <translation>Please put the elderly resident's own ID card on the reader, or enter their name and ID number.</translation>
    </message>
    <message>
        <source>cert_principal_is_helper</source>
        <translation>The certification is for the elderly resident, not for the family member helping.</translation>
    </message>
    <message>
        <source>visit_reason_unknown</source>
        <translation>Please choose what the visit is for.</translation>
    </message>
    <message>
        <source>visit_resident_is_requester</source>
        <translation>Please read the card of the person who needs the visit, or enter their name and ID number.</translation>
    </message>
    <message>
        <source>status.not_sent</source>
        <translation>Saved on this terminal, not sent yet</translation>
    </message>
    <message>
        <source>status.queued</source>
        <translation>Submitted, waiting to be sent</translation>
    </message>
    <message>
        <source>status.sending</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>status.needs_attention</source>
        <translation>A problem sending it; staff will handle it</translation>
    </message>
    <message>
        <source>status.received</source>
        <translation>Received by the department</translation>
    </message>
    <message>
        <source>status.accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>status.not-accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>status.correction-requested</source>
        <translation>More materials needed</translation>
    </message>
    <message>
        <source>status.processing</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>status.completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>status.certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>status.certification-failed</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <source>status.visit-scheduled</source>
        <translation>Home visit arranged</translation>
    </message>
    <message>
        <source>status.to-mail</source>
        <translation>To be posted</translation>
    </message>
    <message>
        <source>status.mailed</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>status_advice.not_sent</source>
        <translation>It is saved and will be sent when the terminal is online; no need to apply again.</translation>
    </message>
    <message>
        <source>status_advice.queued</source>
        <translation>It is saved and will be sent when the terminal is online; no need to apply again.</translation>
    </message>
    <message>
        <source>status_advice.needs_attention</source>
        <translation>Please ask at the window or call 12345; staff will help.</translation>
    </message>
    <message>
        <source>status_advice.not-accepted</source>
        <translation>Please ask at the window why, or call 12345.</translation>
    </message>
    <message>
        <source>status_advice.correction-requested</source>
        <translation>Please hand in the materials asked for; ask at the window or call 12345.</translation>
    </message>
    <message>
        <source>status_advice.completed</source>
        <translation>Done: collect the result as notified.</translation>
    </message>
    <message>
        <source>status_advice.certification-failed</source>
        <translation>Please certify at the window as explained, or ask for a home visit.</translation>
    </message>
    <message>
        <source>kind.application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>kind.certification</source>
        <translation>Pension certification</translation>
    </message>
    <message>
        <source>kind.home_visit</source>
        <translation>Home-visit request</translation>
    </message>
    <message>
        <source>kind.complaint</source>
        <translation>Complaint or suggestion</translation>
    </message>
    <message>
        <source>kind.mailed_document</source>
        <translation>Document by post</translation>
    </message>
    <message>
        <source>complaint_elsewhere.answered</source>
        <translation>Answered on {when}. To read the answer, go to the kiosk where you filed it and scan this slip's QR code under “Check progress”.</translation>
    </message>
    <message>
        <source>complaint_elsewhere.waiting</source>
        <translation>Not answered yet. The answer will be at the kiosk where you filed it: scan this slip's QR code there under “Check progress”.</translation>
    </message>
    <message>
        <source>rating.level.5</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>rating.level.4</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>rating.level.3</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>rating.level.2</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>rating.level.1</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>rating.dimension.overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>rating.dimension.efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>rating.dimension.service</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>rating.dimension.attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>rating.reason.slow</source>
        <translation>It took too long</translation>
    </message>
    <message>
        <source>rating.reason.unclear_guide</source>
        <translation>The guide was unclear</translation>
    </message>
    <message>
        <source>rating.reason.too_many_materials</source>
        <translation>Too many materials asked for</translation>
    </message>
    <message>
        <source>rating.reason.device_problem</source>
        <translation>The terminal was hard to use</translation>
    </message>
    <message>
        <source>rating.reason.attitude</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>rating.reason.not_solved</source>
        <translation>My problem was not solved</translation>
    </message>
    <message>
        <source>rating.reason.other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>relationship.spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>relationship.parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>relationship.child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>relationship.sibling</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>relationship.grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>relationship.grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>relationship.other_relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>relationship.village_agent</source>
        <translation>Village service agent</translation>
    </message>
    <message>
        <source>relationship.other</source>
        <translation>Other authorized person</translation>
    </message>
    <message>
        <source>complaint.category.service_attitude</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>complaint.category.efficiency</source>
        <translation>Speed of service</translation>
    </message>
    <message>
        <source>complaint.category.materials</source>
        <translation>Materials asked for</translation>
    </message>
    <message>
        <source>complaint.category.fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>complaint.category.terminal</source>
        <translation>The self-service terminal</translation>
    </message>
    <message>
        <source>complaint.category.policy</source>
        <translation>Policy question</translation>
    </message>
    <message>
        <source>complaint.category.suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>complaint.category.other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>document.ok</source>
        <translation>The picture is clear.</translation>
    </message>
    <message>
        <source>document.page_not_found</source>
        <translation>We cannot see the whole page. Please lay the page flat inside the frame.</translation>
    </message>
    <message>
        <source>document.blurred</source>
        <translation>The picture is blurred. Please hold the page still.</translation>
    </message>
    <message>
        <source>document.too_dark</source>
        <translation>It is too dark. Please turn on a light or move the page somewhere brighter.</translation>
    </message>
    <message>
        <source>face.ok</source>
        <translation>Good. Please hold still.</translation>
    </message>
    <message>
        <source>face.no_face</source>
        <translation>We cannot see a face. Please face the camera.</translation>
    </message>
    <message>
        <source>face.many_faces</source>
        <translation>More than one person is in the picture. Only the applicant, please.</translation>
    </message>
    <message>
        <source>face.too_small</source>
        <translation>Please come a little closer.</translation>
    </message>
    <message>
        <source>face.off_centre</source>
        <translation>Please move your face to the middle of the picture.</translation>
    </message>
    <message>
        <source>face.too_dark</source>
        <translation>It is too dark. Please stand where it is brighter.</translation>
    </message>
    <message>
        <source>face.blurred</source>
        <translation>The picture is blurred. Please hold still.</translation>
    </message>
    <message>
        <source>face.not_frontal</source>
        <translation>Please look straight at the camera.</translation>
    </message>
    <message>
        <source>liveness.blink</source>
        <translation>Please blink.</translation>
    </message>
    <message>
        <source>liveness.turn_left</source>
        <translation>Please slowly turn your head to your left.</translation>
    </message>
    <message>
        <source>liveness.turn_right</source>
        <translation>Please slowly turn your head to your right.</translation>
    </message>
    <message>
        <source>liveness.failed.timeout</source>
        <translation>We did not see you do it. Please try again.</translation>
    </message>
    <message>
        <source>liveness.failed.no_face</source>
        <translation>We cannot see a face. Please face the camera.</translation>
    </message>
    <message>
        <source>liveness.failed.face_lost</source>
        <translation>Your face left the picture. Please try again.</translation>
    </message>
    <message>
        <source>liveness.failed.many_faces</source>
        <translation>Only one person in the picture, please.</translation>
    </message>
    <message>
        <source>liveness.passed</source>
        <translation>Done, thank you.</translation>
    </message>
    <message>
        <source>guide.on_the_spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>guide.time_limit</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>guide.separator</source>
        <translation>; </translation>
    </message>
    <message>
        <source>guide.enumeration</source>
        <translation>; </translation>
    </message>
    <message>
        <source>guide.step_actor</source>
        <translation>; </translation>
    </message>
    <message>
        <source>guide.forms_separator</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>guide.copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>guide.elicense_accepted</source>
        <translation>E-licence accepted: {names}</translation>
    </message>
    <message>
        <source>guide.deferrable</source>
        <translation>May be handed in later (容缺)</translation>
    </message>
    <message>
        <source>guide.commitment_allowed</source>
        <translation>May be replaced by a signed commitment</translation>
    </message>
    <message>
        <source>guide.at_terminal</source>
        <translation>Can be handled at this terminal</translation>
    </message>
    <message>
        <source>guide.at_window</source>
        <translation>At the window</translation>
    </message>
    <message>
        <source>guide.visits</source>
        <translation>At most {visits} visit(s)</translation>
    </message>
    <message>
        <source>guide.no_visit</source>
        <translation>No visit needed</translation>
    </message>
    <message>
        <source>guide.fee_amount</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>guide.free</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>guide.no_materials</source>
        <translation>No materials needed</translation>
    </message>
</context>
</TS>
