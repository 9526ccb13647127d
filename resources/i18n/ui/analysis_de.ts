<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>CompareTableModel</name>
    <message>
        <source>Step / field</source>
        <translation>Schritt / Feld</translation>
    </message>
    <message>
        <source>Double-click to open this case</source>
        <translation>Doppelklicken, um diesen Fall zu öffnen</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>%1: %2 of %3 fields differ</source>
        <translation>%1: %2 von %3 Feldern unterscheiden sich</translation>
    </message>
    <message>
        <source>Differs between the cases</source>
        <translation>Unterscheidet sich zwischen den Fällen</translation>
    </message>
    <message>
        <source>The same in every case</source>
        <translation>In allen Fällen gleich</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>← All cases</source>
        <translation>← Alle Fälle</translation>
    </message>
    <message>
        <source>Back to the case list (Esc)</source>
        <translation>Zurück zur Fallliste (Esc)</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Nur &amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <source>Hide the fields that are the same in every case</source>
        <translation>Die Felder ausblenden, die in allen Fällen gleich sind</translation>
    </message>
    <message>
        <source>%1 and a highlighted row mark a field that differs between the cases. Double-click a case's title or one of its cells to open it.</source>
        <translation>%1 und eine hervorgehobene Zeile kennzeichnen ein Feld, das sich zwischen den Fällen unterscheidet. Doppelklicken Sie auf den Titel eines Falls oder eine seiner Zellen, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Legend of the provenance marks</source>
        <translation>Legende der Herkunftskennzeichen</translation>
    </message>
    <message>
        <source>Comparison of the selected cases</source>
        <translation>Vergleich der ausgewählten Fälle</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>%1 im Vergleich</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the changes and their reasons to the clipboard, as plain text</source>
        <translation>Die Änderungen und ihre Gründe als reinen Text in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The field that changed, and how: added, removed or changed</source>
        <translation>Das geänderte Feld und wie: hinzugefügt, entfernt oder geändert</translation>
    </message>
    <message>
        <source>The value in the earlier version (From)</source>
        <translation>Der Wert in der früheren Version (Von)</translation>
    </message>
    <message>
        <source>The value in the later version (To)</source>
        <translation>Der Wert in der späteren Version (Bis)</translation>
    </message>
    <message>
        <source>The reasons recorded with the change (overrides, history), one per line</source>
        <translation>Die mit der Änderung festgehaltenen Gründe (Abweichungen, Verlauf), eine pro Zeile</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Now (the case as it is)</source>
        <translation>Jetzt (der Fall, wie er ist)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Each field says whether it was added, removed or changed; Why lists the reasons recorded with the change.</source>
        <translation>Jedes Feld sagt, ob es hinzugefügt, entfernt oder geändert wurde; Warum listet die mit der Änderung festgehaltenen Gründe auf.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>⇄ S&amp;wap</source>
        <translation>⇄ &amp;Tauschen</translation>
    </message>
    <message>
        <source>Exchange From and To</source>
        <translation>Von und Bis vertauschen</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>Änderungen zwischen den beiden Versionen</translation>
    </message>
    <message>
        <source>The case can no longer be read: %1</source>
        <translation>Der Fall kann nicht mehr gelesen werden: %1</translation>
    </message>
    <message>
        <source>No changes: this case has no snapshots yet. Take one (Snapshots…) to see later what changed since.</source>
        <translation>Keine Änderungen: Dieser Fall hat noch keine Momentaufnahmen. Erstellen Sie eine (Momentaufnahmen…), um später zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>No changes: From and To are the same version.</source>
        <translation>Keine Änderungen: Von und Bis sind dieselbe Version.</translation>
    </message>
    <message>
        <source>From is the later version: Before shows the newer values, After the older ones, and no reasons are listed.</source>
        <translation>Von ist die spätere Version: Vorher zeigt die neueren Werte, Nachher die älteren, und es werden keine Gründe aufgeführt.</translation>
    </message>
</context>
<context>
    <name>SensitivityDialog</name>
    <message>
        <source>&amp;Show changes of:</source>
        <translation>Änderungen &amp;zeigen für:</translation>
    </message>
    <message>
        <source>Single changes that would flip a suggestion</source>
        <translation>Einzelne Änderungen, die einen Vorschlag umkehren würden</translation>
    </message>
    <message>
        <source>Computed from the suggestion rules; each row changes one factor and keeps every other input as it is. Hover over a row for the whole sentence.</source>
        <translation>Aus den Vorschlagsregeln berechnet; jede Zeile ändert einen Faktor und lässt alle anderen Eingaben, wie sie sind. Fahren Sie über eine Zeile, um den ganzen Satz zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the case again and recompute (after you changed it)</source>
        <translation>Den Fall neu lesen und neu berechnen (nachdem Sie ihn geändert haben)</translation>
    </message>
    <message>
        <source>The case can no longer be read: %1</source>
        <translation>Der Fall kann nicht mehr gelesen werden: %1</translation>
    </message>
    <message>
        <source>What would flip it</source>
        <translation>Was sie umkehren würde</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a target and its suggested value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no suggestion)</source>
        <translation>(kein Vorschlag)</translation>
    </message>
    <message>
        <source>Suggested now: %1.</source>
        <translation>Jetzt vorgeschlagen: %1.</translation>
    </message>
    <message>
        <source>All targets (%1)</source>
        <translation>Alle Ziele (%1)</translation>
    </message>
    <message>
        <source>%1 is stable against every single change.</source>
        <translation>%1 ist gegenüber jeder einzelnen Änderung stabil.</translation>
    </message>
    <message>
        <source>Every suggestion can be flipped by some single change.</source>
        <translation>Jeder Vorschlag kann durch eine einzelne Änderung umgekehrt werden.</translation>
    </message>
    <message>
        <source>Stable against every single change: %1.</source>
        <translation>Stabil gegenüber jeder einzelnen Änderung: %1.</translation>
    </message>
</context>
<context>
    <name>SensitivityModel</name>
    <message>
        <source>If</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>Von → Zu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>kein Vorschlag</translation>
    </message>
    <message>
        <source>If %1, the suggested %2 becomes %3 (now %4).</source>
        <translation>Wenn %1, wird der Vorschlag „%2“ zu %3 (jetzt %4).</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>A snapshot keeps the case as it stands now, under a name (for example before a workshop), so you can read it later, compare it with the case now or another snapshot, or start a new case from it.</source>
        <translation>Eine Momentaufnahme bewahrt den Fall, wie er jetzt ist, unter einem Namen auf (etwa vor einem Workshop), damit Sie ihn später lesen, mit dem jetzigen Fall oder einer anderen Momentaufnahme vergleichen oder einen neuen Fall daraus beginnen können.</translation>
    </message>
    <message>
        <source>No snapshots yet. Take one before a workshop or a big change.</source>
        <translation>Noch keine Momentaufnahmen. Erstellen Sie eine vor einem Workshop oder einer großen Änderung.</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”?</source>
        <translation>Die Momentaufnahme „%1“ löschen?</translation>
    </message>
    <message>
        <source>The case itself and its other snapshots are not changed.</source>
        <translation>Der Fall selbst und seine anderen Momentaufnahmen werden nicht geändert.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Momentaufnahme %1</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>Snapshots of this case</source>
        <translation>Momentaufnahmen dieses Falls</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Momentaufnahme &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Restore as New Case</source>
        <translation>Als neuen Fall &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Keep the case as it stands now under a name (Ctrl+T)</source>
        <translation>Den Fall, wie er jetzt ist, unter einem Namen aufbewahren (Strg+T)</translation>
    </message>
    <message>
        <source>Read the selected snapshot (Enter or double-click)</source>
        <translation>Die ausgewählte Momentaufnahme lesen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>What changed between the selected snapshot and now, or any two versions</source>
        <translation>Was sich zwischen der ausgewählten Momentaufnahme und jetzt oder zwei beliebigen Versionen geändert hat</translation>
    </message>
    <message>
        <source>Start a new case from the selected snapshot; this case is not changed</source>
        <translation>Einen neuen Fall aus der ausgewählten Momentaufnahme beginnen; dieser Fall wird nicht geändert</translation>
    </message>
    <message>
        <source>Delete the selected snapshot (Del); the case is not changed</source>
        <translation>Die ausgewählte Momentaufnahme löschen (Entf); der Fall wird nicht geändert</translation>
    </message>
    <message>
        <source>Not available: this case is read-only here</source>
        <translation>Nicht verfügbar: Dieser Fall ist hier schreibgeschützt</translation>
    </message>
    <message>
        <source>The snapshots can no longer be read: %1</source>
        <translation>Die Momentaufnahmen können nicht mehr gelesen werden: %1</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>Name der Momentaufnahme:</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <source>This case already has a snapshot called “%1”. Each snapshot needs its own name: choose another.</source>
        <translation>Dieser Fall hat bereits eine Momentaufnahme namens „%1“. Jede Momentaufnahme braucht einen eigenen Namen: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A snapshot's name can be at most %1 characters long.</source>
        <translation>Der Name einer Momentaufnahme darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>Die Momentaufnahme konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Die Momentaufnahme konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The snapshot could not be restored: %1</source>
        <translation>Die Momentaufnahme konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>The snapshot could not be deleted: %1</source>
        <translation>Die Momentaufnahme konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotViewer</name>
    <message>
        <source>Snapshot “%1”</source>
        <translation>Momentaufnahme „%1“</translation>
    </message>
    <message>
        <source>Snapshot “%1”, read-only</source>
        <translation>Momentaufnahme „%1“, schreibgeschützt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot “%1”&lt;/b&gt;, taken %2. Read-only: restore it as a new case to work on it.</source>
        <translation>&lt;b&gt;Momentaufnahme „%1“&lt;/b&gt;, erstellt am %2. Schreibgeschützt: Stellen Sie sie als neuen Fall wieder her, um daran zu arbeiten.</translation>
    </message>
</context>
</TS>