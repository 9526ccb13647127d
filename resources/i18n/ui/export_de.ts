<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ExportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation>Bewertungsbögen exportieren</translation>
    </message>
    <message>
        <source>Preparing case %1 of %2…</source>
        <translation>Fall %1 von %2 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Seite %1 wird umbrochen…</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print scorecards — %1</source>
        <translation>Bewertungsbögen drucken — %1</translation>
    </message>
    <message>
        <source>Print scorecards — %1 cases</source>
        <translation>Bewertungsbögen drucken — %1 Fälle</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>SavedFileOffer</name>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 files in %2</source>
        <translation>%1 Dateien gespeichert in %2</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Im Ordner &amp;zeigen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>%1 in seinem Ordner zeigen</translation>
    </message>
    <message>
        <source>Open %1 with the program your system uses for it</source>
        <translation>%1 mit dem Programm öffnen, das Ihr System dafür verwendet</translation>
    </message>
    <message>
        <source>Open the folder %1</source>
        <translation>Den Ordner %1 öffnen</translation>
    </message>
    <message>
        <source> Alt+%1 opens it, Alt+%2 shows its folder.</source>
        <translation> Alt+%1 öffnet sie, Alt+%2 zeigt ihren Ordner.</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>PDF s&amp;peichern…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Word document…</source>
        <translation>Word-Dokument s&amp;peichern…</translation>
    </message>
    <message>
        <source>Sa&amp;ve PNG images…</source>
        <translation>PNG-Bilder s&amp;peichern…</translation>
    </message>
    <message>
        <source>Export scorecards — %1 cases</source>
        <translation>Bewertungsbögen exportieren — %1 Fälle</translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation>Bewertungsbögen exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF for reading and filing, Word for a memo (editable tables), PNG images for slides</source>
        <translation>PDF zum Lesen und Ablegen, Word für einen Vermerk (bearbeitbare Tabellen), PNG-Bilder für Folien</translation>
    </message>
    <message>
        <source>PDF/A (for th&amp;e record)</source>
        <translation>PDF/A (für die Ablag&amp;e)</translation>
    </message>
    <message>
        <source>PDF/A (for the record)</source>
        <translation>PDF/A (für die Ablage)</translation>
    </message>
    <message>
        <source>PDF/A-1b, as records systems ask for: fonts embedded, title, author, subject (the case) and keywords (the technology field) in the file</source>
        <translation>PDF/A-1b, wie es Ablagesysteme verlangen: eingebettete Schriften, Titel, Autor, Betreff (der Fall) und Schlagwörter (der Technologiebereich) in der Datei</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>The language of the scorecards' labels, headings and legends; the cases' own texts stay as written</source>
        <translation>Die Sprache der Beschriftungen, Überschriften und Legenden der Bewertungsbögen; die Texte der Fälle bleiben, wie sie geschrieben wurden</translation>
    </message>
    <message>
        <source>Conte&amp;xt (summary, China's dependency, key facts)</source>
        <translation>&amp;Kontext (Zusammenfassung, Abhängigkeit Chinas, wichtige Fakten)</translation>
    </message>
    <message>
        <source>The summary, China's dependency and the key facts entered on Basics, before Scorecard 1</source>
        <translation>Die Zusammenfassung, die Abhängigkeit Chinas und die wichtigen Fakten aus den Grunddaten, vor dem Bewertungsbogen 1</translation>
    </message>
    <message>
        <source>&amp;Rationale texts</source>
        <translation>&amp;Begründungstexte</translation>
    </message>
    <message>
        <source>&amp;Leverage factors</source>
        <translation>Faktoren der &amp;Hebelwirkung</translation>
    </message>
    <message>
        <source>&amp;Overrides with reasons</source>
        <translation>&amp;Abweichungen mit Gründen</translation>
    </message>
    <message>
        <source>&amp;History summary</source>
        <translation>&amp;Verlaufsübersicht</translation>
    </message>
    <message>
        <source>&amp;Workshop tallies and decisions</source>
        <translation>&amp;Workshop-Auszählungen und -Beschlüsse</translation>
    </message>
    <message>
        <source>For cases assessed in a workshop: the room's counts per question, how split it was, the decisions with reasons, and the decision log</source>
        <translation>Für Fälle, die in einem Workshop bewertet wurden: die Auszählungen des Raums je Frage, die Streuung, die Beschlüsse mit Gründen und das Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Portfolio &amp;figures of these cases</source>
        <translation>Portfolio-Abbildungen dieser Fä&amp;lle</translation>
    </message>
    <message>
        <source>The six cross-case figures (strength map, types, feasibility, leverage, substitutability × spillover, instruments) after the scorecards, in the PDF</source>
        <translation>Die sechs fallübergreifenden Abbildungen (Stärkenkarte, Arten, Machbarkeit, Hebelwirkung, Substituierbarkeit × Spillover-Schäden, Instrumente) nach den Bewertungsbögen, im PDF</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of the images for slides, in dots per inch</source>
        <translation>Auflösung der Bilder für Folien, in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>Forma&amp;t:</source>
        <translation>Forma&amp;t:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the document:</source>
        <translation>&amp;Sprache des Dokuments:</translation>
    </message>
    <message>
        <source>Also include:</source>
        <translation>Außerdem aufnehmen:</translation>
    </message>
    <message>
        <source>I&amp;mages for slides:</source>
        <translation>B&amp;ilder für Folien:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The scorecards as they will be saved; the status line says how many pages.</source>
        <translation>Die Bewertungsbögen, wie sie gespeichert werden; die Statuszeile nennt die Zahl der Seiten.</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>A print preview of these pages, with the options chosen here</source>
        <translation>Eine Druckvorschau dieser Seiten mit den hier gewählten Optionen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Kein Banner</translation>
    </message>
    <message>
        <source>A handling marking printed in bold at the top and bottom of every page, exactly as typed; choose one or type your own</source>
        <translation>Ein Verschlusssachen- oder Verteilungsvermerk, fett oben und unten auf jeder Seite gedruckt, genau wie eingegeben; wählen Sie einen oder geben Sie Ihren eigenen ein</translation>
    </message>
    <message>
        <source>&amp;Sources and confidence</source>
        <translation>&amp;Quellen und Konfidenz</translation>
    </message>
    <message>
        <source>Per rating: its value, how confident the assessors are and every source cited (flagged when all are older than the age chosen on the Review step, 3 years by default)</source>
        <translation>Je Bewertung: ihr Wert, die Konfidenz der Bewertenden und jede zitierte Quelle (markiert, wenn alle älter sind als das im Schritt Überprüfung gewählte Alter, standardmäßig 3 Jahre)</translation>
    </message>
    <message>
        <source>Dissent &amp;notes</source>
        <translation>Abweichende &amp;Meinungen</translation>
    </message>
    <message>
        <source>The views the group did not follow, with the rating they concern</source>
        <translation>Die Ansichten, denen die Gruppe nicht gefolgt ist, mit der betroffenen Bewertung</translation>
    </message>
    <message>
        <source>&amp;Changes since snapshot:</source>
        <translation>Än&amp;derungen seit Momentaufnahme:</translation>
    </message>
    <message>
        <source>Snapshot to compare with</source>
        <translation>Momentaufnahme zum Vergleich</translation>
    </message>
    <message>
        <source>Compare with a named snapshot of the case</source>
        <translation>Mit einer benannten Momentaufnahme des Falls vergleichen</translation>
    </message>
    <message>
        <source>Only for one case at a time</source>
        <translation>Nur für jeweils einen Fall</translation>
    </message>
    <message>
        <source>This case has no snapshots yet</source>
        <translation>Dieser Fall hat noch keine Momentaufnahmen</translation>
    </message>
    <message>
        <source>&amp;Banner:</source>
        <translation>Banne&amp;r:</translation>
    </message>
    <message>
        <source>Sn&amp;apshot:</source>
        <translation>M&amp;omentaufnahme:</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) shown (preview: the first %1 cases). Text in the PDF and the Word document is selectable; fonts are embedded in the PDF.</source>
        <translation>
            <numerusform>%n Seite angezeigt (Vorschau: die ersten %1 Fälle). Text im PDF und im Word-Dokument ist auswählbar; die Schriften sind im PDF eingebettet.</numerusform>
            <numerusform>%n Seiten angezeigt (Vorschau: die ersten %1 Fälle). Text im PDF und im Word-Dokument ist auswählbar; die Schriften sind im PDF eingebettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) shown. Text in the PDF and the Word document is selectable; fonts are embedded in the PDF.</source>
        <translation>
            <numerusform>%n Seite angezeigt. Text im PDF und im Word-Dokument ist auswählbar; die Schriften sind im PDF eingebettet.</numerusform>
            <numerusform>%n Seiten angezeigt. Text im PDF und im Word-Dokument ist auswählbar; die Schriften sind im PDF eingebettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save scorecards</source>
        <translation>Bewertungsbögen speichern</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Folder for the images</source>
        <translation>Ordner für die Bilder</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving the PDF/A…</source>
        <translation>PDF/A wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF wird gespeichert…</translation>
    </message>
    <message>
        <source>Word export is not available: %1</source>
        <translation>Der Word-Export ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Saving the Word document…</source>
        <translation>Word-Dokument wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s) in %1</source>
        <translation>
            <numerusform>%n Bild gespeichert in %1</numerusform>
            <numerusform>%n Bilder gespeichert in %1</numerusform>
        </translation>
    </message>
</context>
</TS>