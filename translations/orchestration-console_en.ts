<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>Copied %n line.</numerusform>
            <numerusform>Copied %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message numerus="yes">
        <source>%n bot(s)</source>
        <translation>
            <numerusform>%n bot</numerusform>
            <numerusform>%n bots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation>
            <numerusform>Referenced by %n loaded orchestration</numerusform>
            <numerusform>Referenced by %n loaded orchestrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation>
            <numerusform>Connected. The tenant has %n orchestration.</numerusform>
            <numerusform>Connected. The tenant has %n orchestrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation>
            <numerusform>Exported %n orchestration.</numerusform>
            <numerusform>Exported %n orchestrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s), the first snapshot.</source>
        <translation>
            <numerusform>Recorded %n orchestration, the first snapshot.</numerusform>
            <numerusform>Recorded %n orchestrations, the first snapshot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>Recorded %n orchestration: %1 added, %2 removed, %3 changed.</numerusform>
            <numerusform>Recorded %n orchestrations: %1 added, %2 removed, %3 changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>%1 orchestration(s)</source>
        <translation>
            <numerusform>%1 orchestration</numerusform>
            <numerusform>%1 orchestrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %2 loaded</source>
        <translation>
            <numerusform>%1 shown of %2 loaded</numerusform>
            <numerusform>%1 shown of %2 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 orchestration(s) to %2 (%3).</source>
        <translation>
            <numerusform>Exported %1 orchestration to %2 (%3).</numerusform>
            <numerusform>Exported %1 orchestrations to %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 orchestration(s), %2.</source>
        <translation>
            <numerusform>%1 orchestration, %2.</numerusform>
            <numerusform>%1 orchestrations, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 orchestration(s).</source>
        <translation>
            <numerusform>%1 orchestration.</numerusform>
            <numerusform>%1 orchestrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n orchestration(s)</source>
        <translation>
            <numerusform>%n orchestration</numerusform>
            <numerusform>%n orchestrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <source>Changed %n time(s) since %1</source>
        <translation>
            <numerusform>Changed %n time since %1</numerusform>
            <numerusform>Changed %n times since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation>
            <numerusform>%1  (used by %n)</numerusform>
            <numerusform>%1  (used by %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation>
            <numerusform>&amp;Show the %n orchestration using this id</numerusform>
            <numerusform>&amp;Show the %n orchestrations using this id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation>
            <numerusform>%n loaded orchestration uses %1.</numerusform>
            <numerusform>%n loaded orchestrations use %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>Imported %n connection from %1.</numerusform>
            <numerusform>Imported %n connections from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>Exported %n connection to %1 (without secrets).</numerusform>
            <numerusform>Exported %n connections to %1 (without secrets).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>no reply within %n second</numerusform>
            <numerusform>no reply within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation>
            <numerusform>&amp;Copy %n row as text</numerusform>
            <numerusform>&amp;Copy %n rows as text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation>
            <numerusform>Copy %n row as &amp;JSON</numerusform>
            <numerusform>Copy %n rows as &amp;JSON</numerusform>
        </translation>
    </message>
</context>
</TS>
