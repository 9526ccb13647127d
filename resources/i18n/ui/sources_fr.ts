<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Keys</name>
    <message>
        <source>Source library</source>
        <translation>Bibliothèque de sources</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Bas (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Go to the first source found</source>
        <translation>Aller à la première source trouvée</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Search title, publisher, reference or note…</source>
        <translation>Rechercher titre, éditeur, référence ou note…</translation>
    </message>
    <message>
        <source>Search the source library</source>
        <translation>Rechercher dans la bibliothèque de sources</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) matching “%1”</source>
        <translation><numerusform>%n source correspondant à « %1 »</numerusform><numerusform>%n sources correspondant à « %1 »</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in the library</source>
        <translation><numerusform>%n source dans la bibliothèque</numerusform><numerusform>%n sources dans la bibliothèque</numerusform></translation>
    </message>
    <message>
        <source>No source matches “%1”.</source>
        <translation>Aucune source ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Add sources from the library</source>
        <translation>Ajouter des sources de la bibliothèque</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Select one or more sources (Ctrl+click for several), then Add.</source>
        <translation>Sélectionnez une ou plusieurs sources (Ctrl+clic pour plusieurs), puis Ajouter.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The library is empty: use New source… to write the first one.</source>
        <translation>La bibliothèque est vide : utilisez Nouvelle source… pour saisir la première.</translation>
    </message>
    <message>
        <source>Already cited for this rating.</source>
        <translation>Déjà citée pour cette évaluation.</translation>
    </message>
    <message>
        <source>Source Library</source>
        <translation>Bibliothèque de sources</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Nouvelle source…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Every study, report or interview cited as evidence for a rating. %1</source>
        <translation>Chaque étude, rapport ou entretien cité comme élément de preuve d'une évaluation. %1</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La bibliothèque est vide.</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete “%1” from the source library?</source>
        <translation>Supprimer « %1 » de la bibliothèque de sources ?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>« %1 » ajoutée.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimée : %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023, 2023-05 or 2023-05-17)</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ (p. ex. 2023, 2023-05 ou 2023-05-17)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (e.g. 2024-03-12)</source>
        <translation>AAAA-MM-JJ (p. ex. 2024-03-12)</translation>
    </message>
    <message>
        <source>Cases keep their own copy of each source they cite: changing an entry here changes what new citations get, not what cases already say.</source>
        <translation>Les cas conservent leur propre copie de chaque source qu'ils citent : modifier une entrée ici change ce que recevront les nouvelles citations, pas ce que les cas disent déjà.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as %2.</source>
        <translation>« %1 » n'est pas une date : écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>“%1” is not a real date (check the month and day): write it as %2.</source>
        <translation>« %1 » n'est pas une date réelle (vérifiez le mois et le jour) : écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Éditeur : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Accessed: %1</source>
        <translation>Consultée le : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Title of the study, report, article or interview (required)</source>
        <translation>Titre de l'étude, du rapport, de l'article ou de l'entretien (obligatoire)</translation>
    </message>
    <message>
        <source>Citation, DOI or link text (shown, never opened)</source>
        <translation>Citation, DOI ou texte du lien (affiché, jamais ouvert)</translation>
    </message>
    <message>
        <source>e.g. European Commission, Fraunhofer ISI</source>
        <translation>p. ex. Commission européenne, Fraunhofer ISI</translation>
    </message>
    <message>
        <source>Optional. Written as %1.</source>
        <translation>Facultatif. Sous la forme %1.</translation>
    </message>
    <message>
        <source>Optional: when you last looked at it, written as %1.</source>
        <translation>Facultatif : quand vous l'avez consultée pour la dernière fois, sous la forme %1.</translation>
    </message>
    <message>
        <source>What in it supports the rating (page, table, quote)</source>
        <translation>Ce qui y étaye l'évaluation (page, tableau, citation)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Reference or link:</source>
        <translation>&amp;Référence ou lien :</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Éditeur :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Consultée le :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Une source doit avoir un titre.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n cas</numerusform><numerusform>%n cas</numerusform></translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>non citée</translation>
    </message>
</context>
</TS>