<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllPagesFetcher</name>
    <message numerus="yes">
        <source>Fetched %L1 of %Ln orchestration(s)…</source>
        <translation>
            <numerusform>Fetched %L1 of %Ln orchestration…</numerusform>
            <numerusform>Fetched %L1 of %Ln orchestrations…</numerusform>
        </translation>
    </message>
</context>
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
    <name>ConnectionProfile</name>
    <message numerus="yes">
        <source>The label must be at most %Ln characters long.</source>
        <translation>
            <numerusform>The label must be at most %Ln characters long.</numerusform>
            <numerusform>The label must be at most %Ln characters long.</numerusform>
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
        <source>Fetching orchestrations: %L1 of %Ln</source>
        <translation>
            <numerusform>Fetching orchestrations: %L1 of %Ln</numerusform>
            <numerusform>Fetching orchestrations: %L1 of %Ln</numerusform>
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
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln shown of %L1 loaded</numerusform>
            <numerusform>%Ln shown of %L1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s)</source>
        <translation>
            <numerusform>%Ln orchestration</numerusform>
            <numerusform>%Ln orchestrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>Page %1: %Ln orchestration, in server order</numerusform>
            <numerusform>Page %1: %Ln orchestrations, in server order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>%Ln orchestration, in server order</numerusform>
            <numerusform>%Ln orchestrations, in server order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s); those not loaded yet are fetched first</source>
        <translation>
            <numerusform>%Ln orchestration; those not loaded yet are fetched first</numerusform>
            <numerusform>%Ln orchestrations; those not loaded yet are fetched first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in view order</source>
        <translation>
            <numerusform>%Ln orchestration, in view order</numerusform>
            <numerusform>%Ln orchestrations, in view order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln orchestration(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %Ln orchestration to %1 (%2).</numerusform>
            <numerusform>Exported %Ln orchestrations to %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln orchestration(s), about %1.</source>
        <translation>
            <numerusform>%Ln orchestration, about %1.</numerusform>
            <numerusform>%Ln orchestrations, about %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s).</source>
        <translation>
            <numerusform>%Ln orchestration.</numerusform>
            <numerusform>%Ln orchestrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message numerus="yes">
        <source>The file says it holds %Ln orchestration(s) but holds %L1.</source>
        <translation>
            <numerusform>The file says it holds %Ln orchestration but holds %L1.</numerusform>
            <numerusform>The file says it holds %Ln orchestrations but holds %L1.</numerusform>
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
    <name>HttpExchange</name>
    <message numerus="yes">
        <source>The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not loaded.</source>
        <translation>
            <numerusform>The response is larger than the limit of %L1 bytes (at least %Ln byte); it was not loaded.</numerusform>
            <numerusform>The response is larger than the limit of %L1 bytes (at least %Ln bytes); it was not loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed %Ln byte(s) before the end of the response.</source>
        <translation>
            <numerusform>The connection closed %Ln byte before the end of the response.</numerusform>
            <numerusform>The connection closed %Ln bytes before the end of the response.</numerusform>
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
    <message numerus="yes">
        <source>The search and the sort cover this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>The search and the sort cover this page only: %L1 of %Ln orchestration.</numerusform>
            <numerusform>The search and the sort cover this page only: %L1 of %Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>The search covers this page only: %L1 of %Ln orchestration.</numerusform>
            <numerusform>The search covers this page only: %L1 of %Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sort covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>The sort covers this page only: %L1 of %Ln orchestration.</numerusform>
            <numerusform>The sort covers this page only: %L1 of %Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded, %L2 total</source>
        <translation>
            <numerusform>%Ln shown of %L1 loaded, %L2 total</numerusform>
            <numerusform>%Ln shown of %L1 loaded, %L2 total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln shown of %L1 loaded</numerusform>
            <numerusform>%Ln shown of %L1 loaded</numerusform>
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
    <name>PageBar</name>
    <message numerus="yes">
        <source>The server sent %L1 per page although %Ln were asked for.</source>
        <translation>
            <numerusform>The server sent %L1 per page although %Ln were asked for.</numerusform>
            <numerusform>The server sent %L1 per page although %Ln were asked for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln of %L1 loaded</source>
        <translation>
            <numerusform>Stopped: %Ln of %L1 loaded</numerusform>
            <numerusform>Stopped: %Ln of %L1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error: %Ln loaded</source>
        <translation>
            <numerusform>Stopped by an error: %Ln loaded</numerusform>
            <numerusform>Stopped by an error: %Ln loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded</source>
        <translation>
            <numerusform>All %Ln loaded</numerusform>
            <numerusform>All %Ln loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded</source>
        <translation>
            <numerusform>%Ln of %L1 loaded</numerusform>
            <numerusform>%Ln of %L1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln loaded</numerusform>
            <numerusform>%Ln loaded</numerusform>
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
    <name>RecordWarnings</name>
    <message numerus="yes">
        <source>%Ln records: %1: %2 (first: orchestration %3)</source>
        <translation>
            <numerusform>%Ln records: %1: %2 (first: orchestration %3)</numerusform>
            <numerusform>%Ln records: %1: %2 (first: orchestration %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages: %1: %2 (first: page %3)</source>
        <translation>
            <numerusform>%Ln pages: %1: %2 (first: page %3)</numerusform>
            <numerusform>%Ln pages: %1: %2 (first: page %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further warning(s) of other kinds are not listed.</source>
        <translation>
            <numerusform>%Ln further warning of other kinds is not listed.</numerusform>
            <numerusform>%Ln further warnings of other kinds are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message numerus="yes">
        <source>The server reported a page size of %L1; using the %Ln record(s) of page 1 as the page size.</source>
        <translation>
            <numerusform>The server reported a page size of %L1; using the %Ln record of page 1 as the page size.</numerusform>
            <numerusform>The server reported a page size of %L1; using the %Ln records of page 1 as the page size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stops at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>loading stops at the limit of %Ln page</numerusform>
            <numerusform>loading stops at the limit of %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page.</numerusform>
            <numerusform>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stopped at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>loading stopped at the limit of %Ln page</numerusform>
            <numerusform>loading stopped at the limit of %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>Loading stopped at the limit of %Ln page.</numerusform>
            <numerusform>Loading stopped at the limit of %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.</source>
        <translation>
            <numerusform>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record loaded before it.</numerusform>
            <numerusform>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln records loaded before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 orchestrations and %4.</source>
        <translation>
            <numerusform>Loading stopped at page %1 after %Ln orchestration (%2): a scan loads at most %L3 orchestrations and %4.</numerusform>
            <numerusform>Loading stopped at page %1 after %Ln orchestrations (%2): a scan loads at most %L3 orchestrations and %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced %Ln orchestration(s) but sent %L1.</source>
        <translation>
            <numerusform>The server announced %Ln orchestration but sent %L1.</numerusform>
            <numerusform>The server announced %Ln orchestrations but sent %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeated an id received before</source>
        <translation>
            <numerusform>%Ln record repeated an id received before</numerusform>
            <numerusform>%Ln records repeated an id received before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3</source>
        <translation>
            <numerusform>%L1 of the %Ln orchestration announced was received (%L2 missing): %3</numerusform>
            <numerusform>%L1 of the %Ln orchestrations announced were received (%L2 missing): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s) were received (the server did not say how many there are): %1</source>
        <translation>
            <numerusform>%Ln orchestration was received (the server did not say how many there are): %1</numerusform>
            <numerusform>%Ln orchestrations were received (the server did not say how many there are): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation>
            <numerusform>%Ln record repeats an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</numerusform>
            <numerusform>%Ln records repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</numerusform>
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
    <message numerus="yes">
        <source>The system keychain is not answering (no reply within %n second(s)). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>
            <numerusform>The system keychain is not answering (no reply within %n second). Secrets are kept in memory for this session only and must be entered again after a restart.</numerusform>
            <numerusform>The system keychain is not answering (no reply within %n seconds). Secrets are kept in memory for this session only and must be entered again after a restart.</numerusform>
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
