<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;An administration console for eGain Conversation Hub orchestrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console is licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, under its BSD licence (the two-clause text, which QtKeychain calls the Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installed with the program, gives each licence in full and where the sources are.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;Eine Verwaltungskonsole für die Orchestrierungen von eGain Conversation Hub.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console ist unter der &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt; lizenziert.&lt;/p&gt;&lt;p&gt;Verwendet werden:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, unter der &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL Version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, unter seiner BSD-Lizenz (der Fassung mit zwei Klauseln, die QtKeychain „Modified BSD License“ nennt);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, für den eingebauten Demo-Mandanten und den Simulator hubsim, unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL Version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 bietet ihn unter der GPL oder einer kommerziellen Lizenz an, nicht unter der LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, mit dem Programm installiert, enthält den vollständigen Text jeder Lizenz und gibt an, wo die Quellen zu finden sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Orchestration Console</source>
        <translation>Über Orchestration Console</translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation>Orchestration Console</translation>
    </message>
</context>
<context>
    <name>AllPagesFetcher</name>
    <message numerus="yes">
        <source>Fetched %L1 of %Ln orchestration(s)…</source>
        <translation>
            <numerusform>%L1 von %Ln Orchestrierung abgerufen…</numerusform>
            <numerusform>%L1 von %Ln Orchestrierungen abgerufen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Unsichere Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>Unerwartete Weiterleitung</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>The server stopped sending data (transfer timeout).</source>
        <translation>Der Server hat aufgehört, Daten zu senden (Zeitüberschreitung bei der Übertragung).</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>die Datei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>BandColourButton</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Leistenfarbe</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation>Leistenfarbe: %1</translation>
    </message>
    <message>
        <source>Band colour: %1 (%2)</source>
        <translation>Leistenfarbe: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the band&apos;s colour</source>
        <translation>Farbe der Leiste auswählen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>The token endpoint rejected the client id or client secret. Check the client credentials of this connection profile.</source>
        <translation>Der Token-Endpunkt hat die Client-ID oder das Clientgeheimnis abgelehnt. Prüfen Sie die Client-Anmeldedaten dieses Verbindungsprofils.</translation>
    </message>
    <message>
        <source>The client application is not granted the scope &quot;%1&quot;. Check the scope in the profile and the client application&apos;s permissions.</source>
        <translation>Der Clientanwendung ist der Bereich „%1“ nicht gewährt. Prüfen Sie den Bereich im Profil und die Berechtigungen der Clientanwendung.</translation>
    </message>
    <message>
        <source>This client application may not use the client credentials grant.</source>
        <translation>Diese Clientanwendung darf die Client-Credentials-Gewährung nicht verwenden.</translation>
    </message>
    <message>
        <source>The token endpoint does not support the client credentials grant. Check the token URL.</source>
        <translation>Der Token-Endpunkt unterstützt die Client-Credentials-Gewährung nicht. Prüfen Sie die Token-URL.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request as malformed. Check the token URL and client id.</source>
        <translation>Der Token-Endpunkt hat die Anfrage als fehlerhaft abgelehnt. Prüfen Sie die Token-URL und die Client-ID.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials. Check the client id, secret and token URL.</source>
        <translation>Der Token-Endpunkt hat die Anmeldedaten abgelehnt. Prüfen Sie Client-ID, Geheimnis und Token-URL.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>Kein Netzwerkzugriff verfügbar.</translation>
    </message>
    <message>
        <source>No token within %1 s.</source>
        <translation>Kein Token innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; redirects are not followed. Check the token URL.</source>
        <translation>Der Token-Endpunkt hat nach %1 weitergeleitet; Weiterleitungen werden nicht verfolgt. Prüfen Sie die Token-URL.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>The token endpoint sent an invalid answer: %1</source>
        <translation>Der Token-Endpunkt hat eine ungültige Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
</context>
<context>
    <name>ClientStack</name>
    <message>
        <source>There is nothing to sign in with: no access token and no client secret.</source>
        <translation>Es gibt nichts, womit angemeldet werden kann: weder ein Zugriffstoken noch ein Clientgeheimnis.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL to sign in with.</source>
        <translation>Ein Clientgeheimnis braucht eine Token-URL, um sich damit anzumelden.</translation>
    </message>
</context>
<context>
    <name>CommandLineCredentials</name>
    <message>
        <source>Cannot read the client secret from standard input: %1</source>
        <translation>Das Clientgeheimnis kann nicht von der Standardeingabe gelesen werden: %1</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation>Die Standardeingabe enthält mehr als %1 KiB: Das ist kein Clientgeheimnis.</translation>
    </message>
    <message>
        <source>--client-secret-stdin: standard input held no client secret.</source>
        <translation>--client-secret-stdin: Die Standardeingabe enthielt kein Clientgeheimnis.</translation>
    </message>
    <message>
        <source>No credentials: set %1 (with --token-url) or %2.</source>
        <translation>Keine Anmeldedaten: Setzen Sie %1 (mit --token-url) oder %2.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL (--token-url) to sign in with.</source>
        <translation>Ein Clientgeheimnis braucht eine Token-URL (--token-url), um sich damit anzumelden.</translation>
    </message>
</context>
<context>
    <name>CompareConnectionsDialog</name>
    <message>
        <source>Live data of %1 (%2), loaded %3</source>
        <translation>Live-Daten von %1 (%2), geladen: %3</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Verbindungen vergleichen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name (one orchestration has different ids in two tenants)</source>
        <translation>Name (eine Orchestrierung hat in zwei Mandanten verschiedene IDs)</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Alt:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>&amp;Match records by:</source>
        <translation>Datensätze &amp;zuordnen nach:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Save two connections (File → Connections…) to compare them.</source>
        <translation>Speichern Sie zwei Verbindungen (Datei → Verbindungen…), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose two different connections.</source>
        <translation>Wählen Sie zwei verschiedene Verbindungen.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is no longer saved.</source>
        <translation>Die Verbindung „%1“ ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>%1: signing in…</source>
        <translation>%1: Anmeldung…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 orchestrations</source>
        <translation>%1: %2 von %3 Orchestrierungen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was compared.</source>
        <translation>Abgebrochen; es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>Nothing was compared: %1</source>
        <translation>Es wurde nichts verglichen: %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Reading %1 to compare…</source>
        <translation>%1 wird zum Vergleichen gelesen…</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Mit Snapshot vergleichen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, Datum: %2</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, taken %3)</source>
        <translation>%1 (Snapshot von %2, Datum: %3)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Live data of %1 (%2), now</source>
        <translation>Live-Daten von %1 (%2), jetzt</translation>
    </message>
    <message>
        <source>Pages are being fetched for an export; compare again when it is done.</source>
        <translation>Für einen Export werden gerade Seiten abgerufen; vergleichen Sie erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Fetching every page to compare…</source>
        <translation>Alle Seiten werden zum Vergleichen abgerufen…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was compared.</source>
        <translation>Beim Abrufen abgebrochen; es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was compared: %1</source>
        <translation>Nicht alle Seiten konnten abgerufen werden, daher wurde nichts verglichen: %1</translation>
    </message>
    <message>
        <source>%1, date taken unknown</source>
        <translation>%1, Datum unbekannt</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, date taken unknown)</source>
        <translation>%1 (Snapshot von %2, Datum unbekannt)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;differing fields</source>
        <translation>Nur &amp;abweichende Felder</translation>
    </message>
    <message>
        <source>Compare — Orchestration Console</source>
        <translation>Vergleichen — Orchestration Console</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Make the old side new and the new side old</source>
        <translation>Die alte Seite zur neuen machen und die neue zur alten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records&apos; differences (%1)</source>
        <translation>Die Unterschiede der ausgewählten Datensätze kopieren (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save every difference as a JSON file (%1)</source>
        <translation>Alle Unterschiede als JSON-Datei speichern (%1)</translation>
    </message>
    <message>
        <source>Changed orchestrations</source>
        <translation>Geänderte Orchestrierungen</translation>
    </message>
    <message>
        <source>Old and new side by side</source>
        <translation>Alt und neu nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Old: %1
New: %2
%3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>Alt: %1
Neu: %2
%3 hinzugefügt, %4 entfernt, %5 geändert, %6 unverändert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>Alle Änderungen (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Select the records to copy first.</source>
        <translation>Wählen Sie zuerst die zu kopierenden Datensätze aus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>Unterschiede exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the differences to %1.</source>
        <translation>Unterschiede in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>Matched by name; ids are not compared.</source>
        <translation>Nach Name zugeordnet; IDs werden nicht verglichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the old side)</source>
        <translation>„%1“ (%2 auf der alten Seite)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the new side)</source>
        <translation>„%1“ (%2 auf der neuen Seite)</translation>
    </message>
    <message>
        <source>Not compared, their name is not unique: %1.</source>
        <translation>Nicht verglichen, der Name ist nicht eindeutig: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Bot configuration</source>
        <translation>Bot-Konfiguration</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>Transkript weiterleiten</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message numerus="yes">
        <source>%n bot(s)</source>
        <translation>
            <numerusform>%n Bot</numerusform>
            <numerusform>%n Bots</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>Teilnehmer-ID</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Escalation agent ID</source>
        <translation>ID des Eskalations-Agenten</translation>
    </message>
    <message>
        <source>On escalation</source>
        <translation>Bei Eskalation</translation>
    </message>
    <message>
        <source>Customer configuration</source>
        <translation>Kundenkonfiguration</translation>
    </message>
    <message>
        <source>Customer app ID</source>
        <translation>Kunden-App-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Agent configuration</source>
        <translation>Agentenkonfiguration</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Agent</numerusform>
            <numerusform>%n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation>
            <numerusform>Verwendet von %n geladenen Orchestrierung</numerusform>
            <numerusform>Verwendet von %n geladenen Orchestrierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Virtual assistant bypass duration</source>
        <translation>Dauer der Umgehung des virtuellen Assistenten</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The API base URL is required.</source>
        <translation>Die API-Basis-URL ist erforderlich.</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>API-Basis-URL: %1</translation>
    </message>
    <message>
        <source>The token URL is required to sign in with a client secret.</source>
        <translation>Die Token-URL ist für die Anmeldung mit einem Clientgeheimnis erforderlich.</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>Token-URL: %1</translation>
    </message>
    <message>
        <source>The client ID is required.</source>
        <translation>Die Client-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>The scope must not be empty.</source>
        <translation>Der Bereich darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The page number parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>Der Seitennummer-Parameter braucht einen Namen ohne Leerzeichen, &amp;, =, ? oder #.</translation>
    </message>
    <message>
        <source>The page size parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>Der Seitengröße-Parameter braucht einen Namen ohne Leerzeichen, &amp;, =, ? oder #.</translation>
    </message>
    <message>
        <source>The page size and page number parameters must have different names.</source>
        <translation>Die Parameter für Seitengröße und Seitennummer müssen verschiedene Namen haben.</translation>
    </message>
    <message>
        <source>The default page size must be from 1 to %1.</source>
        <translation>Die Standard-Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>„signIn“ muss „%1“ oder „%2“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation>„%1“ ist keine Farbe (verwenden Sie #RRGGBB).</translation>
    </message>
    <message numerus="yes">
        <source>The label must be at most %Ln characters long.</source>
        <translation>
            <numerusform>Die Bezeichnung darf höchstens %Ln Zeichen lang sein.</numerusform>
            <numerusform>Die Bezeichnung darf höchstens %Ln Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The page size for loading all must be from 1 to %1.</source>
        <translation>Die Seitengröße für „Alle laden“ muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The history limits must not be negative.</source>
        <translation>Die Verlaufsgrenzen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL with a host.</source>
        <translation>„%1“ ist keine gültige URL mit einem Host.</translation>
    </message>
    <message>
        <source>%1 uses plain http: credentials would cross the network unencrypted. Use https (plain http is allowed only for this machine&apos;s loopback).</source>
        <translation>%1 verwendet einfaches http: Anmeldedaten würden unverschlüsselt über das Netzwerk gehen. Verwenden Sie https (einfaches http ist nur für die Loopback-Adresse dieses Rechners erlaubt).</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>No saved connections</source>
        <translation>Keine gespeicherten Verbindungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Fetch a token and one orchestration with what the form says, without saving</source>
        <translation>Mit den Angaben im Formular ein Token und eine Orchestrierung abrufen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>Token wird abgerufen…</translation>
    </message>
    <message>
        <source>Signed in. Fetching one orchestration…</source>
        <translation>Angemeldet. Eine Orchestrierung wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation>
            <numerusform>Verbunden. Der Mandant hat %n Orchestrierung.</numerusform>
            <numerusform>Verbunden. Der Mandant hat %n Orchestrierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The first page was read.</source>
        <translation>Verbunden. Die erste Seite wurde gelesen.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>Das Token ist gültig bis %1.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>User message: %1</source>
        <translation>Benutzermeldung: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation>Bei Bedarf speichern, dann diese Verbindung im Fenster anzeigen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>New connection (not saved yet)</source>
        <translation>Neue Verbindung (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Enter the client secret; it is stored in the system keychain.</source>
        <translation>Geben Sie das Clientgeheimnis ein; es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Paste the token; it is stored in the system keychain with its expiry.</source>
        <translation>Fügen Sie das Token ein; es wird mit seinem Ablaufdatum im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>A secret is kept in memory for this session. Type to replace it.</source>
        <translation>Für diese Sitzung ist ein Geheimnis im Speicher hinterlegt. Tippen Sie, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type to replace it.</source>
        <translation>Im Schlüsselbund ist ein Geheimnis gespeichert. Tippen Sie, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No secret is stored. Enter it to sign in.</source>
        <translation>Es ist kein Geheimnis gespeichert. Geben Sie es ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>No token is stored. Paste one to sign in.</source>
        <translation>Es ist kein Token gespeichert. Fügen Sie eines ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The stored token has expired. Paste a new one.</source>
        <translation>Das gespeicherte Token ist abgelaufen. Fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved the changes to &quot;%1&quot;.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1 The secret could not be stored: %2</source>
        <translation>%1 Das Geheimnis konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation>Das Token wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only.</source>
        <translation>Das Geheimnis wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain. Paste to replace it.</source>
        <translation>Das Token ist im Schlüsselbund gespeichert. Fügen Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its settings are deleted, and its client secret and token are deleted from the system keychain.</source>
        <translation>Die Einstellungen werden gelöscht, Clientgeheimnis und Token werden aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Deleting its keychain entries…</source>
        <translation>„%1“ entfernt. Die Schlüsselbundeinträge werden gelöscht…</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entries.</source>
        <translation>„%1“ und die zugehörigen Schlüsselbundeinträge entfernt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its keychain entries could not be deleted: %2</source>
        <translation>„%1“ entfernt, aber die Schlüsselbundeinträge konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The connection could not be copied.</source>
        <translation>Die Verbindung konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;. Secrets are not copied: enter the secret to sign in.</source>
        <translation>Als „%1“ kopiert. Geheimnisse werden nicht kopiert: Geben Sie das Geheimnis ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Paste a token to test the connection.</source>
        <translation>Fügen Sie ein Token ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Geben Sie das Clientgeheimnis ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No token is stored: paste one to test.</source>
        <translation>Es ist kein Token gespeichert: Fügen Sie eines ein, um zu testen.</translation>
    </message>
    <message>
        <source>No secret is stored: enter it to test.</source>
        <translation>Es ist kein Geheimnis gespeichert: Geben Sie es ein, um zu testen.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session, valid until %1. Paste to replace it.</source>
        <translation>Für diese Sitzung ist ein Token im Speicher hinterlegt, gültig bis %1. Fügen Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain, valid until %1. Paste to replace it.</source>
        <translation>Im Schlüsselbund ist ein Token gespeichert, gültig bis %1. Fügen Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>Für diese Sitzung ist ein Token ohne bekanntes Ablaufdatum im Speicher hinterlegt: Es wird verwendet, bis der Server es ablehnt. Fügen Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>Im Schlüsselbund ist ein Token ohne bekanntes Ablaufdatum gespeichert: Es wird verwendet, bis der Server es ablehnt. Fügen Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print the differences as JSON instead of a summary.</source>
        <translation>Die Unterschiede als JSON statt als Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>The older file.</source>
        <translation>Die ältere Datei.</translation>
    </message>
    <message>
        <source>The newer file.</source>
        <translation>Die neuere Datei.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console diff --help&apos;.</source>
        <translation>Siehe &apos;orchestration-console diff --help&apos;.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>note: one file holds full records and the other only columns; most records will differ for that reason alone.</source>
        <translation>Hinweis: Eine Datei enthält vollständige Datensätze, die andere nur Spalten; die meisten Datensätze weichen allein deshalb ab.</translation>
    </message>
    <message>
        <source>Compares two sides, each an exported file (or raw API page response) or the live orchestrations of a saved connection profile: orchestrations added, removed and changed, and for each changed one the fields that differ. The first side given is the older. Records are matched by id (or by name with --match name); key order and number spelling alone are no change; bots and agents are matched by their ids, and a new order of the same ids is reported.
Exit codes: 0 no differences, 1 differences, 2 usage, 4 a side cannot be read or loaded, or the result cannot be written.</source>
        <translation>Vergleicht zwei Seiten, jede eine exportierte Datei (oder rohe API-Seitenantwort) oder die Live-Orchestrierungen eines gespeicherten Verbindungsprofils: hinzugefügte, entfernte und geänderte Orchestrierungen und für jede geänderte die abweichenden Felder. Die zuerst angegebene Seite ist die ältere. Datensätze werden nach ID zugeordnet (oder mit --match name nach Name); Schlüsselreihenfolge und Zahlenschreibweise allein sind keine Änderung; Bots und Agenten werden nach ihren IDs zugeordnet, und eine neue Reihenfolge derselben IDs wird gemeldet.
Exit-Codes: 0 keine Unterschiede, 1 Unterschiede, 2 Aufruffehler, 4 eine Seite kann nicht gelesen oder geladen werden, oder das Ergebnis kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A side: every orchestration of the saved connection profile NAME, loaded live with its secret from the system keychain. Given twice, compares two tenants.</source>
        <translation>Eine Seite: alle Orchestrierungen des gespeicherten Verbindungsprofils NAME, live geladen mit seinem Geheimnis aus dem Schlüsselbund des Systems. Zweimal angegeben, werden zwei Mandanten verglichen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Pair records by id (default) or by name: the same orchestration has different ids in two tenants. By name, ids are not compared, and a name that several records of one side carry is reported, not paired.</source>
        <translation>Datensätze nach ID (Standard) oder nach Name zuordnen: Dieselbe Orchestrierung hat in zwei Mandanten verschiedene IDs. Nach Name werden IDs nicht verglichen, und ein Name, den mehrere Datensätze einer Seite tragen, wird gemeldet, nicht zugeordnet.</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>Usage: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</source>
        <translation>Aufruf: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile.</source>
        <translation>--profile braucht den Namen eines gespeicherten Verbindungsprofils.</translation>
    </message>
    <message>
        <source>diff needs two files, two profiles (--profile NAME), or one of each.</source>
        <translation>diff braucht zwei Dateien, zwei Profile (--profile NAME) oder eins von beiden.</translation>
    </message>
    <message>
        <source>diff compares two sides, not %1.</source>
        <translation>diff vergleicht zwei Seiten, nicht %1.</translation>
    </message>
    <message>
        <source>--match takes id or name, not &quot;%1&quot;.</source>
        <translation>--match erwartet id oder name, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Loading orchestrations: %1</source>
        <translation>Orchestrierungen werden geladen: %1</translation>
    </message>
</context>
<context>
    <name>DiffListModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Old: %1
New: %2</source>
        <translation>Alt: %1
Neu: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Connected to %1, marked &quot;%2&quot;</source>
        <translation>Verbunden mit %1, gekennzeichnet als „%2“</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation>Fehler ausblenden</translation>
    </message>
    <message>
        <source>Open the connection&apos;s settings: client id, secret and scope</source>
        <translation>Die Einstellungen der Verbindung öffnen: Client-ID, Geheimnis und Bereich</translation>
    </message>
    <message>
        <source>The client may not read orchestrations: check the connection&apos;s scope, or ask your tenant&apos;s administrator for access.</source>
        <translation>Der Client darf keine Orchestrierungen lesen: Prüfen Sie den Bereich der Verbindung, oder bitten Sie den Administrator Ihres Mandanten um Zugriff.</translation>
    </message>
    <message>
        <source>The tenant refused the client id or secret: check them in the connection&apos;s settings.</source>
        <translation>Der Mandant hat die Client-ID oder das Geheimnis abgelehnt: Prüfen Sie beide in den Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network or VPN, then press Retry.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Prüfen Sie Ihr Netzwerk oder VPN, und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry, or try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Klicken Sie auf „Wiederholen“, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: the connection may not be private. Check the address, or ask your administrator.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: Die Verbindung ist möglicherweise nicht privat. Prüfen Sie die Adresse, oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Developer message: %1</source>
        <translation>Entwicklermeldung: %1</translation>
    </message>
    <message>
        <source>Detail: %1 = %2</source>
        <translation>Detail: %1 = %2</translation>
    </message>
    <message>
        <source>OAuth error: %1</source>
        <translation>OAuth-Fehler: %1</translation>
    </message>
    <message>
        <source>OAuth description: %1</source>
        <translation>OAuth-Beschreibung: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The system keychain is not available (%1); set %2 to export with the profile &quot;%3&quot;.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1); setzen Sie %2, um mit dem Profil „%3“ zu exportieren.</translation>
    </message>
    <message>
        <source>%1 Save it in the console&apos;s connection dialog, or set %2.</source>
        <translation>%1 Speichern Sie es im Verbindungsdialog der Konsole, oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>export incomplete, nothing written: %1. --allow-incomplete writes it anyway.</source>
        <translation>Export unvollständig, nichts geschrieben: %1. --allow-incomplete schreibt ihn trotzdem.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Unvollständig: %1.</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation>
            <numerusform>%n Orchestrierung exportiert.</numerusform>
            <numerusform>%n Orchestrierungen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console export --help&apos;.</source>
        <translation>Siehe &apos;orchestration-console export --help&apos;.</translation>
    </message>
    <message>
        <source>(--max-records and --max-bytes set the limits.)</source>
        <translation>(--max-records und --max-bytes legen die Grenzen fest.)</translation>
    </message>
    <message numerus="yes">
        <source>Fetching orchestrations: %L1 of %Ln</source>
        <translation>
            <numerusform>Orchestrierungen werden abgerufen: %L1 von %Ln</numerusform>
            <numerusform>Orchestrierungen werden abgerufen: %L1 von %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports orchestrations to JSON, records exactly as the server sent them.
The client secret is read from %1, or a ready bearer token from %2; never from the command line; --client-secret-stdin reads the secret from standard input instead. With --profile, the profile&apos;s secret and cached token come from the system keychain (%1 still overrides the secret).
Exit codes: 0 ok, 2 usage, 3 authentication/authorization, 4 server/network/data error after retries, an incomplete export or a budget exceeded, 5 cannot write the output.</source>
        <translation>Exportiert Orchestrierungen als JSON, die Datensätze genau so, wie der Server sie gesendet hat.
Das Clientgeheimnis wird aus %1 gelesen oder ein fertiges Bearer-Token aus %2, niemals von der Befehlszeile; --client-secret-stdin liest das Geheimnis stattdessen von der Standardeingabe. Mit --profile kommen das Geheimnis und das zwischengespeicherte Token des Profils aus dem Schlüsselbund des Systems (%1 hat für das Geheimnis weiterhin Vorrang).
Exit-Codes: 0 OK, 2 Aufruffehler, 3 Authentifizierung/Autorisierung, 4 Server-/Netzwerk-/Datenfehler nach Wiederholungen, ein unvollständiger Export oder ein überschrittenes Budget, 5 Ausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Export from the embedded demo simulator.</source>
        <translation>Aus dem eingebetteten Demo-Simulator exportieren.</translation>
    </message>
    <message>
        <source>Use the saved connection profile NAME (its URLs, client id and scope; the secret from the keychain).</source>
        <translation>Das gespeicherte Verbindungsprofil NAME verwenden (seine URLs, Client-ID und Bereich; das Geheimnis aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.egain.cloud/conversation/conversationmgr/v3.</source>
        <translation>API-Basis-URL, z. B. https://api.egain.cloud/conversation/conversationmgr/v3.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>OAuth-2.0-Token-URL des Mandanten.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>OAuth-2.0-Client-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for (default: %1).</source>
        <translation>Anzufordernder Bereich (Standard: %1).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>Export every page (default).</source>
        <translation>Alle Seiten exportieren (Standard).</translation>
    </message>
    <message>
        <source>Export page N only (1-based).</source>
        <translation>Nur Seite N exportieren (ab 1 gezählt).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Records to ask for per page (default %1 for one page, %2 for all; the server may grant fewer).</source>
        <translation>Anzufordernde Datensätze pro Seite (Standard %1 für eine Seite, %2 für alle; der Server gewährt möglicherweise weniger).</translation>
    </message>
    <message>
        <source>Write to FILE, or - for standard output (default).</source>
        <translation>In DATEI schreiben, oder - für die Standardausgabe (Standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Retries per request on transient errors (default 3).</source>
        <translation>Wiederholungen pro Anfrage bei vorübergehenden Fehlern (Standard 3).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 30).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage fehlschlägt (Standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>With --all: stop with an error after N orchestrations (default %1), so a server that never ends cannot exhaust memory.</source>
        <translation>Mit --all: nach N Orchestrierungen mit einem Fehler abbrechen (Standard %1), damit ein Server ohne Ende den Speicher nicht erschöpfen kann.</translation>
    </message>
    <message>
        <source>With --all: stop with an error after SIZE bytes of records (default %1M; K, M and G suffixes).</source>
        <translation>Mit --all: nach GRÖSSE Bytes an Datensätzen mit einem Fehler abbrechen (Standard %1M; Suffixe K, M und G).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Write the export even when it lacks records the server announced (exit 0; what is missing is said on standard error and in exportInfo.warnings). Without it, an incomplete export writes nothing and exits 4.</source>
        <translation>Den Export auch dann schreiben, wenn ihm vom Server angekündigte Datensätze fehlen (Exit-Code 0; was fehlt, steht in der Standardfehlerausgabe und in exportInfo.warnings). Ohne diese Option schreibt ein unvollständiger Export nichts und endet mit 4.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line; the trailing newline is dropped) instead of %1.</source>
        <translation>Das Clientgeheimnis von der Standardeingabe lesen (eine Zeile; der abschließende Zeilenumbruch wird entfernt) statt aus %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Usage: orchestration-console export [options]</source>
        <translation>Aufruf: orchestration-console export [Optionen]</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line (they would show in the process list and shell history). Use --client-secret-stdin, or set %1 or %2 instead.</source>
        <translation>Geheimnisse werden auf der Befehlszeile nicht akzeptiert (sie wären in der Prozessliste und im Shell-Verlauf sichtbar). Verwenden Sie --client-secret-stdin, oder setzen Sie stattdessen %1 oder %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --base-url, --token-url or --client-id.</source>
        <translation>--demo kann nicht mit --base-url, --token-url oder --client-id kombiniert werden.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile braucht den Namen einer gespeicherten Verbindung.</translation>
    </message>
    <message>
        <source>--profile takes the connection from the profile: it cannot be combined with --demo, --base-url, --token-url, --client-id or --scope.</source>
        <translation>--profile übernimmt die Verbindung aus dem Profil: Es kann nicht mit --demo, --base-url, --token-url, --client-id oder --scope kombiniert werden.</translation>
    </message>
    <message>
        <source>Say where to export from: --demo, --profile NAME, or --base-url, --token-url and --client-id.</source>
        <translation>Geben Sie an, woraus exportiert werden soll: --demo, --profile NAME oder --base-url, --token-url und --client-id.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--token-url: %1</source>
        <translation>--token-url: %1</translation>
    </message>
    <message>
        <source>--client-id must not be empty.</source>
        <translation>--client-id darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--scope must not be empty.</source>
        <translation>--scope darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Use either --all or --page N, not both.</source>
        <translation>Verwenden Sie entweder --all oder --page N, nicht beides.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1 up, not &quot;%1&quot;.</source>
        <translation>--page erwartet eine Seitennummer ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet eine Zahl von 1 bis 1000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>--output braucht einen Dateinamen, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 10, not &quot;%1&quot;.</source>
        <translation>--retries erwartet eine Zahl von 0 bis 10, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet Sekunden von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-records takes a number from 1 up, not &quot;%1&quot;.</source>
        <translation>--max-records erwartet eine Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-bytes takes a size from 1 up (e.g. 800M), not &quot;%1&quot;.</source>
        <translation>--max-bytes erwartet eine Größe ab 1 (z. B. 800M), nicht „%1“.</translation>
    </message>
    <message>
        <source>--demo signs in by itself: it takes no --client-secret-stdin.</source>
        <translation>--demo meldet sich selbst an: Es nimmt kein --client-secret-stdin an.</translation>
    </message>
    <message>
        <source>Not every orchestration arrived, so nothing was recorded.</source>
        <translation>Nicht alle Orchestrierungen sind angekommen, daher wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>Der Verlauf wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>warning: the history was not recorded: %1</source>
        <translation>Warnung: Der Verlauf wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the snapshot of %1; nothing recorded.</source>
        <translation>Seit dem Snapshot von %1 hat sich nichts geändert; nichts aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s), the first snapshot.</source>
        <translation>
            <numerusform>%n Orchestrierung aufgezeichnet, der erste Snapshot.</numerusform>
            <numerusform>%n Orchestrierungen aufgezeichnet, der erste Snapshot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n Orchestrierung aufgezeichnet: %1 hinzugefügt, %2 entfernt, %3 geändert.</numerusform>
            <numerusform>%n Orchestrierungen aufgezeichnet: %1 hinzugefügt, %2 entfernt, %3 geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write compact JSON, one orchestration per line, instead of indented.</source>
        <translation>Kompaktes JSON schreiben, eine Orchestrierung pro Zeile, statt eingerückt.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Not paging: all loaded orchestrations are shown.</source>
        <translation>Kein Blättern: Alle geladenen Orchestrierungen werden angezeigt.</translation>
    </message>
    <message>
        <source>Every page is fetched first</source>
        <translation>Alle Seiten werden zuerst abgerufen</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Es sind keine Zeilen ausgewählt.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <source>No field is selected in the inspector.</source>
        <translation>Im Inspektor ist kein Feld ausgewählt.</translation>
    </message>
    <message>
        <source>The pages not loaded yet are fetched first.</source>
        <translation>Die noch nicht geladenen Seiten werden zuerst abgerufen.</translation>
    </message>
    <message>
        <source>The file holds the node and the orchestration it belongs to.</source>
        <translation>Die Datei enthält den Knoten und die Orchestrierung, zu der er gehört.</translation>
    </message>
    <message>
        <source>Fetching every page for the export…</source>
        <translation>Alle Seiten werden für den Export abgerufen…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was written.</source>
        <translation>Beim Abrufen abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was written: %1</source>
        <translation>Nicht alle Seiten konnten abgerufen werden, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The export is incomplete: %1.</source>
        <translation>Der Export ist unvollständig: %1.</translation>
    </message>
    <message>
        <source>Write the orchestrations that were received to %1 anyway? The file will say that it is incomplete.</source>
        <translation>Die empfangenen Orchestrierungen trotzdem in %1 schreiben? Die Datei gibt an, dass sie unvollständig ist.</translation>
    </message>
    <message>
        <source>Write Incomplete Export</source>
        <translation>Unvollständigen Export schreiben</translation>
    </message>
    <message>
        <source>The export is incomplete (%1); nothing was written.</source>
        <translation>Der Export ist unvollständig (%1); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Unvollständig: %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>Export abgebrochen; %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: any earlier file of that name is as it was.</source>
        <translation>%1

Es wurde nichts geändert: Eine frühere Datei dieses Namens ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln von %L1 geladenen angezeigt</numerusform>
            <numerusform>%Ln von %L1 geladenen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s)</source>
        <translation>
            <numerusform>%Ln Orchestrierung</numerusform>
            <numerusform>%Ln Orchestrierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>Seite %1: %Ln Orchestrierung, in Serverreihenfolge</numerusform>
            <numerusform>Seite %1: %Ln Orchestrierungen, in Serverreihenfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>%Ln Orchestrierung, in Serverreihenfolge</numerusform>
            <numerusform>%Ln Orchestrierungen, in Serverreihenfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s); those not loaded yet are fetched first</source>
        <translation>
            <numerusform>%Ln Orchestrierung; falls noch nicht geladen, wird sie zuerst abgerufen</numerusform>
            <numerusform>%Ln Orchestrierungen; noch nicht geladene werden zuerst abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in view order</source>
        <translation>
            <numerusform>%Ln Orchestrierung, in Ansichtsreihenfolge</numerusform>
            <numerusform>%Ln Orchestrierungen, in Ansichtsreihenfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln orchestration(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln Orchestrierung nach %1 exportiert (%2).</numerusform>
            <numerusform>%Ln Orchestrierungen nach %1 exportiert (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the row of the orchestration the node belongs to.</source>
        <translation>Die Datei enthält die Zeile der Orchestrierung, zu der der Knoten gehört.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The current &amp;view (filter and sort as shown)</source>
        <translation>Die aktuelle &amp;Ansicht (gefiltert und sortiert wie angezeigt)</translation>
    </message>
    <message>
        <source>The current &amp;page</source>
        <translation>Die aktuelle &amp;Seite</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>A&amp;lle Seiten</translation>
    </message>
    <message>
        <source>The &amp;selected rows</source>
        <translation>Die aus&amp;gewählten Zeilen</translation>
    </message>
    <message>
        <source>The inspector&apos;s selected &amp;node</source>
        <translation>Der im Inspektor ausgewählte &amp;Knoten</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Full records, exactly as received (lossless)</source>
        <translation>&amp;Vollständige Datensätze, genau wie empfangen (verlustfrei)</translation>
    </message>
    <message>
        <source>Visible &amp;columns only, as flat objects</source>
        <translation>Nur sichtbare Spalte&amp;n, als flache Objekte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation>Der Ordner „%1“ existiert nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose another folder.</source>
        <translation>„%1“ ist kein Ordner. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose another folder.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another name.</source>
        <translation>„%1“ ist schreibgeschützt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?

The old file stays as it is until the new one is completely written.</source>
        <translation>„%1“ existiert bereits. Ersetzen?

Die alte Datei bleibt unverändert, bis die neue vollständig geschrieben ist.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), about %1.</source>
        <translation>
            <numerusform>%Ln Orchestrierung, etwa %1.</numerusform>
            <numerusform>%Ln Orchestrierungen, etwa %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s).</source>
        <translation>
            <numerusform>%Ln Orchestrierung.</numerusform>
            <numerusform>%Ln Orchestrierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Indented JSON</source>
        <translation>E&amp;ingerücktes JSON</translation>
    </message>
    <message>
        <source>Co&amp;mpact JSON</source>
        <translation>Kom&amp;paktes JSON</translation>
    </message>
    <message>
        <source>CSV for sprea&amp;dsheets</source>
        <translation>CSV für Tabellenkalk&amp;ulation</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>The file&apos;s exportInfo is not a JSON object.</source>
        <translation>Das exportInfo der Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file&apos;s exportInfo.%1 has the wrong type.</source>
        <translation>exportInfo.%1 der Datei hat den falschen Typ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>The file says it holds %Ln orchestration(s) but holds %L1.</source>
        <translation>
            <numerusform>Laut der Datei enthält sie %Ln Orchestrierung, sie enthält aber %L1.</numerusform>
            <numerusform>Laut der Datei enthält sie %Ln Orchestrierungen, sie enthält aber %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>ExportViewOptions</name>
    <message>
        <source>Only orchestrations matching TEXT, as the window&apos;s search: name, description, id or any nested id; every word must match.</source>
        <translation>Nur Orchestrierungen, die TEXT entsprechen, wie bei der Suche im Fenster: Name, Beschreibung, ID oder eine verschachtelte ID; jedes Wort muss passen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only active (yes) or inactive (no) orchestrations.</source>
        <translation>Nur aktive (yes) oder inaktive (no) Orchestrierungen.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Write only these columns, as flat objects in this order: %1.</source>
        <translation>Nur diese Spalten schreiben, als flache Objekte in dieser Reihenfolge: %1.</translation>
    </message>
    <message>
        <source>KEY,...</source>
        <translation>SCHLÜSSEL,...</translation>
    </message>
    <message>
        <source>--active takes yes or no, not &quot;%1&quot;.</source>
        <translation>--active erwartet yes oder no, nicht „%1“.</translation>
    </message>
    <message>
        <source>--columns: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>--columns: unbekannte Spalte „%1“; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>--columns names &quot;%1&quot; twice.</source>
        <translation>--columns nennt „%1“ zweimal.</translation>
    </message>
    <message>
        <source>--columns needs at least one column: %1.</source>
        <translation>--columns braucht mindestens eine Spalte: %1.</translation>
    </message>
    <message>
        <source>json (default), or csv for spreadsheets: the columns (--columns, or every column), UTF-8 with a byte order mark.</source>
        <translation>json (Standard) oder csv für Tabellenkalkulationen: die Spalten (--columns oder alle Spalten), UTF-8 mit Byte Order Mark.</translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation>json|csv</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &quot;%1&quot;.</source>
        <translation>--format erwartet json oder csv, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ExportWriteJob</name>
    <message>
        <source>no file name given.</source>
        <translation>kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>Der Export wurde abgebrochen; keine Datei wurde geändert.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, description or any id (Ctrl+F)</source>
        <translation>Name, Beschreibung oder eine ID suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches names, descriptions and ids, including every nested bot, participant, agent and customer id. Paste a UUID to see every orchestration that references it.</source>
        <translation>Findet Namen, Beschreibungen und IDs, einschließlich aller verschachtelten Bot-, Teilnehmer-, Agenten- und Kunden-IDs. Fügen Sie eine UUID ein, um alle Orchestrierungen zu sehen, die darauf verweisen.</translation>
    </message>
    <message>
        <source>Search orchestrations</source>
        <translation>Orchestrierungen durchsuchen</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filter „Aktiv“</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filter „Art“</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Bot only</source>
        <translation>Nur Bot</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Nur Agent</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>Bot + Agent</translation>
    </message>
    <message>
        <source>Has a bot</source>
        <translation>Mit Bot</translation>
    </message>
    <message>
        <source>Has agents</source>
        <translation>Mit Agenten</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 Open File → Connections… to enter it.</source>
        <translation>%1 Öffnen Sie „Datei → Verbindungen…“, um es einzugeben.</translation>
    </message>
    <message>
        <source>The stored token could not be deleted: %1</source>
        <translation>Das gespeicherte Token konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Try &apos;orchestration-console --help&apos;.</source>
        <translation>Siehe &apos;orchestration-console --help&apos;.</translation>
    </message>
</context>
<context>
    <name>GuiParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Open the embedded demo tenant (a simulator with a few thousand orchestrations).</source>
        <translation>Den eingebetteten Demo-Mandanten öffnen (ein Simulator mit einigen tausend Orchestrierungen).</translation>
    </message>
    <message>
        <source>API base URL of the tenant.</source>
        <translation>API-Basis-URL des Mandanten.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>OAuth-2.0-Token-URL des Mandanten.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>OAuth-2.0-Client-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for.</source>
        <translation>Anzufordernder Bereich.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Opens the Orchestration Console window. Connect with --demo, or with --base-url, --token-url and --client-id and the client secret in %1 (or a ready token in %2).</source>
        <translation>Öffnet das Fenster von Orchestration Console. Verbinden Sie sich mit --demo oder mit --base-url, --token-url und --client-id und dem Clientgeheimnis in %1 (oder einem fertigen Token in %2).</translation>
    </message>
    <message>
        <source>Language of the window for this run: %1 (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>Sprache des Fensters für diesen Start: %1 (Standard: wie unter Ansicht → Sprache gewählt, sonst die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>A connection needs --base-url, --token-url and --client-id.</source>
        <translation>Eine Verbindung braucht --base-url, --token-url und --client-id.</translation>
    </message>
    <message>
        <source>--scope needs --base-url, --token-url and --client-id.</source>
        <translation>--scope braucht --base-url, --token-url und --client-id.</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme erwartet system, light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--screenshot needs a source: --demo, or a connection.</source>
        <translation>--screenshot braucht eine Quelle: --demo oder eine Verbindung.</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>--window-size erwartet BREITExHÖHE, z. B. 1280x800, nicht „%1“.</translation>
    </message>
    <message>
        <source>Usage: orchestration-console [options]
       orchestration-console export [options]  (see &apos;orchestration-console export --help&apos;)
       orchestration-console history list|record|diff --profile NAME  (see &apos;orchestration-console history --help&apos;)
       orchestration-console --version</source>
        <translation>Aufruf: orchestration-console [Optionen]
        orchestration-console export [Optionen]  (siehe &apos;orchestration-console export --help&apos;)
        orchestration-console history list|record|diff --profile NAME  (siehe &apos;orchestration-console history --help&apos;)
        orchestration-console --version</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;About Orchestration Console</source>
        <translation>&amp;Über Orchestration Console</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n orchestration(s)</source>
        <translation>
            <numerusform>%n Orchestrierung</numerusform>
            <numerusform>%n Orchestrierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(first)</source>
        <translation>(erster)</translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; holds no snapshot yet.</source>
        <translation>Der Verlauf von „%1“ enthält noch keinen Snapshot.</translation>
    </message>
    <message>
        <source>No snapshot was taken at or before %1; the oldest is from %2.</source>
        <translation>Am oder vor dem %1 wurde kein Snapshot erstellt; der älteste ist vom %2.</translation>
    </message>
    <message>
        <source>note: comparing the snapshot of %1 with the newest, of %2.</source>
        <translation>Hinweis: Der Snapshot vom %1 wird mit dem neuesten vom %2 verglichen.</translation>
    </message>
    <message>
        <source>The local change history of a connection profile: snapshots of all its orchestrations, recorded by complete loads and exports (when the profile keeps a history) or by &apos;history record&apos;.
  list     the snapshots: when, how many orchestrations, +added -removed ~changed
  record   load all orchestrations and record them (for a scheduled job)
  diff     the differences since --since, as &apos;diff&apos; prints them
Exit codes: list and record as export (0 ok, 2 usage, 3 authentication, 4 server or data, 5 output); diff as diff (0 no differences, 1 differences, 2 usage, 4 no snapshot or unreadable).</source>
        <translation>Der lokale Änderungsverlauf eines Verbindungsprofils: Snapshots aller seiner Orchestrierungen, aufgezeichnet bei vollständigen Ladevorgängen und Exporten (wenn das Profil einen Verlauf führt) oder mit &apos;history record&apos;.
  list     die Snapshots: wann, wie viele Orchestrierungen, +hinzugefügt -entfernt ~geändert
  record   alle Orchestrierungen laden und aufzeichnen (für einen geplanten Job)
  diff     die Unterschiede seit --since, wie &apos;diff&apos; sie ausgibt
Exit-Codes: list und record wie export (0 OK, 2 Aufruffehler, 3 Authentifizierung, 4 Server oder Daten, 5 Ausgabe); diff wie diff (0 keine Unterschiede, 1 Unterschiede, 2 Aufruffehler, 4 kein Snapshot oder nicht lesbar).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The saved connection profile whose history to use.</source>
        <translation>Das gespeicherte Verbindungsprofil, dessen Verlauf verwendet wird.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>diff: compare the newest snapshot taken at or before this date (2026-11-01) or date-time (2026-11-01T09:30, local time unless a zone is given) with the newest.</source>
        <translation>diff: den neuesten Snapshot zum oder vor diesem Datum (2026-11-01) oder Zeitpunkt (2026-11-01T09:30, Ortszeit, sofern keine Zone angegeben ist) mit dem neuesten vergleichen.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>diff: print the differences as JSON instead of a summary.</source>
        <translation>diff: die Unterschiede als JSON statt einer Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>Usage: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</source>
        <translation>Aufruf: orchestration-console history list|record|diff --profile NAME [--since DATUM] [--json]</translation>
    </message>
    <message>
        <source>history needs one of list, record or diff.</source>
        <translation>history braucht list, record oder diff.</translation>
    </message>
    <message>
        <source>history needs --profile NAME.</source>
        <translation>history braucht --profile NAME.</translation>
    </message>
    <message>
        <source>history diff needs --since DATE.</source>
        <translation>history diff braucht --since DATUM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-11-01) or date-time (2026-11-01T09:30).</source>
        <translation>„%1“ ist kein Datum (2026-11-01) und kein Zeitpunkt (2026-11-01T09:30).</translation>
    </message>
    <message>
        <source>--since and --json are for history diff only.</source>
        <translation>--since und --json gibt es nur für history diff.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console history --help&apos;.</source>
        <translation>Siehe &apos;orchestration-console history --help&apos;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>%1, snapshot taken %2</source>
        <translation>%1, Snapshot erstellt %2</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Zeitachse…</translation>
    </message>
    <message>
        <source>The snapshots recorded for each connection, and what changed</source>
        <translation>Die für jede Verbindung aufgezeichneten Snapshots und was sich geändert hat</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>Der Verlauf wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>History: %1 added, %2 removed, %3 changed since the last snapshot.</source>
        <translation>Verlauf: %1 hinzugefügt, %2 entfernt, %3 geändert seit dem letzten Snapshot.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Unchanged since %1</source>
        <translation>Unverändert seit %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n time(s) since %1</source>
        <translation>
            <numerusform>Seit %1 %n-mal geändert</numerusform>
            <numerusform>Seit %1 %n-mal geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>not a history snapshot, or cut short</source>
        <translation>kein Verlaufs-Snapshot, oder abgeschnitten</translation>
    </message>
    <message>
        <source>its checksum does not match: the file is damaged or was not completely written</source>
        <translation>die Prüfsumme stimmt nicht: Die Datei ist beschädigt oder wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>The history in &quot;%1&quot; is in use by another program.</source>
        <translation>Der Verlauf in „%1“ wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; cannot be read: %2</source>
        <translation>Der Verlaufs-Snapshot „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; is too large.</source>
        <translation>Der Verlaufs-Snapshot „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: %2.</source>
        <translation>Der Verlaufs-Snapshot „%1“ wurde übersprungen: %2.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: it cannot be uncompressed.</source>
        <translation>Der Verlaufs-Snapshot „%1“ wurde übersprungen: Er kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>er ist zu groß</translation>
    </message>
    <message>
        <source>The history folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Verlaufsordner „%1“ kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineDialog</name>
    <message>
        <source>Show &amp;changes</source>
        <translation>Änderungen an&amp;zeigen</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a snapshot to compare it with the one before, or two to compare them with each other</source>
        <translation>Wählen Sie einen Snapshot, um ihn mit dem vorherigen zu vergleichen, oder zwei, um sie miteinander zu vergleichen</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Ver&amp;bindung:</translation>
    </message>
    <message>
        <source>What changed &amp;since:</source>
        <translation>Änderungen s&amp;eit:</translation>
    </message>
    <message>
        <source>No snapshots yet. Loading all orchestrations (Load all) or exporting all pages of this connection records one.</source>
        <translation>Noch keine Snapshots. Beim Laden aller Orchestrierungen (Alle laden) oder beim Export aller Seiten dieser Verbindung wird einer aufgezeichnet.</translation>
    </message>
    <message>
        <source>No snapshot was taken before %1; the oldest is from %2.</source>
        <translation>Vor dem %1 wurde kein Snapshot erstellt; der älteste ist vom %2.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>Orchestrierungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The server sent the response in an encoding that was not asked for (%1).</source>
        <translation>Der Server hat die Antwort in einer nicht angeforderten Kodierung gesendet (%1).</translation>
    </message>
    <message>
        <source>The response&apos;s %1 encoding is broken or cut short.</source>
        <translation>Die %1-Kodierung der Antwort ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation>Der Server hat keinen HTTP-Status gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not loaded.</source>
        <translation>
            <numerusform>Die Antwort ist größer als das Limit von %L1 Bytes (mindestens %Ln Byte); sie wurde nicht geladen.</numerusform>
            <numerusform>Die Antwort ist größer als das Limit von %L1 Bytes (mindestens %Ln Bytes); sie wurde nicht geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed %Ln byte(s) before the end of the response.</source>
        <translation>
            <numerusform>Die Verbindung wurde %Ln Byte vor dem Ende der Antwort geschlossen.</numerusform>
            <numerusform>Die Verbindung wurde %Ln Bytes vor dem Ende der Antwort geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation>
            <numerusform>%1  (verwendet von %n)</numerusform>
            <numerusform>%1  (verwendet von %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;node as JSON</source>
        <translation>&amp;Knoten als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;orchestration as JSON</source>
        <translation>&amp;Orchestrierung als JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Show orchestrations using this id</source>
        <translation>Orchestrierungen mit dieser ID an&amp;zeigen</translation>
    </message>
    <message>
        <source>Select an orchestration to inspect it.</source>
        <translation>Wählen Sie eine Orchestrierung aus, um sie zu untersuchen.</translation>
    </message>
    <message>
        <source>The name of the orchestration inspected</source>
        <translation>Der Name der untersuchten Orchestrierung</translation>
    </message>
    <message>
        <source>The id of the orchestration inspected</source>
        <translation>Die ID der untersuchten Orchestrierung</translation>
    </message>
    <message>
        <source>Orchestration fields</source>
        <translation>Felder der Orchestrierung</translation>
    </message>
    <message>
        <source>Every field of the selected orchestration. Enter on an id shows the orchestrations using it.</source>
        <translation>Alle Felder der ausgewählten Orchestrierung. Die Eingabetaste auf einer ID zeigt die Orchestrierungen, die sie verwenden.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <source>Orchestration views</source>
        <translation>Ansichten der Orchestrierung</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>Roh-&amp;JSON</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation>
            <numerusform>Die %n Orchestrierung mit dieser ID an&amp;zeigen</numerusform>
            <numerusform>Die %n Orchestrierungen mit dieser ID an&amp;zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Felder</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Takes effect when the console is started again</source>
        <translation>Wird beim nächsten Start der Konsole wirksam</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>Orchestrierungen</translation>
    </message>
    <message>
        <source>One orchestration per row. Enter opens the row in the inspector; the context menu copies rows.</source>
        <translation>Eine Orchestrierung pro Zeile. Die Eingabetaste öffnet die Zeile im Inspektor; das Kontextmenü kopiert Zeilen.</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Load every page, so the search and the sort cover the whole tenant</source>
        <translation>Alle Seiten laden, damit Suche und Sortierung den ganzen Mandanten umfassen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Choose what to connect to</source>
        <translation>Auswählen, womit verbunden werden soll</translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant</source>
        <translation>&amp;Demo-Mandant verwenden</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Add, edit, test, import or remove saved connections</source>
        <translation>Gespeicherte Verbindungen hinzufügen, bearbeiten, testen, importieren oder entfernen</translation>
    </message>
    <message>
        <source>Forget the access token (the client secret stays stored)</source>
        <translation>Das Zugriffstoken verwerfen (das Clientgeheimnis bleibt gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch again from the server (F5)</source>
        <translation>Erneut vom Server abrufen (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Load every page in the background, so sorting and filtering cover the whole tenant (Ctrl+Shift+L)</source>
        <translation>Alle Seiten im Hintergrund laden, damit Sortieren und Filtern den ganzen Mandanten umfassen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Search by name, description or any id (Ctrl+F); the arrow offers the Active and Kind filters</source>
        <translation>Nach Name, Beschreibung oder einer ID suchen (Ctrl+F); der Pfeil bietet die Filter „Aktiv“ und „Art“</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the page, all pages, the view, the selected rows or the inspector&apos;s node to JSON (Ctrl+E)</source>
        <translation>Die Seite, alle Seiten, die Ansicht, die ausgewählten Zeilen oder den Knoten im Inspektor als JSON exportieren (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Snapshot ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an exported file (or a saved API page) read-only</source>
        <translation>Eine exportierte Datei (oder eine gespeicherte API-Seite) schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Compare an exported file with the live data, or with the snapshot shown: added, removed and changed orchestrations</source>
        <translation>Eine exportierte Datei mit den Live-Daten oder dem angezeigten Snapshot vergleichen: hinzugefügte, entfernte und geänderte Orchestrierungen</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>Snapshot &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>You are looking at the embedded simulator, not a real tenant.</source>
        <translation>Sie sehen den eingebetteten Simulator, keinen echten Mandanten.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Snapshot %1 — Orchestration Console</source>
        <translation>Snapshot %1 — Orchestration Console</translation>
    </message>
    <message>
        <source>%1 — Orchestration Console</source>
        <translation>%1 — Orchestration Console</translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation>Orchestration Console</translation>
    </message>
    <message>
        <source>Signed in, token until %1</source>
        <translation>Angemeldet, Token bis %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The access token expires at %1 (UTC %2); a new one is fetched when needed.</source>
        <translation>Das Zugriffstoken läuft um %1 ab (UTC %2); bei Bedarf wird ein neues abgerufen.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Last successful load: %1</source>
        <translation>Letztes erfolgreiches Laden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation>
            <numerusform>%n geladene Orchestrierung verwendet %1.</numerusform>
            <numerusform>%n geladene Orchestrierungen verwenden %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading all orchestrations… %1</source>
        <translation>Alle Orchestrierungen werden geladen… %1</translation>
    </message>
    <message>
        <source>Loading page %1… %2</source>
        <translation>Seite %1 wird geladen… %2</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>Fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Loading orchestrations…</source>
        <translation>Orchestrierungen werden geladen…</translation>
    </message>
    <message>
        <source>There are no orchestrations in this tenant.</source>
        <translation>In diesem Mandanten gibt es keine Orchestrierungen.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>Es konnte nichts geladen werden. Siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No loaded orchestration matches the filter.</source>
        <translation>Keine geladene Orchestrierung entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>The window was closed before &quot;%1&quot; was read.</source>
        <translation>Das Fenster wurde geschlossen, bevor „%1“ gelesen wurde.</translation>
    </message>
    <message>
        <source>Snapshot (read-only)</source>
        <translation>Snapshot (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Token from keychain, until %1</source>
        <translation>Token aus dem Schlüsselbund, bis %1</translation>
    </message>
    <message>
        <source>Token from keychain</source>
        <translation>Token aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>%1 · Session only</source>
        <translation>%1 · Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>The keychain is not available: secrets and tokens are kept in memory for this session only.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Geheimnisse und Token werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Signed out of %1. Choose it under Connection to sign in again.</source>
        <translation>Von %1 abgemeldet. Wählen Sie die Verbindung unter „Verbindung“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>Mit Snapshot ver&amp;gleichen…</translation>
    </message>
    <message numerus="yes">
        <source>The search and the sort cover this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>Die Suche und die Sortierung umfassen nur diese Seite: %L1 von %Ln Orchestrierung.</numerusform>
            <numerusform>Die Suche und die Sortierung umfassen nur diese Seite: %L1 von %Ln Orchestrierungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>Die Suche umfasst nur diese Seite: %L1 von %Ln Orchestrierung.</numerusform>
            <numerusform>Die Suche umfasst nur diese Seite: %L1 von %Ln Orchestrierungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sort covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>Die Sortierung umfasst nur diese Seite: %L1 von %Ln Orchestrierung.</numerusform>
            <numerusform>Die Sortierung umfasst nur diese Seite: %L1 von %Ln Orchestrierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search and the sort cover this page only.</source>
        <translation>Die Suche und die Sortierung umfassen nur diese Seite.</translation>
    </message>
    <message>
        <source>The search covers this page only.</source>
        <translation>Die Suche umfasst nur diese Seite.</translation>
    </message>
    <message>
        <source>The sort covers this page only.</source>
        <translation>Die Sortierung umfasst nur diese Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded, %L2 total</source>
        <translation>
            <numerusform>%Ln von %L1 geladenen angezeigt, %L2 insgesamt</numerusform>
            <numerusform>%Ln von %L1 geladenen angezeigt, %L2 insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln von %L1 geladenen angezeigt</numerusform>
            <numerusform>%Ln von %L1 geladenen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare co&amp;nnections…</source>
        <translation>Verbi&amp;ndungen vergleichen…</translation>
    </message>
    <message>
        <source>Compare two saved connections live, such as staging and production</source>
        <translation>Zwei gespeicherte Verbindungen live vergleichen, etwa Staging und Produktion</translation>
    </message>
    <message>
        <source>Clear the search, or stop loading when it is empty</source>
        <translation>Suche löschen oder, wenn sie leer ist, das Laden anhalten</translation>
    </message>
</context>
<context>
    <name>Orchestration</name>
    <message>
        <source>The record is not valid JSON: %1 (at byte %2).</source>
        <translation>Der Datensatz ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>Der Datensatz ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>Ein Pflichtfeld fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>Neither botConfiguration nor agentConfiguration is present; one of them is required.</source>
        <translation>Weder botConfiguration noch agentConfiguration ist vorhanden; eines davon ist erforderlich.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolescher Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Expected: %1. Found: %2.</source>
        <translation>Erwartet: %1. Gefunden: %2.</translation>
    </message>
</context>
<context>
    <name>OrchestrationDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>Reihenfolge %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 unverändert.</translation>
    </message>
    <message>
        <source>%1: the old side has %2 (%3), not compared</source>
        <translation>%1: %2-mal auf der alten Seite (%3), nicht verglichen</translation>
    </message>
    <message>
        <source>%1: the new side has %2 (%3), not compared</source>
        <translation>%1: %2-mal auf der neuen Seite (%3), nicht verglichen</translation>
    </message>
</context>
<context>
    <name>OrchestrationLoader</name>
    <message>
        <source>Page %1 was asked for but the server answered page %2; it may ignore the paging parameters.</source>
        <translation>Seite %1 wurde angefordert, aber der Server hat mit Seite %2 geantwortet; möglicherweise ignoriert er die Parameter zum Blättern.</translation>
    </message>
</context>
<context>
    <name>OrchestrationPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The page does not say its %1.</source>
        <translation>Die Seite gibt ihr %1 nicht an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: %1 must be a non-negative integer.</source>
        <translation>Die Antwort des Servers ist keine verwendbare Seite: %1 muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The file is not a usable page: %1 must be a non-negative integer.</source>
        <translation>Die Datei ist keine verwendbare Seite: %1 muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The page has no paginationInfo: the total number of orchestrations is unknown.</source>
        <translation>Die Seite hat kein paginationInfo: Die Gesamtzahl der Orchestrierungen ist unbekannt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: paginationInfo is not an object.</source>
        <translation>Die Antwort des Servers ist keine verwendbare Seite: paginationInfo ist kein Objekt.</translation>
    </message>
    <message>
        <source>The file is not a usable page: paginationInfo is not an object.</source>
        <translation>Die Datei ist keine verwendbare Seite: paginationInfo ist kein Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>Die Antwort des Servers ist keine verwendbare Seite: Sie hat keine Liste „orchestration“.</translation>
    </message>
    <message>
        <source>The file is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>Die Datei ist keine verwendbare Seite: Sie hat keine Liste „orchestration“.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>Die Antwort des Servers ist keine verwendbare Seite: „orchestration“ ist keine Liste.</translation>
    </message>
    <message>
        <source>The file is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>Die Datei ist keine verwendbare Seite: „orchestration“ ist keine Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>Die Antwort des Servers ist keine verwendbare Seite: Orchestrierungsdatensatz %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>Die Datei ist keine verwendbare Seite: Orchestrierungsdatensatz %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>Bot + Agent</translation>
    </message>
    <message>
        <source>A customer returning within %1 minutes goes straight to an agent</source>
        <translation>Ein Kunde, der innerhalb von %1 Minuten zurückkehrt, geht direkt zu einem Agenten</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n Warnung:</numerusform>
            <numerusform>%n Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Customer app</source>
        <translation>Kunden-App</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>Transkript senden</translation>
    </message>
    <message>
        <source>Bypass VA (min)</source>
        <translation>VA umgehen (min)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The orchestration&apos;s name</source>
        <translation>Der Name der Orchestrierung</translation>
    </message>
    <message>
        <source>Whether the orchestration is active</source>
        <translation>Ob die Orchestrierung aktiv ist</translation>
    </message>
    <message>
        <source>Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both</source>
        <translation>Bot: nur ein virtueller Assistent; Agent: nur Live-Agenten; Bot + Agent: beides</translation>
    </message>
    <message>
        <source>Number of bots in the bot configuration</source>
        <translation>Anzahl der Bots in der Bot-Konfiguration</translation>
    </message>
    <message>
        <source>Number of agents in the agent configuration</source>
        <translation>Anzahl der Agenten in der Agentenkonfiguration</translation>
    </message>
    <message>
        <source>ID of the customer client application (custom channels)</source>
        <translation>ID der Kunden-Clientanwendung (benutzerdefinierte Kanäle)</translation>
    </message>
    <message>
        <source>Whether the transcript goes to an eGain agent when the virtual assistant session was not escalated</source>
        <translation>Ob das Transkript an einen eGain-Agenten geht, wenn die Sitzung mit dem virtuellen Assistenten nicht eskaliert wurde</translation>
    </message>
    <message>
        <source>When it was created (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>Zeitpunkt der Erstellung (Ortszeit; UTC im Tooltip der Zelle)</translation>
    </message>
    <message>
        <source>When it was last modified (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>Zeitpunkt der letzten Änderung (Ortszeit; UTC im Tooltip der Zelle)</translation>
    </message>
    <message>
        <source>The orchestration&apos;s description</source>
        <translation>Die Beschreibung der Orchestrierung</translation>
    </message>
    <message>
        <source>The orchestration&apos;s unique ID</source>
        <translation>Die eindeutige ID der Orchestrierung</translation>
    </message>
    <message>
        <source>Minutes within which a returning customer bypasses the virtual assistant (VA) and goes straight to an agent</source>
        <translation>Minuten, innerhalb derer ein zurückkehrender Kunde den virtuellen Assistenten (VA) umgeht und direkt zu einem Agenten geht</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>First page (Ctrl+Shift+Page Up)</source>
        <translation>Erste Seite (Ctrl+Shift+Page Up)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Vorherige Seite (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Nächste Seite (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page (Ctrl+Shift+Page Down)</source>
        <translation>Letzte Seite (Ctrl+Shift+Page Down)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back to &amp;pages</source>
        <translation>&amp;Zurück zu den Seiten</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Geben Sie eine Seitennummer ein, und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Orchestrations to ask for per page; the server may grant fewer</source>
        <translation>Anzufordernde Orchestrierungen pro Seite; der Server gewährt möglicherweise weniger</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Loading all orchestrations</source>
        <translation>Alle Orchestrierungen werden geladen</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays (Esc)</source>
        <translation>Laden beenden; was angekommen ist, bleibt (Esc)</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>There is no page %1: the last is %2.</source>
        <translation>Es gibt keine Seite %1: Die letzte ist %2.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>(server grants %1)</source>
        <translation>(Server gewährt %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %L1 per page although %Ln were asked for.</source>
        <translation>
            <numerusform>Der Server hat %L1 pro Seite gesendet, obwohl %Ln angefordert wurde.</numerusform>
            <numerusform>Der Server hat %L1 pro Seite gesendet, obwohl %Ln angefordert wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln of %L1 loaded</source>
        <translation>
            <numerusform>Beendet: %Ln von %L1 geladen</numerusform>
            <numerusform>Beendet: %Ln von %L1 geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error: %Ln loaded</source>
        <translation>
            <numerusform>Durch einen Fehler beendet: %Ln geladen</numerusform>
            <numerusform>Durch einen Fehler beendet: %Ln geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded</source>
        <translation>
            <numerusform>Alle geladen: %Ln</numerusform>
            <numerusform>Alle %Ln geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded</source>
        <translation>
            <numerusform>%Ln von %L1 geladen</numerusform>
            <numerusform>%Ln von %L1 geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln geladen</numerusform>
            <numerusform>%Ln geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>The client is not set up.</source>
        <translation>Der Client ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>No token provider.</source>
        <translation>Kein Token-Anbieter.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>Kein Netzwerkzugriff verfügbar.</translation>
    </message>
    <message>
        <source>The server refused a freshly issued access token (HTTP 401). Check that the token URL belongs to this tenant.</source>
        <translation>Der Server hat ein gerade ausgestelltes Zugriffstoken abgelehnt (HTTP 401). Prüfen Sie, ob die Token-URL zu diesem Mandanten gehört.</translation>
    </message>
    <message>
        <source>The client application may not read orchestrations (HTTP 403). It needs the scope %1.</source>
        <translation>Die Clientanwendung darf keine Orchestrierungen lesen (HTTP 403). Sie braucht den Bereich %1.</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). Redirects are not followed, so credentials stay with the configured host; check the base URL.</source>
        <translation>Der Server hat nach %1 weitergeleitet (HTTP %2). Weiterleitungen werden nicht verfolgt, damit Anmeldedaten beim konfigurierten Host bleiben; prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The page did not load within %1 s.</source>
        <translation>Die Seite wurde nicht innerhalb von %1 s geladen.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Production EU</source>
        <translation>z. B. Produktion EU</translation>
    </message>
    <message>
        <source>Client ID and secret (OAuth client credentials)</source>
        <translation>Client-ID und Geheimnis (OAuth-Client-Credentials)</translation>
    </message>
    <message>
        <source>A bearer token obtained elsewhere</source>
        <translation>Ein anderswo bezogenes Bearer-Token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Without an expiry the token is used until the server refuses it</source>
        <translation>Ohne Ablaufdatum wird das Token verwendet, bis der Server es ablehnt</translation>
    </message>
    <message>
        <source>e.g. PROD (shown as a band across the window)</source>
        <translation>z. B. PROD (als Leiste quer über das Fenster angezeigt)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Page number parameter</source>
        <translation>Seitennummer-Parameter</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Seitengröße-Parameter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;API-Basis-URL:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Clientgeheimnis:</translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation>Bearer-T&amp;oken:</translation>
    </message>
    <message>
        <source>Default page si&amp;ze:</source>
        <translation>Standard-Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Label and colour:</source>
        <translation>Bezeichnung und &amp;Farbe:</translation>
    </message>
    <message>
        <source>Exp&amp;ires at</source>
        <translation>Gültig &amp;bis</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Pa&amp;ging parameters:</source>
        <translation>Seiten&amp;parameter:</translation>
    </message>
    <message>
        <source>Keep a local &amp;history of complete loads and exports</source>
        <translation>&amp;Lokalen Verlauf vollständiger Ladevorgänge und Exporte führen</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Add connections from a JSON file exported by this program</source>
        <translation>Verbindungen aus einer von diesem Programm exportierten JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Save every connection to a JSON file, without secrets or tokens</source>
        <translation>Alle Verbindungen in einer JSON-Datei speichern, ohne Geheimnisse oder Token</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importieren…</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>%1: no keychain to read the client secret from.</source>
        <translation>%1: kein Schlüsselbund, aus dem das Clientgeheimnis gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1: the system keychain is not available (%2).</source>
        <translation>%1: Der Schlüsselbund des Systems ist nicht verfügbar (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: incomplete, %2.</source>
        <translation>%1: unvollständig, %2.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation>Eine Verbindung mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a connection profile export of this console.</source>
        <translation>Die Datei ist kein Export von Verbindungsprofilen dieser Konsole.</translation>
    </message>
    <message>
        <source>The file has format version %1; this console reads version %2.</source>
        <translation>Die Datei hat die Formatversion %1; diese Konsole liest Version %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>Eintrag %1 ist kein Profilobjekt.</translation>
    </message>
    <message>
        <source>The profile carries a secret (&quot;%1&quot;); profiles with secrets are not imported. Remove it from the file and enter the secret in the console instead.</source>
        <translation>Das Profil enthält ein Geheimnis („%1“); Profile mit Geheimnissen werden nicht importiert. Entfernen Sie es aus der Datei, und geben Sie das Geheimnis stattdessen in der Konsole ein.</translation>
    </message>
    <message>
        <source>given a new id (its id was taken)</source>
        <translation>hat eine neue ID erhalten (seine ID war vergeben)</translation>
    </message>
    <message>
        <source>renamed to &quot;%1&quot; (the name was taken)</source>
        <translation>umbenannt in „%1“ (der Name war vergeben)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (no profiles are saved).</source>
        <translation>Es gibt kein Verbindungsprofil „%1“ (es sind keine Profile gespeichert).</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Es gibt kein Verbindungsprofil „%1“. Gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Verbindungsprofil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%n Verbindung aus %1 importiert.</numerusform>
            <numerusform>%n Verbindungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot;: %2</source>
        <translation>Nicht importiert: „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Enter the secrets of the imported connections: files never carry them.</source>
        <translation>Geben Sie die Geheimnisse der importierten Verbindungen ein: Dateien enthalten sie nie.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n Verbindung nach %1 exportiert (ohne Geheimnisse).</numerusform>
            <numerusform>%n Verbindungen nach %1 exportiert (ohne Geheimnisse).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>Connections (*.json);;All files (*)</source>
        <translation>Verbindungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Connections (*.json)</source>
        <translation>Verbindungen (*.json)</translation>
    </message>
</context>
<context>
    <name>RecentSnapshotsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was taken off the recent list.</source>
        <translation>„%1“ existiert nicht mehr und wurde deshalb aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>No recent snapshots</source>
        <translation>Keine zuletzt geöffneten Snapshots</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RecordWarnings</name>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Orchestration %1: %2: %3</source>
        <translation>Orchestrierung %1: %2: %3</translation>
    </message>
    <message>
        <source>Page %1: %2: %3</source>
        <translation>Seite %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records: %1: %2 (first: orchestration %3)</source>
        <translation>
            <numerusform>%Ln Datensatz: %1: %2 (erster: Orchestrierung %3)</numerusform>
            <numerusform>%Ln Datensätze: %1: %2 (erster: Orchestrierung %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages: %1: %2 (first: page %3)</source>
        <translation>
            <numerusform>%Ln Seite: %1: %2 (erste: Seite %3)</numerusform>
            <numerusform>%Ln Seiten: %1: %2 (erste: Seite %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further warning(s) of other kinds are not listed.</source>
        <translation>
            <numerusform>%Ln weitere Warnung anderer Art wird nicht aufgeführt.</numerusform>
            <numerusform>%Ln weitere Warnungen anderer Art werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>page %1 repeats page %2</source>
        <translation>Seite %1 wiederholt Seite %2</translation>
    </message>
    <message>
        <source>the server sent no more</source>
        <translation>der Server hat nichts mehr gesendet</translation>
    </message>
    <message numerus="yes">
        <source>The server reported a page size of %L1; using the %Ln record(s) of page 1 as the page size.</source>
        <translation>
            <numerusform>Der Server hat eine Seitengröße von %L1 gemeldet; als Seitengröße wird der %Ln Datensatz von Seite 1 verwendet.</numerusform>
            <numerusform>Der Server hat eine Seitengröße von %L1 gemeldet; als Seitengröße werden die %Ln Datensätze von Seite 1 verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stops at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>das Laden endet bei der Grenze von %Ln Seite</numerusform>
            <numerusform>das Laden endet bei der Grenze von %Ln Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>%L1 Orchestrierungen bräuchten %L2 Seiten; das Laden endet bei der Grenze von %Ln Seite.</numerusform>
            <numerusform>%L1 Orchestrierungen bräuchten %L2 Seiten; das Laden endet bei der Grenze von %Ln Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stopped at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>das Laden wurde bei der Grenze von %Ln Seite beendet</numerusform>
            <numerusform>das Laden wurde bei der Grenze von %Ln Seiten beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>Das Laden wurde bei der Grenze von %Ln Seite beendet.</numerusform>
            <numerusform>Das Laden wurde bei der Grenze von %Ln Seiten beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.</source>
        <translation>
            <numerusform>Seite %1 wiederholt die Datensätze von Seite %2: Der Server scheint die Parameter zum Blättern zu ignorieren (%3, %4). Angezeigt wird der %Ln zuvor geladene Datensatz.</numerusform>
            <numerusform>Seite %1 wiederholt die Datensätze von Seite %2: Der Server scheint die Parameter zum Blättern zu ignorieren (%3, %4). Angezeigt werden die %Ln zuvor geladenen Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of orchestrations changed while loading, from %L1 to %L2 (at page %3). Reload for a consistent list.</source>
        <translation>Die Anzahl der Orchestrierungen hat sich während des Ladens geändert, von %L1 auf %L2 (bei Seite %3). Laden Sie neu, um eine konsistente Liste zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 orchestrations and %4.</source>
        <translation>
            <numerusform>Das Laden wurde bei Seite %1 nach %Ln Orchestrierung beendet (%2): Ein Durchlauf lädt höchstens %L3 Orchestrierungen und %4.</numerusform>
            <numerusform>Das Laden wurde bei Seite %1 nach %Ln Orchestrierungen beendet (%2): Ein Durchlauf lädt höchstens %L3 Orchestrierungen und %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced %Ln orchestration(s) but sent %L1.</source>
        <translation>
            <numerusform>Der Server hat %Ln Orchestrierung angekündigt, aber %L1 gesendet.</numerusform>
            <numerusform>Der Server hat %Ln Orchestrierungen angekündigt, aber %L1 gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeated an id received before</source>
        <translation>
            <numerusform>%Ln Datensatz wiederholte eine bereits empfangene ID</numerusform>
            <numerusform>%Ln Datensätze wiederholten eine bereits empfangene ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3</source>
        <translation>
            <numerusform>Von %Ln angekündigten Orchestrierung wurden %L1 empfangen (fehlend: %L2): %3</numerusform>
            <numerusform>Von %Ln angekündigten Orchestrierungen wurden %L1 empfangen (fehlend: %L2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s) were received (the server did not say how many there are): %1</source>
        <translation>
            <numerusform>%Ln Orchestrierung wurde empfangen (der Server hat nicht angegeben, wie viele es gibt): %1</numerusform>
            <numerusform>%Ln Orchestrierungen wurden empfangen (der Server hat nicht angegeben, wie viele es gibt): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation>
            <numerusform>%Ln Datensatz wiederholt eine zuvor geladene ID (zum Beispiel %1). Die Seiten des Servers haben sich beim Laden möglicherweise verschoben; laden Sie neu, um eine konsistente Liste zu erhalten.</numerusform>
            <numerusform>%Ln Datensätze wiederholen eine zuvor geladene ID (zum Beispiel %1). Die Seiten des Servers haben sich beim Laden möglicherweise verschoben; laden Sie neu, um eine konsistente Liste zu erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>the window did not show a loaded page in time</source>
        <translation>das Fenster hat nicht rechtzeitig eine geladene Seite angezeigt</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>Bildschirmfoto fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not answering (no reply within %n second(s)). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems antwortet nicht (keine Antwort innerhalb von %n Sekunde). Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</numerusform>
            <numerusform>Der Schlüsselbund des Systems antwortet nicht (keine Antwort innerhalb von %n Sekunden). Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry is incomplete and cannot be read; enter the secret again.</source>
        <translation>Der Schlüsselbundeintrag ist unvollständig und kann nicht gelesen werden; geben Sie das Geheimnis erneut ein.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Where it has the focus</source>
        <translation>Wo es den Fokus hat</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>SnapshotBanner</name>
    <message>
        <source>&amp;Compare with…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>Snapshot &amp;schließen</translation>
    </message>
    <message>
        <source>Compare this snapshot with another exported file</source>
        <translation>Diesen Snapshot mit einer anderen exportierten Datei vergleichen</translation>
    </message>
    <message>
        <source>Back to the live connection</source>
        <translation>Zurück zur Live-Verbindung</translation>
    </message>
    <message>
        <source>Read-only, from %1</source>
        <translation>Schreibgeschützt, aus %1</translation>
    </message>
</context>
<context>
    <name>SnapshotController</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Snapshot of %1</source>
        <translation>Snapshot von %1</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2</source>
        <translation>Snapshot von %1, erstellt %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to open (%2 MiB; at most %3 MiB).</source>
        <translation>„%1“ ist zu groß zum Öffnen (%2 MiB; höchstens %3 MiB).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation>Das Öffnen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or an API page: %2</source>
        <translation>„%1“ ist weder ein Export noch eine API-Seite: %2</translation>
    </message>
    <message>
        <source>The file holds only the columns %1, not full records.</source>
        <translation>Die Datei enthält nur die Spalten %1, keine vollständigen Datensätze.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StandardOutput</name>
    <message>
        <source>the write failed</source>
        <translation>das Schreiben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The server no longer accepts the access token. Provide a new token.</source>
        <translation>Der Server akzeptiert das Zugriffstoken nicht mehr. Geben Sie ein neues Token an.</translation>
    </message>
    <message>
        <source>No access token was provided.</source>
        <translation>Es wurde kein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>The access token expired. Provide a new token.</source>
        <translation>Das Zugriffstoken ist abgelaufen. Geben Sie ein neues Token an.</translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation>Zeilen als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation>Zeilen als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>I&amp;D kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>Im &amp;Inspektor öffnen</translation>
    </message>
    <message>
        <source>The selected rows, tab-separated, visible columns only</source>
        <translation>Die ausgewählten Zeilen, durch Tabulatoren getrennt, nur sichtbare Spalten</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation>
            <numerusform>%n Zeile als &amp;Text kopieren</numerusform>
            <numerusform>%n Zeilen als &amp;Text kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation>
            <numerusform>%n Zeile als &amp;JSON kopieren</numerusform>
            <numerusform>%n Zeilen als &amp;JSON kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Show orchestrations that &amp;share a bot or agent</source>
        <translation>Orchestrierungen mit &amp;gemeinsamem Bot oder Agenten anzeigen</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TokenPersistence</name>
    <message>
        <source>No access token is stored for &quot;%1&quot;: paste a new one.</source>
        <translation>Für „%1“ ist kein Zugriffstoken gespeichert: Fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist kein Clientgeheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation>kein verwendbares access_token</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type ist nicht Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>expires_in ist keine Zahl</translation>
    </message>
    <message>
        <source>expires_in is not positive</source>
        <translation>expires_in ist nicht positiv</translation>
    </message>
</context>
<context>
    <name>UserGuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User Guide — Orchestration Console</source>
        <translation>Benutzerhandbuch — Orchestration Console</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Demo aus&amp;probieren</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Noch keine Verbindung</translation>
    </message>
    <message>
        <source>Browse the orchestrations of an eGain Conversation Hub tenant. Try the demo to explore a simulated tenant with a few thousand orchestrations, or add a connection to your own tenant.</source>
        <translation>Durchsuchen Sie die Orchestrierungen eines Mandanten von eGain Conversation Hub. Probieren Sie die Demo aus, um einen simulierten Mandanten mit einigen tausend Orchestrierungen zu erkunden, oder fügen Sie eine Verbindung zu Ihrem eigenen Mandanten hinzu.</translation>
    </message>
</context>
<context>
    <name>hubsim</name>
    <message>
        <source>A simulated eGain Conversation Hub (token endpoint and GET /orchestrations) on loopback.
The client secret is read from the environment variable HUBSIM_CLIENT_SECRET (default: the demo secret), never from the command line.

</source>
        <translation>Ein simulierter eGain Conversation Hub (Token-Endpunkt und GET /orchestrations) auf Loopback.
Das Clientgeheimnis wird aus der Umgebungsvariablen HUBSIM_CLIENT_SECRET gelesen (Standard: das Demo-Geheimnis), niemals von der Befehlszeile.

</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Port auf 127.0.0.1 (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Orchestrations to generate (default 2000).</source>
        <translation>Zu erzeugende Orchestrierungen (Standard 2000).</translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation>Startwert der erzeugten Daten (Standard 1).</translation>
    </message>
    <message>
        <source>Serve the orchestrations in FILE (array, page or export).</source>
        <translation>Die Orchestrierungen aus DATEI bereitstellen (Array, Seite oder Export).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Latency added to every response.</source>
        <translation>Latenz, die jeder Antwort hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Latency varies by +/- this much.</source>
        <translation>Die Latenz schwankt um +/- diesen Wert.</translation>
    </message>
    <message>
        <source>Default page size (default 25).</source>
        <translation>Standard-Seitengröße (Standard 25).</translation>
    </message>
    <message>
        <source>Largest page size granted (default 75).</source>
        <translation>Größte gewährte Seitengröße (Standard 75).</translation>
    </message>
    <message>
        <source>Answer empty results with 204 No Content.</source>
        <translation>Leere Ergebnisse mit 204 No Content beantworten.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600).</source>
        <translation>Lebensdauer des Zugriffstokens in Sekunden (Standard 3600).</translation>
    </message>
    <message>
        <source>The client id (default demo-client).</source>
        <translation>Die Client-ID (Standard demo-client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A fault to inject; may be repeated. See below.</source>
        <translation>Ein einzuspeisender Fehler; kann wiederholt werden. Siehe unten.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Log every request (method, path, status).</source>
        <translation>Jede Anfrage protokollieren (Methode, Pfad, Status).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;
</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2, nicht „%3“
</translation>
    </message>
    <message>
        <source>--port must be at most 65535
</source>
        <translation>--port darf höchstens 65535 sein
</translation>
    </message>
    <message>
        <source>hubsim serving %1 orchestrations
</source>
        <translation>hubsim stellt %1 Orchestrierungen bereit
</translation>
    </message>
    <message>
        <source>  base URL:        %1
</source>
        <translation>  Basis-URL:          %1
</translation>
    </message>
    <message>
        <source>  token URL:       %1
</source>
        <translation>  Token-URL:          %1
</translation>
    </message>
    <message>
        <source>  client id:       %1 (secret from HUBSIM_CLIENT_SECRET or the demo secret)
</source>
        <translation>  Client-ID:          %1 (Geheimnis aus HUBSIM_CLIENT_SECRET oder das Demo-Geheimnis)
</translation>
    </message>
    <message>
        <source>  scopes:          %1
</source>
        <translation>  Bereiche:           %1
</translation>
    </message>
    <message>
        <source>  redirect target: %1
</source>
        <translation>  Weiterleitungsziel: %1
</translation>
    </message>
    <message>
        <source>  fault:           %1
</source>
        <translation>  Fehler:             %1
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>Drücken Sie Ctrl+C zum Beenden.
</translation>
    </message>
</context>
<context>
    <name>hubsim::Dataset</name>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>Der Datenbestand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The dataset %1 is not usable: %2</source>
        <translation>Der Datenbestand %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON array of orchestrations or an object with an &quot;orchestration&quot; array</source>
        <translation>erwartet wird ein JSON-Array von Orchestrierungen oder ein Objekt mit einem Array „orchestration“</translation>
    </message>
    <message>
        <source>orchestration %1 is not a JSON object</source>
        <translation>Orchestrierung %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the &quot;orchestration&quot; member is written in a form the simulator cannot read</source>
        <translation>das Element „orchestration“ ist in einer Form geschrieben, die der Simulator nicht lesen kann</translation>
    </message>
    <message>
        <source>the orchestrations could not be separated</source>
        <translation>die Orchestrierungen konnten nicht getrennt werden</translation>
    </message>
</context>
<context>
    <name>hubsim::FaultRule</name>
    <message>
        <source>Bad fault &quot;%1&quot;: %2</source>
        <translation>Ungültiger Fehler „%1“: %2</translation>
    </message>
    <message>
        <source>expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]</source>
        <translation>erwartet: NAME[xTIMES][@PAGE][:KEY=VALUE,...]</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation>%1 ist kein HTTP-Status</translation>
    </message>
    <message>
        <source>unknown fault name &quot;%1&quot;</source>
        <translation>unbekannter Fehlername „%1“</translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation>%1 braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>expires needs a JSON value</source>
        <translation>expires braucht einen JSON-Wert</translation>
    </message>
    <message>
        <source>shape is one of array, count, records, pagination, nocount</source>
        <translation>shape ist eines von array, count, records, pagination, nocount</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
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
        <translation>Fehler: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES Standard 1, * = immer;
@PAGE = nur Anfragen für diese Seite). NAME ist eines von:
  500 502 503 504 (jeder Status)  mit diesem Status antworten
  429            Too Many Requests; retry-after=SECONDS, http-date
  302 (jedes 3xx), redirect  Weiterleitung zum Listener des anderen Hosts
  latency        Verzögerung; ms=, jitter=
  trickle        langsamer Body; ms= (Intervall), chunk= (Bytes)
  reset          TCP-Reset mitten im Body; bytes= vorher gesendet (Standard: Hälfte)
  truncate       Body kürzer als Content-Length, dann schließen; bytes=
  malformed      Body, der kein JSON ist
  wrongtypes     gültiges JSON der falschen Form; shape=array|count|records|pagination|nocount
  oversized      riesiger gültiger Body; bytes=
  ignorepaging   immer Seite 1 in der Standardgröße
  countdrift     paginationInfo.count ändert sich; delta=
  endless        Seiten ohne Ende: immer voll, neue IDs, count 10^12
  drop           Verbindung ohne Antwort schließen
  gzipbomb       gzip-Body, der sich auf bytes= gültiges JSON aufbläht (Standard 64 MiB)
  gzipcut        gzip-Seite kürzer als ihre Content-Length, dann schließen; bytes=
  token500 (token + jeder Status)  der Token-Endpunkt schlägt fehl
  tokenlatency   der Token-Endpunkt antwortet spät; ms=, jitter=
  tokenexpiry    der Token-Endpunkt meldet ein anderes expires_in; expires=JSON (1e300)
Beispiele: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</translation>
    </message>
</context>
<context>
    <name>hubsim::HubSimulator</name>
    <message>
        <source>The simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Der Simulator kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation>Die angeforderte Ressource existiert nicht.</translation>
    </message>
    <message>
        <source>This operation is not supported.</source>
        <translation>Dieser Vorgang wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Your session is not valid. Please sign in again.</source>
        <translation>Ihre Sitzung ist ungültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to view orchestrations.</source>
        <translation>Sie dürfen keine Orchestrierungen anzeigen.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later.</source>
        <translation>Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait and try again.</source>
        <translation>Zu viele Anfragen. Bitte warten Sie, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TLS is not available (Qt TLS backends: %1): connections to https:// tenants will fail; the demo still works. Reinstall the console, or install OpenSSL 3.</source>
        <translation>TLS ist nicht verfügbar (Qt-TLS-Backends: %1): Verbindungen zu https://-Mandanten schlagen fehl; die Demo funktioniert weiterhin. Installieren Sie die Konsole neu, oder installieren Sie OpenSSL 3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>TLS is not available</source>
        <translation>TLS ist nicht verfügbar</translation>
    </message>
</context>
</TS>
