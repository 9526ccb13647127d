<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>CaseEditor</name>
    <message>
        <source>Your version of the case is kept in %1 (File ▸ Import brings it back).</source>
        <translation>Ihre Fassung des Falls bleibt in %1 erhalten (Datei ▸ Importieren holt sie zurück).</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (report)</source>
        <translation>%1 (Bericht)</translation>
    </message>
    <message>
        <source>A cross-case pattern of the report (%1). %2</source>
        <translation>Ein fallübergreifendes Muster des Berichts (%1). %2</translation>
    </message>
    <message>
        <source>From the reference case “%1”</source>
        <translation>Aus dem Referenzfall „%1“</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>(not assessed)</source>
        <translation>(nicht bewertet)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3, after it was shown here.</source>
        <translation>%1 hat „%2“ am %3 geändert, nachdem es hier angezeigt wurde.</translation>
    </message>
    <message>
        <source>Their value: %1
Your value: %2</source>
        <translation>Der andere Wert: %1
Ihr Wert: %2</translation>
    </message>
    <message>
        <source>Also changed meanwhile: %1 (the same choice applies).</source>
        <translation>Inzwischen ebenfalls geändert: %1 (dieselbe Wahl gilt).</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Den anderen Wert behalten</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Discard your change; the page shows their value</source>
        <translation>Ihre Änderung verwerfen; die Seite zeigt den anderen Wert</translation>
    </message>
    <message>
        <source>Save your value; the history keeps both</source>
        <translation>Ihren Wert speichern; der Verlauf behält beide</translation>
    </message>
</context>
<context>
    <name>EvidenceButton</name>
    <message>
        <source>⚠ sources %1</source>
        <translation>⚠ Quellen %1</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Keine Quellen</translation>
    </message>
    <message>
        <source>Evidence: 1 source</source>
        <translation>Belege: 1 Quelle</translation>
    </message>
    <message>
        <source>Evidence: %1 sources</source>
        <translation>Belege: %1 Quellen</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <source>dissent noted</source>
        <translation>abweichende Meinung vermerkt</translation>
    </message>
    <message>
        <source>⚠ The newest source dates from %1: %2.</source>
        <translation>⚠ Die neueste Quelle stammt von %1: %2.</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Belege für %1</translation>
    </message>
    <message>
        <source>No sources cited yet.</source>
        <translation>Noch keine Quellen angegeben.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Konfidenz: %1</translation>
    </message>
    <message>
        <source>Dissent: %1</source>
        <translation>Abweichende Meinung: %1</translation>
    </message>
    <message>
        <source>Click to read it.</source>
        <translation>Klicken Sie, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Click to add sources, confidence or dissent.</source>
        <translation>Klicken Sie, um Quellen, Konfidenz oder eine abweichende Meinung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Or press %1 on the rating.</source>
        <translation>Oder drücken Sie %1 in der Bewertung.</translation>
    </message>
    <message>
        <source>older than 1 year</source>
        <translation>älter als 1 Jahr</translation>
    </message>
    <message>
        <source>older than %1 years</source>
        <translation>älter als %1 Jahre</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Belege für %1</translation>
    </message>
    <message>
        <source>Current rating: %1</source>
        <translation>Aktuelle Bewertung: %1</translation>
    </message>
    <message>
        <source>This is a reference case: its evidence is shown to read, not to change.</source>
        <translation>Dies ist ein Referenzfall: Seine Belege werden zum Lesen gezeigt, nicht zum Ändern.</translation>
    </message>
    <message>
        <source>This case is read-only here: its evidence is shown to read.</source>
        <translation>Dieser Fall ist hier schreibgeschützt: Seine Belege werden zum Lesen gezeigt.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Add from library…</source>
        <translation>Aus der Bibliothek &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Neue Quelle…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Abweichende Meinung</translation>
    </message>
    <message>
        <source>A view the group did not follow: who held it and why (kept for the memo).</source>
        <translation>Eine Auffassung, der die Gruppe nicht gefolgt ist: wer sie vertrat und warum (für den Vermerk festgehalten).</translation>
    </message>
    <message>
        <source>No dissent recorded.</source>
        <translation>Keine abweichende Meinung festgehalten.</translation>
    </message>
    <message>
        <source>No sources yet.</source>
        <translation>Noch keine Quellen.</translation>
    </message>
    <message>
        <source>No sources yet. Add one from the library, or write a new one (it joins the library).</source>
        <translation>Noch keine Quellen. Fügen Sie eine aus der Bibliothek hinzu oder erfassen Sie eine neue (sie wird in die Bibliothek aufgenommen).</translation>
    </message>
    <message>
        <source>%1 Is there anything more recent?</source>
        <translation>%1 Gibt es etwas Aktuelleres?</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>The source is added to the library when you press OK in the evidence dialog, so other ratings and cases can cite it too.</source>
        <translation>Die Quelle wird in die Bibliothek aufgenommen, wenn Sie im Belege-Dialog auf OK drücken, damit auch andere Bewertungen und Fälle sie zitieren können.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Not in the library yet: it is added when you press OK.</source>
        <translation>Noch nicht in der Bibliothek: Sie wird aufgenommen, wenn Sie auf OK drücken.</translation>
    </message>
    <message>
        <source>This changes the copy cited for this rating. The library entry (and other cases) keep theirs; correct the library itself in the Source Library.</source>
        <translation>Dies ändert die für diese Bewertung zitierte Kopie. Der Bibliothekseintrag (und andere Fälle) behalten ihre; korrigieren Sie die Bibliothek selbst in der Quellenbibliothek.</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>“%1” could not be added to the library: %2</source>
        <translation>„%1“ konnte nicht in die Bibliothek aufgenommen werden: %2</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Edit instrument</source>
        <translation>Instrument bearbeiten</translation>
    </message>
    <message>
        <source>Add your own instrument</source>
        <translation>Eigenes Instrument hinzufügen</translation>
    </message>
    <message>
        <source>What Europe should do, in one or two sentences</source>
        <translation>Was Europa tun sollte, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <source>&amp;Level of ambition:</source>
        <translation>&amp;Ambitionsniveau:</translation>
    </message>
    <message>
        <source>&amp;Protect / promote / partner:</source>
        <translation>&amp;Schützen / fördern / kooperieren:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Fokus:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
</context>
<context>
    <name>InstrumentTableModel</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
</context>
<context>
    <name>InstrumentsPage</name>
    <message>
        <source>Your instruments</source>
        <translation>Ihre Instrumente</translation>
    </message>
    <message>
        <source>The case's instruments in order. Ctrl+Up and Ctrl+Down move the selected one, Delete removes it.</source>
        <translation>Die Instrumente des Falls in ihrer Reihenfolge. Strg+Nach-oben und Strg+Nach-unten verschieben das ausgewählte, Entf entfernt es.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add your &amp;own…</source>
        <translation>Eigenes &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Add all suggested (bold) instruments</source>
        <translation>Alle vorgeschlagenen (fetten) Instrumente hinzufügen</translation>
    </message>
    <message>
        <source>Show the other feasible levels too</source>
        <translation>Auch die anderen machbaren Niveaus zeigen</translation>
    </message>
    <message>
        <source>Protect, promote and partner</source>
        <translation>Schützen, fördern und kooperieren</translation>
    </message>
    <message>
        <source>Every focus</source>
        <translation>Jeder Fokus</translation>
    </message>
    <message>
        <source>Search the catalogue…</source>
        <translation>Im Katalog suchen…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Im Katalog suchen</translation>
    </message>
    <message>
        <source>Down goes to the first entry found.</source>
        <translation>Nach unten führt zum ersten gefundenen Eintrag.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Focu&amp;s:</source>
        <translation>&amp;Fokus:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Space ticks or unticks the entry: a ticked entry is one of your instruments.</source>
        <translation>Leertaste hakt den Eintrag an oder ab: Ein angehakter Eintrag ist eines Ihrer Instrumente.</translation>
    </message>
    <message>
        <source>Bold: suggested for this case. The Source column says where an entry comes from; hover it for more.</source>
        <translation>Fett: für diesen Fall vorgeschlagen. Die Spalte Quelle sagt, woher ein Eintrag stammt; zeigen Sie darauf, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>No level chosen yet (Step 3): showing every feasible level.</source>
        <translation>Noch kein Niveau gewählt (Schritt 3): Alle machbaren Niveaus werden gezeigt.</translation>
    </message>
    <message>
        <source>Showing %1 (chosen) and the other feasible levels.</source>
        <translation>Gezeigt: %1 (gewählt) und die anderen machbaren Niveaus.</translation>
    </message>
    <message>
        <source>Showing the chosen level, %1.</source>
        <translation>Gezeigt wird das gewählte Niveau, %1.</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>Instrument hinzufügen</translation>
    </message>
    <message>
        <source>Remove instrument</source>
        <translation>Instrument entfernen</translation>
    </message>
    <message>
        <source>Ticked, added to your instruments: %1</source>
        <translation>Angehakt, zu Ihren Instrumenten hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Unticked, removed from your instruments: %1</source>
        <translation>Abgehakt, aus Ihren Instrumenten entfernt: %1</translation>
    </message>
    <message>
        <source>Add suggested instruments</source>
        <translation>Vorgeschlagene Instrumente hinzufügen</translation>
    </message>
    <message>
        <source>Reorder instruments</source>
        <translation>Instrumente neu ordnen</translation>
    </message>
    <message>
        <source>Edit instrument</source>
        <translation>Instrument bearbeiten</translation>
    </message>
    <message>
        <source>Add own instrument</source>
        <translation>Eigenes Instrument hinzufügen</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Instruments step</source>
        <translation>Schritt Instrumente</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Nach unten (im Suchfeld)</translation>
    </message>
    <message>
        <source>Go to the first entry of the catalogue</source>
        <translation>Zum ersten Eintrag des Katalogs gehen</translation>
    </message>
    <message>
        <source>Space (in the catalogue)</source>
        <translation>Leertaste (im Katalog)</translation>
    </message>
    <message>
        <source>Tick or untick the entry: add it to your instruments or remove it</source>
        <translation>Den Eintrag an- oder abhaken: zu Ihren Instrumenten hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down (in your instruments)</source>
        <translation>Strg+Nach-oben / Strg+Nach-unten (in Ihren Instrumenten)</translation>
    </message>
    <message>
        <source>Move the selected instrument up or down</source>
        <translation>Das ausgewählte Instrument nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Delete (in your instruments)</source>
        <translation>Entf (in Ihren Instrumenten)</translation>
    </message>
    <message>
        <source>Remove the selected instrument</source>
        <translation>Das ausgewählte Instrument entfernen</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Reason for your rating</source>
        <translation>Grund für Ihre Bewertung</translation>
    </message>
    <message>
        <source>The suggestion for %1 is “%2”; you chose “%3”.
Say briefly why (e.g. what the experts weighed that the factors do not capture). The reason is kept with the case and shown in the review and the scorecards.</source>
        <translation>Vorschlag für %1: „%2“; Sie haben „%3“ gewählt.
Sagen Sie kurz, warum (z. B. was die Fachleute abgewogen haben, das die Faktoren nicht erfassen). Der Grund wird mit dem Fall gespeichert und in der Überprüfung und den Bewertungsbögen gezeigt.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (erforderlich)</translation>
    </message>
    <message>
        <source>Reason for your rating (required)</source>
        <translation>Grund für Ihre Bewertung (erforderlich)</translation>
    </message>
    <message>
        <source>The suggestion for %1 is %2; you chose %3.</source>
        <translation>Vorschlag für %1: %2; Sie haben %3 gewählt.</translation>
    </message>
</context>
<context>
    <name>ReviewLinks</name>
    <message>
        <source>1 inconsistency</source>
        <translation>1 Widerspruch</translation>
    </message>
    <message>
        <source>%1 inconsistencies</source>
        <translation>%1 Widersprüche</translation>
    </message>
    <message>
        <source>1 to do</source>
        <translation>1 zu erledigen</translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation>%1 zu erledigen</translation>
    </message>
    <message>
        <source>1 advised</source>
        <translation>1 empfohlen</translation>
    </message>
    <message>
        <source>%1 advised</source>
        <translation>%1 empfohlen</translation>
    </message>
    <message>
        <source>1 evidence to check</source>
        <translation>1 Beleg zu prüfen</translation>
    </message>
    <message>
        <source>%1 evidence to check</source>
        <translation>%1 Belege zu prüfen</translation>
    </message>
    <message>
        <source>1 worth considering</source>
        <translation>1 zu erwägen</translation>
    </message>
    <message>
        <source>%1 worth considering</source>
        <translation>%1 zu erwägen</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Gehe zu:</translation>
    </message>
    <message>
        <source>Go to %1: %2</source>
        <translation>Gehe zu %1: %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Inconsistencies</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch zu erledigen</translation>
    </message>
    <message>
        <source>Advised, not required</source>
        <translation>Empfohlen, nicht erforderlich</translation>
    </message>
    <message>
        <source>Worth considering</source>
        <translation>Zu erwägen</translation>
    </message>
    <message>
        <source>Go to %1 →</source>
        <translation>Gehe zu %1 →</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing missing, nothing inconsistent.&lt;/b&gt; The assessment is complete.</source>
        <translation>&lt;b&gt;Nichts fehlt, nichts widerspricht sich.&lt;/b&gt; Die Bewertung ist vollständig.</translation>
    </message>
    <message>
        <source>%1: newest source %2.</source>
        <translation>%1: neueste Quelle %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Sources %1 (%2)</source>
        <translation>Quellen %1 (%2)</translation>
    </message>
    <message>
        <source>Ratings without any source (%1)</source>
        <translation>Bewertungen ohne jede Quelle (%1)</translation>
    </message>
    <message>
        <source>Evidence to check</source>
        <translation>Zu prüfende Belege</translation>
    </message>
    <message>
        <source>Add or update sources with the Evidence button next to each rating.</source>
        <translation>Fügen Sie Quellen mit der Schaltfläche Belege neben jeder Bewertung hinzu oder aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>Ratings without any source</source>
        <translation>Bewertungen ohne jede Quelle</translation>
    </message>
    <message>
        <source>%1: suggested %2, chosen %3. Reason: “%4”</source>
        <translation>%1: vorgeschlagen %2, gewählt %3. Grund: „%4“</translation>
    </message>
    <message>
        <source>Ratings that differ from the suggestion</source>
        <translation>Bewertungen, die vom Vorschlag abweichen</translation>
    </message>
    <message>
        <source>Review of the whole case</source>
        <translation>Überprüfung des ganzen Falls</translation>
    </message>
    <message>
        <source>Flag sources older than this many years</source>
        <translation>Quellen kennzeichnen, die älter als so viele Jahre sind</translation>
    </message>
    <message>
        <source>Flag sources older than</source>
        <translation>Quellen kennzeichnen, älter als</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>What is missing or inconsistent, the evidence to check, then the whole assessment. The Go to buttons above it open the steps with something listed.</source>
        <translation>Was fehlt oder sich widerspricht, die zu prüfenden Belege, dann die ganze Bewertung. Die Schaltflächen „Gehe zu“ darüber öffnen die Schritte, in denen etwas aufgeführt ist.</translation>
    </message>
    <message>
        <source>What is missing or inconsistent, the evidence to check, then the whole assessment.</source>
        <translation>Was fehlt oder sich widerspricht, die zu prüfenden Belege, dann die ganze Bewertung.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Step 4 · Instruments</source>
        <translation>Schritt 4 · Instrumente</translation>
    </message>
    <message>
        <source>Pick the policy instruments for the level of ambition: tick them in the catalogue, add your own, reorder and edit. Each instrument knows its level, its side of the protect / promote / partner triangle and the source of strength it serves.</source>
        <translation>Wählen Sie die Politikinstrumente für das Ambitionsniveau: Haken Sie sie im Katalog an, fügen Sie eigene hinzu, ordnen Sie sie neu und bearbeiten Sie sie. Jedes Instrument kennt sein Niveau, seine Seite des Dreiecks Schützen / fördern / kooperieren und die Quelle der Stärke, der es dient.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>The whole assessment on one page. Fix what is listed, or go back to any step from the left.</source>
        <translation>Die ganze Bewertung auf einer Seite. Beheben Sie, was aufgeführt ist, oder kehren Sie links zu einem beliebigen Schritt zurück.</translation>
    </message>
</context>
</TS>