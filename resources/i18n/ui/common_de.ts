<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>e.g. Lithography for semiconductor production</source>
        <translation>z. B. Lithografie für die Halbleiterfertigung</translation>
    </message>
    <message>
        <source>e.g. Semiconductors</source>
        <translation>z. B. Halbleiter</translation>
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
        <source>Name the technology niche. You can change both later.</source>
        <translation>Benennen Sie die Technologienische. Beides können Sie später ändern.</translation>
    </message>
</context>
</TS>