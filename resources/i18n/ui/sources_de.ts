<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Keys</name>
    <message>
        <source>Source library</source>
        <translation>Quellenbibliothek</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Pfeil nach unten (im Suchfeld)</translation>
    </message>
    <message>
        <source>Go to the first source found</source>
        <translation>Zur ersten gefundenen Quelle</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Search title, publisher, reference or note…</source>
        <translation>Titel, Herausgeber, Referenz oder Notiz suchen…</translation>
    </message>
    <message>
        <source>Search the source library</source>
        <translation>Quellenbibliothek durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) matching “%1”</source>
        <translation><numerusform>%n Quelle passt zu „%1“</numerusform><numerusform>%n Quellen passen zu „%1“</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in the library</source>
        <translation><numerusform>%n Quelle in der Bibliothek</numerusform><numerusform>%n Quellen in der Bibliothek</numerusform></translation>
    </message>
    <message>
        <source>No source matches “%1”.</source>
        <translation>Keine Quelle passt zu „%1“.</translation>
    </message>
    <message>
        <source>Add sources from the library</source>
        <translation>Quellen aus der Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Select one or more sources (Ctrl+click for several), then Add.</source>
        <translation>Wählen Sie eine oder mehrere Quellen (Strg+Klick für mehrere), dann Hinzufügen.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The library is empty: use New source… to write the first one.</source>
        <translation>Die Bibliothek ist leer: Mit „Neue Quelle…“ erfassen Sie die erste.</translation>
    </message>
    <message>
        <source>Already cited for this rating.</source>
        <translation>Für diese Bewertung bereits zitiert.</translation>
    </message>
    <message>
        <source>Source Library</source>
        <translation>Quellenbibliothek</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Neue Quelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Every study, report or interview cited as evidence for a rating. %1</source>
        <translation>Jede Studie, jeder Bericht und jedes Interview, die als Beleg für eine Bewertung zitiert werden. %1</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>Die Bibliothek ist leer.</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from the source library?</source>
        <translation>„%1“ aus der Quellenbibliothek löschen?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023, 2023-05 or 2023-05-17)</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT (z. B. 2023, 2023-05 oder 2023-05-17)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (e.g. 2024-03-12)</source>
        <translation>JJJJ-MM-TT (z. B. 2024-03-12)</translation>
    </message>
    <message>
        <source>Cases keep their own copy of each source they cite: changing an entry here changes what new citations get, not what cases already say.</source>
        <translation>Fälle behalten ihre eigene Kopie jeder zitierten Quelle: Eine Änderung hier betrifft künftige Zitate, nicht das, was Fälle bereits enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as %2.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als %2.</translation>
    </message>
    <message>
        <source>“%1” is not a real date (check the month and day): write it as %2.</source>
        <translation>„%1“ ist kein gültiges Datum (Monat und Tag prüfen): Schreiben Sie es als %2.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Herausgeber: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Accessed: %1</source>
        <translation>Abgerufen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Title of the study, report, article or interview (required)</source>
        <translation>Titel der Studie, des Berichts, Artikels oder Interviews (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Citation, DOI or link text (shown, never opened)</source>
        <translation>Zitat, DOI oder Linktext (angezeigt, nie geöffnet)</translation>
    </message>
    <message>
        <source>e.g. European Commission, Fraunhofer ISI</source>
        <translation>z. B. Europäische Kommission, Fraunhofer ISI</translation>
    </message>
    <message>
        <source>Optional. Written as %1.</source>
        <translation>Optional. Geschrieben als %1.</translation>
    </message>
    <message>
        <source>Optional: when you last looked at it, written as %1.</source>
        <translation>Optional: wann Sie sie zuletzt eingesehen haben, geschrieben als %1.</translation>
    </message>
    <message>
        <source>What in it supports the rating (page, table, quote)</source>
        <translation>Was darin die Bewertung stützt (Seite, Tabelle, Zitat)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reference or link:</source>
        <translation>&amp;Referenz oder Link:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Abgerufen:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Zitiert von</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n Fall</numerusform><numerusform>%n Fällen</numerusform></translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>nicht zitiert</translation>
    </message>
</context>
</TS>