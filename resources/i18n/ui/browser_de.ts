<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>CaseBrowser</name>
    <message>
        <source>Search title, area, rating, status…  (Ctrl+F)</source>
        <translation>Titel, Bereich, Bewertung, Status suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Title, area, rating, status or id; Down goes to the first case found</source>
        <translation>Titel, Bereich, Bewertung, Status oder Kennung; Pfeil nach unten führt zum ersten gefundenen Fall</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Enter opens the selected case; Tab moves on to its summary</source>
        <translation>Eingabe öffnet den ausgewählten Fall; Tab wechselt zu seiner Zusammenfassung</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Zusammenfassung des Falls</translation>
    </message>
    <message>
        <source>Select a case to see its assessment.</source>
        <translation>Wählen Sie einen Fall, um seine Bewertung zu sehen.</translation>
    </message>
    <message>
        <source>No cases match the search.</source>
        <translation>Kein Fall entspricht der Suche.</translation>
    </message>
    <message>
        <source>No cases here yet.</source>
        <translation>Hier gibt es noch keine Fälle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 von %n Fall</numerusform>
            <numerusform>%1 von %n Fällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Reference library</source>
        <translation>Referenzbibliothek</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>How this reference case was read</source>
        <translation>Wie dieser Referenzfall gelesen wurde</translation>
    </message>
    <message>
        <source>No technology area yet</source>
        <translation>Noch kein Technologiebereich</translation>
    </message>
    <message>
        <source>Reference case · chapter %1</source>
        <translation>Referenzfall · Kapitel %1</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Ihr Fall</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 steps complete)</source>
        <translation>%1 (%2 von %3 Schritten abgeschlossen)</translation>
    </message>
    <message>
        <source>Who should act: %1</source>
        <translation>Wer handeln sollte: %1</translation>
    </message>
    <message>
        <source>Chapter by %1.</source>
        <translation>Kapitel von %1.</translation>
    </message>
    <message>
        <source>%1, chapter %2.</source>
        <translation>%1, Kapitel %2.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Read-only reference case: use Duplicate to Edit for an editable copy.</source>
        <translation>Schreibgeschützter Referenzfall: Mit „Zum Bearbeiten duplizieren“ erhalten Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>China's dependency.</source>
        <translation>Abhängigkeit Chinas.</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Wichtige Fakten</translation>
    </message>
    <message>
        <source>Assessed by %1</source>
        <translation>Bewertet von %1</translation>
    </message>
    <message>
        <source>Not a source of strength</source>
        <translation>Keine Quelle der Stärke</translation>
    </message>
    <message>
        <source>%1 likelihood</source>
        <translation>Wahrscheinlichkeit: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1% entanglement · %2% autonomy</source>
        <translation>%1 % Verflechtung · %2 % Autonomie</translation>
    </message>
    <message>
        <source>Entanglement ↔ autonomy</source>
        <translation>Verflechtung ↔ Autonomie</translation>
    </message>
    <message>
        <source>Level of ambition (feasibility within 10 years)</source>
        <translation>Ambitionsniveau (Machbarkeit innerhalb von 10 Jahren)</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>noch keine gewählt</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Technology area</source>
        <translation>Technologiebereich</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Hebelwirkung</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Reference case from the DPC 2024 report (read-only)</source>
        <translation>Referenzfall aus dem DPC-Bericht 2024 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Ihr Fall</translation>
    </message>
    <message>
        <source>The chapter names no preferred level of ambition</source>
        <translation>Das Kapitel nennt kein bevorzugtes Ambitionsniveau</translation>
    </message>
    <message>
        <source>Level of ambition recorded for this chapter: %1
The summary marks whether the report states it or we read it from the chapter</source>
        <translation>Für dieses Kapitel festgehaltenes Ambitionsniveau: %1
Die Zusammenfassung zeigt, ob der Bericht es nennt oder wir es aus dem Kapitel erschlossen haben</translation>
    </message>
    <message>
        <source>Chosen level of ambition: %1</source>
        <translation>Gewähltes Ambitionsniveau: %1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Case list</source>
        <translation>Fallliste</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Pfeil nach unten (im Suchfeld)</translation>
    </message>
    <message>
        <source>Go to the first case found, selected</source>
        <translation>Zum ersten gefundenen Fall, ausgewählt</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Leave the list for the case summary (Shift+Tab: back to the search box)</source>
        <translation>Die Liste verlassen, zur Zusammenfassung des Falls (Umschalt+Tab: zurück zum Suchfeld)</translation>
    </message>
</context>
</TS>