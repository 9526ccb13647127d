<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AnalysisPages</name>
        <message>
            <source>Open case</source>
            <translation>Fall öffnen</translation>
        </message>
        <message>
            <source>That case no longer exists.</source>
            <translation>Dieser Fall existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Select %1 to %2 cases in the list to compare them.</source>
            <translation>Wählen Sie %1 bis %2 Fälle in der Liste aus, um sie zu vergleichen.</translation>
        </message>
        <message>
            <source>The selected cases could not be read.</source>
            <translation>Die ausgewählten Fälle konnten nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>BackupRestore</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
        </message>
        <message>
            <source>Nothing was changed: %1</source>
            <translation>Nichts wurde geändert: %1</translation>
        </message>
        <message>
            <source>Restored the backup of %1; the previous file is kept as %2</source>
            <translation>Sicherung vom %1 wiederhergestellt; die bisherige Datei bleibt als %2 erhalten</translation>
        </message>
    </context>
    <context>
        <name>CaseDialogs</name>
        <message>
            <source>Restored the snapshot as a new case.</source>
            <translation>Momentaufnahme als neuer Fall wiederhergestellt.</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Reference cases are read-only. Duplicate it (Ctrl+D) and run the workshop on the copy.</source>
            <translation>Referenzfälle sind schreibgeschützt. Duplizieren Sie ihn (Strg+D) und führen Sie den Workshop mit der Kopie durch.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>An unexpected error occurred. Your saved work is safe; you can carry on.</source>
            <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherte Arbeit ist sicher; Sie können weiterarbeiten.</translation>
        </message>
        <message>
            <source>%1

Details were written to:
%2</source>
            <translation>%1

Die Einzelheiten wurden geschrieben nach:
%2</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;System language (%1)</source>
            <translation>&amp;Systemsprache (%1)</translation>
        </message>
        <message>
            <source>The language of the interface, from the next start</source>
            <translation>Die Sprache der Oberfläche, ab dem nächsten Start</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
    </context>
    <context>
        <name>LiveUpdates</name>
        <message>
            <source>%1 changed “%2”.</source>
            <translation>%1 hat „%2“ geändert.</translation>
        </message>
        <message>
            <source>%1 changed “%2” in “%3”.</source>
            <translation>%1 hat „%2“ in „%3“ geändert.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New Case…</source>
            <translation>&amp;Neuer Fall…</translation>
        </message>
        <message>
            <source>Start a new assessment</source>
            <translation>Eine neue Bewertung beginnen</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the selected case in the assessment wizard</source>
            <translation>Den ausgewählten Fall im Bewertungsassistenten öffnen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Du&amp;plicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>Make an editable copy of the selected case</source>
            <translation>Eine bearbeitbare Kopie des ausgewählten Falls anlegen</translation>
        </message>
        <message>
            <source>Ren&amp;ame…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>Rename the selected case</source>
            <translation>Den ausgewählten Fall umbenennen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Delete the selected cases</source>
            <translation>Die ausgewählten Fälle löschen</translation>
        </message>
        <message>
            <source>&amp;Import Cases…</source>
            <translation>Fälle &amp;importieren…</translation>
        </message>
        <message>
            <source>Import case files (.json)</source>
            <translation>Falldateien importieren (.json)</translation>
        </message>
        <message>
            <source>&amp;Export Case…</source>
            <translation>Fall e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Save the selected case as a case file</source>
            <translation>Den ausgewählten Fall als Falldatei speichern</translation>
        </message>
        <message>
            <source>Export &amp;Scorecards…</source>
            <translation>Be&amp;wertungsbögen exportieren…</translation>
        </message>
        <message>
            <source>Preview and save Scorecards 1 and 2 as PDF, Word or PNG</source>
            <translation>Bewertungsbögen 1 und 2 in der Vorschau ansehen und als PDF, Word oder PNG speichern</translation>
        </message>
        <message>
            <source>Export Scorecards of &amp;All Cases…</source>
            <translation>Bewertungsbögen &amp;aller Fälle exportieren…</translation>
        </message>
        <message>
            <source>One PDF with a contents page and a bookmark per case</source>
            <translation>Ein PDF mit Inhaltsverzeichnis und einem Lesezeichen je Fall</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the scorecards of the open or selected cases, with a preview of the pages</source>
            <translation>Die Bewertungsbögen des geöffneten oder der ausgewählten Fälle drucken, mit einer Vorschau der Seiten</translation>
        </message>
        <message>
            <source>&amp;Copy Scorecard</source>
            <translation>Bewertungsbogen &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the case's scorecards: tables for Word or Outlook, a picture for slides</source>
            <translation>Die Bewertungsbögen des Falls kopieren: Tabellen für Word oder Outlook, ein Bild für Folien</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>Aus &amp;Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace the database with one of its automatic backups</source>
            <translation>Die Datenbank durch eine ihrer automatischen Sicherungen ersetzen</translation>
        </message>
        <message>
            <source>Connect to &amp;Team Database…</source>
            <translation>Mit &amp;Teamdatenbank verbinden…</translation>
        </message>
        <message>
            <source>Work on your unit's shared case base on a PostgreSQL server: type or pick its address</source>
            <translation>Mit den gemeinsamen Fällen Ihrer Einheit auf einem PostgreSQL-Server arbeiten: Adresse eingeben oder auswählen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit the application</source>
            <translation>Die Anwendung beenden</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Search the case list</source>
            <translation>Die Fallliste durchsuchen</translation>
        </message>
        <message>
            <source>&amp;About %1</source>
            <translation>Ü&amp;ber %1</translation>
        </message>
        <message>
            <source>Version and the method's citation</source>
            <translation>Version und Zitierweise der Methode</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Leitfaden</translation>
        </message>
        <message>
            <source>The method in plain words, opened at the part about what you are doing</source>
            <translation>Die Methode in einfachen Worten, geöffnet bei dem Teil, der Ihre aktuelle Tätigkeit betrifft</translation>
        </message>
        <message>
            <source>&amp;Keyboard Reference</source>
            <translation>&amp;Tastaturübersicht</translation>
        </message>
        <message>
            <source>Every key of the app, made from its menus and widgets</source>
            <translation>Jede Taste der App, aus ihren Menüs und Bedienelementen zusammengestellt</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>&amp;Portfolio</translation>
        </message>
        <message>
            <source>The report's cross-case figures for all, reference, your or the selected cases</source>
            <translation>Die fallübergreifenden Abbildungen des Berichts für alle, die Referenz-, Ihre oder die ausgewählten Fälle</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>Compare 2 to 4 selected cases side by side, step by step</source>
            <translation>2 bis 4 ausgewählte Fälle nebeneinander vergleichen, Schritt für Schritt</translation>
        </message>
        <message>
            <source>Start &amp;Workshop</source>
            <translation>&amp;Workshop starten</translation>
        </message>
        <message>
            <source>Run the assessment of the selected or open case with a room, on a projector</source>
            <translation>Die Bewertung des ausgewählten oder geöffneten Falls mit einem Raum am Projektor durchführen</translation>
        </message>
        <message>
            <source>S&amp;napshots…</source>
            <translation>&amp;Momentaufnahmen…</translation>
        </message>
        <message>
            <source>Take, open, restore and compare named snapshots of the selected or open case</source>
            <translation>Benannte Momentaufnahmen des ausgewählten oder geöffneten Falls erstellen, öffnen, wiederherstellen und vergleichen</translation>
        </message>
        <message>
            <source>What C&amp;hanged…</source>
            <translation>Was sich &amp;geändert hat…</translation>
        </message>
        <message>
            <source>What changed in the selected or open case since a snapshot, and why</source>
            <translation>Was sich im ausgewählten oder geöffneten Fall seit einer Momentaufnahme geändert hat, und warum</translation>
        </message>
        <message>
            <source>Source &amp;Library…</source>
            <translation>&amp;Quellenbibliothek…</translation>
        </message>
        <message>
            <source>The sources cited as evidence, shared by every case: search, correct, remove</source>
            <translation>Die als Belege zitierten Quellen, allen Fällen gemeinsam: suchen, korrigieren, entfernen</translation>
        </message>
        <message>
            <source>What Would &amp;Flip It…</source>
            <translation>Was sie &amp;umkehren würde…</translation>
        </message>
        <message>
            <source>Which single change would change the suggested leverage or a level's feasibility</source>
            <translation>Welche einzelne Änderung die vorgeschlagene Hebelwirkung oder die Machbarkeit eines Niveaus ändern würde</translation>
        </message>
        <message>
            <source>Show all cases</source>
            <translation>Alle Fälle anzeigen</translation>
        </message>
        <message>
            <source>Show my cases</source>
            <translation>Meine Fälle anzeigen</translation>
        </message>
        <message>
            <source>Show reference library</source>
            <translation>Referenzbibliothek anzeigen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Analyse</source>
            <translation>A&amp;nalyse</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptsymbolleiste</translation>
        </message>
        <message>
            <source>New Case</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Export Case</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>Bewertungsbögen</translation>
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation>Weitere Schaltflächen der Symbolleiste</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (schreibgeschützt)</translation>
        </message>
        <message>
            <source>Du&amp;plicate to Edit</source>
            <translation>Zum Bearbeiten &amp;duplizieren</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Neuer Fall</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1

Nothing was imported.</source>
            <translation>%1

Es wurde nichts importiert.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n case(s).</source>
            <translation>
                <numerusform>%n Fall importiert.</numerusform>
                <numerusform>%n Fälle importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>New here? Press F1 for the guide: the method in plain words, and every key.</source>
            <translation>Neu hier? Drücken Sie F1 für den Leitfaden: die Methode in einfachen Worten und jede Taste.</translation>
        </message>
        <message>
            <source>The database could not be written: %1</source>
            <translation>Die Datenbank konnte nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>RecoveredEdits</name>
        <message>
            <source>The kept edits were discarded.</source>
            <translation>Die aufbewahrten Änderungen wurden verworfen.</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: %n edit(s), kept since %2</source>
            <translation>
                <numerusform>„%1“: %n Änderung, aufbewahrt seit %2</numerusform>
                <numerusform>„%1“: %n Änderungen, aufbewahrt seit %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Save them now, or decide later: they stay kept until they are saved or discarded.</source>
            <translation>Speichern Sie sie jetzt oder entscheiden Sie später: Die Änderungen bleiben aufbewahrt, bis sie gespeichert oder verworfen werden.</translation>
        </message>
        <message>
            <source>This database is open read-only here: they can be saved when it is open for writing again. Until then they stay kept.</source>
            <translation>Diese Datenbank ist hier schreibgeschützt geöffnet: Die Änderungen können gespeichert werden, sobald sie wieder zum Schreiben geöffnet ist. Bis dahin bleiben sie aufbewahrt.</translation>
        </message>
        <message>
            <source>Edits Not Saved Last Time</source>
            <translation>Beim letzten Mal nicht gespeicherte Änderungen</translation>
        </message>
        <message numerus="yes">
            <source>Not saved before the app was closed: %n edit(s) made earlier for this database.</source>
            <translation>
                <numerusform>Vor dem Schließen der App nicht gespeichert: %n frühere Änderung für diese Datenbank.</numerusform>
                <numerusform>Vor dem Schließen der App nicht gespeichert: %n frühere Änderungen für diese Datenbank.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Them Now</source>
            <translation>&amp;Jetzt speichern</translation>
        </message>
        <message>
            <source>Save Them Now</source>
            <translation>Jetzt speichern</translation>
        </message>
        <message>
            <source>Saves the kept edits in order; a field someone changed meanwhile is asked about</source>
            <translation>Speichert die aufbewahrten Änderungen der Reihe nach; bei einem Feld, das inzwischen jemand anderes geändert hat, werden Sie gefragt</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Show in Folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
        <message>
            <source>Shows the recovery files; File ▸ Import brings a case back from one</source>
            <translation>Zeigt die Wiederherstellungsdateien; Datei ▸ Importieren holt einen Fall aus einer davon zurück</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Keeps them; asked again at the next start</source>
            <translation>Behält sie; beim nächsten Start wird erneut gefragt</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Verwerfen…</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Deletes the kept edits and their recovery files, after asking</source>
            <translation>Löscht die aufbewahrten Änderungen und ihre Wiederherstellungsdateien, nach einer Rückfrage</translation>
        </message>
        <message>
            <source>Discard Kept Edits</source>
            <translation>Aufbewahrte Änderungen verwerfen</translation>
        </message>
        <message numerus="yes">
            <source>Discard %n kept edit(s)? This cannot be undone.</source>
            <translation>
                <numerusform>%n aufbewahrte Änderung verwerfen? Das lässt sich nicht rückgängig machen.</numerusform>
                <numerusform>%n aufbewahrte Änderungen verwerfen? Das lässt sich nicht rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <source>These files will be deleted:</source>
            <translation>Diese Dateien werden gelöscht:</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Deletes the kept edits for good</source>
            <translation>Löscht die aufbewahrten Änderungen endgültig</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Keeps them</source>
            <translation>Behält sie</translation>
        </message>
        <message>
            <source>Kept Edits Not Saved</source>
            <translation>Aufbewahrte Änderungen nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n kept edit(s).</source>
            <translation>
                <numerusform>%n aufbewahrte Änderung gespeichert.</numerusform>
                <numerusform>%n aufbewahrte Änderungen gespeichert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScorecardOutput</name>
        <message>
            <source>Copied the scorecards of “%1”: paste into Word or Outlook for tables, into a slide for a picture.</source>
            <translation>Bewertungsbögen von „%1“ kopiert: in Word oder Outlook einfügen für Tabellen, in eine Folie für ein Bild.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The case database could not be opened.</source>
            <translation>Die Falldatenbank konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>This file is not a case database of this app and was not changed.</source>
            <translation>Diese Datei ist keine Falldatenbank dieser App und wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The case database is damaged and was not changed.</source>
            <translation>Die Falldatenbank ist beschädigt und wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1

You can restore a backup, open another file, or start a new database (the file is renamed and kept beside it).</source>
            <translation>%1

Sie können eine Sicherung wiederherstellen, eine andere Datei öffnen oder eine neue Datenbank beginnen (die Datei wird umbenannt und daneben aufbewahrt).</translation>
        </message>
        <message>
            <source>%1

You can restore a backup, open another file, or start a new database (the damaged file is renamed and kept beside it).</source>
            <translation>%1

Sie können eine Sicherung wiederherstellen, eine andere Datei öffnen oder eine neue Datenbank beginnen (die beschädigte Datei wird umbenannt und daneben aufbewahrt).</translation>
        </message>
        <message>
            <source>Restore a Backup…</source>
            <translation>Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Open Another File…</source>
            <translation>Andere Datei öffnen…</translation>
        </message>
        <message>
            <source>Start a New Database</source>
            <translation>Neue Datenbank beginnen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Backup to restore (newest first):</source>
            <translation>Wiederherzustellende Sicherung (neueste zuerst):</translation>
        </message>
        <message>
            <source>This database file is on a network drive (%1).</source>
            <translation>Diese Datenbankdatei liegt auf einem Netzlaufwerk (%1).</translation>
        </message>
        <message>
            <source>%1

If several people open it, it can be damaged: the database's locking does not work over a network drive. To share cases with your team, ask IT for a team database (see “A team database” in the README); until then, only one person should use this file at a time.</source>
            <translation>%1

Wenn mehrere Personen sie öffnen, kann sie beschädigt werden: Die Sperren der Datenbank funktionieren über ein Netzlaufwerk nicht. Um Fälle mit Ihrem Team zu teilen, bitten Sie die IT um eine Teamdatenbank (siehe „A team database“ in der README); bis dahin sollte immer nur eine Person diese Datei verwenden.</translation>
        </message>
        <message>
            <source>The password was not accepted. Password for %1:</source>
            <translation>Das Passwort wurde nicht angenommen. Passwort für %1:</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Passwort für %1:</translation>
        </message>
        <message>
            <source>Team database</source>
            <translation>Teamdatenbank</translation>
        </message>
        <message>
            <source>The team database could not be opened.</source>
            <translation>Die Teamdatenbank konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>You may read this team database but not change it.</source>
            <translation>Sie dürfen diese Teamdatenbank lesen, aber nicht ändern.</translation>
        </message>
        <message>
            <source>Ask the database's administrator for the editor role (rdw_editor) to change cases.</source>
            <translation>Bitten Sie die Administration der Datenbank um die Rolle „Bearbeitung“ (rdw_editor), um Fälle zu ändern.</translation>
        </message>
        <message>
            <source>This database is already open in another window.</source>
            <translation>Diese Datenbank ist bereits in einem anderen Fenster geöffnet.</translation>
        </message>
        <message>
            <source>It opens here read-only, so neither window can overwrite the other's changes.</source>
            <translation>Sie wird hier schreibgeschützt geöffnet, damit keines der beiden Fenster die Änderungen des anderen überschreiben kann.</translation>
        </message>
        <message>
            <source>Open a case database</source>
            <translation>Eine Falldatenbank öffnen</translation>
        </message>
        <message>
            <source>Case databases (*.sqlite);;All files (*)</source>
            <translation>Falldatenbanken (*.sqlite);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>This database comes from a newer version of the app.</source>
            <translation>Diese Datenbank stammt aus einer neueren Version der App.</translation>
        </message>
        <message>
            <source>%1

Update %2, or open another file with --db.</source>
            <translation>%1

Aktualisieren Sie %2 oder öffnen Sie mit --db eine andere Datei.</translation>
        </message>
        <message>
            <source>No backup was made at start-up.</source>
            <translation>Beim Start wurde keine Sicherung angelegt.</translation>
        </message>
        <message>
            <source>%1

Your cases are not affected; free some space or check the data folder, and the next start will try again.</source>
            <translation>%1

Ihre Fälle sind nicht betroffen; schaffen Sie Platz oder prüfen Sie den Datenordner, und der nächste Start versucht es erneut.</translation>
        </message>
    </context>
    <context>
        <name>TeamConnect</name>
        <message>
            <source>Connect to Team Database</source>
            <translation>Mit Teamdatenbank verbinden</translation>
        </message>
        <message>
            <source>A team database keeps your unit's cases on a PostgreSQL server, so several officers can work on them at once. Ask your IT for its address.</source>
            <translation>Eine Teamdatenbank hält die Fälle Ihrer Einheit auf einem PostgreSQL-Server, sodass mehrere Sachbearbeiter gleichzeitig daran arbeiten können. Fragen Sie Ihre IT nach der Adresse.</translation>
        </message>
        <message>
            <source>The address names the server, the database and your login, for example postgresql://alice@db.example.org/rdw, or a service from your service file: postgresql:///?service=rdw. The password comes from your ~/.pgpass or the service file; the app never stores it.</source>
            <translation>Die Adresse nennt den Server, die Datenbank und Ihre Anmeldung, zum Beispiel postgresql://alice@db.example.org/rdw, oder einen Dienst aus Ihrer Dienstdatei: postgresql:///?service=rdw. Das Passwort kommt aus Ihrer ~/.pgpass oder der Dienstdatei; die App speichert es nie.</translation>
        </message>
        <message>
            <source>postgresql://login@server/database</source>
            <translation>postgresql://anmeldung@server/datenbank</translation>
        </message>
        <message>
            <source>Team database address</source>
            <translation>Adresse der Teamdatenbank</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>Recent connections</source>
            <translation>Letzte Verbindungen</translation>
        </message>
        <message>
            <source>Newest first; Enter connects to the one chosen</source>
            <translation>Neueste zuerst; die Eingabetaste verbindet mit der gewählten</translation>
        </message>
        <message>
            <source>&amp;Recent connections:</source>
            <translation>&amp;Letzte Verbindungen:</translation>
        </message>
        <message>
            <source>Recent connections: none yet</source>
            <translation>Letzte Verbindungen: noch keine</translation>
        </message>
        <message>
            <source>Address check</source>
            <translation>Prüfung der Adresse</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>A team database's address begins with postgresql://</source>
            <translation>Die Adresse einer Teamdatenbank beginnt mit postgresql://</translation>
        </message>
        <message>
            <source>Connected to the team database %1</source>
            <translation>Mit der Teamdatenbank %1 verbunden</translation>
        </message>
    </context>
    <context>
        <name>WindowQuestions</name>
        <message>
            <source>Rename case</source>
            <translation>Fall umbenennen</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Neuer Titel:</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>„%1“ löschen?</translation>
        </message>
        <message numerus="yes">
            <source>Delete these %n case(s)?</source>
            <translation>
                <numerusform>Diesen Fall löschen?</numerusform>
                <numerusform>Diese %n Fälle löschen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>The history of every change is kept, but the case itself cannot be restored from here.</source>
            <translation>Der Verlauf jeder Änderung bleibt erhalten, aber der Fall selbst kann von hier aus nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Import cases</source>
            <translation>Fälle importieren</translation>
        </message>
        <message>
            <source>Case files (*.json);;All files (*)</source>
            <translation>Falldateien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export case</source>
            <translation>Fall exportieren</translation>
        </message>
        <message>
            <source>Case files (*.json)</source>
            <translation>Falldateien (*.json)</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace the database with this backup (newest first).
The current file is kept beside it.</source>
            <translation>Die Datenbank durch diese Sicherung ersetzen (neueste zuerst).
Die aktuelle Datei wird daneben aufbewahrt.</translation>
        </message>
    </context>
</TS>
