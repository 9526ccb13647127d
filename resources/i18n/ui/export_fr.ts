<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ExportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation>Exporter les fiches d'évaluation</translation>
    </message>
    <message>
        <source>Preparing case %1 of %2…</source>
        <translation>Préparation du cas %1 sur %2…</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Mise en page de la page %1…</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>Dessin de la page %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print scorecards — %1</source>
        <translation>Imprimer les fiches d'évaluation — %1</translation>
    </message>
    <message>
        <source>Print scorecards — %1 cases</source>
        <translation>Imprimer les fiches d'évaluation — %1 cas</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>SavedFileOffer</name>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1 files in %2</source>
        <translation>%1 fichiers enregistrés dans %2</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in Fol&amp;der</source>
        <translation>Affic&amp;her dans le dossier</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>Afficher %1 dans son dossier</translation>
    </message>
    <message>
        <source>Open %1 with the program your system uses for it</source>
        <translation>Ouvrir %1 avec le programme que votre système utilise pour ce fichier</translation>
    </message>
    <message>
        <source>Open the folder %1</source>
        <translation>Ouvrir le dossier %1</translation>
    </message>
    <message>
        <source> Alt+%1 opens it, Alt+%2 shows its folder.</source>
        <translation> Alt+%1 l'ouvre, Alt+%2 affiche son dossier.</translation>
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
        <translation>Images PNG</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>En&amp;registrer le PDF…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Word document…</source>
        <translation>En&amp;registrer le document Word…</translation>
    </message>
    <message>
        <source>Sa&amp;ve PNG images…</source>
        <translation>En&amp;registrer les images PNG…</translation>
    </message>
    <message>
        <source>Export scorecards — %1 cases</source>
        <translation>Exporter les fiches d'évaluation — %1 cas</translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation>Exporter les fiches d'évaluation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF for reading and filing, Word for a memo (editable tables), PNG images for slides</source>
        <translation>PDF pour la lecture et l'archivage, Word pour une note (tableaux modifiables), images PNG pour des diapositives</translation>
    </message>
    <message>
        <source>PDF/A (for th&amp;e record)</source>
        <translation>PDF/A (pour l'archivag&amp;e)</translation>
    </message>
    <message>
        <source>PDF/A (for the record)</source>
        <translation>PDF/A (pour l'archivage)</translation>
    </message>
    <message>
        <source>PDF/A-1b, as records systems ask for: fonts embedded, title, author, subject (the case) and keywords (the technology field) in the file</source>
        <translation>PDF/A-1b, comme l'exigent les systèmes d'archivage : polices incorporées, titre, auteur, sujet (le cas) et mots-clés (le domaine technologique) dans le fichier</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>The language of the scorecards' labels, headings and legends; the cases' own texts stay as written</source>
        <translation>La langue des libellés, titres et légendes des fiches d'évaluation ; les textes des cas restent tels qu'ils ont été écrits</translation>
    </message>
    <message>
        <source>Conte&amp;xt (summary, China's dependency, key facts)</source>
        <translation>Conte&amp;xte (résumé, dépendance de la Chine, faits essentiels)</translation>
    </message>
    <message>
        <source>The summary, China's dependency and the key facts entered on Basics, before Scorecard 1</source>
        <translation>Le résumé, la dépendance de la Chine et les faits essentiels saisis dans Informations de base, avant la Fiche d'évaluation 1</translation>
    </message>
    <message>
        <source>&amp;Rationale texts</source>
        <translation>&amp;Justifications</translation>
    </message>
    <message>
        <source>&amp;Leverage factors</source>
        <translation>Facteurs de le&amp;vier</translation>
    </message>
    <message>
        <source>&amp;Overrides with reasons</source>
        <translation>Déro&amp;gations et leurs motifs</translation>
    </message>
    <message>
        <source>&amp;History summary</source>
        <translation>Résumé de l'histori&amp;que</translation>
    </message>
    <message>
        <source>&amp;Workshop tallies and decisions</source>
        <translation>Décomptes et décisions de l'&amp;atelier</translation>
    </message>
    <message>
        <source>For cases assessed in a workshop: the room's counts per question, how split it was, the decisions with reasons, and the decision log</source>
        <translation>Pour les cas évalués en atelier : les décomptes de la salle par question, leur dispersion, les décisions et leurs motifs, et le journal des décisions</translation>
    </message>
    <message>
        <source>Portfolio &amp;figures of these cases</source>
        <translation>&amp;Figures du portefeuille de ces cas</translation>
    </message>
    <message>
        <source>The six cross-case figures (strength map, types, feasibility, leverage, substitutability × spillover, instruments) after the scorecards, in the PDF</source>
        <translation>Les six figures transversales (carte des forces, types, faisabilité, levier, substituabilité × dommages par ricochet, instruments) après les fiches d'évaluation, dans le PDF</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution of the images for slides, in dots per inch</source>
        <translation>Résolution des images pour diapositives, en points par pouce</translation>
    </message>
    <message>
        <source>Forma&amp;t:</source>
        <translation>Forma&amp;t :</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Ta&amp;ille de page :</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the document:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>Also include:</source>
        <translation>Inclure aussi :</translation>
    </message>
    <message>
        <source>I&amp;mages for slides:</source>
        <translation>I&amp;mages pour diapositives :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The scorecards as they will be saved; the status line says how many pages.</source>
        <translation>Les fiches d'évaluation telles qu'elles seront enregistrées ; la ligne d'état indique le nombre de pages.</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>A print preview of these pages, with the options chosen here</source>
        <translation>Un aperçu avant impression de ces pages, avec les options choisies ici</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Aucun bandeau</translation>
    </message>
    <message>
        <source>A handling marking printed in bold at the top and bottom of every page, exactly as typed; choose one or type your own</source>
        <translation>Une mention de diffusion imprimée en gras en haut et en bas de chaque page, exactement telle que saisie ; choisissez-en une ou saisissez la vôtre</translation>
    </message>
    <message>
        <source>&amp;Sources and confidence</source>
        <translation>&amp;Sources et degré de confiance</translation>
    </message>
    <message>
        <source>Per rating: its value, how confident the assessors are and every source cited (flagged when all are older than the age chosen on the Review step, 3 years by default)</source>
        <translation>Pour chaque évaluation : sa valeur, le degré de confiance des évaluateurs et chaque source citée (signalée lorsque toutes sont plus anciennes que l'âge choisi à l'étape Revue, 3 ans par défaut)</translation>
    </message>
    <message>
        <source>Dissent &amp;notes</source>
        <translation>Avis &amp;divergents</translation>
    </message>
    <message>
        <source>The views the group did not follow, with the rating they concern</source>
        <translation>Les avis que le groupe n'a pas suivis, avec l'évaluation qu'ils concernent</translation>
    </message>
    <message>
        <source>&amp;Changes since snapshot:</source>
        <translation>Modifi&amp;cations depuis l'instantané :</translation>
    </message>
    <message>
        <source>Snapshot to compare with</source>
        <translation>Instantané de comparaison</translation>
    </message>
    <message>
        <source>Compare with a named snapshot of the case</source>
        <translation>Comparer avec un instantané nommé du cas</translation>
    </message>
    <message>
        <source>Only for one case at a time</source>
        <translation>Seulement pour un cas à la fois</translation>
    </message>
    <message>
        <source>This case has no snapshots yet</source>
        <translation>Ce cas n'a pas encore d'instantané</translation>
    </message>
    <message>
        <source>&amp;Banner:</source>
        <translation>&amp;Bandeau :</translation>
    </message>
    <message>
        <source>Sn&amp;apshot:</source>
        <translation>I&amp;nstantané :</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) shown (preview: the first %1 cases). Text in the PDF and the Word document is selectable; fonts are embedded in the PDF.</source>
        <translation>
            <numerusform>%n page affichée (aperçu : les %1 premiers cas). Le texte du PDF et du document Word est sélectionnable ; les polices sont incorporées dans le PDF.</numerusform>
            <numerusform>%n pages affichées (aperçu : les %1 premiers cas). Le texte du PDF et du document Word est sélectionnable ; les polices sont incorporées dans le PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) shown. Text in the PDF and the Word document is selectable; fonts are embedded in the PDF.</source>
        <translation>
            <numerusform>%n page affichée. Le texte du PDF et du document Word est sélectionnable ; les polices sont incorporées dans le PDF.</numerusform>
            <numerusform>%n pages affichées. Le texte du PDF et du document Word est sélectionnable ; les polices sont incorporées dans le PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save scorecards</source>
        <translation>Enregistrer les fiches d'évaluation</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Folder for the images</source>
        <translation>Dossier pour les images</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Saving the PDF/A…</source>
        <translation>Enregistrement du PDF/A…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
    <message>
        <source>Word export is not available: %1</source>
        <translation>L'export Word n'est pas disponible : %1</translation>
    </message>
    <message>
        <source>Saving the Word document…</source>
        <translation>Enregistrement du document Word…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s) in %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
</TS>