<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FacilitatorPanel</name>
    <message>
        <source>Facilitator controls</source>
        <translation>Commandes de l'animateur</translation>
    </message>
    <message>
        <source>e.g. Brussels, 12 March</source>
        <translation>p. ex. Bruxelles, 12 mars</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>The language of the audience screen: questions, answers, counts and decisions</source>
        <translation>La langue de l'écran du public : questions, réponses, décomptes et décisions</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Animateur :</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Room's language:</source>
        <translation>Langue de la salle :</translation>
    </message>
    <message>
        <source>Room's language</source>
        <translation>Langue de la salle</translation>
    </message>
    <message>
        <source>Questions (PageUp/PageDown or ←/→):</source>
        <translation>Questions (Page préc./Page suiv. ou ←/→) :</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Room's counts (number key, then Up/Down)</source>
        <translation>Décomptes de la salle (touche numérique, puis Haut/Bas)</translation>
    </message>
    <message>
        <source>Why the group decided so (goes into the log)</source>
        <translation>Pourquoi le groupe a décidé ainsi (consigné dans le journal)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Record Decision (Enter)</source>
        <translation>Consigner la décision (Entrée)</translation>
    </message>
    <message>
        <source>Blind Round (B)</source>
        <translation>Vote à l'aveugle (B)</translation>
    </message>
    <message>
        <source>The room sees only how many votes are in, not how they are spread, until you reveal them</source>
        <translation>La salle ne voit que le nombre de voix reçues, pas leur répartition, jusqu'à ce que vous les révéliez</translation>
    </message>
    <message>
        <source>Reveal (V)</source>
        <translation>Révéler (V)</translation>
    </message>
    <message>
        <source>Show the room's counts for this question</source>
        <translation>Afficher les décomptes de la salle pour cette question</translation>
    </message>
    <message>
        <source>Time on this question</source>
        <translation>Temps passé sur cette question</translation>
    </message>
    <message>
        <source>Start (T)</source>
        <translation>Démarrer (T)</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Remettre à zéro (R)</translation>
    </message>
    <message>
        <source>Notes on this question:</source>
        <translation>Notes sur cette question :</translation>
    </message>
    <message>
        <source>Notes on this question</source>
        <translation>Notes sur cette question</translation>
    </message>
    <message>
        <source>Decision log:</source>
        <translation>Journal des décisions :</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Exporter le journal…</translation>
    </message>
    <message>
        <source>Leave Workshop (Esc)</source>
        <translation>Quitter l'atelier (Échap)</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante : %1</translation>
    </message>
    <message>
        <source>Next: nothing — this is the last question.</source>
        <translation>Suivante : aucune — c'est la dernière question.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in (blind round)</source>
        <translation><numerusform>%n voix reçue (vote à l'aveugle)</numerusform><numerusform>%n voix reçues (vote à l'aveugle)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Room sees: %n vote(s) in</source>
        <translation><numerusform>La salle voit : %n voix reçue</numerusform><numerusform>La salle voit : %n voix reçues</numerusform></translation>
    </message>
    <message>
        <source>Record Again (Enter)</source>
        <translation>Consigner à nouveau (Entrée)</translation>
    </message>
    <message>
        <source>The rules suggest: %1</source>
        <translation>Les règles suggèrent : %1</translation>
    </message>
    <message>
        <source>Counts revealed</source>
        <translation>Décomptes révélés</translation>
    </message>
    <message>
        <source>Participants for %1</source>
        <translation>Participants pour %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message>
        <source>The room's decisions are kept here and in %1, and saved in order as soon as the database can be reached.</source>
        <translation>Les décisions de la salle sont conservées ici et dans %1, et seront enregistrées dans l'ordre dès que la base de données sera joignable.</translation>
    </message>
    <message>
        <source>Save the kept decisions now</source>
        <translation>Enregistrer maintenant les décisions conservées</translation>
    </message>
    <message>
        <source>All decisions saved</source>
        <translation>Toutes les décisions sont enregistrées</translation>
    </message>
    <message>
        <source>Pause (T)</source>
        <translation>Pause (T)</translation>
    </message>
    <message>
        <source>Export decision log</source>
        <translation>Exporter le journal des décisions</translation>
    </message>
    <message>
        <source>Markdown or text (*.md *.txt)</source>
        <translation>Markdown ou texte (*.md *.txt)</translation>
    </message>
    <message>
        <source>The log was not saved: %1</source>
        <translation>Le journal n'a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Workshop mode</source>
        <translation>Mode atelier</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Pick the answer with that number (1 = the first shown, as in the wizard)</source>
        <translation>Choisir la réponse portant ce numéro (1 = la première affichée, comme dans l'assistant)</translation>
    </message>
    <message>
        <source>Up / + and Down / −</source>
        <translation>Haut / + et Bas / −</translation>
    </message>
    <message>
        <source>One more or one fewer participant for the picked answer</source>
        <translation>Un participant de plus ou de moins pour la réponse choisie</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Record the picked answer as the room's decision (asks for a reason if it differs from the suggestion)</source>
        <translation>Consigner la réponse choisie comme décision de la salle (demande un motif si elle s'écarte de la suggestion)</translation>
    </message>
    <message>
        <source>PageDown / → and PageUp / ←</source>
        <translation>Page suiv. / → et Page préc. / ←</translation>
    </message>
    <message>
        <source>Next or previous question</source>
        <translation>Question suivante ou précédente</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Blind round on or off: the room sees only how many votes are in</source>
        <translation>Vote à l'aveugle activé ou désactivé : la salle ne voit que le nombre de voix reçues</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Reveal the room's counts for this question</source>
        <translation>Révéler les décomptes de la salle pour cette question</translation>
    </message>
    <message>
        <source>T and R</source>
        <translation>T et R</translation>
    </message>
    <message>
        <source>Start or pause the question's timer; reset it</source>
        <translation>Démarrer ou mettre en pause le chronomètre de la question ; le remettre à zéro</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Show or hide the facilitator's controls (one screen)</source>
        <translation>Afficher ou masquer les commandes de l'animateur (un seul écran)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave the workshop</source>
        <translation>Quitter l'atelier</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>%1 — audience</source>
        <translation>%1 — public</translation>
    </message>
    <message>
        <source>%1 — facilitator</source>
        <translation>%1 — animateur</translation>
    </message>
    <message>
        <source>%1 — workshop</source>
        <translation>%1 — atelier</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: %n decision(s) of this workshop.</source>
        <translation><numerusform>Pas encore enregistrée : %n décision de cet atelier.</numerusform><numerusform>Pas encore enregistrées : %n décisions de cet atelier.</numerusform></translation>
    </message>
    <message>
        <source>If you leave now, they are kept in %1 and offered again when the app next opens this database.</source>
        <translation>Si vous quittez maintenant, elles sont conservées dans %1 et proposées à nouveau la prochaine fois que l'application ouvrira cette base de données.</translation>
    </message>
    <message>
        <source>Keep Waiting</source>
        <translation>Continuer d'attendre</translation>
    </message>
    <message>
        <source>Leave Anyway</source>
        <translation>Quitter quand même</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>Pick an answer first (its number key), then record the decision.</source>
        <translation>Choisissez d'abord une réponse (sa touche numérique), puis consignez la décision.</translation>
    </message>
</context>
</TS>
