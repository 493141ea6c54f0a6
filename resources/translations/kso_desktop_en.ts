<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>KSO Desktop is vergrendeld</source>
        <extracomment>While locked these never reach a widget outside the sign-in form (no shortcut, menu or typing behind it).</extracomment>
        <translation>KSO Desktop is locked</translation>
    </message>
    <message>
        <source>Kies wie je bent en typ je pincode of wachtwoord.</source>
        <translation>Choose who you are and type your PIN or password.</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Pincode of wachtwoord</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Herhaal de nieuwe pincode</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <source>&amp;Pincode:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Herhaal pincode:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>Demo: pincode %1</source>
        <translation>Demo: PIN %1</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>%1 heeft nog geen pincode. Kies er nu een: minstens 6 cijfers, of een wachtwoord van minstens 10 tekens. Dat kan alleen zolang er nog geen pincode is; ben je hem later kwijt, dan stelt de beheerder hem opnieuw in.</source>
        <translation>%1 has no PIN yet. Choose one now: at least 6 digits, or a password of at least 10 characters. This is only possible while there is no PIN; if you lose it later, the administrator resets it.</translation>
    </message>
    <message>
        <source>Nieuwe &amp;pincode:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <source>Pincode instellen en &amp;ontgrendelen</source>
        <translation>Set PIN and &amp;unlock</translation>
    </message>
    <message>
        <source>Te veel mislukte pogingen. Probeer het over %1 opnieuw.</source>
        <translation>Too many failed attempts. Try again in %1.</translation>
    </message>
    <message>
        <source>KSO Desktop is vergrendeld.</source>
        <translation>KSO Desktop is locked.</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <extracomment>After a sign-in that ends a lock; True when someone else signed in than who locked it (shift change).</extracomment>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Pincode wijzigen…</source>
        <translation>Change &amp;PIN…</translation>
    </message>
    <message>
        <source>Vergrendelen &amp;na…</source>
        <translation>Lock &amp;after…</translation>
    </message>
    <message>
        <source>KSO Desktop (vergrendeld)</source>
        <translation>KSO Desktop (locked)</translation>
    </message>
    <message>
        <source>Wissel van dienst</source>
        <translation>Change of shift</translation>
    </message>
    <message>
        <source>Wissel van medewerker</source>
        <translation>Change staff member</translation>
    </message>
    <message>
        <source>Typ de pincode van wie nu gaat werken.</source>
        <translation>Type the PIN of whoever is going on duty now.</translation>
    </message>
    <message>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Vergrendel KSO Desktop als er zoveel minuten niets is gedaan:</source>
        <translation>Lock KSO Desktop after this many minutes without activity:</translation>
    </message>
    <message>
        <source>Pincode wijzigen</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>&amp;Huidige pincode:</source>
        <translation>&amp;Current PIN:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe pincode:</source>
        <translation>&amp;New PIN:</translation>
    </message>
    <message>
        <source>He&amp;rhaal nieuwe pincode:</source>
        <translation>&amp;Repeat new PIN:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Minstens 6 cijfers, of een wachtwoord van minstens 10 tekens; niet 123456 of 111111.</source>
        <translation>At least 6 digits, or a password of at least 10 characters; not 123456 or 111111.</translation>
    </message>
    <message>
        <source> Je stelt de pincode van een collega opnieuw in; vertel hem persoonlijk.</source>
        <translation> You are resetting a colleague&apos;s PIN; tell them in person.</translation>
    </message>
</context>
<context>
    <name>AfdrukVoorbeeld</name>
    <message>
        <source>Afdrukvoorbeeld – %1 – %2</source>
        <extracomment>Preview and printer resolution. The saved PDF stays vector; 150 dpi prints text cleanly at 13 pt. The document was made again (another language for the headings) and the preview shows it.</extracomment>
        <translation>Print preview – %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Het document als PDF-bestand opslaan (Ctrl+Shift+S)</source>
        <translation>Save the document as a PDF file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Koppen ook in deze taal</source>
        <translation>Headings also in this language</translation>
    </message>
    <message>
        <source>Koppen ook in deze taal, na het Nederlands</source>
        <translation>Headings also in this language, after the Dutch</translation>
    </message>
    <message>
        <source>Koppen: alleen Nederlands</source>
        <translation>Headings: Dutch only</translation>
    </message>
    <message>
        <source>Koppen ook in het %1</source>
        <translation>Headings also in %1</translation>
    </message>
    <message>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>%1 kon niet worden opgeslagen: %2.</source>
        <translation>%1 could not be saved: %2.</translation>
    </message>
</context>
<context>
    <name>Afdrukken</name>
    <message>
        <source>%1 maken…</source>
        <translation>Making %1…</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Afdrukken mislukt</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>AfrondenDialog</name>
    <message>
        <source>Verslag afronden</source>
        <translation>Finalise report</translation>
    </message>
    <message>
        <source>Het verslag wordt definitief en gaat naar het portaal voor de jongere en de jeugdbeschermer. Daarna verandert het niet meer; een fout herstel je met een correctie.</source>
        <translation>The report becomes final and goes to the portal for the young person and the guardian. After that it no longer changes; you fix a mistake with a correction.</translation>
    </message>
    <message>
        <source>&amp;Begeleidingsplan bijwerken met deze afspraken (nieuw concept)</source>
        <translation>&amp;Update the support plan with these agreements (new draft)</translation>
    </message>
    <message>
        <source>%1 afspraak/afspraken worden nieuwe doelen; de evaluaties komen bij de doelen.</source>
        <translation>%1 agreement(s) become new goals; the evaluations are added to the goals.</translation>
    </message>
    <message>
        <source>Verslag &amp;afronden</source>
        <translation>Fin&amp;alise report</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AfspraakInvoer</name>
    <message>
        <source>Kies eerst in de lijst welke afspraak weg moet.</source>
        <translation>First choose in the list which agreement to remove.</translation>
    </message>
</context>
<context>
    <name>BeheerDialog</name>
    <message>
        <source>Beheer</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <source>&amp;Nieuw… (Ctrl+N)</source>
        <translation>&amp;New… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Wijzigen… (Enter)</source>
        <translation>&amp;Edit… (Enter)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(verwijderd)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>CorrectieAfhandelenDialog</name>
    <message>
        <source>Correctieverzoek afhandelen</source>
        <translation>Handle correction request</translation>
    </message>
    <message>
        <source>Het verzoek</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>Besluit:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>&amp;Gecorrigeerd</source>
        <translation>&amp;Corrected</translation>
    </message>
    <message>
        <source>Afge&amp;wezen</source>
        <translation>Re&amp;fused</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>wat is aangepast, of waarom niet</source>
        <translation>what was changed, or why not</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>&amp;Datum afgehandeld:</source>
        <translation>&amp;Date handled:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Afgehandeld op</source>
        <translation>Handled on</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Verzoek van %1, ontvangen %2: %3</source>
        <translation>Request from %1, received %2: %3</translation>
    </message>
</context>
<context>
    <name>CorrectieDialog</name>
    <message>
        <source>Correctieverzoek vastleggen</source>
        <translation>Record correction request</translation>
    </message>
    <message>
        <source>Leg vast wat de jongere (of de voogd) volgens hen niet klopt en wanneer het verzoek binnenkwam. Het antwoord moet binnen een maand.</source>
        <translation>Record what the young person (or the guardian) says is wrong and when the request came in. The answer is due within one month.</translation>
    </message>
    <message>
        <source>O&amp;ntvangen op:</source>
        <translation>Rece&amp;ived on:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>de jongere, de voogd, ...</source>
        <translation>the young person, the guardian, ...</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>&amp;Wat klopt er niet:</source>
        <translation>&amp;What is wrong:</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>de jongere</source>
        <translation>the young person</translation>
    </message>
</context>
<context>
    <name>Correcties</name>
    <message>
        <source>open, te laat</source>
        <translation>pending, overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Wat klopt er niet</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Antwoord uiterlijk</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>CorrectiesTab</name>
    <message>
        <source>Verzoeken van de jongere (of de voogd) om eigen gegevens te corrigeren (AVG, Norm 7.1c). Antwoord binnen een maand.</source>
        <translation>Requests from the young person (or the guardian) to correct their own data (GDPR, Norm 7.1c). Answer within one month.</translation>
    </message>
    <message>
        <source>Correctieverzoeken</source>
        <translation>Correction requests</translation>
    </message>
    <message>
        <source>Verzoek &amp;vastleggen…</source>
        <translation>&amp;Record request…</translation>
    </message>
    <message>
        <source>&amp;Afhandelen…</source>
        <translation>&amp;Handle…</translation>
    </message>
    <message>
        <source>Afhandelen is voor de mentor, de teamleider, de gedragswetenschapper of een beheerder.</source>
        <translation>Handling is for the mentor, the team leader, the behavioural scientist or an administrator.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Wat moet er gebeuren</source>
        <extracomment>jongere_id and the DueKind value of the chosen item (e.g. &quot;driegesprek&quot;).</extracomment>
        <translation>What needs doing</translation>
    </message>
    <message>
        <source>Hele lo&amp;catie</source>
        <translation>Whole lo&amp;cation</translation>
    </message>
    <message>
        <source>&amp;Mijn jongeren (als mentor)</source>
        <translation>&amp;My young people (as mentor)</translation>
    </message>
    <message>
        <source>Alleen &amp;te laat en binnenkort</source>
        <translation>Only &amp;overdue and due soon</translation>
    </message>
    <message>
        <source>Haal het vinkje weg om ook wat later gepland staat te zien.</source>
        <translation>Untick to also see what is planned for later.</translation>
    </message>
    <message>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Enter of dubbelklik opent het plan, het driegesprek of het dossier.</source>
        <translation>Enter or double-click opens the plan, the three-way meeting or the case file.</translation>
    </message>
    <message>
        <source>Alleen de jongeren van wie %1 mentor is.</source>
        <translation>Only the young people whose mentor is %1.</translation>
    </message>
    <message>
        <source>Kies eerst bij &apos;Ik ben&apos; wie er werkt (Alt+I).</source>
        <translation>First choose who is working under &apos;I am&apos; (Alt+I).</translation>
    </message>
    <message>
        <source>Niets te laat en niets binnenkort. Haal het vinkje weg om alles te zien.</source>
        <translation>Nothing overdue and nothing due soon. Untick to see everything.</translation>
    </message>
    <message>
        <source>Voor jouw mentorjongeren staat niets open.</source>
        <translation>Nothing is open for the young people you mentor.</translation>
    </message>
    <message>
        <source>Hier staat niets open.</source>
        <translation>Nothing is open here.</translation>
    </message>
</context>
<context>
    <name>DoelDialog</name>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Schrijf het doel op zoals de jongere het zegt, en daarnaast in professionele woorden (Norm 1.1a). Ctrl+Enter slaat op.</source>
        <translation>Write the goal down as the young person says it, and also in professional words (Standard 1.1a). Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>&amp;Leefgebied:</source>
        <translation>&amp;Life area:</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life area</translation>
    </message>
    <message>
        <source>In de &amp;woorden van
de jongere:</source>
        <translation>In the young
person&apos;s &amp;words:</translation>
    </message>
    <message>
        <source>In de woorden van de jongere</source>
        <translation>In the young person&apos;s words</translation>
    </message>
    <message>
        <source>&amp;Professioneel:</source>
        <translation>&amp;Professional:</translation>
    </message>
    <message>
        <source>Professioneel</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stree&amp;fdatum:</source>
        <translation>&amp;Target date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (mag leeg blijven)</source>
        <translation>dd-mm-yyyy (may be left empty)</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>&amp;Acties – wie doet wat, en wanneer:</source>
        <translation>&amp;Actions – who does what, and when:</translation>
    </message>
    <message>
        <source>Gekozen actie verwij&amp;deren</source>
        <translation>&amp;Delete selected action</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>W&amp;ie:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <source>Wie doet de actie</source>
        <translation>Who does the action</translation>
    </message>
    <message>
        <source>Wa&amp;t:</source>
        <translation>Wha&amp;t:</translation>
    </message>
    <message>
        <source>Wat is de actie</source>
        <translation>What is the action</translation>
    </message>
    <message>
        <source>bijvoorbeeld: belt de huisarts</source>
        <translation>for example: calls the GP</translation>
    </message>
    <message>
        <source>Wa&amp;nneer:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Actie toe&amp;voegen</source>
        <translation>Add acti&amp;on</translation>
    </message>
    <message>
        <source>Enter in deze regel voegt de actie ook toe</source>
        <translation>Enter in this line adds the action too</translation>
    </message>
    <message>
        <source>&amp;Evaluaties (toevoegen met &apos;Evaluatie toevoegen…&apos; op de pagina van het leefgebied):</source>
        <translation>&amp;Evaluations (add them with &apos;Add evaluation…&apos; on the life area&apos;s page):</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Doel bekijken</source>
        <translation>View goal</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Mensen uit het netwerk bij dit doel</source>
        <translation>People from the network involved in this goal</translation>
    </message>
    <message>
        <source>&amp;Mensen uit het netwerk:</source>
        <translation>&amp;People from the network:</translation>
    </message>
    <message>
        <source>Deze versie is vastgesteld: het doel verandert hier niet meer.</source>
        <translation>This version has been adopted: the goal can no longer change here.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst welke actie weg moet.</source>
        <translation>First choose in the list which action to remove.</translation>
    </message>
</context>
<context>
    <name>Domein</name>
    <message>
        <source>Verzoek van de jongere of diens vertegenwoordiger (AVG art. 17)</source>
        <extracomment>Every domain label, so that lupdate puts them in the .ts (they are translated where they are shown).</extracomment>
        <translation>Request from the young person or their representative (GDPR art. 17)</translation>
    </message>
    <message>
        <source>Ten onrechte vastgelegd (verkeerde jongere of dubbel)</source>
        <translation>Recorded in error (wrong young person or duplicate)</translation>
    </message>
    <message>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>gecorrigeerd</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Begeleidingsplan vastgesteld</source>
        <translation>Support plan adopted</translation>
    </message>
    <message>
        <source>Driegesprek gehouden</source>
        <translation>Three-way meeting held</translation>
    </message>
    <message>
        <source>Toekomstperspectief besproken</source>
        <translation>Future prospects discussed</translation>
    </message>
    <message>
        <source>Verlengde Opvang geëvalueerd</source>
        <translation>Extended Care evaluated</translation>
    </message>
    <message>
        <source>Tweegesprek</source>
        <translation>One-to-one meeting</translation>
    </message>
    <message>
        <source>Driegesprek</source>
        <translation>Three-way meeting</translation>
    </message>
    <message>
        <source>Sociaal netwerk</source>
        <translation>Social network</translation>
    </message>
    <message>
        <source>Lichamelijke en psychische gezondheid</source>
        <translation>Physical and mental health</translation>
    </message>
    <message>
        <source>Dagbesteding</source>
        <translation>Daytime activities</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Financiën</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Zingeving</source>
        <translation>Meaning in life</translation>
    </message>
    <message>
        <source>KWG</source>
        <translation>KWG</translation>
    </message>
    <message>
        <source>KWE</source>
        <translation>KWE</translation>
    </message>
    <message>
        <source>KWE+</source>
        <translation>KWE+</translation>
    </message>
    <message>
        <source>Zijn</source>
        <translation>Being</translation>
    </message>
    <message>
        <source>Worden</source>
        <translation>Becoming</translation>
    </message>
    <message>
        <source>Presteren</source>
        <translation>Achieving</translation>
    </message>
    <message>
        <source>Woonbegeleider</source>
        <translation>Residential support worker</translation>
    </message>
    <message>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Gedragswetenschapper</source>
        <translation>Behavioural scientist</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Steun (beschermjas)</source>
        <translation>Support (protective coat)</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Heel dichtbij</source>
        <translation>Very close</translation>
    </message>
    <message>
        <source>Dichtbij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Further away</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Familie hier</source>
        <translation>Family here</translation>
    </message>
    <message>
        <source>Familie in land van herkomst</source>
        <translation>Family in country of origin</translation>
    </message>
    <message>
        <source>Vrienden</source>
        <translation>Friends</translation>
    </message>
    <message>
        <source>School en werk</source>
        <translation>School and work</translation>
    </message>
    <message>
        <source>Sport en vrije tijd</source>
        <translation>Sport and leisure</translation>
    </message>
    <message>
        <source>Geloof en gemeenschap</source>
        <translation>Faith and community</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Behaald</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Begeleidingsplan opstellen</source>
        <translation>Draw up support plan</translation>
    </message>
    <message>
        <source>Toekomstperspectief bespreken</source>
        <translation>Discuss future prospects</translation>
    </message>
    <message>
        <source>Plan voor Verlengde Opvang</source>
        <translation>Plan for Extended Care</translation>
    </message>
    <message>
        <source>18 jaar</source>
        <translation>Turns 18</translation>
    </message>
    <message>
        <source>Evaluatie Verlengde Opvang</source>
        <translation>Evaluate Extended Care</translation>
    </message>
    <message>
        <source>Einde Verlengde Opvang (21 jaar)</source>
        <translation>End of Extended Care (age 21)</translation>
    </message>
    <message>
        <source>Driegesprek-verslag naar het portaal</source>
        <translation>Three-way meeting report to the portal</translation>
    </message>
    <message>
        <source>Begeleidingsplan naar het portaal</source>
        <translation>Support plan to the portal</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Begeleidingsplan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Mijn plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>Verslag driegesprek</source>
        <translation>Three-way meeting report</translation>
    </message>
    <message>
        <source>Agenda driegesprek</source>
        <translation>Three-way meeting agenda</translation>
    </message>
    <message>
        <source>Mijn signaleringsplan</source>
        <translation>My early-warning plan</translation>
    </message>
    <message>
        <source>Signaleringskaart</source>
        <translation>Early-warning card</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Kies een jongere in de lijst</source>
        <translation>Choose a young person in the list</translation>
    </message>
    <message>
        <source>Naam van de jongere</source>
        <translation>Name of the young person</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>&amp;Gegevens</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Geboortedatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboorteland:</source>
        <translation>Country of birth:</translation>
    </message>
    <message>
        <source>Geboorteland</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Talen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Locatie:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Plaatsing:</source>
        <translation>Placement:</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Kennismaking:</source>
        <translation>Introduction:</translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Einde verkenningsfase:</source>
        <translation>End of exploration phase:</translation>
    </message>
    <message>
        <source>Einde verkenningsfase</source>
        <translation>End of exploration phase</translation>
    </message>
    <message>
        <source>Vertrek:</source>
        <translation>Departure:</translation>
    </message>
    <message>
        <source>Vertrek</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Verlengde Opvang:</source>
        <translation>Extended Care:</translation>
    </message>
    <message>
        <source>Verlengde Opvang</source>
        <translation>Extended Care</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Jeugdbeschermer:</source>
        <translation>Guardian:</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Notities:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Begeleidingsplan… (Ctrl+P)</source>
        <translation>Support plan… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Gegevens wijzigen… (Ctrl+E)</source>
        <translation>Edit details… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Mentor wijzigen… (Ctrl+M)</source>
        <translation>Change mentor… (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Te doen</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>Wat er volgens het kwaliteitskader moet gebeuren, met de reden en de norm.</source>
        <translation>What needs doing according to the quality framework, with the reason and the standard.</translation>
    </message>
    <message>
        <source>Wat moet er gebeuren</source>
        <translation>What needs doing</translation>
    </message>
    <message>
        <source>Vastleggen wat er gebeurd is… (Ctrl+G)</source>
        <translation>Record what happened… (Ctrl+G)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een driegesprek of een vastgesteld plan van vóór KSO Desktop</source>
        <translation>For example a three-way meeting or an adopted plan from before KSO Desktop</translation>
    </message>
    <message>
        <source>&amp;Vastgelegd – wat er al gebeurd is:</source>
        <translation>&amp;Recorded – what has already happened:</translation>
    </message>
    <message>
        <source>Vastgelegde gebeurtenissen</source>
        <translation>Recorded events</translation>
    </message>
    <message>
        <source>Vastlegging intrekken…</source>
        <translation>Withdraw record…</translation>
    </message>
    <message>
        <source>Voor een vergissing: de vastlegging blijft in het logboek staan</source>
        <translation>For a mistake: the record stays in the log</translation>
    </message>
    <message>
        <source>Ge&amp;sprekken</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>&amp;Mentoren</source>
        <translation>&amp;Mentors</translation>
    </message>
    <message>
        <source>Mentorhistorie</source>
        <translation>Mentor history</translation>
    </message>
    <message>
        <source>&amp;Logboek</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Wie heeft dit dossier bekeken of gewijzigd, en wanneer (tijden in Nederlandse tijd).</source>
        <translation>Who viewed or changed this case file, and when (times in Dutch time).</translation>
    </message>
    <message>
        <source>Logboek van inzage en wijzigingen</source>
        <translation>Log of views and changes</translation>
    </message>
    <message>
        <source>Sociaal netwerk…</source>
        <extracomment>The jongere now shown (&quot;&quot; when none), for the tabs the main window adds (gesprekken).</extracomment>
        <translation>Social network…</translation>
    </message>
    <message>
        <source>Gegevens &amp;vernietigen…</source>
        <translation>&amp;Destroy data…</translation>
    </message>
    <message>
        <source>&amp;Formulieren</source>
        <translation>&amp;Forms</translation>
    </message>
    <message>
        <source>&amp;Correcties</source>
        <translation>&amp;Corrections</translation>
    </message>
    <message>
        <source>Gebruik de pijltjestoetsen in de lijst; Ctrl+2 springt naar het dossier.</source>
        <translation>Use the arrow keys in the list; Ctrl+2 jumps to the case file.</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 te laat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>woont hier</source>
        <translation>lives here</translation>
    </message>
    <message>
        <source>sinds %1, uiterlijk tot %2</source>
        <translation>since %1, until %2 at the latest</translation>
    </message>
    <message>
        <source>nee (18 jaar op %1)</source>
        <translation>no (18 on %1)</translation>
    </message>
    <message>
        <source>%1 (sinds %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>geen mentor</source>
        <translation>no mentor</translation>
    </message>
</context>
<context>
    <name>DriegesprekEditor</name>
    <message>
        <source>Driegesprek</source>
        <translation>Three-way meeting</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Status van het verslag</source>
        <translation>Status of the report</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>&amp;Deelnemers:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rol van de deelnemer</source>
        <translation>Participant&apos;s role</translation>
    </message>
    <message>
        <source>Naam van de deelnemer</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <source>naam, Enter voegt toe</source>
        <translation>name, Enter adds</translation>
    </message>
    <message>
        <source>Deelnemer toevoe&amp;gen</source>
        <translation>Add partici&amp;pant</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Haalt de gekozen deelnemer weg</source>
        <translation>Removes the selected participant</translation>
    </message>
    <message>
        <source>&amp;Agenda (onderwerpen van de jongere staan bovenaan, vet):</source>
        <translation>&amp;Agenda (the young person&apos;s topics are at the top, in bold):</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nieuw onderwerp voor de agenda</source>
        <translation>New topic for the agenda</translation>
    </message>
    <message>
        <source>onderwerp toevoegen, Enter voegt toe</source>
        <translation>add topic, Enter adds</translation>
    </message>
    <message>
        <source>van de jongere</source>
        <translation>from the young person</translation>
    </message>
    <message>
        <source>Onderwerp van de jongere</source>
        <translation>The young person&apos;s topic</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Voorbereiding van de &amp;jongere (in eigen woorden):</source>
        <translation>The &amp;young person&apos;s preparation (in their own words):</translation>
    </message>
    <message>
        <source>Voorbereiding van de jongere</source>
        <translation>The young person&apos;s preparation</translation>
    </message>
    <message>
        <source>Wat wil de jongere zelf bespreken? Wat gaat goed, wat moeilijk?</source>
        <translation>What does the young person want to discuss? What is going well, what is hard?</translation>
    </message>
    <message>
        <source>&amp;Leefgebieden op de agenda – evaluatie en afspraken (Ctrl+PgDown: volgende):</source>
        <translation>&amp;Life areas on the agenda – evaluation and agreements (Ctrl+PgDown: next):</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Life areas</translation>
    </message>
    <message>
        <source>&amp;Verslag:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Het verslag van het driegesprek, zoals het naar de jongere en de jeugdbeschermer gaat.</source>
        <translation>The report of the three-way meeting, as it goes to the young person and the guardian.</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Opslaan (concept)</source>
        <translation>&amp;Save (draft)</translation>
    </message>
    <message>
        <source>Opslaan als concept (Ctrl+S)</source>
        <translation>Save as draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Verslag af&amp;ronden…</source>
        <translation>&amp;Finish report…</translation>
    </message>
    <message>
        <source>Het verslag definitief maken (Ctrl+Shift+D)</source>
        <translation>Finalise the report (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Correctie…</source>
        <translation>&amp;Correction…</translation>
    </message>
    <message>
        <source>Een correctie op het definitieve verslag: een nieuwe versie met een reden</source>
        <translation>A correction to the final report: a new version with a reason</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Driegesprek – %1</source>
        <extracomment>After every save, correction or afronden (the dossier refreshes its deadlines).</extracomment>
        <translation>Three-way meeting – %1</translation>
    </message>
    <message>
        <source>Driegesprek met %1</source>
        <translation>Three-way meeting with %1</translation>
    </message>
    <message>
        <source>Verslag af&amp;drukken…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>Geen onderwerpen op de agenda.</source>
        <translation>No topics on the agenda.</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source> (correctie van een eerdere versie)</source>
        <translation> (correction of an earlier version)</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>&amp;Correctie opslaan…</source>
        <translation>&amp;Save correction…</translation>
    </message>
    <message>
        <source>Dit verslag is definitief en verandert niet meer. Klopt er iets niet? Kies &apos;Correctie…&apos;: dat wordt een nieuwe versie, met een reden.</source>
        <translation>This report is final and no longer changes. Is something wrong? Choose &apos;Correction…&apos;: that becomes a new version, with a reason.</translation>
    </message>
    <message>
        <source>Pas aan wat niet klopt en kies &apos;Correctie opslaan…&apos;.</source>
        <translation>Change what is wrong and choose &apos;Save correction…&apos;.</translation>
    </message>
    <message>
        <source>Herstelpunt kon niet worden bewaard: %1</source>
        <translation>Recovery point could not be kept: %1</translation>
    </message>
    <message>
        <source>Herstelpunt bewaard om %1</source>
        <translation>Recovery point kept at %1</translation>
    </message>
    <message>
        <source>Driegesprek sluiten</source>
        <translation>Close three-way meeting</translation>
    </message>
    <message>
        <source>Het driegesprek met %1 heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The three-way meeting with %1 has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Typ eerst de naam van de deelnemer.</source>
        <translation>First type the participant&apos;s name.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst welke deelnemer weg moet.</source>
        <translation>First choose in the list which participant to remove.</translation>
    </message>
    <message>
        <source>Opgeslagen als concept.</source>
        <translation>Saved as draft.</translation>
    </message>
    <message>
        <source>Het verslag is definitief en staat klaar voor het portaal.</source>
        <translation>The report is final and ready for the portal.</translation>
    </message>
    <message>
        <source> Er is een nieuw concept van het begeleidingsplan (versie %1).</source>
        <translation> There is a new draft of the support plan (version %1).</translation>
    </message>
    <message>
        <source>De correctie is opgeslagen als nieuwe versie; de vorige versie blijft bewaard.</source>
        <translation>The correction has been saved as a new version; the previous version is kept.</translation>
    </message>
</context>
<context>
    <name>EvaluatieDialog</name>
    <message>
        <source>Evaluatie toevoegen</source>
        <translation>Add evaluation</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum van de evaluatie</source>
        <translation>Date of the evaluation</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Hoe gaat het met dit doel? Wat zegt de jongere erover?</source>
        <translation>How is this goal going? What does the young person say about it?</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Evaluatie:</source>
        <translation>&amp;Evaluation:</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FormulierDialog</name>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>color: #5f6368;</source>
        <translation>color: #5f6368;</translation>
    </message>
    <message>
        <source>color: #b71c1c; font-weight: bold;</source>
        <translation>color: #b71c1c; font-weight: bold;</translation>
    </message>
    <message>
        <source>&amp;Opslaan als concept</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Definitief maken…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>&amp;Corrigeren…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 – versie %2</source>
        <translation>%1 – version %2</translation>
    </message>
    <message>
        <source>Deze versie is vervangen door een correctie; alleen lezen.</source>
        <translation>This version has been replaced by a correction; read only.</translation>
    </message>
    <message>
        <source>Definitief sinds {datum}: verandert niet meer. Een correctie wordt een nieuwe versie.</source>
        <translation>Final since {datum}: no longer changes. A correction becomes a new version.</translation>
    </message>
    <message>
        <source>Concept. Velden met * zijn verplicht bij Definitief maken. Wordt automatisch bewaard.</source>
        <translation>Draft. Fields marked * are required to finalise. Saved automatically.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen invoer van {moment} is teruggezet.</source>
        <translation>Unsaved input from {moment} has been restored.</translation>
    </message>
    <message>
        <source>(correctie van een eerdere versie)</source>
        <translation>(correction of an earlier version)</translation>
    </message>
    <message>
        <source>Concept opgeslagen.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Definitief maken</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Definitief maken? Daarna verandert dit formulier niet meer; een correctie wordt een nieuwe versie die deze vervangt.</source>
        <translation>Finalise? After that this form no longer changes; a correction becomes a new version that replaces this one.</translation>
    </message>
</context>
<context>
    <name>FormulierVergelijkDialog</name>
    <message>
        <source>Formulieren vergelijken</source>
        <translation>Compare forms</translation>
    </message>
    <message>
        <source>&amp;Alleen wat veranderd is</source>
        <translation>&amp;Only what changed</translation>
    </message>
    <message>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Na</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>FormulierenTab</name>
    <message>
        <source>&amp;Nieuw formulier…</source>
        <translation>&amp;New form…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Vergelijken…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Twee gekozen formulieren naast elkaar, of één met de vorige versie</source>
        <translation>Two selected forms side by side, or one with its previous version</translation>
    </message>
    <message>
        <source>Naar &amp;plan…</source>
        <translation>To &amp;plan…</translation>
    </message>
    <message>
        <source>Een bevinding als doel of actie in het begeleidingsplan zetten</source>
        <translation>Put a finding into the support plan as a goal or action</translation>
    </message>
    <message>
        <source>T&amp;rend…</source>
        <translation>T&amp;rend…</translation>
    </message>
    <message>
        <source>De schaal van dit formulier door de tijd</source>
        <translation>This form&apos;s scale over time</translation>
    </message>
    <message>
        <source>Af&amp;drukken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Het signaleringsplan op één pagina of als kaartjes om uit te knippen</source>
        <translation>The early-warning plan on one page or as cut-out cards</translation>
    </message>
    <message>
        <source>Ook vervangen versies &amp;tonen</source>
        <translation>Also &amp;show replaced versions</translation>
    </message>
    <message>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>color: #b71c1c;</source>
        <translation>color: #b71c1c;</translation>
    </message>
    <message>
        <source>&amp;Signaleringsplan (A4)…</source>
        <extracomment>After any save, so the dossier (plan, log) can refresh.</extracomment>
        <translation>&amp;Early-warning plan (A4)…</translation>
    </message>
    <message>
        <source>&amp;Kaartjes om uit te knippen…</source>
        <translation>&amp;Cards to cut out…</translation>
    </message>
    <message>
        <source>Niet geladen formulierdefinities:</source>
        <translation>Form definitions not loaded:</translation>
    </message>
    <message>
        <source>Afgeschermd voor jouw rol</source>
        <translation>Hidden for your role</translation>
    </message>
    <message>
        <source>Nieuw formulier</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>&amp;Welk formulier?</source>
        <translation>&amp;Which form?</translation>
    </message>
    <message>
        <source>Er is geen eerdere versie van dit formulier om mee te vergelijken.</source>
        <translation>There is no earlier version of this form to compare with.</translation>
    </message>
    <message>
        <source>Vergelijken: {titel}</source>
        <translation>Compare: {titel}</translation>
    </message>
    <message>
        <source>Versie {v} ({d})</source>
        <translation>Version {v} ({d})</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Nog geen definitieve metingen.</source>
        <translation>No final measurements yet.</translation>
    </message>
    <message>
        <source>Trend: {titel}</source>
        <translation>Trend: {titel}</translation>
    </message>
    <message>
        <source>In het plan &amp;zetten</source>
        <translation>Add to the &amp;plan</translation>
    </message>
</context>
<context>
    <name>GebeurtenisDialog</name>
    <message>
        <source>Vastleggen wat er gebeurd is</source>
        <translation>Record what happened</translation>
    </message>
    <message>
        <source>Leg vast wat er al gebeurd is, ook als het op papier of vóór KSO Desktop was. De termijnen van het kwaliteitskader tellen vanaf deze datum.</source>
        <translation>Record what has already happened, even if it was on paper or before KSO Desktop. The quality framework&apos;s deadlines count from this date.</translation>
    </message>
    <message>
        <source>&amp;Wat is er gebeurd:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>Wat is er gebeurd</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>bijvoorbeeld: verslag staat in het papieren dossier</source>
        <translation>for example: report is in the paper file</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Vastleggen voor %1</source>
        <translation>Record for %1</translation>
    </message>
</context>
<context>
    <name>GesprekkenTab</name>
    <message>
        <source>&amp;Tweegesprek vastleggen… (Ctrl+T)</source>
        <extracomment>After any save, so the main window can refresh the deadlines. Open editor windows; kept here so they live on after the dialog that opened them.</extracomment>
        <translation>Record one-to-one &amp;meeting… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Driegesprek voorbereiden…</source>
        <translation>Prepare &amp;three-way meeting…</translation>
    </message>
    <message>
        <source>Gekozen gesprek &amp;openen</source>
        <translation>&amp;Open selected meeting</translation>
    </message>
    <message>
        <source>&amp;Zoeken in gesprekken:</source>
        <translation>&amp;Search meetings:</translation>
    </message>
    <message>
        <source>Zoeken in gesprekken</source>
        <translation>Search meetings</translation>
    </message>
    <message>
        <source>bijvoorbeeld: financien, school (accenten maken niet uit)</source>
        <translation>for example: finances, school (accents do not matter)</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kies een jongere om de gesprekken te zien.</source>
        <translation>Choose a young person to see their meetings.</translation>
    </message>
    <message>
        <source>Geen gesprekken gevonden met &apos;%1&apos;.</source>
        <translation>No meetings found with &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Nog geen gesprekken. Leg een tweegesprek vast met Ctrl+T.</source>
        <translation>No meetings yet. Record a one-to-one meeting with Ctrl+T.</translation>
    </message>
    <message>
        <source>Enter op een gesprek opent het.</source>
        <translation>Press Enter on a meeting to open it.</translation>
    </message>
    <message>
        <source>Kies eerst een gesprek in de tijdlijn.</source>
        <translation>First choose a meeting in the timeline.</translation>
    </message>
    <message>
        <source>Dit is een versie van het begeleidingsplan: open die via het plan.</source>
        <translation>This is a version of the support plan: open it from the plan.</translation>
    </message>
</context>
<context>
    <name>HerstelBanner</name>
    <message>
        <source>Herstelmelding</source>
        <extracomment>Typing is kept as a herstelpunt this long after the last edit: a crash loses seconds, not a gesprek.</extracomment>
        <translation>Recovery notice</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>De herstelde tekst weggooien en het opgeslagen gesprek tonen</source>
        <translation>Discard the recovered text and show the saved meeting</translation>
    </message>
    <message>
        <source>Niet-opgeslagen tekst van %1 is hersteld.</source>
        <translation>Unsaved text from %1 has been recovered.</translation>
    </message>
</context>
<context>
    <name>InzageExport</name>
    <message>
        <source>Map voor de inzage-export</source>
        <translation>Folder for the subject access export</translation>
    </message>
    <message>
        <source>In deze map staat al een inzage-export van deze jongere (%1). Kies een andere map.</source>
        <translation>This folder already holds a subject access export of this young person (%1). Choose another folder.</translation>
    </message>
    <message>
        <source>Inzage-export maken…</source>
        <translation>Making the subject access export…</translation>
    </message>
    <message>
        <source>Inzage-export</source>
        <translation>Subject access export</translation>
    </message>
    <message>
        <source>Inzage-export gemaakt: %1 en %2 in %3. Persoonsgegevens: deel ze veilig.</source>
        <translation>Subject access export made: %1 and %2 in %3. Personal data: share them securely.</translation>
    </message>
</context>
<context>
    <name>JongereDialog</name>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>&amp;Voornaam:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>&amp;Achternaam:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>&amp;Roepnaam:</source>
        <translation>&amp;Known as:</translation>
    </message>
    <message>
        <source>als die anders is dan de voornaam</source>
        <translation>if different from the first name</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Known as</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboorte&amp;land:</source>
        <translation>Country of b&amp;irth:</translation>
    </message>
    <message>
        <source>Geboorteland</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>&amp;Talen:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Tele&amp;foon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>L&amp;ocatie:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>&amp;Plaatsing:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>&amp;Kennismaking:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg als die nog moet komen)</source>
        <translation>dd-mm-yyyy (empty if still to come)</translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>V&amp;ertrek:</source>
        <translation>D&amp;eparture:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg zolang de jongere er woont)</source>
        <translation>dd-mm-yyyy (empty while the young person lives there)</translation>
    </message>
    <message>
        <source>Vertrek</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Verlengde &amp;Opvang vanaf:</source>
        <translation>E&amp;xtended Care from:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg als niet van toepassing)</source>
        <translation>dd-mm-yyyy (empty if not applicable)</translation>
    </message>
    <message>
        <source>Verlengde Opvang vanaf</source>
        <translation>Extended Care from</translation>
    </message>
    <message>
        <source>&amp;Jeugdbeschermer:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Telefoon jeu&amp;gdbeschermer:</source>
        <translation>&amp;Guardian&apos;s phone:</translation>
    </message>
    <message>
        <source>Telefoon jeugdbeschermer</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>E-&amp;mail jeugdbeschermer:</source>
        <translation>Guardian&apos;s e&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail jeugdbeschermer</source>
        <translation>Guardian&apos;s email</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Eerste mentor</source>
        <translation>First mentor</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Gegevens van %1 wijzigen</source>
        <extracomment>The field label used in validation messages → the widget to focus.</extracomment>
        <translation>Edit details of %1</translation>
    </message>
    <message>
        <source>Nieuwe jongere</source>
        <translation>New young person</translation>
    </message>
    <message>
        <source>(nog geen mentor)</source>
        <translation>(no mentor yet)</translation>
    </message>
</context>
<context>
    <name>Kolommen</name>
    <message>
        <source>Niets open</source>
        <extracomment>Secondary text (hints, statuses): dark enough grey to stay readable.</extracomment>
        <translation>Nothing open</translation>
    </message>
    <message>
        <source>Naam</source>
        <extracomment>(header, field, choices) per column; choices are the enum for the columns edited with a list.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Jongeren</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>geen mentor</source>
        <translation>no mentor</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Eerstvolgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Woonbegeleider</source>
        <translation>Residential support worker</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Laatste evaluatie</source>
        <translation>Latest evaluation</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vastgelegd door</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Cirkel</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Woont in</source>
        <translation>Lives in</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life area</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>In eigen woorden</source>
        <extracomment>Alt+letters already taken in the window (menus &quot;Plan&quot; and &quot;Ga naar&quot;, &quot;Herstelpunt verwerpen&quot;).</extracomment>
        <translation>In own words</translation>
    </message>
    <message>
        <source>Professioneel</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
</context>
<context>
    <name>LeefgebiedKaart</name>
    <message>
        <source>Enter: naar %1</source>
        <translation>Enter: go to %1</translation>
    </message>
    <message>
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>%1. Nu: %2. %3.</source>
        <translation>%1. Now: %2. %3.</translation>
    </message>
    <message>
        <source>afgeschermd voor jouw rol</source>
        <translation>hidden for your role</translation>
    </message>
    <message>
        <source>nog niet gescoord</source>
        <translation>not scored yet</translation>
    </message>
</context>
<context>
    <name>LeefgebiedPagina</name>
    <message>
        <source>Leefgebied</source>
        <translation>Life area</translation>
    </message>
    <message>
        <source>Hulpvragen</source>
        <translation>Support needs</translation>
    </message>
    <message>
        <source>&amp;Zijn</source>
        <translation>&amp;Being</translation>
    </message>
    <message>
        <source>&amp;Worden</source>
        <translation>&amp;Becoming</translation>
    </message>
    <message>
        <source>P&amp;resteren</source>
        <translation>Per&amp;forming</translation>
    </message>
    <message>
        <source>Zijn</source>
        <translation>Being</translation>
    </message>
    <message>
        <source>Worden</source>
        <translation>Becoming</translation>
    </message>
    <message>
        <source>Presteren</source>
        <translation>Performing</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>Score zelfredzaamheid</source>
        <translation>Self-reliance score</translation>
    </message>
    <message>
        <source>&amp;Doelen</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <source>Doelen van dit leefgebied</source>
        <translation>Goals in this life area</translation>
    </message>
    <message>
        <source>Doel &amp;toevoegen… (Ctrl+D)</source>
        <translation>Add &amp;goal… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Doel w&amp;ijzigen… (Enter)</source>
        <translation>Ed&amp;it goal… (Enter)</translation>
    </message>
    <message>
        <source>&amp;Evaluatie toevoegen…</source>
        <translation>Add &amp;evaluation…</translation>
    </message>
    <message>
        <source>Norm %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>nog niet gescoord</source>
        <translation>not scored yet</translation>
    </message>
</context>
<context>
    <name>LeefgebiedTab</name>
    <message>
        <source>&amp;Evaluatie van de doelen:</source>
        <translation>&amp;Evaluation of the goals:</translation>
    </message>
    <message>
        <source>Evaluatie %1</source>
        <translation>Evaluation %1</translation>
    </message>
    <message>
        <source>Hoe gingen de doelen op dit leefgebied? Wat zegt de jongere?</source>
        <translation>How did the goals in this life area go? What does the young person say?</translation>
    </message>
    <message>
        <source>Afspraken voor dit leefgebied:</source>
        <translation>Agreements for this life area:</translation>
    </message>
    <message>
        <source>Gekozen afspraak verwijderen</source>
        <translation>Remove selected agreement</translation>
    </message>
    <message>
        <source>Afspraken %1</source>
        <translation>Agreements %1</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>wat is afgesproken (Enter voegt toe)</source>
        <translation>what was agreed (Enter adds it)</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Afspraa&amp;k toevoegen</source>
        <translation>Add agreemen&amp;t</translation>
    </message>
    <message>
        <source>W&amp;ie:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <source>&amp;Wat:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>Wa&amp;nneer:</source>
        <translation>W&amp;hen:</translation>
    </message>
</context>
<context>
    <name>LocatieDialog</name>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Soort locatie</source>
        <translation>Kind of location</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Locatie %1 wijzigen</source>
        <translation>Edit location %1</translation>
    </message>
    <message>
        <source>Nieuwe locatie</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>%1–%2 jongeren; %3.</source>
        <translation>%1–%2 young people; %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KSO Desktop</source>
        <translation>KSO Desktop</translation>
    </message>
    <message>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kies de locatie waarvan je de jongeren wilt zien (Alt+L)</source>
        <translation>Choose the location whose young people you want to see (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Naam, mentor of jeugdbeschermer (Ctrl+F)</source>
        <translation>Name, mentor or guardian (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken in de lijst met jongeren</source>
        <translation>Search the list of young people</translation>
    </message>
    <message>
        <source>&amp;Ik ben:</source>
        <translation>&amp;I am:</translation>
    </message>
    <message>
        <source>Medewerker die nu werkt</source>
        <translation>Staff member now on duty</translation>
    </message>
    <message>
        <source>Wijzigingen worden op naam van deze medewerker vastgelegd</source>
        <translation>Changes are recorded in this staff member&apos;s name</translation>
    </message>
    <message>
        <source>Melding over herstelde wijzigingen</source>
        <translation>Notice about recovered changes</translation>
    </message>
    <message>
        <source>Plan o&amp;penen</source>
        <translation>&amp;Open plan</translation>
    </message>
    <message>
        <source>Jongeren, wat moet er gebeuren, overdracht</source>
        <translation>Young people, what needs doing, handover</translation>
    </message>
    <message>
        <source>&amp;Jongeren</source>
        <translation>&amp;Young people</translation>
    </message>
    <message>
        <source>Jongeren van de locatie</source>
        <translation>Young people at the location</translation>
    </message>
    <message>
        <source>&amp;Wat moet er gebeuren</source>
        <translation>&amp;What needs doing</translation>
    </message>
    <message>
        <source>&amp;Overdracht</source>
        <translation>&amp;Handover</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Jongere</source>
        <translation>&amp;Young person</translation>
    </message>
    <message>
        <source>B&amp;eheer</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Nieuwe jongere…</source>
        <translation>&amp;New young person…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Gegevens &amp;wijzigen…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Mentor wijzigen…</source>
        <translation>Change &amp;mentor…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Begeleidingsplan…</source>
        <translation>&amp;Support plan…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Vastleggen wat er gebeurd is…</source>
        <translation>&amp;Record what happened…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Naar de &amp;lijst</source>
        <translation>To the &amp;list</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Naar het &amp;dossier</source>
        <translation>To the &amp;case file</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Locaties…</source>
        <translation>&amp;Locations…</translation>
    </message>
    <message>
        <source>&amp;Medewerkers…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Taal / Language…</source>
        <translation>&amp;Language / Taal…</translation>
    </message>
    <message>
        <source>&amp;Over KSO Desktop</source>
        <translation>&amp;About KSO Desktop</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Locatie kiezen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoeken in de lijst&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Naar de lijst / naar het dossier&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt; / &lt;b&gt;Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Wat moet er gebeuren / overdracht&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tweegesprek vastleggen (in het dossier, tab Gesprekken)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Overdracht gelezen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nieuwe jongere&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Gegevens van de jongere wijzigen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mentor wijzigen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Begeleidingsplan openen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; in plan/driegesprek&lt;/td&gt;&lt;td&gt;Afdrukken: Mijn plan, verslag, agenda&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vastleggen wat er gebeurd is (plan, driegesprek, ...)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Inzage-export (AVG): alles over de jongere als PDF en JSON&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kiezen wie er nu werkt&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vergrendelen (ontgrendelen met je pincode)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vernieuwen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Afsluiten&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <extracomment>Arrowing through the list opens a dossier only once the selection rests, so every dossier that is really looked at is logged as &quot;ingezien&quot;, and skimming past one is not.</extracomment>
        <translation>&lt;table cellpadding=3&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Choose location&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the list&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;Ctrl+2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;To the list / to the case file&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+3&lt;/b&gt; / &lt;b&gt;Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;What needs doing / handover&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Record one-to-one meeting (in the case file, Meetings tab)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Handover read&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New young person&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit the young person&apos;s details&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Change mentor&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open support plan&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt; in plan/three-way meeting&lt;/td&gt;&lt;td&gt;Print: My plan, report, agenda&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Record what happened (plan, three-way meeting, ...)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Subject access export (GDPR): everything about the young person as PDF and JSON&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Choose who is working now&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock (unlock with your PIN)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Inzage-export (AVG)…</source>
        <translation>&amp;Subject access export (GDPR)…</translation>
    </message>
    <message>
        <source>Alles wat over deze jongere is vastgelegd, als PDF en JSON</source>
        <translation>Everything recorded about this young person, as PDF and JSON</translation>
    </message>
    <message>
        <source>%1 · %2 jongeren</source>
        <translation>%1 · %2 young people</translation>
    </message>
    <message>
        <source>Alle locaties</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>%1 jongeren · %2 met iets dat te laat is · wijzigingen op naam van %3</source>
        <translation>%1 young people · %2 with something overdue · changes recorded in the name of %3</translation>
    </message>
    <message>
        <source>&amp;Overdracht (%1)</source>
        <translation>&amp;Handover (%1)</translation>
    </message>
    <message>
        <source> (en nog %1 ander(e) gesprek(ken) of plan(nen))</source>
        <translation> (and %1 other meeting(s) or plan(s))</translation>
    </message>
    <message>
        <source>Niet-opgeslagen tekst in een %1 met %2%3 van %4 is bewaard gebleven. Open het gesprek om het op te slaan.</source>
        <translation>Unsaved text in a %1 with %2%3 from %4 has been kept. Open the meeting to save it.</translation>
    </message>
    <message>
        <source> (en nog %1 plan(nen) of gesprek(ken))</source>
        <translation> (and %1 more plan(s) or meeting(s))</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen in het begeleidingsplan van %1%2 van %3 zijn bewaard gebleven. Open het plan om ze op te slaan.</source>
        <translation>Unsaved changes to the support plan of %1%2 from %3 have been kept. Open the plan to save them.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst &apos;Vastgelegd&apos; wat je wilt intrekken.</source>
        <translation>First choose in the &apos;Recorded&apos; list what you want to withdraw.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; van %2 intrekken?

Doe dit alleen bij een vergissing. De intrekking blijft zichtbaar in het logboek.</source>
        <translation>Withdraw &apos;%1&apos; of %2?

Only do this after a mistake. The withdrawal stays visible in the log.</translation>
    </message>
    <message>
        <source>Vastlegging intrekken</source>
        <translation>Withdraw record</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Over KSO Desktop</source>
        <translation>About KSO Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;KSO Desktop %1&lt;/b&gt;&lt;br&gt;Voor woonbegeleiders in de Kleinschalige Opvang.&lt;br&gt;Werkt volgens het kwaliteitskader KSO van Nidos.</source>
        <translation>&lt;b&gt;KSO Desktop %1&lt;/b&gt;&lt;br&gt;For residential support workers in small-scale reception (Kleinschalige Opvang).&lt;br&gt;Works according to the Nidos KSO quality framework.</translation>
    </message>
</context>
<context>
    <name>MedewerkerDialog</name>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Locaties:</source>
        <translation>&amp;Locations:</translation>
    </message>
    <message>
        <source>Locaties van de medewerker</source>
        <translation>The staff member&apos;s locations</translation>
    </message>
    <message>
        <source>&amp;Actief (kan mentor worden en inloggen)</source>
        <translation>&amp;Active (can become mentor and sign in)</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Medewerker %1 wijzigen</source>
        <translation>Edit staff member %1</translation>
    </message>
    <message>
        <source>Nieuwe medewerker</source>
        <translation>New staff member</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <source>Mentor wijzigen</source>
        <translation>Change mentor</translation>
    </message>
    <message>
        <source>De jongere kan van mentor wisselen (Norm 3.3a, 7.2c). De vorige mentor blijft in de historie staan.</source>
        <translation>The young person can change mentor (Standard 3.3a, 7.2c). The previous mentor stays in the history.</translation>
    </message>
    <message>
        <source>Huidige mentor:</source>
        <translation>Current mentor:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Nieuwe mentor:</source>
        <translation>&amp;New mentor:</translation>
    </message>
    <message>
        <source>Nieuwe mentor</source>
        <translation>New mentor</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>bijvoorbeeld: op verzoek van de jongere (Norm 3.3a)</source>
        <translation>for example: at the young person&apos;s request (Standard 3.3a)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Mentor van %1 wijzigen</source>
        <translation>Change mentor of %1</translation>
    </message>
    <message>
        <source>%1 (sinds %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>geen mentor</source>
        <translation>no mentor</translation>
    </message>
</context>
<context>
    <name>NaarPlanDialog</name>
    <message>
        <source>Bevinding naar het begeleidingsplan</source>
        <translation>Finding to the support plan</translation>
    </message>
    <message>
        <source>&amp;Bevinding:</source>
        <translation>&amp;Finding:</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Tekst voor het plan:</source>
        <translation>&amp;Text for the plan:</translation>
    </message>
    <message>
        <source>Tekst voor het plan</source>
        <translation>Text for the plan</translation>
    </message>
    <message>
        <source>&amp;Leefgebied:</source>
        <translation>&amp;Life area:</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life area</translation>
    </message>
    <message>
        <source>Toevoegen:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <source>Als nieuw &amp;doel</source>
        <translation>As new &amp;goal</translation>
    </message>
    <message>
        <source>Als &amp;actie bij doel:</source>
        <translation>As &amp;action for goal:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>color: #b71c1c; font-weight: bold;</source>
        <translation>color: #b71c1c; font-weight: bold;</translation>
    </message>
</context>
<context>
    <name>NetwerkEditor</name>
    <message>
        <source>Sociaal netwerk – %s</source>
        <translation>Social network – %s</translation>
    </message>
    <message>
        <source>Sociaal netwerk van %s</source>
        <translation>Social network of %s</translation>
    </message>
    <message>
        <source>Tekening van het netwerk</source>
        <translation>Drawing of the network</translation>
    </message>
    <message>
        <source>Lijst van mensen in het netwerk</source>
        <translation>List of people in the network</translation>
    </message>
    <message>
        <source>Insert: persoon toevoegen · Ctrl+↑/↓: dichterbij/verder weg · Ctrl+←/→: andere sector · F2: cel wijzigen · Enter: persoon wijzigen · Delete: weghalen · Ctrl+Z / Ctrl+Shift+Z: ongedaan maken / opnieuw. Slepen in de tekening kan ook. Teken: + steun (beschermjas), ! zorg; doorgestreept: geen contact mogelijk.</source>
        <translation>Insert: add person · Ctrl+↑/↓: closer/further away · Ctrl+←/→: other sector · F2: edit cell · Enter: edit person · Delete: remove · Ctrl+Z / Ctrl+Shift+Z: undo / redo. You can also drag in the drawing. Signs: + support (protective), ! concern; struck through: no contact possible.</translation>
    </message>
    <message>
        <source>Persoon &amp;toevoegen… (Insert)</source>
        <translation>&amp;Add person… (Insert)</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Weg&amp;halen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>Verge&amp;lijken…</source>
        <translation>Com&amp;pare…</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Dichterbij</source>
        <translation>Closer</translation>
    </message>
    <message>
        <source>Verder weg</source>
        <translation>Further away</translation>
    </message>
    <message>
        <source>Vorige sector</source>
        <translation>Previous sector</translation>
    </message>
    <message>
        <source>Volgende sector</source>
        <translation>Next sector</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Nog niemand in het netwerk. Voeg iemand toe met Insert.</source>
        <translation>Nobody in the network yet. Add someone with Insert.</translation>
    </message>
    <message>
        <source>%s · %d personen</source>
        <translation>%s · %d people</translation>
    </message>
    <message>
        <source> · een wijziging begint een nieuw concept</source>
        <translation> · a change starts a new draft</translation>
    </message>
    <message>
        <source>Niet gewijzigd</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>%s toevoegen</source>
        <translation>Add %s</translation>
    </message>
    <message>
        <source>%s wijzigen</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <source>%s weghalen</source>
        <translation>Remove %s</translation>
    </message>
    <message>
        <source>%s naar %s</source>
        <translation>%s to %s</translation>
    </message>
    <message>
        <source>Netwerk vaststellen</source>
        <translation>Adopt network</translation>
    </message>
    <message>
        <source>Versie %d vaststellen zoals je die samen met de jongere hebt getekend? Daarna verandert deze versie niet meer; een volgende wijziging begint een nieuwe versie.</source>
        <translation>Adopt version %d as you signed it together with the young person? After that this version no longer changes; the next change starts a new version.</translation>
    </message>
    <message>
        <source>Niet vastgesteld</source>
        <translation>Not adopted</translation>
    </message>
</context>
<context>
    <name>OverdrachtPanel</name>
    <message>
        <source>Schrijf eerst wat je wilt overdragen. Er is niets opgeslagen.</source>
        <translation>First write what you want to hand over. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Overdracht</source>
        <extracomment>The number of unread notes shown, whenever it changes (for a tab title or the status bar).</extracomment>
        <translation>Handover</translation>
    </message>
    <message>
        <source>&amp;Gelezen</source>
        <translation>Mark as &amp;read</translation>
    </message>
    <message>
        <source>Alle getoonde notities als gelezen markeren (Alt+G)</source>
        <translation>Mark all notes shown as read (Alt+G)</translation>
    </message>
    <message>
        <source>Ongelezen overdracht</source>
        <translation>Unread handover</translation>
    </message>
    <message>
        <source>Wat moet de volgende dienst weten?</source>
        <translation>What does the next shift need to know?</translation>
    </message>
    <message>
        <source>Nieuwe overdracht</source>
        <translation>New handover</translation>
    </message>
    <message>
        <source>&amp;Nieuwe overdracht:</source>
        <translation>&amp;New handover:</translation>
    </message>
    <message>
        <source>Over wie</source>
        <translation>About whom</translation>
    </message>
    <message>
        <source>B&amp;etreft:</source>
        <translation>Conc&amp;erns:</translation>
    </message>
    <message>
        <source>Overdracht sch&amp;rijven</source>
        <translation>W&amp;rite handover</translation>
    </message>
    <message>
        <source>Opslaan voor de volgende dienst (Ctrl+Enter)</source>
        <translation>Save for the next shift (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 ongelezen voor %2</source>
        <translation>%1 unread for %2</translation>
    </message>
    <message>
        <source>Geen nieuwe overdracht. Je bent bij.</source>
        <translation>No new handover. You are up to date.</translation>
    </message>
    <message>
        <source>Kies een locatie voor de overdracht.</source>
        <translation>Choose a location for the handover.</translation>
    </message>
    <message>
        <source>Hele locatie</source>
        <translation>Whole location</translation>
    </message>
    <message>
        <source>%1 Er is niets opgeslagen.</source>
        <translation>%1 Nothing has been saved.</translation>
    </message>
    <message>
        <source>de hele locatie</source>
        <translation>the whole location</translation>
    </message>
</context>
<context>
    <name>PersoonDialog</name>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Persoon wijzigen</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>&amp;Naam of omschrijving</source>
        <translation>&amp;Name or description</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Cirkel</source>
        <translation>&amp;Circle</translation>
    </message>
    <message>
        <source>&amp;Woont in</source>
        <translation>&amp;Lives in</translation>
    </message>
    <message>
        <source>C&amp;ontact mogelijk</source>
        <translation>C&amp;ontact possible</translation>
    </message>
    <message>
        <source>&amp;Betekenis</source>
        <translation>&amp;Meaning</translation>
    </message>
    <message>
        <source>No&amp;titie</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersoonItem</name>
    <message>
        <source>%1 – %2
%3, %4
%5; contact mogelijk: %6</source>
        <extracomment>Radius of the outer ring in scene units (pixels at 100 %); the view scales the scene to fit.</extracomment>
        <translation>%1 – %2
%3, %4
%5; contact possible: %6</translation>
    </message>
    <message>
        <source>relatie onbekend</source>
        <translation>relationship unknown</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Begeleidingsplan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status van het plan</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <source>Advies over het aantal doelen</source>
        <translation>Advice on the number of goals</translation>
    </message>
    <message>
        <source>Melding over herstelde wijzigingen</source>
        <translation>Notice about recovered changes</translation>
    </message>
    <message>
        <source>Herstelpunt &amp;verwerpen…</source>
        <translation>&amp;Discard recovery point…</translation>
    </message>
    <message>
        <source>Gooi de herstelde wijzigingen weg en toon de opgeslagen versie</source>
        <translation>Discard the recovered changes and show the saved version</translation>
    </message>
    <message>
        <source>Deze versie is vastgesteld</source>
        <translation>This version has been adopted</translation>
    </message>
    <message>
        <source>Nieuw concept (Ctrl+N)</source>
        <translation>New draft (Ctrl+N)</translation>
    </message>
    <message>
        <source>Er is nog geen begeleidingsplan. Stel het samen met de jongere en de jeugdbeschermer op, binnen zes weken na de kennismaking (Norm 1.1a).</source>
        <translation>There is no support plan yet. Draw it up with the young person and the guardian, within six weeks of the introduction (Standard 1.1a).</translation>
    </message>
    <message>
        <source>Begeleidingsplan &amp;starten</source>
        <translation>&amp;Start support plan</translation>
    </message>
    <message>
        <source>Onderdelen van het plan</source>
        <translation>Sections of the plan</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: kies een onderdeel. Enter: naar de velden. Ctrl+1: terug naar deze lijst.</source>
        <translation>Arrow keys: choose a section. Enter: to the fields. Ctrl+1: back to this list.</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Per leefgebied: hoe zelfredzaam de jongere nu is, de doelen, en de scores van alle versies.</source>
        <translation>Per life area: how self-reliant the young person is now, the goals, and the scores of all versions.</translation>
    </message>
    <message>
        <source>Opgesteld door</source>
        <translation>Drawn up by</translation>
    </message>
    <message>
        <source>Het plan wordt opgesteld met de jongere en de jeugdbeschermer (Norm 1.1a).</source>
        <translation>The plan is drawn up with the young person and the guardian (Standard 1.1a).</translation>
    </message>
    <message>
        <source>De &amp;jongere deed mee</source>
        <translation>The &amp;young person took part</translation>
    </message>
    <message>
        <source>&amp;Woonbegeleider:</source>
        <translation>&amp;Support worker:</translation>
    </message>
    <message>
        <source>Woonbegeleider</source>
        <translation>Residential support worker</translation>
    </message>
    <message>
        <source>Jeugd&amp;beschermer:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>&amp;Anderen:</source>
        <translation>&amp;Others:</translation>
    </message>
    <message>
        <source>bijvoorbeeld een tolk, mentor op school of familie</source>
        <translation>for example an interpreter, a mentor at school or family</translation>
    </message>
    <message>
        <source>Anderen</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Elke vastgestelde versie blijft bewaard zoals die is vastgesteld. Vergelijk twee versies om te zien wat er veranderd is.</source>
        <translation>Every adopted version is kept as it was adopted. Compare two versions to see what changed.</translation>
    </message>
    <message>
        <source>Versies van het plan</source>
        <translation>Versions of the plan</translation>
    </message>
    <message>
        <source>Verge&amp;lijken…</source>
        <translation>Com&amp;pare…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Ga &amp;naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>Het plan vaststellen met de jongere (Ctrl+Shift+V)</source>
        <translation>Adopt the plan with the young person (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Nieuw concept</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <source>Verder werken in een nieuwe versie, een kopie van de vastgestelde (Ctrl+N)</source>
        <translation>Continue in a new version, a copy of the adopted one (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Doel toevoegen…</source>
        <translation>Add &amp;goal…</translation>
    </message>
    <message>
        <source>Een doel toevoegen aan dit leefgebied (Ctrl+D)</source>
        <translation>Add a goal to this life area (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Twee versies naast elkaar: wat is er veranderd?</source>
        <translation>Two versions side by side: what changed?</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Naar de &amp;onderdelen</source>
        <translation>To the &amp;sections</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Naar de &amp;velden</source>
        <translation>To the &amp;fields</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>V&amp;orig onderdeel</source>
        <translation>Pre&amp;vious section</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Vol&amp;gend onderdeel</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Sterke kanten en dromen</source>
        <extracomment>Typing is kept as a herstelpunt this long after the last keystroke: a crash loses seconds, not work. The plan-wide parts, grouped into pages the way a mentor talks them through with the jongere.</extracomment>
        <translation>Strengths and dreams</translation>
    </message>
    <message>
        <source>Draagkracht en draaglast</source>
        <translation>Resilience and burden</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Verlengde Opvang</source>
        <translation>Extended Care</translation>
    </message>
    <message>
        <source>Quickscan en signaleringsplan: dossier, tab Formulieren.</source>
        <translation>Quickscan and early-warning plan: case file, Forms tab.</translation>
    </message>
    <message>
        <source>Begeleidingsplan – %1</source>
        <translation>Support plan – %1</translation>
    </message>
    <message>
        <source>&amp;Mijn plan afdrukken…</source>
        <translation>Print &amp;My plan…</translation>
    </message>
    <message>
        <source>&amp;Begeleidingsplan afdrukken…</source>
        <translation>Print &amp;support plan…</translation>
    </message>
    <message>
        <source>Netwerk in beeld…</source>
        <translation>Network picture…</translation>
    </message>
    <message>
        <source>Zie in het dossier, tab Formulieren: </source>
        <translation>See the case file, Forms tab: </translation>
    </message>
    <message>
        <source>Nog geen Quickscan of signaleringsplan: maak ze in het dossier, tab Formulieren.</source>
        <translation>No Quickscan or early-warning plan yet: make them in the case file, Forms tab.</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source> en %1 maanden</source>
        <translation> and %1 months</translation>
    </message>
    <message>
        <source>Voor %1 nog niet nodig: dit deel vul je in vanaf %2.</source>
        <translation>Not needed yet for %1: you fill in this part from %2.</translation>
    </message>
    <message>
        <source>Nog geen plan</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen van %1 zijn hersteld. Kies Opslaan om ze te bewaren, of Herstelpunt verwerpen.</source>
        <translation>Unsaved changes from %1 have been recovered. Choose Save to keep them, or Discard recovery point.</translation>
    </message>
    <message>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Vastgesteld op %1</source>
        <translation>Adopted on %1</translation>
    </message>
    <message>
        <source>Deze versie is vastgesteld op %1 en verandert niet meer. Kies &apos;Nieuw concept&apos; om verder te werken.</source>
        <translation>This version was adopted on %1 and no longer changes. Choose &apos;New draft&apos; to continue working.</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Doel w&amp;ijzigen… (Enter)</source>
        <translation>&amp;Edit goal… (Enter)</translation>
    </message>
    <message>
        <source>Doel &amp;bekijken… (Enter)</source>
        <translation>&amp;View goal… (Enter)</translation>
    </message>
    <message>
        <source>Er staan %1 doelen open. Onderzoek raadt een handvol tegelijk aan; kies samen met de jongere wat nu het belangrijkst is.</source>
        <translation>There are %1 open goals. Research recommends a handful at a time; choose together with the young person what matters most now.</translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Alles is opgeslagen</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <source>Herstelpunt kon niet worden bewaard: %1</source>
        <translation>Recovery point could not be kept: %1</translation>
    </message>
    <message>
        <source>Herstelpunt bewaard om %1</source>
        <translation>Recovery point kept at %1</translation>
    </message>
    <message>
        <source>Herstelpunt verwerpen</source>
        <translation>Discard recovery point</translation>
    </message>
    <message>
        <source>De herstelde wijzigingen weggooien en de opgeslagen versie tonen?

Dit kan niet ongedaan worden.</source>
        <translation>Discard the recovered changes and show the saved version?

This cannot be undone.</translation>
    </message>
    <message>
        <source>Herstelpunt verworpen; de opgeslagen versie staat weer op het scherm.</source>
        <translation>Recovery point discarded; the saved version is back on screen.</translation>
    </message>
    <message>
        <source>Begeleidingsplan niet gestart</source>
        <translation>Support plan not started</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1

Wat je hebt getypt blijft staan. Pas het aan en kies daarna opnieuw Opslaan.</source>
        <translation>%1

What you typed stays. Correct it and then choose Save again.</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>%1 heeft dit plan intussen ook opgeslagen. Jullie wijzigingen zijn samengevoegd.</source>
        <translation>%1 has also saved this plan in the meantime. Your changes have been merged.</translation>
    </message>
    <message>
        <source>Wijzigingen samengevoegd</source>
        <translation>Changes merged</translation>
    </message>
    <message>
        <source>Versie %1 is vastgesteld.</source>
        <translation>Version %1 has been adopted.</translation>
    </message>
    <message>
        <source>Geen nieuw concept</source>
        <translation>No new draft</translation>
    </message>
    <message>
        <source>Versie %1 is een nieuw concept, een kopie van de vorige.</source>
        <translation>Version %1 is a new draft, a copy of the previous one.</translation>
    </message>
    <message>
        <source>Kies eerst een doel in de lijst &apos;Doelen&apos;.</source>
        <translation>First choose a goal in the &apos;Goals&apos; list.</translation>
    </message>
    <message>
        <source>Begeleidingsplan sluiten</source>
        <translation>Close support plan</translation>
    </message>
    <message>
        <source>Het begeleidingsplan van %1 heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The support plan of %1 has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Opslaan bewaart ze in het plan. Niet opslaan gooit ze weg.</source>
        <translation>Save keeps them in the plan. Don&apos;t save discards them.</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanVergelijkDialog</name>
    <message>
        <source>Versies vergelijken</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Oude versie</source>
        <translation>Old version</translation>
    </message>
    <message>
        <source>&amp;Naar:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Verschillen tussen de versies</source>
        <translation>Differences between the versions</translation>
    </message>
</context>
<context>
    <name>RedenDialog</name>
    <message>
        <source>Correctie op een definitief gesprek</source>
        <translation>Correction to a final meeting</translation>
    </message>
    <message>
        <source>Een definitief gesprek verandert niet: je correctie wordt een nieuwe versie die de oude vervangt. De oude blijft bewaard. Waarom corrigeer je?</source>
        <translation>A final meeting does not change: your correction becomes a new version that replaces the old one. The old one is kept. Why are you correcting it?</translation>
    </message>
    <message>
        <source>&amp;Reden van de correctie:</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <source>Reden van de correctie</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Correctie opslaan</source>
        <translation>&amp;Save correction</translation>
    </message>
</context>
<context>
    <name>ScoreGrafiek</name>
    <message>
        <source>nog geen scores</source>
        <translation>no scores yet</translation>
    </message>
    <message>
        <source>Scores in de tijd</source>
        <translation>Scores over time</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Scores: %1</translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <source>Conflicten oplossen</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <source>Hetzelfde stuk is op twee plaatsen anders gewijzigd. Beide versies zijn bewaard. Kies per conflict welke versie blijft, of maak één samengevoegde tekst.</source>
        <translation>The same item was changed differently in two places. Both versions have been kept. For each conflict, choose which version stays, or make one merged text.</translation>
    </message>
    <message>
        <source>&amp;Conflict:</source>
        <translation>&amp;Conflict:</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>&amp;Veld:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>&amp;Mijn versie (deze laptop):</source>
        <translation>&amp;My version (this laptop):</translation>
    </message>
    <message>
        <source>&amp;Versie op het portaal:</source>
        <translation>&amp;Version on the portal:</translation>
    </message>
    <message>
        <source>Mijn versie</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versie op het portaal</source>
        <translation>Version on the portal</translation>
    </message>
    <message>
        <source>&amp;Samengevoegde tekst (voor dit veld):</source>
        <translation>&amp;Merged text (for this field):</translation>
    </message>
    <message>
        <source>Samengevoegde tekst</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Houd m&amp;ijn versie</source>
        <translation>Keep m&amp;y version</translation>
    </message>
    <message>
        <source>Houd de versie van het &amp;portaal</source>
        <translation>Keep the &amp;portal&apos;s version</translation>
    </message>
    <message>
        <source>Samengevoegde tekst &amp;bewaren</source>
        <translation>&amp;Keep merged text</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <source>Inloggen bij het portaal</source>
        <translation>Sign in to the portal</translation>
    </message>
    <message>
        <source>Log in bij het portaal om plannen en verslagen te synchroniseren. Uw wachtwoord wordt niet bewaard; alleen een sleutel, in de beveiligde sleutelopslag van deze computer.</source>
        <translation>Sign in to the portal to synchronise plans and reports. Your password is not stored; only a key, in this computer&apos;s secure key store.</translation>
    </message>
    <message>
        <source>&amp;Adres van het portaal:</source>
        <translation>Portal &amp;address:</translation>
    </message>
    <message>
        <source>https://portaal.example.nl</source>
        <translation>https://portaal.example.nl</translation>
    </message>
    <message>
        <source>Adres van het portaal</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>SyncStaat</name>
    <message>
        <source>Gesynchroniseerd</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Alleen op deze laptop</source>
        <translation>Only on this laptop</translation>
    </message>
    <message>
        <source>Buiten je locaties — bewaard tot alles verzonden is</source>
        <translation>Outside your locations — kept until everything is sent</translation>
    </message>
    <message>
        <source>Staat ook zo in het portaal.</source>
        <translation>The portal has the same.</translation>
    </message>
    <message>
        <source>Gaat mee met de volgende synchronisatie.</source>
        <translation>Goes with the next synchronisation.</translation>
    </message>
    <message>
        <source>Hier en elders tegelijk gewijzigd: kies onder Conflicten (statusbalk) welke tekst blijft.</source>
        <translation>Changed here and elsewhere at the same time: choose under Conflicts (status bar) which text stays.</translation>
    </message>
    <message>
        <source>Het portaal weigerde deze wijziging. De tekst blijft hier bewaard; zie Synchronisatie → Geweigerd (statusbalk).</source>
        <translation>The portal refused this change. The text is kept here; see Synchronisation → Refused (status bar).</translation>
    </message>
    <message>
        <source>Nog nooit naar het portaal verstuurd.</source>
        <translation>Never sent to the portal.</translation>
    </message>
    <message>
        <source>Deze jongere hoort niet meer bij je locaties, maar hier staan nog niet-verstuurde gegevens.</source>
        <translation>This young person no longer belongs to your locations, but data not yet sent is still here.</translation>
    </message>
    <message>
        <source>Er wacht niets meer.</source>
        <translation>Nothing is waiting any more.</translation>
    </message>
    <message>
        <source>Wacht nog:</source>
        <translation>Still waiting:</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Nu synchroniseren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Con&amp;flicten…</source>
        <translation>Con&amp;flicts…</translation>
    </message>
    <message>
        <source>Inloggen bij &amp;portaal…</source>
        <translation>Sign in to &amp;portal…</translation>
    </message>
    <message>
        <source>Portaal: </source>
        <translation>Portal: </translation>
    </message>
    <message>
        <source>Niet verbonden met het portaal</source>
        <extracomment>Sync every few minutes while the app is open and a portal is set up.</extracomment>
        <translation>Not connected to the portal</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>nog niet gesynchroniseerd</source>
        <translation>not synchronised yet</translation>
    </message>
    <message>
        <source>laatste sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>%1 wachtend</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>%1 conflict(en)</source>
        <translation>%1 conflict(s)</translation>
    </message>
    <message>
        <source>Stoppen (Shift+F9)</source>
        <translation>Stop (Shift+F9)</translation>
    </message>
    <message>
        <source>Stopt na de pagina of groep die nu onderweg is; er gaat niets verloren.</source>
        <translation>Stops after the page or batch now on its way; nothing is lost.</translation>
    </message>
    <message>
        <source>Syn&amp;chronisatiedetails…</source>
        <translation>Sync &amp;details…</translation>
    </message>
    <message>
        <source>Be&amp;kijk geweigerd (%1)…</source>
        <translation>Ref&amp;used (%1)…</translation>
    </message>
    <message>
        <source>Portaal: stoppen na de huidige stap…</source>
        <translation>Portal: stopping after the current step…</translation>
    </message>
    <message>
        <source>Synchronisatie gestopt</source>
        <translation>Synchronisation stopped</translation>
    </message>
    <message>
        <source>%1 nieuw(e) conflict(en)</source>
        <translation>%1 new conflict(s)</translation>
    </message>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Synchronisatie stoppen</source>
        <translation>Stop synchronising</translation>
    </message>
</context>
<context>
    <name>SyncVenster</name>
    <message>
        <source>Synchronisatie</source>
        <extracomment>True when the person asked to try something again: the caller syncs after closing.</extracomment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Geweigerd door het portaal</source>
        <translation>&amp;Refused by the portal</translation>
    </message>
    <message>
        <source>&amp;Buiten je locaties</source>
        <translation>&amp;Outside your locations</translation>
    </message>
    <message>
        <source>&amp;Logboek</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Deze wijzigingen weigerde het portaal. Ze blijven op deze laptop bewaard, met de tekst: kopieer die als u hem elders nodig hebt, of probeer het opnieuw als de oorzaak weg is.</source>
        <translation>The portal refused these changes. They stay on this laptop, with their text: copy it if you need it elsewhere, or try again once the cause is gone.</translation>
    </message>
    <message>
        <source>Geweigerde wijzigingen</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>Reden van het portaal</source>
        <translation>The portal&apos;s reason</translation>
    </message>
    <message>
        <source>&amp;Tekst van de wijziging:</source>
        <translation>&amp;Text of the change:</translation>
    </message>
    <message>
        <source>Tekst van de wijziging</source>
        <translation>Text of the change</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>Verstuurt de gegevens zoals ze nu zijn opnieuw bij de volgende synchronisatie.</source>
        <translation>Sends the data as it is now again with the next synchronisation.</translation>
    </message>
    <message>
        <source>Tekst &amp;kopiëren</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Deze jongeren horen niet meer bij je locaties. Ze blijven op deze laptop bewaard zolang hier nog iets van hen wacht dat het portaal niet heeft; niets daarvan gaat verloren.</source>
        <translation>These young people no longer belong to your locations. They are kept on this laptop as long as something of theirs waits here that the portal does not have; none of it is lost.</translation>
    </message>
    <message>
        <source>Jongeren buiten je locaties</source>
        <translation>Young people outside your locations</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Logboek van de synchronisatie</source>
        <translation>Synchronisation log</translation>
    </message>
    <message>
        <source>&amp;Geweigerd door het portaal (%1)</source>
        <translation>&amp;Refused by the portal (%1)</translation>
    </message>
    <message>
        <source>Geen: alle jongeren op deze laptop horen bij je locaties.</source>
        <translation>None: every young person on this laptop belongs to your locations.</translation>
    </message>
    <message>
        <source>&amp;Buiten je locaties (%1)</source>
        <translation>&amp;Outside your locations (%1)</translation>
    </message>
    <message>
        <source>Het portaal heeft geen wijzigingen geweigerd.</source>
        <translation>The portal has refused no changes.</translation>
    </message>
    <message>
        <source>%1 — geweigerd op %2. Reden: %3</source>
        <translation>%1 — refused on %2. Reason: %3</translation>
    </message>
    <message>
        <source>%1 gaat mee met de volgende synchronisatie.</source>
        <translation>%1 goes with the next synchronisation.</translation>
    </message>
    <message>
        <source>De tekst staat op het klembord.</source>
        <translation>The text is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>Taak</name>
    <message>
        <source>Er ging iets mis: %1</source>
        <extracomment>``werk(voortgang, stop)``: report ``voortgang(gedaan, totaal)``, look at ``stop()`` now and then.</extracomment>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>geen gegevens</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>TweegesprekDialog</name>
    <message>
        <source>Tweegesprek</source>
        <translation>One-to-one meeting</translation>
    </message>
    <message>
        <source>Leg vast wat je met de jongere besproken en afgesproken hebt (Norm 1.1b). Enter voegt een onderwerp of afspraak toe; Ctrl+Enter slaat definitief op.</source>
        <translation>Record what you discussed and agreed with the young person (Standard 1.1b). Enter adds a topic or agreement; Ctrl+Enter saves for good.</translation>
    </message>
    <message>
        <source>D&amp;atum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Ti&amp;jd:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Tijd van het gesprek</source>
        <translation>Time of the meeting</translation>
    </message>
    <message>
        <source>Woonbe&amp;geleider:</source>
        <translation>&amp;Support worker:</translation>
    </message>
    <message>
        <source>Woonbegeleider</source>
        <translation>Residential support worker</translation>
    </message>
    <message>
        <source>&amp;Onderwerpen (typ een onderwerp en druk op Enter):</source>
        <translation>&amp;Topics (type a topic and press Enter):</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>bijvoorbeeld: school, geld, familie</source>
        <translation>for example: school, money, family</translation>
    </message>
    <message>
        <source>onderwerp &amp;van de jongere</source>
        <translation>topic &amp;from the young person</translation>
    </message>
    <message>
        <source>De jongere bracht dit onderwerp zelf in (Norm 1.2a, 3.3a)</source>
        <translation>The young person raised this topic themselves (Standard 1.2a, 3.3a)</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Enter in het onderwerp voegt het ook toe</source>
        <translation>Enter in the topic adds it too</translation>
    </message>
    <message>
        <source>Besproken onderwerpen</source>
        <translation>Topics discussed</translation>
    </message>
    <message>
        <source>Gekozen onderwerp weg&amp;halen</source>
        <translation>&amp;Remove selected topic</translation>
    </message>
    <message>
        <source>Besproken leefgebieden</source>
        <translation>Life areas discussed</translation>
    </message>
    <message>
        <source>&amp;Sociaal netwerk</source>
        <translation>&amp;Social network</translation>
    </message>
    <message>
        <source>&amp;Lichamelijke en psychische gezondheid</source>
        <translation>&amp;Physical and mental health</translation>
    </message>
    <message>
        <source>Dag&amp;besteding</source>
        <translation>&amp;Daytime activities</translation>
    </message>
    <message>
        <source>&amp;Wonen</source>
        <translation>&amp;Housing</translation>
    </message>
    <message>
        <source>&amp;Financiën</source>
        <translation>&amp;Finances</translation>
    </message>
    <message>
        <source>&amp;Zingeving</source>
        <translation>&amp;Meaning in life</translation>
    </message>
    <message>
        <source>Notiti&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Wat is er besproken? Hoe gaat het met de jongere?</source>
        <translation>What was discussed? How is the young person doing?</translation>
    </message>
    <message>
        <source>Voortgang op &amp;doelen (alleen wat je invult wordt opgeslagen):</source>
        <translation>Progress on &amp;goals (only what you fill in is saved):</translation>
    </message>
    <message>
        <source>Afs&amp;praken – wie doet wat, en wanneer:</source>
        <translation>A&amp;greements – who does what, and when:</translation>
    </message>
    <message>
        <source>Gekozen afspraak ve&amp;rwijderen</source>
        <translation>Dele&amp;te selected agreement</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>W&amp;ie:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Wa&amp;t:</source>
        <translation>Wha&amp;t:</translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>bijvoorbeeld: belt de schuldhulp</source>
        <translation>for example: calls debt counselling</translation>
    </message>
    <message>
        <source>Wa&amp;nneer:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Afspraa&amp;k toevoegen</source>
        <translation>Add agree&amp;ment</translation>
    </message>
    <message>
        <source>Enter in deze regel voegt de afspraak ook toe</source>
        <translation>Enter in this line adds the agreement too</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Tweegesprek met %1</source>
        <translation>One-to-one meeting with %1</translation>
    </message>
    <message>
        <source>Opslaan als &amp;concept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <source>Definitief opslaan</source>
        <translation>Save as final</translation>
    </message>
    <message>
        <source>&amp;Correctie…</source>
        <translation>&amp;Correction…</translation>
    </message>
    <message>
        <source>voortgang (mag leeg blijven)</source>
        <translation>progress (may be left empty)</translation>
    </message>
    <message>
        <source>Voortgang op %1</source>
        <translation>Progress on %1</translation>
    </message>
    <message>
        <source>Voortgang op doelen: er zijn geen lopende doelen in het plan.</source>
        <translation>Progress on goals: the plan has no current goals.</translation>
    </message>
    <message>
        <source>Tweegesprek sluiten</source>
        <translation>Close one-to-one meeting</translation>
    </message>
    <message>
        <source>Dit tweegesprek heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>This one-to-one meeting has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Dit tweegesprek is definitief en verandert niet meer. Klopt er iets niet? Kies &apos;Correctie…&apos;: dat wordt een nieuwe versie, met een reden.</source>
        <translation>This one-to-one meeting is final and no longer changes. Is something wrong? Choose &apos;Correction…&apos;: that becomes a new version, with a reason.</translation>
    </message>
    <message>
        <source>Kies eerst in de lijst welk onderwerp weg moet.</source>
        <translation>First choose in the list which topic to remove.</translation>
    </message>
    <message>
        <source>&amp;Correctie opslaan…</source>
        <translation>&amp;Save correction…</translation>
    </message>
    <message>
        <source>Pas aan wat niet klopt en kies &apos;Correctie opslaan…&apos;. Datum en tijd blijven zoals ze waren.</source>
        <translation>Change what is wrong and choose &apos;Save correction…&apos;. The date and time stay as they were.</translation>
    </message>
</context>
<context>
    <name>VaststellenDialog</name>
    <message>
        <source>Plan vaststellen</source>
        <translation>Adopt plan</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum van vaststellen</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <source>De &amp;jongere is akkoord met dit plan</source>
        <translation>The &amp;young person agrees with this plan</translation>
    </message>
    <message>
        <source>Jeugd&amp;beschermer:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>&amp;Woonbegeleider:</source>
        <translation>&amp;Support worker:</translation>
    </message>
    <message>
        <source>Woonbegeleider</source>
        <translation>Residential support worker</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Begeleidingsplan van %1 vaststellen</source>
        <translation>Adopt the support plan of %1</translation>
    </message>
    <message>
        <source>&amp;Vaststellen</source>
        <translation>&amp;Adopt</translation>
    </message>
    <message>
        <source>Je stelt versie %1 vast, samen met %2 en de jeugdbeschermer (Norm 1.1a). Daarna verandert deze versie niet meer; verder werken doe je in een nieuw concept.</source>
        <translation>You adopt version %1 together with %2 and the guardian (Norm 1.1a). After that this version no longer changes; further work happens in a new draft.</translation>
    </message>
</context>
<context>
    <name>VeldWidget</name>
    <message>
        <source>dd-mm-jjjj</source>
        <extracomment>Help texts: quieter than the questions, still readable (contrast above 4.5:1 on the light background). How often typing is kept (ms); a crash loses at most this much.</extracomment>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>Veldnamen</name>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Preferred name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboorteland</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Kennismaking</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Vertrek</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Verlengde Opvang vanaf</source>
        <translation>Extended Care from</translation>
    </message>
    <message>
        <source>Jeugdbeschermer</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Telefoon jeugdbeschermer</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>E-mail jeugdbeschermer</source>
        <translation>Guardian&apos;s email</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Ingang</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>%1 gewijzigd</source>
        <translation>%1 changed</translation>
    </message>
</context>
<context>
    <name>VergelijkDialog</name>
    <message>
        <source>Netwerk vergelijken</source>
        <translation>Compare network</translation>
    </message>
    <message>
        <source>&amp;Eerder</source>
        <translation>&amp;Earlier</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Geen verschil tussen deze twee versies.</source>
        <translation>No difference between these two versions.</translation>
    </message>
    <message>
        <source> &lt;b&gt;Let op:&lt;/b&gt; wat nog niet is opgeslagen telt niet mee.</source>
        <translation> &lt;b&gt;Note:&lt;/b&gt; anything not saved yet is not included.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Er is nog geen plan om te vergelijken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;There is no plan to compare yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kies twee verschillende versies om ze te vergelijken.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose two different versions to compare them.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>VernietigDialog</name>
    <message>
        <source>Gegevens vernietigen</source>
        <translation>Destroy data</translation>
    </message>
    <message>
        <source>Alle gegevens van %1 worden van deze laptop verwijderd: dossier, plannen, gesprekken, formulieren, netwerk, logboek en herstelpunten. Bij de volgende synchronisatie vernietigt het portaal ze ook. Alleen de id blijft bewaard, zodat de gegevens nooit terugkomen. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>All data about %1 is removed from this laptop: file, plans, conversations, forms, network, log and recovery points. At the next synchronisation the portal destroys it too. Only the id is kept, so the data never comes back. This cannot be undone.</translation>
    </message>
    <message>
        <source>Nog niet op het portaal</source>
        <translation>Not on the portal yet</translation>
    </message>
    <message>
        <source>Nog niet op het portaal: %1 Alleen een beheerder kan toch vernietigen, met een reden.</source>
        <translation>Not on the portal yet: %1 Only an administrator can destroy anyway, with a reason.</translation>
    </message>
    <message>
        <source>Alles van deze jongere staat al op het portaal.</source>
        <translation>Everything about this young person is already on the portal.</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>waarom nu, zonder de naam van de jongere</source>
        <translation>why now, without the young person&apos;s name</translation>
    </message>
    <message>
        <source>Reden om toch te vernietigen</source>
        <translation>Reason to destroy anyway</translation>
    </message>
    <message>
        <source>&amp;Toch vernietigen omdat:</source>
        <translation>Destroy &amp;anyway because:</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Vernietigen</source>
        <translation>&amp;Destroy</translation>
    </message>
    <message>
        <source>Bezig met vernietigen…</source>
        <translation>Destroying…</translation>
    </message>
</context>
<context>
    <name>VoorbereidingView</name>
    <message>
        <source>Driegesprek voorbereiden</source>
        <translation>Prepare three-way meeting</translation>
    </message>
    <message>
        <source>Sinds het laatste driegesprek</source>
        <translation>Since the last three-way meeting</translation>
    </message>
    <message>
        <source>Driegesprek &amp;aanmaken met deze agenda</source>
        <translation>Cre&amp;ate three-way meeting with this agenda</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Onderwerpen van de jongere</source>
        <translation>The young person&apos;s topics</translation>
    </message>
    <message>
        <source>&amp;Tweegesprekken sinds het laatste driegesprek:</source>
        <translation>&amp;One-to-one meetings since the last three-way meeting:</translation>
    </message>
    <message>
        <source>Tweegesprekken</source>
        <translation>One-to-one meetings</translation>
    </message>
    <message>
        <source>&amp;Open afspraken:</source>
        <translation>&amp;Open agreements:</translation>
    </message>
    <message>
        <source>Open afspraken</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <source>&amp;Lopende doelen van het plan, met de laatste evaluatie:</source>
        <translation>&amp;Current goals of the plan, with the latest evaluation:</translation>
    </message>
    <message>
        <source>Lopende doelen</source>
        <translation>Current goals</translation>
    </message>
    <message>
        <source>&amp;Wijzigingen in het plan en mijlpalen:</source>
        <translation>&amp;Changes to the plan and milestones:</translation>
    </message>
    <message>
        <source>Wijzigingen in het plan en mijlpalen</source>
        <translation>Changes to the plan and milestones</translation>
    </message>
    <message>
        <source>Driegesprek voorbereiden – %1</source>
        <extracomment>The id of the driegesprek concept made from this preparation.</extracomment>
        <translation>Prepare three-way meeting – %1</translation>
    </message>
    <message>
        <source>Driegesprek voorbereiden met %1</source>
        <translation>Prepare three-way meeting with %1</translation>
    </message>
    <message>
        <source>Agenda af&amp;drukken… (Ctrl+P)</source>
        <translation>&amp;Print agenda… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Sinds het laatste driegesprek op %1</source>
        <translation>Since the last three-way meeting on %1</translation>
    </message>
    <message>
        <source>Nog geen driegesprek</source>
        <translation>No three-way meeting yet</translation>
    </message>
    <message>
        <source>Onderwerpen die de jongere zelf inbracht: </source>
        <translation>Topics the young person raised: </translation>
    </message>
    <message>
        <source>De jongere bracht in de tweegesprekken geen eigen onderwerpen in.</source>
        <translation>The young person raised no topics of their own in the one-to-one meetings.</translation>
    </message>
    <message>
        <source>Plan: versie %1 (%2)</source>
        <translation>Plan: version %1 (%2)</translation>
    </message>
    <message>
        <source>Gewijzigd sinds de vorige versie: %1</source>
        <translation>Changed since the previous version: %1</translation>
    </message>
    <message>
        <source>Mijlpaal: %1</source>
        <translation>Milestone: %1</translation>
    </message>
    <message>
        <source>Formulier: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Geen plan, geen wijzigingen en geen mijlpalen.</source>
        <translation>No plan, no changes and no milestones.</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>%1 te laat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 binnenkort</source>
        <translation>%1 due soon</translation>
    </message>
    <message>
        <source>%1 gepland</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <source>%1 (niet getoond)</source>
        <translation>%1 (not shown)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>gesprek_dialogs</name>
    <message>
        <source> (van de jongere)</source>
        <extracomment>Marks the jongere&apos;s own topics in lists, so their influence shows without relying on colour (3.3a).</extracomment>
        <translation> (from the young person)</translation>
    </message>
    <message>
        <source>Opslaan als concept bewaart ze. Niet opslaan gooit ze weg.</source>
        <translation>Save as draft keeps them. Don&apos;t save discards them.</translation>
    </message>
    <message>
        <source>Opslaan als &amp;concept</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gesprekken</name>
    <message>
        <source>nog geen evaluatie</source>
        <translation>no evaluation yet</translation>
    </message>
</context>
<context>
    <name>plan_dialogs</name>
    <message>
        <source>In eigen woorden</source>
        <translation>In own words</translation>
    </message>
    <message>
        <source>Professioneel</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Nieuw doel: %1&lt;/h4&gt;%2</source>
        <translation>&lt;h4&gt;New goal: %1&lt;/h4&gt;%2</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Vervallen doel&lt;/h4&gt;%1</source>
        <translation>&lt;h4&gt;Dropped goal&lt;/h4&gt;%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Geen verschillen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No differences.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>plan_editor</name>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>plan_overzicht</name>
    <message>
        <source>Nog geen doelen</source>
        <translation>No goals yet</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>%1 loopt</source>
        <translation>%1 in progress</translation>
    </message>
    <message>
        <source>%1 lopen</source>
        <translation>%1 in progress</translation>
    </message>
    <message>
        <source>%1 behaald</source>
        <translation>%1 achieved</translation>
    </message>
    <message>
        <source>%1 gestopt</source>
        <translation>%1 stopped</translation>
    </message>
</context>
</TS>
