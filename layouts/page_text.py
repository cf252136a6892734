"""The words of the four plain pages (``layouts/pages.py``), in German and English.

Each page is one dictionary per language, so a page can be read and edited as a whole
in either language; ``tests/test_pages.py`` checks that both languages have the same
parts. The accessibility statement's findings are data: when something is fixed or
found, move or add an item in :data:`MET` or :data:`GAPS` and set :data:`STATEMENT_DATE`.
"""

from __future__ import annotations

from datetime import date

#: The day the statement's findings were last checked.
STATEMENT_DATE = date(2026, 12, 2)

#: What is accessible (WCAG 2.1 AA as BITV 2.0 asks), each in German and English.
MET = (
    {
        "de": "Tastatur: Karte, Profil, Rangliste, alle Reiter, Export, eigene Daten und Präsentation lassen sich ohne Maus "
        "bedienen. Sprunglinks führen zur Karte, zur Tabelle und zum Vergleich. Jedes Bedienelement zeigt einen deutlichen "
        "Fokusrahmen.",
        "en": "Keyboard: map, profile, ranking, every tab, export, your own data and presentation work without a mouse. "
        "Skip links lead to the map, to the table and to the comparison. Every control shows a clear focus ring.",
    },
    {
        "de": "Die Karte ist ein einziger Tab-Stopp. Mit den Pfeiltasten geht man von Ort zu Ort und hört Name, Wert und Rang; "
        "die Eingabetaste wählt den Ort und öffnet sein Profil.",
        "en": "The map is a single tab stop. The arrow keys go from place to place, announcing name, value and rank; "
        "Enter chooses the place and opens its profile.",
    },
    {
        "de": "Karte, Rangliste und Tabelle sowie die Reiter des Vergleichs sind Reiter (ARIA-Tabs), zwischen denen die Pfeiltasten "
        "wechseln.",
        "en": "Map, ranking and table, and the comparison's panels, are tabs (ARIA tabs) that the arrow keys switch between.",
    },
    {
        "de": "Tabellen: Der Reiter „Tabelle“ zeigt alle Orte der Karte mit Wert, Einheit, Rang, Klasse und Zone als sortierbare "
        "Tabelle. Unter jedem Diagramm und jeder kleinen Karte des Vergleichs stehen ihre Zahlen als Tabelle.",
        "en": "Tables: the “Table” tab lists every place of the map with value, unit, rank, class and zone, sortable. Under every "
        "chart and small map of the comparison, its numbers are available as a table.",
    },
    {
        "de": "Die Seite nennt ihre Sprache (Deutsch oder Englisch, auch nach dem Sprachwechsel); Wörter der anderen Sprache "
        "sind ausgezeichnet. Jedes Bedienelement hat einen Namen.",
        "en": "The page declares its language (German or English, also after switching); words in the other language are "
        "marked. Every control has a name.",
    },
    {
        "de": "Bildschirmleser: Neben der Karte steht in Worten, was sie zeigt (höchster und niedrigster Ort, Ruhr-Mittel). "
        "Jedes Diagramm hat einen Namen und eine Beschreibung.",
        "en": "Screen readers: beside the map, words say what it shows (highest and lowest place, Ruhr mean). "
        "Every chart has a name and a description.",
    },
    {
        "de": "Nach jeder Änderung einer Einstellung sagt eine Statusmeldung, was die Karte jetzt zeigt.",
        "en": "After every change of a setting, a status message says what the map now shows.",
    },
    {
        "de": "Farben: Die Farbreihen sind für Menschen mit Farbsehschwäche geeignet. Fehlende Werte sind schraffiert und in der "
        "Legende benannt, nicht nur anders gefärbt.",
        "en": "Colours: the colour schemes are safe for colour-blind readers. Missing values are hatched and named in the legend, "
        "not only coloured differently.",
    },
    {
        "de": "Die Zahlen jeder Ansicht lassen sich als CSV-Tabelle herunterladen; jedes exportierte Bild hat einen Alternativtext.",
        "en": "The numbers of every view download as a CSV table; every exported image comes with an alternative text.",
    },
    {
        "de": "Präsentation: Schritte mit Pfeiltasten, Bild-auf/Bild-ab und Leertaste, in großer Schrift; ein mit der "
        "Tastatur erreichter Reiter behält seine Pfeiltasten.",
        "en": "Presentation: steps with the arrow keys, Page Up/Down and space, in large type; a tab reached by keyboard "
        "keeps its arrow keys.",
    },
    {
        "de": "Auf dem Telefon stehen die Spalten untereinander; auch bei 320 Pixel Breite (400 % Vergrößerung) ist nichts "
        "breiter als der Bildschirm.",
        "en": "On a phone the columns stack; even at 320 pixels wide (400 % zoom) nothing is wider than the screen.",
    },
    {
        "de": "Im Kontrastmodus von Windows behalten Legende und Karten ihre Farben, die Fokusrahmen bleiben sichtbar; wer "
        "reduzierte Bewegung eingestellt hat, sieht keine Animationen.",
        "en": "In Windows contrast mode the legend and the maps keep their colours and the focus rings stay visible; with "
        "reduced motion set, nothing is animated.",
    },
    {
        "de": "Das Abspielen der Jahre beginnt nie von selbst, auch nicht über einen Link; es lässt sich mit der Maus, der "
        "Leertaste oder der Eingabetaste jederzeit anhalten. Ein Bildschirmleser hört Beginn und Halt, nicht jedes Jahr; wer "
        "reduzierte Bewegung eingestellt hat, sieht jedes Jahr mindestens zwei Sekunden lang.",
        "en": "Playing the years never starts by itself, not even from a link; it can be paused at any time with the mouse, "
        "the space bar or Enter. A screen reader hears the start and the stop, not every year; with reduced motion set, "
        "each year stays at least two seconds.",
    },
    {
        "de": "Jeder Indikator hat eine Datenseite in schlichtem HTML (Definition, Quellen jedes Jahres, Reihenbrüche, "
        "Downloads). Die Excel-Dateien bestehen aus echten Tabellen mit einer Kopfzeile und ohne verbundene Zellen, mit "
        "einem Blatt für die Hinweise.",
        "en": "Every indicator has a data page in plain HTML (definition, the sources of every year, series breaks, downloads). "
        "The Excel files consist of real tables with one header row and no merged cells, with a sheet for the notes.",
    },
    {
        "de": "Die automatische Prüfung mit axe-core (Regeln für WCAG 2.0 und 2.1, Stufen A und AA) findet auf allen Ansichten "
        "keinen Fehler: Voreinstellung, Englisch, jeder Reiter des Vergleichs, Tabelle, Profil, Teilen, eigene Daten, "
        "Präsentation, Telefon und die Datenseiten.",
        "en": "The automatic check with axe-core (rules for WCAG 2.0 and 2.1, levels A and AA) finds no error on any view: "
        "default, English, every comparison tab, table, profile, sharing, your own data, presentation, phone and the data pages.",
    },
    {
        "de": "Eine Erklärung des Atlas in Leichter Sprache.",
        "en": "An explanation of the atlas in easy-to-read language.",
    },
)

#: What is not accessible yet, and the way around it where there is one.
GAPS = (
    {
        "de": "Die lokalen Cluster und die Zonen auf den kleinen Karten des Vergleichs unterscheiden sich auf der Karte nur durch "
        "die Farbe. Ersatz: die Tabelle unter der Karte („Zahlen als Tabelle“) nennt für jeden Ort Cluster oder Klasse, "
        "die Tabellenansicht und das Profil nennen die Zone.",
        "en": "On the comparison's small maps, the local clusters and the zones differ by colour only. Instead: the table "
        "under the map (“Numbers as a table”) names each place's cluster or class; the table view and the profile name its zone.",
    },
    {
        "de": "Der Kontrast von Nicht-Text-Elementen (WCAG 1.4.11) ist für Legendenfelder, Fokusrahmen und Textfelder geprüft, "
        "aber noch nicht für alle Ränder der Auswahllisten, Jahreswahl und Reiter.",
        "en": "Non-text contrast (WCAG 1.4.11) is checked for legend swatches, focus rings and text fields, but not yet for "
        "every border of the dropdowns, the year choice and the tabs.",
    },
    {
        "de": "Geprüft wurde in Chromium. Safari und Firefox, und Bildschirmleser wie NVDA, JAWS oder VoiceOver, wurden noch "
        "nicht systematisch getestet.",
        "en": "Testing was done in Chromium. Safari and Firefox, and screen readers such as NVDA, JAWS or VoiceOver, have not "
        "yet been tested systematically.",
    },
    {
        "de": "Die Online-Hintergrundkarte (OpenStreetMap, ausgeschaltet, bis man sie einschaltet) ist ein Inhalt Dritter und nicht geprüft.",
        "en": "The online base map (OpenStreetMap, off until switched on) is third-party content and has not been checked.",
    },
    {
        "de": "Es gibt noch keine Erklärung in Deutscher Gebärdensprache.",
        "en": "There is no explanation in German Sign Language yet.",
    },
    {
        "de": "Der Atlas wurde noch nicht von Menschen getestet, die einen Bildschirmleser oder eine Vergrößerungssoftware im Alltag nutzen.",
        "en": "The atlas has not yet been tested by people who use a screen reader or magnifier every day.",
    },
    {
        "de": "Der Text in Leichter Sprache wurde noch nicht von einer Prüfgruppe gelesen.",
        "en": "The easy-to-read text has not yet been checked by a group of readers with learning difficulties.",
    },
)

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}
DATE = {"de": "{day}.\u00a0{month} {year}", "en": "{day}\u00a0{month} {year}"}  # day and month on one line

#: What every page has: the frame around its content, the names of the pages in the footer, the placeholder texts.
COMMON = {
    "de": {
        "skip": "Zum Inhalt springen",
        "back": "Zurück zum Atlas",
        "nav": "Über den Atlas",
        "names": {
            "daten/": "Daten und Quellen",
            "barrierefreiheit": "Barrierefreiheit",
            "leichte-sprache": "Leichte Sprache",
            "impressum": "Impressum",
            "datenschutz": "Datenschutz",
        },
        "missing": "Noch nicht eingetragen: der Betreiber setzt {variable} ({what}).",
        "what": {
            "ATLAS_OPERATOR": "Name und Anschrift, Zeilen getrennt durch |",
            "ATLAS_CONTACT_EMAIL": "eine E-Mail-Adresse",
            "ATLAS_PRIVACY_CONTACT": "Kontakt für den Datenschutz, Zeilen getrennt durch |",
        },
        "unknown_language": "Die Sprache „{value}“ gibt es hier nicht; die Seite ist auf Deutsch. Sprachen: {languages}.",
    },
    "en": {
        "skip": "Skip to the content",
        "back": "Back to the atlas",
        "nav": "About the atlas",
        "names": {
            "daten/": "Data and sources",
            "barrierefreiheit": "Accessibility",
            "leichte-sprache": "Easy read",
            "impressum": "Legal notice",
            "datenschutz": "Privacy",
        },
        "missing": "Not filled in yet: the operator sets {variable} ({what}).",
        "what": {
            "ATLAS_OPERATOR": "name and address, lines separated by |",
            "ATLAS_CONTACT_EMAIL": "an e-mail address",
            "ATLAS_PRIVACY_CONTACT": "the privacy contact, lines separated by |",
        },
        "unknown_language": "There is no language “{value}” here; the page is in German. Languages: {languages}.",
    },
}

STATEMENT = {
    "de": {
        "title": "Erklärung zur Barrierefreiheit",
        "intro": "Der Betreiber des Ruhr-Disparitätenatlas möchte, dass alle Menschen den Atlas nutzen können. Diese Erklärung "
        "gilt für den Atlas mit allen Ansichten (Karte, Rangliste, Vergleich, Präsentation, eingebettete Ansichten) und für "
        "die vier Seiten „Barrierefreiheit“, „Leichte Sprache“, „Impressum“ und „Datenschutz“.",
        "standard_heading": "Welche Anforderungen gelten",
        "standard": "Maßstab ist die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), für öffentliche Stellen des "
        "Landes Nordrhein-Westfalen die BITV NRW. Beide verweisen auf die europäische Norm EN 301 549 und damit auf die "
        "Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA.",
        "state_heading": "Stand der Vereinbarkeit",
        "state": "Der Atlas ist mit diesen Anforderungen teilweise vereinbar. Was erfüllt ist und was noch nicht, steht in den "
        "beiden Listen unten.",
        "met_heading": "Was barrierefrei ist",
        "gaps_heading": "Was noch nicht barrierefrei ist",
        "gaps_intro": "Diese Inhalte sind noch nicht barrierefrei. Wo es einen anderen Weg gibt, steht er dabei. Wir arbeiten daran, "
        "die Barrieren zu beseitigen.",
        "method_heading": "Wie diese Erklärung erstellt wurde",
        "method": "Die Erklärung beruht auf einer Selbstbewertung, zuletzt geprüft am {date}. Grundlage sind:",
        "methods": (
            "automatische Prüfungen mit axe-core (Regeln der WCAG 2.0 und 2.1, Stufen A und AA) in einem Chromium-Browser, auf "
            "allen Ansichten des Atlas, bei jeder Änderung des Programms;",
            "ein Tastaturtest, der den Atlas nur mit Tab, Pfeiltasten, Eingabe und Escape bedient: Ort auf der Karte wählen, "
            "Profil lesen, alle Reiter, Export, Präsentation;",
            "Prüfungen von Hand: Überschriften und Reihenfolge, Namen und Beschreibungen für Bildschirmleser, Darstellung auf "
            "Bildschirmen von 390 bis 1920 Pixel Breite.",
        ),
        "method_outside": "Eine Prüfung durch eine unabhängige Stelle (etwa einen BITV-Test) steht noch aus.",
        "feedback_heading": "Barrieren melden: Kontakt",
        "feedback": "Haben Sie eine Barriere gefunden, oder brauchen Sie einen Inhalt des Atlas in einer anderen Form? "
        "Dann schreiben Sie dem Betreiber:",
        "email": "E-Mail",
        "form": "Barriere melden (Formular)",
        "enforcement_heading": "Schlichtungsverfahren",
        "enforcement": (
            "Bekommen Sie auf Ihre Meldung keine zufriedenstellende Antwort, können Sie sich an eine unabhängige Stelle wenden. "
            "Welche zuständig ist, hängt vom Betreiber ab.",
            "Betreibt eine öffentliche Stelle des Landes Nordrhein-Westfalen den Atlas, etwa eine Stadt, ein Kreis oder der "
            "Regionalverband Ruhr, ist es die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen "
            "(§§ 10d und 10e des Behindertengleichstellungsgesetzes NRW). Sie ist bei der oder dem Landesbeauftragten für die "
            "Belange der Menschen mit Behinderung angesiedelt.",
            "Betreibt eine öffentliche Stelle des Bundes den Atlas, ist es die Schlichtungsstelle nach § 16 des "
            "Behindertengleichstellungsgesetzes (BGG) bei der oder dem Beauftragten der Bundesregierung für die Belange von "
            "Menschen mit Behinderungen. Das Schlichtungsverfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.",
        ),
    },
    "en": {
        "title": "Accessibility statement",
        "intro": "The operator of the Ruhr disparity atlas wants everyone to be able to use the atlas. This statement covers the "
        "atlas with all its views (map, ranking, comparison, presentation, embedded views) and the four pages “Accessibility”, "
        "“Easy read”, “Legal notice” and “Privacy”.",
        "standard_heading": "Which requirements apply",
        "standard": "The standard is the German Barrier-free Information Technology Ordinance (BITV 2.0) and, for public bodies of "
        "the state of North Rhine-Westphalia, the BITV NRW. Both refer to the European standard EN 301 549 and so to the "
        "Web Content Accessibility Guidelines (WCAG) 2.1, level AA.",
        "state_heading": "Compliance status",
        "state": "The atlas is partially compliant with these requirements. What is met and what is not yet is listed below.",
        "met_heading": "What is accessible",
        "gaps_heading": "What is not accessible yet",
        "gaps_intro": "These parts are not accessible yet. Where there is another way, it is given. We are working on removing "
        "these barriers.",
        "method_heading": "How this statement was made",
        "method": "The statement is based on a self-assessment, last checked on {date}. It rests on:",
        "methods": (
            "automatic checks with axe-core (the rules of WCAG 2.0 and 2.1, levels A and AA) in a Chromium browser, on every view "
            "of the atlas, with every change to the program;",
            "a keyboard test that uses the atlas with Tab, arrow keys, Enter and Escape only: choosing a place on the map, reading "
            "its profile, every tab, export, presentation;",
            "checks by hand: headings and their order, names and descriptions for screen readers, display on screens from 390 to "
            "1920 pixels wide.",
        ),
        "method_outside": "A check by an independent body (such as a BITV test) has not been made yet.",
        "feedback_heading": "Reporting barriers: contact",
        "feedback": "Have you found a barrier, or do you need part of the atlas in another form? Write to the operator:",
        "email": "E-mail",
        "form": "Report a barrier (form)",
        "enforcement_heading": "Enforcement procedure",
        "enforcement": (
            "If your report does not get a satisfactory answer, you can turn to an independent body. Which one depends on the operator.",
            "If a public body of the state of North Rhine-Westphalia runs the atlas, such as a city, a district or the Regionalverband "
            "Ruhr, it is the Ombudsstelle für barrierefreie Informationstechnik (ombudsman for accessible IT) of North "
            "Rhine-Westphalia (sections 10d and 10e of the NRW disability equality act). It sits with the state's commissioner for "
            "people with disabilities.",
            "If a federal public body runs the atlas, it is the conciliation body under section 16 of the federal disability equality "
            "act (Schlichtungsstelle nach § 16 BGG) with the Federal Government Commissioner for Matters relating to Persons with "
            "Disabilities. The conciliation is free of charge; you need no lawyer.",
        ),
    },
}

#: Leichte Sprache: short sentences, one statement each, one sentence a line, hard words explained, long words split by a dot.
EASY = {
    "de": {
        "title": "Der Atlas in Leichter Sprache",
        "sections": (
            (
                "Worum geht es?",
                (
                    "Das Ruhr·gebiet liegt im Westen von Deutschland.",
                    "Im Ruhr·gebiet gibt es 53 Städte und Gemeinden.",
                    "Manche Menschen dort haben wenig Geld.",
                    "Andere Menschen haben mehr Geld.",
                    "In manchen Orten finden viele Menschen keine Arbeit.",
                    "Der Atlas zeigt diese Unterschiede.",
                    "Ein schweres Wort für Unterschied ist: Disparität.",
                    "Ein Atlas ist ein Buch oder eine Seite mit Karten.",
                ),
            ),
            (
                "Was zeigt die Karte?",
                (
                    "Auf der Karte sehen Sie alle 53 Orte.",
                    "Jeder Ort hat eine Farbe.",
                    "Die Farbe zeigt eine Zahl.",
                    "Zum Beispiel: So viele Menschen haben keine Arbeit.",
                    "Dunkles Rot bedeutet: Hier haben es die Menschen schwerer.",
                    "Manchmal gibt es keine Zahl.",
                    "Dann hat der Ort graue Streifen.",
                ),
            ),
            (
                "Welche Themen gibt es?",
                (
                    "Armut: Wie viele Menschen haben wenig Geld?",
                    "Bildung: Wie viele Kinder schaffen einen Schul·abschluss?",
                    "Arbeit: Wie viele Menschen haben eine Arbeit?",
                    "Geld der Städte: Wie viel Geld hat eine Stadt?",
                    "Projekte: Was tut das Land Nordrhein-Westfalen für das Ruhr·gebiet?",
                ),
            ),
            (
                "Norden und Süden",
                (
                    "Das Ruhr·gebiet hat einen Norden und einen Süden.",
                    "Der Atlas vergleicht den Norden mit dem Süden.",
                    "So sehen Sie: Wie groß ist der Unterschied?",
                    "Und Sie sehen: Wird der Unterschied größer oder kleiner?",
                ),
            ),
            (
                "So benutzen Sie den Atlas",
                (
                    "Unter „Einstellungen“ wählen Sie ein Thema.",
                    "Dann wählen Sie eine Zahl.",
                    "Das schwere Wort dafür ist: Indikator.",
                    "Sie können auch ein Jahr wählen.",
                    "Klicken Sie auf einen Ort in der Karte.",
                    "Dann sehen Sie alle Zahlen für diesen Ort.",
                    "Sie können auch die Tastatur benutzen.",
                    "Mit der Tab·taste kommen Sie zur Karte.",
                    "Mit den Pfeil·tasten gehen Sie von Ort zu Ort.",
                    "Mit der Eingabe·taste wählen Sie einen Ort.",
                ),
            ),
            (
                "Woher kommen die Zahlen?",
                (
                    "Die Zahlen kommen von Ämtern.",
                    "Ämter zählen zum Beispiel: So viele Menschen wohnen in einem Ort.",
                    "Unter jeder Karte steht das Amt.",
                    "Der Atlas erfindet keine Zahlen.",
                ),
            ),
            (
                "Haben Sie eine Frage?",
                (
                    "Ist etwas schwer zu verstehen?",
                    "Oder können Sie etwas nicht benutzen?",
                    "Dann schreiben Sie uns eine E-Mail.",
                ),
            ),
        ),
        "email": "Unsere E-Mail-Adresse:",
    },
    "en": {
        "title": "The atlas in easy read",
        "sections": (
            (
                "What is it about?",
                (
                    "The Ruhr is a region in the west of Germany.",
                    "There are 53 towns and cities in the Ruhr.",
                    "Some people there have little money.",
                    "Other people have more money.",
                    "In some places many people cannot find work.",
                    "The atlas shows these differences.",
                    "A hard word for difference is: disparity.",
                    "An atlas is a book or a page with maps.",
                ),
            ),
            (
                "What does the map show?",
                (
                    "On the map you see all 53 places.",
                    "Each place has a colour.",
                    "The colour shows a number.",
                    "For example: this many people have no work.",
                    "Dark red means: life is harder for people here.",
                    "Sometimes there is no number.",
                    "Then the place has grey stripes.",
                ),
            ),
            (
                "Which topics are there?",
                (
                    "Poverty: how many people have little money?",
                    "Education: how many children finish school?",
                    "Work: how many people have a job?",
                    "Money of the cities: how much money does a city have?",
                    "Projects: what does the state of North Rhine-Westphalia do for the Ruhr?",
                ),
            ),
            (
                "North and south",
                (
                    "The Ruhr has a north and a south.",
                    "The atlas compares the north with the south.",
                    "So you see: how big is the difference?",
                    "And you see: is the difference growing or shrinking?",
                ),
            ),
            (
                "How to use the atlas",
                (
                    "Under “Settings” you choose a topic.",
                    "Then you choose a number.",
                    "The hard word for it is: indicator.",
                    "You can also choose a year.",
                    "Click on a place on the map.",
                    "Then you see all numbers for this place.",
                    "You can also use the keyboard.",
                    "The Tab key takes you to the map.",
                    "The arrow keys take you from place to place.",
                    "The Enter key chooses a place.",
                ),
            ),
            (
                "Where do the numbers come from?",
                (
                    "The numbers come from public offices.",
                    "The offices count things. For example: how many people live in a place.",
                    "Below each map you find the office.",
                    "The atlas does not make up numbers.",
                ),
            ),
            (
                "Do you have a question?",
                (
                    "Is something hard to understand?",
                    "Or can you not use something?",
                    "Then write us an e-mail.",
                ),
            ),
        ),
        "email": "Our e-mail address:",
    },
}

IMPRINT = {
    "de": {
        "title": "Impressum",
        "operator_heading": "Betreiber",
        "operator_note": "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG).",
        "contact_heading": "Kontakt",
        "data_heading": "Daten und Quellen",
        "data": "Alle Zahlen stammen aus amtlichen Veröffentlichungen. Quelle, Jahr und Lizenz stehen an jeder Karte und jedem "
        "Diagramm; ein Wert, den keine Quelle nennt, ist als fehlend gezeigt.",
    },
    "en": {
        "title": "Legal notice",
        "operator_heading": "Operator",
        "operator_note": "Information under section 5 of the German Digital Services Act (DDG).",
        "contact_heading": "Contact",
        "data_heading": "Data and sources",
        "data": "Every number comes from an official publication. Source, year and licence are printed with every map and chart; "
        "a value that no source gives is shown as missing.",
    },
}

PRIVACY = {
    "de": {
        "title": "Datenschutz",
        "short_heading": "Kurz gesagt",
        "short": (
            "Der Atlas setzt keine Cookies.",
            "Es gibt keine Tracker, keine Statistikdienste und keine Werbung.",
            "Die Seiten laden nichts von fremden Servern, solange Sie die Online-Hintergrundkarte nicht einschalten.",
            "Dateien, die Sie hochladen, werden nie gespeichert.",
        ),
        "controller_heading": "Verantwortlich",
        "privacy_contact": "Kontakt für den Datenschutz:",
        "logs_heading": "Was der Server beim Abruf erfährt und protokolliert",
        "logs": (
            "Wenn Ihr Browser eine Seite oder eine Ansicht abruft, erfährt der Server wie jeder Webserver Ihre IP-Adresse, die "
            "Uhrzeit, die abgerufene Adresse mit den Einstellungen der Ansicht und die Kennung Ihres Browsers.",
            "Das Programm des Atlas schreibt davon nichts in eine Datei; es meldet nur Betriebsfehler, ohne IP-Adresse (nur der "
            "Entwicklungsserver für einen Laptop im Workshop, python app.py, zeigt jede Anfrage mit IP-Adresse im Terminal an, "
            "ohne sie zu speichern). Ob der "
            "Webserver vor dem Atlas Zugriffe protokolliert und wie lange, legt der Betreiber fest; solche Protokolle dienen nur "
            "dem sicheren Betrieb und der Fehlersuche.",
            "Damit der Atlas schnell antwortet, merkt sich der Server die Antwort auf eine Ansicht (etwa „Kinderarmut 2021 nach "
            "Kreisen“) in seinem Arbeitsspeicher oder bis zu einem Tag in einem gemeinsamen Speicher (Redis). Gespeichert wird "
            "die Ansicht, nicht, wer sie abgerufen hat.",
        ),
        "uploads_heading": "Eigene Daten hochladen",
        "uploads": "Eine Datei, die Sie unter „Eigene Daten auf der Karte“ hochladen, wird im Arbeitsspeicher gelesen und nie "
        "gespeichert: nicht auf der Festplatte und nicht im Zwischenspeicher der Antworten. Die Werte gehen an Ihren Browser "
        "zurück und liegen dort im Sitzungsspeicher dieses Fensters; schließen Sie es, sind sie gelöscht. Sie stehen in keinem "
        "Link und keinem Export.",
        "exports_heading": "Exporte",
        "exports": "Bilder und Tabellen, die Sie exportieren, entstehen für Ihre Anfrage im Arbeitsspeicher und werden nicht aufbewahrt.",
        "basemap_heading": "Online-Hintergrundkarte",
        "basemap": "Die Hintergrundkarte ist ausgeschaltet. Schalten Sie sie ein (oder öffnen Sie einen Link mit map=1), lädt Ihr "
        "Browser Kartenkacheln vom Server der OpenStreetMap Foundation ({host}). Dieser Server erfährt Ihre IP-Adresse und die "
        "Adresse des Atlas (nur den Namen der Website). Dafür gilt die Datenschutzerklärung der OpenStreetMap Foundation.",
        "rights_heading": "Rechtsgrundlage und Ihre Rechte",
        "rights": (
            "Die Daten beim Abruf sind nötig, um den Atlas auszuliefern und sicher zu betreiben (Art. 6 Abs. 1 Buchst. e DSGVO "
            "bei öffentlichen Stellen, sonst Buchst. f).",
            "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch "
            "(Art. 15 bis 21 DSGVO) und das Recht, sich bei einer Aufsichtsbehörde für den Datenschutz zu beschweren "
            "(Art. 77 DSGVO); in Nordrhein-Westfalen ist das die Landesbeauftragte für Datenschutz und Informationsfreiheit.",
        ),
    },
    "en": {
        "title": "Privacy",
        "short_heading": "In short",
        "short": (
            "The atlas sets no cookies.",
            "There are no trackers, no analytics and no advertising.",
            "The pages load nothing from other servers unless you switch on the online base map.",
            "Files you upload are never stored.",
        ),
        "controller_heading": "Controller",
        "privacy_contact": "Privacy contact:",
        "logs_heading": "What the server learns and logs",
        "logs": (
            "When your browser fetches a page or a view, the server, like every web server, learns your IP address, the time, the "
            "address fetched with the view's settings and your browser's identification.",
            "The atlas's program writes none of this to a file; it reports only operating errors, without IP addresses (only the "
            "development server for a laptop in a workshop, python app.py, shows each request with its IP address in the terminal, "
            "without storing it). Whether "
            "the web server in front of the atlas logs requests, and for how long, is up to the operator; such logs serve only "
            "safe operation and finding faults.",
            "To answer quickly, the server keeps the answer to a view (such as “child poverty 2021 by district”) in its memory, "
            "or for up to a day in a shared store (Redis). It keeps the view, not who asked for it.",
        ),
        "uploads_heading": "Uploading your own data",
        "uploads": "A file you upload under “Your own data on the map” is read in memory and never stored: not on disk and not in "
        "the store of answers. The values go back to your browser and stay in this window's session storage; closing the window "
        "deletes them. They are in no link and no export.",
        "exports_heading": "Exports",
        "exports": "Images and tables you export are made in memory for your request and not kept.",
        "basemap_heading": "Online base map",
        "basemap": "The base map is off. If you switch it on (or open a link with map=1), your browser loads map tiles from the "
        "OpenStreetMap Foundation's server ({host}). That server learns your IP address and the atlas's address (the site's name "
        "only). The OpenStreetMap Foundation's privacy policy applies.",
        "rights_heading": "Legal basis and your rights",
        "rights": (
            "The data of a request are needed to deliver the atlas and run it safely (Art. 6(1)(e) GDPR for public bodies, "
            "otherwise Art. 6(1)(f)).",
            "You have the right of access, rectification, erasure, restriction of processing and objection (Art. 15 to 21 GDPR) "
            "and the right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR); in North "
            "Rhine-Westphalia this is the state commissioner for data protection and freedom of information.",
        ),
    },
}
