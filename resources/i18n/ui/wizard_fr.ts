<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CaseEditor</name>
    <message>
        <source>Your version of the case is kept in %1 (File ▸ Import brings it back).</source>
        <translation>Votre version du cas est conservée dans %1 (Fichier ▸ Importer la reprend).</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (report)</source>
        <translation>%1 (rapport)</translation>
    </message>
    <message>
        <source>A cross-case pattern of the report (%1). %2</source>
        <translation>Une constante transversale du rapport (%1). %2</translation>
    </message>
    <message>
        <source>From the reference case “%1”</source>
        <translation>Tiré du cas de référence « %1 »</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggéré : %1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>(not assessed)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3, after it was shown here.</source>
        <translation>%1 a modifié « %2 » le %3, après son affichage ici.</translation>
    </message>
    <message>
        <source>Their value: %1
Your value: %2</source>
        <translation>Sa valeur : %1
Votre valeur : %2</translation>
    </message>
    <message>
        <source>Also changed meanwhile: %1 (the same choice applies).</source>
        <translation>Également modifié entre-temps : %1 (le même choix s'applique).</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu'un d'autre</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Discard your change; the page shows their value</source>
        <translation>Abandonner votre modification ; la page montre sa valeur</translation>
    </message>
    <message>
        <source>Save your value; the history keeps both</source>
        <translation>Enregistrer votre valeur ; l'historique garde les deux</translation>
    </message>
</context>
<context>
    <name>EvidenceButton</name>
    <message>
        <source>⚠ sources %1</source>
        <translation>⚠ sources %1</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>Evidence: 1 source</source>
        <translation>Éléments de preuve : 1 source</translation>
    </message>
    <message>
        <source>Evidence: %1 sources</source>
        <translation>Éléments de preuve : %1 sources</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confiance %1</translation>
    </message>
    <message>
        <source>dissent noted</source>
        <translation>désaccord consigné</translation>
    </message>
    <message>
        <source>⚠ The newest source dates from %1: %2.</source>
        <translation>⚠ La source la plus récente date de %1 : %2.</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Éléments de preuve pour %1</translation>
    </message>
    <message>
        <source>No sources cited yet.</source>
        <translation>Aucune source citée pour l'instant.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confiance : %1</translation>
    </message>
    <message>
        <source>Dissent: %1</source>
        <translation>Désaccord : %1</translation>
    </message>
    <message>
        <source>Click to read it.</source>
        <translation>Cliquez pour les lire.</translation>
    </message>
    <message>
        <source>Click to add sources, confidence or dissent.</source>
        <translation>Cliquez pour ajouter des sources, la confiance ou un désaccord.</translation>
    </message>
    <message>
        <source>Or press %1 on the rating.</source>
        <translation>Ou appuyez sur %1 sur l'évaluation.</translation>
    </message>
    <message>
        <source>older than 1 year</source>
        <translation>de plus d'un an</translation>
    </message>
    <message>
        <source>older than %1 years</source>
        <translation>de plus de %1 ans</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Not stated</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>pas encore évalué</translation>
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
        <source>Evidence for %1</source>
        <translation>Éléments de preuve pour %1</translation>
    </message>
    <message>
        <source>Current rating: %1</source>
        <translation>Évaluation actuelle : %1</translation>
    </message>
    <message>
        <source>This is a reference case: its evidence is shown to read, not to change.</source>
        <translation>Ceci est un cas de référence : ses éléments de preuve sont affichés pour être lus, non modifiés.</translation>
    </message>
    <message>
        <source>This case is read-only here: its evidence is shown to read.</source>
        <translation>Ce cas est ici en lecture seule : ses éléments de preuve sont affichés pour être lus.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Add from library…</source>
        <translation>&amp;Ajouter depuis la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Nouvelle source…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>A view the group did not follow: who held it and why (kept for the memo).</source>
        <translation>Un avis que le groupe n'a pas suivi : qui l'a défendu et pourquoi (conservé pour la note).</translation>
    </message>
    <message>
        <source>No dissent recorded.</source>
        <translation>Aucun désaccord consigné.</translation>
    </message>
    <message>
        <source>No sources yet.</source>
        <translation>Aucune source pour l'instant.</translation>
    </message>
    <message>
        <source>No sources yet. Add one from the library, or write a new one (it joins the library).</source>
        <translation>Aucune source pour l'instant. Ajoutez-en une depuis la bibliothèque, ou rédigez-en une nouvelle (elle rejoint la bibliothèque).</translation>
    </message>
    <message>
        <source>%1 Is there anything more recent?</source>
        <translation>%1 Existe-t-il quelque chose de plus récent ?</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>The source is added to the library when you press OK in the evidence dialog, so other ratings and cases can cite it too.</source>
        <translation>La source est ajoutée à la bibliothèque lorsque vous appuyez sur OK dans la fenêtre des éléments de preuve, afin que d'autres évaluations et d'autres cas puissent aussi la citer.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Not in the library yet: it is added when you press OK.</source>
        <translation>Pas encore dans la bibliothèque : elle y est ajoutée lorsque vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>This changes the copy cited for this rating. The library entry (and other cases) keep theirs; correct the library itself in the Source Library.</source>
        <translation>Ceci modifie la copie citée pour cette évaluation. L'entrée de la bibliothèque (et les autres cas) gardent la leur ; corrigez la bibliothèque elle-même dans la Bibliothèque des sources.</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>“%1” could not be added to the library: %2</source>
        <translation>« %1 » n'a pas pu être ajoutée à la bibliothèque : %2</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Edit instrument</source>
        <translation>Modifier l'instrument</translation>
    </message>
    <message>
        <source>Add your own instrument</source>
        <translation>Ajouter votre propre instrument</translation>
    </message>
    <message>
        <source>What Europe should do, in one or two sentences</source>
        <translation>Ce que l'Europe devrait faire, en une ou deux phrases</translation>
    </message>
    <message>
        <source>&amp;Level of ambition:</source>
        <translation>&amp;Niveau d'ambition :</translation>
    </message>
    <message>
        <source>&amp;Protect / promote / partner:</source>
        <translation>&amp;Protéger / promouvoir / coopérer :</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument :</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Cible</translation>
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
        <translation>Vos instruments</translation>
    </message>
    <message>
        <source>The case's instruments in order. Ctrl+Up and Ctrl+Down move the selected one, Delete removes it.</source>
        <translation>Les instruments du cas, dans l'ordre. Ctrl+Haut et Ctrl+Bas déplacent celui qui est sélectionné, Suppr le retire.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add your &amp;own…</source>
        <translation>Ajouter le &amp;vôtre…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Add all suggested (bold) instruments</source>
        <translation>Ajouter tous les instruments suggérés (en gras)</translation>
    </message>
    <message>
        <source>Show the other feasible levels too</source>
        <translation>Afficher aussi les autres niveaux réalisables</translation>
    </message>
    <message>
        <source>Protect, promote and partner</source>
        <translation>Protéger, promouvoir et coopérer</translation>
    </message>
    <message>
        <source>Every focus</source>
        <translation>Toutes les cibles</translation>
    </message>
    <message>
        <source>Search the catalogue…</source>
        <translation>Rechercher dans le catalogue…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Down goes to the first entry found.</source>
        <translation>Bas mène à la première entrée trouvée.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Focu&amp;s:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Space ticks or unticks the entry: a ticked entry is one of your instruments.</source>
        <translation>Espace coche ou décoche l'entrée : une entrée cochée est l'un de vos instruments.</translation>
    </message>
    <message>
        <source>Bold: suggested for this case. The Source column says where an entry comes from; hover it for more.</source>
        <translation>En gras : suggéré pour ce cas. La colonne Source indique d'où vient une entrée ; survolez-la pour en savoir plus.</translation>
    </message>
    <message>
        <source>No level chosen yet (Step 3): showing every feasible level.</source>
        <translation>Aucun niveau retenu pour l'instant (étape 3) : tous les niveaux réalisables sont affichés.</translation>
    </message>
    <message>
        <source>Showing %1 (chosen) and the other feasible levels.</source>
        <translation>Niveaux affichés : %1 (retenu) et les autres niveaux réalisables.</translation>
    </message>
    <message>
        <source>Showing the chosen level, %1.</source>
        <translation>Niveau affiché : le niveau retenu, %1.</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>Ajouter un instrument</translation>
    </message>
    <message>
        <source>Remove instrument</source>
        <translation>Retirer un instrument</translation>
    </message>
    <message>
        <source>Ticked, added to your instruments: %1</source>
        <translation>Coché, ajouté à vos instruments : %1</translation>
    </message>
    <message>
        <source>Unticked, removed from your instruments: %1</source>
        <translation>Décoché, retiré de vos instruments : %1</translation>
    </message>
    <message>
        <source>Add suggested instruments</source>
        <translation>Ajouter les instruments suggérés</translation>
    </message>
    <message>
        <source>Reorder instruments</source>
        <translation>Réordonner les instruments</translation>
    </message>
    <message>
        <source>Edit instrument</source>
        <translation>Modifier un instrument</translation>
    </message>
    <message>
        <source>Add own instrument</source>
        <translation>Ajouter son propre instrument</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Instruments step</source>
        <translation>Étape Instruments</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Bas (dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Go to the first entry of the catalogue</source>
        <translation>Aller à la première entrée du catalogue</translation>
    </message>
    <message>
        <source>Space (in the catalogue)</source>
        <translation>Espace (dans le catalogue)</translation>
    </message>
    <message>
        <source>Tick or untick the entry: add it to your instruments or remove it</source>
        <translation>Cocher ou décocher l'entrée : l'ajouter à vos instruments ou l'en retirer</translation>
    </message>
    <message>
        <source>Ctrl+Up / Ctrl+Down (in your instruments)</source>
        <translation>Ctrl+Haut / Ctrl+Bas (dans vos instruments)</translation>
    </message>
    <message>
        <source>Move the selected instrument up or down</source>
        <translation>Monter ou descendre l'instrument sélectionné</translation>
    </message>
    <message>
        <source>Delete (in your instruments)</source>
        <translation>Suppr (dans vos instruments)</translation>
    </message>
    <message>
        <source>Remove the selected instrument</source>
        <translation>Retirer l'instrument sélectionné</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Reason for your rating</source>
        <translation>Raison de votre évaluation</translation>
    </message>
    <message>
        <source>The suggestion for %1 is “%2”; you chose “%3”.
Say briefly why (e.g. what the experts weighed that the factors do not capture). The reason is kept with the case and shown in the review and the scorecards.</source>
        <translation>Suggestion pour %1 : « %2 » ; vous avez choisi « %3 ».
Dites brièvement pourquoi (p. ex. ce que les experts ont pris en compte et que les facteurs ne saisissent pas). La raison est conservée avec le cas et affichée dans la relecture et les fiches d'évaluation.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for your rating (required)</source>
        <translation>Raison de votre évaluation (obligatoire)</translation>
    </message>
    <message>
        <source>The suggestion for %1 is %2; you chose %3.</source>
        <translation>Suggestion pour %1 : %2 ; vous avez choisi %3.</translation>
    </message>
</context>
<context>
    <name>ReviewLinks</name>
    <message>
        <source>1 inconsistency</source>
        <translation>1 incohérence</translation>
    </message>
    <message>
        <source>%1 inconsistencies</source>
        <translation>%1 incohérences</translation>
    </message>
    <message>
        <source>1 to do</source>
        <translation>1 à faire</translation>
    </message>
    <message>
        <source>%1 to do</source>
        <translation>%1 à faire</translation>
    </message>
    <message>
        <source>1 advised</source>
        <translation>1 conseillé</translation>
    </message>
    <message>
        <source>%1 advised</source>
        <translation>%1 conseillés</translation>
    </message>
    <message>
        <source>1 evidence to check</source>
        <translation>1 élément de preuve à vérifier</translation>
    </message>
    <message>
        <source>%1 evidence to check</source>
        <translation>%1 éléments de preuve à vérifier</translation>
    </message>
    <message>
        <source>1 worth considering</source>
        <translation>1 à envisager</translation>
    </message>
    <message>
        <source>%1 worth considering</source>
        <translation>%1 à envisager</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Aller à :</translation>
    </message>
    <message>
        <source>Go to %1: %2</source>
        <translation>Aller à %1 : %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Inconsistencies</source>
        <translation>Incohérences</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>Advised, not required</source>
        <translation>Conseillé, non obligatoire</translation>
    </message>
    <message>
        <source>Worth considering</source>
        <translation>À envisager</translation>
    </message>
    <message>
        <source>Go to %1 →</source>
        <translation>Aller à %1 →</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing missing, nothing inconsistent.&lt;/b&gt; The assessment is complete.</source>
        <translation>&lt;b&gt;Rien ne manque, rien n'est incohérent.&lt;/b&gt; L'évaluation est complète.</translation>
    </message>
    <message>
        <source>%1: newest source %2.</source>
        <translation>%1 : source la plus récente %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Sources %1 (%2)</source>
        <translation>Sources %1 (%2)</translation>
    </message>
    <message>
        <source>Ratings without any source (%1)</source>
        <translation>Évaluations sans aucune source (%1)</translation>
    </message>
    <message>
        <source>Evidence to check</source>
        <translation>Éléments de preuve à vérifier</translation>
    </message>
    <message>
        <source>Add or update sources with the Evidence button next to each rating.</source>
        <translation>Ajoutez ou mettez à jour les sources avec le bouton Éléments de preuve à côté de chaque évaluation.</translation>
    </message>
    <message>
        <source>Ratings without any source</source>
        <translation>Évaluations sans aucune source</translation>
    </message>
    <message>
        <source>%1: suggested %2, chosen %3. Reason: “%4”</source>
        <translation>%1 : suggéré %2, choisi %3. Raison : « %4 »</translation>
    </message>
    <message>
        <source>Ratings that differ from the suggestion</source>
        <translation>Évaluations qui s'écartent de la suggestion</translation>
    </message>
    <message>
        <source>Review of the whole case</source>
        <translation>Relecture de l'ensemble du cas</translation>
    </message>
    <message>
        <source>Flag sources older than this many years</source>
        <translation>Signaler les sources plus anciennes que ce nombre d'années</translation>
    </message>
    <message>
        <source>Flag sources older than</source>
        <translation>Signaler les sources de plus de</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>What is missing or inconsistent, the evidence to check, then the whole assessment. The Go to buttons above it open the steps with something listed.</source>
        <translation>Ce qui manque ou est incohérent, les éléments de preuve à vérifier, puis l'ensemble de l'évaluation. Les boutons Aller à au-dessus ouvrent les étapes où quelque chose est signalé.</translation>
    </message>
    <message>
        <source>What is missing or inconsistent, the evidence to check, then the whole assessment.</source>
        <translation>Ce qui manque ou est incohérent, les éléments de preuve à vérifier, puis l'ensemble de l'évaluation.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Step 4 · Instruments</source>
        <translation>Étape 4 · Instruments</translation>
    </message>
    <message>
        <source>Pick the policy instruments for the level of ambition: tick them in the catalogue, add your own, reorder and edit. Each instrument knows its level, its side of the protect / promote / partner triangle and the source of strength it serves.</source>
        <translation>Choisissez les instruments politiques pour le niveau d'ambition : cochez-les dans le catalogue, ajoutez les vôtres, réordonnez et modifiez. Chaque instrument connaît son niveau, son côté du triangle protéger / promouvoir / coopérer et la source de force qu'il sert.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>The whole assessment on one page. Fix what is listed, or go back to any step from the left.</source>
        <translation>L'ensemble de l'évaluation sur une page. Corrigez ce qui est signalé, ou revenez à n'importe quelle étape depuis la gauche.</translation>
    </message>
</context>
</TS>