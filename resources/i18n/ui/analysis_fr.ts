<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CompareTableModel</name>
    <message>
        <source>Step / field</source>
        <translation>Étape / champ</translation>
    </message>
    <message>
        <source>Double-click to open this case</source>
        <translation>Double-cliquez pour ouvrir ce cas</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>aucune différence</translation>
    </message>
    <message>
        <source>%1: %2 of %3 fields differ</source>
        <translation>%1 : %2 champs sur %3 diffèrent</translation>
    </message>
    <message>
        <source>Differs between the cases</source>
        <translation>Diffère d'un cas à l'autre</translation>
    </message>
    <message>
        <source>The same in every case</source>
        <translation>Identique dans tous les cas</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>← All cases</source>
        <translation>← Tous les cas</translation>
    </message>
    <message>
        <source>Back to the case list (Esc)</source>
        <translation>Retour à la liste des cas (Échap)</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Afficher uniquement les &amp;différences</translation>
    </message>
    <message>
        <source>Hide the fields that are the same in every case</source>
        <translation>Masquer les champs identiques dans tous les cas</translation>
    </message>
    <message>
        <source>%1 and a highlighted row mark a field that differs between the cases. Double-click a case's title or one of its cells to open it.</source>
        <translation>%1 et une ligne surlignée signalent un champ qui diffère d'un cas à l'autre. Double-cliquez sur le titre d'un cas ou sur l'une de ses cellules pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Legend of the provenance marks</source>
        <translation>Légende des marques de provenance</translation>
    </message>
    <message>
        <source>Comparison of the selected cases</source>
        <translation>Comparaison des cas sélectionnés</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>Comparaison de %1</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy the changes and their reasons to the clipboard, as plain text</source>
        <translation>Copier les modifications et leurs raisons dans le presse-papiers, en texte brut</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The field that changed, and how: added, removed or changed</source>
        <translation>Le champ modifié, et comment : ajouté, supprimé ou modifié</translation>
    </message>
    <message>
        <source>The value in the earlier version (From)</source>
        <translation>La valeur dans la version antérieure (De)</translation>
    </message>
    <message>
        <source>The value in the later version (To)</source>
        <translation>La valeur dans la version ultérieure (Vers)</translation>
    </message>
    <message>
        <source>The reasons recorded with the change (overrides, history), one per line</source>
        <translation>Les raisons enregistrées avec la modification (dérogations, historique), une par ligne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Now (the case as it is)</source>
        <translation>Maintenant (le cas tel qu'il est)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Each field says whether it was added, removed or changed; Why lists the reasons recorded with the change.</source>
        <translation>Chaque champ indique s'il a été ajouté, supprimé ou modifié ; Pourquoi liste les raisons enregistrées avec la modification.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>⇄ S&amp;wap</source>
        <translation>⇄ &amp;Inverser</translation>
    </message>
    <message>
        <source>Exchange From and To</source>
        <translation>Échanger De et Vers</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>Modifications entre les deux versions</translation>
    </message>
    <message>
        <source>The case can no longer be read: %1</source>
        <translation>Le cas ne peut plus être lu : %1</translation>
    </message>
    <message>
        <source>No changes: this case has no snapshots yet. Take one (Snapshots…) to see later what changed since.</source>
        <translation>Aucune modification : ce cas n'a pas encore d'instantané. Prenez-en un (Instantanés…) pour voir plus tard ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>No changes: From and To are the same version.</source>
        <translation>Aucune modification : De et Vers sont la même version.</translation>
    </message>
    <message>
        <source>From is the later version: Before shows the newer values, After the older ones, and no reasons are listed.</source>
        <translation>De est la version ultérieure : Avant montre les valeurs les plus récentes, Après les plus anciennes, et aucune raison n'est listée.</translation>
    </message>
</context>
<context>
    <name>SensitivityDialog</name>
    <message>
        <source>&amp;Show changes of:</source>
        <translation>&amp;Afficher les changements de :</translation>
    </message>
    <message>
        <source>Single changes that would flip a suggestion</source>
        <translation>Changements uniques qui feraient basculer une suggestion</translation>
    </message>
    <message>
        <source>Computed from the suggestion rules; each row changes one factor and keeps every other input as it is. Hover over a row for the whole sentence.</source>
        <translation>Calculé à partir des règles de suggestion ; chaque ligne change un seul facteur et laisse toutes les autres données telles quelles. Survolez une ligne pour lire la phrase complète.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read the case again and recompute (after you changed it)</source>
        <translation>Relire le cas et recalculer (après l'avoir modifié)</translation>
    </message>
    <message>
        <source>The case can no longer be read: %1</source>
        <translation>Le cas ne peut plus être lu : %1</translation>
    </message>
    <message>
        <source>What would flip it</source>
        <translation>Ce qui la ferait basculer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a target and its suggested value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(no suggestion)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Suggested now: %1.</source>
        <translation>Suggéré maintenant : %1.</translation>
    </message>
    <message>
        <source>All targets (%1)</source>
        <translation>Toutes les cibles (%1)</translation>
    </message>
    <message>
        <source>%1 is stable against every single change.</source>
        <translation>%1 : stable face à tout changement unique.</translation>
    </message>
    <message>
        <source>Every suggestion can be flipped by some single change.</source>
        <translation>Chaque suggestion peut basculer par un changement unique.</translation>
    </message>
    <message>
        <source>Stable against every single change: %1.</source>
        <translation>Stable face à tout changement unique : %1.</translation>
    </message>
</context>
<context>
    <name>SensitivityModel</name>
    <message>
        <source>If</source>
        <translation>Si</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>De → À</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>aucune suggestion</translation>
    </message>
    <message>
        <source>If %1, the suggested %2 becomes %3 (now %4).</source>
        <translation>Si %1, la suggestion « %2 » devient %3 (actuellement %4).</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>A snapshot keeps the case as it stands now, under a name (for example before a workshop), so you can read it later, compare it with the case now or another snapshot, or start a new case from it.</source>
        <translation>Un instantané conserve le cas tel qu'il est maintenant, sous un nom (par exemple avant un atelier), pour que vous puissiez le relire plus tard, le comparer avec le cas actuel ou un autre instantané, ou en faire un nouveau cas.</translation>
    </message>
    <message>
        <source>No snapshots yet. Take one before a workshop or a big change.</source>
        <translation>Pas encore d'instantané. Prenez-en un avant un atelier ou une modification importante.</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Supprimer l'instantané</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”?</source>
        <translation>Supprimer l'instantané « %1 » ?</translation>
    </message>
    <message>
        <source>The case itself and its other snapshots are not changed.</source>
        <translation>Le cas lui-même et ses autres instantanés ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Snapshots of this case</source>
        <translation>Instantanés de ce cas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>&amp;Restore as New Case</source>
        <translation>&amp;Restaurer comme nouveau cas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Keep the case as it stands now under a name (Ctrl+T)</source>
        <translation>Conserver le cas tel qu'il est maintenant, sous un nom (Ctrl+T)</translation>
    </message>
    <message>
        <source>Read the selected snapshot (Enter or double-click)</source>
        <translation>Lire l'instantané sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>What changed between the selected snapshot and now, or any two versions</source>
        <translation>Ce qui a changé entre l'instantané sélectionné et maintenant, ou entre deux versions quelconques</translation>
    </message>
    <message>
        <source>Start a new case from the selected snapshot; this case is not changed</source>
        <translation>Commencer un nouveau cas à partir de l'instantané sélectionné ; ce cas n'est pas modifié</translation>
    </message>
    <message>
        <source>Delete the selected snapshot (Del); the case is not changed</source>
        <translation>Supprimer l'instantané sélectionné (Suppr) ; le cas n'est pas modifié</translation>
    </message>
    <message>
        <source>Not available: this case is read-only here</source>
        <translation>Non disponible : ce cas est ici en lecture seule</translation>
    </message>
    <message>
        <source>The snapshots can no longer be read: %1</source>
        <translation>Les instantanés ne peuvent plus être lus : %1</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>Nom de l'instantané :</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Non pris</translation>
    </message>
    <message>
        <source>This case already has a snapshot called “%1”. Each snapshot needs its own name: choose another.</source>
        <translation>Ce cas a déjà un instantané nommé « %1 ». Chaque instantané a besoin de son propre nom : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A snapshot's name can be at most %1 characters long.</source>
        <translation>Le nom d'un instantané peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>L'instantané n'a pas pu être pris : %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>L'instantané n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>The snapshot could not be restored: %1</source>
        <translation>L'instantané n'a pas pu être restauré : %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>The snapshot could not be deleted: %1</source>
        <translation>L'instantané n'a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>SnapshotViewer</name>
    <message>
        <source>Snapshot “%1”</source>
        <translation>Instantané « %1 »</translation>
    </message>
    <message>
        <source>Snapshot “%1”, read-only</source>
        <translation>Instantané « %1 », en lecture seule</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot “%1”&lt;/b&gt;, taken %2. Read-only: restore it as a new case to work on it.</source>
        <translation>&lt;b&gt;Instantané « %1 »&lt;/b&gt;, pris le %2. En lecture seule : restaurez-le comme nouveau cas pour y travailler.</translation>
    </message>
</context>
</TS>