<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name></name>
    <message>
        <source>app</source>
        <comment>De demodatabase wordt aangemaakt ({n} dossiers)…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>Annuleren</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>Demoverslagen over {y} worden aangemaakt…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>Demobezoeken worden aangemaakt…</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Opvolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>geen dossier (niet in de Werkbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk op</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Database en gebruikers</source>
        <translation>Database and users</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Schemaversie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste upgrade-back-up</source>
        <translation>Latest upgrade backup</translation>
    </message>
    <message>
        <source>Aangemeld als</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Controleert de integriteit van het bestand of de server, de schemaversie, de keten van het auditspoor en de SHA-256 van elk opgeslagen document. Op een grote database kan dit even duren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database controleren</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Resultaat van de controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gecontroleerd in deze sessie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefsjablonen bewerken…</source>
        <translation>Edit letter templates…</translation>
    </message>
    <message>
        <source>De tekst van de brieven aanpassen (opslaan: teamverantwoordelijke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referentielijsten (labels, auditorganisaties)…</source>
        <translation>Reference lists (labels, audit organisations)…</translation>
    </message>
    <message>
        <source>Kwaliteitsbewijzen (QR-2) en audit-/beoordelingsorganisaties (QR-3); wijzigen: teamverantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>{rev} (de nieuwste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rev}; dit programma verwacht {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{name} (login {login})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen in deze sessie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In orde: geen problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 probleem gevonden:</source>
        <translation>1 problem found:</translation>
    </message>
    <message>
        <source>{n} problemen gevonden:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Deel 4 — Werkingsgebied en capaciteit</source>
        <translation>Part 4 — Area of operation and capacity</translation>
    </message>
    <message>
        <source>Waar de aanvrager begeleidt en hoeveel werknemers tegelijk; werkgevers zoeken hierop (ED-13).</source>
        <translation>Where the applicant supervises and how many employees at a time; employers search on this (ED-13).</translation>
    </message>
    <message>
        <source>Heel Vlaanderen (02000)</source>
        <translation>All of Flanders (02000)</translation>
    </message>
    <message>
        <source>Werkingsgebied</source>
        <translation>Area of operation</translation>
    </message>
    <message>
        <source>gemeente, provincie of REFNIS-code; Enter voegt toe</source>
        <translation>municipality, province or REFNIS code; Enter adds</translation>
    </message>
    <message>
        <source>&amp;Zoek</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Toevoe&amp;gen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Gekozen werkingsge&amp;bied</source>
        <translation>Chosen area of &amp;operation</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source> werknemers</source>
        <translation> employees</translation>
    </message>
    <message>
        <source>Waarom dit gebied en deze capaciteit: vestigingen, begeleiders, huidige werknemers …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capaciteit (tegelijk)</source>
        <translation>&amp;Capacity (at a time)</translation>
    </message>
    <message>
        <source>&amp;Motivering</source>
        <translation>&amp;Motivation</translation>
    </message>
    <message>
        <source>{n} ({c}) ligt niet in Vlaanderen: het werkingsgebied bevat enkel Vlaamse gemeenten, provincies of heel Vlaanderen. De inschrijving zal dit weigeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{t}&apos; is geen gemeente of provincie uit de referentielijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} staat al in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één gemeente, provincie of heel Vlaanderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de capaciteit: hoeveel werknemers tegelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motiveer het werkingsgebied en de capaciteit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Begeleiding toevoegen</source>
        <translation>Add guidance</translation>
    </message>
    <message>
        <source>Al beëindigd op</source>
        <translation>Already ended on</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Rijksregisternummer werknemer</source>
        <translation>Employee&apos;s national register number</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Ondernemingsnummer werkgever</source>
        <translation>Employer&apos;s enterprise number</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AuditOrganisationsTab</name>
    <message>
        <source>Het register van audit- en beoordelingsorganisaties (QR-3): wanneer de verklaring op eer en het dossier werden ingediend en tot wanneer die indiening geldt (hoogstens vier jaar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ondernemingsnummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Verklaring ingediend op</source>
        <translation>Declaration submitted on</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Auditoren zelf dienstverlener</source>
        <translation>Auditors themselves service providers</translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>leeg voor een buitenlandse organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingediend op:</source>
        <translation>submitted on:</translation>
    </message>
    <message>
        <source>laatste dag:</source>
        <translation>last day:</translation>
    </message>
    <message>
        <source>nog niet nagegaan</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Verklaring</source>
        <translation>Declaration</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Nog geen regels voor dit record. Gegevens die in bulk werden ingelezen (zoals de demodata) staan als één beschrijvende regel in het hele auditspoor.</source>
        <translation>No entries for this record yet. Data loaded in bulk (such as the demo data) has one describing entry in the whole audit trail.</translation>
    </message>
    <message>
        <source>Filter: wie, wat, veld of waarde</source>
        <translation>Filter: who, what, field or value</translation>
    </message>
    <message>
        <source>Auditspoor filteren</source>
        <translation>Filter the audit trail</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Het getoonde auditspoor als Excel-bestand bewaren</source>
        <translation>Save the audit trail shown as an Excel file</translation>
    </message>
    <message>
        <source>Auditspoor exporteren</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Auditspoor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Oudere regels laden</source>
        <translation>Load &amp;older entries</translation>
    </message>
    <message>
        <source>Oudere regels van het auditspoor laden</source>
        <translation>Load older entries of the audit trail</translation>
    </message>
    <message>
        <source>{n} regels getoond, nieuwste eerst; er zijn oudere regels.</source>
        <translation>{n} entries shown, newest first; there are older entries.</translation>
    </message>
    <message>
        <source>1 regel in het auditspoor</source>
        <translation>1 entry in the audit trail</translation>
    </message>
    <message>
        <source>{n} regels in het auditspoor</source>
        <translation>{n} entries in the audit trail</translation>
    </message>
    <message>
        <source>Nog geen regels gevonden die aan de filter voldoen; zoek verder in oudere regels.</source>
        <translation>No entries matching the filter found yet; search on in older entries.</translation>
    </message>
    <message>
        <source>Geen regels die aan de filter voldoen.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message>
        <source>Niet bewaard: {e}</source>
        <translation>Not saved: {e}</translation>
    </message>
    <message>
        <source>{n} regels bewaard in {p}</source>
        <translation>{n} lines saved in {p}</translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>Brieven voor selectie</source>
        <translation>Letters for the selection</translation>
    </message>
    <message>
        <source>1 dossier gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dossiers gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dezelfde brief voor elk gekozen dossier, elk bewaard als nieuwe versie bij zijn dossier. Een dossier waar de brief niet bij past, of waarvoor een gegeven ontbreekt, wordt overgeslagen en staat met de reden in het overzicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <source>Standaard: per dossier de datum van wat de brief meldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v van %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Brieven maken</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopt na de brief die nu gemaakt wordt; wat al gemaakt is, blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt geannuleerd na de brief die nu gemaakt wordt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — past bij {n} van {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen briefsoort past bij deze dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past bij geen van de gekozen dossiers (type of status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze brief heeft per dossier een motivering of bevindingen nodig: maak hem met &apos;Brief opmaken…&apos; in het dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een briefsoort.</source>
        <translation>Choose a kind of letter.</translation>
    </message>
    <message>
        <source>{n} brieven te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 brief te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} dossiers passen niet en worden overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar: {made} gemaakt, {refused} geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geweigerd: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>gemaakt: versie {rev} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geannuleerd na {done} van {total} dossiers. De brieven die al gemaakt waren, blijven bij hun dossier bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarMonthView</name>
    <message>
        <source>Vorige maand (PgUp)</source>
        <translation>Previous month (PgUp)</translation>
    </message>
    <message>
        <source>Vorige maand</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Volgende maand (PgDown)</source>
        <translation>Next month (PgDown)</translation>
    </message>
    <message>
        <source>Volgende maand</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Maandoverzicht van de kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>We</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>werkdag: telt mee</source>
        <translation>working day: counts</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>wettelijke feestdag</source>
        <translation>legal holiday</translation>
    </message>
    <message>
        <source>sluitingsdag (Vlaamse overheid of extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {name}, wettelijke feestdag — telt niet mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {name}, sluitingsdag — telt niet mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: weekend{extra} — telt niet mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: werkdag — telt mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} werkdagen</source>
        <translation type="unfinished">{n} working days</translation>
    </message>
    <message>
        <source>; niet mee geteld: {days}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Termijnen in werkdagen slaan de feestdagen en sluitingsdagen over, en een termijn die op zo&apos;n dag eindigt, schuift naar de volgende werkdag (T-1, T-2). De wettelijke feestdagen en de Vlaamse sluitingsdagen zitten in het programma; hier voegt een teamverantwoordelijke een extra sluitingsdag toe (bv. een brugdag) of zet een feestdag terug om naar een werkdag. Daarna worden alle open termijnen herberekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Wijzigingen door het team</source>
        <translation>Changes by the team</translation>
    </message>
    <message>
        <source>Naam, bv. Brugdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra sluitingsdag</source>
        <translation>extra closing day</translation>
    </message>
    <message>
        <source>toch een werkdag</source>
        <translation>a working day after all</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Wijzigingen aan de kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort dag</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke kan de kalender wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De open termijnen worden herberekend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen enkele vervaldag verschoven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open termijn kreeg een andere vervaldag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open termijnen kregen een andere vervaldag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeReportDialog</name>
    <message>
        <source>Wijziging melden</source>
        <translation>Report a change</translation>
    </message>
    <message>
        <source>{ref}: een wijziging die de voorwaarden raakt ({rule}). De controles lopen opnieuw; als een voorwaarde niet meer voldaan is, stelt WSE Desk een stap voor, maar zet die niet zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bv. begeleider An Maes is uit dienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gemeld (de dienst stelde het zelf vast)</source>
        <translation>Not reported (the department found it itself)</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Datum van de wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Stap nu zetten…</source>
        <translation>Take the step now…</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Fill in this field.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wijziging geregistreerd. De controles opnieuw uitgevoerd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle regels zijn voldaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen stap voorgesteld: geen voorwaarde is nu niet voldaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel: &apos;{label}&apos; ({rule}), omdat {failed} niet meer voldaan is. WSE Desk zet deze stap niet zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opent de stap &apos;{label}&apos;; u kiest er de datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw rol mag deze stap niet zetten; vraag het een teamverantwoordelijke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Bezoeken uitchecken</source>
        <translation>Check out visits</translation>
    </message>
    <message>
        <source>Een bezoekpakket is één bestand met de bezoeken, hun organisaties, dossiers, historiek en termijnen, om op een laptop zonder netwerk te werken (wsedesk --pakket BESTAND). Rijksregisternummers en andere organisaties zitten er niet in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mijn bezoeken van deze week</source>
        <translation>&amp;My visits this week</translation>
    </message>
    <message>
        <source>De &amp;gekozen bezoeken ({n})</source>
        <translation>The &amp;selected visits ({n})</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Uitchecken</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Bezoekpakket bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoekpakket (*{s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket {p} geschreven: {v} bezoek(en), {o} organisatie(s), {d} dossier(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Vestiging sluiten</source>
        <translation>Close establishment</translation>
    </message>
    <message>
        <source>Vestiging</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>&amp;Vestiging</source>
        <translation>&amp;Establishment</translation>
    </message>
    <message>
        <source>De vestiging blijft bewaard, als afgesloten.</source>
        <translation>The establishment is kept, as closed.</translation>
    </message>
    <message>
        <source>Organisatie sluiten</source>
        <translation>Close organisation</translation>
    </message>
    <message>
        <source>{o} ({n}) wordt afgesloten, met haar open vestigingen. Ze blijft bewaard met haar dossiers; een organisatie met open dossiers kan niet gesloten worden.</source>
        <translation>{o} ({n}) will be closed, with its open establishments. It is kept with its files; an organisation with open files cannot be closed.</translation>
    </message>
    <message>
        <source>&amp;Afgesloten op</source>
        <translation>&amp;Closed on</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies een open vestiging.</source>
        <translation>Choose an open establishment.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Dossier intussen gewijzigd</source>
        <translation>File changed meanwhile</translation>
    </message>
    <message>
        <source>een andere gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend tijdstip</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; werd intussen gewijzigd door &lt;b&gt;{who}&lt;/b&gt; op {when} (versie {old} → {new}).&lt;br&gt;Uw wijziging is &lt;b&gt;niet&lt;/b&gt; opgeslagen en niets werd overschreven. Uw invoer staat nog in het formulier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Uw waarde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Hun waarde</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Velden die u bewerkt en die zij intussen wijzigden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zij wijzigden geen van de velden die u bewerkt (wel iets anders aan het dossier, bv. de status). Laad hun versie en breng uw wijziging opnieuw aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laad hun versie</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Het dossier opnieuw inlezen; uw invoer vervalt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hun versie laden, mijn invoer behouden</source>
        <translation>Load their version, keep my input</translation>
    </message>
    <message>
        <source>Het dossier opnieuw inlezen en uw invoer terugzetten, om na te kijken en opnieuw op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dit venster sluiten; het formulier blijft zoals het is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterWizard</name>
    <message>
        <source>&lt; &amp;Terug</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Voltooien</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Deel 5 — Verklaring op erewoord</source>
        <translation>Part 5 — Declaration on honour</translation>
    </message>
    <message>
        <source>De ondertekende verklaring, het engagement voor intervisie (ED-1) en de indieningsdatum.</source>
        <translation>The signed declaration, the commitment to peer review (ED-1) and the date of submission.</translation>
    </message>
    <message>
        <source>Verklaring</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>ja, de aanvrager engageert zich</source>
        <translation>yes, the applicant commits</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>niet vermeld in de aanvraag</source>
        <translation>not stated in the application</translation>
    </message>
    <message>
        <source>&amp;Intervisie</source>
        <translation>&amp;Peer review</translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>De aanvraag is ingeschreven als dossier {ref}.</source>
        <translation>The application is registered as file {ref}.</translation>
    </message>
    <message>
        <source>Ontvankelijkheid te beoordelen uiterlijk op {d} (ED-4).</source>
        <translation>Admissibility to be decided by {d} (ED-4).</translation>
    </message>
    <message>
        <source>Met Terug ziet u de ingeschreven gegevens; in deel 3 toont “Toon nummer” het rijksregisternummer van een begeleider (elke inzage wordt gelogd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder ondertekende verklaring wordt de aanvraag wel ingeschreven, maar is ze onontvankelijk (ED-3 deel 5, ED-4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Openen met standaardprogramma</source>
        <translation>Open with the default program</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DossierActionsBar</name>
    <message>
        <source>Vraag bijkomende informatie</source>
        <translation>Request additional information</translation>
    </message>
    <message>
        <source>Informatie ontvangen</source>
        <translation>Information received</translation>
    </message>
    <message>
        <source>Brief opmaken…</source>
        <translation>Write letter…</translation>
    </message>
    <message>
        <source>Een brief bij dit dossier opmaken (PDF)</source>
        <translation>Draft a letter for this file (PDF)</translation>
    </message>
    <message>
        <source>Wijziging melden…</source>
        <translation>Report change…</translation>
    </message>
    <message>
        <source>Geen stappen mogelijk in deze status.</source>
        <translation>No steps possible in this status.</translation>
    </message>
    <message>
        <source>Nog niet mogelijk: {r}.</source>
        <translation>Not possible yet: {r}.</translation>
    </message>
    <message>
        <source>De termijn {term} staat stil (wacht op informatie). Registreer eerst &apos;Informatie ontvangen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar of teamverantwoordelijke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De klok van {term} staat al stil: registreer eerst het antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier heeft geen lopende termijn om stil te zetten.</source>
        <translation>This file has no running term to stop.</translation>
    </message>
    <message>
        <source>Stopt de klok van {term} tot het antwoord binnen is (ED-5, T-3).</source>
        <translation>Stops the clock of {term} until the answer is in (ED-5, T-3).</translation>
    </message>
    <message>
        <source>De klok van {term} loopt opnieuw vanaf de dag dat het antwoord binnenkwam.</source>
        <translation>The clock of {term} runs again from the day the answer came in.</translation>
    </message>
    <message>
        <source>Dit dossier wacht niet op informatie.</source>
        <translation>This file is not waiting for information.</translation>
    </message>
    <message>
        <source>Een wijziging die de voorwaarden raakt registreren en de controles opnieuw laten lopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar &apos;{status}&apos; ({rule}).</source>
        <translation>To &apos;{status}&apos; ({rule}).</translation>
    </message>
    <message>
        <source>Sluit termijn {terms}.</source>
        <translation>Closes term {terms}.</translation>
    </message>
    <message>
        <source>Opent termijn {term} ({label}) vanaf deze datum.</source>
        <translation>Opens term {term} ({label}) from this date.</translation>
    </message>
    <message>
        <source>{ref}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notitie (niet verplicht)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>{ref}: de klok van termijn {term} ({label}) stopt vanaf de dag dat de vraag vertrekt (die dag inbegrepen) tot de dag dat het antwoord binnenkomt (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag verstuurd op</source>
        <translation>Request sent on</translation>
    </message>
    <message>
        <source>Welke informatie ontbreekt?</source>
        <translation>What information is missing?</translation>
    </message>
    <message>
        <source>Bv. de lijst van gekwalificeerde begeleiders</source>
        <translation>E.g. the list of qualified supervisors</translation>
    </message>
    <message>
        <source>{ref}: de klok van termijn {term} staat stil sinds {since} ({reason}). Ze loopt opnieuw vanaf de dag dat het antwoord binnenkwam (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen reden vermeld</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Deze stap kan nu niet (meer) vanuit de huidige status of met uw rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven opmaken is in deze versie nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief opmaken</source>
        <translation>Draft a letter</translation>
    </message>
</context>
<context>
    <name>DossierDetailPanel</name>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Kies een dossier in de lijst om het hier te zien.</source>
        <translation>Choose a file in the list to see it here.</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Status sinds</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Beslist op</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Behandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Interne notities bij dit dossier</source>
        <translation>Internal notes on this file</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Uw invoer wissen en het dossier opnieuw inlezen</source>
        <translation>Discard your input and read the file again</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Termijnen</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Bezoek plannen…</source>
        <translation>Plan a visit…</translation>
    </message>
    <message>
        <source>Een bezoek ter plaatse plannen over dit dossier</source>
        <translation>Plan a site visit about this file</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleidingen</source>
        <translation type="unfinished">Guidance</translation>
    </message>
    <message>
        <source>Auditspoor</source>
        <translation type="unfinished">Audit trail</translation>
    </message>
    <message>
        <source>Termijnen (stilgelegd)</source>
        <translation>Terms (stopped)</translation>
    </message>
    <message>
        <source>Termijnen ({n})</source>
        <translation>Terms ({n})</translation>
    </message>
    <message>
        <source>Geen wijzigingen om op te slaan.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>U wijzigde dossier {ref} maar sloeg het niet op. Wat wilt u doen?</source>
        <translation>You changed file {ref} but did not save it. What do you want to do?</translation>
    </message>
    <message>
        <source>{status} (afgesloten)</source>
        <translation>{status} (closed)</translation>
    </message>
    <message>
        <source>{name} — KBO {kbo}</source>
        <translation>{name} — KBO {kbo}</translation>
    </message>
    <message>
        <source>Gemeente onbekend</source>
        <translation>Municipality unknown</translation>
    </message>
    <message>
        <source>vanaf {date}</source>
        <translation>from {date}</translation>
    </message>
    <message>
        <source>tot {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>Laatst gewijzigd door {who} op {when} (versie {version})</source>
        <translation>Last changed by {who} on {when} (version {version})</translation>
    </message>
    <message>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>{name} (niet actief)</source>
        <translation>{name} (not active)</translation>
    </message>
    <message>
        <source>klok stilgelegd</source>
        <translation>clock stopped</translation>
    </message>
    <message>
        <source>klok loopt opnieuw</source>
        <translation>clock runs again</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Documenten ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>De toetsing aan de voorwaarden is in deze versie nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierListView</name>
    <message>
        <source>Zoek: kenmerk, organisatie, KBO-nummer</source>
        <translation>Search: reference, organisation, enterprise number</translation>
    </message>
    <message>
        <source>Woorden uit kenmerk, onderwerp, notities of organisatie (elk woord als begin van een woord; hoofdletters en accenten tellen niet), of een KBO-nummer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle behandelaars</source>
        <translation>All case officers</translation>
    </message>
    <message>
        <source>enkel open dossiers</source>
        <translation>open files only</translation>
    </message>
    <message>
        <source>Zoeken in de dossiers</source>
        <translation>Search the files</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Klik om de organisatie uit de filter te halen</source>
        <translation>Click to remove the organisation from the filter</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Organisatie: {name}  ✕</source>
        <translation>Organisation: {name}  ✕</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 file</translation>
    </message>
    <message>
        <source>{n} dossiers</source>
        <translation>{n} files</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>KBO</source>
        <translation>KBO</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Status sinds</source>
        <translation>Status since</translation>
    </message>
</context>
<context>
    <name>DossierTermsPanel</name>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Vervaldag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waarom deze datum?</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>De berekening stap voor stap: gebeurtenis, termijn, schorsingen, feestdagen (T-4)</source>
        <translation>The calculation step by step: event, term, suspensions, holidays (T-4)</translation>
    </message>
    <message>
        <source>Dit dossier heeft geen termijnen.</source>
        <translation>This file has no terms.</translation>
    </message>
    <message>
        <source>Termijnen van het dossier</source>
        <translation>Terms of the file</translation>
    </message>
    <message>
        <source>{running} lopend, {stopped} stilgelegd, {closed} afgesloten</source>
        <translation>{running} running, {stopped} stopped, {closed} closed</translation>
    </message>
    <message>
        <source>{running} lopend, {closed} afgesloten</source>
        <translation>{running} running, {closed} closed</translation>
    </message>
    <message>
        <source>1 werkdag</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>{n} werkdagen</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>gehaald op {date}</source>
        <translation>met on {date}</translation>
    </message>
    <message>
        <source>niet gehaald: afgesloten op {date}</source>
        <translation>missed: closed on {date}</translation>
    </message>
    <message>
        <source>afgesloten op {date}</source>
        <translation>closed on {date}</translation>
    </message>
    <message>
        <source>stilgelegd sinds {date}</source>
        <translation>stopped since {date}</translation>
    </message>
    <message>
        <source>{used} gebruikt, {left} resterend</source>
        <translation>{used} used, {left} left</translation>
    </message>
    <message>
        <source>loopt: nog {days}</source>
        <translation>running: {days} left</translation>
    </message>
    <message>
        <source>vervalt vandaag</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>verstreken: {days} te laat</source>
        <translation>overdue: {days} late</translation>
    </message>
    <message>
        <source>{state}; laattijdige schorsing</source>
        <translation>{state}; late suspension</translation>
    </message>
    <message>
        <source>De vraag om informatie van {date} vertrok na de vervaldag: ze verandert niets (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} {label}: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De termijn telt vanaf de dag na deze gebeurtenis (T-1).</source>
        <translation>The term counts from the day after this event (T-1).</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Brieven voor selectie…</source>
        <translation>Letters for selection…</translation>
    </message>
    <message>
        <source>Dezelfde brief voor alle gekozen dossiers (Ctrl+klik of Shift+klik om er meer te kiezen)</source>
        <translation>The same letter for every chosen file (Ctrl+click or Shift+click to choose more)</translation>
    </message>
    <message>
        <source>Ctrl+klik of Shift+klik kiest meer dossiers.</source>
        <translation>Ctrl+click or Shift+click chooses more files.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>{app} — let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — onverwachte fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis dat niet had mogen gebeuren. Uw opgeslagen gegevens zijn niet aangetast; wat u nog niet opsloeg, kan verloren zijn.

De fout staat in het logboek ({path}). Bezorg dat bestand aan de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>Vestiging toevoegen</source>
        <translation>Add establishment</translation>
    </message>
    <message>
        <source>Organisatie: {o} ({n})</source>
        <translation>Organisation: {o} ({n})</translation>
    </message>
    <message>
        <source>&amp;Vestigingsnummer</source>
        <translation>&amp;Establishment number</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul het vestigingsnummer in.</source>
        <translation>Fill in the establishment number.</translation>
    </message>
    <message>
        <source>✓ {n}</source>
        <translation>✓ {n}</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <source>Deel 3 — Ervaring en gekwalificeerde begeleiders</source>
        <translation>Part 3 — Experience and qualified supervisors</translation>
    </message>
    <message>
        <source>De ervaring met werknemers met een arbeidsbeperking (ED-1) en wie begeleidt (ED-12).</source>
        <translation>The experience with employees with a work disability (ED-1) and who supervises (ED-12).</translation>
    </message>
    <message>
        <source>samen&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;communiceren</source>
        <translation>&amp;communicating</translation>
    </message>
    <message>
        <source>persoons&amp;gericht werken</source>
        <translation>person-&amp;centred work</translation>
    </message>
    <message>
        <source>advies op &amp;maat</source>
        <translation>tailored &amp;advice</translation>
    </message>
    <message>
        <source>&amp;Ervaringsmotivering</source>
        <translation>&amp;Experience motivation</translation>
    </message>
    <message>
        <source>Sinds wanneer en hoeveel werknemers met een arbeidsbeperking begeleidt de aanvrager, en hoe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;kwalificeerde begeleiders</source>
        <translation>&amp;Qualified supervisors</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rijksregisternummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwalificatie</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>In dienst</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>&amp;Begeleider toevoegen</source>
        <translation>&amp;Add a supervisor</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>T&amp;oon nummer</source>
        <translation>S&amp;how number</translation>
    </message>
    <message>
        <source>Enkel voor bewaarde personen: na de inschrijving toont dit het rijksregisternummer uit de database. Elke inzage wordt gelogd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen diploma van de lijst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Ervaringsatte&amp;st</source>
        <translation>Experience &amp;certificate</translation>
    </message>
    <message>
        <source>Erkende op&amp;leiding</source>
        <translation>Recognised &amp;training</translation>
    </message>
    <message>
        <source>&amp;In dienst bij de aanvrager</source>
        <translation>&amp;Employed by the applicant</translation>
    </message>
    <message>
        <source>Voor&amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>Rijks&amp;registernummer</source>
        <translation>National &amp;register number</translation>
    </message>
    <message>
        <source>Di&amp;ploma</source>
        <translation>Di&amp;ploma</translation>
    </message>
    <message>
        <source>&amp;Jaren ervaring</source>
        <translation>&amp;Years of experience</translation>
    </message>
    <message>
        <source>Vul de ervaringsmotivering in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg minstens één gekwalificeerde begeleider toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleider {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: vul voornaam en achternaam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt.</source>
        <translation>missing.</translation>
    </message>
    <message>
        <source>{who}: rijksregisternummer — {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: zelfde rijksregisternummer als begeleider {j}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: geef een diploma van de lijst, jaren ervaring, een ervaringsattest of een erkende opleiding (ED-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} jaar ervaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaringsattest</source>
        <translation>experience certificate</translation>
    </message>
    <message>
        <source>erkende opleiding</source>
        <translation>recognised training</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ongeldig</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>alle {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nieuwe begeleider)</source>
        <translation>(new supervisor)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Geef een diploma van de lijst, jaren ervaring, een ervaringsattest of een erkende opleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager moet de werkgever van zijn begeleiders zijn (ED-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minder dan {m} jaar ervaring en geen diploma van de lijst: telt niet als kwalificatie (ED-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Kwalificatie: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ geldig</source>
        <translation>✓ valid</translation>
    </message>
    <message>
        <source>inzage na inschrijving van {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {number} — deze inzage werd gelogd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <source>Berekenen</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot en &amp;met</source>
        <translation>up to and &amp;including</translation>
    </message>
    <message>
        <source>Kies een periode en klik op Berekenen. Doorlooptijden tellen de dossiers die in de periode beslist werden; netto = zonder de dagen dat de klok stilstond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorlooptijden (dagen van indiening tot beslissing)</source>
        <translation>Lead times (days from submission to decision)</translation>
    </message>
    <message>
        <source>Dossiertype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslist</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Mediaan bruto</source>
        <translation>Median gross</translation>
    </message>
    <message>
        <source>Mediaan netto</source>
        <translation>Median net</translation>
    </message>
    <message>
        <source>Gemiddeld bruto</source>
        <translation>Mean gross</translation>
    </message>
    <message>
        <source>Gemiddeld netto</source>
        <translation>Mean net</translation>
    </message>
    <message>
        <source>Doorlooptijden</source>
        <translation>Lead times</translation>
    </message>
    <message>
        <source>Termijnen afgesloten in de periode</source>
        <translation>Terms closed in the period</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Overschreden</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <source>% gehaald</source>
        <translation>% met</translation>
    </message>
    <message>
        <source>Geschorste dagen</source>
        <translation>Suspended days</translation>
    </message>
    <message>
        <source>Bezig met rekenen…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Bereken eerst de cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}: {decided} dossiers beslist, {closed} termijnen afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilteredList</name>
    <message>
        <source>Alle types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Kies eerst een type</source>
        <translation>Choose a type first</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>voldaan</source>
        <translation>met</translation>
    </message>
    <message>
        <source>niet voldaan</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vink de onbekende punten aan die de aanvrager moet aanvullen (spatie vinkt aan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag &amp;bijkomende informatie…</source>
        <translation>Request &amp;additional information…</translation>
    </message>
    <message>
        <source>Kies een dossier om de toetsing te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {ref} heeft geen aanvraaggegevens in WSE Desk: het werd ingeschreven vóór de aanvragen via het e-loket of de wizard bewaard werden. Er is dus niets om te toetsen; elke regel zou &apos;onbekend&apos; zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor dossier {ref} zijn er (nog) geen automatische toetsingen: die bestaan voor kwaliteitsregistraties en erkenningen als externe dienstverlener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref}&lt;/b&gt; — getoetst op {d}: {ok} voldaan, {ko} niet voldaan, {unknown} onbekend, {na} niet van toepassing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De termijn {t} staat stil sinds {d}: er loopt een vraag om bijkomende informatie. Registreer eerst het antwoord voor u opnieuw iets vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier is afgesloten: er kan niets meer gevraagd worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Vraag aan de aanvrager:&lt;/i&gt; {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Gebruikte gegevens:&lt;/i&gt;</source>
        <translation>&lt;i&gt;Data used:&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Geen vraag aan de aanvrager: het departement gaat dit zelf na of wacht af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De termijn staat al stil sinds {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink eerst een of meer onbekende punten aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vraag opstellen uit de aangevinkte punten; de klok stopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijkomende informatie gevraagd op {d}; de termijn staat stil tot het antwoord binnen is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>(kies de soort)</source>
        <translation>(choose the kind)</translation>
    </message>
    <message>
        <source>&amp;Ondernemingsnummer</source>
        <translation>&amp;Enterprise number</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Vul het ondernemingsnummer in.</source>
        <translation>Fill in the enterprise number.</translation>
    </message>
    <message>
        <source>begin te typen: Gent, Mechelen, …</source>
        <translation>start typing: Gent, Mechelen, …</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>St&amp;raat en nummer</source>
        <translation>St&amp;reet and number</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>De aanvrager verklaart op &amp;erewoord dat de gegevens juist en volledig zijn</source>
        <translation>The applicant declares on &amp;honour that the information is correct and complete</translation>
    </message>
    <message>
        <source>naam en functie</source>
        <translation>name and position</translation>
    </message>
    <message>
        <source>Ingediend &amp;op</source>
        <translation>Submitted &amp;on</translation>
    </message>
    <message>
        <source>Ondertekend &amp;door</source>
        <translation>Signed &amp;by</translation>
    </message>
    <message>
        <source>Datum onderteke&amp;ning</source>
        <translation>Date of sig&amp;ning</translation>
    </message>
    <message>
        <source>andere datum:</source>
        <translation>other date:</translation>
    </message>
    <message>
        <source>Briefdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problemen — niets is bewaard. Dubbelklik of druk Enter om naar het deel te gaan:</source>
        <translation>&amp;Problems — nothing was saved. Double-click or press Enter to go to the part:</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Begeleidingen</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Werknemer</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Premie gewijzigd</source>
        <translation>Premium changed</translation>
    </message>
    <message>
        <source>Begeleiding toevoegen…</source>
        <translation>Add guidance…</translation>
    </message>
    <message>
        <source>Beëindigen op</source>
        <translation>End on</translation>
    </message>
    <message>
        <source>Einddatum van de gekozen begeleiding</source>
        <translation>End date of the chosen guidance</translation>
    </message>
    <message>
        <source>Lijst importeren…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>De lijst van het departement (CSV of Excel): alle rijen of geen, zie de handleiding.</source>
        <translation>The department&apos;s list (CSV or Excel): all rows or none, see the guide.</translation>
    </message>
    <message>
        <source>Voortgang van de import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <source>lopend</source>
        <translation>running</translation>
    </message>
    <message>
        <source>nog niemand begeleid</source>
        <translation>nobody guided yet</translation>
    </message>
    <message>
        <source>Vandaag {a} lopende begeleidingen; capaciteit {c}, vrij {f} (ED-13). Laatste dag begeleid: {l} (ED-8: verval na 2 jaar zonder begeleiding).</source>
        <translation>Today {a} running guidances; capacity {c}, free {f} (ED-13). Last day guided: {l} (ED-8: lapse after 2 years without guidance).</translation>
    </message>
    <message>
        <source>Begeleiding van {m} toegevoegd.</source>
        <translation>Guidance of {m} added.</translation>
    </message>
    <message>
        <source>Begeleiding van {m} beëindigd op {d}.</source>
        <translation>Guidance of {m} ended on {d}.</translation>
    </message>
    <message>
        <source>Lijst met begeleidingen</source>
        <translation>List of guidances</translation>
    </message>
    <message>
        <source>Lijsten (*.csv *.xlsx)</source>
        <translation>Lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Lijst wordt gelezen…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>{f}: {a} nieuw, {u} bijgewerkt, {s} ongewijzigd.</source>
        <translation>{f}: {a} new, {u} updated, {s} unchanged.</translation>
    </message>
    <message>
        <source>{f}: niets geïmporteerd.</source>
        <translation>{f}: nothing imported.</translation>
    </message>
    <message>
        <source>… en nog {n} problemen.</source>
        <translation>… and {n} more problems.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Handleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Vorige pagina (Alt+Links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>De inhoudstafel van de handleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handleiding is niet gevonden in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChartPanel</name>
    <message>
        <source>Kies een organisatie in het overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De indicator in de grafiek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Opvolging (MW-1, MW-3), alle jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Mediaan maatwerkbedrijven</source>
        <translation>Median custom-work companies</translation>
    </message>
    <message>
        <source>Mediaan maatwerkafdelingen</source>
        <translation>Median custom-work departments</translation>
    </message>
    <message>
        <source>Mediaan alle verslagen</source>
        <translation>Median of all reports</translation>
    </message>
    <message>
        <source>Geen organisatie gekozen</source>
        <translation>No organisation chosen</translation>
    </message>
    <message>
        <source>Nog geen verslagen met {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>MW-1-voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen signalen in de opgeslagen verslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformationRequestDialog</name>
    <message>
        <source>Vraag bijkomende informatie — {ref}</source>
        <translation>Request additional information — {ref}</translation>
    </message>
    <message>
        <source>De vraag aan de aanvrager, opgesteld uit de aangevinkte punten. Pas de tekst gerust aan: hij komt zo in de brief. Vanaf de datum van de vraag staat de lopende termijn stil tot het antwoord binnen is (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum van de vraag</source>
        <translation>&amp;Date of the request</translation>
    </message>
    <message>
        <source>&amp;Tekst van de vraag</source>
        <translation>&amp;Text of the request</translation>
    </message>
    <message>
        <source>Vraag &amp;registreren en klok stilzetten</source>
        <translation>&amp;Register the request and stop the clock</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vermeld welke informatie ontbreekt.</source>
        <translation>State which information is missing.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Nieuwe aanvraag — erkenning externe dienstverlener</source>
        <translation>New application — recognition as external service provider</translation>
    </message>
    <message>
        <source>Aanvraag niet ingeschreven</source>
        <translation>Application not registered</translation>
    </message>
    <message>
        <source>U typte een aanvraag die nog niet ingeschreven is. Wilt u uw invoer weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · begeleider {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · onderaannemer {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueContextDialog</name>
    <message>
        <source>Melding in de werkmap</source>
        <translation>Issue in the workbook</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>tabblad {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de werkmap als geheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>{kind} in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De werkmap wordt gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze melding gaat over het bestand als geheel, niet over één cel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen cel om te tonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad {s}, rijen {a} tot {b} zoals ze in de werkmap staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naburige rijen van tabblad {s} volgens het sjabloon, met de waarden zoals ze gelezen werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsTab</name>
    <message>
        <source>De aanvaarde kwaliteitsbewijzen (QR-2) en de domeinen van QR-1 die ze dekken. Een kwaliteitsregistratie steunt op een bewijs dat op de datum van uitreiking op deze lijst staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished">Route</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Publicatie</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>laatste dag op de lijst:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Brief opmaken — {ref}</source>
        <translation>Draft a letter — {ref}</translation>
    </message>
    <message>
        <source>{type} · {status}
{organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>SHA-256 van het opgeslagen document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Openen met standaardprogramma</source>
        <translation>Open with the default program</translation>
    </message>
    <message>
        <source>Opslaan bij dossier</source>
        <translation>Store with the file</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Maakt de brief en bewaart hem bij het dossier, als nieuwe versie met zijn SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De getoonde PDF als bestand bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De getoonde PDF openen in uw PDF-lezer, bv. om af te drukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort brief</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <source>Zonder andere datum draagt de brief de datum van wat hij meldt: de beslissing, de start van de termijn, de vraag om informatie; een advies of herinnering: vandaag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaard: de datum van wat de brief meldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Eén reden per regel, bv. &apos;De lijst van begeleiders ontbreekt (ED-1).&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies aan de minister</source>
        <translation>Advice to the minister</translation>
    </message>
    <message>
        <source>Getoetste voorwaarden (aangevinkt: opgenomen in het advies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Wijs een voorwaarde aan om de motivering te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. erkenning als externe dienstverlener voor vijf jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen van de teamverantwoordelijke (bij goedkeuren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel van beslissing</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Dubbelklik om het opgeslagen document te tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik op een document om het rechts te tonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen briefsoort past bij dit dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <source> (concept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor een dossier van type {type} met status &apos;{status}&apos; is er geen brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorbeeld: zie de melding links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld — nog niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen document: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <source>concept, nog goed te keuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen bij het dossier als versie {rev} ({state}), met SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze brief heeft een motivering nodig: vul bij Motivering de redenen in, één per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink minstens één getoetste voorwaarde aan: het advies toont ze in een tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het voorstel van beslissing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst moet het voorbeeld van de brief zonder fouten getoond worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het advies goedkeuren: een nieuwe, definitieve versie met uw naam en de datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke keurt een advies goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen getoetste voorwaarden voor dit dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaard als {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{db} — {app}</source>
        <translation>{db} — {app}</translation>
    </message>
    <message>
        <source>OFFLINE — bezoekpakket {file} — {app}</source>
        <translation>OFFLINE — visit package {file} — {app}</translation>
    </message>
    <message>
        <source>Werkbak</source>
        <translation>Work tray</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Verslagen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>De database wordt geopend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE — u werkt in het bezoekpakket {file} (uitgecheckt voor {who} op {when} uit {db}). Enkel wat in het pakket zit, is bereikbaar; check het pakket in om uw werk terug te brengen.</source>
        <translation>OFFLINE — you are working in the visit package {file} (checked out for {who} on {when} from {db}). Only what is in the package can be reached; check the package in to bring your work back.</translation>
    </message>
    <message>
        <source>geen rol</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>Gebruiker: {name} ({roles})</source>
        <translation>User: {name} ({roles})</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Het dossier opslaan dat u bewerkt (Ctrl+S)</source>
        <translation>Save the file you are editing (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Termijncalculator…</source>
        <translation>&amp;Term calculator…</translation>
    </message>
    <message>
        <source>&amp;Overal zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Volledig auditspoor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;eeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de lijst</source>
        <translation>&amp;Search the list</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Logmap openen</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Over {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>&amp;Nieuwe aanvraag…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>Een aanvraag erkenning externe dienstverlener inschrijven (Ctrl+N)</source>
        <translation>Register an application for recognition as external provider (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Dienstverleners zoeken…</source>
        <translation>Find &amp;providers…</translation>
    </message>
    <message>
        <source>&amp;Aanvragen</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>De gekozen database wordt geopend bij de volgende start.</source>
        <translation>The chosen database opens at the next start.</translation>
    </message>
    <message>
        <source>Vernieuwd.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <source>Aanvraag ingeschreven als {ref}.</source>
        <translation>Application registered as {ref}.</translation>
    </message>
    <message>
        <source>Logmap: {folder}</source>
        <translation>Log folder: {folder}</translation>
    </message>
    <message>
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; versie {version}&lt;br&gt;Departement Werk en Sociale Economie&lt;br&gt;&lt;br&gt;Database: {db}&lt;br&gt;Gebruiker: {user}&lt;br&gt;Logmap: {logs}&lt;br&gt;&lt;br&gt;Gemeenten: Statbel (REFNIS), CC BY 4.0. Gebouwd met Qt {qt} (LGPLv3) en PySide6.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; version {version}&lt;br&gt;Department of Work and Social Economy&lt;br&gt;&lt;br&gt;Database: {db}&lt;br&gt;User: {user}&lt;br&gt;Log folder: {logs}&lt;br&gt;&lt;br&gt;Municipalities: Statbel (REFNIS), CC BY 4.0. Built with Qt {qt} (LGPLv3) and PySide6.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Samenvoegen met…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <source>Behouden: &lt;b&gt;{o}&lt;/b&gt; ({n}). Kies de dubbele organisatie: alles wat naar haar verwijst (dossiers, vestigingen, registraties, verslagen) gaat naar de behouden organisatie; de dubbele wordt afgesloten en verwijst voortaan naar de behouden.</source>
        <translation>Kept: &lt;b&gt;{o}&lt;/b&gt; ({n}). Choose the duplicate organisation: everything that refers to it (files, establishments, registrations, reports) moves to the kept organisation; the duplicate is closed and from then on refers to the kept one.</translation>
    </message>
    <message>
        <source>naam of ondernemingsnummer van de dubbele</source>
        <translation>name or enterprise number of the duplicate</translation>
    </message>
    <message>
        <source>Dubbele organisatie zoeken</source>
        <translation>Search the duplicate organisation</translation>
    </message>
    <message>
        <source>Gegevens van de dubbele overnemen</source>
        <translation>Take over data of the duplicate</translation>
    </message>
    <message>
        <source>Samengevoegd &amp;op</source>
        <translation>Merged &amp;on</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dubbele: &lt;b&gt;{o}&lt;/b&gt; ({n})</source>
        <translation>Duplicate: &lt;b&gt;{o}&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>Gaat over: {d} dossier(s){r}; {e} vestiging(en), waarvan {o} open.</source>
        <translation>Moves over: {d} file(s){r}; {e} establishment(s), {o} of them open.</translation>
    </message>
    <message>
        <source>Deze organisatie werd al samengevoegd met {k}.</source>
        <translation>This organisation was already merged with {k}.</translation>
    </message>
    <message>
        <source>{f}: {v} (nu: {k})</source>
        <translation>{f}: {v} (now: {k})</translation>
    </message>
    <message>
        <source>Kies eerst de dubbele organisatie.</source>
        <translation>Choose the duplicate organisation first.</translation>
    </message>
</context>
<context>
    <name>OrganisationAuditDialog</name>
    <message>
        <source>Auditspoor van {name}</source>
        <translation>Audit trail of {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Auditspoor…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Het ondernemingsnummer kan niet gewijzigd worden.</source>
        <translation>The enterprise number cannot be changed.</translation>
    </message>
    <message>
        <source>Hun versie is geladen met uw wijzigingen erop; kijk na en sla opnieuw op.</source>
        <translation>Their version is loaded with your changes on top; check and save again.</translation>
    </message>
    <message>
        <source>Hun versie is geladen; uw wijziging vervalt.</source>
        <translation>Their version is loaded; your change is dropped.</translation>
    </message>
    <message>
        <source>{n} is al gekend als {o}.</source>
        <translation>{n} is already known as {o}.</translation>
    </message>
    <message>
        <source>✓ {n}</source>
        <translation>✓ {n}</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Deel 1 — Organisatie en contactpersoon</source>
        <translation>Part 1 — Organisation and contact person</translation>
    </message>
    <message>
        <source>Wie vraagt de erkenning aan (ED-3, deel 1). Een gekende organisatie wordt niet gewijzigd.</source>
        <translation>Who applies for the recognition (ED-3, part 1). A known organisation is not changed.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Adres van de zetel</source>
        <translation>Address of the registered office</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>voornaam en achternaam</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Te&amp;lefoon (niet verplicht)</source>
        <translation>&amp;Phone (optional)</translation>
    </message>
    <message>
        <source>✓ {n} — al gekend als {name}; de bewaarde gegevens blijven ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {n} — nieuwe organisatie</source>
        <translation>✓ {n} — new organisation</translation>
    </message>
    <message>
        <source>&apos;{t}&apos; is geen gemeente uit de referentielijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is geen Belgische postcode (4 cijfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} hoort niet bij {g}; wel: {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Fill in the name of the organisation.</translation>
    </message>
    <message>
        <source>Vul straat en nummer in.</source>
        <translation>Fill in street and number.</translation>
    </message>
    <message>
        <source>Vul de postcode in.</source>
        <translation>Fill in the postcode.</translation>
    </message>
    <message>
        <source>Vul de gemeente in.</source>
        <translation>Fill in the municipality.</translation>
    </message>
    <message>
        <source>Vul de naam van de contactpersoon in.</source>
        <translation>Fill in the name of the contact person.</translation>
    </message>
    <message>
        <source>Vul het e-mailadres van de contactpersoon in.</source>
        <translation>Fill in the e-mail address of the contact person.</translation>
    </message>
    <message>
        <source>Kies de soort organisatie.</source>
        <translation>Choose the kind of organisation.</translation>
    </message>
    <message>
        <source>&apos;{e}&apos; is geen geldig e-mailadres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>naam, gemeente of ondernemingsnummer</source>
        <translation>name, municipality or enterprise number</translation>
    </message>
    <message>
        <source>Organisatie zoeken</source>
        <translation>Search organisation</translation>
    </message>
    <message>
        <source>Gevonden organisaties</source>
        <translation>Organisations found</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KBO-nummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Zoek op naam, gemeente of KBO-nummer (Ctrl+F)</source>
        <translation>Search by name, municipality or enterprise number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Dossiers tonen</source>
        <translation>Show files</translation>
    </message>
    <message>
        <source>De dossiers van de gekozen organisatie tonen (of dubbelklik)</source>
        <translation>Show the files of the chosen organisation (or double-click)</translation>
    </message>
    <message>
        <source>Dienstverleners &amp;zoeken…</source>
        <translation>Find &amp;providers…</translation>
    </message>
    <message>
        <source>Erkende externe dienstverleners voor een gemeente zoeken en exporteren (ED-13)</source>
        <translation>Find and export recognised external providers for a municipality (ED-13)</translation>
    </message>
    <message>
        <source>Bezoek &amp;plannen…</source>
        <translation>&amp;Plan a visit…</translation>
    </message>
    <message>
        <source>Een bezoek ter plaatse plannen bij de gekozen organisatie</source>
        <translation>Plan an on-site visit to the chosen organisation</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Zoeken in de organisaties</source>
        <translation>Search the organisations</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>Een organisatie inschrijven met haar ondernemingsnummer</source>
        <translation>Register an organisation with its enterprise number</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Vestiging toevoegen…</source>
        <translation>Add es&amp;tablishment…</translation>
    </message>
    <message>
        <source>Vestiging s&amp;luiten…</source>
        <translation>C&amp;lose establishment…</translation>
    </message>
    <message>
        <source>Organisatie &amp;sluiten…</source>
        <translation>Close &amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Samen&amp;voegen met…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <source>Een dubbele organisatie samenvoegen met de gekozen; haar dossiers gaan mee</source>
        <translation>Merge a duplicate organisation into the chosen one; its files move with it</translation>
    </message>
    <message>
        <source>Toestand van de gekozen organisatie</source>
        <translation>State of the chosen organisation</translation>
    </message>
    <message>
        <source>1 organisatie</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} organisaties</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <source>Samengevoegd met {k}</source>
        <translation>Merged with {k}</translation>
    </message>
    <message>
        <source>Afgesloten op {d}</source>
        <translation>Closed on {d}</translation>
    </message>
    <message>
        <source>{n} vestiging(en)</source>
        <translation>{n} establishment(s)</translation>
    </message>
    <message>
        <source>Organisatie ingeschreven.</source>
        <translation>Organisation registered.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Vestiging toegevoegd.</source>
        <translation>Establishment added.</translation>
    </message>
    <message>
        <source>Vestiging afgesloten.</source>
        <translation>Establishment closed.</translation>
    </message>
    <message>
        <source>Organisatie afgesloten.</source>
        <translation>Organisation closed.</translation>
    </message>
    <message>
        <source>Organisaties samengevoegd.</source>
        <translation>Organisations merged.</translation>
    </message>
    <message>
        <source>Organisatie heropenen</source>
        <translation>Reopen organisation</translation>
    </message>
    <message>
        <source>{o} heropenen? De afsluiting wordt ongedaan gemaakt.</source>
        <translation>Reopen {o}? The closing is undone.</translation>
    </message>
    <message>
        <source>Organisatie heropend.</source>
        <translation>Organisation reopened.</translation>
    </message>
</context>
<context>
    <name>PdfActionsMixin</name>
    <message>
        <source>Het bestand kon niet bewaard worden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF kon niet geopend worden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewPanel</name>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Hele pagina</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Nog geen voorbeeld.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Bezoek plannen</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <source>ondernemingsnummer of exacte naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Soort bezoek</source>
        <translation>&amp;Kind of visit</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Bezoekers</source>
        <translation>&amp;Visitors</translation>
    </message>
    <message>
        <source>D&amp;ossiers</source>
        <translation>F&amp;iles</translation>
    </message>
    <message>
        <source>O&amp;pmerking</source>
        <translation>Re&amp;mark</translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Organisatie: geef een ondernemingsnummer of de exacte naam.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>Deel 2 — Vereenvoudigde procedure</source>
        <translation>Part 2 — Simplified procedure</translation>
    </message>
    <message>
        <source>GTB, GOB, maatwerkbedrijven en LDE-ondernemingen mogen de vereenvoudigde procedure vragen (ED-2).</source>
        <translation>GTB, GOB, custom-work companies and LDE enterprises may ask for the simplified procedure (ED-2).</translation>
    </message>
    <message>
        <source>Onder de vereenvoudigde procedure valt deel 3 weg: de aanvrager motiveert zijn ervaring niet en bezorgt geen lijst van gekwalificeerde begeleiders. Alle andere delen blijven verplicht. Geen enkele andere organisatie kan ze vragen: ook niet een vzw, een OCMW of AMA Welzijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ja, de aanvrager vraagt de vereenvoudigde procedure</source>
        <translation>&amp;Yes, the applicant asks for the simplified procedure</translation>
    </message>
    <message>
        <source>&amp;Nee, de volledige procedure (met ervaring en begeleiders)</source>
        <translation>&amp;No, the full procedure (with experience and supervisors)</translation>
    </message>
    <message>
        <source>Een {k} mag de vereenvoudigde procedure vragen. Vraagt de aanvrager ze?</source>
        <translation>A {k} may ask for the simplified procedure. Does the applicant ask for it?</translation>
    </message>
    <message>
        <source>Voor een {k} geldt de volledige procedure.</source>
        <translation>For a {k} the full procedure applies.</translation>
    </message>
    <message>
        <source>Deze vraag wordt enkel aan GTB, GOB, maatwerkbedrijven en LDE-ondernemingen gesteld. Deel 3 (ervaring en begeleiders) is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies ja of nee.</source>
        <translation>Choose yes or no.</translation>
    </message>
</context>
<context>
    <name>ProofApplicationDialog</name>
    <message>
        <source>Nieuwe aanvraag kwaliteitsbewijs op de lijst</source>
        <translation>New application to list a quality proof</translation>
    </message>
    <message>
        <source>niet vermeld</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>ja, na een audit of assessment</source>
        <translation>yes, after an audit or assessment</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Kwaliteitsbewijs</source>
        <translation>&amp;Quality proof</translation>
    </message>
    <message>
        <source>Ingediend &amp;op</source>
        <translation>Submitted &amp;on</translation>
    </message>
    <message>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Toegekend na audit</source>
        <translation>&amp;Granted after an audit</translation>
    </message>
    <message>
        <source>Domeinen volgens de aanvrager</source>
        <translation>Areas according to the applicant</translation>
    </message>
</context>
<context>
    <name>ProofApplicationPanel</name>
    <message>
        <source>&amp;Naam op de lijst</source>
        <translation>&amp;Name on the list</translation>
    </message>
    <message>
        <source>Gedekte domeinen (QR-1)</source>
        <translation>Areas covered (QR-1)</translation>
    </message>
    <message>
        <source>&amp;Beoordeling opslaan</source>
        <translation>Save &amp;judgement</translation>
    </message>
    <message>
        <source>Enkel de teamverantwoordelijke; daarna publiceert de stap &apos;Publiceren&apos; de nieuwe lijst.</source>
        <translation>Team lead only; then the step &apos;Publiceren&apos; publishes the new list.</translation>
    </message>
    <message>
        <source>niet vermeld</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Quality proof: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Na audit of assessment: {a}; domeinen volgens de aanvrager: {d}</source>
        <translation>After an audit or assessment: {a}; areas according to the applicant: {d}</translation>
    </message>
    <message>
        <source>Gepubliceerd als {i} in {p}.</source>
        <translation>Published as {i} in {p}.</translation>
    </message>
    <message>
        <source>Beoordeling opgeslagen; publiceer met de stap &apos;Publiceren&apos;.</source>
        <translation>Judgement saved; publish with the step &apos;Publiceren&apos;.</translation>
    </message>
</context>
<context>
    <name>ProofPage</name>
    <message>
        <source>Kwaliteitsbewijs (QR-2)</source>
        <translation>Quality proof (QR-2)</translation>
    </message>
    <message>
        <source>Waarop de registratie steunt; ze eindigt wanneer dat bewijs eindigt (QR-7).</source>
        <translation>What the registration rests on; it ends when that proof ends (QR-7).</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs uit de &amp;markt, op de lijst (QR-2 a)</source>
        <translation>Quality proof from the &amp;market, on the list (QR-2 a)</translation>
    </message>
    <message>
        <source>Wettelijk kwaliteitssysteem van een andere &amp;overheid (QR-2 b)</source>
        <translation>Statutory quality system of another &amp;government (QR-2 b)</translation>
    </message>
    <message>
        <source>Goedkeuringsbewijs &amp;Standaard WSE (QR-2 c)</source>
        <translation>Approval of the WSE &amp;Standard (QR-2 c)</translation>
    </message>
    <message>
        <source>&amp;Uitgereikt op</source>
        <translation>&amp;Issued on</translation>
    </message>
    <message>
        <source>&amp;Geldig tot</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>&amp;Bewijs</source>
        <translation>&amp;Proof</translation>
    </message>
    <message>
        <source>&amp;Auditorganisatie (QR-3)</source>
        <translation>&amp;Audit body (QR-3)</translation>
    </message>
    <message>
        <source>&amp;Eerder gebruikt sinds 1/1/2023</source>
        <translation>Used &amp;before since 1/1/2023</translation>
    </message>
    <message>
        <source>&amp;Nummer</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>Uitreiking</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Kies het bewijs uit de lijst.</source>
        <translation>Choose the proof from the list.</translation>
    </message>
    <message>
        <source>Vul in tot wanneer het bewijs geldig is (QR-7).</source>
        <translation>Fill in until when the proof is valid (QR-7).</translation>
    </message>
    <message>
        <source>Het einde ligt vóór de uitreiking.</source>
        <translation>The end lies before the issue.</translation>
    </message>
    <message>
        <source>(kies het bewijs)</source>
        <translation>(choose the proof)</translation>
    </message>
</context>
<context>
    <name>ProviderFinderDialog</name>
    <message>
        <source>Dienstverleners zoeken</source>
        <translation>Find service providers</translation>
    </message>
    <message>
        <source>de gemeente zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de provincie</source>
        <translation>the province</translation>
    </message>
    <message>
        <source>heel Vlaanderen</source>
        <translation>all of Flanders</translation>
    </message>
    <message>
        <source>Welke erkende externe dienstverleners begeleiden werknemers in een gemeente (ED-13)? Een dienstverlener telt mee als zijn werkingsgebied de gemeente, haar provincie of heel Vlaanderen noemt en hij op de gekozen datum erkend is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam of REFNIS-code, bv. Gent of 44021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen minimum</source>
        <translation>no minimum</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Erkend &amp;op</source>
        <translation>Recognised &amp;on</translation>
    </message>
    <message>
        <source>&amp;Minimale vrije capaciteit</source>
        <translation>&amp;Minimum free capacity</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>KBO-nummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkingsgebied</source>
        <translation>Area of operation</translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Erkend tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultaat</source>
        <translation>&amp;Result</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Vul een gemeente in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 erkende dienstverlener</source>
        <translation>1 recognised service provider</translation>
    </message>
    <message>
        <source>{n} erkende dienstverleners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen erkende dienstverlener voor deze gemeente op {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} ({ref}), zetel {seat}
Contact: {contact}
{area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Opgeslagen in {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrWizard</name>
    <message>
        <source>Nieuwe kwaliteitsregistratie</source>
        <translation>New quality registration</translation>
    </message>
    <message>
        <source>Organisatie en contactpersoon</source>
        <translation>Organisation and contact person</translation>
    </message>
    <message>
        <source>Wie de registratie aanvraagt. Een gekende organisatie wordt niet gewijzigd.</source>
        <translation>Who applies for the registration. A known organisation is not changed.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Referentielijsten</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <source>Kwaliteitslabels</source>
        <translation>Quality labels</translation>
    </message>
    <message>
        <source>Audit-/beoordelingsorganisaties</source>
        <translation>Audit/assessment organisations</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegistrationActions</name>
    <message>
        <source>Nieuwe &amp;organisatie…</source>
        <translation>New &amp;organisation…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;kwaliteitsregistratie…</source>
        <translation>New &amp;quality registration…</translation>
    </message>
    <message>
        <source>Een aanvraag tot validatie van een kwaliteitsregistratie inschrijven (Ctrl+Shift+N)</source>
        <translation>Register an application to validate a quality registration (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Kwaliteitsregistratie &amp;inlezen uit JSON…</source>
        <translation>&amp;Import quality registration from JSON…</translation>
    </message>
    <message>
        <source>Een kwaliteitsregistratie van het e-loket inlezen (wsedesk-qr/1)</source>
        <translation>Import a quality registration from the e-counter (wsedesk-qr/1)</translation>
    </message>
    <message>
        <source>Nieuwe &amp;tenderpartner…</source>
        <translation>New &amp;tender partner…</translation>
    </message>
    <message>
        <source>Nieuwe aanvraag kwaliteits&amp;bewijs…</source>
        <translation>New quality &amp;proof application…</translation>
    </message>
    <message>
        <source>Een kwaliteitsbewijs dat nog niet op de lijst staat, laten opnemen (QR-2 a)</source>
        <translation>Have a quality proof that is not on the list yet added to it (QR-2 a)</translation>
    </message>
    <message>
        <source>Kwaliteitsregistratie inlezen</source>
        <translation>Import quality registration</translation>
    </message>
    <message>
        <source>Aanvragen van het e-loket (*.json);;Alle bestanden (*)</source>
        <translation>Applications from the e-counter (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Gebieden en verklaring</source>
        <translation>Areas and declaration</translation>
    </message>
    <message>
        <source>De drie gebieden van QR-1, de start van de activiteit (QR-8) en de verklaring op erewoord.</source>
        <translation>The three areas of QR-1, the start of the activity (QR-8) and the declaration on honour.</translation>
    </message>
    <message>
        <source>&amp;Actief sinds (QR-8)</source>
        <translation>&amp;Active since (QR-8)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ingeschreven als dossier {ref}.</source>
        <translation>Registered as file {ref}.</translation>
    </message>
    <message>
        <source>Beslissing over de validatie uiterlijk op {d} (QR-4).</source>
        <translation>Decision on the validation by {d} at the latest (QR-4).</translation>
    </message>
    <message>
        <source>Zonder verklaring op erewoord geen registratie.</source>
        <translation>No registration without a declaration on honour.</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>opgeslagen</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>al ingelezen</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>vervangt een eerder verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laattijdig (MW-2)</source>
        <translation>late (MW-2)</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tabblad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cel</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>VTE doelgr.</source>
        <translation>FTE target gr.</translation>
    </message>
    <message>
        <source>VTE totaal</source>
        <translation>FTE total</translation>
    </message>
    <message>
        <source>Aandeel %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>Omzet</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Eigen verm.</source>
        <translation>Equity</translation>
    </message>
    <message>
        <source>MW-1</source>
        <translation>MW-1</translation>
    </message>
    <message>
        <source>Labelvoorwaarden maatwerk: VTE doelgroepwerknemers en hun aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3</source>
        <translation>MW-3</translation>
    </message>
    <message>
        <source>Signaal voor verplichte managementondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>KBO-nummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status dossier</source>
        <translation>File status</translation>
    </message>
    <message>
        <source>Herinnering</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Een herinnering kan: het DV-dossier wacht op het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen DV-dossier in status &apos;verwacht&apos;: geen herinneringsbrief mogelijk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ontbrekende verslagen</source>
        <translation>Missing reports</translation>
    </message>
    <message>
        <source>Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke leest verslagen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>Het verslagjaar van het overzicht en van de ontbrekende verslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestanden inlezen…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Ingevulde duurzaamheidsverslagen (.xlsx, .xlsm) kiezen en inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map inlezen…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Elke .xlsx- en .xlsm-werkmap in een map (en haar submappen) inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>De dag waarop de verslagen binnenkwamen; bepaalt of ze laattijdig zijn (MW-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of sleep werkmappen of een map naar dit scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar:</source>
        <translation>Report year:</translation>
    </message>
    <message>
        <source>ontvangen op</source>
        <translation>received on</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sleep ingevulde duurzaamheidsverslagen (.xlsx, .xlsm) of een map met verslagen naar dit scherm, of kies «Bestanden inlezen…».

Elk bestand wordt gecontroleerd en enkel opgeslagen als het geen fouten bevat; een geweigerd bestand verandert niets aan de databank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen verslagen</source>
        <translation>Imported reports</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Dubbelklik op een melding om de cel in de werkmap te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen — dubbelklik om de cel in de werkmap te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Overzicht van de verslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinneringen opmaken…</source>
        <translation>Draft reminders…</translation>
    </message>
    <message>
        <source>Een brief &apos;herinnering verslag&apos; bij het DV-dossier van elke gekozen organisatie (enkel voor een dossier in status &apos;verwacht&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Er wordt nog gewerkt ({what}). Onderbreken en sluiten? Wat al klaar is, blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen .xlsx- of .xlsm-bestanden gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bestand(en) worden ingelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} al eerder ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bestand(en) gelezen: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbroken: {rest} van {total} bestanden niet gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y}: {n} van {t} verslagen ontvangen, {late} laattijdig · MW-1 niet voldaan: {mw1} · MW-3-signaal: {mw3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht {y}</source>
        <translation>Overview {y}</translation>
    </message>
    <message>
        <source>{n} organisaties zonder verslag over {y} (uiterste datum {d}{state}); voor {p} kan een herinnering (DV-dossier in status &apos;verwacht&apos;). Kies organisaties (Ctrl+A: alle) en maak de brieven op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verstreken</source>
        <translation>, overdue</translation>
    </message>
    <message>
        <source>Ontbrekende verslagen ({n})</source>
        <translation>Missing reports ({n})</translation>
    </message>
    <message>
        <source>Geen van de gekozen organisaties heeft een DV-dossier in status &apos;verwacht&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbroken na {n} van {t} dossiers; de brieven die al klaar waren, zijn bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} herinnering(en) opgemaakt; ze staan bij de dossiers onder Documenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgemaakt voor {r}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gekozen organisatie(s) zonder DV-dossier in status &apos;verwacht&apos; overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinneringen worden opgemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Een herinneringsbrief opmaken voor {n} organisatie(s)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gekozen organisatie(s) hebben geen DV-dossier in status &apos;verwacht&apos; en krijgen geen brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinneringen opmaken</source>
        <translation>Draft reminders</translation>
    </message>
    <message>
        <source>Duurzaamheidsverslagen inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmappen (*.xlsx *.xlsm);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map met duurzaamheidsverslagen</source>
        <translation>Folder with sustainability reports</translation>
    </message>
    <message>
        <source>Wordt onderbroken…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Meldingen bij {f}: {e} fout(en), {w} waarschuwing(en) — dubbelklik om de cel te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht exporteren</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>geëxporteerd naar {f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Wachtrij conflicten bij inchecken</source>
        <translation>Check-in conflict queue</translation>
    </message>
    <message>
        <source>Bij het inchecken werd niets overschreven: waar de centrale database intussen veranderde, staat het hier. Kies per conflict welke versie blijft, of voeg samen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Laptop van</source>
        <translation>Laptop of</translation>
    </message>
    <message>
        <source>Geen open conflicten</source>
        <translation>No open conflicts</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bij uitchecken</source>
        <translation>At check-out</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Centraal nu</source>
        <translation>Central now</translation>
    </message>
    <message>
        <source>Neem</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>&amp;Laptopversie behouden</source>
        <translation>Keep the &amp;laptop version</translation>
    </message>
    <message>
        <source>&amp;Centrale versie behouden</source>
        <translation>Keep the &amp;central version</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Per veld de gekozen kant (kolom &apos;Neem&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source> Met dit bezoek wachten {n} record(s) van de laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptopversie van {who}, gevonden bij het inchecken op {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>centraal</source>
        <translation>central</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Overal zoeken</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Kenmerk, organisatie, KBO-nummer, persoon, notitie of tekst van een brief</source>
        <translation>Reference, organisation, KBO number, person, note or text of a letter</translation>
    </message>
    <message>
        <source>Elk woord telt als begin van een woord; hoofdletters en accenten tellen niet mee (&apos;Emmaus&apos; vindt &apos;Emmaüs&apos;). Pijltjes kiezen, Enter opent, Esc sluit.</source>
        <translation>Each word counts as the start of a word; capitals and accents do not count (&apos;Emmaus&apos; finds &apos;Emmaüs&apos;). Arrows choose, Enter opens, Esc closes.</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Gevonden</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Uittreksel</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Aantal resultaten</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>{n} resultaten; Enter opent het gekozen.</source>
        <translation>{n} results; Enter opens the chosen one.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Werkbak</source>
        <translation>&amp;Work tray</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Een &amp;bestand op deze computer (SQLite)</source>
        <translation>A &amp;file on this computer (SQLite)</translation>
    </message>
    <message>
        <source>Een &amp;server voor het team (PostgreSQL)</source>
        <translation>A &amp;server for the team (PostgreSQL)</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Backup maken…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <source>Backup &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Een backup terugzetten in een nieuw databasebestand (teamverantwoordelijke); dat bestand opent bij de volgende start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>leeg: het bewaarde wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-certificaat (.pem), nodig voor de controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>CA-certificaat kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Poort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>D&amp;atabase</source>
        <translation>D&amp;atabase</translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>&amp;CA-certificaat</source>
        <translation>&amp;CA certificate</translation>
    </message>
    <message>
        <source>&amp;Verbinding testen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Een andere database wordt geopend bij de volgende start van WSE Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> werkdagen</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>&apos;&amp;Binnenkort&apos; bij hoogstens</source>
        <translation>&apos;&amp;Soon&apos; at most</translation>
    </message>
    <message>
        <source>Een termijn kleurt oranje in de Werkbak wanneer er nog hoogstens zoveel werkdagen overblijven tot de vervaldag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herinnering einde erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoveel kalenderdagen voor het einde van een erkenning (ED-7, 5 jaar) toont de Werkbak een herinnering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal van het programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe taal geldt vanaf de volgende start. Brieven blijven in het Nederlands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasebestand openen</source>
        <translation>Open a database file</translation>
    </message>
    <message>
        <source>SQLite-databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw databasebestand</source>
        <translation>New database file</translation>
    </message>
    <message>
        <source>SQLite-databases (*.sqlite)</source>
        <translation>SQLite databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup bewaren als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Backup geschreven naar {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>SQLite-backups (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten in een nieuw databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een nieuw bestand: een backup wordt nooit over een bestaande database gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup teruggezet in {p} ({n} rijen). Kies OK om die database bij de volgende start te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificaten (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Fill in this field.</translation>
    </message>
</context>
<context>
    <name>SubcontractorsPage</name>
    <message>
        <source>Onderaannemers</source>
        <translation>Subcontractors</translation>
    </message>
    <message>
        <source>Wie de aanvrager inschakelt voor de begeleiding: elke onderaannemer moet zelf erkend zijn (ED-10).</source>
        <translation>Whom the applicant engages for the supervision: every subcontractor must be recognised itself (ED-10).</translation>
    </message>
    <message>
        <source>Laat de lijst leeg als de aanvrager geen onderaannemers inzet. Of een onderaannemer erkend is, gaat de toetsing na in WSE Desk; wat de aanvrager daarover zegt, wordt bewaard maar niet op zijn woord geloofd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondernemingsnummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Erkend volgens de aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lijst van onderaannemers (F2 of typen om een cel te wijzigen, spatie vinkt aan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onderaannemer toevoegen</source>
        <translation>&amp;Add a subcontractor</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Onderaannemer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: vul het ondernemingsnummer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: vul de naam in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Nieuwe organisatie aangemaakt.</source>
        <translation>New organisation created.</translation>
    </message>
    <message>
        <source>Bij een bestaande organisatie gevoegd (haar gegevens zijn niet gewijzigd).</source>
        <translation>Added to an existing organisation (its data were not changed).</translation>
    </message>
    <message>
        <source>Vul in wie de verklaring ondertekende.</source>
        <translation>Fill in who signed the declaration.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Briefsjablonen</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Titel in de eigenschappen van de PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Aanhef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke regel is een alinea. &apos;- &apos; begint een opsomming, &apos;## &apos; een tussentitel; **vet**, *cursief*. Een lijst of tabel zoals {bevindingen} staat alleen op een regel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik op een fout om de plaats in de tekst te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Slotformule</source>
        <translation>Closing formula</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Plaatshouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Dubbelklik om de plaatshouder in te voegen waar de cursor staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation>Undo the changes</translation>
    </message>
    <message>
        <source>Opslaan als nieuwe versie</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>U kunt sjablonen bekijken en uitproberen; enkel een teamverantwoordelijke slaat ze op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aangepaste sjabloon kon niet gelezen worden; u ziet het meegeleverde. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In orde: het sjabloon kan gebruikt worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorbeeld: het sjabloon bevat fouten (zie Controle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld met fictieve gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als versie {v}. Nieuwe brieven gebruiken deze tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {v}, aangepast (meegeleverd: versie {s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {v}, zoals meegeleverd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} (op een eigen regel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke slaat briefsjablonen op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los eerst de fouten onder Controle op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaart de tekst als nieuwe versie; nieuwe brieven gebruiken ze meteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>U wijzigde dit sjabloon maar sloeg het niet op. Wijzigingen weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenderFactsPanel</name>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>bv. 125000,00</source>
        <translation>e.g. 125000,00</translation>
    </message>
    <message>
        <source>0 tot 100</source>
        <translation>0 to 100</translation>
    </message>
    <message>
        <source>O&amp;pdracht</source>
        <translation>Con&amp;tract notice</translation>
    </message>
    <message>
        <source>Perc&amp;eel</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Ervaring &amp;gelijkaardig (TW-1)</source>
        <translation>&amp;Similar experience (TW-1)</translation>
    </message>
    <message>
        <source>Ervaring (&amp;beschrijving)</source>
        <translation>Experience (&amp;description)</translation>
    </message>
    <message>
        <source>P&amp;rijs offerte (€)</source>
        <translation>Offer &amp;price (€)</translation>
    </message>
    <message>
        <source>&amp;Kwaliteitsscore</source>
        <translation>&amp;Quality score</translation>
    </message>
    <message>
        <source>Contract&amp;kenmerk</source>
        <translation>Contract &amp;reference</translation>
    </message>
    <message>
        <source>Contract be&amp;gin</source>
        <translation>Contract st&amp;art</translation>
    </message>
    <message>
        <source>Contract ein&amp;de</source>
        <translation>Contract e&amp;nd</translation>
    </message>
    <message>
        <source>Gegevens op&amp;slaan</source>
        <translation>Sa&amp;ve facts</translation>
    </message>
    <message>
        <source>Nog geen volledige offerte (prijs en kwaliteitsscore) in de fase offerte of later.</source>
        <translation>No complete offer yet (price and quality score) in the offer stage or later.</translation>
    </message>
    <message>
        <source>Score (TW-1): kwaliteit {q} + prijs {p} = {t} punten — plaats {r} van {n} offertes voor deze opdracht en dit perceel.</source>
        <translation>Score (TW-1): quality {q} + price {p} = {t} points — rank {r} of {n} offers for this contract notice and lot.</translation>
    </message>
    <message>
        <source>Geen wijzigingen om op te slaan.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Contract notice</translation>
    </message>
    <message>
        <source>Perceel</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Ervaring</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Ervaring gelijkaardig</source>
        <translation>Similar experience</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Kwaliteitsscore</source>
        <translation>Quality score</translation>
    </message>
    <message>
        <source>Contractkenmerk</source>
        <translation>Contract reference</translation>
    </message>
    <message>
        <source>Contract begin</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>Contract einde</source>
        <translation>Contract end</translation>
    </message>
</context>
<context>
    <name>TenderPartnerDialog</name>
    <message>
        <source>Nieuwe tenderpartner (Intensief Werkplekleren)</source>
        <translation>New tender partner (Intensive workplace learning)</translation>
    </message>
    <message>
        <source>bv. IWP 2026</source>
        <translation>e.g. IWP 2026</translation>
    </message>
    <message>
        <source>bv. Perceel 3 — Limburg</source>
        <translation>e.g. Lot 3 — Limburg</translation>
    </message>
    <message>
        <source>O&amp;pdracht</source>
        <translation>Con&amp;tract notice</translation>
    </message>
    <message>
        <source>Perc&amp;eel</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Ingediend &amp;op</source>
        <translation>Submitted &amp;on</translation>
    </message>
    <message>
        <source>&amp;Ervaring (TW-1)</source>
        <translation>&amp;Experience (TW-1)</translation>
    </message>
</context>
<context>
    <name>TermCalculatorDialog</name>
    <message>
        <source>Termijncalculator</source>
        <translation>Term calculator</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Vrije termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <source>{rule} — {label} ({n} {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gebeurtenis: indiening, e-mail, kennisgeving. Dag 1 is de dag erna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kalenderdagen (T-1)</source>
        <translation>calendar days (T-1)</translation>
    </message>
    <message>
        <source>werkdagen (T-2)</source>
        <translation>working days (T-2)</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Aantal dagen</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>Telling</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Schorsingen (T-3)</source>
        <translation>Suspensions (T-3)</translation>
    </message>
    <message>
        <source>Van de dag dat de vraag vertrok (inbegrepen) tot de dag dat het antwoord binnenkwam (niet inbegrepen). Vink &apos;nog open&apos; aan als het antwoord er nog niet is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsingen</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Schorsing toevoegen</source>
        <translation>Add a suspension</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Uitleg van de berekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het antwoord is er nog niet: de klok staat stil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing {n}: het einde ({end}) ligt vóór het begin ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen vervaldag</source>
        <translation>No due date</translation>
    </message>
</context>
<context>
    <name>TermExplanationDialog</name>
    <message>
        <source>Waarom deze datum? — {rule}</source>
        <translation>Why this date? — {rule}</translation>
    </message>
    <message>
        <source>De datum wordt telkens opnieuw berekend uit de gebeurtenis, de termijn, de schorsingen en de kalender (T-1 tot T-4); ze wordt nooit met de hand aangepast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>De uitleg als tekst naar het klembord kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermExplanationView</name>
    <message>
        <source>Nog geen berekening.</source>
        <translation>No calculation yet.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Gebruiker {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanmeldnaam: de gebruikersnaam van de computer (SQLite) of van de databaseserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam@vlaanderen.be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staat als afzender op de brieven van deze behandelaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02 553 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief (kan zich aanmelden en dossiers behandelen)</source>
        <translation>Active (can sign in and handle files)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mailadres</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke beheert gebruikers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gebruiker intussen gewijzigd</source>
        <translation>User changed meanwhile</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>De gegevens van de collega staan nu onder uw invoer: kijk ze na en sla opnieuw op.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>&amp;Nieuwe gebruiker…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke beheert gebruikers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Bekijken…</source>
        <translation>&amp;View…</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <source>Kies een bezoek</source>
        <translation>Choose a visit</translation>
    </message>
    <message>
        <source>Verslag heropenen</source>
        <translation>Reopen the report</translation>
    </message>
    <message>
        <source>Verslag (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>Signalen uit het laatste duurzaamheidsverslag (MW-4)</source>
        <translation>Signals from the latest sustainability report (MW-4)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>O&amp;pvolgacties</source>
        <translation>Follow-up &amp;actions</translation>
    </message>
    <message>
        <source>&amp;Bijlagen</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>&amp;Verslag</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Punt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Controlelijst</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>1 in orde · 2 niet in orde · 3 niet nagegaan · F2 of typen: toelichting · O: opvolging starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>&amp;Opvolging…</source>
        <translation>&amp;Follow-up…</translation>
    </message>
    <message>
        <source>Opvolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Uitgevoerd op</source>
        <translation>Carried out on</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Uitgevoerd</source>
        <translation>&amp;Carried out</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Onderschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Foto of &amp;scan toevoegen…</source>
        <translation>Add a photo or &amp;scan…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag in eigen woorden; een lege regel begint een alinea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag &amp;bewaren</source>
        <translation>&amp;Save the report</translation>
    </message>
    <message>
        <source>{ref} — {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gepland op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, bezocht op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verslag van {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} ({kbo}) · {status} · {when}
Bezoekers: {who} · Dossiers: {dossiers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>gestart</source>
        <translation>started</translation>
    </message>
    <message>
        <source>voorgesteld</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>mogelijk (O)</source>
        <translation>possible (O)</translation>
    </message>
    <message>
        <source>Geen duurzaamheidsverslag of geen signalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag over {y}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten kan pas na het inchecken, in de centrale database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een oordeel (1, 2 of 3) voor &apos;{t}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een opvolging kan enkel bij een punt dat niet in orde is en waarvoor de regel het toelaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging starten</source>
        <translation>Start a follow-up</translation>
    </message>
    <message>
        <source>Wat mag &apos;{t}&apos; (niet in orde) in gang zetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de voorgestelde opvolging</source>
        <translation>the proposed follow-up</translation>
    </message>
    <message>
        <source>Offline wordt dit enkel voorgesteld; u bevestigt het na het inchecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging bevestigen</source>
        <translation>Confirm the follow-up</translation>
    </message>
    <message>
        <source>{what} starten voor &apos;{t}&apos;? {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezocht op</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Datum van het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Bezoekverslag bewaren</source>
        <translation>Save the visit report</translation>
    </message>
    <message>
        <source>Bezoekverslag bewaard: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolgactie verwijderen</source>
        <translation>Remove follow-up action</translation>
    </message>
    <message>
        <source>&apos;{d}&apos; verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto of scan kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto&apos;s en scans (*.jpg *.jpeg *.png *.pdf);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; kan niet gelezen worden of is te groot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>&apos;{n}&apos; verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Welke bezoeken</source>
        <translation>Which visits</translation>
    </message>
    <message>
        <source>Bezoek &amp;plannen…</source>
        <translation>&amp;Plan a visit…</translation>
    </message>
    <message>
        <source>&amp;Uitchecken…</source>
        <translation>Check &amp;out…</translation>
    </message>
    <message>
        <source>Bezoeken meenemen op een laptop zonder netwerk (een bezoekpakket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inchecken…</source>
        <translation>Check &amp;in…</translation>
    </message>
    <message>
        <source>Een bezoekpakket terugbrengen in de centrale database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Kan pas weer in de centrale database (u werkt offline in een bezoekpakket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bezoek(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolgacties te laat: {n} (met een dossier staan ze ook in de Werkbak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtrij &amp;conflicten ({n})</source>
        <translation>&amp;Conflict queue ({n})</translation>
    </message>
    <message>
        <source>Bezoekpakket inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoekpakket (*{s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inchecken…</source>
        <translation>Check in…</translation>
    </message>
    <message>
        <source>Dit pakket was al ingecheckt: niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingecheckt: {m} record(s) samengevoegd ({c} nieuw, {u} gewijzigd, {d} verwijderd), {k} conflict(en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WerkbakPage</name>
    <message>
        <source>Werkbak</source>
        <translation>Work tray</translation>
    </message>
    <message>
        <source>Open termijnen van het hele team, de vroegste vervaldag bovenaan, stilgelegde onderaan. Binnenkort = hoogstens {n} werkdagen. Enter opent het dossier.</source>
        <translation>Open terms of the whole team, the earliest due date at the top, stopped ones at the bottom. Soon = at most {n} working days. Enter opens the file.</translation>
    </message>
    <message>
        <source>Open termijnen van uw dossiers, de vroegste vervaldag bovenaan, stilgelegde onderaan. Binnenkort = hoogstens {n} werkdagen. Enter opent het dossier.</source>
        <translation>Open terms of your files, the earliest due date at the top, stopped ones at the bottom. Soon = at most {n} working days. Enter opens the file.</translation>
    </message>
</context>
<context>
    <name>WholeTrailDialog</name>
    <message>
        <source>Volledig auditspoor</source>
        <translation>Whole audit trail</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>Enkel regels vanaf een datum</source>
        <translation>Only entries from a date</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Up to and including</translation>
    </message>
    <message>
        <source>Enkel regels tot en met een datum</source>
        <translation>Only entries up to and including a date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>Geen regels in het auditspoor voor deze periode.</source>
        <translation>No entries in the audit trail for this period.</translation>
    </message>
</context>
<context>
    <name>WorkListView</name>
    <message>
        <source>Mijn termijnen</source>
        <translation>My terms</translation>
    </message>
    <message>
        <source>Hele team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>De open termijnen van de dossiers waarvan u behandelaar bent</source>
        <translation>The open terms of the files you handle</translation>
    </message>
    <message>
        <source>De open termijnen van alle dossiers</source>
        <translation>The open terms of all files</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Klik om enkel deze termijnen te tonen; nog eens klikken toont alles.</source>
        <translation>Click to show only these terms; click again to show all.</translation>
    </message>
    <message>
        <source>Herinneringen over erkenningen (ED-7, ED-8)</source>
        <translation>Reminders about recognitions (ED-7, ED-8)</translation>
    </message>
    <message>
        <source>Herinneringen over erkenningen</source>
        <translation>Reminders about recognitions</translation>
    </message>
    <message>
        <source>Open termijnen</source>
        <translation>Open terms</translation>
    </message>
    <message>
        <source>Termijnen worden gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle behandelaars</source>
        <translation>All case officers</translation>
    </message>
    <message>
        <source>Enkel de termijnen van één behandelaar</source>
        <translation>Only the terms of one case officer</translation>
    </message>
    <message>
        <source>Kies &apos;Hele team&apos; om een andere behandelaar te kiezen</source>
        <translation>Choose &apos;Whole team&apos; to pick another case officer</translation>
    </message>
    <message>
        <source>Geen herinneringen</source>
        <translation>No reminders</translation>
    </message>
    <message>
        <source>1 herinnering</source>
        <translation>1 reminder</translation>
    </message>
    <message>
        <source>{n} herinneringen</source>
        <translation>{n} reminders</translation>
    </message>
    <message>
        <source>Erkenningen die binnen {d} dagen aflopen (ED-7) of waarvoor het verval voorgesteld wordt na twee jaar zonder begeleiding (ED-8). Kies er een om het dossier te openen.</source>
        <translation>Recognitions that end within {d} days (ED-7) or whose lapse is proposed after two years without guidance (ED-8). Choose one to open the file.</translation>
    </message>
    <message>
        <source>1 termijn</source>
        <translation>1 term</translation>
    </message>
    <message>
        <source>{n} termijnen</source>
        <translation>{n} terms</translation>
    </message>
</context>
<context>
    <name>WorkTableModel</name>
    <message>
        <source>verstreken</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>op schema</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>stilgelegd</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Vervaldag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>{rule}: {label}, sinds {date}</source>
        <translation>{rule}: {label}, since {date}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>nog {n}</source>
        <translation>{n} left</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{n} te laat</source>
        <translation>{n} late</translation>
    </message>
    <message>
        <source>De klok staat stil: geen vervaldag tot de informatie binnen is.</source>
        <translation>The clock is stopped: no due date until the information is in.</translation>
    </message>
    <message>
        <source>Nog {n} dag(en) tot en met de vervaldag.</source>
        <translation>{n} day(s) left up to and including the due date.</translation>
    </message>
    <message>
        <source>De vervaldag is {n} dag(en) voorbij.</source>
        <translation>The due date passed {n} day(s) ago.</translation>
    </message>
    <message>
        <source>Stilgelegd: de klok loopt opnieuw zodra de gevraagde informatie binnen is (T-3).</source>
        <translation>Suspended: the clock runs again as soon as the information asked for is in (T-3).</translation>
    </message>
    <message>
        <source>Vervaldag {date}; &apos;Waarom deze datum?&apos; in het tabblad Termijnen legt ze uit.</source>
        <translation>Due date {date}; &apos;Waarom deze datum?&apos; in the Terms tab explains it.</translation>
    </message>
    <message>
        <source>Verstreken: de vervaldag is voorbij.</source>
        <translation>Overdue: the due date has passed.</translation>
    </message>
    <message>
        <source>Binnenkort: hoogstens {n} werkdagen tot de vervaldag.</source>
        <translation>Due soon: at most {n} working days to the due date.</translation>
    </message>
    <message>
        <source>Op schema.</source>
        <translation>On track.</translation>
    </message>
    <message>
        <source>Stilgelegd: de klok staat stil in afwachting van informatie (ED-5, T-3).</source>
        <translation>Suspended: the clock stands still awaiting information (ED-5, T-3).</translation>
    </message>
</context>
<context>
    <name>_ReferenceTab</name>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke kan deze lijst wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe rij</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Geselecteerde rij wijzigen</source>
        <translation>Change the selected row</translation>
    </message>
</context>
<context>
    <name>_RegisterDialog</name>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies de organisatie.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <source>Vul de datum van indiening in.</source>
        <translation>Fill in the date of submission.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{app} kan niet starten</source>
        <translation>{app} cannot start</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>{f}: ingeschreven als dossier {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing over de validatie uiterlijk op {d} (QR-4).</source>
        <translation type="unfinished">Decision on the validation by {d} at the latest (QR-4).</translation>
    </message>
    <message>
        <source>{f} werd niet ingelezen; niets is bewaard. {n} probleem/problemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsregistratie inlezen</source>
        <translation type="unfinished">Import quality registration</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Stilgelegd sinds {date}: {used} {unit} gebruikt, {left} resterend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag: {date}</source>
        <translation>Due date: {date}</translation>
    </message>
    <message>
        <source>{n} werkdagen</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>{n} kalenderdagen</source>
        <translation>{n} calendar days</translation>
    </message>
    <message>
        <source>{length} vanaf {date}</source>
        <translation>{length} from {date}</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Straat en nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished">Municipality</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished">Phone</translation>
    </message>
</context>
<context>
    <name>wsedesk</name>
    <message>
        <source>gebruik: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argumenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon deze hulp en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-commando&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de volgende argumenten zijn verplicht: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een van de argumenten %s is verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende argumenten: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige keuze: %(value)r (kies uit %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige waarde %(value)r (verwacht: %(type)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht één waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht hoogstens één waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht minstens één waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet toegestaan samen met %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarde %r genegeerd: deze optie neemt geen waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbelzinnige optie: %(option)s kan %(matches)s zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend commando %(parser_name)r (kies uit %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan &apos;%(filename)s&apos; niet openen: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onverwachte optie: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: fout: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht %s waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht %s waarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zie &apos;{p} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend commando &apos;{v}&apos; (kies uit {c})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen geldige waarde (verwacht: {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een actie: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gemeld, door de dienst vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een wijziging die de voorwaarden raakt registreren (ED-11, QR-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreert een wijziging bij een erkenning (ED) of kwaliteitsregistratie (QR), voert de controles opnieuw uit en toont wat niet voldaan is en de voorgestelde stap. De stap wordt niet gezet. Zonder --reported geldt vandaag als meldingsdatum; --not-reported: niet gemeld, door de dienst vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk van het dossier, bv. ED-2025-00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omschrijving van de wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de aanbieder meldde het niet; de dienst stelde het zelf vast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitvoer als JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (op {d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeld op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging geregistreerd bij {r}{w}, {h}: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet voldaan of onbekend na de nieuwe controle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle regels zijn voldaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen stap voorgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de wijziging ({f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de melding ({f}; standaard vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw rol mag deze stap niet zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel (niet gezet): &apos;{label}&apos; ({rule}), actie &apos;{action}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de controles (QR-*, ED-*) op de gegevens van een dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toont per regel het oordeel (voldaan, niet voldaan, onbekend), de reden, de gebruikte gegevens en, waar de aanvrager iets kan aanvullen, de vraag voor de vraag om bijkomende informatie. Geoordeeld op --as-of (standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitvoer als JSON-lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controles voor {r}, geoordeeld op {d}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beoordelingsdatum ({f}; standaard vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegevens: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vraag: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuwe organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestaande organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanvragen van het e-loket inschrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het JSON-bestand van de aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is geen UTF-8-tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanvraag ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand &apos;{p}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand &apos;{p}&apos; is te groot voor een aanvraag (meer dan {n} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  let op: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsedesk: {f}: niet ingeschreven, 1 probleem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsedesk: {f}: niet ingeschreven, {n} problemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/JJJJ of JJJJ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} verwacht een datum DD/MM/JJJJ of JJJJ-MM-DD, bv. 03/03/2025 (gekregen: &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erkende externe dienstverleners voor een gemeente (ED-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De externe dienstverleners die op DATUM erkend zijn en waarvan het werkingsgebied de gemeente dekt (de gemeente zelf, haar provincie of heel Vlaanderen), met hun capaciteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFNIS-code of naam van een Vlaamse gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel dienstverleners met minstens N vrije plaatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ook naar Excel schrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-capacity kan niet negatief zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkende externe dienstverleners voor {g} ({c}) op {d}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum waarop de erkenning geldt ({f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: het doelbestand moet op .xlsx eindigen (gekregen: &apos;{p}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschreven naar {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AANVAARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEWEIGERD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termijn verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termijn loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duurzaamheidsverslagen: leeg sjabloon maken, werkmappen controleren en inlezen, overzicht, ontbrekende verslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duurzaamheidsverslagen (collectief maatwerk, MW-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijf de lege werkmap van een sjabloonversie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf de lege werkmap (.xlsx) om naar de organisaties te sturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sjabloonversie, bv. 2025 of duurzaamheidsverslag-2025 (standaard: de nieuwste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het doelbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overschrijf een bestaand bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toon enkel de beschikbare versies en stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controleer ingevulde werkmappen (zonder database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees en controleer ingevulde duurzaamheidsverslagen. Er wordt niets opgeslagen. Exitcode 0: alle bestanden aanvaard; 1: minstens één geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>één of meer .xlsx-bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-uitvoer (een lijst, één object per bestand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het verwachte ondernemingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het verwachte verslagjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van ontvangst, voor &apos;laattijdig&apos; (standaard: vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lees ingevulde werkmappen in en bewaar ze in de databank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees, controleer en bewaar duurzaamheidsverslagen; elk bestand alles-of-niets. Een nieuwer verslag van dezelfde organisatie en hetzelfde jaar vervangt het huidige (dat blijft in de geschiedenis). Exitcode 0: alle bestanden opgeslagen; 1: minstens één niet (geweigerd of al ingelezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overzicht van een verslagjaar per maatwerkbedrijf/-afdeling (naar Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per maatwerkbedrijf en maatwerkafdeling: datum van ontvangst, laattijdig (MW-2), de kernindicatoren, de labelvoorwaarden (MW-1) en signalen voor managementondersteuning (MW-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het verslagjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schrijf het overzicht naar Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3: signaal wanneer het aandeel doelgroepwerknemers meer dan zoveel procentpunten daalt (standaard 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisaties zonder verslag voor een verslagjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatwerkbedrijven en -afdelingen (en organisaties met een DV-dossier voor dat jaar) zonder ingelezen verslag. Een herinnering maakt u met &apos;wsedesk letter REF --kind herinnering-verslag&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-uitvoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon {v} geschreven naar {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPGESLAGEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AL INGELEZEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y}: {n} organisaties, {r} verslagen ontvangen ({l} laattijdig), {m} signalen MW-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y}: {n} verslagen ontbreken (uiterste datum {d}, {s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het doelbestand moet op .xlsx eindigen (gekregen: {f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{f} bestaat al; kies een andere naam of gebruik --force om te overschrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map {d} bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: verwacht een jaartal, gekregen &apos;{y}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sjabloon {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderneming {o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verslagjaar {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontvangen {d}{l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschreven naar {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y}: alle verwachte verslagen zijn ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan {f} niet schrijven: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (laattijdig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervangt het eerder ingelezen verslag {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier {r}: status &apos;{s}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--share-drop: verwacht een positief getal, gekregen &apos;{p}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--share-drop: verwacht een aantal procentpunten, gekregen &apos;{p}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laattijdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3</source>
        <translation>MW-3</translation>
    </message>
    <message>
        <source>MW-1 {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkdagen</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>kalenderdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bereken een vervaldag (T-1..T-4) met uitleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berekent de vervaldag van een termijn volgens domain.md §4: kalenderdagen (T-1) of werkdagen (T-2), met schorsingen (T-3), en toont hoe de datum tot stand kwam (T-4). Raakt de database niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lengte van de termijn (&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tel werkdagen (T-2) in plaats van kalenderdagen (T-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schorsing (T-3): BEGIN inbegrepen, EINDE niet (de dag dat het antwoord binnenkwam); &apos;BEGIN:&apos; voor een schorsing die nog loopt; herhaalbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel die de termijn oplegt, bv. ED-5 (standaard T-1 of T-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitvoer als één JSON-object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn {r}: {n} {u} vanaf {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de gebeurtenis ({f}); dag 1 is de dag erna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: &apos;{v}&apos; is geen geheel getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: de termijn moet minstens 1 dag tellen (gekregen: {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: {v} is te groot (maximum {m}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suspend: &apos;{v}&apos; moet de vorm BEGIN:EINDE hebben (bv. 10/03/2025:20/03/2025), of BEGIN: voor een schorsing die nog loopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suspend: in &apos;{v}&apos; ligt EINDE ({e}) voor BEGIN ({s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag: {d} ({short})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt: {u} {unit} gebruikt, {left} resterend; nog geen vervaldag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: {n} laattijdige schorsing(en) genegeerd (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: de termijn van {n} dagen vanaf {d} valt buiten de kalender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ondernemingsnummer (KBO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adres van de organisatie, op één regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de geadresseerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanhef, bv. &apos;Geachte mevrouw Janssens&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ons kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uw kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van indiening van de aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum waarop de ontvankelijkheid werd gemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de registratie of erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort aanvraag, bv. &apos;aanvraag tot erkenning als …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decreet en besluit waarop de procedure steunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel voor heroverweging (ED-9 of QR-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoe een heroverweging verloopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefoon van de contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail van de contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functie van de ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regel die de termijn bepaalt, bv. ED-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lengte van de termijn in dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dag van de gebeurtenis die de termijn start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste dag van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin van de lopende schorsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verstreken dagen van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resterende dagen van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum waarop wij het antwoord verwachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin van de geldigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste dag van de geldigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dag waarop schorsing, intrekking of verval ingaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de brief met het voornemen (QR-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagen om op het voornemen te reageren (QR-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dagen om heroverweging te vragen (ED-9 / QR-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van het verzoek tot heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de betwiste beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de hoorzitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van het advies van de heroverwegingscommissie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de beslissing na heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de beslissing na heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van het kwaliteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>einddatum van het kwaliteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar waarover het duurzaamheidsverslag gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiterste datum voor het verslag (MW-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum waarop het verslag ontvangen werd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorgestelde beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zin over de termijn: geschorst sinds … (verstreken/resterende dagen) of loopt tot …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opsomming van de gevraagde informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opsomming van de redenen van de beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabel: regel, oordeel, motivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vak met opmerkingen en goedkeuring van de teamverantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>De naam van de geadresseerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ondertekenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de termijn van het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lijst van ontbrekende informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motivering van de beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de getoetste voorwaarden en hun oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvankelijk</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>De aanvraag is ontvankelijk (ED-4); de termijn van ED-5 loopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onontvankelijk</source>
        <translation>Inadmissible</translation>
    </message>
    <message>
        <source>De aanvraag is niet ontvankelijk (ED-4); het dossier sluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag om bijkomende informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag om ontbrekende informatie; de termijn is geschorst (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies aan de minister</source>
        <translation>Advice to the minister</translation>
    </message>
    <message>
        <source>Advies met de getoetste voorwaarden, een voorstel van beslissing en de goedkeuring (ED-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validatie van de kwaliteitsregistratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kwaliteitsregistratie is gevalideerd (QR-2, QR-4, QR-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing: erkenning als externe dienstverlener (ED-6, ED-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing: weigering, met de mogelijkheid tot heroverweging (ED-9 / QR-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing: schorsing na de kans om te reageren (QR-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing: intrekking na de kans om te reageren (QR-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van de heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beslissing na een verzoek tot heroverweging (ED-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennisgeving van verval (ED-8, QR-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplichte managementondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De minister legt verplichte managementondersteuning op (MW-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering duurzaamheidsverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering: het duurzaamheidsverslag is niet ontvangen (MW-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postadres van de geadresseerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanhef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een brief van {d} kan geen regelgeving vermelden: de {p} bestaat pas sinds {s}. Kies een latere briefdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} bevat tekens die de brief niet kan afdrukken: {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slotformule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende procedure &apos;{p}&apos; (gekend: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende briefsoort &apos;{k}&apos;. Gekend: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het sjabloon is voor &apos;{a}&apos;, niet voor &apos;{b}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekens die het lettertype niet kan tonen: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Eenheid / toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongeldig antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies ja of nee.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>Controleer de waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht een getal groter dan of gelijk aan 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongeldig jaartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef het verslagjaar als jaartal, bv. 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies uit de lijst: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;**&apos; (vet) wordt niet afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;*&apos; (cursief) wordt niet afgesloten; schrijf &apos;\*&apos; voor een sterretje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst, alinea {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Bedoelt u {{{name}}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de versie moet 1 of hoger zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het onderwerp is leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>de brief heeft geen tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elke alinea moet tekst zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet tekst zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet een lijst van woorden zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het briefsjabloon bevat fouten: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De waarde voor {{{name}}}{what} ontbreekt. Vul ze in het dossier aan; een brief wordt nooit met een lege plaats gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lege alinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht een JSON-object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende briefsoort &apos;{k}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige soort &apos;{k}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt of heeft het verkeerde type (verwacht: {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende bestandsversie {s} (verwacht {e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende velden: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen briefsjabloon voor &apos;{k}&apos; ({p}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{&apos; zonder afsluitende &apos;}&apos; (schrijf &apos;{{&apos; voor een letterlijke accolade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;}&apos; zonder &apos;{&apos; (schrijf &apos;}}&apos; voor een letterlijke accolade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze brief moet {{{name}}} bevatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bestand is voor &apos;{a}&apos;, niet voor &apos;{b}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige JSON: regel {l}, kolom {c}: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige plaatshouder &apos;{{{name}}}&apos; (kleine letters, cijfers, &apos;_&apos; en &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende plaatshouder {{{name}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{{name}}} is een lijst of tabel en moet alleen in een eigen alinea staan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{c}&apos; is geen Vlaamse gemeente, provincie of 02000 (REFNIS-code uit de referentielijst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen kwalificatie: geef een diploma (id uit supervisor-diplomas.json) of ervaring_jaren, of een ervaringsattest of erkende opleiding (ED-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja/nee ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is leeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true of false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een datum als tekst (JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een rijksregisternummer telt 11 cijfers (JJ.MM.DD-XXX.CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controlegetal klopt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de geboortedatum in het nummer bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{c}&apos; ({n}) ligt niet in Vlaanderen; het werkingsgebied bevat enkel Vlaamse gemeenten, provincies of 02000 (heel Vlaanderen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de lijst is leeg; vermeld minstens één gemeente of provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getal ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst (&apos;{v}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht {e}, gekregen {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bestand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{s}&apos; wordt niet ondersteund (verwacht &apos;{e}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} ligt in de toekomst (vandaag is het {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager vraagt de vereenvoudigde procedure, maar die geldt niet voor een {k} (enkel voor GTB, GOB, maatwerkbedrijven en LDE-ondernemingen, ED-2): de volledige procedure geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de lijst is leeg; vermeld minstens één begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een REFNIS-code als tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{d}&apos; staat niet op de diplomalijst (supervisor-diplomas.json); geef een id van die lijst, of vul ervaring_jaren in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is te lang ({n} tekens, hoogstens {m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de vereenvoudigde procedure geldt niet voor een {k} (enkel voor GTB, GOB, maatwerkbedrijven en LDE-ondernemingen, ED-2); </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt; {r}de volledige procedure vraagt een ervaringsmotivering met de lijst van begeleiders (ED-3, deel 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} ligt na de indiening ({s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend veld (toegelaten: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen datum (verwacht JJJJ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een {k} kan geen erkenning aanvragen; elke organisatie vraagt afzonderlijk een erkenning aan (ED-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is geen Belgische postcode (4 cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{c}&apos; is geen gemeente (REFNIS-code) uit de referentielijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} hoort niet bij {g} (NIS {c}); wel: {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{e}&apos; is geen geldig e-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfde onderaannemer als onderaannemers[{j}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v} is geen aantal jaren tussen 0 en 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende soort &apos;{k}&apos; (toegelaten: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleidingen van erkende dienstverleners: lijst importeren, oplijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke werknemers een erkende externe dienstverlener begeleidt: de vrije capaciteit (ED-13) en het verval na twee jaar zonder begeleiding (ED-8) volgen eruit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de lijst van het departement importeren (CSV of .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leest de lijst (kolommen Dienstverlener, Rijksregisternummer, Werkgever, Ondernemingsnummer werkgever, Begin, Einde, Wijzigingen premie) en bewaart alle rijen of geen: één probleem weigert het hele bestand. Een begeleiding die al bestaat (zelfde werknemer, dienstverlener en begin) wordt bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de lijst (.csv of .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de begeleidingen van een dienstverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleidingen onder een ED-dossier, het rijksregisternummer gemaskeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk van het ED-dossier, bv. ED-2025-00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lopend</source>
        <translation type="unfinished">running</translation>
    </message>
    <message>
        <source>{f}: {r} rijen; {a} nieuw, {u} bijgewerkt, {s} ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} {o}: {n} begeleidingen, {a} lopend, capaciteit {c}, vrij {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telt de lopende begeleidingen op die datum ({f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsedesk: {f}: niets geïmporteerd, 1 probleem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsedesk: {f}: niets geïmporteerd, {n} problemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … en nog {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvragen zoals het e-loket ze aanlevert: erkenning als externe dienstverlener (wsedesk-intake/1) en kwaliteitsregistratie (wsedesk-qr/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een aanvraag (JSON) inschrijven als nieuw ED- of QR-dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijft een aanvraag van het e-loket (JSON) in. Het veld &apos;schema&apos; bepaalt wat: wsedesk-intake/1 (docs/intake-json.md) wordt een dossier erkenning externe dienstverlener met de termijn voor de ontvankelijkheid (ED-4); wsedesk-qr/1 (docs/qr-json.md) wordt een dossier kwaliteitsregistratie met de termijn voor de beslissing over de validatie (QR-4). Alles of niets: bij een probleem wordt niets bewaard en wordt elk probleem met zijn plaats in de JSON getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brieven voor veel dossiers tegelijk opmaken (zoals &apos;Brieven voor selectie…&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakt een brief van soort SOORT voor elk dossier dat aan --where voldoet, bewaart hem bij het dossier (nieuwe versie met SHA-256) en schrijft hem naar MAP. Een dossier waar de brief niet bij past, wordt overgeslagen met de reden. --where (herhaalbaar, alle voorwaarden samen): type=ED, status=erkend, tekst=ZOEKTERM, open=ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefsoort, bv. erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: type=, status=, tekst= of open=ja (herhaalbaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map voor de PDF&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where: kies de dossiers, bv. --where type=ED --where status=erkend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per overgeslagen dossier zegt de reden wat eerst moet gebeuren; past de brief niet bij het type of de status, beperk dan de keuze met --where type=… --where status=… en start opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen dossiers voldoen aan --where; er is niets gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definitief</source>
        <translation type="unfinished">final</translation>
    </message>
    <message>
        <source>concept</source>
        <translation type="unfinished">draft</translation>
    </message>
    <message>
        <source>Klaar: {n} gemaakt, {m} overgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefdatum ({f}; standaard de datum van het feit dat de brief meldt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: &apos;{p}&apos; is geen map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: de map &apos;{p}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where &apos;{i}&apos;: gebruik SLEUTEL=WAARDE met SLEUTEL één van {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r}: gemaakt, versie {v} ({s}) → {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r}: overgeslagen: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where type={v}: onbekend dossiertype (kies uit {t}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where open={v}: gebruik open=ja of open=nee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>straat en huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode (uit de referentielijst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeente: REFNIS-code of naam uit de referentielijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisaties en vestigingen registreren, wijzigen, tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisaties (op KBO-nummer) en hun vestigingen. Een organisatie wordt nooit verwijderd: ze wordt afgesloten of samengevoegd met een andere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een nieuwe organisatie registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegevens van een organisatie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigt de opgegeven velden; een lege waarde (&apos;&apos;) maakt een niet-verplicht veld leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ondernemingsnummer van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weiger de wijziging als de organisatie niet meer op versie N staat (zie &apos;org show&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een organisatie tonen met vestigingen en dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een vestiging toevoegen aan een organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vestigingsnummer (10 cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de vestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeente: REFNIS-code of naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een organisatie afsluiten (met haar vestigingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een afgesloten organisatie heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een dubbele organisatie samenvoegen met de organisatie die blijft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplaatst alles van DUBBEL (dossiers, vestigingen, registraties, personen, verslagen …) naar BEHOUDEN, sluit DUBBEL af en laat het naar BEHOUDEN verwijzen. Alles wordt in het auditspoor bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBO-nummer van de organisatie die blijft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBO-nummer van de dubbele organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>velden die van DUBBEL overgenomen worden, met komma&apos;s: name, street, postal_code, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef minstens één veld om te wijzigen, bv. --name of --street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  soort:        {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  adres:        {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  e-mail:       {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  telefoon:     {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  versie:       {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vestigingen: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vestiging {n} ({v}) toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ({k}): afgesloten op {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie {k} heropend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} ({dk}) samengevoegd met {k} ({kk}); verplaatst: {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort: {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste actieve dag ({f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de samenvoeging (standaard vandaag; {f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  afgesloten:   {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  samengevoegd met {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (afgesloten {d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ({k}): organisatie geregistreerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ({k}): gewijzigd ({f}), nu versie {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoek in dossiers, organisaties, personen, notities en brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoekt TEKST in dossierreferenties en -onderwerpen, namen en ondernemingsnummers van organisaties, personen, notities en de tekst van opgeslagen brieven. Hoofdletters en accenten tellen niet mee (&apos;Emmaus&apos; vindt &apos;Emmaüs&apos;); elk woord telt als begin van een woord; een nummer mag met of zonder punten (&apos;0428759497&apos; vindt &apos;0428.759.497&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat u zoekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoogstens N treffers per soort (standaard 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEKST: geef iets om te zoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel deze soort: {k} (mag herhaald worden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: kies een aantal van 1 tot {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gevonden voor &apos;{t}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een stap van de procedure zetten voor een dossier (zoals de knoppen in het venster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet een stap van de procedure (bv. ontvankelijk, advies_opmaken, erkennen) met dezelfde controles als het venster: status, rol, datum en de voorwaarden van de stap (een beslissing pas na een goedgekeurd advies, ED-6). Zonder ACTIE: de stappen die u nu kunt zetten, en waarom een stap nog niet kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de stap, bv. erkennen (zonder: toon de stappen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toelichting bij de stap (in de tijdlijn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r}: &apos;{a}&apos; gezet op {d}: {b} → {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de stap ({f}; standaard vandaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen stap die u nu kunt zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mogelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r} ({t}), status &apos;{s}&apos; sinds {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bezoeken ter plaatse: plannen, oplijsten, uit- en inchecken, verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeken ter plaatse (begeleiding in de praktijk, opvolgbezoeken MW-4, opvolging TW-2). Uitchecken schrijft een bezoekpakket voor een laptop; inchecken brengt het terug in de centrale database, met een wachtrij voor conflicten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bezoek plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant een bezoek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ondernemingsnummer (of exacte naam) van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bezoeker (herhaalbaar; standaard uzelf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier (herhaalbaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrije tekst bij het bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bezoeken oplijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van de open bezoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel deze week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel de bezoeken van deze gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ook afgesloten bezoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bezoeken uitchecken naar een bezoekpakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijft een bezoekpakket (één bestand) met de gekozen bezoeken, hun organisaties, dossiers, historiek en termijnen, voor gebruik op een laptop zonder netwerk (wsedesk --pakket BESTAND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het nieuwe pakketbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk(en) van de bezoeken, bv. BZ-2025-3F9A2C1D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de open bezoeken van deze gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met --assignee: enkel de bezoeken van deze week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bezoekpakket inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brengt een bezoekpakket terug in de centrale database, in één transactie. Wat centraal intussen veranderde, komt als conflict in de wachtrij; niets gaat ongezien verloren. Nogmaals inchecken verandert niets. Na aanvaarding wordt de kopie op de laptop leeggemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bezoekpakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het bezoekverslag als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijft het bezoekverslag (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk van het bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doelbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen bezoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week hoort bij --assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit pakket was al ingecheckt: niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kopie op de laptop is leeggemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket {p} geschreven voor {u}: {v} bezoek(en), {o} organisatie(s), {d} dossier(s). Open het op de laptop met: wsedesk --pakket {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los de conflicten op in Bezoeken → Wachtrij conflicten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoekverslag geschreven naar {p} ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geplande datum ({f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r} gepland op {d:%d/%m/%Y} bij {o} ({t}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingecheckt: {m} record(s) samengevoegd ({c} nieuw, {u} gewijzigd, {d} verwijderd), {k} conflict(en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map &apos;{p}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domeinen die het kwaliteitsbewijs dekt (QR-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publicatie van de lijst waarop het kwaliteitsbewijs staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam van de opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perceel van de opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prijs van de offerte (euro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsscore van de offerte (op 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punten voor kwaliteit (TW-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punten voor prijs (TW-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totaalscore van de offerte (op 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plaats van de offerte, bv. &apos;1 van 3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenmerk van het contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin van het contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste dag van het contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> en </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitnodiging om een offerte in te dienen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De partner voldoet aan TW-1 en wordt uitgenodigd om een offerte in te dienen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gunning van de opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De opdracht wordt gegund op kwaliteit en prijs (TW-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet-gunning van de opdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De opdracht wordt niet aan deze partner gegund, met de motivering (TW-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs aanvaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs staat op de lijst, in een nieuwe publicatie (QR-2 a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs niet aanvaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs komt niet op de lijst, met de motivering (QR-2 a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoekverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag van een bezoek ter plaatse: oordeel per checklistpunt en opvolgacties (§3.2, MW-4, TW-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort bezoek, bv. &apos;opvolgbezoek maatwerkbedrijf&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dag van het bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie het bezoek aflegde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam en versie van de checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabel: regel, checklistpunt, oordeel, toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabel van de opvolgacties met hun vervaldag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de vrije tekst van het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bevindingen per checklistpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen opvolgacties afgesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen verdere opmerkingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} ligt vóór {e}: geen plausibele indieningsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of geen geldige Excel-werkmap en kan niet gelezen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat XML met een DTD of entiteiten en wordt om veiligheidsredenen geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de begeleiding eindigt vóór ze begint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lezen duurde langer dan {n} seconden en werd gestopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lezen vroeg meer dan {n} MB geheugen en werd gestopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand telt meer dan {n} rijen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De werkmap heeft geen tabblad met gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand heeft geen kopregel en geen rijen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand heeft geen rijen onder de kopregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldig rijksregisternummer (controlegetal of geboortedatum klopt niet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldig ondernemingsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen datum (DD/MM/JJJJ of JJJJ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rij {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kolom &apos;{c}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is groter dan {n} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen CSV-tekstbestand ({k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is geen UTF-8- of Windows-tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meer dan 20 kolommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen ondernemingsnummer en geen kenmerk van een ED-dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de datum {d:%d/%m/%Y} is niet aannemelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand &apos;{n}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de kopregel mist de kolom(men) {c}; verwacht: {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige CSV ({e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een .csv- of .xlsx-bestand (gekregen: &apos;{s}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dezelfde werknemer ({m}) met dezelfde begindatum staat ook op rij {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfde rijksregisternummer als ervaring.begeleiders[{j}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{c}&apos; staat al eerder in de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v} is geen aantal werknemers tussen 1 en 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pakket opent een bezoekpakket in het venster en gaat niet samen met een commando; een pakket inchecken doet &apos;wsedesk visit checkin BESTAND&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsedesk: demodatabase aanmaken in {p} ({n} dossiers)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demobezoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoogstens één cijfer na de komma ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende competentie &apos;{c}&apos; (toegelaten: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder verklaring op eer kan de registratie niet ingeschreven worden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt; de registratie eindigt met het kwaliteitsbewijs, dus de einddatum is nodig (QR-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel een kwaliteitsbewijs uit de markt heeft een auditorganisatie (QR-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel bij een goedkeuringsbewijs Standaard WSE (route standaard_wse, QR-2 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende route &apos;{r}&apos; (toegelaten: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{g} ligt vóór de uitreiking ({u})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{b}&apos; staat niet op de lijst van aanvaarde kwaliteitsbewijzen als {r} (wel: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen geldige waarde (toegelaten: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{b}&apos; stond op {d} niet (meer) op de lijst van aanvaarde kwaliteitsbewijzen: de controle QR-2 zal dat vermelden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v} is geen aantal tussen 0 en 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat XML met een DTD of entiteiten; dat komt in een echte Excel-werkmap niet voor en wordt om veiligheidsredenen geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>De werkmap bevat macro&apos;s: die werden niet uitgevoerd en worden niet bewaard; enkel de waarden tellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of geen geldige Excel-werkmap en kan niet gelezen worden ({e}). Open en bewaar het opnieuw in Excel, of vraag een nieuwe kopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lezen van het bestand duurde langer dan {n} seconden en werd gestopt: het is te groot of te complex voor een duurzaamheidsverslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lezen van het bestand vroeg meer dan {n} MB geheugen en werd gestopt: het is te groot of te complex voor een duurzaamheidsverslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het lezen van het bestand werd onverwacht afgebroken ({d}); het bestand is niet gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad &apos;{s}&apos; telt meer dan {n} rijen; een duurzaamheidsverslag heeft er een dertigtal. Verwijder de overbodige rijen en bezorg het bestand opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloonversie niet gevonden: de verborgen cel {s}!F1 is leeg of ontbreekt. Gebruik het sjabloon van het departement (verwacht één van: {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende sjabloonversie &apos;{v}&apos; in {s}!{c}: verwacht één van: {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad &apos;{s}&apos; ontbreekt (gevonden tabbladen: {f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {c} komt meer dan eens voor met verschillende antwoorden ({w}); laat er één over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {c} staat op tabblad &apos;{f}&apos; in plaats van &apos;{s}&apos;; de waarde is daar gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cel {r} bevat een formule zonder berekende waarde (het bestand werd bewaard door een programma dat niet rekent). Open het in Excel of LibreOffice, laat herberekenen en bewaar opnieuw, of typ de waarde in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad &apos;{s}&apos; niet gevonden; de codes ervan zijn op andere tabbladen gezocht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoordcel {r} is samengevoegd ({m}); de waarde uit {a} is gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoordcel {r} valt in de samengevoegde cellen {m}; de waarde daarvan hoort bij rij {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom D is leeg, maar in {r} staat &apos;{v}&apos;: het antwoord hoort in kolom D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende code &apos;{c}&apos; in {a}: hoort niet bij sjabloon {v} en is genegeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rij met code {c} ({l}) niet gevonden in kolom A van tabblad &apos;{s}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen sjabloondefinities voor het duurzaamheidsverslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; moet de vorm duurzaamheidsverslag-&lt;jaar&gt; hebben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report_years&apos; moet een object zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version_cell&apos; ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version_cell&apos; moet een tabblad en een cel (bv. F1) noemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sheets&apos; moet een niet-lege lijst zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elk veld is een JSON-object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controles op het verslagjaar vragen een veld van het type &apos;year&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elk tabblad heeft een &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende sjabloonversie &apos;{v}&apos;: beschikbaar zijn {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloondefinitie {f} beschrijft versie &apos;{v}&apos;: de bestandsnaam moet {v}.json zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloondefinitie {f} is ongeldig: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; moet {n} zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version_cell&apos; verwijst naar een onbekend tabblad &apos;{n}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldige code {c!r} (verwacht bv. I01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: &apos;label&apos; ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: &apos;mandatory&apos; moet true of false zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: een keuzeveld heeft een lijst &apos;choices&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: &apos;min_length&apos; moet een geheel getal ≥ 0 zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: elke controle is een JSON-object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: &apos;severity&apos; moet error of warning zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; moet een geheel getal of null zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; moet een getal zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloondefinitie {f} kan niet gelezen worden: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabbladnaam &apos;{n}&apos; is leeg, dubbel of langer dan 31 tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabblad &apos;{n}&apos; heeft geen velden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: onbekend type {t!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: onbekende controle {k!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: controle {k} mist parameter &apos;{p}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {c} komt twee keer voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: controle {k} verwijst naar onbekende code {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}: &apos;label_field&apos; moet een keuzeveld zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend veldtype {t}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht ja of nee; gevonden &apos;{v}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden &apos;{v}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cel bevat een foutwaarde ({v}): verwacht {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden een onwaarschijnlijk groot getal ({v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden een ja/nee-waarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden een datum ({v}). Controleer de celopmaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden een percentage &apos;{v}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden een bedrag &apos;{v}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage {v} gelezen op een schaal van 0 tot 100 ({v} %). Bedoelt u {p} %? Geef dan {p} in of gebruik %-opmaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}; gevonden een ongeldig getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht {e}, gevonden {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwacht een e-mailadres (naam@organisatie.be); gevonden &apos;{v}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst (bv. CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een onbekend binair bestandstype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een webpagina (HTML), geen echte Excel-werkmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een XML-werkblad uit Excel 2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een XML-bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het oude Excel-formaat (.xls, Excel 97-2003) wordt niet ondersteund. Open het bestand in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): het pakket bevat geen werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen bestand (een map?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is leeg (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een PNG-afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een JPEG-afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een GIF-afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een PDF-document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een RTF-document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een RAR-archief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een 7-Zip-archief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een gzip-archief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een programma (.exe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De werkmap is beveiligd met een wachtwoord (versleuteld): zo kan ze niet gelezen worden. Verwijder het wachtwoord (Bestand &gt; Info &gt; Werkmap beveiligen) en bezorg ze opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): gevonden een Word-document (.doc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): gevonden een OpenDocument-bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): gevonden een ander zip-archief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een binaire Excel-werkmap (.xlsb) wordt niet ondersteund: sla ze op als Excel-werkmap (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): gevonden een Word-document (.docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): gevonden een PowerPoint-presentatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand niet gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een OpenDocument-rekenblad (.ods) wordt niet ondersteund: sla het in LibreOffice op als Excel-werkmap (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of onvolledig en kan niet als Excel-werkmap gelezen worden ({e}). Open en bewaar het opnieuw in Excel, of vraag een nieuwe kopie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand wordt geweigerd: {d}. Zo gedraagt een echte werkmap zich niet (zip-bom?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is te groot: {s} MB, toegestaan is hoogstens {m} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is met een wachtwoord versleuteld (zip-versleuteling): zo kan het niet gelezen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand gebruikt een compressiemethode die een Excel-werkmap nooit gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat XML met een DTD of entiteiten (onderdeel {n}); dat komt in een echte Excel-werkmap niet voor en wordt om veiligheidsredenen geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand kan niet geopend worden: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen Excel-werkmap (.xlsx): gevonden {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat {n} onderdelen; een werkmap heeft er hoogstens {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de inhoud is uitgepakt {s} MB (hoogstens {m} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de inhoud pakt {r} keer groter uit dan het bestand (hoogstens {m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderdeel {n} is uitgepakt {s} MB (hoogstens {m} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderdeel {n} pakt {r} keer groter uit dan het gecomprimeerd is (hoogstens {m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gedeelde tekstlijst is {s} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de opmaaklijst is {s} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatwerkbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatwerkafdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDE-onderneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCMW/lokaal bestuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vzw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handelsvennootschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zondag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwjaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paasmaandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feest van de Arbeid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O.-H.-Hemelvaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinkstermaandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationale feestdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O.-L.-V.-Hemelvaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allerheiligen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wapenstilstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerstmis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feest van de Vlaamse Gemeenschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allerzielen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koningsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tweede kerstdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brugdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: &apos;{v}&apos; is geen datum in de vorm JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender: verwacht een object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender: &apos;description&apos; moet tekst zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: &apos;{k}&apos; moet een geheel getal zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender: &apos;{s}&apos; moet een lijst zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feestdag &apos;{n}&apos;: geef ofwel maand en dag, ofwel een verschuiving t.o.v. Pasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: verwacht een object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: onbekende sleutel(s) {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: een naam is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: verwacht een datum of een object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender {w}: de naam moet tekst zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender: onbekende sleutel(s) {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender: formaat {f} wordt niet ondersteund (verwacht {e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kalender {p} kan niet gelezen worden: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feestdag &apos;{n}&apos;: {d}/{m} is geen geldige dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beoordeeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiterste datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drempel (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aandeel doelgroepwerknemers (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opgegeven aandeel (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTE doelgroepwerknemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTE personeelsbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaring met gelijkaardige opdrachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geldige kwaliteitsregistratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingediend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aanbieder actief sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort kwaliteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewijs uitgereikt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewijs geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewijs ingetrokken op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit- of assessmentorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verklaring op erewoord ingediend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditoren zijn zelf aanbieders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebieden gedekt door het label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie van de lijst van kwaliteitsbewijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publicatie van de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorlopige lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerder gebruik van de Standaard WSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaard WSE eerst gebruikt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periode Standaard WSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soort organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ondernemingsnummer</source>
        <translation>enterprise number</translation>
    </message>
    <message>
        <source>vestigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mailadres contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereenvoudigde procedure gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaringsmotivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaring voldoende bevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aantal begeleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gekwalificeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gekwalificeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in dienst van de aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diploma op de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jaren relevante ervaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaringsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erkende opleiding</source>
        <translation>recognised training</translation>
    </message>
    <message>
        <source>beschreven competenties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet beschreven competenties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkingsgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleidingscapaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motivering van werkingsgebied en capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deelname aan intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verklaring op erewoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderaannemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erkend vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste begeleiding op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleid sinds de erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervalt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontvankelijkheid gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies verstuurd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vragen om bijkomende informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beslist op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beslissing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beslissing meegedeeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weigering meegedeeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroverweging gevraagd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzoek gemotiveerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoorzitting op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies heroverwegingscommissie op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voornemen meegedeeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactie ontvangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beslist over schorsing of intrekking op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewijs voor {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderaannemer {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samenwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communiceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persoonsgericht werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies op maat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen ondernemingsnummer ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een ondernemingsnummer bevat enkel cijfers (gevonden: &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een ondernemingsnummer telt 10 cijfers (gevonden: {n} in &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een ondernemingsnummer begint met 0 of 1 (gevonden: &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een vestigingsnummer telt 10 cijfers (gevonden: &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een vestigingsnummer begint met 2 tot 8 (gevonden: &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het controlegetal van vestigingsnummer &apos;{v}&apos; klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een rijksregisternummer telt 11 cijfers (gevonden: &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijksregisternummer &apos;{v}&apos; is ongeldig (controlegetal of geboortedatum klopt niet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het controlegetal van ondernemingsnummer &apos;{v}&apos; klopt niet (verwacht {e:02d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}… ({n} tekens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet tussen {lo} en {hi} liggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te lang: {n} tekens, maximaal {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een getal van {d} cijfers is niet aanvaardbaar (tussen {lo} en {hi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} ligt vóór {e}: geen plausibele datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} ligt meer dan {n} jaar in de toekomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is geen getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een ongeldig teken (losse surrogaat {c}) op positie {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een onzichtbaar stuurteken ({c}) op positie {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een teken dat de leesrichting omkeert ({c}) op positie {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bevat een ongeldig teken ({c}) op positie {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een getal van {d} tekens is niet aanvaardbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te diep genest (meer dan {m} niveaus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet op één regel staan (regeleinde op positie {p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is geen geheel getal (&apos;{v}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige JSON (regel {r}, kolom {k}: {m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen geldige JSON ({m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te diep genest (meer dan {m} niveaus, op positie {p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: een veldnaam {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ervaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aandeel doelgroepwerknemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsregistratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsvoorwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is welk label gevraagd wordt (maatwerkbedrijf of maatwerkafdeling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meld of u het label maatwerkbedrijf of maatwerkafdeling aanvraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doelgroepwerknemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (opgegeven aandeel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op {d} geldt een minimum van {m} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} % van het personeelsbestand{y} behoort tot de doelgroepen{src}; {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slechts {s} % van het personeelsbestand{y} behoort tot de doelgroepen{src}; {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het minimumaandeel doelgroepwerknemers geldt enkel voor het label maatwerkbedrijf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De partner toont ervaring met gelijkaardige opdrachten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({v} van {t} VTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De partner toont geen ervaring met gelijkaardige opdrachten en wordt niet uitgenodigd om een offerte in te dienen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gemiddeld aantal VTE doelgroepwerknemers{y} is niet gekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg het gemiddeld aantal VTE doelgroepwerknemers{y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ervaring met gelijkaardige opdrachten is niet beschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg een beschrijving van uw ervaring met gelijkaardige opdrachten (opdrachtgever, periode, inhoud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beschreven ervaring met gelijkaardige opdrachten is nog niet beoordeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld {v} VTE doelgroepwerknemers{y}; een {k} telt er minstens {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld {v} VTE doelgroepwerknemers{y}, minder dan de {m} die een {k} minstens telt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het aandeel doelgroepwerknemers in het personeelsbestand{y} is niet gekend; {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg het gemiddeld aantal VTE van uw volledige personeelsbestand{y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet van toepassing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maatwerkbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maatwerkafdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vzw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handelsvennootschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gekwalificeerde begeleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkingsgebied en capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg een motivering van uw ervaring met het begeleiden van werknemers met een arbeidsbeperking: hoeveel werknemers, in welke periode en welke begeleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg de lijst van uw gekwalificeerde begeleiders, met voor elk het rijksregisternummer en het diploma of de relevante beroepservaring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg uw werkingsgebied: de gemeenten of provincies waarin u begeleiding aanbiedt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg een inschatting van uw begeleidingscapaciteit: hoeveel werknemers u tegelijk kunt begeleiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg een motivering van uw inschatting van werkingsgebied en capaciteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestig dat u deelneemt aan de intervisiemomenten die het departement organiseert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meld of u voor de begeleiding onderaannemers inschakelt, en zo ja welke (naam en ondernemingsnummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg de datum waarop u het laatst een werknemer met een arbeidsbeperking begeleidde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meld of u de vereenvoudigde procedure vraagt (deel 2 van het aanvraagformulier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meld welk type organisatie u bent (bijvoorbeeld vzw, maatwerkbedrijf, OCMW of lokaal bestuur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel 1: organisatie- en contactgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel 2: vereenvoudigde procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel 3: ervaring en begeleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel 4: werkingsgebied en capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deel 5: verklaring op erewoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> De aanvraag is onontvankelijk: de aanvrager moet een nieuwe aanvraag indienen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(naam onbekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ervaringsmotivering is ingediend maar nog niet beoordeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen enkele opgegeven begeleider voldoet aan ED-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is of de aanvrager deelneemt aan de intervisiemomenten van het departement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager vraagt de vereenvoudigde procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager vraagt de vereenvoudigde procedure niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De verklaring op erewoord ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel aan de minister: erkenning. Alle voorwaarden zijn voldaan; de minister beslist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies heroverwegingscommissie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleider {i}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereenvoudigde procedure (ED-2), de ervaringsmotivering is niet vereist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen motivering van de ervaring met het begeleiden van werknemers met een arbeidsbeperking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De motivering toont aantoonbare ervaring met het begeleiden van werknemers met een arbeidsbeperking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De motivering toont onvoldoende aantoonbare ervaring met het begeleiden van werknemers met een arbeidsbeperking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereenvoudigde procedure (ED-2), de lijst van begeleiders is niet vereist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvraag vermeldt geen gekwalificeerde begeleiders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het werkingsgebied is niet opgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De begeleidingscapaciteit is niet opgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inschatting van werkingsgebied en capaciteit is niet gemotiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager engageert zich om deel te nemen aan de intervisiemomenten van het departement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager engageert zich niet om deel te nemen aan de intervisiemomenten van het departement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het ondernemingsnummer ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de organisatie ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het type organisatie ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van de contactpersoon ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het e-mailadres van de contactpersoon ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vraag naar de vereenvoudigde procedure is niet beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereenvoudigde procedure (ED-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ervaringsmotivering ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De lijst van begeleiders ontbreekt of is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De verklaring op erewoord is ondertekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De verklaring op erewoord is niet ondertekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvraag is volledig en correct: ze is ontvankelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de onderzoekstermijn loopt pas vanaf de e-mail die de aanvraag ontvankelijk verklaart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen advies aan de minister: de aanvraag is onontvankelijk (ED-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is (nog) geen erkenning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzoek tot heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is of de aanvrager onderaannemers inschakelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager schakelt geen onderaannemers in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de meldingsplicht geldt tijdens een erkenning; er is er (nog) geen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen wijzigingen bekend die de voorwaarden raken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het type organisatie is niet gekend; daarvan hangt af welke procedure geldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledige procedure op vraag van de aanvrager (als {k} kon hij de vereenvoudigde procedure volgen): ervaringsmotivering en lijst van begeleiders zijn vereist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereenvoudigde procedure (ED-2), er is geen lijst van begeleiders vereist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen lijst van begeleiders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvraag vermeldt geen enkele begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingediend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} en {k} andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ervaringsmotivering en lijst van begeleiders (1 begeleider met kwalificaties) zijn aanwezig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verlengd met {k} dagen schorsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De onderzoekstermijn van {n} dagen verstreek op {d}{s} en er is nog geen advies aan de minister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De erkenning gold {y} jaar, van {s} tot en met {e}, en is verlopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>na de laatste begeleiding op {g}</source>
        <translation>after the last guidance on {g}</translation>
    </message>
    <message>
        <source>De laatste begeleiding van een werknemer met een arbeidsbeperking was op {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds de erkenning op {s}</source>
        <translation>since the recognition on {s}</translation>
    </message>
    <message>
        <source>Sinds de erkenning op {s} werd nog geen werknemer met een arbeidsbeperking begeleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{still}; zonder nieuwe begeleiding vervalt de erkenning op {d} ({y} jaar zonder begeleiding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is geen weigering meegedeeld en geen verzoek tot heroverweging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De heroverwegingscommissie adviseerde op {a}, binnen {n} dagen na de hoorzitting van {h} (uiterlijk {d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De heroverwegingscommissie adviseerde op {a}, na de termijn van {n} dagen na de hoorzitting van {h} ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager vraagt de vereenvoudigde procedure, maar die geldt enkel voor GTB, GOB, maatwerkbedrijven en LDE-ondernemingen, niet voor een {k}. De volledige procedure geldt: ervaringsmotivering en lijst van begeleiders zijn vereist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledige procedure: als {k} motiveert de aanvrager zijn ervaring en bezorgt hij de lijst van begeleiders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} heeft een diploma van de lijst: {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is niet in dienst van de aanvrager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De enige opgegeven begeleider, {n}, voldoet aan ED-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Voor {n} is dat nog niet vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen enkele begeleider is aantoonbaar gekwalificeerd; voor {n} is dat nog niet vastgesteld (zie ED-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} ({n}), {k}; contactpersoon {c} ({e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begeleider {i}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> De ontvankelijkheid wordt beoordeeld uiterlijk op {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het advies aan de minister vertrok op {a}, na de onderzoekstermijn van {n} dagen die op {d} verstreek{s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De onderzoekstermijn staat stil sinds {s}: het departement wacht op bijkomende informatie. Gebruikt: {u} dagen; resterend: {r} dagen vanaf de dag waarop de informatie binnenkomt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het onderzoek loopt; de voorwaarden moeten onderzocht zijn uiterlijk op {d}{s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorstel aan de minister: weigering. Niet voldaan: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen voorstel aan de minister mogelijk. Nog onbekend: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is (nog) geen erkenning; ze geldt {y} jaar vanaf de datum in het ministerieel besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De erkenning gaat in op {s} en geldt tot en met {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De erkenning geldt van {s} tot en met {e} ({y} jaar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is wanneer de dienstverlener het laatst een werknemer met een arbeidsbeperking begeleidde; zonder begeleiding sinds {s} verviel de erkenning op {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De erkenning is vervallen op {d}: {since} begeleidde de dienstverlener {y} opeenvolgende jaren geen werknemer met een arbeidsbeperking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Het verzoek is niet gemotiveerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een {k} kan geen erkenning aanvragen; elke organisatie vraagt afzonderlijk een erkenning aan (een gemeente of OCMW voor zichzelf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereenvoudigde procedure: als {k} hoeft de aanvrager geen ervaring te motiveren en geen lijst van begeleiders te bezorgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als {k} kan de aanvrager de vereenvoudigde procedure volgen, maar de aanvraag zegt niet of hij dat vraagt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} heeft {y} jaar relevante beroepservaring (minstens {m} vereist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen diploma van de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is of {n} in dienst is van de aanvrager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg het bewijs dat {n} bij u in dienst is (bijvoorbeeld de arbeidsovereenkomst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is in dienst van de aanvrager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{q} van de {t} begeleiders voldoet aan ED-12: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{q} van de {t} begeleiders voldoen aan ED-12: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {n} kan niet als gekwalificeerd begeleider ingezet worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {n} kunnen niet als gekwalificeerd begeleider ingezet worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het werkingsgebied bevat codes die geen Vlaamse gemeente of provincie zijn: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkingsgebied: {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De opgegeven begeleidingscapaciteit ({c}) is geen positief aantal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaciteit: {c} werknemers tegelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend type organisatie: &apos;{k}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het e-mailadres van de contactpersoon (&apos;{e}&apos;) is ongeldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van begeleider {i} ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het rijksregisternummer van {n} ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kwalificatie (diploma of beroepservaring) van {n} ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ervaringsmotivering en lijst van begeleiders ({k} begeleiders met kwalificaties) zijn aanwezig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvraag is niet correct: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet alle delen zijn aanwezig of ingevoerd: {g} Ontbreken ze in de aanvraag zelf, dan is de aanvraag onontvankelijk en moet de aanvrager een nieuwe aanvraag indienen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het advies aan de minister vertrok op {a}, binnen de onderzoekstermijn{u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De erkenning kan ten vroegste op {d} vervallen ({y} jaar zonder begeleide werknemer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nog na te gaan of het verzoek gemotiveerd is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderaannemer {w} heeft geen geldig ondernemingsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg het ondernemingsnummer van onderaannemer {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gemeld: {c}{w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeld op {r}: {c}{w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} heeft een ervaringsbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} is erkend als externe dienstverlener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} volgde een door de minister erkende opleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het diploma &apos;{d}&apos; staat niet op de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het rijksregisternummer van {n} is ongeldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De heroverwegingscommissie adviseert de minister uiterlijk op {d} ({n} dagen na de hoorzitting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De heroverwegingscommissie had uiterlijk op {d} moeten adviseren ({n} dagen na de hoorzitting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderaannemer {w} is zelf niet erkend als externe dienstverlener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog na te gaan in de lijst van erkende dienstverleners of onderaannemer {w} erkend is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor {n} is niet aangetoond dat de kerncompetenties aanwezig zijn: {d} en de beroepservaring is niet gekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg voor {n} een kopie van het diploma, of een overzicht van de relevante beroepservaring (werkgever, periode, functie) of een ervaringsbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is geen gekwalificeerd begeleider: {d}, {y} jaar relevante beroepservaring (minstens {m} vereist) en geen ervaringsbewijs of erkende opleiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uiterlijk {d}{s})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klantgerichtheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personeelsbeheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financieel beheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsbewijs uit de markt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wettelijk kwaliteitssysteem van een andere overheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goedkeuringsbewijs Standaard WSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vlaams Gewest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsbewijs &apos;{i}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality-labels.json bevat geen object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor-diplomas.json bevat geen object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TW-1: de gewichten voor kwaliteit en prijs tellen samen 100 punten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule-settings.json bevat geen object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De lijst van kwaliteitsbewijzen mist &apos;publications&apos; of &apos;labels&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De diplomalijst mist &apos;diplomas&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-3: er is geen enkel indieningsmoment ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-1: er is geen minimumaandeel ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ED-2: een organisatietype kan niet tegelijk vereenvoudigd en uitgesloten zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;{v}&apos; is geen geheel getal van minstens {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;{v}&apos; is geen getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;{v}&apos; is geen positief getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De instellingen missen het onderdeel &apos;{k}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: de waarde &apos;{k}&apos; ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een kwaliteitsbewijs mist zijn id of naam ({r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: onbekende route &apos;{r}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;areas&apos; moet een lijst zijn met enkel {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: onbekende publicatie &apos;{p}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: onbekende publicatie &apos;{p}&apos; in ended_by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: valid_until ligt voor valid_from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;{v}&apos; is geen datum (verwacht JJJJ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het referentiebestand {p} kan niet gelezen worden: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicatie zonder of met dubbele id in de lijst van kwaliteitsbewijzen: &apos;{p}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De publicatie &apos;{v}&apos; staat niet in de lijst van kwaliteitsbewijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs &apos;{i}&apos; staat twee keer op de lijst met overlappende periodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma zonder id of naam, of met een dubbele id: &apos;{i}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-3: indieningsmoment &apos;{v}&apos; is geen MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg een kopie van het kwaliteitsbewijs waarop uw registratie steunt (label of certificaat, erkenning door een andere overheid of goedkeuringsbewijs Standaard WSE), met de naam van het bewijs en de geldigheidsduur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg een kopie van uw kwaliteitsbewijs waarop de geldigheidsduur vermeld staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg de naam van de audit- of assessmentorganisatie die uw kwaliteitsbewijs toekende, en het auditrapport of assessmentverslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meld of uw organisatie sinds 1 januari 2023 al eerder een kwaliteitsregistratie liet valideren op basis van een goedkeuringsbewijs Standaard WSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg de datum vanaf wanneer uw organisatie opleiding, begeleiding, bemiddeling, competentieontwikkeling of advies aanbiedt die gefinancierd wordt vanuit het beleidsdomein WSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg het bewijs dat uw organisatie een geldige kwaliteitsregistratie heeft bij het departement WSE (of vraag die registratie aan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg stukken waaruit blijkt hoe uw organisatie werkt aan klantgerichtheid, bijvoorbeeld hoe u periodiek de wensen, noden en tevredenheid van uw klanten bevraagt en wat u met de resultaten doet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg stukken waaruit blijkt hoe uw organisatie haar personeel beheert, bijvoorbeeld hoe u de competenties van uw medewerkers opvolgt en ontwikkelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezorg stukken waaruit blijkt hoe uw organisatie haar financiën beheert, bijvoorbeeld uw budgetplanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen kwaliteitsbewijs opgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van de aanvraag is niet gekend: de periode van gebruik kan niet berekend worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enkel voor een kwaliteitsbewijs uit de markt (label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is welke audit- of assessmentorganisatie het kwaliteitsbewijs toekende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is geen weigering meegedeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is geen schorsing of intrekking voorgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs &apos;{p}&apos; geldt tot en met {u}; de registratie loopt zolang het bewijs geldt. De aanbieder meldt elke wijziging meteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is sinds wanneer de organisatie aanbod heeft dat gefinancierd wordt vanuit het beleidsdomein WSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is of de organisatie een geldige kwaliteitsregistratie heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is een aanvaard wettelijk kwaliteitssysteem van een andere overheid (lijst {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; staat op de lijst van aanvaarde kwaliteitsbewijzen (publicatie {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haar auditoren zijn geen aanbieders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet beslist, terwijl de termijn van {n} dagen na de aanvraag van {a} op {d} verstreek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het {w} van {r} kwam binnen de termijn van {n} dagen (uiterlijk {d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanbieder kan nog reageren tot en met {d}; neem tot dan geen beslissing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Het bewijs wordt ingetrokken vanaf {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanbieder was al actief voor {b} en moest uiterlijk op {d} geregistreerd zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanbieder startte op {a} en moest vanaf die dag aan de kwaliteitsvoorwaarden voldoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> De datum van de aanvraag tot registratie is niet gekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kwaliteitsregistratie voldoet op {d} aan QR-1, QR-2, QR-3 en QR-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de stukken blijkt dat de organisatie niet voldoet aan de voorwaarden inzake {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het {r} is niet nader genoemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; staat niet op de lijst van aanvaarde kwaliteitsbewijzen (versie {v}) als {r} en telt daarom niet als bewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; staat pas vanaf {f} op de lijst van aanvaarde kwaliteitsbewijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; stond tot en met {u} op de lijst van aanvaarde kwaliteitsbewijzen{b} en telt op {d} niet meer als bewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een goedkeuringsbewijs Standaard WSE wordt aanvaard tot en met {u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een goedkeuringsbewijs Standaard WSE wordt sinds {n} niet meer aanvaard; pas vanaf {a} kan het opnieuw, eenmalig en voor hoogstens {m} maanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is of de organisatie sinds {a} al een goedkeuringsbewijs Standaard WSE gebruikte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de voorwaarden voor audit- en assessmentorganisaties gelden vanaf {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De audit- of assessmentorganisatie &apos;{o}&apos; staat niet in het register van organisaties die hun verklaring op erewoord en dossier bij het departement indienden; sinds {f} telt haar kwaliteitsbewijs daarom niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De audit- of assessmentorganisatie &apos;{o}&apos; heeft op {d} geen verklaring op erewoord en dossier ingediend bij het departement; het eerstvolgende indieningsmoment is {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De auditoren van &apos;{o}&apos; zijn zelf aanbieders; dat is niet toegestaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van de aanvraag is niet gekend; de beslissingstermijn van {n} dagen kan niet berekend worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslist op {b}, na de termijn van {n} dagen die op {d} verstreek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet beslist; de beslissing over de validatie volgt normaal uiterlijk op {d} ({n} dagen na de aanvraag van {a}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum waarop de beslissing meegedeeld werd, is niet gekend; de termijn voor {w} kan niet berekend worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er kwam geen {w} binnen de termijn van {n} dagen, die op {d} verstreek; de beslissing is definitief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het {w} van {r} kwam te laat: de termijn van {n} dagen verstreek op {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beslissing van {b} viel voor het einde van de reactietermijn van {n} dagen ({d}) en voor een reactie van de aanbieder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanbieder kon reageren op de voorgenomen schorsing of intrekking{r}; er kan beslist worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs &apos;{p}&apos; gaat pas in op {i}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs &apos;{p}&apos; werd ingetrokken op {w}; de registratie die erop steunt, eindigde op die dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De geldigheidsduur van het kwaliteitsbewijs &apos;{p}&apos; is niet gekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs &apos;{p}&apos; gold tot en met {u}; de registratie die erop steunt, eindigde mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> De overgangsperiode loopt nog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> De registratie werd pas aangevraagd op {s}: aanbod dat tussen {d} en {s} gefinancierd werd, voldeed niet aan de kwaliteitsvoorwaarden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De organisatie heeft op {d} geen geldige kwaliteitsregistratie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kwaliteitsregistratie is op {d} niet geldig: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet vast te stellen of de kwaliteitsregistratie op {d} geldig is: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Het kwaliteitsbewijs &apos;{p}&apos; dekt dit gebied, maar die vaststelling weegt door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds {a} kan een goedkeuringsbewijs Standaard WSE maar {k} keer gebruikt worden; de organisatie gebruikte het al {n} keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het goedkeuringsbewijs Standaard WSE mocht hoogstens {m} maanden gebruikt worden, van {s} tot en met {e}; die periode is voorbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het goedkeuringsbewijs Standaard WSE wordt eenmalig aanvaard, voor hoogstens {m} maanden: van {s} tot en met {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De geldigheidsduur van de registratie van &apos;{o}&apos; (ingediend op {f}) is niet gekend; na te gaan in het register (hoogstens {y} jaar, tot en met {c}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekend is of de auditoren van &apos;{o}&apos; zelf aanbieders zijn; na te gaan in het register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslist op {b}, binnen de termijn van {n} dagen (uiterlijk {d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen {w}; dat kan nog tot en met {d} ({n} dagen na de kennisgeving van {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er werd over een schorsing of intrekking beslist op {b} zonder dat de aanbieder eerst de redenen kreeg en kon reageren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanbieder kreeg de redenen op {k} en kon reageren{r}; de beslissing volgde op {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> De registratie werd tijdig aangevraagd, op {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De organisatie heeft op {d} een geldige kwaliteitsregistratie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De organisatie toont {a} aan met bijkomende stukken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De registratie van de audit- of assessmentorganisatie &apos;{o}&apos; gold tot en met {e} en is verlopen{c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De audit- of assessmentorganisatie &apos;{o}&apos; diende haar verklaring op erewoord en dossier in op {f}; die registratie geldt tot en met {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs &apos;{p}&apos; dekt {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Het kwaliteitsbewijs &apos;{p}&apos; dekt dit gebied niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het kwaliteitsbewijs &apos;{p}&apos; dekt {a} niet en er zijn nog geen bijkomende stukken over dit gebied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen aanvaard kwaliteitsbewijs dat {a} dekt en er zijn nog geen bijkomende stukken over dit gebied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (geschrapt door {x})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reactie ontvangen op {x})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tot en met {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hoogstens {y} jaar na de indiening op {f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Een aandeel geeft u op als getal tussen 0 en 100 (bv. 55) of met %-opmaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit sjabloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een ondernemingsnummer (10 cijfers, bv. 0428.759.497)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een vestigingsnummer (10 cijfers, begint met 2 tot 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een jaartal (bv. 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een e-mailadres (naam@organisatie.be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een datum (dd/mm/jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een percentage tussen 0 en 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bedrag in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja of nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst is te kort: verwacht minstens {n} tekens, gevonden {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} ({v}) is kleiner dan {o} ({ov}): verwacht {c} ≥ {o}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel {v} % klopt niet met {n} / {d} = {e} %: verwacht {e} % ± {t} procentpunt.{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-1: een {l} telt gemiddeld minstens {m} VTE doelgroepwerknemers; gevonden {v} VTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-1: een maatwerkbedrijf telt minstens {m} % doelgroepwerknemers (voorwaarde voor verslagjaar {y}); gevonden {v} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3: negatief eigen vermogen ({v} EUR); signaal om verplichte managementondersteuning te overwegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR-1: &apos;nee&apos; bij &apos;{q}&apos;: de voorwaarde {a} van de kwaliteitsregistratie is mogelijk niet vervuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-2: verslag over {y} ingediend op {d}, na de uiterste datum {u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondernemingsnummer {f} komt niet overeen met de organisatie {e} waaronder het verslag wordt ingediend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde {v}{u} is te klein: verwacht minstens {m}{u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde {v}{u} is te groot: verwacht hoogstens {m}{u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum {d} ligt in de toekomst (na {r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum {d} ligt vóór het einde van verslagjaar {y}: verwacht een datum in {n} of later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>één van: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y} verschilt van het verwachte verslagjaar {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y} is niet plausibel: verwacht {e} of later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon {t} geldt voor verslagjaren tot en met {l}; verslagjaar {y} vraagt een nieuwer sjabloon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sjabloon {t} geldt voor verslagjaren vanaf {f}; verslagjaar {y} vraagt een ouder sjabloon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst van minstens {n} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y} is op {d} nog niet afgelopen: verwacht een afgelopen kalenderjaar (uiterlijk {p}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y} ligt meer dan {n} jaar terug: is het jaartal juist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verplicht veld is leeg: verwacht {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossierbehandelaar</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Projectadviseur</source>
        <translation>Project adviser</translation>
    </message>
    <message>
        <source>Inspecteur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Teamverantwoordelijke</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>prijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kwaliteitsscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>Termijn: {n} werkdagen ({r}{label}), geteld volgens T-2: enkel maandag tot vrijdag die geen feestdag of sluitingsdag zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn: {n} kalenderdagen ({r}{label}), geteld volgens T-1; valt de laatste dag op een zaterdag, zondag of feestdag, dan schuift hij naar de volgende werkdag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 werkdag</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>Schorsing van {s} tot {e} (exclusief){r}{l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligt helemaal voor dag 1 van de termijn en telt niet mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} valt in het weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source> [brief: {o}{c}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing sinds {s}{r}{l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: {notes} (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: laattijdig, begint na de vervaldag {d} en verandert niets (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} is een feestdag ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} werkdagen</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>Gebeurtenis: {e}. Dag 1 is {d1}, de dag na de gebeurtenis (T-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopt nog, de klok staat stil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laatste dag, {r}, is geen werkdag: de termijn schuift {k} op naar de volgende werkdag, {d} (T-1, art. 52-53 Ger.W.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een geldigheidsduur telt minstens 1 jaar (gekregen: {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een periode telt minstens 1 jaar (gekregen: {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een termijn telt minstens 1 dag (gekregen: {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een schorsing kan niet eindigen ({e}) voor ze begint ({s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn gestopt (T-3): de schorsing sinds {s} loopt nog. Gebruikt: {u}; resterend: {left}. De vervaldag volgt zodra het antwoord binnen is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begon na de laatste getelde dag ({d}); de termijn was al volledig geteld en verandert niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valt in de periode waarin de klok al stilstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlapt met een eerdere schorsing; gemeenschappelijke dagen tellen één keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen getelde dag geschorst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag: {d} (dag {n} van de termijn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag: {d} (dag {n} van de termijn viel op {r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liep al bij de gebeurtenis: de telling begint niet voor {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} niet meegeteld, de termijn schuift {k} op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functioneel (werkoverleg, klachten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coachend (kwaliteitsgesprek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formeel (contract, audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolgbezoek maatwerkbedrijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleiding in de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet nagegaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informatie opvragen ({r}): {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bezoekdatum ligt meer dan een jaar vóór de geplande datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; is geen foto (JPEG, PNG) of scan (PDF): de inhoud heeft een ander formaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het punt &apos;{k}&apos; staat niet op de checklist &apos;{t}&apos; (versie {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekend soort bezoek &apos;{t}&apos;. Kies uit: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist &apos;{t}&apos; versie {v} is niet gekend door dit programma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bezoek met status &apos;{a}&apos; kan niet naar &apos;{b}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum {d:%d/%m/%Y} ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; is leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; is {s} MB; een bijlage mag hoogstens {m} MB zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De checklist {p} kan niet gelezen worden: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informatie opvragen bij de organisatie (antwoord binnen {d} dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen bevinding voor &apos;{t}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} voor dossier {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeg waarom &apos;{t}&apos; niet in orde is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsregistratie</source>
        <translation>Quality registration</translation>
    </message>
    <message>
        <source>Erkenning externe dienstverlener</source>
        <translation>Recognition as external provider</translation>
    </message>
    <message>
        <source>Label maatwerkbedrijf/-afdeling</source>
        <translation>Custom-work company/department label</translation>
    </message>
    <message>
        <source>Duurzaamheidsverslag</source>
        <translation>Sustainability report</translation>
    </message>
    <message>
        <source>Tenderpartner Intensief Werkplekleren</source>
        <translation>Tender partner Intensive Workplace Learning</translation>
    </message>
    <message>
        <source>Aanvraag kwaliteitsbewijs op de lijst</source>
        <translation>Application for a quality proof on the list</translation>
    </message>
    <message>
        <source>de aanbieder heeft gereageerd of de reactietermijn (QR-6) is verstreken</source>
        <translation>the provider has reacted or the reaction period (QR-6) has passed</translation>
    </message>
    <message>
        <source>de kwaliteitsvoorwaarden en de ervaring (TW-1) zijn voldaan</source>
        <translation>the quality conditions and the experience (TW-1) are met</translation>
    </message>
    <message>
        <source>de prijs en de kwaliteitsscore van de offerte zijn ingevuld</source>
        <translation>the price and the quality score of the tender are filled in</translation>
    </message>
    <message>
        <source>het contract (kenmerk, begin- en einddatum) is ingevuld</source>
        <translation>the contract (reference, start and end date) is filled in</translation>
    </message>
    <message>
        <source>de beoordeling (naam van het kwaliteitsbewijs en gedekte domeinen) is ingevuld</source>
        <translation>the assessment (name of the quality proof and domains covered) is filled in</translation>
    </message>
    <message>
        <source>het advies aan de minister is goedgekeurd door een teamverantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Gevalideerd</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Heroverweging</source>
        <translation>Reconsideration</translation>
    </message>
    <message>
        <source>Schorsing/intrekking voorgenomen</source>
        <translation>Suspension/withdrawal intended</translation>
    </message>
    <message>
        <source>Geschorst</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Beëindigd</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Advies heroverwegingscommissie ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Wanneer (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Oud</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Auditspoor: {n} regels, keten intact.</source>
        <translation>Audit trail: {n} entries, chain intact.</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke ziet het hele auditspoor.</source>
        <translation>Only a team lead sees the whole audit trail.</translation>
    </message>
    <message>
        <source>Auditspoor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Auditspoor: {m} (eerste fout bij regel {s}).</source>
        <translation>Audit trail: {m} (first error at entry {s}).</translation>
    </message>
    <message>
        <source>Auditspoor: {n} regels; de nieuwste {t} en de kop nagekeken, keten intact (het hele spoor nakijken: wsedesk db check).</source>
        <translation>Audit trail: {n} entries; the newest {t} and the head checked, chain intact (to check the whole trail: wsedesk db check).</translation>
    </message>
    <message>
        <source>Dossier {i} bestaat niet (meer).</source>
        <translation>File {i} does not exist (any more).</translation>
    </message>
    <message>
        <source>Organisatie {i} bestaat niet (meer).</source>
        <translation>Organisation {i} does not exist (any more).</translation>
    </message>
    <message>
        <source>Enkel het lokale databasebestand wordt zo versleuteld; een PostgreSQL-server beveiligt zijn schijf zelf, een bezoekpakket wordt versleuteld bij het uitchecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke of de eigenaar van het bestand versleutelt of ontsleutelt de database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is al versleuteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is niet versleuteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze begeleiding bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijksregisternummer werknemer</source>
        <translation type="unfinished">Employee&apos;s national register number</translation>
    </message>
    <message>
        <source>Wijzigingen begeleidingspremie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation type="unfinished">Employer</translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke beheert begeleidingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een erkende externe dienstverlener (een ED-dossier met een erkenning) begeleidt werknemers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondernemingsnummer werkgever</source>
        <translation type="unfinished">Employer&apos;s enterprise number</translation>
    </message>
    <message>
        <source>geen geldig rijksregisternummer (11 cijfers, controlegetal en geboortedatum kloppen niet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einde</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <source>hoogstens {n} datums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleiding van {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze werknemer ({m}) staat al met dezelfde begindatum bij deze dienstverlener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen datum (JJJJ-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <source>Lijst lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke importeert begeleidingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begeleidingen bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is geen erkende externe dienstverlener (geen ED-dossier met een erkenning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de brief &apos;heroverweging&apos; meldt de hoorzitting en het advies van de heroverwegingscommissie (ED-9); een heroverweging van een kwaliteitsregistratie (QR-5) kent die niet. Meld een gegronde heroverweging met de brief &apos;validatie&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de brief &apos;intrekking&apos; volgt het voornemen en de reactietermijn van QR-6; voor de intrekking van een erkenning na een melding (ED-11) is er nog geen brieftekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het verzoek tot heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de hoorzitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het advies van de heroverwegingscommissie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {ref} heeft geen lopende termijn om stil te zetten: een vraag om bijkomende informatie stopt de klok van een lopende termijn (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende briefsoort &apos;{k}&apos;. Kies uit: {all}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een brief &apos;{k}&apos; heeft per dossier een motivering, bevindingen of een voorstel nodig: maak hem per dossier (&apos;Brief opmaken…&apos; in het venster, of wsedesk letter REF --kind {k} --motivering TEKST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {ref} kende geen heroverweging: de brief &apos;heroverweging&apos; meldt de beslissing na een verzoek tot heroverweging (ED-9). Meld deze beslissing met de brief van de beslissing zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {ref}: de brief &apos;heroverweging&apos; vermeldt {m}, maar die stap is niet geregistreerd (ED-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering vooraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies tussen 0 en {m} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning loopt af</source>
        <translation>Recognition ending</translation>
    </message>
    <message>
        <source>Erkenning verlopen</source>
        <translation>Recognition expired</translation>
    </message>
    <message>
        <source>Verval voorgesteld</source>
        <translation>Lapse proposed</translation>
    </message>
    <message>
        <source>ED-8: {since} begeleidde de dienstverlener {y} opeenvolgende jaren geen werknemer met een arbeidsbeperking; de erkenning vervalt op {d}.</source>
        <translation>ED-8: {since} the provider guided no employee with a work limitation for {y} consecutive years; the recognition lapses on {d}.</translation>
    </message>
    <message>
        <source>ED-7: de erkenning geldt {y} jaar vanaf de beslissing van de minister, tot en met {e} (nog {n} dagen).</source>
        <translation>ED-7: the recognition is valid {y} years from the minister&apos;s decision, up to and including {e} ({n} days left).</translation>
    </message>
    <message>
        <source>ED-7: de erkenning gold {y} jaar, tot en met {e}; het dossier staat nog op erkend.</source>
        <translation>ED-7: the recognition was valid {y} years, up to and including {e}; the file is still recognised.</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>referentie</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>functie</source>
        <translation>position</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>er is nog geen advies aan de minister: maak het op (Brief opmaken…, soort &apos;Advies aan de minister&apos;, of wsedesk letter {ref} --kind advies) en laat het goedkeuren door een teamverantwoordelijke (ED-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het advies aan de minister (versie {n}) is nog niet goedgekeurd: een teamverantwoordelijke keurt het eerst goed (Brief opmaken…, Goedkeuren) (ED-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket geschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is geen bezoekpakket van WSE Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kop van het bezoekpakket is onleesbaar of gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; bestaat al; kies een nieuwe naam (een bestaand pakket kan nog werk bevatten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bezoekpakket &apos;{p}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is geen bezoekpakket van WSE Desk, of een versleuteld pakket waarvan de sleutel niet op deze computer staat: een versleuteld pakket opent enkel op de computer waarop het werd uitgecheckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoekpakket heeft formaat {f}, nieuwer dan dit programma kent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Registratie valideren</source>
        <translation>Validate the registration</translation>
    </message>
    <message>
        <source>Registratie weigeren</source>
        <translation>Refuse the registration</translation>
    </message>
    <message>
        <source>Verzoek tot heroverweging ontvangen</source>
        <translation>Request for reconsideration received</translation>
    </message>
    <message>
        <source>Heroverweging: validatie</source>
        <translation>Reconsideration: validation</translation>
    </message>
    <message>
        <source>Heroverweging: weigering bevestigd</source>
        <translation>Reconsideration: refusal confirmed</translation>
    </message>
    <message>
        <source>Geen heroverweging: afsluiten</source>
        <translation>No reconsideration: close</translation>
    </message>
    <message>
        <source>Overgeslagen: {why} ({r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} in het weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing of intrekking voornemen</source>
        <translation>Intend suspension or withdrawal</translation>
    </message>
    <message>
        <source>Registratie schorsen</source>
        <translation>Suspend the registration</translation>
    </message>
    <message>
        <source>Registratie intrekken</source>
        <translation>Withdraw the registration</translation>
    </message>
    <message>
        <source>Reactie van de aanbieder ontvangen</source>
        <translation>Reaction of the provider received</translation>
    </message>
    <message>
        <source>Voornemen laten vallen</source>
        <translation>Drop the intention</translation>
    </message>
    <message>
        <source>Schorsing opheffen</source>
        <translation>Lift the suspension</translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs beëindigd</source>
        <translation>Quality proof ended</translation>
    </message>
    <message>
        <source>In onderzoek</source>
        <translation>Under examination</translation>
    </message>
    <message>
        <source>Erkend</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Heroverweging aangevraagd</source>
        <translation>Reconsideration requested</translation>
    </message>
    <message>
        <source>Hoorzitting gehouden</source>
        <translation>Hearing held</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Ontvankelijk verklaren</source>
        <translation>Declare admissible</translation>
    </message>
    <message>
        <source>Onontvankelijk verklaren</source>
        <translation>Declare inadmissible</translation>
    </message>
    <message>
        <source>Advies aan de minister opmaken</source>
        <translation>Draft the advice to the minister</translation>
    </message>
    <message>
        <source>Beslissing: erkenning</source>
        <translation>Decision: recognition</translation>
    </message>
    <message>
        <source>Beslissing: weigering</source>
        <translation>Decision: refusal</translation>
    </message>
    <message>
        <source>Heroverweging: erkenning</source>
        <translation>Reconsideration: recognition</translation>
    </message>
    <message>
        <source>Vervallen: 2 jaar geen begeleiding</source>
        <translation>Lapsed: 2 years without supervision</translation>
    </message>
    <message>
        <source>Erkenning verlopen na 5 jaar</source>
        <translation>Recognition expired after 5 years</translation>
    </message>
    <message>
        <source>Erkenning intrekken na melding</source>
        <translation>Withdraw the recognition after a report</translation>
    </message>
    <message>
        <source>Geagendeerd op de adviescommissie</source>
        <translation>On the advisory committee agenda</translation>
    </message>
    <message>
        <source>Label toegekend</source>
        <translation>Label granted</translation>
    </message>
    <message>
        <source>Label geweigerd</source>
        <translation>Label refused</translation>
    </message>
    <message>
        <source>Label ingetrokken</source>
        <translation>Label withdrawn</translation>
    </message>
    <message>
        <source>Agenderen op de adviescommissie</source>
        <translation>Put on the advisory committee agenda</translation>
    </message>
    <message>
        <source>Label toekennen</source>
        <translation>Grant the label</translation>
    </message>
    <message>
        <source>Label weigeren</source>
        <translation>Refuse the label</translation>
    </message>
    <message>
        <source>Label intrekken</source>
        <translation>Withdraw the label</translation>
    </message>
    <message>
        <source>Verslag verwacht</source>
        <translation>Report expected</translation>
    </message>
    <message>
        <source>Verslag ontvangen</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>Verslag beoordeeld</source>
        <translation>Report assessed</translation>
    </message>
    <message>
        <source>Managementondersteuning opgelegd</source>
        <translation>Management support imposed</translation>
    </message>
    <message>
        <source>Verslag beoordelen</source>
        <translation>Assess the report</translation>
    </message>
    <message>
        <source>Managementondersteuning opleggen</source>
        <translation>Impose management support</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kandidaat-partner</source>
        <translation>Candidate partner</translation>
    </message>
    <message>
        <source>Niet uitgenodigd</source>
        <translation>Not invited</translation>
    </message>
    <message>
        <source>Uitgenodigd om een offerte in te dienen</source>
        <translation>Invited to submit a tender</translation>
    </message>
    <message>
        <source>Offerte ontvangen</source>
        <translation>Tender received</translation>
    </message>
    <message>
        <source>Opdracht gegund</source>
        <translation>Contract awarded</translation>
    </message>
    <message>
        <source>Niet gegund</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>Contract in uitvoering (opvolging)</source>
        <translation>Contract in progress (follow-up)</translation>
    </message>
    <message>
        <source>Uitnodigen om een offerte in te dienen</source>
        <translation>Invite to submit a tender</translation>
    </message>
    <message>
        <source>Niet uitnodigen</source>
        <translation>Do not invite</translation>
    </message>
    <message>
        <source>Geen offerte: afsluiten</source>
        <translation>No tender: close</translation>
    </message>
    <message>
        <source>Opdracht gunnen (kwaliteit en prijs)</source>
        <translation>Award the contract (quality and price)</translation>
    </message>
    <message>
        <source>Niet gunnen</source>
        <translation>Do not award</translation>
    </message>
    <message>
        <source>Contract ondertekend: opvolging starten</source>
        <translation>Contract signed: start the follow-up</translation>
    </message>
    <message>
        <source>Jaarlijkse kwaliteitsreview gehouden</source>
        <translation>Annual quality review held</translation>
    </message>
    <message>
        <source>Contract beëindigd</source>
        <translation>Contract ended</translation>
    </message>
    <message>
        <source>In beoordeling</source>
        <translation>Under assessment</translation>
    </message>
    <message>
        <source>Aanvaard en gepubliceerd</source>
        <translation>Accepted and published</translation>
    </message>
    <message>
        <source>Beoordeling starten</source>
        <translation>Start the assessment</translation>
    </message>
    <message>
        <source>Aanvaarden en publiceren in een nieuwe versie van de lijst</source>
        <translation>Accept and publish in a new version of the list</translation>
    </message>
    <message>
        <source>Aanvraag weigeren</source>
        <translation>Refuse the application</translation>
    </message>
    <message>
        <source>Beslissing over validatie</source>
        <translation>Decision on validation</translation>
    </message>
    <message>
        <source>Verzoek tot heroverweging</source>
        <translation>Request for reconsideration</translation>
    </message>
    <message>
        <source>Reactie van de aanbieder</source>
        <translation>Reaction of the provider</translation>
    </message>
    <message>
        <source>Ontvankelijkheid</source>
        <translation>Admissibility</translation>
    </message>
    <message>
        <source>Onderzoek van de voorwaarden</source>
        <translation>Examination of the conditions</translation>
    </message>
    <message>
        <source>Advies heroverwegingscommissie</source>
        <translation>Advice of the reconsideration committee</translation>
    </message>
    <message>
        <source>Advies adviescommissie sociale economie</source>
        <translation>Advice of the social economy advisory committee</translation>
    </message>
    <message>
        <source>Opvolgactie na bezoek</source>
        <translation>Follow-up action after a visit</translation>
    </message>
    <message>
        <source>Jaarlijkse kwaliteitsreview</source>
        <translation>Annual quality review</translation>
    </message>
    <message>
        <source>De actie &apos;{a}&apos; bestaat niet voor dit dossiertype.</source>
        <translation>The action &apos;{a}&apos; does not exist for this file type.</translation>
    </message>
    <message>
        <source>&apos;{a}&apos; kan niet vanuit de status &apos;{s}&apos;.</source>
        <translation>&apos;{a}&apos; is not possible from the status &apos;{s}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{a}&apos; is voorbehouden aan: {r}.</source>
        <translation>&apos;{a}&apos; is reserved for: {r}.</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke zet een backup terug; &apos;{login}&apos; is dat niet in deze backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke van de database die vervangen wordt mag ze overschrijven; &apos;{login}&apos; is dat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één regel met een open vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermeld welke informatie ontbreekt.</source>
        <translation>State which information is missing.</translation>
    </message>
    <message>
        <source>Voor een dossier van type {t} zijn er (nog) geen controles op bewaarde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor {r} is er geen open vraag aan de aanvrager (geen &apos;onbekend&apos; met een vraag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke registreert een wijziging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>de melding ligt vóór de wijziging zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een wijziging van de voorwaarden hoort bij een erkenning (ED) of kwaliteitsregistratie (QR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de datum {d:%d/%m/%Y} ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging gemeld: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging vastgesteld (niet gemeld): {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De server weigert deze gebruiker met dit wachtwoord. Controleer gebruiker en wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het certificaat van de server is niet ondertekend door het gekozen CA-certificaat: de verbinding is niet te vertrouwen. Kies het juiste CA-certificaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De server spreekt geen TLS, maar de gekozen TLS-modus vereist het.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het CA-certificaat kan niet gelezen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versleuteld (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet versleuteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen WSE Desk-schema (wordt aangemaakt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een poort ligt tussen 1 en 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het CA-certificaat bestaat niet of is geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het CA-certificaat waarmee het certificaat van de server wordt gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen systeemsleutelhanger beschikbaar, dus het wachtwoord kan niet veilig bewaard worden (WSE Desk schrijft het nooit in een bestand). Start de sleutelhanger van uw bureaublad, of geef het wachtwoord via PGPASSWORD of ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De verbinding mislukte ({e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De map van dit bestand bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een databasebestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Fill in this field.</translation>
    </message>
    <message>
        <source>Geen spaties of / @ ? # in dit veld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De module &apos;keyring&apos; ontbreekt in deze installatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het certificaat van de server hoort niet bij de naam &apos;{h}&apos; (verify-full). Gebruik de naam die in het certificaat staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database &apos;{d}&apos; bestaat niet op deze server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De server &apos;{h}&apos; is onbekend. Controleer de naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De server &apos;{h}&apos; antwoordt niet op poort {p}. Controleer server, poort en netwerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bestaat; WSE Desk opent het bij de volgende start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bestaat nog niet; WSE Desk maakt het aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaversie {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbonden met {s} als {u}, {t}; {schema}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Onbekende TLS-modus (kies uit {m}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De systeemsleutelhanger weigerde het wachtwoord te bewaren ({e}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De organisatie {o} staat als afgesloten geregistreerd sinds {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} werd samengevoegd met {k} ({m}); de aanvraag werd bij die organisatie ingeschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {d} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vul dit in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze velden zijn niet bewerkbaar: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te lang (hoogstens {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{c}&apos; is geen gemeente (REFNIS-code) uit de referentielijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{p}&apos; is geen Belgische postcode uit de referentielijst (4 cijfers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} hoort niet bij deze gemeente (wel: {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke past briefsjablonen aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het sjabloon &apos;{k}&apos; is niet gewijzigd: er is niets om op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze organisatie bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vestiging bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sluit een organisatie af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>heropent een organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sluit een vestiging af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voegt organisaties samen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies twee verschillende organisaties om samen te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie {d} ({dn}) samengevoegd met {k} ({kn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar of teamverantwoordelijke {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} werd al samengevoegd met {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze velden kunnen niet overgenomen worden: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} is al afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} heeft nog {n} open dossier(s): {r}. Sluit die eerst af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} is niet afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vestiging {v} is al afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee organisaties hebben elk een {t} die niet samen kunnen bestaan (bv. twee huidige verslagen over hetzelfde jaar). Los dat eerst op; er werd niets samengevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondernemingsnummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Organisatie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vestiging {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Er bestaat al een organisatie met ondernemingsnummer {n}: {o}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende soort &apos;{k}&apos; (kies uit: {a}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vestigingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er bestaat al een vestiging met vestigingsnummer {n}: {v} (van {o}, {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende taal (kies uit {l}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies tussen 0 en {m} werkdagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Bedoelt u: {n}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{t}&apos; is geen gemeente uit de referentielijst.{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ({c}) ligt niet in Vlaanderen; erkende externe dienstverleners begeleiden werknemers bij Vlaamse werkgevers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het exportbestand moet op .xlsx eindigen (gekregen: &apos;{n}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag kwaliteitsregistratie geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze kwaliteitsregistratie bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de datum ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingediend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{i}&apos; staat niet in de lijst van kwaliteitsbewijzen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{i}&apos; hoort bij route {r}, niet bij {x}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze auditorganisatie staat niet (meer) in het register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht ja, nee of onbekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebied &apos;{a}&apos; met waarde &apos;{v}&apos;: verwacht {g} met ja, nee of onbekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag ontvangen via het e-loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar of teamverantwoordelijke schrijft aanvragen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vereenvoudigde procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar of teamverantwoordelijke mag een rijksregisternummer zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze persoon bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor deze persoon is geen rijksregisternummer bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {r} heeft (nog) geen aanvraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gekwalificeerd begeleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De organisatie {n} bestaat al als &apos;{o}&apos; ({k}); de aanvraag noemt &apos;{a}&apos; ({b}). De bewaarde gegevens werden niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er is al een open dossier {r} voor {o} ({n}), ingediend op {d}; deze aanvraag werd niet opnieuw ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit kwaliteitsbewijs bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze auditorganisatie bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de lijst van kwaliteitsbewijzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het register van audit- en beoordelingsorganisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de einddatum ligt vóór de begindatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de einddatum ligt vóór de indiening van de verklaring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er bestaat al een auditorganisatie met ondernemingsnummer {n}: {o}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished">Route</translation>
    </message>
    <message>
        <source>Aangepast in Beheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke past {w} aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende route &apos;{r}&apos; (kies uit: {a}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend domein: {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit kwaliteitsbewijs begint al op deze datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>er staat al een kwaliteitsbewijs met deze naam op de lijst ({i}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voldaan</source>
        <translation>met</translation>
    </message>
    <message>
        <source>niet voldaan</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>onvolledig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, vervangt een eerder ingelezen verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, laattijdig (MW-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Laattijdig (MW-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-1 labelvoorwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3 signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Waarschuwingen bij inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelezen waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke leest verslagen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{f} (verslagjaar {y})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3: aandeel doelgroepwerknemers daalde van {p} % ({py}) naar {v} % ({y}), {d} procentpunten (drempel {t}); signaal om verplichte managementondersteuning te overwegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONWAAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ondernemingsnummer of verslagjaar ontbreekt: het verslag kan niet worden opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Het werd intussen vervangen door een nieuwer verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit verslag bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagen {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De werkmap zelf kan niet getoond worden: ze kon niet gelezen worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlezen onderbroken na {n} bestand(en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum van ontvangst {d} ligt in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{f} lezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw verslag ingelezen: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het exportbestand moet op .xlsx eindigen (gekregen: &apos;{f}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagjaar {y} is nog niet afgelopen: demoverslagen kan men maken tot en met {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad &apos;{s}&apos; werd niet gevonden in de werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(formule zonder berekende waarde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand werd al ingelezen op {d} (verslag over {y} van {o}); er is niets opnieuw opgeslagen.{l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} staat in de databank niet als maatwerkbedrijf of maatwerkafdeling (soort: {k}); het verslag is wel opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {r} staat op &apos;{s}&apos;: het verslag is opgeslagen en op de tijdlijn vermeld, de status is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoverslagen {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende id &apos;{v}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De werkmap zelf kan niet getoond worden: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} werd samengevoegd met {k}; wijzig die organisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen organisatie met ondernemingsnummer {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag om een kwaliteitsbewijs op de lijst te plaatsen ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier heeft geen aanvraag voor een kwaliteitsbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam op de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedekte domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke beoordeelt een kwaliteitsbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies minstens één domein dat het kwaliteitsbewijs dekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvraag is nog niet beoordeeld (naam en gedekte domeinen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie van de lijst gepubliceerd: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend domein: {a} (kies uit: {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat al een kwaliteitsbewijs &apos;{n}&apos; op de lijst ({i}); kies een andere naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van kwaliteitsbewijzen aangevuld met {n} (aanvraag {r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvaard na aanvraag {r} (QR-2 a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{n}&apos; staat al op de lijst van aanvaarde kwaliteitsbewijzen ({i}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs {n} op de lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {r} is afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanvraag kwaliteitsregistratie ontvangen via het e-loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de einddatum ligt vóór de uitreiking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De auditorganisatie &apos;{n}&apos;{k} staat niet in het register van audit- en assessmentorganisaties: QR-3 blijft onbekend tot ze daar staat (Beheer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende organisatie: ondernemingsnummer {n} staat niet in de databank. Voeg de organisatie eerst toe, of controleer het nummer in de werkmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label in de werkmap ({l}) verschilt van het label in de databank ({k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {r} is niet bijgewerkt: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gegevens van de tenderpartner ontbreken (TW-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vul eerst het contract in: kenmerk, begin- en einddatum (TW-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beoordeel eerst het kwaliteitsbewijs: de naam op de lijst en de domeinen die het dekt (QR-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(termijn staat stil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TW-1 is niet voldaan: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de offerte mist nog: {m} (gunning op kwaliteit en prijs, TW-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de aanbieder kan nog reageren tot en met {d} (QR-6); registreer eerst &apos;Reactie van de aanbieder ontvangen&apos; of wacht tot de reactietermijn verstreken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a}: {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kandidaat-partner geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier heeft geen gegevens van een tenderpartner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een dossierbehandelaar of teamverantwoordelijke beheert tenderpartners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation type="unfinished">Contract notice</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>het contract eindigt vóór het begint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tussen {a} en {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groter dan {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht een getal {l}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderpartner {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderpartner {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einde contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{v}&apos; is geen getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{o} is afgesloten sinds {d:%d/%m/%Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verwacht ja, nee of leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation type="unfinished">Price</translation>
    </message>
    <message>
        <source>Ervaring</source>
        <translation type="unfinished">Experience</translation>
    </message>
    <message>
        <source>Kwaliteitsscore</source>
        <translation type="unfinished">Quality score</translation>
    </message>
    <message>
        <source>verwacht een datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Enkel een teamverantwoordelijke beheert gebruikers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen geldig e-mailadres (verwacht naam@domein.be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen geldig telefoonnummer (cijfers, spaties en + . / ( ) -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Dit is de laatste actieve teamverantwoordelijke: geef eerst iemand anders die rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam is te lang (maximaal {n} tekens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende rol: {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de login in, zonder spaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is al een gebruiker met deze login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Een opvolging starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Onderschrift</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Bevinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld; wordt gestart na het inchecken, wanneer u het bevestigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>kies een dossier van dit bezoek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Voor deze bevinding werd al een opvolging gestart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolgactie aangemaakt: antwoord verwacht binnen {d} dagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{l}: gestart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor deze bevinding is geen opvolging voorgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een bevinding van dit bezoek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r} is afgesloten; er kan niets meer bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies in orde, niet in orde of niet nagegaan (niet &apos;{v}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bevinding werd intussen verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld aan wie dit mag: {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de actie kan niet vóór haar aanmaak uitgevoerd zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bijlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze opvolging kan niet voor &apos;{t}&apos; ({v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgevoerd op</source>
        <translation>Carried out on</translation>
    </message>
    <message>
        <source>Bevinding &apos;{t}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na bezoek {r}: {t} niet in orde ({rule}). {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bezoek afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departement Werk en Sociale Economie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag kan niet vóór het bezoek zelf klaar zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r}: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beide gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op de laptop gewijzigd, centraal verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op de laptop verwijderd, centraal gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aan beide kanten aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation type="unfinished">Reference</translation>
    </message>
    <message>
        <source>Soort bezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezocht op</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Verslag op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Bezoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklistpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Dossier van de opvolging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging gestart op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genoteerd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag</source>
        <translation type="unfinished">Due date</translation>
    </message>
    <message>
        <source>Soort bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestandsnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oorspronkelijke naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een conflict oplossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een inspecteur, projectadviseur of teamverantwoordelijke beslist over conflicten bij inchecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Dit conflict bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De inhoud van deze bijlage ontbreekt; ze kan niet teruggezet worden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit conflict werd al opgelost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies laptop, centraal of samenvoegen (niet &apos;{c}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De centrale versie veranderde intussen; bekijk het conflict opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de samengevoegde waarden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende velden: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitchecken</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Inchecken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingecheckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen open bezoeken om uit te checken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bezoekpakket werd buiten WSE Desk gewijzigd: de handtekening klopt niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bezoekpakket werd buiten WSE Desk gewijzigd: de uitgecheckte gegevens kloppen niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoeker van {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoekpakket werd intussen door iemand anders ingecheckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoekpakket werd op {d} ingecheckt en is leeg; check de bezoeken opnieuw uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoekpakket komt niet uit deze database (het werd uitgecheckt uit {db} door {who}); check het in waar het vandaan komt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bezoekpakket heeft schemaversie {r}, nieuwer dan dit programma kent: installeer de nieuwste versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bezoekpakket verwijst naar gegevens die niet uitgecheckt werden ({n} records): niet aanvaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevinding &apos;{k}&apos; bij {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolgactie &apos;{d}&apos; bij {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage &apos;{n}&apos; bij {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier van {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoekpakket staat niet in de lijst van uitgecheckte pakketten van deze database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit pakket is een ontvangstbewijs van een inchecking die deze database niet kent (teruggezette back-up?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{l}: de bevinding waarbij ze hoorde bestaat centraal niet meer; ze staat nu los.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r}: {s} (ingecheckt van {u})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoekpakket werd al ingecheckt op {d} door {u}, met andere wijzigingen dan deze kopie: niet aanvaard. Bekijk de wachtrij met conflicten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek &apos;{v}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r} is afgesloten; het gaat niet meer mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inchecken: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de vervaldag moet na {d:%d/%m/%Y} liggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een inspecteur, projectadviseur of teamverantwoordelijke plant of registreert bezoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies minstens één bezoeker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een uitgecheckt bezoek verwijdert u in de centrale database, niet offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} kan pas na het inchecken, in de centrale database (u werkt offline in een bezoekpakket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>onbekend soort &apos;{t}&apos;; kies uit {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r} gepland op {d:%d/%m/%Y} ({t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bezoek werd intussen verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland bezoek {r} geschrapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen organisatie met ondernemingsnummer of naam &apos;{o}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen gebruiker &apos;{u}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} &apos;{v}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen bezoek met kenmerk &apos;{r}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &apos;{d}&apos; bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {r} hoort bij een andere organisatie dan het bezoek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{u}&apos; is geen actieve gebruiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezoek {r} is afgesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een gepland bezoek kan verwijderd worden (dit is {s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moet kleiner zijn dan {b} (in absolute waarde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, veld &apos;{field}&apos;: {problem}; niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
