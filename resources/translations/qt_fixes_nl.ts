<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own dialogs that the qtbase_nl catalogue of this Qt version lacks (its source
     texts gained an accelerator). Kept by hand; tools/update_translations.py compiles it. -->
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kijken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
