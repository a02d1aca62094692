<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;An administration console for eGain Conversation Hub orchestrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console is licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, under its BSD licence (the two-clause text, which QtKeychain calls the Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installed with the program, gives each licence in full and where the sources are.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;Une console d&apos;administration pour les orchestrations d&apos;eGain Conversation Hub.&lt;/p&gt;&lt;p&gt;Compilée avec Qt %2, exécutée avec Qt %3&#xa0;; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console est distribuée sous la &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;licence Apache 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Elle utilise&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, sous la &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0)&#xa0;;&lt;/li&gt;&lt;li&gt;QtKeychain, sous sa licence BSD (le texte à deux clauses, que QtKeychain appelle «&#xa0;Modified BSD License&#xa0;»)&#xa0;;&lt;/li&gt;&lt;li&gt;Qt HTTP Server, pour le locataire de démo intégré et le simulateur hubsim, sous la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0)&#xa0;: Qt 6.4 le propose sous la GPL ou sous une licence commerciale, pas sous la LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installé avec le programme, donne le texte complet de chaque licence et indique où se trouvent les sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Orchestration Console</source>
        <translation>À propos d&apos;Orchestration Console</translation>
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
            <numerusform>%L1 sur %Ln orchestration récupérée…</numerusform>
            <numerusform>%L1 sur %Ln orchestrations récupérées…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Connexion non sécurisée refusée</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>Redirection inattendue</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Réponse non valide</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1&#xa0;: HTTP %2</translation>
    </message>
    <message>
        <source>The server stopped sending data (transfer timeout).</source>
        <translation>Le serveur a cessé d&apos;envoyer des données (délai de transfert dépassé).</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>aucun nom de fichier indiqué.</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>le fichier n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>BandColourButton</name>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambre</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Couleur du bandeau</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Aucune couleur</translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation>Couleur du bandeau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Band colour: %1 (%2)</source>
        <translation>Couleur du bandeau&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the band&apos;s colour</source>
        <translation>Choisir la couleur du bandeau</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>The token endpoint rejected the client id or client secret. Check the client credentials of this connection profile.</source>
        <translation>Le point de terminaison du jeton a refusé l&apos;ID client ou le secret client. Vérifiez les informations d&apos;identification client de ce profil de connexion.</translation>
    </message>
    <message>
        <source>The client application is not granted the scope &quot;%1&quot;. Check the scope in the profile and the client application&apos;s permissions.</source>
        <translation>L&apos;étendue «&#xa0;%1&#xa0;» n&apos;est pas accordée à l&apos;application cliente. Vérifiez l&apos;étendue dans le profil et les autorisations de l&apos;application cliente.</translation>
    </message>
    <message>
        <source>This client application may not use the client credentials grant.</source>
        <translation>Cette application cliente n&apos;a pas le droit d&apos;utiliser l&apos;octroi par informations d&apos;identification client.</translation>
    </message>
    <message>
        <source>The token endpoint does not support the client credentials grant. Check the token URL.</source>
        <translation>Le point de terminaison du jeton ne prend pas en charge l&apos;octroi par informations d&apos;identification client. Vérifiez l&apos;URL du jeton.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request as malformed. Check the token URL and client id.</source>
        <translation>Le point de terminaison du jeton a refusé la requête comme mal formée. Vérifiez l&apos;URL du jeton et l&apos;ID client.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials. Check the client id, secret and token URL.</source>
        <translation>Le point de terminaison du jeton a refusé les informations d&apos;identification. Vérifiez l&apos;ID client, le secret et l&apos;URL du jeton.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>Aucun accès réseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>No token within %1 s.</source>
        <translation>Aucun jeton en %1 s.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; redirects are not followed. Check the token URL.</source>
        <translation>Le point de terminaison du jeton a redirigé vers %1&#xa0;; les redirections ne sont pas suivies. Vérifiez l&apos;URL du jeton.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The token endpoint sent an invalid answer: %1</source>
        <translation>Le point de terminaison du jeton a envoyé une réponse non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison du jeton</translation>
    </message>
</context>
<context>
    <name>ClientStack</name>
    <message>
        <source>There is nothing to sign in with: no access token and no client secret.</source>
        <translation>Rien ne permet de se connecter&#xa0;: ni jeton d&apos;accès, ni secret client.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL to sign in with.</source>
        <translation>Un secret client a besoin d&apos;une URL de jeton pour se connecter.</translation>
    </message>
</context>
<context>
    <name>CommandLineCredentials</name>
    <message>
        <source>Cannot read the client secret from standard input: %1</source>
        <translation>Impossible de lire le secret client sur l&apos;entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation>L&apos;entrée standard contient plus de %1 Kio&#xa0;: ce n&apos;est pas un secret client.</translation>
    </message>
    <message>
        <source>--client-secret-stdin: standard input held no client secret.</source>
        <translation>--client-secret-stdin&#xa0;: l&apos;entrée standard ne contenait aucun secret client.</translation>
    </message>
    <message>
        <source>No credentials: set %1 (with --token-url) or %2.</source>
        <translation>Aucune information d&apos;identification&#xa0;: définissez %1 (avec --token-url) ou %2.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL (--token-url) to sign in with.</source>
        <translation>Un secret client a besoin d&apos;une URL de jeton (--token-url) pour se connecter.</translation>
    </message>
</context>
<context>
    <name>CompareConnectionsDialog</name>
    <message>
        <source>Live data of %1 (%2), loaded %3</source>
        <translation>Données en direct de %1 (%2), chargées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Comparer des connexions</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name (one orchestration has different ids in two tenants)</source>
        <translation>Nom (une orchestration a des ID différents dans deux locataires)</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Ancien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Match records by:</source>
        <translation>Associer les enregistrements &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Save two connections (File → Connections…) to compare them.</source>
        <translation>Enregistrez deux connexions (Fichier → Connexions…) pour les comparer.</translation>
    </message>
    <message>
        <source>Choose two different connections.</source>
        <translation>Choisissez deux connexions différentes.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is no longer saved.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>%1: signing in…</source>
        <translation>%1&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 orchestrations</source>
        <translation>%1&#xa0;: %2 orchestrations sur %3</translation>
    </message>
    <message>
        <source>Cancelled; nothing was compared.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été comparé.</translation>
    </message>
    <message>
        <source>Nothing was compared: %1</source>
        <translation>Rien n&apos;a été comparé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Reading %1 to compare…</source>
        <translation>Lecture de %1 pour la comparaison…</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Comparer avec un instantané</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, date&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, taken %3)</source>
        <translation>%1 (instantané de %2, date&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 ajoutées, %2 supprimées, %3 modifiées.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Live data of %1 (%2), now</source>
        <translation>Données en direct de %1 (%2), maintenant</translation>
    </message>
    <message>
        <source>Pages are being fetched for an export; compare again when it is done.</source>
        <translation>Des pages sont en cours de récupération pour une exportation&#xa0;; comparez de nouveau lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Fetching every page to compare…</source>
        <translation>Récupération de toutes les pages pour la comparaison…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was compared.</source>
        <translation>Annulé pendant la récupération&#xa0;; rien n&apos;a été comparé.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was compared: %1</source>
        <translation>Toutes les pages n&apos;ont pas pu être récupérées, rien n&apos;a donc été comparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, date taken unknown</source>
        <translation>%1, date inconnue</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, date taken unknown)</source>
        <translation>%1 (instantané de %2, date inconnue)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;differing fields</source>
        <translation>Seulement les champs &amp;différents</translation>
    </message>
    <message>
        <source>Compare — Orchestration Console</source>
        <translation>Comparer — Orchestration Console</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
        <source>Make the old side new and the new side old</source>
        <translation>Faire de l&apos;ancien côté le nouveau et du nouveau l&apos;ancien</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected records&apos; differences (%1)</source>
        <translation>Copier les différences des enregistrements sélectionnés (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save every difference as a JSON file (%1)</source>
        <translation>Enregistrer toutes les différences dans un fichier JSON (%1)</translation>
    </message>
    <message>
        <source>Changed orchestrations</source>
        <translation>Orchestrations modifiées</translation>
    </message>
    <message>
        <source>Old and new side by side</source>
        <translation>Ancien et nouveau côte à côte</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Old: %1
New: %2
%3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>Ancien&#xa0;: %1
Nouveau&#xa0;: %2
%3 ajoutées, %4 supprimées, %5 modifiées, %6 inchangées.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Ancien&#xa0;: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>Toutes les modifications (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutées (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimées (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiées (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Select the records to copy first.</source>
        <translation>Sélectionnez d&apos;abord les enregistrements à copier.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>Exporter les différences</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved the differences to %1.</source>
        <translation>Différences enregistrées dans %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>pas d&apos;ID</translation>
    </message>
    <message>
        <source>Matched by name; ids are not compared.</source>
        <translation>Associées par nom&#xa0;; les ID ne sont pas comparés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the old side)</source>
        <translation>«&#xa0;%1&#xa0;» (%2 du côté ancien)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the new side)</source>
        <translation>«&#xa0;%1&#xa0;» (%2 du côté nouveau)</translation>
    </message>
    <message>
        <source>Not compared, their name is not unique: %1.</source>
        <translation>Non comparées, leur nom n&apos;est pas unique&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Bot configuration</source>
        <translation>Configuration des bots</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>Transférer la transcription</translation>
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
            <numerusform>%n bot</numerusform>
            <numerusform>%n bots</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>ID du participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Escalation agent ID</source>
        <translation>ID de l&apos;agent d&apos;escalade</translation>
    </message>
    <message>
        <source>On escalation</source>
        <translation>En cas d&apos;escalade</translation>
    </message>
    <message>
        <source>Customer configuration</source>
        <translation>Configuration client</translation>
    </message>
    <message>
        <source>Customer app ID</source>
        <translation>ID de l&apos;application client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent configuration</source>
        <translation>Configuration des agents</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation>
            <numerusform>Référencé par %n orchestration chargée</numerusform>
            <numerusform>Référencé par %n orchestrations chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Virtual assistant bypass duration</source>
        <translation>Durée de contournement de l&apos;assistant virtuel</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>The API base URL is required.</source>
        <translation>L&apos;URL de base de l&apos;API est obligatoire.</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>URL de base de l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token URL is required to sign in with a client secret.</source>
        <translation>L&apos;URL du jeton est obligatoire pour se connecter avec un secret client.</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>URL du jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client ID is required.</source>
        <translation>L&apos;ID client est obligatoire.</translation>
    </message>
    <message>
        <source>The scope must not be empty.</source>
        <translation>L&apos;étendue ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The page number parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>Le paramètre de numéro de page doit avoir un nom sans espaces, &amp;, =,&#xa0;? ni #.</translation>
    </message>
    <message>
        <source>The page size parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>Le paramètre de taille de page doit avoir un nom sans espaces, &amp;, =,&#xa0;? ni #.</translation>
    </message>
    <message>
        <source>The page size and page number parameters must have different names.</source>
        <translation>Les paramètres de taille de page et de numéro de page doivent avoir des noms différents.</translation>
    </message>
    <message>
        <source>The default page size must be from 1 to %1.</source>
        <translation>La taille de page par défaut doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>«&#xa0;signIn&#xa0;» doit valoir «&#xa0;%1&#xa0;» ou «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une couleur (utilisez #RRGGBB).</translation>
    </message>
    <message numerus="yes">
        <source>The label must be at most %Ln characters long.</source>
        <translation>
            <numerusform>Le libellé ne doit pas dépasser %Ln caractère.</numerusform>
            <numerusform>Le libellé ne doit pas dépasser %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The page size for loading all must be from 1 to %1.</source>
        <translation>La taille de page pour tout charger doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>The history limits must not be negative.</source>
        <translation>Les limites de l&apos;historique ne doivent pas être négatives.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL with a host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide avec un hôte.</translation>
    </message>
    <message>
        <source>%1 uses plain http: credentials would cross the network unencrypted. Use https (plain http is allowed only for this machine&apos;s loopback).</source>
        <translation>%1 utilise http simple&#xa0;: les informations d&apos;identification traverseraient le réseau sans chiffrement. Utilisez https (http simple n&apos;est autorisé que pour l&apos;adresse de bouclage de cette machine).</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>No saved connections</source>
        <translation>Aucune connexion enregistrée</translation>
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
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Fetch a token and one orchestration with what the form says, without saving</source>
        <translation>Récupérer un jeton et une orchestration avec les valeurs du formulaire, sans enregistrer</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>Récupération d&apos;un jeton…</translation>
    </message>
    <message>
        <source>Signed in. Fetching one orchestration…</source>
        <translation>Connecté. Récupération d&apos;une orchestration…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation>
            <numerusform>Connecté. Le locataire a %n orchestration.</numerusform>
            <numerusform>Connecté. Le locataire a %n orchestrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The first page was read.</source>
        <translation>Connecté. La première page a été lue.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>Le jeton est valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Le test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>User message: %1</source>
        <translation>Message utilisateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation>Enregistrer si nécessaire, puis afficher cette connexion dans la fenêtre</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>New connection (not saved yet)</source>
        <translation>Nouvelle connexion (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>Enter the client secret; it is stored in the system keychain.</source>
        <translation>Saisissez le secret client&#xa0;; il est stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Paste the token; it is stored in the system keychain with its expiry.</source>
        <translation>Collez le jeton&#xa0;; il est stocké dans le trousseau du système avec sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>Une autre connexion s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>A secret is kept in memory for this session. Type to replace it.</source>
        <translation>Un secret est conservé en mémoire pour cette session. Tapez pour le remplacer.</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type to replace it.</source>
        <translation>Un secret est stocké dans le trousseau. Tapez pour le remplacer.</translation>
    </message>
    <message>
        <source>No secret is stored. Enter it to sign in.</source>
        <translation>Aucun secret n&apos;est stocké. Saisissez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>No token is stored. Paste one to sign in.</source>
        <translation>Aucun jeton n&apos;est stocké. Collez-en un pour vous connecter.</translation>
    </message>
    <message>
        <source>The stored token has expired. Paste a new one.</source>
        <translation>Le jeton stocké a expiré. Collez-en un nouveau.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>La connexion n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Saved the changes to &quot;%1&quot;.</source>
        <translation>Modifications de «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Stockage dans le trousseau…</translation>
    </message>
    <message>
        <source>%1 The secret could not be stored: %2</source>
        <translation>%1 Le secret n&apos;a pas pu être stocké&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation>Le jeton est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only.</source>
        <translation>Le secret est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain. Paste to replace it.</source>
        <translation>Le jeton est stocké dans le trousseau. Collez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its settings are deleted, and its client secret and token are deleted from the system keychain.</source>
        <translation>Ses paramètres sont supprimés, ainsi que son secret client et son jeton dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Deleting its keychain entries…</source>
        <translation>«&#xa0;%1&#xa0;» supprimée. Suppression de ses entrées du trousseau…</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entries.</source>
        <translation>«&#xa0;%1&#xa0;» et ses entrées du trousseau ont été supprimées.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its keychain entries could not be deleted: %2</source>
        <translation>«&#xa0;%1&#xa0;» supprimée, mais ses entrées du trousseau n&apos;ont pas pu être effacées&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection could not be copied.</source>
        <translation>La connexion n&apos;a pas pu être copiée.</translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;. Secrets are not copied: enter the secret to sign in.</source>
        <translation>Copiée sous le nom «&#xa0;%1&#xa0;». Les secrets ne sont pas copiés&#xa0;: saisissez le secret pour vous connecter.</translation>
    </message>
    <message>
        <source>Paste a token to test the connection.</source>
        <translation>Collez un jeton pour tester la connexion.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Saisissez le secret client pour tester la connexion.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>No token is stored: paste one to test.</source>
        <translation>Aucun jeton n&apos;est stocké&#xa0;: collez-en un pour tester.</translation>
    </message>
    <message>
        <source>No secret is stored: enter it to test.</source>
        <translation>Aucun secret n&apos;est stocké&#xa0;: saisissez-le pour tester.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session, valid until %1. Paste to replace it.</source>
        <translation>Un jeton est conservé en mémoire pour cette session, valide jusqu&apos;au %1. Collez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain, valid until %1. Paste to replace it.</source>
        <translation>Un jeton est stocké dans le trousseau, valide jusqu&apos;au %1. Collez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>Un jeton est conservé en mémoire pour cette session sans date d&apos;expiration connue&#xa0;: il est utilisé jusqu&apos;à ce que le serveur le refuse. Collez-en un autre pour le remplacer.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>Un jeton est stocké dans le trousseau sans date d&apos;expiration connue&#xa0;: il est utilisé jusqu&apos;à ce que le serveur le refuse. Collez-en un autre pour le remplacer.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Le simulateur de démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démo</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print the differences as JSON instead of a summary.</source>
        <translation>Afficher les différences en JSON au lieu d&apos;un résumé.</translation>
    </message>
    <message>
        <source>The older file.</source>
        <translation>Le fichier le plus ancien.</translation>
    </message>
    <message>
        <source>The newer file.</source>
        <translation>Le fichier le plus récent.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console diff --help&apos;.</source>
        <translation>Essayez &apos;orchestration-console diff --help&apos;.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>remarque&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>note: one file holds full records and the other only columns; most records will differ for that reason alone.</source>
        <translation>remarque&#xa0;: un fichier contient des enregistrements complets et l&apos;autre seulement des colonnes&#xa0;; la plupart des enregistrements différeront pour cette seule raison.</translation>
    </message>
    <message>
        <source>Compares two sides, each an exported file (or raw API page response) or the live orchestrations of a saved connection profile: orchestrations added, removed and changed, and for each changed one the fields that differ. The first side given is the older. Records are matched by id (or by name with --match name); key order and number spelling alone are no change; bots and agents are matched by their ids, and a new order of the same ids is reported.
Exit codes: 0 no differences, 1 differences, 2 usage, 4 a side cannot be read or loaded, or the result cannot be written.</source>
        <translation>Compare deux côtés, chacun un fichier exporté (ou une réponse de page brute de l&apos;API) ou les orchestrations en direct d&apos;un profil de connexion enregistré&#xa0;: orchestrations ajoutées, supprimées et modifiées et, pour chaque orchestration modifiée, les champs qui diffèrent. Le premier côté indiqué est le plus ancien. Les enregistrements sont associés par ID (ou par nom avec --match name)&#xa0;; l&apos;ordre des clés et l&apos;écriture des nombres seuls ne sont pas une modification&#xa0;; les bots et les agents sont associés par leurs ID, et un nouvel ordre des mêmes ID est signalé.
Codes de sortie&#xa0;: 0 aucune différence, 1 différences, 2 erreur d&apos;utilisation, 4 un côté ne peut pas être lu ou chargé, ou le résultat ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>A side: every orchestration of the saved connection profile NAME, loaded live with its secret from the system keychain. Given twice, compares two tenants.</source>
        <translation>Un côté&#xa0;: toutes les orchestrations du profil de connexion enregistré NOM, chargées en direct avec son secret lu dans le trousseau du système. Indiqué deux fois, compare deux locataires.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Pair records by id (default) or by name: the same orchestration has different ids in two tenants. By name, ids are not compared, and a name that several records of one side carry is reported, not paired.</source>
        <translation>Associer les enregistrements par ID (par défaut) ou par nom&#xa0;: la même orchestration a des ID différents dans deux locataires. Par nom, les ID ne sont pas comparés, et un nom porté par plusieurs enregistrements d&apos;un même côté est signalé, pas associé.</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>Usage: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</source>
        <translation>Utilisation&#xa0;: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile.</source>
        <translation>--profile attend le nom d&apos;un profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>diff needs two files, two profiles (--profile NAME), or one of each.</source>
        <translation>diff attend deux fichiers, deux profils (--profile NOM) ou un de chaque.</translation>
    </message>
    <message>
        <source>diff compares two sides, not %1.</source>
        <translation>diff compare deux côtés, pas %1.</translation>
    </message>
    <message>
        <source>--match takes id or name, not &quot;%1&quot;.</source>
        <translation>--match accepte id ou name, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <source>Loading orchestrations: %1</source>
        <translation>Chargement des orchestrations&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DiffListModel</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Old: %1
New: %2</source>
        <translation>Ancien&#xa0;: %1
Nouveau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to %1, marked &quot;%2&quot;</source>
        <translation>Connecté à %1, marqué «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation>Masquer l&apos;erreur</translation>
    </message>
    <message>
        <source>Open the connection&apos;s settings: client id, secret and scope</source>
        <translation>Ouvrir les paramètres de la connexion&#xa0;: ID client, secret et étendue</translation>
    </message>
    <message>
        <source>The client may not read orchestrations: check the connection&apos;s scope, or ask your tenant&apos;s administrator for access.</source>
        <translation>Le client n&apos;a pas le droit de lire les orchestrations&#xa0;: vérifiez l&apos;étendue de la connexion, ou demandez l&apos;accès à l&apos;administrateur de votre locataire.</translation>
    </message>
    <message>
        <source>The tenant refused the client id or secret: check them in the connection&apos;s settings.</source>
        <translation>Le locataire a refusé l&apos;ID client ou le secret&#xa0;: vérifiez-les dans les paramètres de la connexion.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network or VPN, then press Retry.</source>
        <translation>La connexion au serveur a été perdue. Vérifiez votre réseau ou votre VPN, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry, or try again later.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Cliquez sur Réessayer, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: the connection may not be private. Check the address, or ask your administrator.</source>
        <translation>Le certificat du serveur n&apos;a pas été accepté&#xa0;: la connexion n&apos;est peut-être pas privée. Vérifiez l&apos;adresse, ou contactez votre administrateur.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Developer message: %1</source>
        <translation>Message pour les développeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1 = %2</source>
        <translation>Détail&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <source>OAuth error: %1</source>
        <translation>Erreur OAuth&#xa0;: %1</translation>
    </message>
    <message>
        <source>OAuth description: %1</source>
        <translation>Description OAuth&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Dé&amp;tails</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The system keychain is not available (%1); set %2 to export with the profile &quot;%3&quot;.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1)&#xa0;; définissez %2 pour exporter avec le profil «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 Save it in the console&apos;s connection dialog, or set %2.</source>
        <translation>%1 Enregistrez-le dans la boîte de dialogue des connexions de la console, ou définissez %2.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Le simulateur de démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>export incomplete, nothing written: %1. --allow-incomplete writes it anyway.</source>
        <translation>exportation incomplète, rien n&apos;a été écrit&#xa0;: %1. --allow-incomplete l&apos;écrit quand même.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Incomplète&#xa0;: %1.</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation>
            <numerusform>%n orchestration exportée.</numerusform>
            <numerusform>%n orchestrations exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console export --help&apos;.</source>
        <translation>Essayez &apos;orchestration-console export --help&apos;.</translation>
    </message>
    <message>
        <source>(--max-records and --max-bytes set the limits.)</source>
        <translation>(--max-records et --max-bytes fixent les limites.)</translation>
    </message>
    <message numerus="yes">
        <source>Fetching orchestrations: %L1 of %Ln</source>
        <translation>
            <numerusform>Récupération des orchestrations&#xa0;: %L1 sur %Ln</numerusform>
            <numerusform>Récupération des orchestrations&#xa0;: %L1 sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports orchestrations to JSON, records exactly as the server sent them.
The client secret is read from %1, or a ready bearer token from %2; never from the command line; --client-secret-stdin reads the secret from standard input instead. With --profile, the profile&apos;s secret and cached token come from the system keychain (%1 still overrides the secret).
Exit codes: 0 ok, 2 usage, 3 authentication/authorization, 4 server/network/data error after retries, an incomplete export or a budget exceeded, 5 cannot write the output.</source>
        <translation>Exporte des orchestrations en JSON, les enregistrements exactement tels que le serveur les a envoyés.
Le secret client est lu dans %1, ou un jeton porteur prêt à l&apos;emploi dans %2&#xa0;; jamais depuis la ligne de commande&#xa0;; --client-secret-stdin lit plutôt le secret sur l&apos;entrée standard. Avec --profile, le secret et le jeton en cache du profil viennent du trousseau du système (%1 reste prioritaire pour le secret).
Codes de sortie&#xa0;: 0 succès, 2 utilisation incorrecte, 3 authentification/autorisation, 4 erreur de serveur/réseau/données après les nouvelles tentatives, exportation incomplète ou budget dépassé, 5 impossible d&apos;écrire la sortie.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Export from the embedded demo simulator.</source>
        <translation>Exporter depuis le simulateur de démo intégré.</translation>
    </message>
    <message>
        <source>Use the saved connection profile NAME (its URLs, client id and scope; the secret from the keychain).</source>
        <translation>Utiliser le profil de connexion enregistré NOM (ses URL, son ID client et son étendue&#xa0;; le secret vient du trousseau).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.egain.cloud/conversation/conversationmgr/v3.</source>
        <translation>URL de base de l&apos;API, p. ex. https://api.egain.cloud/conversation/conversationmgr/v3.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>URL du jeton OAuth 2.0 du locataire.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>ID client OAuth 2.0.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for (default: %1).</source>
        <translation>Étendue à demander (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÉTENDUE</translation>
    </message>
    <message>
        <source>Export every page (default).</source>
        <translation>Exporter toutes les pages (par défaut).</translation>
    </message>
    <message>
        <source>Export page N only (1-based).</source>
        <translation>Exporter uniquement la page N (numérotée à partir de 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Records to ask for per page (default %1 for one page, %2 for all; the server may grant fewer).</source>
        <translation>Enregistrements à demander par page (par défaut %1 pour une page, %2 pour toutes&#xa0;; le serveur peut en accorder moins).</translation>
    </message>
    <message>
        <source>Write to FILE, or - for standard output (default).</source>
        <translation>Écrire dans FICHIER, ou - pour la sortie standard (par défaut).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Retries per request on transient errors (default 3).</source>
        <translation>Nouvelles tentatives par requête en cas d&apos;erreur passagère (par défaut 3).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 30).</source>
        <translation>Secondes sans données avant l&apos;échec d&apos;une requête (par défaut 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>With --all: stop with an error after N orchestrations (default %1), so a server that never ends cannot exhaust memory.</source>
        <translation>Avec --all&#xa0;: s&apos;arrêter sur une erreur après N orchestrations (par défaut %1), pour qu&apos;un serveur sans fin ne puisse pas épuiser la mémoire.</translation>
    </message>
    <message>
        <source>With --all: stop with an error after SIZE bytes of records (default %1M; K, M and G suffixes).</source>
        <translation>Avec --all&#xa0;: s&apos;arrêter sur une erreur après TAILLE octets d&apos;enregistrements (par défaut %1M&#xa0;; suffixes K, M et G).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Write the export even when it lacks records the server announced (exit 0; what is missing is said on standard error and in exportInfo.warnings). Without it, an incomplete export writes nothing and exits 4.</source>
        <translation>Écrire l&apos;exportation même s&apos;il manque des enregistrements annoncés par le serveur (code de sortie 0&#xa0;; ce qui manque est indiqué sur la sortie d&apos;erreur standard et dans exportInfo.warnings). Sans cette option, une exportation incomplète n&apos;écrit rien et se termine avec le code 4.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line; the trailing newline is dropped) instead of %1.</source>
        <translation>Lire le secret client sur l&apos;entrée standard (une ligne&#xa0;; le saut de ligne final est supprimé) au lieu de %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>Usage: orchestration-console export [options]</source>
        <translation>Utilisation&#xa0;: orchestration-console export [options]</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line (they would show in the process list and shell history). Use --client-secret-stdin, or set %1 or %2 instead.</source>
        <translation>Les secrets ne sont pas acceptés sur la ligne de commande (ils apparaîtraient dans la liste des processus et l&apos;historique du shell). Utilisez --client-secret-stdin, ou définissez plutôt %1 ou %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --base-url, --token-url or --client-id.</source>
        <translation>--demo ne peut pas être combiné avec --base-url, --token-url ou --client-id.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile demande le nom d&apos;une connexion enregistrée.</translation>
    </message>
    <message>
        <source>--profile takes the connection from the profile: it cannot be combined with --demo, --base-url, --token-url, --client-id or --scope.</source>
        <translation>--profile prend la connexion dans le profil&#xa0;: il ne peut pas être combiné avec --demo, --base-url, --token-url, --client-id ou --scope.</translation>
    </message>
    <message>
        <source>Say where to export from: --demo, --profile NAME, or --base-url, --token-url and --client-id.</source>
        <translation>Indiquez d&apos;où exporter&#xa0;: --demo, --profile NOM, ou --base-url, --token-url et --client-id.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>--token-url: %1</source>
        <translation>--token-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>--client-id must not be empty.</source>
        <translation>--client-id ne doit pas être vide.</translation>
    </message>
    <message>
        <source>--scope must not be empty.</source>
        <translation>--scope ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Use either --all or --page N, not both.</source>
        <translation>Utilisez soit --all, soit --page N, pas les deux.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1 up, not &quot;%1&quot;.</source>
        <translation>--page attend un numéro de page à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--page-size attend un nombre de 1 à 1000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>--output demande un nom de fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 10, not &quot;%1&quot;.</source>
        <translation>--retries attend un nombre de 0 à 10, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes de 1 à 3600, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--max-records takes a number from 1 up, not &quot;%1&quot;.</source>
        <translation>--max-records attend un nombre à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--max-bytes takes a size from 1 up (e.g. 800M), not &quot;%1&quot;.</source>
        <translation>--max-bytes attend une taille à partir de 1 (p. ex. 800M), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--demo signs in by itself: it takes no --client-secret-stdin.</source>
        <translation>--demo se connecte tout seul&#xa0;: il n&apos;accepte pas --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Not every orchestration arrived, so nothing was recorded.</source>
        <translation>Toutes les orchestrations ne sont pas arrivées, donc rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>L&apos;historique n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the history was not recorded: %1</source>
        <translation>avertissement&#xa0;: l&apos;historique n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the snapshot of %1; nothing recorded.</source>
        <translation>Rien n&apos;a changé depuis l&apos;instantané du %1&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s), the first snapshot.</source>
        <translation>
            <numerusform>%n orchestration enregistrée, le premier instantané.</numerusform>
            <numerusform>%n orchestrations enregistrées, le premier instantané.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n orchestration enregistrée&#xa0;: %1 ajoutées, %2 supprimées, %3 modifiées.</numerusform>
            <numerusform>%n orchestrations enregistrées&#xa0;: %1 ajoutées, %2 supprimées, %3 modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write compact JSON, one orchestration per line, instead of indented.</source>
        <translation>Écrire du JSON compact, une orchestration par ligne, au lieu de JSON indenté.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Not paging: all loaded orchestrations are shown.</source>
        <translation>Pas de pagination&#xa0;: toutes les orchestrations chargées sont affichées.</translation>
    </message>
    <message>
        <source>Every page is fetched first</source>
        <translation>Toutes les pages sont d&apos;abord récupérées</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Aucune ligne n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No field is selected in the inspector.</source>
        <translation>Aucun champ n&apos;est sélectionné dans l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>The pages not loaded yet are fetched first.</source>
        <translation>Les pages qui ne sont pas encore chargées sont d&apos;abord récupérées.</translation>
    </message>
    <message>
        <source>The file holds the node and the orchestration it belongs to.</source>
        <translation>Le fichier contient le nœud et l&apos;orchestration à laquelle il appartient.</translation>
    </message>
    <message>
        <source>Fetching every page for the export…</source>
        <translation>Récupération de toutes les pages pour l&apos;exportation…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was written.</source>
        <translation>Annulé pendant la récupération&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was written: %1</source>
        <translation>Toutes les pages n&apos;ont pas pu être récupérées, rien n&apos;a donc été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The export is incomplete: %1.</source>
        <translation>L&apos;exportation est incomplète&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write the orchestrations that were received to %1 anyway? The file will say that it is incomplete.</source>
        <translation>Écrire quand même dans %1 les orchestrations reçues&#xa0;? Le fichier indiquera qu&apos;il est incomplet.</translation>
    </message>
    <message>
        <source>Write Incomplete Export</source>
        <translation>Écrire une exportation incomplète</translation>
    </message>
    <message>
        <source>The export is incomplete (%1); nothing was written.</source>
        <translation>L&apos;exportation est incomplète (%1)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Incomplète&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>Exportation annulée&#xa0;; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: any earlier file of that name is as it was.</source>
        <translation>%1

Rien n&apos;a été modifié&#xa0;: tout fichier antérieur portant ce nom est resté tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln affichée sur %L1 chargées</numerusform>
            <numerusform>%Ln affichées sur %L1 chargées</numerusform>
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
            <numerusform>Page %1&#xa0;: %Ln orchestration, dans l&apos;ordre du serveur</numerusform>
            <numerusform>Page %1&#xa0;: %Ln orchestrations, dans l&apos;ordre du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>%Ln orchestration, dans l&apos;ordre du serveur</numerusform>
            <numerusform>%Ln orchestrations, dans l&apos;ordre du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s); those not loaded yet are fetched first</source>
        <translation>
            <numerusform>%Ln orchestration&#xa0;; si elle n&apos;est pas encore chargée, elle est d&apos;abord récupérée</numerusform>
            <numerusform>%Ln orchestrations&#xa0;; celles qui ne sont pas encore chargées sont d&apos;abord récupérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in view order</source>
        <translation>
            <numerusform>%Ln orchestration, dans l&apos;ordre de la vue</numerusform>
            <numerusform>%Ln orchestrations, dans l&apos;ordre de la vue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln orchestration(s) to %1 (%2).</source>
        <translation>
            <numerusform>%Ln orchestration exportée dans %1 (%2).</numerusform>
            <numerusform>%Ln orchestrations exportées dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the row of the orchestration the node belongs to.</source>
        <translation>Le fichier contient la ligne de l&apos;orchestration à laquelle appartient le nœud.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The current &amp;view (filter and sort as shown)</source>
        <translation>La &amp;vue actuelle (filtrée et triée comme affichée)</translation>
    </message>
    <message>
        <source>The current &amp;page</source>
        <translation>La &amp;page actuelle</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>&amp;Toutes les pages</translation>
    </message>
    <message>
        <source>The &amp;selected rows</source>
        <translation>Les lignes &amp;sélectionnées</translation>
    </message>
    <message>
        <source>The inspector&apos;s selected &amp;node</source>
        <translation>Le &amp;nœud sélectionné dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Full records, exactly as received (lossless)</source>
        <translation>&amp;Enregistrements complets, tels que reçus (sans perte)</translation>
    </message>
    <message>
        <source>Visible &amp;columns only, as flat objects</source>
        <translation>&amp;Colonnes visibles uniquement, en objets plats</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose another folder.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;». Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?

The old file stays as it is until the new one is completely written.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?

L&apos;ancien fichier reste tel quel jusqu&apos;à ce que le nouveau soit entièrement écrit.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), about %1.</source>
        <translation>
            <numerusform>%Ln orchestration, environ %1.</numerusform>
            <numerusform>%Ln orchestrations, environ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s).</source>
        <translation>
            <numerusform>%Ln orchestration.</numerusform>
            <numerusform>%Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Indented JSON</source>
        <translation>JSON &amp;indenté</translation>
    </message>
    <message>
        <source>Co&amp;mpact JSON</source>
        <translation>JSON co&amp;mpact</translation>
    </message>
    <message>
        <source>CSV for sprea&amp;dsheets</source>
        <translation>CSV pour ta&amp;bleurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>The file&apos;s exportInfo is not a JSON object.</source>
        <translation>L&apos;exportInfo du fichier n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file&apos;s exportInfo.%1 has the wrong type.</source>
        <translation>L&apos;exportInfo.%1 du fichier n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>The file says it holds %Ln orchestration(s) but holds %L1.</source>
        <translation>
            <numerusform>Le fichier indique contenir %Ln orchestration mais en contient %L1.</numerusform>
            <numerusform>Le fichier indique contenir %Ln orchestrations mais en contient %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>ExportViewOptions</name>
    <message>
        <source>Only orchestrations matching TEXT, as the window&apos;s search: name, description, id or any nested id; every word must match.</source>
        <translation>Uniquement les orchestrations correspondant à TEXTE, comme la recherche de la fenêtre&#xa0;: nom, description, ID ou tout ID imbriqué&#xa0;; chaque mot doit correspondre.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Only active (yes) or inactive (no) orchestrations.</source>
        <translation>Uniquement les orchestrations actives (yes) ou inactives (no).</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Write only these columns, as flat objects in this order: %1.</source>
        <translation>N&apos;écrire que ces colonnes, en objets plats dans cet ordre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>KEY,...</source>
        <translation>CLÉ,...</translation>
    </message>
    <message>
        <source>--active takes yes or no, not &quot;%1&quot;.</source>
        <translation>--active accepte yes ou no, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--columns: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>--columns&#xa0;: colonne inconnue «&#xa0;%1&#xa0;»&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>--columns names &quot;%1&quot; twice.</source>
        <translation>--columns cite «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>--columns needs at least one column: %1.</source>
        <translation>--columns demande au moins une colonne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>json (default), or csv for spreadsheets: the columns (--columns, or every column), UTF-8 with a byte order mark.</source>
        <translation>json (par défaut) ou csv pour les tableurs&#xa0;: les colonnes (--columns, ou toutes les colonnes), en UTF-8 avec marque d&apos;ordre d&apos;octet (BOM).</translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation>json|csv</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &quot;%1&quot;.</source>
        <translation>--format accepte json ou csv, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExportWriteJob</name>
    <message>
        <source>no file name given.</source>
        <translation>aucun nom de fichier indiqué.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, description or any id (Ctrl+F)</source>
        <translation>Rechercher nom, description ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches names, descriptions and ids, including every nested bot, participant, agent and customer id. Paste a UUID to see every orchestration that references it.</source>
        <translation>Trouve les noms, les descriptions et les ID, y compris chaque ID imbriqué de bot, de participant, d&apos;agent et de client. Collez un UUID pour voir toutes les orchestrations qui y font référence.</translation>
    </message>
    <message>
        <source>Search orchestrations</source>
        <translation>Rechercher des orchestrations</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre «&#xa0;Active&#xa0;»</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actives et inactives</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actives uniquement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactives uniquement</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre «&#xa0;Type&#xa0;»</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Bot only</source>
        <translation>Bot uniquement</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Agent uniquement</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>Bot + agent</translation>
    </message>
    <message>
        <source>Has a bot</source>
        <translation>Avec un bot</translation>
    </message>
    <message>
        <source>Has agents</source>
        <translation>Avec des agents</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 Open File → Connections… to enter it.</source>
        <translation>%1 Ouvrez Fichier → Connexions… pour le saisir.</translation>
    </message>
    <message>
        <source>The stored token could not be deleted: %1</source>
        <translation>Le jeton stocké n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Try &apos;orchestration-console --help&apos;.</source>
        <translation>Essayez &apos;orchestration-console --help&apos;.</translation>
    </message>
</context>
<context>
    <name>GuiParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Open the embedded demo tenant (a simulator with a few thousand orchestrations).</source>
        <translation>Ouvrir le locataire de démo intégré (un simulateur avec quelques milliers d&apos;orchestrations).</translation>
    </message>
    <message>
        <source>API base URL of the tenant.</source>
        <translation>URL de base de l&apos;API du locataire.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>URL du jeton OAuth 2.0 du locataire.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>ID client OAuth 2.0.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for.</source>
        <translation>Étendue à demander.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÉTENDUE</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (par défaut), light ou dark.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHÉMA</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>Opens the Orchestration Console window. Connect with --demo, or with --base-url, --token-url and --client-id and the client secret in %1 (or a ready token in %2).</source>
        <translation>Ouvre la fenêtre d&apos;Orchestration Console. Connectez-vous avec --demo, ou avec --base-url, --token-url et --client-id et le secret client dans %1 (ou un jeton prêt à l&apos;emploi dans %2).</translation>
    </message>
    <message>
        <source>Language of the window for this run: %1 (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>Langue de la fenêtre pour cette exécution&#xa0;: %1 (par défaut&#xa0;: celle choisie dans Affichage → Langue, sinon celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A connection needs --base-url, --token-url and --client-id.</source>
        <translation>Une connexion demande --base-url, --token-url et --client-id.</translation>
    </message>
    <message>
        <source>--scope needs --base-url, --token-url and --client-id.</source>
        <translation>--scope demande --base-url, --token-url et --client-id.</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme attend system, light ou dark, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language attend l&apos;une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot demande un nom de fichier.</translation>
    </message>
    <message>
        <source>--screenshot needs a source: --demo, or a connection.</source>
        <translation>--screenshot demande une source&#xa0;: --demo, ou une connexion.</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>--window-size attend LARGEURxHAUTEUR, p. ex. 1280x800, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: orchestration-console [options]
       orchestration-console export [options]  (see &apos;orchestration-console export --help&apos;)
       orchestration-console history list|record|diff --profile NAME  (see &apos;orchestration-console history --help&apos;)
       orchestration-console --version</source>
        <translation>Utilisation&#xa0;: orchestration-console [options]
              orchestration-console export [options]  (voir &apos;orchestration-console export --help&apos;)
              orchestration-console history list|record|diff --profile NOM  (voir &apos;orchestration-console history --help&apos;)
              orchestration-console --version</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;About Orchestration Console</source>
        <translation>À &amp;propos d&apos;Orchestration Console</translation>
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
    <message>
        <source>(first)</source>
        <translation>(premier)</translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; holds no snapshot yet.</source>
        <translation>L&apos;historique de «&#xa0;%1&#xa0;» ne contient encore aucun instantané.</translation>
    </message>
    <message>
        <source>No snapshot was taken at or before %1; the oldest is from %2.</source>
        <translation>Aucun instantané n&apos;a été pris le %1 ou avant&#xa0;; le plus ancien date du %2.</translation>
    </message>
    <message>
        <source>note: comparing the snapshot of %1 with the newest, of %2.</source>
        <translation>remarque&#xa0;: comparaison de l&apos;instantané du %1 avec le plus récent, du %2.</translation>
    </message>
    <message>
        <source>The local change history of a connection profile: snapshots of all its orchestrations, recorded by complete loads and exports (when the profile keeps a history) or by &apos;history record&apos;.
  list     the snapshots: when, how many orchestrations, +added -removed ~changed
  record   load all orchestrations and record them (for a scheduled job)
  diff     the differences since --since, as &apos;diff&apos; prints them
Exit codes: list and record as export (0 ok, 2 usage, 3 authentication, 4 server or data, 5 output); diff as diff (0 no differences, 1 differences, 2 usage, 4 no snapshot or unreadable).</source>
        <translation>L&apos;historique local des modifications d&apos;un profil de connexion&#xa0;: des instantanés de toutes ses orchestrations, enregistrés par les chargements et exportations complets (quand le profil conserve un historique) ou par &apos;history record&apos;.
  list     les instantanés&#xa0;: quand, combien d&apos;orchestrations, +ajoutées -supprimées ~modifiées
  record   charger toutes les orchestrations et les enregistrer (pour une tâche planifiée)
  diff     les différences depuis --since, comme &apos;diff&apos; les affiche
Codes de sortie&#xa0;: list et record comme export (0 OK, 2 erreur d&apos;utilisation, 3 authentification, 4 serveur ou données, 5 sortie)&#xa0;; diff comme diff (0 aucune différence, 1 différences, 2 erreur d&apos;utilisation, 4 aucun instantané ou illisible).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The saved connection profile whose history to use.</source>
        <translation>Le profil de connexion enregistré dont l&apos;historique est utilisé.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>diff: compare the newest snapshot taken at or before this date (2026-11-01) or date-time (2026-11-01T09:30, local time unless a zone is given) with the newest.</source>
        <translation>diff&#xa0;: comparer le plus récent instantané pris à cette date (2026-11-01) ou à ce moment (2026-11-01T09:30, heure locale sauf si un fuseau est indiqué), ou avant, avec le plus récent.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>diff: print the differences as JSON instead of a summary.</source>
        <translation>diff&#xa0;: afficher les différences en JSON au lieu d&apos;un résumé.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Action à effectuer.</translation>
    </message>
    <message>
        <source>Usage: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</source>
        <translation>Utilisation&#xa0;: orchestration-console history list|record|diff --profile NOM [--since DATE] [--json]</translation>
    </message>
    <message>
        <source>history needs one of list, record or diff.</source>
        <translation>history attend list, record ou diff.</translation>
    </message>
    <message>
        <source>history needs --profile NAME.</source>
        <translation>history attend --profile NOM.</translation>
    </message>
    <message>
        <source>history diff needs --since DATE.</source>
        <translation>history diff attend --since DATE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-11-01) or date-time (2026-11-01T09:30).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (2026-11-01) ni une date et heure (2026-11-01T09:30).</translation>
    </message>
    <message>
        <source>--since and --json are for history diff only.</source>
        <translation>--since et --json sont réservés à history diff.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console history --help&apos;.</source>
        <translation>Essayez &apos;orchestration-console history --help&apos;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>%1, snapshot taken %2</source>
        <translation>%1, instantané pris le %2</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Chronologie…</translation>
    </message>
    <message>
        <source>The snapshots recorded for each connection, and what changed</source>
        <translation>Les instantanés enregistrés pour chaque connexion, et ce qui a changé</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>L&apos;historique n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>History: %1 added, %2 removed, %3 changed since the last snapshot.</source>
        <translation>Historique&#xa0;: %1 ajoutées, %2 supprimées, %3 modifiées depuis le dernier instantané.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Unchanged since %1</source>
        <translation>Inchangée depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n time(s) since %1</source>
        <translation>
            <numerusform>Modifiée %n fois depuis le %1</numerusform>
            <numerusform>Modifiée %n fois depuis le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>not a history snapshot, or cut short</source>
        <translation>pas un instantané d&apos;historique, ou tronqué</translation>
    </message>
    <message>
        <source>its checksum does not match: the file is damaged or was not completely written</source>
        <translation>sa somme de contrôle ne correspond pas&#xa0;: le fichier est endommagé ou n&apos;a pas été entièrement écrit</translation>
    </message>
    <message>
        <source>The history in &quot;%1&quot; is in use by another program.</source>
        <translation>L&apos;historique dans «&#xa0;%1&#xa0;» est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; cannot be read: %2</source>
        <translation>L&apos;instantané d&apos;historique «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; is too large.</source>
        <translation>L&apos;instantané d&apos;historique «&#xa0;%1&#xa0;» est trop volumineux.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: %2.</source>
        <translation>L&apos;instantané d&apos;historique «&#xa0;%1&#xa0;» a été ignoré&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: it cannot be uncompressed.</source>
        <translation>L&apos;instantané d&apos;historique «&#xa0;%1&#xa0;» a été ignoré&#xa0;: il ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>The history folder &quot;%1&quot; cannot be created.</source>
        <translation>Le dossier d&apos;historique «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineDialog</name>
    <message>
        <source>Show &amp;changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Select a snapshot to compare it with the one before, or two to compare them with each other</source>
        <translation>Sélectionnez un instantané pour le comparer au précédent, ou deux pour les comparer entre eux</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>What changed &amp;since:</source>
        <translation>Modifications &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>No snapshots yet. Loading all orchestrations (Load all) or exporting all pages of this connection records one.</source>
        <translation>Aucun instantané pour l&apos;instant. Charger toutes les orchestrations (Tout charger) ou exporter toutes les pages de cette connexion en enregistre un.</translation>
    </message>
    <message>
        <source>No snapshot was taken before %1; the oldest is from %2.</source>
        <translation>Aucun instantané n&apos;a été pris avant le %1&#xa0;; le plus ancien date du %2.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>Orchestrations</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The server sent the response in an encoding that was not asked for (%1).</source>
        <translation>Le serveur a envoyé la réponse dans un encodage non demandé (%1).</translation>
    </message>
    <message>
        <source>The response&apos;s %1 encoding is broken or cut short.</source>
        <translation>L&apos;encodage %1 de la réponse est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation>Le serveur n&apos;a envoyé aucun statut HTTP.</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not loaded.</source>
        <translation>
            <numerusform>La réponse dépasse la limite de %L1 octets (au moins %Ln octet)&#xa0;; elle n&apos;a pas été chargée.</numerusform>
            <numerusform>La réponse dépasse la limite de %L1 octets (au moins %Ln octets)&#xa0;; elle n&apos;a pas été chargée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed %Ln byte(s) before the end of the response.</source>
        <translation>
            <numerusform>La connexion s&apos;est fermée %Ln octet avant la fin de la réponse.</numerusform>
            <numerusform>La connexion s&apos;est fermée %Ln octets avant la fin de la réponse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation>
            <numerusform>%1  (utilisé par %n)</numerusform>
            <numerusform>%1  (utilisé par %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy &amp;node as JSON</source>
        <translation>Copier le &amp;nœud en JSON</translation>
    </message>
    <message>
        <source>Copy &amp;orchestration as JSON</source>
        <translation>Copier l&apos;&amp;orchestration en JSON</translation>
    </message>
    <message>
        <source>&amp;Show orchestrations using this id</source>
        <translation>&amp;Afficher les orchestrations utilisant cet ID</translation>
    </message>
    <message>
        <source>Select an orchestration to inspect it.</source>
        <translation>Sélectionnez une orchestration pour l&apos;inspecter.</translation>
    </message>
    <message>
        <source>The name of the orchestration inspected</source>
        <translation>Le nom de l&apos;orchestration inspectée</translation>
    </message>
    <message>
        <source>The id of the orchestration inspected</source>
        <translation>L&apos;ID de l&apos;orchestration inspectée</translation>
    </message>
    <message>
        <source>Orchestration fields</source>
        <translation>Champs de l&apos;orchestration</translation>
    </message>
    <message>
        <source>Every field of the selected orchestration. Enter on an id shows the orchestrations using it.</source>
        <translation>Tous les champs de l&apos;orchestration sélectionnée. Entrée sur un ID affiche les orchestrations qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Orchestration views</source>
        <translation>Vues de l&apos;orchestration</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON brut</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation>
            <numerusform>&amp;Afficher %n orchestration utilisant cet ID</numerusform>
            <numerusform>&amp;Afficher les %n orchestrations utilisant cet ID</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Champs</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>Takes effect when the console is started again</source>
        <translation>Prend effet au prochain démarrage de la console</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>Orchestrations</translation>
    </message>
    <message>
        <source>One orchestration per row. Enter opens the row in the inspector; the context menu copies rows.</source>
        <translation>Une orchestration par ligne. Entrée ouvre la ligne dans l&apos;inspecteur&#xa0;; le menu contextuel copie les lignes.</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Tout charger</translation>
    </message>
    <message>
        <source>Load every page, so the search and the sort cover the whole tenant</source>
        <translation>Charger toutes les pages, pour que la recherche et le tri couvrent tout le locataire</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Choose what to connect to</source>
        <translation>Choisir à quoi se connecter</translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant</source>
        <translation>Utiliser le locataire de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Add, edit, test, import or remove saved connections</source>
        <translation>Ajouter, modifier, tester, importer ou supprimer des connexions enregistrées</translation>
    </message>
    <message>
        <source>Forget the access token (the client secret stays stored)</source>
        <translation>Oublier le jeton d&apos;accès (le secret client reste stocké)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch again from the server (F5)</source>
        <translation>Récupérer de nouveau depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>&amp;Tout charger</translation>
    </message>
    <message>
        <source>Load every page in the background, so sorting and filtering cover the whole tenant (Ctrl+Shift+L)</source>
        <translation>Charger toutes les pages en arrière-plan, pour que le tri et le filtrage couvrent tout le locataire (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Search by name, description or any id (Ctrl+F); the arrow offers the Active and Kind filters</source>
        <translation>Rechercher par nom, description ou tout ID (Ctrl+F)&#xa0;; la flèche propose les filtres Active et Type</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the page, all pages, the view, the selected rows or the inspector&apos;s node to JSON (Ctrl+E)</source>
        <translation>Exporter la page, toutes les pages, la vue, les lignes sélectionnées ou le nœud de l&apos;inspecteur en JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>Open an exported file (or a saved API page) read-only</source>
        <translation>Ouvrir un fichier exporté (ou une page d&apos;API enregistrée) en lecture seule</translation>
    </message>
    <message>
        <source>Compare an exported file with the live data, or with the snapshot shown: added, removed and changed orchestrations</source>
        <translation>Comparer un fichier exporté avec les données en direct, ou avec l&apos;instantané affiché&#xa0;: orchestrations ajoutées, supprimées et modifiées</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>Fermer &amp;l&apos;instantané</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>You are looking at the embedded simulator, not a real tenant.</source>
        <translation>Vous consultez le simulateur intégré, pas un vrai locataire.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Snapshot %1 — Orchestration Console</source>
        <translation>Instantané %1 — Orchestration Console</translation>
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
        <translation>Connecté, jeton jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The access token expires at %1 (UTC %2); a new one is fetched when needed.</source>
        <translation>Le jeton d&apos;accès expire à %1 (UTC %2)&#xa0;; un nouveau est récupéré si nécessaire.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Last successful load: %1</source>
        <translation>Dernier chargement réussi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation>
            <numerusform>%n orchestration chargée utilise %1.</numerusform>
            <numerusform>%n orchestrations chargées utilisent %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading all orchestrations… %1</source>
        <translation>Chargement de toutes les orchestrations… %1</translation>
    </message>
    <message>
        <source>Loading page %1… %2</source>
        <translation>Chargement de la page %1… %2</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>Échec. %1</translation>
    </message>
    <message>
        <source>Loading orchestrations…</source>
        <translation>Chargement des orchestrations…</translation>
    </message>
    <message>
        <source>There are no orchestrations in this tenant.</source>
        <translation>Ce locataire ne contient aucune orchestration.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>Rien n&apos;a pu être chargé. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>No loaded orchestration matches the filter.</source>
        <translation>Aucune orchestration chargée ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>The window was closed before &quot;%1&quot; was read.</source>
        <translation>La fenêtre a été fermée avant la lecture de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Snapshot (read-only)</source>
        <translation>Instantané (lecture seule)</translation>
    </message>
    <message>
        <source>Token from keychain, until %1</source>
        <translation>Jeton du trousseau, jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Token from keychain</source>
        <translation>Jeton du trousseau</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>Session uniquement</translation>
    </message>
    <message>
        <source>%1 · Session only</source>
        <translation>%1 · Session uniquement</translation>
    </message>
    <message>
        <source>The keychain is not available: secrets and tokens are kept in memory for this session only.</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: les secrets et les jetons sont conservés en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Signed out of %1. Choose it under Connection to sign in again.</source>
        <translation>Déconnecté de %1. Choisissez-la sous Connexion pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>Com&amp;parer avec un instantané…</translation>
    </message>
    <message numerus="yes">
        <source>The search and the sort cover this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>La recherche et le tri portent sur cette page uniquement&#xa0;: %L1 sur %Ln orchestration.</numerusform>
            <numerusform>La recherche et le tri portent sur cette page uniquement&#xa0;: %L1 sur %Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>La recherche porte sur cette page uniquement&#xa0;: %L1 sur %Ln orchestration.</numerusform>
            <numerusform>La recherche porte sur cette page uniquement&#xa0;: %L1 sur %Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sort covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>Le tri porte sur cette page uniquement&#xa0;: %L1 sur %Ln orchestration.</numerusform>
            <numerusform>Le tri porte sur cette page uniquement&#xa0;: %L1 sur %Ln orchestrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search and the sort cover this page only.</source>
        <translation>La recherche et le tri portent sur cette page uniquement.</translation>
    </message>
    <message>
        <source>The search covers this page only.</source>
        <translation>La recherche porte sur cette page uniquement.</translation>
    </message>
    <message>
        <source>The sort covers this page only.</source>
        <translation>Le tri porte sur cette page uniquement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded, %L2 total</source>
        <translation>
            <numerusform>%Ln affichée sur %L1 chargées, %L2 au total</numerusform>
            <numerusform>%Ln affichées sur %L1 chargées, %L2 au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln affichée sur %L1 chargées</numerusform>
            <numerusform>%Ln affichées sur %L1 chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare co&amp;nnections…</source>
        <translation>Comparer des co&amp;nnexions…</translation>
    </message>
    <message>
        <source>Compare two saved connections live, such as staging and production</source>
        <translation>Comparer en direct deux connexions enregistrées, par exemple préproduction et production</translation>
    </message>
    <message>
        <source>Clear the search, or stop loading when it is empty</source>
        <translation>Effacer la recherche, ou arrêter le chargement si elle est vide</translation>
    </message>
</context>
<context>
    <name>Orchestration</name>
    <message>
        <source>The record is not valid JSON: %1 (at byte %2).</source>
        <translation>L&apos;enregistrement n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>L&apos;enregistrement n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>Un champ obligatoire est manquant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601.</translation>
    </message>
    <message>
        <source>Neither botConfiguration nor agentConfiguration is present; one of them is required.</source>
        <translation>Ni botConfiguration ni agentConfiguration n&apos;est présent&#xa0;; l&apos;un des deux est obligatoire.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Expected: %1. Found: %2.</source>
        <translation>Attendu&#xa0;: %1. Trouvé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OrchestrationDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>pas d&apos;ID</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>ordre %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>%1 ajoutées, %2 supprimées, %3 modifiées, %4 inchangées.</translation>
    </message>
    <message>
        <source>%1: the old side has %2 (%3), not compared</source>
        <translation>%1&#xa0;: %2 fois du côté ancien (%3), non comparé</translation>
    </message>
    <message>
        <source>%1: the new side has %2 (%3), not compared</source>
        <translation>%1&#xa0;: %2 fois du côté nouveau (%3), non comparé</translation>
    </message>
</context>
<context>
    <name>OrchestrationLoader</name>
    <message>
        <source>Page %1 was asked for but the server answered page %2; it may ignore the paging parameters.</source>
        <translation>La page %1 a été demandée, mais le serveur a répondu avec la page %2&#xa0;; il ignore peut-être les paramètres de pagination.</translation>
    </message>
</context>
<context>
    <name>OrchestrationPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 (at byte %2).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The page does not say its %1.</source>
        <translation>La page n&apos;indique pas son %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: %1 must be a non-negative integer.</source>
        <translation>La réponse du serveur n&apos;est pas une page utilisable&#xa0;: %1 doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>The file is not a usable page: %1 must be a non-negative integer.</source>
        <translation>Le fichier n&apos;est pas une page utilisable&#xa0;: %1 doit être un entier positif ou nul.</translation>
    </message>
    <message>
        <source>The page has no paginationInfo: the total number of orchestrations is unknown.</source>
        <translation>La page n&apos;a pas de paginationInfo&#xa0;: le nombre total d&apos;orchestrations est inconnu.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: paginationInfo is not an object.</source>
        <translation>La réponse du serveur n&apos;est pas une page utilisable&#xa0;: paginationInfo n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The file is not a usable page: paginationInfo is not an object.</source>
        <translation>Le fichier n&apos;est pas une page utilisable&#xa0;: paginationInfo n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>La réponse du serveur n&apos;est pas une page utilisable&#xa0;: elle n&apos;a pas de liste «&#xa0;orchestration&#xa0;».</translation>
    </message>
    <message>
        <source>The file is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>Le fichier n&apos;est pas une page utilisable&#xa0;: il n&apos;a pas de liste «&#xa0;orchestration&#xa0;».</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>La réponse du serveur n&apos;est pas une page utilisable&#xa0;: «&#xa0;orchestration&#xa0;» n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The file is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>Le fichier n&apos;est pas une page utilisable&#xa0;: «&#xa0;orchestration&#xa0;» n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas une page utilisable&#xa0;: l&apos;enregistrement d&apos;orchestration %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>Le fichier n&apos;est pas une page utilisable&#xa0;: l&apos;enregistrement d&apos;orchestration %1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation>Le fichier n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Bot + agent</translation>
    </message>
    <message>
        <source>A customer returning within %1 minutes goes straight to an agent</source>
        <translation>Un client qui revient dans les %1 minutes va directement à un agent</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n avertissement&#xa0;:</numerusform>
            <numerusform>%n avertissements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Customer app</source>
        <translation>App client</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>Envoi transcription</translation>
    </message>
    <message>
        <source>Bypass VA (min)</source>
        <translation>Contourner l&apos;AV (min)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The orchestration&apos;s name</source>
        <translation>Le nom de l&apos;orchestration</translation>
    </message>
    <message>
        <source>Whether the orchestration is active</source>
        <translation>Si l&apos;orchestration est active</translation>
    </message>
    <message>
        <source>Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both</source>
        <translation>Bot&#xa0;: un assistant virtuel uniquement&#xa0;; Agent&#xa0;: des agents humains uniquement&#xa0;; Bot + agent&#xa0;: les deux</translation>
    </message>
    <message>
        <source>Number of bots in the bot configuration</source>
        <translation>Nombre de bots dans la configuration des bots</translation>
    </message>
    <message>
        <source>Number of agents in the agent configuration</source>
        <translation>Nombre d&apos;agents dans la configuration des agents</translation>
    </message>
    <message>
        <source>ID of the customer client application (custom channels)</source>
        <translation>ID de l&apos;application cliente du client (canaux personnalisés)</translation>
    </message>
    <message>
        <source>Whether the transcript goes to an eGain agent when the virtual assistant session was not escalated</source>
        <translation>Si la transcription est transmise à un agent eGain lorsque la session avec l&apos;assistant virtuel n&apos;a pas été escaladée</translation>
    </message>
    <message>
        <source>When it was created (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>Date de création (heure locale&#xa0;; UTC dans l&apos;info-bulle de la cellule)</translation>
    </message>
    <message>
        <source>When it was last modified (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>Date de dernière modification (heure locale&#xa0;; UTC dans l&apos;info-bulle de la cellule)</translation>
    </message>
    <message>
        <source>The orchestration&apos;s description</source>
        <translation>La description de l&apos;orchestration</translation>
    </message>
    <message>
        <source>The orchestration&apos;s unique ID</source>
        <translation>L&apos;ID unique de l&apos;orchestration</translation>
    </message>
    <message>
        <source>Minutes within which a returning customer bypasses the virtual assistant (VA) and goes straight to an agent</source>
        <translation>Minutes pendant lesquelles un client qui revient contourne l&apos;assistant virtuel (AV) et va directement à un agent</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>First page (Ctrl+Shift+Page Up)</source>
        <translation>Première page (Ctrl+Shift+Page Up)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Page précédente (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Page suivante (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Last page (Ctrl+Shift+Page Down)</source>
        <translation>Dernière page (Ctrl+Shift+Page Down)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to &amp;pages</source>
        <translation>Retour aux &amp;pages</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Tapez un numéro de page et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>Orchestrations to ask for per page; the server may grant fewer</source>
        <translation>Orchestrations à demander par page&#xa0;; le serveur peut en accorder moins</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>Par page</translation>
    </message>
    <message>
        <source>Loading all orchestrations</source>
        <translation>Chargement de toutes les orchestrations</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays (Esc)</source>
        <translation>Arrêter le chargement&#xa0;; ce qui est arrivé reste (Échap)</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>There is no page %1: the last is %2.</source>
        <translation>Il n&apos;y a pas de page %1&#xa0;: la dernière est %2.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>(server grants %1)</source>
        <translation>(le serveur accorde %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %L1 per page although %Ln were asked for.</source>
        <translation>
            <numerusform>Le serveur a envoyé %L1 par page alors que %Ln était demandée.</numerusform>
            <numerusform>Le serveur a envoyé %L1 par page alors que %Ln étaient demandées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln of %L1 loaded</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %Ln sur %L1 chargée</numerusform>
            <numerusform>Arrêté&#xa0;: %Ln sur %L1 chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error: %Ln loaded</source>
        <translation>
            <numerusform>Arrêté par une erreur&#xa0;: %Ln chargée</numerusform>
            <numerusform>Arrêté par une erreur&#xa0;: %Ln chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded</source>
        <translation>
            <numerusform>Tout est chargé&#xa0;: %Ln</numerusform>
            <numerusform>Toutes les %Ln chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded</source>
        <translation>
            <numerusform>%Ln sur %L1 chargée</numerusform>
            <numerusform>%Ln sur %L1 chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln chargée</numerusform>
            <numerusform>%Ln chargées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The client is not set up.</source>
        <translation>Le client n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>No token provider.</source>
        <translation>Aucun fournisseur de jeton.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>Aucun accès réseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The server refused a freshly issued access token (HTTP 401). Check that the token URL belongs to this tenant.</source>
        <translation>Le serveur a refusé un jeton d&apos;accès qui vient d&apos;être émis (HTTP 401). Vérifiez que l&apos;URL du jeton appartient à ce locataire.</translation>
    </message>
    <message>
        <source>The client application may not read orchestrations (HTTP 403). It needs the scope %1.</source>
        <translation>L&apos;application cliente n&apos;a pas le droit de lire les orchestrations (HTTP 403). Elle a besoin de l&apos;étendue %1.</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). Redirects are not followed, so credentials stay with the configured host; check the base URL.</source>
        <translation>Le serveur a redirigé vers %1 (HTTP %2). Les redirections ne sont pas suivies, afin que les informations d&apos;identification restent sur l&apos;hôte configuré&#xa0;; vérifiez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The page did not load within %1 s.</source>
        <translation>La page ne s&apos;est pas chargée en %1 s.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Production EU</source>
        <translation>p. ex. Production UE</translation>
    </message>
    <message>
        <source>Client ID and secret (OAuth client credentials)</source>
        <translation>ID client et secret (informations d&apos;identification client OAuth)</translation>
    </message>
    <message>
        <source>A bearer token obtained elsewhere</source>
        <translation>Un jeton porteur obtenu ailleurs</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton porteur</translation>
    </message>
    <message>
        <source>Without an expiry the token is used until the server refuses it</source>
        <translation>Sans date d&apos;expiration, le jeton est utilisé jusqu&apos;à ce que le serveur le refuse</translation>
    </message>
    <message>
        <source>e.g. PROD (shown as a band across the window)</source>
        <translation>p. ex. PROD (bandeau en travers de la fenêtre)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Page number parameter</source>
        <translation>Paramètre du numéro de page</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Paramètre de la taille de page</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Sec&amp;ret client&#xa0;:</translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation>&amp;Jeton porteur&#xa0;:</translation>
    </message>
    <message>
        <source>Default page si&amp;ze:</source>
        <translation>Taille de page par dé&amp;faut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label and colour:</source>
        <translation>Libellé et c&amp;ouleur&#xa0;:</translation>
    </message>
    <message>
        <source>Exp&amp;ires at</source>
        <translation>Expire &amp;le</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>&amp;URL du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>É&amp;tendue&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;ging parameters:</source>
        <translation>&amp;Paramètres de pagination&#xa0;:</translation>
    </message>
    <message>
        <source>Keep a local &amp;history of complete loads and exports</source>
        <translation>Conserver un &amp;historique local des chargements et exportations complets</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Add connections from a JSON file exported by this program</source>
        <translation>Ajouter des connexions à partir d&apos;un fichier JSON exporté par ce programme</translation>
    </message>
    <message>
        <source>Save every connection to a JSON file, without secrets or tokens</source>
        <translation>Enregistrer toutes les connexions dans un fichier JSON, sans secrets ni jetons</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporter…</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>%1: no keychain to read the client secret from.</source>
        <translation>%1&#xa0;: aucun trousseau où lire le secret client.</translation>
    </message>
    <message>
        <source>%1: the system keychain is not available (%2).</source>
        <translation>%1&#xa0;: le trousseau du système n&apos;est pas disponible (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: incomplete, %2.</source>
        <translation>%1&#xa0;: incomplet, %2.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1&#xa0;: annulé.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation>Une connexion avec cet ID existe déjà.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is not a connection profile export of this console.</source>
        <translation>Le fichier n&apos;est pas une exportation de profils de connexion de cette console.</translation>
    </message>
    <message>
        <source>The file has format version %1; this console reads version %2.</source>
        <translation>Le fichier est au format version %1&#xa0;; cette console lit la version %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>L&apos;entrée %1 n&apos;est pas un objet de profil.</translation>
    </message>
    <message>
        <source>The profile carries a secret (&quot;%1&quot;); profiles with secrets are not imported. Remove it from the file and enter the secret in the console instead.</source>
        <translation>Le profil contient un secret («&#xa0;%1&#xa0;»)&#xa0;; les profils contenant des secrets ne sont pas importés. Retirez-le du fichier et saisissez plutôt le secret dans la console.</translation>
    </message>
    <message>
        <source>given a new id (its id was taken)</source>
        <translation>a reçu un nouvel ID (son ID était déjà pris)</translation>
    </message>
    <message>
        <source>renamed to &quot;%1&quot; (the name was taken)</source>
        <translation>renommée «&#xa0;%1&#xa0;» (le nom était déjà pris)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Le fichier de paramètres %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Le fichier de paramètres %1 est endommagé.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (no profiles are saved).</source>
        <translation>Il n&apos;existe aucun profil de connexion «&#xa0;%1&#xa0;» (aucun profil n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Il n&apos;existe aucun profil de connexion «&#xa0;%1&#xa0;». Profils enregistrés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Le profil de connexion «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>%n connexion importée depuis %1.</numerusform>
            <numerusform>%n connexions importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot;: %2</source>
        <translation>Non importée&#xa0;: «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter the secrets of the imported connections: files never carry them.</source>
        <translation>Saisissez les secrets des connexions importées&#xa0;: les fichiers ne les contiennent jamais.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>%n connexion exportée dans %1 (sans secrets).</numerusform>
            <numerusform>%n connexions exportées dans %1 (sans secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>Connections (*.json);;All files (*)</source>
        <translation>Connexions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <source>Connections (*.json)</source>
        <translation>Connexions (*.json)</translation>
    </message>
</context>
<context>
    <name>RecentSnapshotsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was taken off the recent list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; il a donc été retiré de la liste des fichiers récents.</translation>
    </message>
    <message>
        <source>No recent snapshots</source>
        <translation>Aucun instantané récent</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>RecordWarnings</name>
    <message>
        <source>(no id)</source>
        <translation>(pas d&apos;ID)</translation>
    </message>
    <message>
        <source>Orchestration %1: %2: %3</source>
        <translation>Orchestration %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Page %1: %2: %3</source>
        <translation>Page %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records: %1: %2 (first: orchestration %3)</source>
        <translation>
            <numerusform>%Ln enregistrement&#xa0;: %1&#xa0;: %2 (premier&#xa0;: orchestration %3)</numerusform>
            <numerusform>%Ln enregistrements&#xa0;: %1&#xa0;: %2 (premier&#xa0;: orchestration %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages: %1: %2 (first: page %3)</source>
        <translation>
            <numerusform>%Ln page&#xa0;: %1&#xa0;: %2 (première&#xa0;: page %3)</numerusform>
            <numerusform>%Ln pages&#xa0;: %1&#xa0;: %2 (première&#xa0;: page %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further warning(s) of other kinds are not listed.</source>
        <translation>
            <numerusform>%Ln avertissement supplémentaire d&apos;un autre type n&apos;est pas listé.</numerusform>
            <numerusform>%Ln avertissements supplémentaires d&apos;autres types ne sont pas listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>page %1 repeats page %2</source>
        <translation>la page %1 répète la page %2</translation>
    </message>
    <message>
        <source>the server sent no more</source>
        <translation>le serveur n&apos;a plus rien envoyé</translation>
    </message>
    <message numerus="yes">
        <source>The server reported a page size of %L1; using the %Ln record(s) of page 1 as the page size.</source>
        <translation>
            <numerusform>Le serveur a indiqué une taille de page de %L1&#xa0;; la taille retenue est celle de la page 1&#xa0;: %Ln enregistrement.</numerusform>
            <numerusform>Le serveur a indiqué une taille de page de %L1&#xa0;; la taille retenue est celle de la page 1&#xa0;: %Ln enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stops at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>le chargement s&apos;arrête à la limite de %Ln page</numerusform>
            <numerusform>le chargement s&apos;arrête à la limite de %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>%L1 orchestrations demanderaient %L2 pages&#xa0;; le chargement s&apos;arrête à la limite de %Ln page.</numerusform>
            <numerusform>%L1 orchestrations demanderaient %L2 pages&#xa0;; le chargement s&apos;arrête à la limite de %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stopped at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>le chargement s&apos;est arrêté à la limite de %Ln page</numerusform>
            <numerusform>le chargement s&apos;est arrêté à la limite de %Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>Le chargement s&apos;est arrêté à la limite de %Ln page.</numerusform>
            <numerusform>Le chargement s&apos;est arrêté à la limite de %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.</source>
        <translation>
            <numerusform>La page %1 répète les enregistrements de la page %2&#xa0;: le serveur semble ignorer les paramètres de pagination (%3, %4). Affichage de %Ln enregistrement chargé avant elle.</numerusform>
            <numerusform>La page %1 répète les enregistrements de la page %2&#xa0;: le serveur semble ignorer les paramètres de pagination (%3, %4). Affichage des %Ln enregistrements chargés avant elle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of orchestrations changed while loading, from %L1 to %L2 (at page %3). Reload for a consistent list.</source>
        <translation>Le nombre d&apos;orchestrations a changé pendant le chargement, de %L1 à %L2 (à la page %3). Rechargez pour obtenir une liste cohérente.</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 orchestrations and %4.</source>
        <translation>
            <numerusform>Le chargement s&apos;est arrêté à la page %1 après %Ln orchestration (%2)&#xa0;: une analyse charge au plus %L3 orchestrations et %4.</numerusform>
            <numerusform>Le chargement s&apos;est arrêté à la page %1 après %Ln orchestrations (%2)&#xa0;: une analyse charge au plus %L3 orchestrations et %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced %Ln orchestration(s) but sent %L1.</source>
        <translation>
            <numerusform>Le serveur a annoncé %Ln orchestration mais en a envoyé %L1.</numerusform>
            <numerusform>Le serveur a annoncé %Ln orchestrations mais en a envoyé %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeated an id received before</source>
        <translation>
            <numerusform>%Ln enregistrement a répété un ID déjà reçu</numerusform>
            <numerusform>%Ln enregistrements ont répété un ID déjà reçu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3</source>
        <translation>
            <numerusform>%L1 reçue sur %Ln orchestration annoncée (manquantes&#xa0;: %L2)&#xa0;: %3</numerusform>
            <numerusform>%L1 reçues sur %Ln orchestrations annoncées (manquantes&#xa0;: %L2)&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s) were received (the server did not say how many there are): %1</source>
        <translation>
            <numerusform>%Ln orchestration a été reçue (le serveur n&apos;a pas indiqué combien il y en a)&#xa0;: %1</numerusform>
            <numerusform>%Ln orchestrations ont été reçues (le serveur n&apos;a pas indiqué combien il y en a)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation>
            <numerusform>%Ln enregistrement répète un ID chargé précédemment (par exemple %1). Les pages du serveur se sont peut-être décalées pendant le chargement&#xa0;; rechargez pour obtenir une liste cohérente.</numerusform>
            <numerusform>%Ln enregistrements répètent un ID chargé précédemment (par exemple %1). Les pages du serveur se sont peut-être décalées pendant le chargement&#xa0;; rechargez pour obtenir une liste cohérente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>the window did not show a loaded page in time</source>
        <translation>la fenêtre n&apos;a pas affiché de page chargée à temps</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>échec de la capture d&apos;écran&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Les secrets sont conservés en mémoire pour cette session uniquement et doivent être saisis de nouveau après un redémarrage.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not answering (no reply within %n second(s)). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>
            <numerusform>Le trousseau du système ne répond pas (aucune réponse en %n seconde). Les secrets sont conservés en mémoire pour cette session uniquement et doivent être saisis de nouveau après un redémarrage.</numerusform>
            <numerusform>Le trousseau du système ne répond pas (aucune réponse en %n secondes). Les secrets sont conservés en mémoire pour cette session uniquement et doivent être saisis de nouveau après un redémarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry is incomplete and cannot be read; enter the secret again.</source>
        <translation>L&apos;entrée du trousseau est incomplète et ne peut pas être lue&#xa0;; saisissez de nouveau le secret.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Where it has the focus</source>
        <translation>Là où se trouve le focus</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>SnapshotBanner</name>
    <message>
        <source>&amp;Compare with…</source>
        <translation>C&amp;omparer avec…</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>Fermer l&apos;&amp;instantané</translation>
    </message>
    <message>
        <source>Compare this snapshot with another exported file</source>
        <translation>Comparer cet instantané avec un autre fichier exporté</translation>
    </message>
    <message>
        <source>Back to the live connection</source>
        <translation>Revenir à la connexion en direct</translation>
    </message>
    <message>
        <source>Read-only, from %1</source>
        <translation>Lecture seule, depuis %1</translation>
    </message>
</context>
<context>
    <name>SnapshotController</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Snapshot of %1</source>
        <translation>Instantané de %1</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2</source>
        <translation>Instantané de %1 pris le %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to open (%2 MiB; at most %3 MiB).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être ouvert (%2 Mio&#xa0;; au plus %3 Mio).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation>L&apos;ouverture de «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or an API page: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une exportation ni une page d&apos;API&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file holds only the columns %1, not full records.</source>
        <translation>Le fichier ne contient que les colonnes %1, pas des enregistrements complets.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StandardOutput</name>
    <message>
        <source>the write failed</source>
        <translation>l&apos;écriture a échoué</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The server no longer accepts the access token. Provide a new token.</source>
        <translation>Le serveur n&apos;accepte plus le jeton d&apos;accès. Fournissez un nouveau jeton.</translation>
    </message>
    <message>
        <source>No access token was provided.</source>
        <translation>Aucun jeton d&apos;accès n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The access token expired. Provide a new token.</source>
        <translation>Le jeton d&apos;accès a expiré. Fournissez un nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation>&amp;Copier les lignes en texte</translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation>Copier les lignes en &amp;JSON</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l&apos;&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>&amp;Ouvrir dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>The selected rows, tab-separated, visible columns only</source>
        <translation>Les lignes sélectionnées, séparées par des tabulations, colonnes visibles uniquement</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation>
            <numerusform>&amp;Copier %n ligne en texte</numerusform>
            <numerusform>&amp;Copier %n lignes en texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation>
            <numerusform>Copier %n ligne en &amp;JSON</numerusform>
            <numerusform>Copier %n lignes en &amp;JSON</numerusform>
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
        <translation>Afficher les orchestrations qui &amp;partagent un bot ou un agent</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>TokenPersistence</name>
    <message>
        <source>No access token is stored for &quot;%1&quot;: paste a new one.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est stocké pour «&#xa0;%1&#xa0;»&#xa0;: collez-en un nouveau.</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>Aucun secret client n&apos;est stocké pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation>pas de access_token utilisable</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type n&apos;est pas Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>expires_in n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>expires_in is not positive</source>
        <translation>expires_in n&apos;est pas positif</translation>
    </message>
</context>
<context>
    <name>UserGuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Guide — Orchestration Console</source>
        <translation>Guide de l&apos;utilisateur — Orchestration Console</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Ajouter une co&amp;nnexion…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Aucune connexion pour l&apos;instant</translation>
    </message>
    <message>
        <source>Browse the orchestrations of an eGain Conversation Hub tenant. Try the demo to explore a simulated tenant with a few thousand orchestrations, or add a connection to your own tenant.</source>
        <translation>Parcourez les orchestrations d&apos;un locataire eGain Conversation Hub. Essayez la démo pour explorer un locataire simulé avec quelques milliers d&apos;orchestrations, ou ajoutez une connexion à votre propre locataire.</translation>
    </message>
</context>
<context>
    <name>hubsim</name>
    <message>
        <source>A simulated eGain Conversation Hub (token endpoint and GET /orchestrations) on loopback.
The client secret is read from the environment variable HUBSIM_CLIENT_SECRET (default: the demo secret), never from the command line.

</source>
        <translation>Un eGain Conversation Hub simulé (point de terminaison du jeton et GET /orchestrations) sur l&apos;interface de bouclage.
Le secret client est lu dans la variable d&apos;environnement HUBSIM_CLIENT_SECRET (par défaut&#xa0;: le secret de démo), jamais depuis la ligne de commande.

</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Port sur 127.0.0.1 (par défaut&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Orchestrations to generate (default 2000).</source>
        <translation>Orchestrations à générer (par défaut 2000).</translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation>Graine des données générées (par défaut 1).</translation>
    </message>
    <message>
        <source>Serve the orchestrations in FILE (array, page or export).</source>
        <translation>Servir les orchestrations de FICHIER (tableau, page ou exportation).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Latency added to every response.</source>
        <translation>Latence ajoutée à chaque réponse.</translation>
    </message>
    <message>
        <source>Latency varies by +/- this much.</source>
        <translation>La latence varie de +/- cette valeur.</translation>
    </message>
    <message>
        <source>Default page size (default 25).</source>
        <translation>Taille de page par défaut (valeur par défaut&#xa0;: 25).</translation>
    </message>
    <message>
        <source>Largest page size granted (default 75).</source>
        <translation>Plus grande taille de page accordée (par défaut 75).</translation>
    </message>
    <message>
        <source>Answer empty results with 204 No Content.</source>
        <translation>Répondre aux résultats vides par 204 No Content.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600).</source>
        <translation>Durée de vie du jeton d&apos;accès en secondes (par défaut 3600).</translation>
    </message>
    <message>
        <source>The client id (default demo-client).</source>
        <translation>L&apos;ID client (par défaut demo-client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A fault to inject; may be repeated. See below.</source>
        <translation>Une panne à injecter&#xa0;; peut être répétée. Voir ci-dessous.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Log every request (method, path, status).</source>
        <translation>Journaliser chaque requête (méthode, chemin, statut).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;
</source>
        <translation>--%1 demande un nombre entier d&apos;au moins %2, pas «&#xa0;%3&#xa0;»
</translation>
    </message>
    <message>
        <source>--port must be at most 65535
</source>
        <translation>--port ne doit pas dépasser 65535
</translation>
    </message>
    <message>
        <source>hubsim serving %1 orchestrations
</source>
        <translation>hubsim sert %1 orchestrations
</translation>
    </message>
    <message>
        <source>  base URL:        %1
</source>
        <translation>  URL de base&#xa0;:          %1
</translation>
    </message>
    <message>
        <source>  token URL:       %1
</source>
        <translation>  URL du jeton&#xa0;:         %1
</translation>
    </message>
    <message>
        <source>  client id:       %1 (secret from HUBSIM_CLIENT_SECRET or the demo secret)
</source>
        <translation>  ID client&#xa0;:            %1 (secret issu de HUBSIM_CLIENT_SECRET ou secret de démo)
</translation>
    </message>
    <message>
        <source>  scopes:          %1
</source>
        <translation>  étendues&#xa0;:             %1
</translation>
    </message>
    <message>
        <source>  redirect target: %1
</source>
        <translation>  cible de redirection&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  fault:           %1
</source>
        <translation>  panne&#xa0;:                %1
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.
</translation>
    </message>
</context>
<context>
    <name>hubsim::Dataset</name>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>Impossible de lire le jeu de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The dataset %1 is not usable: %2</source>
        <translation>Le jeu de données %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>expected a JSON array of orchestrations or an object with an &quot;orchestration&quot; array</source>
        <translation>un tableau JSON d&apos;orchestrations ou un objet avec un tableau «&#xa0;orchestration&#xa0;» est attendu</translation>
    </message>
    <message>
        <source>orchestration %1 is not a JSON object</source>
        <translation>l&apos;orchestration %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the &quot;orchestration&quot; member is written in a form the simulator cannot read</source>
        <translation>le membre «&#xa0;orchestration&#xa0;» est écrit sous une forme que le simulateur ne sait pas lire</translation>
    </message>
    <message>
        <source>the orchestrations could not be separated</source>
        <translation>les orchestrations n&apos;ont pas pu être séparées</translation>
    </message>
</context>
<context>
    <name>hubsim::FaultRule</name>
    <message>
        <source>Bad fault &quot;%1&quot;: %2</source>
        <translation>Panne non valide «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]</source>
        <translation>attendu&#xa0;: NAME[xTIMES][@PAGE][:KEY=VALUE,...]</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation>%1 n&apos;est pas un statut HTTP</translation>
    </message>
    <message>
        <source>unknown fault name &quot;%1&quot;</source>
        <translation>nom de panne inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation>%1 demande un nombre entier</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ne doit pas être négatif</translation>
    </message>
    <message>
        <source>expires needs a JSON value</source>
        <translation>expires demande une valeur JSON</translation>
    </message>
    <message>
        <source>shape is one of array, count, records, pagination, nocount</source>
        <translation>shape vaut array, count, records, pagination ou nocount</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
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
        <translation>Pannes&#xa0;: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES par défaut 1, * = toujours&#xa0;;
@PAGE = seulement les requêtes pour cette page). NAME est l&apos;un de&#xa0;:
  500 502 503 504 (tout statut)  répondre avec ce statut
  429            Too Many Requests; retry-after=SECONDS, http-date
  302 (tout 3xx), redirect  rediriger vers l&apos;écouteur de l&apos;autre hôte
  latency        délai; ms=, jitter=
  trickle        corps lent; ms= (intervalle), chunk= (octets)
  reset          réinitialisation TCP en plein corps; bytes= envoyés avant (par défaut la moitié)
  truncate       corps plus court que Content-Length, puis fermeture; bytes=
  malformed      corps qui n&apos;est pas du JSON
  wrongtypes     JSON valide de la mauvaise forme; shape=array|count|records|pagination|nocount
  oversized      énorme corps valide; bytes=
  ignorepaging   toujours la page 1 à la taille par défaut
  countdrift     paginationInfo.count change; delta=
  endless        pages sans fin&#xa0;: toujours pleines, nouveaux ID, count 10^12
  drop           fermer la connexion sans répondre
  gzipbomb       corps gzip qui se décompresse en bytes= de JSON valide (par défaut 64 Mio)
  gzipcut        page gzip coupée avant son Content-Length, puis fermeture; bytes=
  token500 (token + tout statut)  le point de terminaison du jeton échoue
  tokenlatency   le point de terminaison du jeton répond tard; ms=, jitter=
  tokenexpiry    le point de terminaison du jeton annonce un autre expires_in; expires=JSON (1e300)
Exemples&#xa0;: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</translation>
    </message>
</context>
<context>
    <name>hubsim::HubSimulator</name>
    <message>
        <source>The simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Le simulateur ne peut pas écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation>La ressource demandée n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This operation is not supported.</source>
        <translation>Cette opération n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Your session is not valid. Please sign in again.</source>
        <translation>Votre session n&apos;est pas valide. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not allowed to view orchestrations.</source>
        <translation>Vous n&apos;êtes pas autorisé à afficher les orchestrations.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La requête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later.</source>
        <translation>Une erreur s&apos;est produite. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait and try again.</source>
        <translation>Trop de requêtes. Veuillez patienter et réessayer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TLS is not available (Qt TLS backends: %1): connections to https:// tenants will fail; the demo still works. Reinstall the console, or install OpenSSL 3.</source>
        <translation>TLS n&apos;est pas disponible (moteurs TLS de Qt&#xa0;: %1)&#xa0;: les connexions aux locataires https:// échoueront&#xa0;; la démo fonctionne toujours. Réinstallez la console, ou installez OpenSSL 3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>TLS is not available</source>
        <translation>TLS n&apos;est pas disponible</translation>
    </message>
</context>
</TS>
