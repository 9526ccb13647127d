<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AmbitionPage</name>
        <message>
            <source>Use all four suggestions</source>
            <translation>Appliquer les quatre suggestions</translation>
        </message>
        <message>
            <source>Trade-off: %1</source>
            <translation>Arbitrage : %1</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>The level Europe should aim for in this niche (usually a feasible one).</source>
            <translation>Le niveau que l'Europe devrait viser dans cette niche (en général un niveau réalisable).</translation>
        </message>
        <message>
            <source>Level of ambition chosen</source>
            <translation>Niveau d'ambition retenu</translation>
        </message>
        <message>
            <source>Choose level of ambition</source>
            <translation>Choisir le niveau d'ambition</translation>
        </message>
        <message>
            <source>Strategic entanglement ↔ autonomy</source>
            <translation>Imbrication stratégique ↔ autonomie</translation>
        </message>
        <message>
            <source>Balance between strategic entanglement and autonomy</source>
            <translation>Équilibre entre imbrication stratégique et autonomie</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear the balance</source>
            <translation>Effacer l'équilibre</translation>
        </message>
        <message>
            <source>Clear balance</source>
            <translation>Effacer l'équilibre</translation>
        </message>
        <message>
            <source>Entanglement</source>
            <translation>Imbrication</translation>
        </message>
        <message>
            <source>Why this level? What would it cost Europe, and what would change the assessment?</source>
            <translation>Pourquoi ce niveau ? Que coûterait-il à l'Europe, et qu'est-ce qui changerait l'évaluation ?</translation>
        </message>
        <message>
            <source>Ambition: rationale</source>
            <translation>Ambition : justification</translation>
        </message>
        <message>
            <source>Edit ambition rationale</source>
            <translation>Modifier la justification de l'ambition</translation>
        </message>
        <message>
            <source>Feasibility of %1</source>
            <translation>Faisabilité (%1)</translation>
        </message>
        <message>
            <source>Accept suggested feasibility</source>
            <translation>Accepter la faisabilité suggérée</translation>
        </message>
        <message>
            <source>Set entanglement–autonomy balance</source>
            <translation>Régler l'équilibre imbrication–autonomie</translation>
        </message>
        <message>
            <source>Not set yet: move the slider to place this case between the poles.</source>
            <translation>Pas encore défini : déplacez le curseur pour situer ce cas entre les deux pôles.</translation>
        </message>
        <message>
            <source>%1% entanglement · %2% autonomy</source>
            <translation>%1 % imbrication · %2 % autonomie</translation>
        </message>
    </context>
    <context>
        <name>BasicsPage</name>
        <message>
            <source>e.g. Lithography for semiconductor front-end production</source>
            <translation>p. ex. Lithographie pour la fabrication frontale de semi-conducteurs</translation>
        </message>
        <message>
            <source>e.g. Semiconductors</source>
            <translation>p. ex. Semi-conducteurs</translation>
        </message>
        <message>
            <source>What the niche is and where Europe's edge lies</source>
            <translation>Ce qu'est la niche et où réside l'avance de l'Europe</translation>
        </message>
        <message>
            <source>What China cannot get elsewhere, and from whom it buys</source>
            <translation>Ce que la Chine ne peut obtenir ailleurs, et auprès de qui elle achète</translation>
        </message>
        <message>
            <source>One fact per line: market shares, figures, key firms</source>
            <translation>Un fait par ligne : parts de marché, chiffres, entreprises clés</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Ministry, unit or organisation</source>
            <translation>Ministère, service ou organisation</translation>
        </message>
        <message>
            <source>Who should act</source>
            <translation>Qui devrait agir</translation>
        </message>
        <message>
            <source>Who should act: %1</source>
            <translation>Qui devrait agir : %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Technology area</source>
            <translation>Domaine technologique</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>China's dependency</source>
            <translation>Dépendance de la Chine</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Faits clés</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Évalué par</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Who should act:</source>
            <translation>&amp;Qui devrait agir :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>Technology &amp;area:</source>
            <translation>&amp;Domaine technologique :</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Résumé :</translation>
        </message>
        <message>
            <source>&amp;China's dependency:</source>
            <translation>Dépendance de la &amp;Chine :</translation>
        </message>
        <message>
            <source>&amp;Key facts:</source>
            <translation>&amp;Faits clés :</translation>
        </message>
        <message>
            <source>Assessed &amp;by:</source>
            <translation>Évalué p&amp;ar :</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Everything is saved as you type. The title cannot be empty.</source>
            <translation>Tout est enregistré au fil de la saisie. Le titre ne peut pas être vide.</translation>
        </message>
        <message>
            <source>Edit technology area</source>
            <translation>Modifier le domaine technologique</translation>
        </message>
        <message>
            <source>Edit summary</source>
            <translation>Modifier le résumé</translation>
        </message>
        <message>
            <source>Edit China's dependency</source>
            <translation>Modifier la dépendance de la Chine</translation>
        </message>
        <message>
            <source>Edit key facts</source>
            <translation>Modifier les faits clés</translation>
        </message>
        <message>
            <source>Edit author</source>
            <translation>Modifier l'auteur</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Modifier l'organisation</translation>
        </message>
        <message>
            <source>Tick who should act: %1</source>
            <translation>Cocher qui devrait agir : %1</translation>
        </message>
        <message>
            <source>Untick who should act: %1</source>
            <translation>Décocher qui devrait agir : %1</translation>
        </message>
        <message>
            <source>Rename case</source>
            <translation>Renommer le cas</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <source>Review</source>
            <translation>Relecture</translation>
        </message>
        <message>
            <source>← All cases</source>
            <translation>← Tous les cas</translation>
        </message>
        <message>
            <source>Back to the case list (Esc). Everything is already saved.</source>
            <translation>Retour à la liste des cas (Échap). Tout est déjà enregistré.</translation>
        </message>
        <message>
            <source>Back to the case list (Esc). Some changes are not saved yet.</source>
            <translation>Retour à la liste des cas (Échap). Certaines modifications ne sont pas encore enregistrées.</translation>
        </message>
        <message>
            <source>This is a reference case from the DPC 2024 report: it is read-only.</source>
            <translation>Ceci est un cas de référence du rapport DPC 2024 : il est en lecture seule.</translation>
        </message>
        <message>
            <source>You may read this team database but not change it.</source>
            <translation>Vous pouvez lire cette base d'équipe, mais pas la modifier.</translation>
        </message>
        <message>
            <source>This database is open in another window, so it is read-only here.</source>
            <translation>Cette base de données est ouverte dans une autre fenêtre ; elle est donc en lecture seule ici.</translation>
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation>Dupliquer pour modifier</translation>
        </message>
        <message>
            <source>Retry Now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Save the kept changes now</source>
            <translation>Enregistrer maintenant les modifications conservées</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>Re&amp;lecture</translation>
        </message>
        <message>
            <source>Page %1 of %2  ·  Ctrl+PgUp / Ctrl+PgDown to move between steps</source>
            <translation>Page %1 sur %2  ·  Ctrl+Pg préc / Ctrl+Pg suiv pour changer d'étape</translation>
        </message>
        <message numerus="yes">
            <source>Not saved yet: %n change(s) of this case.</source>
            <translation>
                <numerusform>Pas encore enregistrée : %n modification de ce cas.</numerusform>
                <numerusform>Pas encore enregistrées : %n modifications de ce cas.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you close it now, they are kept only in %1 (File ▸ Import brings them back).</source>
            <translation>Si vous le fermez maintenant, elles ne seront conservées que dans %1 (Fichier ▸ Importer les reprend).</translation>
        </message>
        <message>
            <source>Keep Waiting</source>
            <translation>Continuer d'attendre</translation>
        </message>
        <message>
            <source>Close Anyway</source>
            <translation>Fermer quand même</translation>
        </message>
        <message>
            <source>Not saved yet: %1</source>
            <translation>Pas encore enregistré : %1</translation>
        </message>
        <message>
            <source>Your changes are kept here and in %1, and saved in order as soon as the database can be reached.</source>
            <translation>Vos modifications sont conservées ici et dans %1, et seront enregistrées dans l'ordre dès que la base de données sera joignable.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Pas encore enregistré</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complète</translation>
        </message>
        <message>
            <source>Not complete yet: open it to see what is missing</source>
            <translation>Pas encore complète : ouvrez-la pour voir ce qui manque</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <source>Not rated</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>%1 (%2 opens the evidence).</source>
            <translation>%1 (%2 ouvre les éléments de preuve).</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>Rating (in the wizard)</source>
            <translation>Évaluation (dans l'assistant)</translation>
        </message>
        <message>
            <source>Left / Right or Up / Down</source>
            <translation>Gauche / Droite ou Haut / Bas</translation>
        </message>
        <message>
            <source>Choose the previous or next value</source>
            <translation>Choisir la valeur précédente ou suivante</translation>
        </message>
        <message>
            <source>Home / End</source>
            <translation>Début / Fin</translation>
        </message>
        <message>
            <source>Choose the first or the last value</source>
            <translation>Choisir la première ou la dernière valeur</translation>
        </message>
        <message>
            <source>1 … 9</source>
            <translation>1 … 9</translation>
        </message>
        <message>
            <source>Choose a value by its place: 1 is the first value shown</source>
            <translation>Choisir une valeur par sa position : 1 est la première valeur affichée</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Choose the value in focus; on the chosen value, clear the rating</source>
            <translation>Choisir la valeur active ; sur la valeur choisie, effacer l'évaluation</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Suppr</translation>
        </message>
        <message>
            <source>Clear the rating (where a rating may be empty)</source>
            <translation>Effacer l'évaluation (là où elle peut rester vide)</translation>
        </message>
        <message>
            <source>Open the evidence behind the rating (sources, confidence, dissent)</source>
            <translation>Ouvrir les éléments de preuve de l'évaluation (sources, confiance, désaccord)</translation>
        </message>
        <message>
            <source>Case editor</source>
            <translation>Éditeur de cas</translation>
        </message>
        <message>
            <source>Ctrl+PgDown / Ctrl+PgUp</source>
            <translation>Ctrl+Pg suiv / Ctrl+Pg préc</translation>
        </message>
        <message>
            <source>Next or previous step</source>
            <translation>Étape suivante ou précédente</translation>
        </message>
        <message>
            <source>Up / Down (in the step list)</source>
            <translation>Haut / Bas (dans la liste des étapes)</translation>
        </message>
        <message>
            <source>Open another step; Tab goes into the page</source>
            <translation>Ouvrir une autre étape ; Tab entre dans la page</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>Close the case (it is saved as you go)</source>
            <translation>Fermer le cas (il est enregistré au fur et à mesure)</translation>
        </message>
    </context>
    <context>
        <name>LeveragePage</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Set %1</source>
            <translation>Réglage : %1</translation>
        </message>
        <message>
            <source>Degree of European leverage</source>
            <translation>Degré de levier européen</translation>
        </message>
        <message>
            <source>Rationale and sources</source>
            <translation>Justification et sources</translation>
        </message>
        <message>
            <source>Why these ratings? Name your sources.</source>
            <translation>Pourquoi ces évaluations ? Citez vos sources.</translation>
        </message>
        <message>
            <source>Leverage: rationale and sources</source>
            <translation>Levier : justification et sources</translation>
        </message>
        <message>
            <source>Edit leverage rationale</source>
            <translation>Modifier la justification du levier</translation>
        </message>
        <message>
            <source>Tick %1</source>
            <translation>Cocher « %1 »</translation>
        </message>
        <message>
            <source>Untick %1</source>
            <translation>Décocher « %1 »</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceMark</name>
        <message>
            <source>Provenance: %1</source>
            <translation>Provenance : %1</translation>
        </message>
    </context>
    <context>
        <name>StrengthPage</name>
        <message>
            <source>Source of strength?</source>
            <translation>Source de force ?</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Likelihood of an edge in 10 years</source>
            <translation>Probabilité d'une avance dans 10 ans</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>%1: source of strength</source>
            <translation>%1 : source de force</translation>
        </message>
        <message>
            <source>%1: stance</source>
            <translation>%1 : orientation</translation>
        </message>
        <message>
            <source>%1: likelihood</source>
            <translation>%1 : probabilité</translation>
        </message>
        <message>
            <source>Types of strength</source>
            <translation>Types de force</translation>
        </message>
        <message>
            <source>Tick every type that describes Europe's edge.</source>
            <translation>Cochez chaque type qui décrit l'avance de l'Europe.</translation>
        </message>
        <message>
            <source>Rationale and sources</source>
            <translation>Justification et sources</translation>
        </message>
        <message>
            <source>Why these ratings? Name your sources (studies, market data, interviews).</source>
            <translation>Pourquoi ces évaluations ? Citez vos sources (études, données de marché, entretiens).</translation>
        </message>
        <message>
            <source>Strength: rationale and sources</source>
            <translation>Force : justification et sources</translation>
        </message>
        <message>
            <source>Edit strength rationale</source>
            <translation>Modifier la justification de la force</translation>
        </message>
        <message>
            <source>Set %1: source of strength</source>
            <translation>Source de force : %1</translation>
        </message>
        <message>
            <source>Set %1: stance</source>
            <translation>Orientation : %1</translation>
        </message>
        <message>
            <source>Set %1: likelihood</source>
            <translation>Probabilité : %1</translation>
        </message>
        <message>
            <source>Tick %1</source>
            <translation>Cocher « %1 »</translation>
        </message>
        <message>
            <source>Untick %1</source>
            <translation>Décocher « %1 »</translation>
        </message>
    </context>
    <context>
        <name>SuggestionPanel</name>
        <message>
            <source>Use suggestion</source>
            <translation>Appliquer la suggestion</translation>
        </message>
        <message>
            <source>Suggestion for %1</source>
            <translation>Suggestion : %1</translation>
        </message>
        <message>
            <source>Use the suggestion for %1</source>
            <translation>Appliquer la suggestion : %1</translation>
        </message>
        <message>
            <source>No suggestion yet.</source>
            <translation>Pas encore de suggestion.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt; %1 — not rated yet</source>
            <translation>&lt;b&gt;Suggéré :&lt;/b&gt; %1 — pas encore évalué</translation>
        </message>
        <message>
            <source>Suggested: %1 — not rated yet.</source>
            <translation>Suggéré : %1 — pas encore évalué.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt; %1 — your rating agrees</source>
            <translation>&lt;b&gt;Suggéré :&lt;/b&gt; %1 — votre évaluation concorde</translation>
        </message>
        <message>
            <source>Suggested: %1 — your rating agrees.</source>
            <translation>Suggéré : %1 — votre évaluation concorde.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Suggéré :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Suggested: %1.</source>
            <translation>Suggéré : %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your rating differs.&lt;/b&gt; Reason given: “%1”</source>
            <translation>&lt;b&gt;Votre évaluation diffère.&lt;/b&gt; Motif indiqué : « %1 »</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>WhyNotPanel</name>
        <message>
            <source>Why not one level higher</source>
            <translation>Pourquoi pas un niveau plus haut</translation>
        </message>
        <message>
            <source>For each level of ambition: what keeps the suggested feasibility where it is, and what it would take to raise it one step.</source>
            <translation>Pour chaque niveau d'ambition : ce qui maintient la faisabilité suggérée là où elle est, et ce qu'il faudrait pour l'élever d'un cran.</translation>
        </message>
        <message>
            <source>Every level is already suggested as highly feasible.</source>
            <translation>Chaque niveau est déjà suggéré comme hautement réalisable.</translation>
        </message>
        <message>
            <source>(no single reason recorded)</source>
            <translation>(aucune raison unique enregistrée)</translation>
        </message>
        <message>
            <source>no suggestion yet</source>
            <translation>pas encore de suggestion</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: %2 — not %3</source>
            <translation>%1 : %2 — pas %3</translation>
        </message>
        <message>
            <source>because:</source>
            <translation>car :</translation>
        </message>
        <message>
            <source>It would take:</source>
            <translation>Il faudrait :</translation>
        </message>
    </context>
    <context>
        <name>WizardPage</name>
        <message>
            <source>Step 3 · Level of ambition</source>
            <translation>Étape 3 · Niveau d'ambition</translation>
        </message>
        <message>
            <source>How feasible is each level of ambition? %1 Each suggestion builds on the strength and leverage you rated; choose the level Europe should aim for.</source>
            <translation>Quelle est la faisabilité de chaque niveau d'ambition ? %1 Chaque suggestion s'appuie sur la force et le levier que vous avez évalués ; choisissez le niveau que l'Europe devrait viser.</translation>
        </message>
        <message>
            <source>Basics</source>
            <translation>Informations de base</translation>
        </message>
        <message>
            <source>Name the technology niche and say, in a few sentences, what it is and how China depends, or could come to depend, on Europe in it.</source>
            <translation>Nommez la niche technologique et dites, en quelques phrases, ce qu'elle est et comment la Chine dépend, ou pourrait en venir à dépendre, de l'Europe dans cette niche.</translation>
        </message>
        <message>
            <source>Step 2 · Leverage</source>
            <translation>Étape 2 · Levier</translation>
        </message>
        <message>
            <source>Strength is necessary but not sufficient for leverage. Rate each factor that decides how far Europe's strength gives it leverage over China; the degree of leverage is then suggested from them.</source>
            <translation>La force est nécessaire mais pas suffisante pour disposer d'un levier. Évaluez chaque facteur qui détermine dans quelle mesure la force de l'Europe lui donne un levier sur la Chine ; le degré de levier est ensuite suggéré à partir de ces facteurs.</translation>
        </message>
        <message>
            <source>%1 — likelihood</source>
            <translation>%1 — probabilité</translation>
        </message>
        <message>
            <source>%1 — feasibility</source>
            <translation>%1 — faisabilité</translation>
        </message>
        <message>
            <source>Legend of the provenance marks</source>
            <translation>Légende des marques de provenance</translation>
        </message>
        <message>
            <source>Set %1</source>
            <translation>Réglage : %1</translation>
        </message>
        <message>
            <source>Accept suggested %1</source>
            <translation>Suggestion acceptée : %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Éléments de preuve pour %1</translation>
        </message>
        <message>
            <source>Step 1 · Technological strength</source>
            <translation>Étape 1 · Force technologique</translation>
        </message>
        <message>
            <source>Which pillars carry Europe's edge over China in this niche, should Europe maintain it or regain / develop it, and how likely is Europe to hold the edge in 10 years?</source>
            <translation>Quels piliers portent l'avance de l'Europe sur la Chine dans cette niche, l'Europe doit-elle la maintenir ou la reconquérir / développer, et quelle est la probabilité que l'Europe conserve cette avance dans 10 ans ?</translation>
        </message>
    </context>
    <context>
        <name>_LevelEntry</name>
        <message>
            <source>Hide the reasons</source>
            <translation>Masquer les raisons</translation>
        </message>
        <message>
            <source>Show why, and what it would take</source>
            <translation>Montrer pourquoi, et ce qu'il faudrait</translation>
        </message>
    </context>
    <context>
        <name>CaseEditorController</name>
        <message>
            <source>Undo and redo wait until the changes kept here are saved.</source>
            <translation>Annuler et rétablir attendent que les modifications conservées ici soient enregistrées.</translation>
        </message>
    </context>
</TS>
