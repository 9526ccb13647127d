<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Keys</name>
    <message>
        <source>Portfolio data table</source>
        <translation>Datentabelle des Portfolios</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the case of the row (a row for several cases offers them in a menu)</source>
        <translation>Den Fall der Zeile öffnen (eine Zeile für mehrere Fälle bietet sie in einem Menü an)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Die Tabelle verlassen</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Show the first … sixth chart</source>
        <translation>Das erste … sechste Diagramm zeigen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Strg+T</translation>
    </message>
    <message>
        <source>Show the chart's data as a table, or the chart again</source>
        <translation>Die Daten des Diagramms als Tabelle zeigen, oder wieder das Diagramm</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+-</source>
        <translation>Strg++ / Strg+-</translation>
    </message>
    <message>
        <source>Larger or smaller text and markers (for a projector)</source>
        <translation>Größere oder kleinere Schrift und Markierungen (für einen Projektor)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Zurück zur Fallliste</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Strength map</source>
        <translation>Stärkenkarte</translation>
    </message>
    <message>
        <source>Types of strength</source>
        <translation>Arten der Stärke</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Hebelwirkung</translation>
    </message>
    <message>
        <source>Substitutability × spillover</source>
        <translation>Substituierbarkeit × Spillover</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
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
    <message>
        <source>Selected cases</source>
        <translation>Ausgewählte Fälle</translation>
    </message>
    <message>
        <source>Click a marker, bar or row to open its case; hover for details. Ctrl+T: the data as a table.</source>
        <translation>Klicken Sie auf eine Markierung, einen Balken oder eine Zeile, um den Fall zu öffnen; für Details darüberfahren. Strg+T: die Daten als Tabelle.</translation>
    </message>
    <message>
        <source>Return or a double click on a row opens its case. Ctrl+T: back to the chart.</source>
        <translation>Eingabe oder ein Doppelklick auf eine Zeile öffnet ihren Fall. Strg+T: zurück zum Diagramm.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Alle Fälle</translation>
    </message>
    <message>
        <source>Back to the case list (Esc)</source>
        <translation>Zurück zur Fallliste (Esc)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Cases to show</source>
        <translation>Anzuzeigende Fälle</translation>
    </message>
    <message>
        <source>Technology area</source>
        <translation>Technologiebereich</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Text and markers for a projector (Ctrl++ / Ctrl+-)</source>
        <translation>Schrift und Markierungen für einen Projektor (Strg++ / Strg+-)</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as PNG (for slides and memos) or SVG (for editing)</source>
        <translation>Dieses Diagramm als PNG (für Folien und Vermerke) oder SVG (zum Bearbeiten) speichern</translation>
    </message>
    <message>
        <source>Data Table</source>
        <translation>Datentabelle</translation>
    </message>
    <message>
        <source>Show this chart's data as a table, where Return opens a row's case (Ctrl+T)</source>
        <translation>Die Daten dieses Diagramms als Tabelle zeigen, in der die Eingabetaste den Fall einer Zeile öffnet (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>selected cases</source>
        <translation>ausgewählte Fälle</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Die Fälle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Selected cases (%1)</source>
        <translation>Ausgewählte Fälle (%1)</translation>
    </message>
    <message>
        <source>All technology areas</source>
        <translation>Alle Technologiebereiche</translation>
    </message>
    <message>
        <source>%1: data table</source>
        <translation>%1: Datentabelle</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Das Diagramm wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
</TS>