<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>e.g. Lithography for semiconductor production</source>
        <translation>p. ex. Lithographie pour la production de semi-conducteurs</translation>
    </message>
    <message>
        <source>e.g. Semiconductors</source>
        <translation>p. ex. Semi-conducteurs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Technology &amp;area:</source>
        <translation>&amp;Domaine technologique :</translation>
    </message>
    <message>
        <source>Name the technology niche. You can change both later.</source>
        <translation>Nommez la niche technologique. Vous pourrez modifier les deux plus tard.</translation>
    </message>
</context>
</TS>