<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>GuideHelp</name>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
</context>
<context>
    <name>GuideRender</name>
    <message>
        <source>Made from the app&apos;s own menus and keys each time the guide opens.</source>
        <translation>Bei jedem Öffnen des Leitfadens aus den Menüs und Tasten der App erstellt.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was die Taste bewirkt</translation>
    </message>
    <message>
        <source>Guide to the Reverse Dependency Workbench</source>
        <translation>Leitfaden zur Reverse Dependency Workbench</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide — Reverse Dependency Workbench</source>
        <translation>Leitfaden — Reverse Dependency Workbench</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Im Leitfaden suchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Leitfaden suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Enter (in Find)</source>
        <translation>Eingabe (in Suchen)</translation>
    </message>
    <message>
        <source>Next place the text is found; Shift+Enter the one before</source>
        <translation>Nächste Fundstelle des Textes; Umschalt+Eingabe die vorige</translation>
    </message>
    <message>
        <source>Up / Down (in Contents)</source>
        <translation>Pfeil nach oben / unten (im Inhalt)</translation>
    </message>
    <message>
        <source>Go to a part of the guide</source>
        <translation>Zu einem Teil des Leitfadens gehen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Leitfaden schließen</translation>
    </message>
</context>
</TS>
