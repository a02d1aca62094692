<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;An administration console for eGain Conversation Hub orchestrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console is licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, under its BSD licence (the two-clause text, which QtKeychain calls the Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installed with the program, gives each licence in full and where the sources are.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllPagesFetcher</name>
    <message>
        <source>Fetched %1 of %2 orchestrations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending data (transfer timeout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandColourButton</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band colour: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the band&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>The token endpoint rejected the client id or client secret. Check the client credentials of this connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client application is not granted the scope &quot;%1&quot;. Check the scope in the profile and the client application&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client application may not use the client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint does not support the client credentials grant. Check the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the request as malformed. Check the token URL and client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials. Check the client id, secret and token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; redirects are not followed. Check the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint sent an invalid answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStack</name>
    <message>
        <source>There is nothing to sign in with: no access token and no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret needs a token URL to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineCredentials</name>
    <message>
        <source>Cannot read the client secret from standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-secret-stdin: standard input held no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: set %1 (with --token-url) or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret needs a token URL (--token-url) to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Reading %1 to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, taken %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data of %1 (%2), now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages are being fetched for an export; compare again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching every page to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;differing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare — Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the old side new and the new side old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected records&apos; differences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every difference as a JSON file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed orchestrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old and new side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old: %1
New: %2
%3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the records to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the differences to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass VA duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL is required to sign in with a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page number parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size and page number parameters must have different names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default page size must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http: credentials would cross the network unencrypted. Use https (plain http is allowed only for this machine&apos;s loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>No saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a token and one orchestration with what the form says, without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Fetching one orchestration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The first page was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret; it is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token; it is stored in the system keychain with its expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is kept in memory for this session. Type to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored. Enter it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored. Paste one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token has expired. Paste a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored %1, valid until %2. Paste to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored %1 with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The secret could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored in the keychain. Paste to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings are deleted, and its client secret and token are deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Deleting its keychain entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its keychain entries could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;. Secrets are not copied: enter the secret to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored: paste one to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored: enter it to test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of orchestrations or an object with an &quot;orchestration&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orchestration %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;orchestration&quot; member is written in a form the simulator cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orchestrations could not be separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffListModel</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, marked &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection&apos;s settings: client id, secret and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may not read orchestrations: check the connection&apos;s scope, or ask your tenant&apos;s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the client id or secret: check them in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network or VPN, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: the connection may not be private. Check the address, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>There is no connection profile &quot;%1&quot; (no profiles are saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1); set %2 to export with the profile &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Save it in the console&apos;s connection dialog, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--max-records and --max-bytes set it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export incomplete, nothing written: %1. --allow-incomplete writes it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching orchestrations: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console export --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>%1 orchestration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %2 loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2, in server order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paging: all loaded orchestrations are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in server order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; those not loaded yet are fetched first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page is fetched first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in view order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field is selected in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages not loaded yet are fetched first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the node and the orchestration it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching every page for the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the orchestrations that were received to %1 anyway? The file will say that it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Incomplete Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is incomplete (%1); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 orchestration(s) to %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed: any earlier file of that name is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The current &amp;view (filter and sort as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspector&apos;s selected &amp;node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full records, exactly as received (lossless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible &amp;columns only, as flat objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 orchestration(s), %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 orchestration(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?

The old file stays as it is until the new one is completely written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>The file&apos;s exportInfo is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s exportInfo.%1 has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it holds %1 orchestrations but holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportViewOptions</name>
    <message>
        <source>Only orchestrations matching TEXT, as the window&apos;s search: name, description, id or any nested id; every word must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active (yes) or inactive (no) orchestrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only these columns, as flat objects in this order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active takes yes or no, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns names &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns needs at least one column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWriteJob</name>
    <message>
        <source>no file name given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Bad fault &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires needs a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape is one of array, count, records, pagination, nocount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES default 1, * = always;
@PAGE = only requests for that page). NAME is one of:
  500 502 503 504 (any status)  answer that status
  429            Too Many Requests; retry-after=SECONDS, http-date
  302 (any 3xx), redirect  redirect to the other-host listener
  latency        delay; ms=, jitter=
  trickle        slow body; ms= (interval), chunk= (bytes)
  reset          TCP reset mid-body; bytes= sent first (default half)
  truncate       body shorter than Content-Length, then close; bytes=
  malformed      body that is not JSON
  wrongtypes     valid JSON of the wrong shape; shape=array|count|records|pagination|nocount
  oversized      huge valid body; bytes=
  ignorepaging   always page 1 at the default size
  countdrift     paginationInfo.count changes; delta=
  endless        pages that never end: always full, new ids, count 10^12
  drop           close the connection without answering
  gzipbomb       gzip body inflating to bytes= of valid JSON (default 64 MiB)
  gzipcut        gzip page cut short of its Content-Length, then close; bytes=
  token500 (token + any status)  the token endpoint fails
  tokenlatency   the token endpoint answers late; ms=, jitter=
  tokenexpiry    the token endpoint claims another expires_in; expires=JSON (1e300)
Examples: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, description or any id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches names, descriptions and ids, including every nested bot, participant, agent and customer id. Paste a UUID to see every orchestration that references it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orchestrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Open File → Connections… to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Try &apos;orchestration-console --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded demo tenant (a simulator with a few thousand orchestrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL of the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Orchestration Console window. Connect with --demo, or with --base-url, --token-url and --client-id and the client secret in %1 (or a ready token in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window for this run: %1 (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The response is larger than the limit of %1 bytes (at least %2 bytes); it was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the response in an encoding that was not asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s %1 encoding is broken or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed %1 bytes before the end of the response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSimulator</name>
    <message>
        <source>The simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is not valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to view orchestrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;node as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;orchestration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show orchestrations using this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an orchestration to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the orchestration inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the orchestration inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestration fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the selected orchestration. Enter on an id shows the orchestrations using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestration views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when the console is started again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One orchestration per row. Enter opens the row in the inspector; the context menu copies rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page, so the search and the sort cover the whole tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, test, import or remove saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the access token (the client secret stays stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page in the background, so sorting and filtering cover the whole tenant (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, description or any id (Ctrl+F); the arrow offers the Active and Kind filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the page, all pages, the view, the selected rows or the inspector&apos;s node to JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an exported file (or a saved API page) read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare an exported file with the live data, or with the snapshot shown: added, removed and changed orchestrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at the embedded simulator, not a real tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 — Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, token until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expires at %1 (UTC %2); a new one is fetched when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search and the sort cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this page only: %2 of %3 orchestrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this page only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded, %3 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all orchestrations… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading page %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orchestrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orchestrations in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded orchestration matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was closed before &quot;%1&quot; was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from keychain, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available: secrets and tokens are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. Choose it under Connection to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orchestration</name>
    <message>
        <source>The record is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither botConfiguration nor agentConfiguration is present; one of them is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrchestrationDiff</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrchestrationLoader</name>
    <message>
        <source>Page %1 was asked for but the server answered page %2; it may ignore the paging parameters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrchestrationPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not say its %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: %1 must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a usable page: %1 must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no paginationInfo: the total number of orchestrations is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: paginationInfo is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a usable page: paginationInfo is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer returning within %1 minutes goes straight to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass VA (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orchestration&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the orchestration is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of bots in the bot configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of agents in the agent configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID of the customer client application (custom channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the transcript goes to an eGain agent when the virtual assistant session was not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes within which a returning customer goes straight to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was created (local time; UTC in the cell&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was last modified (local time; UTC in the cell&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orchestration&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orchestration&apos;s unique ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>First page (Ctrl+Shift+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page (Ctrl+Shift+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrations to ask for per page; the server may grant fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all orchestrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page %1: the last is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server grants %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 per page although %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by an error: %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageReply</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a freshly issued access token (HTTP 401). Check that the token URL belongs to this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client application may not read orchestrations (HTTP 403). It needs the scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). Redirects are not followed, so credentials stay with the configured host; check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page did not load within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>E&amp;xpires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID and secret (OAuth client credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bearer token obtained elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an expiry the token is used until the server refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PROD (shown as a band across the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paging parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label and colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connections from a JSON file exported by this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every connection to a JSON file, without secrets or tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a connection profile export of this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has format version %1; this console reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile carries a secret (&quot;%1&quot;); profiles with secrets are not imported. Remove it from the file and enter the secret in the console instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given a new id (its id was taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to &quot;%1&quot; (the name was taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secrets of the imported connections: files never carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSnapshotsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was taken off the recent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWarnings</name>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestration %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records: %2: %3 (first: orchestration %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages: %2: %3 (first: page %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 further warnings of other kinds are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a page size of %1; using the %2 records of page 1 as the page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading stops at the limit of %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orchestrations would need %2 pages; loading stops at the limit of %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading stopped at the limit of %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped at the limit of %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced %1 orchestrations but sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 repeats page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %5 records loaded before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of orchestrations changed while loading, from %1 to %2 (at page %3). Reload for a consistent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped at page %1 after %2 orchestrations (%3): a scan loads at most %4 orchestrations and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records repeated an id received before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 orchestrations announced were received (%3 missing): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orchestrations were received before %2; the server did not say how many there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records repeat an id loaded earlier (for example %2). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>the window did not show a loaded page in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotBanner</name>
    <message>
        <source>&amp;Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this snapshot with another exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the live connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only, from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotController</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to open (%2 MiB; at most %3 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or an API page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds only the columns %1, not full records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardOutput</name>
    <message>
        <source>the write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The server no longer accepts the access token. Provide a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token was provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired. Provide a new token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows, tab-separated, visible columns only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show orchestrations &amp;sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideViewer</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide — Orchestration Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the orchestrations of an eGain Conversation Hub tenant. Try the demo to explore a simulated tenant with a few thousand orchestrations, or add a connection to your own tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TLS is not available (Qt TLS backends: %1): connections to https:// tenants will fail; the demo still works. Reinstall the console, or install OpenSSL 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
