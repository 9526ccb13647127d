<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AnalysisPages</name>
        <message>
            <source>Open case</source>
            <translation>Ouvrir le cas</translation>
        </message>
        <message>
            <source>That case no longer exists.</source>
            <translation>Ce cas n'existe plus.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Select %1 to %2 cases in the list to compare them.</source>
            <translation>Sélectionnez %1 à %2 cas dans la liste pour les comparer.</translation>
        </message>
        <message>
            <source>The selected cases could not be read.</source>
            <translation>Les cas sélectionnés n'ont pas pu être lus.</translation>
        </message>
    </context>
    <context>
        <name>BackupRestore</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer depuis une sauvegarde</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>Il n'existe encore aucune sauvegarde de cette base de données.</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Rien n'a été modifié : %1</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the previous file is kept as %2</source>
            <translation>Sauvegarde du %1 restaurée ; le fichier précédent est conservé sous le nom %2</translation>
        </message>
    </context>
    <context>
        <name>CaseDialogs</name>
        <message>
            <source>Restored the snapshot as a new case.</source>
            <translation>Instantané restauré comme nouveau cas.</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Reference cases are read-only. Duplicate it (Ctrl+D) and run the workshop on the copy.</source>
            <translation>Les cas de référence sont en lecture seule. Dupliquez-le (Ctrl+D) et menez l'atelier sur la copie.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>An unexpected error occurred. Your saved work is safe; you can carry on.</source>
            <translation>Une erreur inattendue s'est produite. Votre travail enregistré est en sécurité ; vous pouvez continuer.</translation>
        </message>
        <message>
            <source>%1

Details were written to:
%2</source>
            <translation>%1

Les détails ont été écrits dans :
%2</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;System language (%1)</source>
            <translation>Langue du &amp;système (%1)</translation>
        </message>
        <message>
            <source>The language of the interface, from the next start</source>
            <translation>La langue de l'interface, à partir du prochain démarrage</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>LiveUpdates</name>
        <message>
            <source>%1 changed “%2”.</source>
            <translation>%1 a modifié « %2 ».</translation>
        </message>
        <message>
            <source>%1 changed “%2” in “%3”.</source>
            <translation>%1 a modifié « %2 » dans « %3 ».</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New Case…</source>
            <translation>&amp;Nouveau cas…</translation>
        </message>
        <message>
            <source>Start a new assessment</source>
            <translation>Commencer une nouvelle évaluation</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected case in the assessment wizard</source>
            <translation>Ouvrir le cas sélectionné dans l'assistant d'évaluation</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Du&amp;plicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>Make an editable copy of the selected case</source>
            <translation>Faire une copie modifiable du cas sélectionné</translation>
        </message>
        <message>
            <source>Ren&amp;ame…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>Rename the selected case</source>
            <translation>Renommer le cas sélectionné</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Delete the selected cases</source>
            <translation>Supprimer les cas sélectionnés</translation>
        </message>
        <message>
            <source>&amp;Import Cases…</source>
            <translation>&amp;Importer des cas…</translation>
        </message>
        <message>
            <source>Import case files (.json)</source>
            <translation>Importer des fichiers de cas (.json)</translation>
        </message>
        <message>
            <source>&amp;Export Case…</source>
            <translation>&amp;Exporter le cas…</translation>
        </message>
        <message>
            <source>Save the selected case as a case file</source>
            <translation>Enregistrer le cas sélectionné comme fichier de cas</translation>
        </message>
        <message>
            <source>Export &amp;Scorecards…</source>
            <translation>Exporter les &amp;fiches d'évaluation…</translation>
        </message>
        <message>
            <source>Preview and save Scorecards 1 and 2 as PDF, Word or PNG</source>
            <translation>Prévisualiser et enregistrer les fiches d'évaluation 1 et 2 en PDF, Word ou PNG</translation>
        </message>
        <message>
            <source>Export Scorecards of &amp;All Cases…</source>
            <translation>Exporter les fiches d'évaluation de &amp;tous les cas…</translation>
        </message>
        <message>
            <source>One PDF with a contents page and a bookmark per case</source>
            <translation>Un seul PDF avec une table des matières et un signet par cas</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primer…</translation>
        </message>
        <message>
            <source>Print the scorecards of the open or selected cases, with a preview of the pages</source>
            <translation>Imprimer les fiches d'évaluation du cas ouvert ou des cas sélectionnés, avec un aperçu des pages</translation>
        </message>
        <message>
            <source>&amp;Copy Scorecard</source>
            <translation>&amp;Copier la fiche d'évaluation</translation>
        </message>
        <message>
            <source>Copy the case's scorecards: tables for Word or Outlook, a picture for slides</source>
            <translation>Copier les fiches d'évaluation du cas : des tableaux pour Word ou Outlook, une image pour les diapositives</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>Restaurer depuis une &amp;sauvegarde…</translation>
        </message>
        <message>
            <source>Replace the database with one of its automatic backups</source>
            <translation>Remplacer la base de données par l'une de ses sauvegardes automatiques</translation>
        </message>
        <message>
            <source>Connect to &amp;Team Database…</source>
            <translation>Se connecter à une &amp;base d'équipe…</translation>
        </message>
        <message>
            <source>Work on your unit's shared case base on a PostgreSQL server: type or pick its address</source>
            <translation>Travailler sur les cas partagés de votre unité, sur un serveur PostgreSQL : saisissez ou choisissez son adresse</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Quit the application</source>
            <translation>Quitter l'application</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Rec&amp;hercher</translation>
        </message>
        <message>
            <source>Search the case list</source>
            <translation>Rechercher dans la liste des cas</translation>
        </message>
        <message>
            <source>&amp;About %1</source>
            <translation>À &amp;propos de %1</translation>
        </message>
        <message>
            <source>Version and the method's citation</source>
            <translation>Version et citation de la méthode</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>The method in plain words, opened at the part about what you are doing</source>
            <translation>La méthode en termes simples, ouverte à la partie qui concerne ce que vous faites</translation>
        </message>
        <message>
            <source>&amp;Keyboard Reference</source>
            <translation>&amp;Référence clavier</translation>
        </message>
        <message>
            <source>Every key of the app, made from its menus and widgets</source>
            <translation>Toutes les touches de l'application, tirées de ses menus et de ses éléments d'interface</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>&amp;Portefeuille</translation>
        </message>
        <message>
            <source>The report's cross-case figures for all, reference, your or the selected cases</source>
            <translation>Les figures transversales du rapport pour tous les cas, les cas de référence, vos cas ou les cas sélectionnés</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparer</translation>
        </message>
        <message>
            <source>Compare 2 to 4 selected cases side by side, step by step</source>
            <translation>Comparer 2 à 4 cas sélectionnés côte à côte, étape par étape</translation>
        </message>
        <message>
            <source>Start &amp;Workshop</source>
            <translation>Lancer l'&amp;atelier</translation>
        </message>
        <message>
            <source>Run the assessment of the selected or open case with a room, on a projector</source>
            <translation>Mener l'évaluation du cas sélectionné ou ouvert avec une salle, sur un projecteur</translation>
        </message>
        <message>
            <source>S&amp;napshots…</source>
            <translation>&amp;Instantanés…</translation>
        </message>
        <message>
            <source>Take, open, restore and compare named snapshots of the selected or open case</source>
            <translation>Prendre, ouvrir, restaurer et comparer des instantanés nommés du cas sélectionné ou ouvert</translation>
        </message>
        <message>
            <source>What C&amp;hanged…</source>
            <translation>Ce qui a c&amp;hangé…</translation>
        </message>
        <message>
            <source>What changed in the selected or open case since a snapshot, and why</source>
            <translation>Ce qui a changé dans le cas sélectionné ou ouvert depuis un instantané, et pourquoi</translation>
        </message>
        <message>
            <source>Source &amp;Library…</source>
            <translation>&amp;Bibliothèque de sources…</translation>
        </message>
        <message>
            <source>The sources cited as evidence, shared by every case: search, correct, remove</source>
            <translation>Les sources citées comme éléments de preuve, communes à tous les cas : rechercher, corriger, retirer</translation>
        </message>
        <message>
            <source>What Would &amp;Flip It…</source>
            <translation>Ce qui la ferait &amp;basculer…</translation>
        </message>
        <message>
            <source>Which single change would change the suggested leverage or a level's feasibility</source>
            <translation>Quel changement unique modifierait le levier suggéré ou la faisabilité d'un niveau</translation>
        </message>
        <message>
            <source>Show all cases</source>
            <translation>Afficher tous les cas</translation>
        </message>
        <message>
            <source>Show my cases</source>
            <translation>Afficher mes cas</translation>
        </message>
        <message>
            <source>Show reference library</source>
            <translation>Afficher la bibliothèque de référence</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Analyse</source>
            <translation>A&amp;nalyse</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>New Case</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Export Case</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Fiches d'évaluation</translation>
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation>Autres boutons de la barre d'outils</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (lecture seule)</translation>
        </message>
        <message>
            <source>Du&amp;plicate to Edit</source>
            <translation>&amp;Dupliquer pour modifier</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nouveau cas</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Échec de l'importation</translation>
        </message>
        <message>
            <source>%1

Nothing was imported.</source>
            <translation>%1

Rien n'a été importé.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n case(s).</source>
            <translation>
                <numerusform>%n cas importé.</numerusform>
                <numerusform>%n cas importés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>New here? Press F1 for the guide: the method in plain words, and every key.</source>
            <translation>Nouveau ici ? Appuyez sur F1 pour le guide : la méthode en termes simples, et toutes les touches.</translation>
        </message>
        <message>
            <source>The database could not be written: %1</source>
            <translation>La base de données n'a pas pu être écrite : %1</translation>
        </message>
    </context>
    <context>
        <name>RecoveredEdits</name>
        <message>
            <source>The kept edits were discarded.</source>
            <translation>Les modifications conservées ont été abandonnées.</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n edit(s), kept since %2</source>
            <translation>
                <numerusform>« %1 » : %n modification, conservée depuis le %2</numerusform>
                <numerusform>« %1 » : %n modifications, conservées depuis le %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Save them now, or decide later: they stay kept until they are saved or discarded.</source>
            <translation>Enregistrez-les maintenant, ou décidez plus tard : elles restent conservées jusqu'à ce qu'elles soient enregistrées ou abandonnées.</translation>
        </message>
        <message>
            <source>This database is open read-only here: they can be saved when it is open for writing again. Until then they stay kept.</source>
            <translation>Cette base de données est ouverte ici en lecture seule : les modifications pourront être enregistrées lorsqu'elle sera de nouveau ouverte en écriture. D'ici là, elles restent conservées.</translation>
        </message>
        <message>
            <source>Edits Not Saved Last Time</source>
            <translation>Modifications non enregistrées la dernière fois</translation>
        </message>
        <message numerus="yes">
            <source>Not saved before the app was closed: %n edit(s) made earlier for this database.</source>
            <translation>
                <numerusform>Non enregistrée avant la fermeture de l'application : %n modification faite auparavant pour cette base de données.</numerusform>
                <numerusform>Non enregistrées avant la fermeture de l'application : %n modifications faites auparavant pour cette base de données.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Them Now</source>
            <translation>&amp;Enregistrer maintenant</translation>
        </message>
        <message>
            <source>Save Them Now</source>
            <translation>Enregistrer maintenant</translation>
        </message>
        <message>
            <source>Saves the kept edits in order; a field someone changed meanwhile is asked about</source>
            <translation>Enregistre les modifications conservées dans l'ordre ; pour un champ modifié entre-temps par quelqu'un d'autre, la question vous est posée</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Afficher dans le &amp;dossier</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Shows the recovery files; File ▸ Import brings a case back from one</source>
            <translation>Affiche les fichiers de récupération ; Fichier ▸ Importer reprend un cas depuis l'un d'eux</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Keeps them; asked again at the next start</source>
            <translation>Les conserve ; la question revient au prochain démarrage</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>A&amp;bandonner…</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Deletes the kept edits and their recovery files, after asking</source>
            <translation>Supprime les modifications conservées et leurs fichiers de récupération, après confirmation</translation>
        </message>
        <message>
            <source>Discard Kept Edits</source>
            <translation>Abandonner les modifications conservées</translation>
        </message>
        <message numerus="yes">
            <source>Discard %n kept edit(s)? This cannot be undone.</source>
            <translation>
                <numerusform>Abandonner %n modification conservée ? Cette action est irréversible.</numerusform>
                <numerusform>Abandonner %n modifications conservées ? Cette action est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <source>These files will be deleted:</source>
            <translation>Ces fichiers seront supprimés :</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <source>Deletes the kept edits for good</source>
            <translation>Supprime définitivement les modifications conservées</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Keeps them</source>
            <translation>Les conserve</translation>
        </message>
        <message>
            <source>Kept Edits Not Saved</source>
            <translation>Modifications conservées non enregistrées</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n kept edit(s).</source>
            <translation>
                <numerusform>%n modification conservée enregistrée.</numerusform>
                <numerusform>%n modifications conservées enregistrées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScorecardOutput</name>
        <message>
            <source>Copied the scorecards of “%1”: paste into Word or Outlook for tables, into a slide for a picture.</source>
            <translation>Fiches d'évaluation de « %1 » copiées : collez-les dans Word ou Outlook pour des tableaux, dans une diapositive pour une image.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The case database could not be opened.</source>
            <translation>La base de données des cas n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>This file is not a case database of this app and was not changed.</source>
            <translation>Ce fichier n'est pas une base de données de cas de cette application et n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The case database is damaged and was not changed.</source>
            <translation>La base de données des cas est endommagée et n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>%1

You can restore a backup, open another file, or start a new database (the file is renamed and kept beside it).</source>
            <translation>%1

Vous pouvez restaurer une sauvegarde, ouvrir un autre fichier ou commencer une nouvelle base de données (le fichier est renommé et conservé à côté).</translation>
        </message>
        <message>
            <source>%1

You can restore a backup, open another file, or start a new database (the damaged file is renamed and kept beside it).</source>
            <translation>%1

Vous pouvez restaurer une sauvegarde, ouvrir un autre fichier ou commencer une nouvelle base de données (le fichier endommagé est renommé et conservé à côté).</translation>
        </message>
        <message>
            <source>Restore a Backup…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Open Another File…</source>
            <translation>Ouvrir un autre fichier…</translation>
        </message>
        <message>
            <source>Start a New Database</source>
            <translation>Commencer une nouvelle base de données</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer depuis une sauvegarde</translation>
        </message>
        <message>
            <source>Backup to restore (newest first):</source>
            <translation>Sauvegarde à restaurer (la plus récente en premier) :</translation>
        </message>
        <message>
            <source>This database file is on a network drive (%1).</source>
            <translation>Ce fichier de base de données se trouve sur un lecteur réseau (%1).</translation>
        </message>
        <message>
            <source>%1

If several people open it, it can be damaged: the database's locking does not work over a network drive. To share cases with your team, ask IT for a team database (see “A team database” in the README); until then, only one person should use this file at a time.</source>
            <translation>%1

Si plusieurs personnes l'ouvrent, il peut être endommagé : le verrouillage de la base de données ne fonctionne pas sur un lecteur réseau. Pour partager des cas avec votre équipe, demandez au service informatique une base d'équipe (voir « A team database » dans le README) ; d'ici là, une seule personne à la fois doit utiliser ce fichier.</translation>
        </message>
        <message>
            <source>The password was not accepted. Password for %1:</source>
            <translation>Le mot de passe n'a pas été accepté. Mot de passe pour %1 :</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Mot de passe pour %1 :</translation>
        </message>
        <message>
            <source>Team database</source>
            <translation>Base d'équipe</translation>
        </message>
        <message>
            <source>The team database could not be opened.</source>
            <translation>La base d'équipe n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <source>You may read this team database but not change it.</source>
            <translation>Vous pouvez lire cette base d'équipe, mais pas la modifier.</translation>
        </message>
        <message>
            <source>Ask the database's administrator for the editor role (rdw_editor) to change cases.</source>
            <translation>Demandez à l'administrateur de la base le rôle de rédacteur (rdw_editor) pour modifier des cas.</translation>
        </message>
        <message>
            <source>This database is already open in another window.</source>
            <translation>Cette base de données est déjà ouverte dans une autre fenêtre.</translation>
        </message>
        <message>
            <source>It opens here read-only, so neither window can overwrite the other's changes.</source>
            <translation>Elle s'ouvre ici en lecture seule, afin qu'aucune des deux fenêtres ne puisse écraser les modifications de l'autre.</translation>
        </message>
        <message>
            <source>Open a case database</source>
            <translation>Ouvrir une base de données de cas</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite);;All files (*)</source>
            <translation>Bases de données de cas (*.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This database comes from a newer version of the app.</source>
            <translation>Cette base de données provient d'une version plus récente de l'application.</translation>
        </message>
        <message>
            <source>%1

Update %2, or open another file with --db.</source>
            <translation>%1

Mettez à jour %2, ou ouvrez un autre fichier avec --db.</translation>
        </message>
        <message>
            <source>No backup was made at start-up.</source>
            <translation>Aucune sauvegarde n'a été faite au démarrage.</translation>
        </message>
        <message>
            <source>%1

Your cases are not affected; free some space or check the data folder, and the next start will try again.</source>
            <translation>%1

Vos cas ne sont pas touchés ; libérez de l'espace ou vérifiez le dossier de données, et le prochain démarrage réessaiera.</translation>
        </message>
    </context>
    <context>
        <name>TeamConnect</name>
        <message>
            <source>Connect to Team Database</source>
            <translation>Se connecter à une base d'équipe</translation>
        </message>
        <message>
            <source>A team database keeps your unit's cases on a PostgreSQL server, so several officers can work on them at once. Ask your IT for its address.</source>
            <translation>Une base d'équipe conserve les cas de votre unité sur un serveur PostgreSQL, afin que plusieurs agents puissent y travailler en même temps. Demandez son adresse à votre service informatique.</translation>
        </message>
        <message>
            <source>The address names the server, the database and your login, for example postgresql://alice@db.example.org/rdw, or a service from your service file: postgresql:///?service=rdw. The password comes from your ~/.pgpass or the service file; the app never stores it.</source>
            <translation>L'adresse indique le serveur, la base de données et votre identifiant, par exemple postgresql://alice@db.example.org/rdw, ou un service de votre fichier de services : postgresql:///?service=rdw. Le mot de passe vient de votre fichier ~/.pgpass ou du fichier de services ; l'application ne l'enregistre jamais.</translation>
        </message>
        <message>
            <source>postgresql://login@server/database</source>
            <translation>postgresql://identifiant@serveur/base</translation>
        </message>
        <message>
            <source>Team database address</source>
            <translation>Adresse de la base d'équipe</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Recent connections</source>
            <translation>Connexions récentes</translation>
        </message>
        <message>
            <source>Newest first; Enter connects to the one chosen</source>
            <translation>Les plus récentes d'abord ; Entrée se connecte à celle choisie</translation>
        </message>
        <message>
            <source>&amp;Recent connections:</source>
            <translation>Connexions &amp;récentes :</translation>
        </message>
        <message>
            <source>Recent connections: none yet</source>
            <translation>Connexions récentes : aucune pour l'instant</translation>
        </message>
        <message>
            <source>Address check</source>
            <translation>Vérification de l'adresse</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>A team database's address begins with postgresql://</source>
            <translation>L'adresse d'une base d'équipe commence par postgresql://</translation>
        </message>
        <message>
            <source>Connected to the team database %1</source>
            <translation>Connecté à la base d'équipe %1</translation>
        </message>
    </context>
    <context>
        <name>WindowQuestions</name>
        <message>
            <source>Rename case</source>
            <translation>Renommer le cas</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Nouveau titre :</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <source>Delete these %n case(s)?</source>
            <translation>
                <numerusform>Supprimer ce cas ?</numerusform>
                <numerusform>Supprimer ces %n cas ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>The history of every change is kept, but the case itself cannot be restored from here.</source>
            <translation>L'historique de chaque modification est conservé, mais le cas lui-même ne peut pas être restauré d'ici.</translation>
        </message>
        <message>
            <source>Import cases</source>
            <translation>Importer des cas</translation>
        </message>
        <message>
            <source>Case files (*.json);;All files (*)</source>
            <translation>Fichiers de cas (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Export case</source>
            <translation>Exporter le cas</translation>
        </message>
        <message>
            <source>Case files (*.json)</source>
            <translation>Fichiers de cas (*.json)</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer depuis une sauvegarde</translation>
        </message>
        <message>
            <source>Replace the database with this backup (newest first).
The current file is kept beside it.</source>
            <translation>Remplacer la base de données par cette sauvegarde (la plus récente en premier).
Le fichier actuel est conservé à côté.</translation>
        </message>
    </context>
</TS>
