<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Keys</name>
    <message>
        <source>Portfolio data table</source>
        <translation>Tableau de données du portefeuille</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the case of the row (a row for several cases offers them in a menu)</source>
        <translation>Ouvrir le cas de la ligne (une ligne de plusieurs cas les propose dans un menu)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Quitter le tableau</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Show the first … sixth chart</source>
        <translation>Afficher le premier … sixième graphique</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show the chart's data as a table, or the chart again</source>
        <translation>Afficher les données du graphique sous forme de tableau, ou de nouveau le graphique</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+-</source>
        <translation>Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <source>Larger or smaller text and markers (for a projector)</source>
        <translation>Texte et marqueurs plus grands ou plus petits (pour un projecteur)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Retour à la liste des cas</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Strength map</source>
        <translation>Carte des forces</translation>
    </message>
    <message>
        <source>Types of strength</source>
        <translation>Types de force</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Substitutability × spillover</source>
        <translation>Substituabilité × ricochet</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <source>Reference library</source>
        <translation>Bibliothèque de référence</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes cas</translation>
    </message>
    <message>
        <source>Selected cases</source>
        <translation>Cas sélectionnés</translation>
    </message>
    <message>
        <source>Click a marker, bar or row to open its case; hover for details. Ctrl+T: the data as a table.</source>
        <translation>Cliquez sur un marqueur, une barre ou une ligne pour ouvrir son cas ; survolez pour les détails. Ctrl+T : les données sous forme de tableau.</translation>
    </message>
    <message>
        <source>Return or a double click on a row opens its case. Ctrl+T: back to the chart.</source>
        <translation>Entrée ou un double-clic sur une ligne ouvre son cas. Ctrl+T : retour au graphique.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Tous les cas</translation>
    </message>
    <message>
        <source>Back to the case list (Esc)</source>
        <translation>Retour à la liste des cas (Échap)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Cases to show</source>
        <translation>Cas à afficher</translation>
    </message>
    <message>
        <source>Technology area</source>
        <translation>Domaine technologique</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Text and markers for a projector (Ctrl++ / Ctrl+-)</source>
        <translation>Texte et marqueurs pour un projecteur (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this chart as PNG (for slides and memos) or SVG (for editing)</source>
        <translation>Enregistrer ce graphique en PNG (pour diapositives et notes) ou en SVG (pour le retoucher)</translation>
    </message>
    <message>
        <source>Data Table</source>
        <translation>Tableau de données</translation>
    </message>
    <message>
        <source>Show this chart's data as a table, where Return opens a row's case (Ctrl+T)</source>
        <translation>Afficher les données de ce graphique sous forme de tableau, où Entrée ouvre le cas d'une ligne (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>selected cases</source>
        <translation>cas sélectionnés</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Les cas n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Selected cases (%1)</source>
        <translation>Cas sélectionnés (%1)</translation>
    </message>
    <message>
        <source>All technology areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>%1: data table</source>
        <translation>%1 : tableau de données</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Le graphique n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
</TS>