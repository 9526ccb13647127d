<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator controls</source>
        <translation>Steuerung der Moderation</translation>
    </message>
    <message>
        <source>e.g. Brussels, 12 March</source>
        <translation>z. B. Brüssel, 12. März</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The language of the audience screen: questions, answers, counts and decisions</source>
        <translation>Die Sprache des Publikumsbildschirms: Fragen, Antworten, Zählungen und Entscheidungen</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Moderation:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Room's language:</source>
        <translation>Sprache im Raum:</translation>
    </message>
    <message>
        <source>Room's language</source>
        <translation>Sprache im Raum</translation>
    </message>
    <message>
        <source>Questions (PageUp/PageDown or ←/→):</source>
        <translation>Fragen (Bild↑/Bild↓ oder ←/→):</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Room's counts (number key, then Up/Down)</source>
        <translation>Zählung im Raum (Zifferntaste, dann Auf/Ab)</translation>
    </message>
    <message>
        <source>Why the group decided so (goes into the log)</source>
        <translation>Warum die Gruppe so entschied (kommt ins Protokoll)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Grund für die Entscheidung</translation>
    </message>
    <message>
        <source>Record Decision (Enter)</source>
        <translation>Entscheidung festhalten (Eingabe)</translation>
    </message>
    <message>
        <source>Blind Round (B)</source>
        <translation>Verdeckte Runde (B)</translation>
    </message>
    <message>
        <source>The room sees only how many votes are in, not how they are spread, until you reveal them</source>
        <translation>Der Raum sieht nur, wie viele Stimmen abgegeben sind, nicht ihre Verteilung, bis Sie sie aufdecken</translation>
    </message>
    <message>
        <source>Reveal (V)</source>
        <translation>Aufdecken (V)</translation>
    </message>
    <message>
        <source>Show the room's counts for this question</source>
        <translation>Die Zählung des Raums zu dieser Frage zeigen</translation>
    </message>
    <message>
        <source>Time on this question</source>
        <translation>Zeit für diese Frage</translation>
    </message>
    <message>
        <source>Start (T)</source>
        <translation>Starten (T)</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Zurücksetzen (R)</translation>
    </message>
    <message>
        <source>Notes on this question:</source>
        <translation>Hinweise zu dieser Frage:</translation>
    </message>
    <message>
        <source>Notes on this question</source>
        <translation>Hinweise zu dieser Frage</translation>
    </message>
    <message>
        <source>Decision log:</source>
        <translation>Entscheidungsprotokoll:</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Leave Workshop (Esc)</source>
        <translation>Workshop verlassen (Esc)</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: nothing — this is the last question.</source>
        <translation>Als Nächstes: nichts — dies ist die letzte Frage.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in (blind round)</source>
        <translation><numerusform>%n Stimme abgegeben (verdeckte Runde)</numerusform><numerusform>%n Stimmen abgegeben (verdeckte Runde)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Room sees: %n vote(s) in</source>
        <translation><numerusform>Der Raum sieht: %n Stimme abgegeben</numerusform><numerusform>Der Raum sieht: %n Stimmen abgegeben</numerusform></translation>
    </message>
    <message>
        <source>Record Again (Enter)</source>
        <translation>Erneut festhalten (Eingabe)</translation>
    </message>
    <message>
        <source>The rules suggest: %1</source>
        <translation>Die Regeln schlagen vor: %1</translation>
    </message>
    <message>
        <source>Counts revealed</source>
        <translation>Zählung aufgedeckt</translation>
    </message>
    <message>
        <source>Participants for %1</source>
        <translation>Teilnehmende für %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The room's decisions are kept here and in %1, and saved in order as soon as the database can be reached.</source>
        <translation>Die Entscheidungen des Raums bleiben hier und in %1 erhalten und werden der Reihe nach gespeichert, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>Save the kept decisions now</source>
        <translation>Die aufbewahrten Entscheidungen jetzt speichern</translation>
    </message>
    <message>
        <source>All decisions saved</source>
        <translation>Alle Entscheidungen gespeichert</translation>
    </message>
    <message>
        <source>Pause (T)</source>
        <translation>Anhalten (T)</translation>
    </message>
    <message>
        <source>Export decision log</source>
        <translation>Entscheidungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Markdown or text (*.md *.txt)</source>
        <translation>Markdown oder Text (*.md *.txt)</translation>
    </message>
    <message>
        <source>The log was not saved: %1</source>
        <translation>Das Protokoll wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Workshop mode</source>
        <translation>Workshop-Modus</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Pick the answer with that number (1 = the first shown, as in the wizard)</source>
        <translation>Die Antwort mit dieser Nummer wählen (1 = die erste angezeigte, wie im Assistenten)</translation>
    </message>
    <message>
        <source>Up / + and Down / −</source>
        <translation>Auf / + und Ab / −</translation>
    </message>
    <message>
        <source>One more or one fewer participant for the picked answer</source>
        <translation>Eine Person mehr oder weniger für die gewählte Antwort</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Record the picked answer as the room's decision (asks for a reason if it differs from the suggestion)</source>
        <translation>Die gewählte Antwort als Entscheidung des Raums festhalten (fragt nach einem Grund, wenn sie vom Vorschlag abweicht)</translation>
    </message>
    <message>
        <source>PageDown / → and PageUp / ←</source>
        <translation>Bild↓ / → und Bild↑ / ←</translation>
    </message>
    <message>
        <source>Next or previous question</source>
        <translation>Nächste oder vorige Frage</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Blind round on or off: the room sees only how many votes are in</source>
        <translation>Verdeckte Runde ein oder aus: Der Raum sieht nur, wie viele Stimmen abgegeben sind</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Reveal the room's counts for this question</source>
        <translation>Die Zählung des Raums zu dieser Frage aufdecken</translation>
    </message>
    <message>
        <source>T and R</source>
        <translation>T und R</translation>
    </message>
    <message>
        <source>Start or pause the question's timer; reset it</source>
        <translation>Die Zeitmessung der Frage starten oder anhalten; sie zurücksetzen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Show or hide the facilitator's controls (one screen)</source>
        <translation>Die Steuerung der Moderation zeigen oder ausblenden (ein Bildschirm)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the workshop</source>
        <translation>Den Workshop verlassen</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>%1 — audience</source>
        <translation>%1 — Publikum</translation>
    </message>
    <message>
        <source>%1 — facilitator</source>
        <translation>%1 — Moderation</translation>
    </message>
    <message>
        <source>%1 — workshop</source>
        <translation>%1 — Workshop</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: %n decision(s) of this workshop.</source>
        <translation><numerusform>Noch nicht gespeichert: %n Entscheidung dieses Workshops.</numerusform><numerusform>Noch nicht gespeichert: %n Entscheidungen dieses Workshops.</numerusform></translation>
    </message>
    <message>
        <source>If you leave now, they are kept in %1 and offered again when the app next opens this database.</source>
        <translation>Wenn Sie ihn jetzt verlassen, bleiben sie in %1 erhalten und werden erneut angeboten, wenn die App diese Datenbank das nächste Mal öffnet.</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>Leave Anyway</source>
        <translation>Trotzdem verlassen</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>Pick an answer first (its number key), then record the decision.</source>
        <translation>Wählen Sie zuerst eine Antwort (ihre Zifferntaste), dann halten Sie die Entscheidung fest.</translation>
    </message>
</context>
</TS>
