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
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Database en gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemeld als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleert de integriteit van het bestand of de server, de schemaversie, de keten van het auditspoor en de SHA-256 van elk opgeslagen document. Op een grote database kan dit even duren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gecontroleerd in deze sessie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen wijzigen kan nog niet vanuit dit scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefsjablonen bewerken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tekst van de brieven aanpassen (opslaan: teamverantwoordelijke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referentielijsten (labels, auditorganisaties)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijzen (QR-2) en audit-/beoordelingsorganisaties (QR-3); wijzigen: teamverantwoordelijke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In orde: geen problemen gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 probleem gevonden:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar de aanvrager begeleidt en hoeveel werknemers tegelijk; werkgevers zoeken hierop (ED-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel Vlaanderen (02000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkingsgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gemeente, provincie of REFNIS-code; Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoe&amp;gen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen werkingsge&amp;bied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> werknemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom dit gebied en deze capaciteit: vestigingen, begeleiders, huidige werknemers …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capaciteit (tegelijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motivering</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaring ingediend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditoren zelf dienstverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leeg voor een buitenlandse organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingediend op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laatste dag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet nagegaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <source>Brieven voor selectie</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>andere datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaard: per dossier de datum van wat de brief meldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v van %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven maken</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concept</source>
        <translation type="unfinished"></translation>
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
    <name>CalendarSection</name>
    <message>
        <source>Termijnen in werkdagen slaan de feestdagen en sluitingsdagen over, en een termijn die op zo&apos;n dag eindigt, schuift naar de volgende werkdag (T-1, T-2). De wettelijke feestdagen en de Vlaamse sluitingsdagen zitten in het programma; hier voegt een teamverantwoordelijke een extra sluitingsdag toe (bv. een brugdag) of zet een feestdag terug om naar een werkdag. Daarna worden alle open termijnen herberekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, bv. Brugdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra sluitingsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toch een werkdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap nu zetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation type="unfinished"></translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Dossier intussen gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een andere gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend tijdstip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; werd intussen gewijzigd door &lt;b&gt;{who}&lt;/b&gt; op {when} (versie {old} → {new}).&lt;br&gt;Uw wijziging is &lt;b&gt;niet&lt;/b&gt; opgeslagen en niets werd overschreven. Uw invoer staat nog in het formulier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hun waarde</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dossier opnieuw inlezen; uw invoer vervalt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hun versie laden, mijn invoer behouden</source>
        <translation type="unfinished"></translation>
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
    <name>DeclarationPage</name>
    <message>
        <source>Deel 5 — Verklaring op erewoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ondertekende verklaring, het engagement voor intervisie (ED-1) en de indieningsdatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvrager verklaart op &amp;erewoord dat de gegevens juist en volledig zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam en functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, de aanvrager engageert zich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet vermeld in de aanvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingediend &amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekend &amp;door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum onderteke&amp;ning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intervisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problemen — niets is bewaard. Dubbelklik of druk Enter om naar het deel te gaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aanvraag is ingeschreven als dossier {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe organisatie aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij een bestaande organisatie gevoegd (haar gegevens zijn niet gewijzigd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvankelijkheid te beoordelen uiterlijk op {d} (ED-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met Terug ziet u de ingeschreven gegevens; in deel 3 toont “Toon nummer” het rijksregisternummer van een begeleider (elke inzage wordt gelogd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul in wie de verklaring ondertekende.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen met standaardprogramma</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informatie ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief opmaken…</source>
        <translation>Write letter…</translation>
    </message>
    <message>
        <source>Een brief bij dit dossier opmaken (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging melden…</source>
        <translation>Report change…</translation>
    </message>
    <message>
        <source>Geen stappen mogelijk in deze status.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopt de klok van {term} tot het antwoord binnen is (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De klok van {term} loopt opnieuw vanaf de dag dat het antwoord binnenkwam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier wacht niet op informatie.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluit termijn {terms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opent termijn {term} ({label}) vanaf deze datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: de klok van termijn {term} ({label}) stopt vanaf de dag dat de vraag vertrekt (die dag inbegrepen) tot de dag dat het antwoord binnenkomt (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag verstuurd op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke informatie ontbreekt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bv. de lijst van gekwalificeerde begeleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: de klok van termijn {term} staat stil sinds {since} ({reason}). Ze loopt opnieuw vanaf de dag dat het antwoord binnenkwam (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen reden vermeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Interne notities bij dit dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Uw invoer wissen en het dossier opnieuw inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
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
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Termijnen (stilgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen wijzigingen om op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U wijzigde dossier {ref} maar sloeg het niet op. Wat wilt u doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (afgesloten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — KBO {kbo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanaf {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst gewijzigd door {who} op {when} (versie {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>{name} (niet actief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klok stilgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klok loopt opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation type="unfinished"></translation>
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
        <source>Begin van het kenmerk, deel van de naam, of minstens 4 cijfers van het KBO-nummer (Ctrl+F)</source>
        <translation>Start of the reference, part of the name, or at least 4 digits of the enterprise number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle types</source>
        <translation>All types</translation>
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
        <source>Klik om de organisatie uit de filter te halen</source>
        <translation>Click to remove the organisation from the filter</translation>
    </message>
    <message>
        <source>Organisatie: {name}  ✕</source>
        <translation>Organisation: {name}  ✕</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Kies eerst een type</source>
        <translation>Choose a type first</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom deze datum?</source>
        <translation>Why this date?</translation>
    </message>
    <message>
        <source>De berekening stap voor stap: gebeurtenis, termijn, schorsingen, feestdagen (T-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit dossier heeft geen termijnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} lopend, {closed} afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 werkdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} werkdagen</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gehaald op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gehaald: afgesloten op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgesloten op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stilgelegd sinds {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} gebruikt, {left} resterend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopt: nog {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervalt vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verstreken: {days} te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}; laattijdige schorsing</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>ExperiencePage</name>
    <message>
        <source>Deel 3 — Ervaring en gekwalificeerde begeleiders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ervaring met werknemers met een arbeidsbeperking (ED-1) en wie begeleidt (ED-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samen&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;communiceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persoons&amp;gericht werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advies op &amp;maat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ervaringsmotivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinds wanneer en hoeveel werknemers met een arbeidsbeperking begeleidt de aanvrager, en hoe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;kwalificeerde begeleiders</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competenties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begeleider toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oon nummer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ervaringsatte&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkende op&amp;leiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In dienst bij de aanvrager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor&amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijks&amp;registernummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;ploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jaren ervaring</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erkende opleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongeldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nieuwe begeleider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een periode en klik op Berekenen. Doorlooptijden tellen de dossiers die in de periode beslist werden; netto = zonder de dagen dat de klok stilstond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorlooptijden (dagen van indiening tot beslissing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiertype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediaan bruto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediaan netto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld bruto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemiddeld netto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen afgesloten in de periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overschreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschorste dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met rekenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
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
    <name>FindingsPanel</name>
    <message>
        <source>voldaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet voldaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink de onbekende punten aan die de aanvrager moet aanvullen (spatie vinkt aan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag &amp;bijkomende informatie…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging (MW-1, MW-3), alle jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediaan maatwerkbedrijven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediaan maatwerkafdelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediaan alle verslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen organisatie gekozen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vraag aan de aanvrager, opgesteld uit de aangevinkte punten. Pas de tekst gerust aan: hij komt zo in de brief. Vanaf de datum van de vraag staat de lopende termijn stil tot het antwoord binnen is (ED-5, T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum van de vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tekst van de vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag &amp;registreren en klok stilzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vermeld welke informatie ontbreekt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Nieuwe aanvraag — erkenning externe dienstverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voltooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Aanvraag niet ingeschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U typte een aanvraag die nog niet ingeschreven is. Wilt u uw invoer weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} · {status}
{organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen met standaardprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan bij dossier</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>andere datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefdatum</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén reden per regel, bv. &apos;De lijst van begeleiders ontbreekt (ED-1).&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies aan de minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getoetste voorwaarden (aangevinkt: opgenomen in het advies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>{app} — {db}</source>
        <translation>{app} — {db}</translation>
    </message>
    <message>
        <source>Bezoeken en bezoekverslagen — volgt</source>
        <translation>Visits and visit reports — coming</translation>
    </message>
    <message>
        <source>Hier zullen projectadviseurs en inspecteurs hun bezoeken ter plaatse plannen en hun bezoekverslagen met vaststellingen opmaken, ook zonder netwerk op een laptop. Deze module is nog in ontwikkeling; er staan hier nog geen gegevens.</source>
        <translation type="unfinished"></translation>
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
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
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
        <source>&amp;Termijncalculator…</source>
        <translation>&amp;Term calculator…</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtras</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gekozen database wordt geopend bij de volgende start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernieuwd.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <source>Aanvraag ingeschreven als {ref}.</source>
        <translation>Application registered as {ref}.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Deel 1 — Organisatie en contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie vraagt de erkenning aan (ED-3, deel 1). Een gekende organisatie wordt niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(kies de soort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ondernemingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres van de zetel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin te typen: Gent, Mechelen, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;raat en nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voornaam en achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;lefoon (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het ondernemingsnummer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {n} — al gekend als {name}; de bewaarde gegevens blijven ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {n} — nieuwe organisatie</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul straat en nummer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de postcode in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de gemeente in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de naam van de contactpersoon in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul het e-mailadres van de contactpersoon in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de soort organisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{e}&apos; is geen geldig e-mailadres.</source>
        <translation type="unfinished"></translation>
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
        <source>1 organisatie</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} organisaties</source>
        <translation>{n} organisations</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen voorbeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>Deel 2 — Vereenvoudigde procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTB, GOB, maatwerkbedrijven en LDE-ondernemingen mogen de vereenvoudigde procedure vragen (ED-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onder de vereenvoudigde procedure valt deel 3 weg: de aanvrager motiveert zijn ervaring niet en bezorgt geen lijst van gekwalificeerde begeleiders. Alle andere delen blijven verplicht. Geen enkele andere organisatie kan ze vragen: ook niet een vzw, een OCMW of AMA Welzijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ja, de aanvrager vraagt de vereenvoudigde procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nee, de volledige procedure (met ervaring en begeleiders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een {k} mag de vereenvoudigde procedure vragen. Vraagt de aanvrager ze?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor een {k} geldt de volledige procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vraag wordt enkel aan GTB, GOB, maatwerkbedrijven en LDE-ondernemingen gesteld. Deel 3 (ervaring en begeleiders) is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies ja of nee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderFinderDialog</name>
    <message>
        <source>Dienstverleners zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gemeente zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de provincie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heel Vlaanderen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkend &amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimale vrije capaciteit</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkend tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporteren naar Excel…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen in {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Referentielijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitslabels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-/beoordelingsorganisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontbrekende verslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke leest verslagen in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslagjaar van het overzicht en van de ontbrekende verslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestanden inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingevulde duurzaamheidsverslagen (.xlsx, .xlsm) kiezen en inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke .xlsx- en .xlsm-werkmap in een map (en haar submappen) inlezen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontvangen op</source>
        <translation type="unfinished"></translation>
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
        <source>Dubbelklik op een melding om de cel in de werkmap te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen — dubbelklik om de cel in de werkmap te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren naar Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinneringen opmaken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een brief &apos;herinnering verslag&apos; bij het DV-dossier van elke gekozen organisatie (enkel voor een dossier in status &apos;verwacht&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>al ingelezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vervangt een eerder verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laattijdig (MW-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTE doelgr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTE totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aandeel %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omzet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen verm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelvoorwaarden maatwerk: VTE doelgroepwerknemers en hun aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal voor verplichte managementondersteuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBO-nummer</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herinnering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een herinnering kan: het DV-dossier wacht op het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen DV-dossier in status &apos;verwacht&apos;: geen herinneringsbrief mogelijk</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} organisaties zonder verslag over {y} (uiterste datum {d}{state}); voor {p} kan een herinnering (DV-dossier in status &apos;verwacht&apos;). Kies organisaties (Ctrl+A: alle) en maak de brieven op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontbrekende verslagen ({n})</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt onderbroken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen bij {f}: {e} fout(en), {w} waarschuwing(en) — dubbelklik om de cel te zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geëxporteerd naar {f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Werkbak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een &amp;bestand op deze computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een &amp;server voor het team (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgt: een backup terugzetten kan nog niet vanuit dit scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-certificaat kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA-certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbinding testen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een andere database wordt geopend bij de volgende start van WSE Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&amp;Binnenkort&apos; bij hoogstens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een termijn kleurt oranje in de Werkbak wanneer er nog hoogstens zoveel werkdagen overblijven tot de vervaldag.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite-databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw databasebestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite-databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup bewaren als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup geschreven naar {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificaten (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubcontractorsPage</name>
    <message>
        <source>Onderaannemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie de aanvrager inschakelt voor de begeleiding: elke onderaannemer moet zelf erkend zijn (ED-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat de lijst leeg als de aanvrager geen onderaannemers inzet. Of een onderaannemer erkend is, gaat de toetsing na in WSE Desk; wat de aanvrager daarover zegt, wordt bewaard maar niet op zijn woord geloofd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondernemingsnummer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation type="unfinished"></translation>
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
    <name>TemplateEditorDialog</name>
    <message>
        <source>Briefsjablonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel in de eigenschappen van de PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slotformule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatshouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik om de plaatshouder in te voegen waar de cursor staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigingen ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als nieuwe versie</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U wijzigde dit sjabloon maar sloeg het niet op. Wijzigingen weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermCalculatorDialog</name>
    <message>
        <source>Termijncalculator</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkdagen (T-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsingen (T-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van de dag dat de vraag vertrok (inbegrepen) tot de dag dat het antwoord binnenkwam (niet inbegrepen). Vink &apos;nog open&apos; aan als het antwoord er nog niet is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermExplanationDialog</name>
    <message>
        <source>Waarom deze datum? — {rule}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Schorsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschuiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laattijdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stilgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>WerkbakPage</name>
    <message>
        <source>Werkbak</source>
        <translation>Work tray</translation>
    </message>
    <message>
        <source>De open termijnen van het hele team, de vroegste vervaldag bovenaan; stilgelegde termijnen onderaan. Binnenkort = hoogstens {n} werkdagen. Dubbelklik of Enter opent het dossier.</source>
        <translation>The open terms of the whole team, earliest due date first; stopped terms at the bottom. Due soon = at most {n} working days. Double-click or Enter opens the file.</translation>
    </message>
    <message>
        <source>De open termijnen van de dossiers waarvan u behandelaar bent, de vroegste vervaldag bovenaan; stilgelegde termijnen onderaan. Binnenkort = hoogstens {n} werkdagen. Dubbelklik of Enter opent het dossier.</source>
        <translation>The open terms of the files you handle, earliest due date first; stopped terms at the bottom. Due soon = at most {n} working days. Double-click or Enter opens the file.</translation>
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
        <source>Alle types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Klik om enkel deze termijnen te tonen; nog eens klikken toont alles.</source>
        <translation>Click to show only these terms; click again to show all.</translation>
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
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Kies eerst een type</source>
        <translation>Choose a type first</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog {n} dag(en) tot en met de vervaldag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vervaldag is {n} dag(en) voorbij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stilgelegd: de klok loopt opnieuw zodra de gevraagde informatie binnen is (T-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervaldag {date}; &apos;Waarom deze datum?&apos; in het tabblad Termijnen legt ze uit.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReferenceTab</name>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde rij wijzigen</source>
        <translation type="unfinished"></translation>
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
    <name>parent</name>
    <message>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
        <source>Aanvragen tot erkenning als externe dienstverlener, zoals het e-loket ze aanlevert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een aanvraag (JSON) inschrijven als nieuw ED-dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijft een aanvraag van het e-loket (JSON, schema wsedesk-intake/1, zie docs/intake-json.md) in als nieuw dossier erkenning externe dienstverlener, met de termijn voor de ontvankelijkheid (ED-4). Alles of niets: bij een probleem wordt niets bewaard en wordt elk probleem met zijn plaats in de JSON getoond.</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>hoogstens één cijfer na de komma ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekende competentie &apos;{c}&apos; (toegelaten: {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bevat XML met een DTD of entiteiten; dat komt in een echte Excel-werkmap niet voor en wordt om veiligheidsredenen geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De laatste begeleiding van een werknemer met een arbeidsbeperking was op {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sinds de erkenning op {s}</source>
        <translation type="unfinished"></translation>
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
        <source>1 dag</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Overgeslagen: {why} (T-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen: {k} in het weekend (T-2).</source>
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
        <source>Overgeslagen: {d} is een feestdag ({n}) (T-2).</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing/intrekking voorgenomen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie valideren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie weigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek tot heroverweging ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroverweging: validatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroverweging: weigering bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen heroverweging: afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing of intrekking voornemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie schorsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornemen laten vallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schorsing opheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwaliteitsbewijs beëindigd</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoorzitting gehouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvankelijk verklaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onontvankelijk verklaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies aan de minister opmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing: erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing: weigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroverweging: erkenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen: 2 jaar geen begeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning verlopen na 5 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkenning intrekken na melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geagendeerd op de adviescommissie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label toegekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenderen op de adviescommissie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label toekennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label weigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag verwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managementondersteuning opgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag beoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managementondersteuning opleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslissing over validatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek tot heroverweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactie van de aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvankelijkheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderzoek van de voorwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies heroverwegingscommissie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies adviescommissie sociale economie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De actie &apos;{a}&apos; bestaat niet voor dit dossiertype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{a}&apos; kan niet vanuit de status &apos;{s}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{a}&apos; is voorbehouden aan: {r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens één regel met een open vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermeld welke informatie ontbreekt.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Ondernemingsnummer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangepast in Beheer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet voldaan</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
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
