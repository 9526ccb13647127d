<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>GuideHelp</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>GuideRender</name>
    <message>
        <source>Made from the app&apos;s own menus and keys each time the guide opens.</source>
        <translation>Établie à partir des menus et des touches de l&apos;application à chaque ouverture du guide.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce que fait la touche</translation>
    </message>
    <message>
        <source>Guide to the Reverse Dependency Workbench</source>
        <translation>Guide du Reverse Dependency Workbench</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide — Reverse Dependency Workbench</source>
        <translation>Guide — Reverse Dependency Workbench</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans le guide (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Enter (in Find)</source>
        <translation>Entrée (dans Rechercher)</translation>
    </message>
    <message>
        <source>Next place the text is found; Shift+Enter the one before</source>
        <translation>Occurrence suivante du texte&#xa0;; Maj+Entrée la précédente</translation>
    </message>
    <message>
        <source>Up / Down (in Contents)</source>
        <translation>Flèche haut / bas (dans le sommaire)</translation>
    </message>
    <message>
        <source>Go to a part of the guide</source>
        <translation>Aller à une partie du guide</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Fermer le guide</translation>
    </message>
</context>
</TS>
