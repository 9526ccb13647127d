<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CaseBrowser</name>
    <message>
        <source>Search title, area, rating, status…  (Ctrl+F)</source>
        <translation>Rechercher titre, domaine, évaluation, statut…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des cas</translation>
    </message>
    <message>
        <source>Title, area, rating, status or id; Down goes to the first case found</source>
        <translation>Titre, domaine, évaluation, statut ou identifiant ; Bas mène au premier cas trouvé</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Enter opens the selected case; Tab moves on to its summary</source>
        <translation>Entrée ouvre le cas sélectionné ; Tab passe à son résumé</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du cas</translation>
    </message>
    <message>
        <source>Select a case to see its assessment.</source>
        <translation>Sélectionnez un cas pour voir son évaluation.</translation>
    </message>
    <message>
        <source>No cases match the search.</source>
        <translation>Aucun cas ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No cases here yet.</source>
        <translation>Aucun cas ici pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 sur %n cas</numerusform>
            <numerusform>%1 sur %n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
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
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>How this reference case was read</source>
        <translation>Comment ce cas de référence a été lu</translation>
    </message>
    <message>
        <source>No technology area yet</source>
        <translation>Pas encore de domaine technologique</translation>
    </message>
    <message>
        <source>Reference case · chapter %1</source>
        <translation>Cas de référence · chapitre %1</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Votre cas</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 steps complete)</source>
        <translation>%1 (%2 étapes sur %3 terminées)</translation>
    </message>
    <message>
        <source>Who should act: %1</source>
        <translation>Qui doit agir : %1</translation>
    </message>
    <message>
        <source>Chapter by %1.</source>
        <translation>Chapitre rédigé par %1.</translation>
    </message>
    <message>
        <source>%1, chapter %2.</source>
        <translation>%1, chapitre %2.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Read-only reference case: use Duplicate to Edit for an editable copy.</source>
        <translation>Cas de référence en lecture seule : utilisez Dupliquer pour modifier afin d'en obtenir une copie modifiable.</translation>
    </message>
    <message>
        <source>China's dependency.</source>
        <translation>Dépendance de la Chine.</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Faits essentiels</translation>
    </message>
    <message>
        <source>Assessed by %1</source>
        <translation>Évalué par %1</translation>
    </message>
    <message>
        <source>Not a source of strength</source>
        <translation>Pas une source de force</translation>
    </message>
    <message>
        <source>%1 likelihood</source>
        <translation>Probabilité : %1</translation>
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
        <source>%1% entanglement · %2% autonomy</source>
        <translation>%1 % d'imbrication · %2 % d'autonomie</translation>
    </message>
    <message>
        <source>Entanglement ↔ autonomy</source>
        <translation>Imbrication ↔ autonomie</translation>
    </message>
    <message>
        <source>Level of ambition (feasibility within 10 years)</source>
        <translation>Niveau d'ambition (faisabilité d'ici 10 ans)</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>aucun choisi pour l'instant</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Technology area</source>
        <translation>Domaine technologique</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Reference case from the DPC 2024 report (read-only)</source>
        <translation>Cas de référence du rapport DPC 2024 (lecture seule)</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Votre cas</translation>
    </message>
    <message>
        <source>The chapter names no preferred level of ambition</source>
        <translation>Le chapitre ne désigne aucun niveau d'ambition préféré</translation>
    </message>
    <message>
        <source>Level of ambition recorded for this chapter: %1
The summary marks whether the report states it or we read it from the chapter</source>
        <translation>Niveau d'ambition retenu pour ce chapitre : %1
Le résumé indique si le rapport l'énonce ou si nous l'avons déduit du chapitre</translation>
    </message>
    <message>
        <source>Chosen level of ambition: %1</source>
        <translation>Niveau d'ambition retenu : %1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Dernière modification : %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Case list</source>
        <translation>Liste des cas</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Bas (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Go to the first case found, selected</source>
        <translation>Aller au premier cas trouvé, sélectionné</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Leave the list for the case summary (Shift+Tab: back to the search box)</source>
        <translation>Quitter la liste pour le résumé du cas (Maj+Tab : retour au champ de recherche)</translation>
    </message>
</context>
</TS>