<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AmbitionPage</name>
        <message>
            <source>Use all four suggestions</source>
            <translation>Alle vier Vorschläge übernehmen</translation>
        </message>
        <message>
            <source>Trade-off: %1</source>
            <translation>Zielkonflikt: %1</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>The level Europe should aim for in this niche (usually a feasible one).</source>
            <translation>Das Niveau, das Europa in dieser Nische anstreben sollte (in der Regel ein machbares).</translation>
        </message>
        <message>
            <source>Level of ambition chosen</source>
            <translation>Gewähltes Ambitionsniveau</translation>
        </message>
        <message>
            <source>Choose level of ambition</source>
            <translation>Ambitionsniveau wählen</translation>
        </message>
        <message>
            <source>Strategic entanglement ↔ autonomy</source>
            <translation>Strategische Verflechtung ↔ Autonomie</translation>
        </message>
        <message>
            <source>Balance between strategic entanglement and autonomy</source>
            <translation>Gleichgewicht zwischen strategischer Verflechtung und Autonomie</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Clear the balance</source>
            <translation>Das Gleichgewicht löschen</translation>
        </message>
        <message>
            <source>Clear balance</source>
            <translation>Gleichgewicht löschen</translation>
        </message>
        <message>
            <source>Entanglement</source>
            <translation>Verflechtung</translation>
        </message>
        <message>
            <source>Why this level? What would it cost Europe, and what would change the assessment?</source>
            <translation>Warum dieses Niveau? Was würde es Europa kosten, und was würde die Bewertung ändern?</translation>
        </message>
        <message>
            <source>Ambition: rationale</source>
            <translation>Ambition: Begründung</translation>
        </message>
        <message>
            <source>Edit ambition rationale</source>
            <translation>Begründung der Ambition bearbeiten</translation>
        </message>
        <message>
            <source>Feasibility of %1</source>
            <translation>Machbarkeit der %1</translation>
        </message>
        <message>
            <source>Accept suggested feasibility</source>
            <translation>Vorgeschlagene Machbarkeit übernehmen</translation>
        </message>
        <message>
            <source>Set entanglement–autonomy balance</source>
            <translation>Gleichgewicht Verflechtung–Autonomie festlegen</translation>
        </message>
        <message>
            <source>Not set yet: move the slider to place this case between the poles.</source>
            <translation>Noch nicht festgelegt: Verschieben Sie den Regler, um diesen Fall zwischen den Polen einzuordnen.</translation>
        </message>
        <message>
            <source>%1% entanglement · %2% autonomy</source>
            <translation>%1 % Verflechtung · %2 % Autonomie</translation>
        </message>
    </context>
    <context>
        <name>BasicsPage</name>
        <message>
            <source>e.g. Lithography for semiconductor front-end production</source>
            <translation>z. B. Lithografie für die Front-End-Fertigung von Halbleitern</translation>
        </message>
        <message>
            <source>e.g. Semiconductors</source>
            <translation>z. B. Halbleiter</translation>
        </message>
        <message>
            <source>What the niche is and where Europe's edge lies</source>
            <translation>Was die Nische ist und worin Europas Vorsprung liegt</translation>
        </message>
        <message>
            <source>What China cannot get elsewhere, and from whom it buys</source>
            <translation>Was China nirgendwo sonst bekommt und bei wem es kauft</translation>
        </message>
        <message>
            <source>One fact per line: market shares, figures, key firms</source>
            <translation>Eine Tatsache pro Zeile: Marktanteile, Zahlen, Schlüsselunternehmen</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Ministry, unit or organisation</source>
            <translation>Ministerium, Referat oder Organisation</translation>
        </message>
        <message>
            <source>Who should act</source>
            <translation>Wer handeln sollte</translation>
        </message>
        <message>
            <source>Who should act: %1</source>
            <translation>Wer handeln sollte: %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Technology area</source>
            <translation>Technologiebereich</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>China's dependency</source>
            <translation>Abhängigkeit Chinas</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Kernfakten</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Bewertet von</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>&amp;Who should act:</source>
            <translation>Wer sollte &amp;handeln:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Technology &amp;area:</source>
            <translation>Technologie&amp;bereich:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>Zusammen&amp;fassung:</translation>
        </message>
        <message>
            <source>&amp;China's dependency:</source>
            <translation>&amp;Abhängigkeit Chinas:</translation>
        </message>
        <message>
            <source>&amp;Key facts:</source>
            <translation>&amp;Kernfakten:</translation>
        </message>
        <message>
            <source>Assessed &amp;by:</source>
            <translation>Bewertet &amp;von:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Everything is saved as you type. The title cannot be empty.</source>
            <translation>Alles wird während der Eingabe gespeichert. Der Titel darf nicht leer sein.</translation>
        </message>
        <message>
            <source>Edit technology area</source>
            <translation>Technologiebereich bearbeiten</translation>
        </message>
        <message>
            <source>Edit summary</source>
            <translation>Zusammenfassung bearbeiten</translation>
        </message>
        <message>
            <source>Edit China's dependency</source>
            <translation>Abhängigkeit Chinas bearbeiten</translation>
        </message>
        <message>
            <source>Edit key facts</source>
            <translation>Kernfakten bearbeiten</translation>
        </message>
        <message>
            <source>Edit author</source>
            <translation>Bewertende Person bearbeiten</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Organisation bearbeiten</translation>
        </message>
        <message>
            <source>Tick who should act: %1</source>
            <translation>Ankreuzen, wer handeln sollte: %1</translation>
        </message>
        <message>
            <source>Untick who should act: %1</source>
            <translation>Kreuz entfernen, wer handeln sollte: %1</translation>
        </message>
        <message>
            <source>Rename case</source>
            <translation>Fall umbenennen</translation>
        </message>
    </context>
    <context>
        <name>CaseEditor</name>
        <message>
            <source>Review</source>
            <translation>Überprüfung</translation>
        </message>
        <message>
            <source>← All cases</source>
            <translation>← Alle Fälle</translation>
        </message>
        <message>
            <source>Back to the case list (Esc). Everything is already saved.</source>
            <translation>Zurück zur Fallliste (Esc). Alles ist bereits gespeichert.</translation>
        </message>
        <message>
            <source>Back to the case list (Esc). Some changes are not saved yet.</source>
            <translation>Zurück zur Fallliste (Esc). Einige Änderungen sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>This is a reference case from the DPC 2024 report: it is read-only.</source>
            <translation>Dies ist ein Referenzfall aus dem DPC-Bericht 2024: Er ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>You may read this team database but not change it.</source>
            <translation>Sie dürfen diese Teamdatenbank lesen, aber nicht ändern.</translation>
        </message>
        <message>
            <source>This database is open in another window, so it is read-only here.</source>
            <translation>Diese Datenbank ist in einem anderen Fenster geöffnet und daher hier schreibgeschützt.</translation>
        </message>
        <message>
            <source>Duplicate to Edit</source>
            <translation>Zum Bearbeiten duplizieren</translation>
        </message>
        <message>
            <source>Retry Now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <source>Save the kept changes now</source>
            <translation>Die aufbewahrten Änderungen jetzt speichern</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>Über&amp;prüfung</translation>
        </message>
        <message>
            <source>Page %1 of %2  ·  Ctrl+PgUp / Ctrl+PgDown to move between steps</source>
            <translation>Seite %1 von %2  ·  Strg+Bild↑ / Strg+Bild↓ wechselt den Schritt</translation>
        </message>
        <message numerus="yes">
            <source>Not saved yet: %n change(s) of this case.</source>
            <translation>
                <numerusform>Noch nicht gespeichert: %n Änderung dieses Falls.</numerusform>
                <numerusform>Noch nicht gespeichert: %n Änderungen dieses Falls.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you close it now, they are kept only in %1 (File ▸ Import brings them back).</source>
            <translation>Wenn Sie ihn jetzt schließen, bleiben sie nur in %1 erhalten (Datei ▸ Importieren holt sie zurück).</translation>
        </message>
        <message>
            <source>Keep Waiting</source>
            <translation>Weiter warten</translation>
        </message>
        <message>
            <source>Close Anyway</source>
            <translation>Trotzdem schließen</translation>
        </message>
        <message>
            <source>Not saved yet: %1</source>
            <translation>Noch nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Your changes are kept here and in %1, and saved in order as soon as the database can be reached.</source>
            <translation>Ihre Änderungen bleiben hier und in %1 erhalten und werden der Reihe nach gespeichert, sobald die Datenbank erreichbar ist.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Schreibgeschützt</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Vollständig</translation>
        </message>
        <message>
            <source>Not complete yet: open it to see what is missing</source>
            <translation>Noch nicht vollständig: Öffnen Sie ihn, um zu sehen, was fehlt</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>%1 (%2 opens the evidence).</source>
            <translation>%1 (%2 öffnet die Belege).</translation>
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
            <translation>Bewertung (im Assistenten)</translation>
        </message>
        <message>
            <source>Left / Right or Up / Down</source>
            <translation>Links / Rechts oder Oben / Unten</translation>
        </message>
        <message>
            <source>Choose the previous or next value</source>
            <translation>Den vorigen oder nächsten Wert wählen</translation>
        </message>
        <message>
            <source>Home / End</source>
            <translation>Pos1 / Ende</translation>
        </message>
        <message>
            <source>Choose the first or the last value</source>
            <translation>Den ersten oder letzten Wert wählen</translation>
        </message>
        <message>
            <source>1 … 9</source>
            <translation>1 … 9</translation>
        </message>
        <message>
            <source>Choose a value by its place: 1 is the first value shown</source>
            <translation>Einen Wert nach seiner Position wählen: 1 ist der erste angezeigte Wert</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Choose the value in focus; on the chosen value, clear the rating</source>
            <translation>Den Wert im Fokus wählen; auf dem gewählten Wert die Bewertung löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>Clear the rating (where a rating may be empty)</source>
            <translation>Die Bewertung löschen (wo eine Bewertung leer sein darf)</translation>
        </message>
        <message>
            <source>Open the evidence behind the rating (sources, confidence, dissent)</source>
            <translation>Die Belege hinter der Bewertung öffnen (Quellen, Konfidenz, abweichende Meinungen)</translation>
        </message>
        <message>
            <source>Case editor</source>
            <translation>Fall-Editor</translation>
        </message>
        <message>
            <source>Ctrl+PgDown / Ctrl+PgUp</source>
            <translation>Strg+Bild↓ / Strg+Bild↑</translation>
        </message>
        <message>
            <source>Next or previous step</source>
            <translation>Nächster oder vorheriger Schritt</translation>
        </message>
        <message>
            <source>Up / Down (in the step list)</source>
            <translation>Oben / Unten (in der Schrittliste)</translation>
        </message>
        <message>
            <source>Open another step; Tab goes into the page</source>
            <translation>Einen anderen Schritt öffnen; Tab springt in die Seite</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Close the case (it is saved as you go)</source>
            <translation>Den Fall schließen (er wird fortlaufend gespeichert)</translation>
        </message>
    </context>
    <context>
        <name>LeveragePage</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Set %1</source>
            <translation>%1 festlegen</translation>
        </message>
        <message>
            <source>Degree of European leverage</source>
            <translation>Grad der europäischen Hebelwirkung</translation>
        </message>
        <message>
            <source>Rationale and sources</source>
            <translation>Begründung und Quellen</translation>
        </message>
        <message>
            <source>Why these ratings? Name your sources.</source>
            <translation>Warum diese Bewertungen? Nennen Sie Ihre Quellen.</translation>
        </message>
        <message>
            <source>Leverage: rationale and sources</source>
            <translation>Hebelwirkung: Begründung und Quellen</translation>
        </message>
        <message>
            <source>Edit leverage rationale</source>
            <translation>Begründung der Hebelwirkung bearbeiten</translation>
        </message>
        <message>
            <source>Tick %1</source>
            <translation>„%1“ ankreuzen</translation>
        </message>
        <message>
            <source>Untick %1</source>
            <translation>Kreuz bei „%1“ entfernen</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceMark</name>
        <message>
            <source>Provenance: %1</source>
            <translation>Herkunft: %1</translation>
        </message>
    </context>
    <context>
        <name>StrengthPage</name>
        <message>
            <source>Source of strength?</source>
            <translation>Quelle der Stärke?</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Likelihood of an edge in 10 years</source>
            <translation>Wahrscheinlichkeit eines Vorsprungs in 10 Jahren</translation>
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
            <source>%1: source of strength</source>
            <translation>%1: Quelle der Stärke</translation>
        </message>
        <message>
            <source>%1: stance</source>
            <translation>%1: Ausrichtung</translation>
        </message>
        <message>
            <source>%1: likelihood</source>
            <translation>%1: Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Types of strength</source>
            <translation>Arten der Stärke</translation>
        </message>
        <message>
            <source>Tick every type that describes Europe's edge.</source>
            <translation>Kreuzen Sie jede Art an, die Europas Vorsprung beschreibt.</translation>
        </message>
        <message>
            <source>Rationale and sources</source>
            <translation>Begründung und Quellen</translation>
        </message>
        <message>
            <source>Why these ratings? Name your sources (studies, market data, interviews).</source>
            <translation>Warum diese Bewertungen? Nennen Sie Ihre Quellen (Studien, Marktdaten, Interviews).</translation>
        </message>
        <message>
            <source>Strength: rationale and sources</source>
            <translation>Stärke: Begründung und Quellen</translation>
        </message>
        <message>
            <source>Edit strength rationale</source>
            <translation>Begründung der Stärke bearbeiten</translation>
        </message>
        <message>
            <source>Set %1: source of strength</source>
            <translation>Quelle der Stärke festlegen: %1</translation>
        </message>
        <message>
            <source>Set %1: stance</source>
            <translation>Ausrichtung festlegen: %1</translation>
        </message>
        <message>
            <source>Set %1: likelihood</source>
            <translation>Wahrscheinlichkeit festlegen: %1</translation>
        </message>
        <message>
            <source>Tick %1</source>
            <translation>„%1“ ankreuzen</translation>
        </message>
        <message>
            <source>Untick %1</source>
            <translation>Kreuz bei „%1“ entfernen</translation>
        </message>
    </context>
    <context>
        <name>SuggestionPanel</name>
        <message>
            <source>Use suggestion</source>
            <translation>Vorschlag übernehmen</translation>
        </message>
        <message>
            <source>Suggestion for %1</source>
            <translation>Vorschlag: %1</translation>
        </message>
        <message>
            <source>Use the suggestion for %1</source>
            <translation>Den Vorschlag übernehmen: %1</translation>
        </message>
        <message>
            <source>No suggestion yet.</source>
            <translation>Noch kein Vorschlag.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt; %1 — not rated yet</source>
            <translation>&lt;b&gt;Vorgeschlagen:&lt;/b&gt; %1 — noch nicht bewertet</translation>
        </message>
        <message>
            <source>Suggested: %1 — not rated yet.</source>
            <translation>Vorgeschlagen: %1 — noch nicht bewertet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt; %1 — your rating agrees</source>
            <translation>&lt;b&gt;Vorgeschlagen:&lt;/b&gt; %1 — Ihre Bewertung stimmt überein</translation>
        </message>
        <message>
            <source>Suggested: %1 — your rating agrees.</source>
            <translation>Vorgeschlagen: %1 — Ihre Bewertung stimmt überein.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Vorgeschlagen:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>Suggested: %1.</source>
            <translation>Vorgeschlagen: %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your rating differs.&lt;/b&gt; Reason given: “%1”</source>
            <translation>&lt;b&gt;Ihre Bewertung weicht ab.&lt;/b&gt; Angegebener Grund: „%1“</translation>
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
            <translation>Warum nicht eine Stufe höher</translation>
        </message>
        <message>
            <source>For each level of ambition: what keeps the suggested feasibility where it is, and what it would take to raise it one step.</source>
            <translation>Für jedes Ambitionsniveau: was die vorgeschlagene Machbarkeit dort hält, wo sie ist, und was nötig wäre, um sie eine Stufe anzuheben.</translation>
        </message>
        <message>
            <source>Every level is already suggested as highly feasible.</source>
            <translation>Jedes Niveau wird bereits als gut machbar vorgeschlagen.</translation>
        </message>
        <message>
            <source>(no single reason recorded)</source>
            <translation>(kein einzelner Grund erfasst)</translation>
        </message>
        <message>
            <source>no suggestion yet</source>
            <translation>noch kein Vorschlag</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 — not %3</source>
            <translation>%1: %2 — nicht %3</translation>
        </message>
        <message>
            <source>because:</source>
            <translation>weil:</translation>
        </message>
        <message>
            <source>It would take:</source>
            <translation>Dafür wäre nötig:</translation>
        </message>
    </context>
    <context>
        <name>WizardPage</name>
        <message>
            <source>Step 3 · Level of ambition</source>
            <translation>Schritt 3 · Ambitionsniveau</translation>
        </message>
        <message>
            <source>How feasible is each level of ambition? %1 Each suggestion builds on the strength and leverage you rated; choose the level Europe should aim for.</source>
            <translation>Wie machbar ist jedes Ambitionsniveau? %1 Jeder Vorschlag baut auf der Stärke und der Hebelwirkung auf, die Sie bewertet haben; wählen Sie das Niveau, das Europa anstreben sollte.</translation>
        </message>
        <message>
            <source>Basics</source>
            <translation>Grunddaten</translation>
        </message>
        <message>
            <source>Name the technology niche and say, in a few sentences, what it is and how China depends, or could come to depend, on Europe in it.</source>
            <translation>Benennen Sie die Technologienische und beschreiben Sie in wenigen Sätzen, was sie ist und wie China in ihr von Europa abhängt oder abhängig werden könnte.</translation>
        </message>
        <message>
            <source>Step 2 · Leverage</source>
            <translation>Schritt 2 · Hebelwirkung</translation>
        </message>
        <message>
            <source>Strength is necessary but not sufficient for leverage. Rate each factor that decides how far Europe's strength gives it leverage over China; the degree of leverage is then suggested from them.</source>
            <translation>Stärke ist notwendig, aber nicht hinreichend für Hebelwirkung. Bewerten Sie jeden Faktor, der bestimmt, wie weit Europas Stärke ihm Hebelwirkung gegenüber China verschafft; der Grad der Hebelwirkung wird dann daraus vorgeschlagen.</translation>
        </message>
        <message>
            <source>%1 — likelihood</source>
            <translation>%1 — Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>%1 — feasibility</source>
            <translation>%1 — Machbarkeit</translation>
        </message>
        <message>
            <source>Legend of the provenance marks</source>
            <translation>Legende der Herkunftszeichen</translation>
        </message>
        <message>
            <source>Set %1</source>
            <translation>%1 festlegen</translation>
        </message>
        <message>
            <source>Accept suggested %1</source>
            <translation>Vorschlag übernehmen: %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <translation>Belege für %1</translation>
        </message>
        <message>
            <source>Step 1 · Technological strength</source>
            <translation>Schritt 1 · Technologische Stärke</translation>
        </message>
        <message>
            <source>Which pillars carry Europe's edge over China in this niche, should Europe maintain it or regain / develop it, and how likely is Europe to hold the edge in 10 years?</source>
            <translation>Welche Säulen tragen Europas Vorsprung gegenüber China in dieser Nische, sollte Europa ihn erhalten oder zurückgewinnen / aufbauen, und wie wahrscheinlich ist es, dass Europa den Vorsprung in 10 Jahren hält?</translation>
        </message>
    </context>
    <context>
        <name>_LevelEntry</name>
        <message>
            <source>Hide the reasons</source>
            <translation>Die Gründe ausblenden</translation>
        </message>
        <message>
            <source>Show why, and what it would take</source>
            <translation>Zeigen, warum, und was nötig wäre</translation>
        </message>
    </context>
    <context>
        <name>CaseEditorController</name>
        <message>
            <source>Undo and redo wait until the changes kept here are saved.</source>
            <translation>Rückgängig und Wiederholen warten, bis die hier aufbewahrten Änderungen gespeichert sind.</translation>
        </message>
    </context>
</TS>
