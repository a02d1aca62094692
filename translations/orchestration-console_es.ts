<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;An administration console for eGain Conversation Hub orchestrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console is licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, under its BSD licence (the two-clause text, which QtKeychain calls the Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installed with the program, gives each licence in full and where the sources are.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;Una consola de administración para las orquestaciones de eGain Conversation Hub.&lt;/p&gt;&lt;p&gt;Compilada con Qt %2, ejecutándose con Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console se distribuye bajo la &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Licencia Apache 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Utiliza:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, bajo la &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL versión 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, bajo su licencia BSD (el texto de dos cláusulas, que QtKeychain llama Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, para el inquilino de demostración integrado y el simulador hubsim, bajo la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL versión 3&lt;/a&gt; (GPL-3.0): Qt 6.4 lo ofrece bajo la GPL o una licencia comercial, no bajo la LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, instalado con el programa, contiene el texto completo de cada licencia e indica dónde están las fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Orchestration Console</source>
        <translation>Acerca de Orchestration Console</translation>
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
            <numerusform>Obtenidas %L1 de %Ln orquestación…</numerusform>
            <numerusform>Obtenidas %L1 de %Ln orquestaciones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Sin errores</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Conexión no segura rechazada</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>Redirección inesperada</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Respuesta no válida</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>El servidor dejó de enviar datos (tiempo de espera de la transferencia agotado).</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>el archivo no está abierto.</translation>
    </message>
</context>
<context>
    <name>BandColourButton</name>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Color de la franja</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation>Color de la franja: %1</translation>
    </message>
    <message>
        <source>Band colour: %1 (%2)</source>
        <translation>Color de la franja: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the band&apos;s colour</source>
        <translation>Elegir el color de la franja</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Ocultar mensaje</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>The token endpoint rejected the client id or client secret. Check the client credentials of this connection profile.</source>
        <translation>El punto de conexión de tokens rechazó el ID de cliente o el secreto de cliente. Compruebe las credenciales de cliente de este perfil de conexión.</translation>
    </message>
    <message>
        <source>The client application is not granted the scope &quot;%1&quot;. Check the scope in the profile and the client application&apos;s permissions.</source>
        <translation>La aplicación cliente no tiene concedido el ámbito «%1». Compruebe el ámbito del perfil y los permisos de la aplicación cliente.</translation>
    </message>
    <message>
        <source>This client application may not use the client credentials grant.</source>
        <translation>Esta aplicación cliente no puede usar la concesión de credenciales de cliente.</translation>
    </message>
    <message>
        <source>The token endpoint does not support the client credentials grant. Check the token URL.</source>
        <translation>El punto de conexión de tokens no admite la concesión de credenciales de cliente. Compruebe la URL del token.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request as malformed. Check the token URL and client id.</source>
        <translation>El punto de conexión de tokens rechazó la solicitud por estar mal formada. Compruebe la URL del token y el ID de cliente.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials. Check the client id, secret and token URL.</source>
        <translation>El punto de conexión de tokens rechazó las credenciales. Compruebe el ID de cliente, el secreto y la URL del token.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>No hay acceso a la red.</translation>
    </message>
    <message>
        <source>No token within %1 s.</source>
        <translation>No se recibió ningún token en %1 s.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; redirects are not followed. Check the token URL.</source>
        <translation>El punto de conexión de tokens redirigió a %1; las redirecciones no se siguen. Compruebe la URL del token.</translation>
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
        <translation>El punto de conexión de tokens envió una respuesta no válida: %1</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Punto de conexión de tokens</translation>
    </message>
</context>
<context>
    <name>ClientStack</name>
    <message>
        <source>There is nothing to sign in with: no access token and no client secret.</source>
        <translation>No hay con qué iniciar sesión: no hay token de acceso ni secreto de cliente.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL to sign in with.</source>
        <translation>Un secreto de cliente necesita una URL de token para iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>CommandLineCredentials</name>
    <message>
        <source>Cannot read the client secret from standard input: %1</source>
        <translation>No se puede leer el secreto de cliente de la entrada estándar: %1</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation>La entrada estándar contiene más de %1 KiB: eso no es un secreto de cliente.</translation>
    </message>
    <message>
        <source>--client-secret-stdin: standard input held no client secret.</source>
        <translation>--client-secret-stdin: la entrada estándar no contenía ningún secreto de cliente.</translation>
    </message>
    <message>
        <source>No credentials: set %1 (with --token-url) or %2.</source>
        <translation>Sin credenciales: defina %1 (con --token-url) o %2.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL (--token-url) to sign in with.</source>
        <translation>Un secreto de cliente necesita una URL de token (--token-url) para iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>CompareConnectionsDialog</name>
    <message>
        <source>Live data of %1 (%2), loaded %3</source>
        <translation>Datos en vivo de %1 (%2), cargados el %3</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Comparar conexiones</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name (one orchestration has different ids in two tenants)</source>
        <translation>Nombre (una misma orquestación tiene ids distintos en dos inquilinos)</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Antiguo:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nuevo:</translation>
    </message>
    <message>
        <source>&amp;Match records by:</source>
        <translation>&amp;Emparejar registros por:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Save two connections (File → Connections…) to compare them.</source>
        <translation>Guarde dos conexiones (Archivo → Conexiones…) para compararlas.</translation>
    </message>
    <message>
        <source>Choose two different connections.</source>
        <translation>Elija dos conexiones distintas.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is no longer saved.</source>
        <translation>La conexión «%1» ya no está guardada.</translation>
    </message>
    <message>
        <source>%1: signing in…</source>
        <translation>%1: iniciando sesión…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 orchestrations</source>
        <translation>%1: %2 de %3 orquestaciones</translation>
    </message>
    <message>
        <source>Cancelled; nothing was compared.</source>
        <translation>Cancelado; no se comparó nada.</translation>
    </message>
    <message>
        <source>Nothing was compared: %1</source>
        <translation>No se comparó nada: %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Reading %1 to compare…</source>
        <translation>Leyendo %1 para comparar…</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>Comparar con instantánea</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, tomada: %2</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, taken %3)</source>
        <translation>%1 (instantánea de %2, tomada: %3)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 agregadas, %2 quitadas, %3 modificadas.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Live data of %1 (%2), now</source>
        <translation>Datos en vivo de %1 (%2), ahora</translation>
    </message>
    <message>
        <source>Pages are being fetched for an export; compare again when it is done.</source>
        <translation>Se están obteniendo páginas para una exportación; vuelva a comparar cuando termine.</translation>
    </message>
    <message>
        <source>Fetching every page to compare…</source>
        <translation>Obteniendo todas las páginas para comparar…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was compared.</source>
        <translation>Cancelado durante la obtención; no se comparó nada.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was compared: %1</source>
        <translation>No se pudieron obtener todas las páginas, así que no se comparó nada: %1</translation>
    </message>
    <message>
        <source>%1, date taken unknown</source>
        <translation>%1, fecha de captura desconocida</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, date taken unknown)</source>
        <translation>%1 (instantánea de %2, fecha de captura desconocida)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n campo}</numerusform>
            <numerusform>{%n campos}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;differing fields</source>
        <translation>Solo los campos &amp;distintos</translation>
    </message>
    <message>
        <source>Compare — Orchestration Console</source>
        <translation>Comparar — Orchestration Console</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;Intercambiar lados</translation>
    </message>
    <message>
        <source>Make the old side new and the new side old</source>
        <translation>Convertir el lado antiguo en nuevo y el nuevo en antiguo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected records&apos; differences (%1)</source>
        <translation>Copiar las diferencias de los registros seleccionados (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save every difference as a JSON file (%1)</source>
        <translation>Guardar todas las diferencias en un archivo JSON (%1)</translation>
    </message>
    <message>
        <source>Changed orchestrations</source>
        <translation>Orquestaciones modificadas</translation>
    </message>
    <message>
        <source>Old and new side by side</source>
        <translation>Antiguo y nuevo, en paralelo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Old: %1
New: %2
%3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>Antiguo: %1
Nuevo: %2
%3 agregadas, %4 quitadas, %5 modificadas, %6 sin cambios.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Antiguo: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>Todos los cambios (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Agregadas (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Quitadas (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modificadas (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>Select the records to copy first.</source>
        <translation>Seleccione primero los registros que desea copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>Se copió %n línea.</numerusform>
            <numerusform>Se copiaron %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>Exportar diferencias</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Saved the differences to %1.</source>
        <translation>Diferencias guardadas en %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <source>Matched by name; ids are not compared.</source>
        <translation>Emparejadas por nombre; los ids no se comparan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the old side)</source>
        <translation>«%1» (%2 en el lado antiguo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the new side)</source>
        <translation>«%1» (%2 en el lado nuevo)</translation>
    </message>
    <message>
        <source>Not compared, their name is not unique: %1.</source>
        <translation>No se compararon porque su nombre no es único: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Bot configuration</source>
        <translation>Configuración de bots</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>Reenviar transcripción</translation>
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
        <translation>ID del participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Escalation agent ID</source>
        <translation>ID del agente de escalado</translation>
    </message>
    <message>
        <source>On escalation</source>
        <translation>Al escalar</translation>
    </message>
    <message>
        <source>Customer configuration</source>
        <translation>Configuración del cliente</translation>
    </message>
    <message>
        <source>Customer app ID</source>
        <translation>ID de la app del cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Agent configuration</source>
        <translation>Configuración de agentes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Otros campos</translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation>
            <numerusform>Referenciado por %n orquestación cargada</numerusform>
            <numerusform>Referenciado por %n orquestaciones cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Virtual assistant bypass duration</source>
        <translation>Duración de omisión del asistente virtual</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Asigne un nombre a la conexión.</translation>
    </message>
    <message>
        <source>The API base URL is required.</source>
        <translation>La URL base de la API es obligatoria.</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>URL base de la API: %1</translation>
    </message>
    <message>
        <source>The token URL is required to sign in with a client secret.</source>
        <translation>La URL del token es obligatoria para iniciar sesión con un secreto de cliente.</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>URL del token: %1</translation>
    </message>
    <message>
        <source>The client ID is required.</source>
        <translation>El ID de cliente es obligatorio.</translation>
    </message>
    <message>
        <source>The scope must not be empty.</source>
        <translation>El ámbito no puede estar vacío.</translation>
    </message>
    <message>
        <source>The page number parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>El parámetro del número de página necesita un nombre sin espacios, &amp;, =, ? ni #.</translation>
    </message>
    <message>
        <source>The page size parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>El parámetro del tamaño de página necesita un nombre sin espacios, &amp;, =, ? ni #.</translation>
    </message>
    <message>
        <source>The page size and page number parameters must have different names.</source>
        <translation>Los parámetros del tamaño de página y del número de página deben tener nombres distintos.</translation>
    </message>
    <message>
        <source>The default page size must be from 1 to %1.</source>
        <translation>El tamaño de página por defecto debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>«signIn» debe ser «%1» o «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation>«%1» no es un color (use #RRGGBB).</translation>
    </message>
    <message numerus="yes">
        <source>The label must be at most %Ln characters long.</source>
        <translation>
            <numerusform>La etiqueta debe tener como máximo %Ln carácter.</numerusform>
            <numerusform>La etiqueta debe tener como máximo %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>«%1» debe ser una cadena.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
        <source>The page size for loading all must be from 1 to %1.</source>
        <translation>El tamaño de página para cargar todo debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The history limits must not be negative.</source>
        <translation>Los límites del historial no pueden ser negativos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL with a host.</source>
        <translation>«%1» no es una URL válida con un host.</translation>
    </message>
    <message>
        <source>%1 uses plain http: credentials would cross the network unencrypted. Use https (plain http is allowed only for this machine&apos;s loopback).</source>
        <translation>%1 usa http sin cifrar: las credenciales viajarían por la red en claro. Use https (http sin cifrar solo se permite para la interfaz de bucle invertido de este equipo).</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>No saved connections</source>
        <translation>No hay conexiones guardadas</translation>
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
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Fetch a token and one orchestration with what the form says, without saving</source>
        <translation>Obtener un token y una orquestación con los datos del formulario, sin guardar</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>Obteniendo un token…</translation>
    </message>
    <message>
        <source>Signed in. Fetching one orchestration…</source>
        <translation>Sesión iniciada. Obteniendo una orquestación…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation>
            <numerusform>Conectado. El inquilino tiene %n orquestación.</numerusform>
            <numerusform>Conectado. El inquilino tiene %n orquestaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The first page was read.</source>
        <translation>Conectado. Se leyó la primera página.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>El token es válido hasta %1.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>La prueba falló: %1</translation>
    </message>
    <message>
        <source>User message: %1</source>
        <translation>Mensaje para el usuario: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation>Guardar si es necesario y mostrar esta conexión en la ventana</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>New connection (not saved yet)</source>
        <translation>Nueva conexión (aún sin guardar)</translation>
    </message>
    <message>
        <source>Enter the client secret; it is stored in the system keychain.</source>
        <translation>Introduzca el secreto de cliente; se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Paste the token; it is stored in the system keychain with its expiry.</source>
        <translation>Pegue el token; se guarda en el llavero del sistema con su caducidad.</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>Ya hay otra conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>A secret is kept in memory for this session. Type to replace it.</source>
        <translation>Hay un secreto guardado en memoria para esta sesión. Escriba para reemplazarlo.</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type to replace it.</source>
        <translation>Hay un secreto guardado en el llavero. Escriba para reemplazarlo.</translation>
    </message>
    <message>
        <source>No secret is stored. Enter it to sign in.</source>
        <translation>No hay ningún secreto guardado. Introdúzcalo para iniciar sesión.</translation>
    </message>
    <message>
        <source>No token is stored. Paste one to sign in.</source>
        <translation>No hay ningún token guardado. Pegue uno para iniciar sesión.</translation>
    </message>
    <message>
        <source>The stored token has expired. Paste a new one.</source>
        <translation>El token guardado ha caducado. Pegue uno nuevo.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>No se pudo guardar la conexión.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>No se pudo escribir la configuración: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Saved the changes to &quot;%1&quot;.</source>
        <translation>Se guardaron los cambios de «%1».</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>%1 The secret could not be stored: %2</source>
        <translation>%1 No se pudo guardar el secreto: %2</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation>El token se guarda en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only.</source>
        <translation>El secreto se guarda en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain. Paste to replace it.</source>
        <translation>El token está guardado en el llavero. Pegue otro para reemplazarlo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>¿Desea guardar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>¿Desea quitar «%1»?</translation>
    </message>
    <message>
        <source>Its settings are deleted, and its client secret and token are deleted from the system keychain.</source>
        <translation>Se eliminan su configuración y, del llavero del sistema, su secreto de cliente y su token.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Deleting its keychain entries…</source>
        <translation>Se quitó «%1». Eliminando sus entradas del llavero…</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entries.</source>
        <translation>Se quitaron «%1» y sus entradas del llavero.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its keychain entries could not be deleted: %2</source>
        <translation>Se quitó «%1», pero no se pudieron eliminar sus entradas del llavero: %2</translation>
    </message>
    <message>
        <source>The connection could not be copied.</source>
        <translation>No se pudo copiar la conexión.</translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;. Secrets are not copied: enter the secret to sign in.</source>
        <translation>Copiada como «%1». Los secretos no se copian: introduzca el secreto para iniciar sesión.</translation>
    </message>
    <message>
        <source>Paste a token to test the connection.</source>
        <translation>Pegue un token para probar la conexión.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>Introduzca el secreto de cliente para probar la conexión.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>No token is stored: paste one to test.</source>
        <translation>No hay ningún token guardado: pegue uno para probar.</translation>
    </message>
    <message>
        <source>No secret is stored: enter it to test.</source>
        <translation>No hay ningún secreto guardado: introdúzcalo para probar.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session, valid until %1. Paste to replace it.</source>
        <translation>Hay un token guardado en memoria para esta sesión, válido hasta %1. Pegue otro para reemplazarlo.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain, valid until %1. Paste to replace it.</source>
        <translation>Hay un token guardado en el llavero, válido hasta %1. Pegue otro para reemplazarlo.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>Hay un token guardado en memoria para esta sesión sin caducidad conocida: se usa hasta que el servidor lo rechace. Pegue otro para reemplazarlo.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>Hay un token guardado en el llavero sin caducidad conocida: se usa hasta que el servidor lo rechace. Pegue otro para reemplazarlo.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de demostración: %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Inquilino de demostración</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print the differences as JSON instead of a summary.</source>
        <translation>Mostrar las diferencias como JSON en lugar de un resumen.</translation>
    </message>
    <message>
        <source>The older file.</source>
        <translation>El archivo más antiguo.</translation>
    </message>
    <message>
        <source>The newer file.</source>
        <translation>El archivo más reciente.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console diff --help&apos;.</source>
        <translation>Pruebe &apos;orchestration-console diff --help&apos;.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>nota: %1: %2</translation>
    </message>
    <message>
        <source>note: one file holds full records and the other only columns; most records will differ for that reason alone.</source>
        <translation>nota: un archivo contiene registros completos y el otro solo columnas; la mayoría de los registros diferirán solo por ese motivo.</translation>
    </message>
    <message>
        <source>Compares two sides, each an exported file (or raw API page response) or the live orchestrations of a saved connection profile: orchestrations added, removed and changed, and for each changed one the fields that differ. The first side given is the older. Records are matched by id (or by name with --match name); key order and number spelling alone are no change; bots and agents are matched by their ids, and a new order of the same ids is reported.
Exit codes: 0 no differences, 1 differences, 2 usage, 4 a side cannot be read or loaded, or the result cannot be written.</source>
        <translation>Compara dos lados, cada uno un archivo exportado (o una respuesta de página sin procesar de la API) o las orquestaciones en vivo de un perfil de conexión guardado: orquestaciones agregadas, quitadas y modificadas y, para cada una modificada, los campos que difieren. El primer lado indicado es el más antiguo. Los registros se emparejan por id (o por nombre con --match name); el orden de las claves y la forma de escribir los números no cuentan como cambio por sí solos; los bots y los agentes se emparejan por sus id, y se informa de un nuevo orden de los mismos id.
Códigos de salida: 0 sin diferencias, 1 hay diferencias, 2 uso incorrecto, 4 no se puede leer o cargar un lado, o no se puede escribir el resultado.</translation>
    </message>
    <message>
        <source>A side: every orchestration of the saved connection profile NAME, loaded live with its secret from the system keychain. Given twice, compares two tenants.</source>
        <translation>Un lado: todas las orquestaciones del perfil de conexión guardado NAME, cargadas en vivo con su secreto del llavero del sistema. Indicado dos veces, compara dos inquilinos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Pair records by id (default) or by name: the same orchestration has different ids in two tenants. By name, ids are not compared, and a name that several records of one side carry is reported, not paired.</source>
        <translation>Emparejar los registros por id (por defecto) o por nombre: la misma orquestación tiene ids distintos en dos inquilinos. Por nombre, los ids no se comparan, y si varios registros de un lado llevan el mismo nombre, se informa de ello en lugar de emparejarlos.</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>Usage: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</source>
        <translation>Uso: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile.</source>
        <translation>--profile necesita el nombre de un perfil de conexión guardado.</translation>
    </message>
    <message>
        <source>diff needs two files, two profiles (--profile NAME), or one of each.</source>
        <translation>diff necesita dos archivos, dos perfiles (--profile NAME) o uno de cada.</translation>
    </message>
    <message>
        <source>diff compares two sides, not %1.</source>
        <translation>diff compara dos lados, no %1.</translation>
    </message>
    <message>
        <source>--match takes id or name, not &quot;%1&quot;.</source>
        <translation>--match admite id o name, no «%1».</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <source>Loading orchestrations: %1</source>
        <translation>Cargando orquestaciones: %1</translation>
    </message>
</context>
<context>
    <name>DiffListModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Old: %1
New: %2</source>
        <translation>Antiguo: %1
Nuevo: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>Connected to %1, marked &quot;%2&quot;</source>
        <translation>Conectado a %1, marcado como «%2»</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Editar conexión…</translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation>Ocultar error</translation>
    </message>
    <message>
        <source>Open the connection&apos;s settings: client id, secret and scope</source>
        <translation>Abrir la configuración de la conexión: ID de cliente, secreto y ámbito</translation>
    </message>
    <message>
        <source>The client may not read orchestrations: check the connection&apos;s scope, or ask your tenant&apos;s administrator for access.</source>
        <translation>El cliente no puede leer orquestaciones: compruebe el ámbito de la conexión o pida acceso al administrador de su inquilino.</translation>
    </message>
    <message>
        <source>The tenant refused the client id or secret: check them in the connection&apos;s settings.</source>
        <translation>El inquilino rechazó el ID de cliente o el secreto: compruébelos en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network or VPN, then press Retry.</source>
        <translation>Se perdió la conexión con el servidor. Compruebe su red o VPN y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry, or try again later.</source>
        <translation>El servidor no respondió a tiempo. Pulse Reintentar o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: the connection may not be private. Check the address, or ask your administrator.</source>
        <translation>No se aceptó el certificado del servidor: es posible que la conexión no sea privada. Compruebe la dirección o consulte a su administrador.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Developer message: %1</source>
        <translation>Mensaje para desarrolladores: %1</translation>
    </message>
    <message>
        <source>Detail: %1 = %2</source>
        <translation>Detalle: %1 = %2</translation>
    </message>
    <message>
        <source>OAuth error: %1</source>
        <translation>Error de OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth description: %1</source>
        <translation>Descripción de OAuth: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Red: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;talles</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The system keychain is not available (%1); set %2 to export with the profile &quot;%3&quot;.</source>
        <translation>El llavero del sistema no está disponible (%1); defina %2 para exportar con el perfil «%3».</translation>
    </message>
    <message>
        <source>%1 Save it in the console&apos;s connection dialog, or set %2.</source>
        <translation>%1 Guárdelo en el cuadro de diálogo de conexiones de la consola o defina %2.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de demostración: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>export incomplete, nothing written: %1. --allow-incomplete writes it anyway.</source>
        <translation>exportación incompleta, no se escribió nada: %1. --allow-incomplete la escribe de todos modos.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Incompleta: %1.</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>error en la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation>
            <numerusform>Se exportó %n orquestación.</numerusform>
            <numerusform>Se exportaron %n orquestaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console export --help&apos;.</source>
        <translation>Pruebe &apos;orchestration-console export --help&apos;.</translation>
    </message>
    <message>
        <source>(--max-records and --max-bytes set the limits.)</source>
        <translation>(Los límites los fijan --max-records y --max-bytes.)</translation>
    </message>
    <message numerus="yes">
        <source>Fetching orchestrations: %L1 of %Ln</source>
        <translation>
            <numerusform>Obteniendo orquestaciones: %L1 de %Ln</numerusform>
            <numerusform>Obteniendo orquestaciones: %L1 de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports orchestrations to JSON, records exactly as the server sent them.
The client secret is read from %1, or a ready bearer token from %2; never from the command line; --client-secret-stdin reads the secret from standard input instead. With --profile, the profile&apos;s secret and cached token come from the system keychain (%1 still overrides the secret).
Exit codes: 0 ok, 2 usage, 3 authentication/authorization, 4 server/network/data error after retries, an incomplete export or a budget exceeded, 5 cannot write the output.</source>
        <translation>Exporta orquestaciones a JSON, con los registros exactamente como los envió el servidor.
El secreto de cliente se lee de %1, o un token de portador ya obtenido de %2; nunca de la línea de comandos; --client-secret-stdin lee el secreto de la entrada estándar en su lugar. Con --profile, el secreto y el token en caché del perfil se obtienen del llavero del sistema (%1 sigue teniendo prioridad sobre el secreto).
Códigos de salida: 0 correcto, 2 uso incorrecto, 3 autenticación/autorización, 4 error del servidor, de red o de datos tras los reintentos, una exportación incompleta o un límite superado, 5 no se puede escribir la salida.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Export from the embedded demo simulator.</source>
        <translation>Exportar desde el simulador de demostración integrado.</translation>
    </message>
    <message>
        <source>Use the saved connection profile NAME (its URLs, client id and scope; the secret from the keychain).</source>
        <translation>Usar el perfil de conexión guardado NAME (sus URL, ID de cliente y ámbito; el secreto, del llavero).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.egain.cloud/conversation/conversationmgr/v3.</source>
        <translation>URL base de la API, p. ej., https://api.egain.cloud/conversation/conversationmgr/v3.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>URL del token OAuth 2.0 del inquilino.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>ID de cliente OAuth 2.0.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for (default: %1).</source>
        <translation>Ámbito que se solicita (por defecto: %1).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Export every page (default).</source>
        <translation>Exportar todas las páginas (por defecto).</translation>
    </message>
    <message>
        <source>Export page N only (1-based).</source>
        <translation>Exportar solo la página N (empezando por 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Records to ask for per page (default %1 for one page, %2 for all; the server may grant fewer).</source>
        <translation>Registros que se piden por página (por defecto %1 para una página, %2 para todas; el servidor puede conceder menos).</translation>
    </message>
    <message>
        <source>Write to FILE, or - for standard output (default).</source>
        <translation>Escribir en FILE, o en la salida estándar con - (por defecto).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Retries per request on transient errors (default 3).</source>
        <translation>Reintentos por solicitud ante errores transitorios (por defecto 3).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 30).</source>
        <translation>Segundos sin datos antes de que falle una solicitud (por defecto 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>With --all: stop with an error after N orchestrations (default %1), so a server that never ends cannot exhaust memory.</source>
        <translation>Con --all: detenerse con un error tras N orquestaciones (por defecto %1), para que un servidor que nunca termina no agote la memoria.</translation>
    </message>
    <message>
        <source>With --all: stop with an error after SIZE bytes of records (default %1M; K, M and G suffixes).</source>
        <translation>Con --all: detenerse con un error tras SIZE bytes de registros (por defecto %1M; sufijos K, M y G).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Write the export even when it lacks records the server announced (exit 0; what is missing is said on standard error and in exportInfo.warnings). Without it, an incomplete export writes nothing and exits 4.</source>
        <translation>Escribir la exportación aunque falten registros que el servidor anunció (código de salida 0; lo que falta se indica en la salida de error estándar y en exportInfo.warnings). Sin esta opción, una exportación incompleta no escribe nada y sale con 4.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line; the trailing newline is dropped) instead of %1.</source>
        <translation>Leer el secreto de cliente de la entrada estándar (una línea; se quita el salto de línea final) en lugar de %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Usage: orchestration-console export [options]</source>
        <translation>Uso: orchestration-console export [opciones]</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line (they would show in the process list and shell history). Use --client-secret-stdin, or set %1 or %2 instead.</source>
        <translation>No se aceptan secretos en la línea de comandos (se verían en la lista de procesos y en el historial del shell). Use --client-secret-stdin, o defina %1 o %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --base-url, --token-url or --client-id.</source>
        <translation>--demo no se puede combinar con --base-url, --token-url ni --client-id.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile necesita el nombre de una conexión guardada.</translation>
    </message>
    <message>
        <source>--profile takes the connection from the profile: it cannot be combined with --demo, --base-url, --token-url, --client-id or --scope.</source>
        <translation>--profile toma la conexión del perfil: no se puede combinar con --demo, --base-url, --token-url, --client-id ni --scope.</translation>
    </message>
    <message>
        <source>Say where to export from: --demo, --profile NAME, or --base-url, --token-url and --client-id.</source>
        <translation>Indique desde dónde exportar: --demo, --profile NAME, o --base-url, --token-url y --client-id.</translation>
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
        <translation>--client-id no puede estar vacío.</translation>
    </message>
    <message>
        <source>--scope must not be empty.</source>
        <translation>--scope no puede estar vacío.</translation>
    </message>
    <message>
        <source>Use either --all or --page N, not both.</source>
        <translation>Use --all o --page N, no ambos.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1 up, not &quot;%1&quot;.</source>
        <translation>--page admite un número de página a partir de 1, no «%1».</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--page-size admite un número de 1 a 1000, no «%1».</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>--output necesita un nombre de archivo, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 10, not &quot;%1&quot;.</source>
        <translation>--retries admite un número de 0 a 10, no «%1».</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout admite de 1 a 3600 segundos, no «%1».</translation>
    </message>
    <message>
        <source>--max-records takes a number from 1 up, not &quot;%1&quot;.</source>
        <translation>--max-records admite un número a partir de 1, no «%1».</translation>
    </message>
    <message>
        <source>--max-bytes takes a size from 1 up (e.g. 800M), not &quot;%1&quot;.</source>
        <translation>--max-bytes admite un tamaño a partir de 1 (p. ej., 800M), no «%1».</translation>
    </message>
    <message>
        <source>--demo signs in by itself: it takes no --client-secret-stdin.</source>
        <translation>--demo inicia sesión por sí solo: no admite --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Write compact JSON, one orchestration per line, instead of indented.</source>
        <translation>Escribir JSON compacto, una orquestación por línea, en lugar de con sangría.</translation>
    </message>
    <message>
        <source>Not every orchestration arrived, so nothing was recorded.</source>
        <translation>No llegaron todas las orquestaciones, así que no se registró nada.</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>No se registró el historial: %1</translation>
    </message>
    <message>
        <source>warning: the history was not recorded: %1</source>
        <translation>advertencia: no se registró el historial: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the snapshot of %1; nothing recorded.</source>
        <translation>Nada cambió desde la instantánea del %1; no se registró nada.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s), the first snapshot.</source>
        <translation>
            <numerusform>Se registró %n orquestación, la primera instantánea.</numerusform>
            <numerusform>Se registraron %n orquestaciones, la primera instantánea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>Se registró %n orquestación: %1 agregadas, %2 quitadas, %3 modificadas.</numerusform>
            <numerusform>Se registraron %n orquestaciones: %1 agregadas, %2 quitadas, %3 modificadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Not paging: all loaded orchestrations are shown.</source>
        <translation>Sin paginación: se muestran todas las orquestaciones cargadas.</translation>
    </message>
    <message>
        <source>Every page is fetched first</source>
        <translation>Primero se obtienen todas las páginas</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>No hay filas seleccionadas.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 de «%2»</translation>
    </message>
    <message>
        <source>No field is selected in the inspector.</source>
        <translation>No hay ningún campo seleccionado en el inspector.</translation>
    </message>
    <message>
        <source>The pages not loaded yet are fetched first.</source>
        <translation>Las páginas que aún no se han cargado se obtienen primero.</translation>
    </message>
    <message>
        <source>The file holds the node and the orchestration it belongs to.</source>
        <translation>El archivo contiene el nodo y la orquestación a la que pertenece.</translation>
    </message>
    <message>
        <source>Fetching every page for the export…</source>
        <translation>Obteniendo todas las páginas para la exportación…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was written.</source>
        <translation>Cancelado durante la obtención; no se escribió nada.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was written: %1</source>
        <translation>No se pudieron obtener todas las páginas, así que no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The export is incomplete: %1.</source>
        <translation>La exportación está incompleta: %1.</translation>
    </message>
    <message>
        <source>Write the orchestrations that were received to %1 anyway? The file will say that it is incomplete.</source>
        <translation>¿Desea escribir igualmente en %1 las orquestaciones recibidas? El archivo indicará que está incompleto.</translation>
    </message>
    <message>
        <source>Write Incomplete Export</source>
        <translation>Escribir exportación incompleta</translation>
    </message>
    <message>
        <source>The export is incomplete (%1); nothing was written.</source>
        <translation>La exportación está incompleta (%1); no se escribió nada.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>Incompleta: %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>Exportación cancelada; %1 no se modificó.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: any earlier file of that name is as it was.</source>
        <translation>%1

No se modificó nada: cualquier archivo anterior con ese nombre sigue como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln mostrada de %L1 cargadas</numerusform>
            <numerusform>%Ln mostradas de %L1 cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s)</source>
        <translation>
            <numerusform>%Ln orquestación</numerusform>
            <numerusform>%Ln orquestaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>Página %1: %Ln orquestación, en el orden del servidor</numerusform>
            <numerusform>Página %1: %Ln orquestaciones, en el orden del servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>%Ln orquestación, en el orden del servidor</numerusform>
            <numerusform>%Ln orquestaciones, en el orden del servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s); those not loaded yet are fetched first</source>
        <translation>
            <numerusform>%Ln orquestación; las que aún no se han cargado se obtienen primero</numerusform>
            <numerusform>%Ln orquestaciones; las que aún no se han cargado se obtienen primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in view order</source>
        <translation>
            <numerusform>%Ln orquestación, en el orden de la vista</numerusform>
            <numerusform>%Ln orquestaciones, en el orden de la vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln orchestration(s) to %1 (%2).</source>
        <translation>
            <numerusform>Se exportó %Ln orquestación a %1 (%2).</numerusform>
            <numerusform>Se exportaron %Ln orquestaciones a %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the row of the orchestration the node belongs to.</source>
        <translation>El archivo contiene la fila de la orquestación a la que pertenece el nodo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The current &amp;view (filter and sort as shown)</source>
        <translation>La &amp;vista actual (filtro y orden como se muestran)</translation>
    </message>
    <message>
        <source>The current &amp;page</source>
        <translation>La &amp;página actual</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>&amp;Todas las páginas</translation>
    </message>
    <message>
        <source>The &amp;selected rows</source>
        <translation>Las filas &amp;seleccionadas</translation>
    </message>
    <message>
        <source>The inspector&apos;s selected &amp;node</source>
        <translation>El &amp;nodo seleccionado en el inspector</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>&amp;Full records, exactly as received (lossless)</source>
        <translation>&amp;Registros completos, tal como se recibieron (sin pérdidas)</translation>
    </message>
    <message>
        <source>Visible &amp;columns only, as flat objects</source>
        <translation>Solo las &amp;columnas visibles, como objetos planos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>«%1» es una carpeta. Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation>La carpeta «%1» no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose another folder.</source>
        <translation>«%1» no es una carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose another folder.</source>
        <translation>No se puede escribir en la carpeta «%1». Elija otra carpeta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another name.</source>
        <translation>«%1» es de solo lectura. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?

The old file stays as it is until the new one is completely written.</source>
        <translation>«%1» ya existe. ¿Desea reemplazarlo?

El archivo anterior se conserva tal cual hasta que el nuevo se haya escrito por completo.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), about %1.</source>
        <translation>
            <numerusform>%Ln orquestación, aprox. %1.</numerusform>
            <numerusform>%Ln orquestaciones, aprox. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s).</source>
        <translation>
            <numerusform>%Ln orquestación.</numerusform>
            <numerusform>%Ln orquestaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Indented JSON</source>
        <translation>JSON con s&amp;angría</translation>
    </message>
    <message>
        <source>Co&amp;mpact JSON</source>
        <translation>JSON co&amp;mpacto</translation>
    </message>
    <message>
        <source>CSV for sprea&amp;dsheets</source>
        <translation>CSV para hojas &amp;de cálculo</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>The file&apos;s exportInfo is not a JSON object.</source>
        <translation>El exportInfo del archivo no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file&apos;s exportInfo.%1 has the wrong type.</source>
        <translation>El exportInfo.%1 del archivo tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>«%1» no es una fecha y hora ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>The file says it holds %Ln orchestration(s) but holds %L1.</source>
        <translation>
            <numerusform>El archivo indica que contiene %Ln orquestación, pero contiene %L1.</numerusform>
            <numerusform>El archivo indica que contiene %Ln orquestaciones, pero contiene %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ExportViewOptions</name>
    <message>
        <source>Only orchestrations matching TEXT, as the window&apos;s search: name, description, id or any nested id; every word must match.</source>
        <translation>Solo las orquestaciones que coinciden con TEXT, como la búsqueda de la ventana: nombre, descripción, id o cualquier id anidado; deben coincidir todas las palabras.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only active (yes) or inactive (no) orchestrations.</source>
        <translation>Solo las orquestaciones activas (yes) o inactivas (no).</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Write only these columns, as flat objects in this order: %1.</source>
        <translation>Escribir solo estas columnas, como objetos planos y en este orden: %1.</translation>
    </message>
    <message>
        <source>KEY,...</source>
        <translation>KEY,...</translation>
    </message>
    <message>
        <source>--active takes yes or no, not &quot;%1&quot;.</source>
        <translation>--active admite yes o no, no «%1».</translation>
    </message>
    <message>
        <source>--columns: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>--columns: columna desconocida «%1»; las columnas son %2.</translation>
    </message>
    <message>
        <source>--columns names &quot;%1&quot; twice.</source>
        <translation>--columns nombra «%1» dos veces.</translation>
    </message>
    <message>
        <source>--columns needs at least one column: %1.</source>
        <translation>--columns necesita al menos una columna: %1.</translation>
    </message>
    <message>
        <source>json (default), or csv for spreadsheets: the columns (--columns, or every column), UTF-8 with a byte order mark.</source>
        <translation>json (por defecto), o csv para hojas de cálculo: las columnas (--columns, o todas las columnas), UTF-8 con marca de orden de bytes.</translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation>json|csv</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &quot;%1&quot;.</source>
        <translation>--format admite json o csv, no «%1».</translation>
    </message>
</context>
<context>
    <name>ExportWriteJob</name>
    <message>
        <source>no file name given.</source>
        <translation>no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>Se canceló la exportación; no se modificó ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, description or any id (Ctrl+F)</source>
        <translation>Buscar nombre, descripción o cualquier id (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches names, descriptions and ids, including every nested bot, participant, agent and customer id. Paste a UUID to see every orchestration that references it.</source>
        <translation>Busca en nombres, descripciones e ids, incluidos todos los ids anidados de bots, participantes, agentes y clientes. Pegue un UUID para ver todas las orquestaciones que lo referencian.</translation>
    </message>
    <message>
        <source>Search orchestrations</source>
        <translation>Buscar orquestaciones</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Activas e inactivas</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activas</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inactivas</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Bot only</source>
        <translation>Solo bot</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Solo agente</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>Bot + agente</translation>
    </message>
    <message>
        <source>Has a bot</source>
        <translation>Con bot</translation>
    </message>
    <message>
        <source>Has agents</source>
        <translation>Con agentes</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Esa conexión ya no existe.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 Open File → Connections… to enter it.</source>
        <translation>%1 Abra Archivo → Conexiones… para introducirlo.</translation>
    </message>
    <message>
        <source>The stored token could not be deleted: %1</source>
        <translation>No se pudo eliminar el token guardado: %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Try &apos;orchestration-console --help&apos;.</source>
        <translation>Pruebe &apos;orchestration-console --help&apos;.</translation>
    </message>
</context>
<context>
    <name>GuiParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Open the embedded demo tenant (a simulator with a few thousand orchestrations).</source>
        <translation>Abrir el inquilino de demostración integrado (un simulador con unos miles de orquestaciones).</translation>
    </message>
    <message>
        <source>API base URL of the tenant.</source>
        <translation>URL base de la API del inquilino.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>URL del token OAuth 2.0 del inquilino.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>ID de cliente OAuth 2.0.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for.</source>
        <translation>Ámbito que se solicita.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (por defecto), light o dark.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Opens the Orchestration Console window. Connect with --demo, or with --base-url, --token-url and --client-id and the client secret in %1 (or a ready token in %2).</source>
        <translation>Abre la ventana de Orchestration Console. Conéctese con --demo, o con --base-url, --token-url y --client-id y el secreto de cliente en %1 (o un token ya obtenido en %2).</translation>
    </message>
    <message>
        <source>Language of the window for this run: %1 (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>Idioma de la ventana para esta ejecución: %1 (por defecto: el elegido en Ver → Idioma o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>A connection needs --base-url, --token-url and --client-id.</source>
        <translation>Una conexión necesita --base-url, --token-url y --client-id.</translation>
    </message>
    <message>
        <source>--scope needs --base-url, --token-url and --client-id.</source>
        <translation>--scope necesita --base-url, --token-url y --client-id.</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme admite system, light o dark, no «%1».</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>--language admite uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--screenshot needs a source: --demo, or a connection.</source>
        <translation>--screenshot necesita un origen: --demo o una conexión.</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>--window-size admite WIDTHxHEIGHT, p. ej., 1280x800, no «%1».</translation>
    </message>
    <message>
        <source>Usage: orchestration-console [options]
       orchestration-console export [options]  (see &apos;orchestration-console export --help&apos;)
       orchestration-console history list|record|diff --profile NAME  (see &apos;orchestration-console history --help&apos;)
       orchestration-console --version</source>
        <translation>Uso: orchestration-console [opciones]
     orchestration-console export [opciones]  (consulte &apos;orchestration-console export --help&apos;)
     orchestration-console history list|record|diff --profile NAME  (consulte &apos;orchestration-console history --help&apos;)
     orchestration-console --version</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Métodos abreviados de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;About Orchestration Console</source>
        <translation>&amp;Acerca de Orchestration Console</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n orchestration(s)</source>
        <translation>
            <numerusform>%n orquestación</numerusform>
            <numerusform>%n orquestaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>(first)</source>
        <translation>(primera)</translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; holds no snapshot yet.</source>
        <translation>El historial de «%1» aún no contiene ninguna instantánea.</translation>
    </message>
    <message>
        <source>No snapshot was taken at or before %1; the oldest is from %2.</source>
        <translation>No se tomó ninguna instantánea el %1 o antes; la más antigua es del %2.</translation>
    </message>
    <message>
        <source>note: comparing the snapshot of %1 with the newest, of %2.</source>
        <translation>nota: se compara la instantánea del %1 con la más reciente, del %2.</translation>
    </message>
    <message>
        <source>The local change history of a connection profile: snapshots of all its orchestrations, recorded by complete loads and exports (when the profile keeps a history) or by &apos;history record&apos;.
  list     the snapshots: when, how many orchestrations, +added -removed ~changed
  record   load all orchestrations and record them (for a scheduled job)
  diff     the differences since --since, as &apos;diff&apos; prints them
Exit codes: list and record as export (0 ok, 2 usage, 3 authentication, 4 server or data, 5 output); diff as diff (0 no differences, 1 differences, 2 usage, 4 no snapshot or unreadable).</source>
        <translation>El historial local de cambios de un perfil de conexión: instantáneas de todas sus orquestaciones, registradas por las cargas y exportaciones completas (cuando el perfil guarda un historial) o por &apos;history record&apos;.
  list     las instantáneas: cuándo, cuántas orquestaciones, +agregadas -quitadas ~modificadas
  record   cargar todas las orquestaciones y registrarlas (para una tarea programada)
  diff     las diferencias desde --since, como las muestra &apos;diff&apos;
Códigos de salida: list y record como export (0 correcto, 2 uso incorrecto, 3 autenticación, 4 servidor o datos, 5 salida); diff como diff (0 sin diferencias, 1 hay diferencias, 2 uso incorrecto, 4 no hay instantánea o no se puede leer).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>The saved connection profile whose history to use.</source>
        <translation>El perfil de conexión guardado cuyo historial se usa.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>diff: compare the newest snapshot taken at or before this date (2026-11-01) or date-time (2026-11-01T09:30, local time unless a zone is given) with the newest.</source>
        <translation>diff: comparar la instantánea más reciente tomada en esta fecha (2026-11-01) o fecha y hora (2026-11-01T09:30, hora local salvo que se indique una zona) o antes, con la más reciente.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>diff: print the differences as JSON instead of a summary.</source>
        <translation>diff: mostrar las diferencias como JSON en lugar de un resumen.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>Usage: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</source>
        <translation>Uso: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</translation>
    </message>
    <message>
        <source>history needs one of list, record or diff.</source>
        <translation>history necesita list, record o diff.</translation>
    </message>
    <message>
        <source>history needs --profile NAME.</source>
        <translation>history necesita --profile NAME.</translation>
    </message>
    <message>
        <source>history diff needs --since DATE.</source>
        <translation>history diff necesita --since DATE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-11-01) or date-time (2026-11-01T09:30).</source>
        <translation>«%1» no es una fecha (2026-11-01) ni una fecha y hora (2026-11-01T09:30).</translation>
    </message>
    <message>
        <source>--since and --json are for history diff only.</source>
        <translation>--since y --json son solo para history diff.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console history --help&apos;.</source>
        <translation>Pruebe &apos;orchestration-console history --help&apos;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>%1, snapshot taken %2</source>
        <translation>%1, instantánea tomada: %2</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Línea de tiempo…</translation>
    </message>
    <message>
        <source>The snapshots recorded for each connection, and what changed</source>
        <translation>Las instantáneas registradas de cada conexión y lo que cambió</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>No se registró el historial: %1</translation>
    </message>
    <message>
        <source>History: %1 added, %2 removed, %3 changed since the last snapshot.</source>
        <translation>Historial: %1 agregadas, %2 quitadas, %3 modificadas desde la última instantánea.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Unchanged since %1</source>
        <translation>Sin cambios desde %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n time(s) since %1</source>
        <translation>
            <numerusform>Modificada %n vez desde %1</numerusform>
            <numerusform>Modificada %n veces desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
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
        <translation>no es una instantánea del historial, o está truncada</translation>
    </message>
    <message>
        <source>its checksum does not match: the file is damaged or was not completely written</source>
        <translation>su suma de comprobación no coincide: el archivo está dañado o no se escribió por completo</translation>
    </message>
    <message>
        <source>The history in &quot;%1&quot; is in use by another program.</source>
        <translation>Otro programa está usando el historial de «%1».</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la instantánea del historial «%1»: %2</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; is too large.</source>
        <translation>La instantánea del historial «%1» es demasiado grande.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: %2.</source>
        <translation>Se omitió la instantánea del historial «%1»: %2.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: it cannot be uncompressed.</source>
        <translation>Se omitió la instantánea del historial «%1»: no se puede descomprimir.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>The history folder &quot;%1&quot; cannot be created.</source>
        <translation>No se puede crear la carpeta del historial «%1».</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineDialog</name>
    <message>
        <source>Show &amp;changes</source>
        <translation>Mostrar ca&amp;mbios</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Select a snapshot to compare it with the one before, or two to compare them with each other</source>
        <translation>Seleccione una instantánea para compararla con la anterior, o dos para compararlas entre sí</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nexión:</translation>
    </message>
    <message>
        <source>What changed &amp;since:</source>
        <translation>Qué cambió &amp;desde:</translation>
    </message>
    <message>
        <source>No snapshots yet. Loading all orchestrations (Load all) or exporting all pages of this connection records one.</source>
        <translation>Aún no hay instantáneas. Al cargar todas las orquestaciones (Cargar todo) o exportar todas las páginas de esta conexión, se registra una.</translation>
    </message>
    <message>
        <source>No snapshot was taken before %1; the oldest is from %2.</source>
        <translation>No se tomó ninguna instantánea antes del %1; la más antigua es del %2.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>Orquestaciones</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregadas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitadas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificadas</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The server sent the response in an encoding that was not asked for (%1).</source>
        <translation>El servidor envió la respuesta en una codificación que no se pidió (%1).</translation>
    </message>
    <message>
        <source>The response&apos;s %1 encoding is broken or cut short.</source>
        <translation>La codificación %1 de la respuesta está dañada o cortada.</translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation>El servidor no envió ningún estado HTTP.</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not loaded.</source>
        <translation>
            <numerusform>La respuesta supera el límite de %L1 bytes (al menos %Ln byte); no se cargó.</numerusform>
            <numerusform>La respuesta supera el límite de %L1 bytes (al menos %Ln bytes); no se cargó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed %Ln byte(s) before the end of the response.</source>
        <translation>
            <numerusform>La conexión se cerró %Ln byte antes del final de la respuesta.</numerusform>
            <numerusform>La conexión se cerró %Ln bytes antes del final de la respuesta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation>
            <numerusform>%1  (usado por %n)</numerusform>
            <numerusform>%1  (usado por %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Copy &amp;node as JSON</source>
        <translation>Copiar &amp;nodo como JSON</translation>
    </message>
    <message>
        <source>Copy &amp;orchestration as JSON</source>
        <translation>Copiar &amp;orquestación como JSON</translation>
    </message>
    <message>
        <source>&amp;Show orchestrations using this id</source>
        <translation>&amp;Mostrar las orquestaciones que usan este id</translation>
    </message>
    <message>
        <source>Select an orchestration to inspect it.</source>
        <translation>Seleccione una orquestación para inspeccionarla.</translation>
    </message>
    <message>
        <source>The name of the orchestration inspected</source>
        <translation>El nombre de la orquestación inspeccionada</translation>
    </message>
    <message>
        <source>The id of the orchestration inspected</source>
        <translation>El id de la orquestación inspeccionada</translation>
    </message>
    <message>
        <source>Orchestration fields</source>
        <translation>Campos de la orquestación</translation>
    </message>
    <message>
        <source>Every field of the selected orchestration. Enter on an id shows the orchestrations using it.</source>
        <translation>Todos los campos de la orquestación seleccionada. Intro sobre un id muestra las orquestaciones que lo usan.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Orchestration views</source>
        <translation>Vistas de la orquestación</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation>
            <numerusform>&amp;Mostrar la %n orquestación que usa este id</numerusform>
            <numerusform>&amp;Mostrar las %n orquestaciones que usan este id</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>Camp&amp;os</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Takes effect when the console is started again</source>
        <translation>Se aplica al volver a iniciar la consola</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>Orquestaciones</translation>
    </message>
    <message>
        <source>One orchestration per row. Enter opens the row in the inspector; the context menu copies rows.</source>
        <translation>Una orquestación por fila. Intro abre la fila en el inspector; el menú contextual copia filas.</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>Load every page, so the search and the sort cover the whole tenant</source>
        <translation>Cargar todas las páginas, para que la búsqueda y el orden abarquen todo el inquilino</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Choose what to connect to</source>
        <translation>Elegir a qué conectarse</translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant</source>
        <translation>Usar el inquilino de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>&amp;Agregar conexión…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>Add, edit, test, import or remove saved connections</source>
        <translation>Agregar, editar, probar, importar o quitar conexiones guardadas</translation>
    </message>
    <message>
        <source>Forget the access token (the client secret stays stored)</source>
        <translation>Olvidar el token de acceso (el secreto de cliente sigue guardado)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Fetch again from the server (F5)</source>
        <translation>Volver a obtener los datos del servidor (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Cargar &amp;todo</translation>
    </message>
    <message>
        <source>Load every page in the background, so sorting and filtering cover the whole tenant (Ctrl+Shift+L)</source>
        <translation>Cargar todas las páginas en segundo plano, para que el orden y el filtro abarquen todo el inquilino (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>Search by name, description or any id (Ctrl+F); the arrow offers the Active and Kind filters</source>
        <translation>Buscar por nombre, descripción o cualquier id (Ctrl+F); la flecha ofrece los filtros de estado y de tipo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the page, all pages, the view, the selected rows or the inspector&apos;s node to JSON (Ctrl+E)</source>
        <translation>Exportar a JSON la página, todas las páginas, la vista, las filas seleccionadas o el nodo del inspector (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Abrir &amp;instantánea…</translation>
    </message>
    <message>
        <source>Open an exported file (or a saved API page) read-only</source>
        <translation>Abrir un archivo exportado (o una página de la API guardada) en modo de solo lectura</translation>
    </message>
    <message>
        <source>Compare an exported file with the live data, or with the snapshot shown: added, removed and changed orchestrations</source>
        <translation>Comparar un archivo exportado con los datos en vivo o con la instantánea mostrada: orquestaciones agregadas, quitadas y modificadas</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>Cerrar ins&amp;tantánea</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>You are looking at the embedded simulator, not a real tenant.</source>
        <translation>Está viendo el simulador integrado, no un inquilino real.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Snapshot %1 — Orchestration Console</source>
        <translation>Instantánea %1 — Orchestration Console</translation>
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
        <translation>Sesión iniciada, token hasta las %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>The access token expires at %1 (UTC %2); a new one is fetched when needed.</source>
        <translation>El token de acceso caduca a las %1 (UTC %2); se obtiene uno nuevo cuando hace falta.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Last successful load: %1</source>
        <translation>Última carga correcta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation>
            <numerusform>%n orquestación cargada usa %1.</numerusform>
            <numerusform>%n orquestaciones cargadas usan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading all orchestrations… %1</source>
        <translation>Cargando todas las orquestaciones… %1</translation>
    </message>
    <message>
        <source>Loading page %1… %2</source>
        <translation>Cargando la página %1… %2</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>Error. %1</translation>
    </message>
    <message>
        <source>Loading orchestrations…</source>
        <translation>Cargando orquestaciones…</translation>
    </message>
    <message>
        <source>There are no orchestrations in this tenant.</source>
        <translation>No hay orquestaciones en este inquilino.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>No se pudo cargar nada. Consulte el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>No loaded orchestration matches the filter.</source>
        <translation>Ninguna orquestación cargada coincide con el filtro.</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>The window was closed before &quot;%1&quot; was read.</source>
        <translation>La ventana se cerró antes de leer «%1».</translation>
    </message>
    <message>
        <source>Snapshot (read-only)</source>
        <translation>Instantánea (solo lectura)</translation>
    </message>
    <message>
        <source>Token from keychain, until %1</source>
        <translation>Token del llavero, hasta las %1</translation>
    </message>
    <message>
        <source>Token from keychain</source>
        <translation>Token del llavero</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>Solo esta sesión</translation>
    </message>
    <message>
        <source>%1 · Session only</source>
        <translation>%1 · Solo esta sesión</translation>
    </message>
    <message>
        <source>The keychain is not available: secrets and tokens are kept in memory for this session only.</source>
        <translation>El llavero no está disponible: los secretos y los tokens se guardan en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>Signed out of %1. Choose it under Connection to sign in again.</source>
        <translation>Se cerró la sesión de %1. Elíjala en Conexión para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Se cerró la sesión de %1.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>Co&amp;mparar con instantánea…</translation>
    </message>
    <message numerus="yes">
        <source>The search and the sort cover this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>La búsqueda y el orden abarcan solo esta página: %L1 de %Ln orquestación.</numerusform>
            <numerusform>La búsqueda y el orden abarcan solo esta página: %L1 de %Ln orquestaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>La búsqueda abarca solo esta página: %L1 de %Ln orquestación.</numerusform>
            <numerusform>La búsqueda abarca solo esta página: %L1 de %Ln orquestaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sort covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>El orden abarca solo esta página: %L1 de %Ln orquestación.</numerusform>
            <numerusform>El orden abarca solo esta página: %L1 de %Ln orquestaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search and the sort cover this page only.</source>
        <translation>La búsqueda y el orden abarcan solo esta página.</translation>
    </message>
    <message>
        <source>The search covers this page only.</source>
        <translation>La búsqueda abarca solo esta página.</translation>
    </message>
    <message>
        <source>The sort covers this page only.</source>
        <translation>El orden abarca solo esta página.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded, %L2 total</source>
        <translation>
            <numerusform>%Ln mostrada de %L1 cargadas, %L2 en total</numerusform>
            <numerusform>%Ln mostradas de %L1 cargadas, %L2 en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln mostrada de %L1 cargadas</numerusform>
            <numerusform>%Ln mostradas de %L1 cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare co&amp;nnections…</source>
        <translation>C&amp;omparar conexiones…</translation>
    </message>
    <message>
        <source>Compare two saved connections live, such as staging and production</source>
        <translation>Comparar en vivo dos conexiones guardadas, como preproducción y producción</translation>
    </message>
    <message>
        <source>Clear the search, or stop loading when it is empty</source>
        <translation>Borrar la búsqueda o, si está vacía, detener la carga</translation>
    </message>
</context>
<context>
    <name>Orchestration</name>
    <message>
        <source>The record is not valid JSON: %1 (at byte %2).</source>
        <translation>El registro no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>El registro no es un objeto JSON.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>«%1» no es un UUID.</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>Falta un campo obligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>«%1» no es una fecha y hora ISO 8601.</translation>
    </message>
    <message>
        <source>Neither botConfiguration nor agentConfiguration is present; one of them is required.</source>
        <translation>No hay botConfiguration ni agentConfiguration; se necesita uno de los dos.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>array</source>
        <translation>matriz</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Expected: %1. Found: %2.</source>
        <translation>Se esperaba: %1. Se encontró: %2.</translation>
    </message>
</context>
<context>
    <name>OrchestrationDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>orden %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>%1 agregadas, %2 quitadas, %3 modificadas, %4 sin cambios.</translation>
    </message>
    <message>
        <source>%1: the old side has %2 (%3), not compared</source>
        <translation>%1: el lado antiguo tiene %2 (%3), no se comparó</translation>
    </message>
    <message>
        <source>%1: the new side has %2 (%3), not compared</source>
        <translation>%1: el lado nuevo tiene %2 (%3), no se comparó</translation>
    </message>
</context>
<context>
    <name>OrchestrationLoader</name>
    <message>
        <source>Page %1 was asked for but the server answered page %2; it may ignore the paging parameters.</source>
        <translation>Se pidió la página %1, pero el servidor respondió con la página %2; puede que ignore los parámetros de paginación.</translation>
    </message>
</context>
<context>
    <name>OrchestrationPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 (at byte %2).</source>
        <translation>La respuesta del servidor no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>El archivo no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The page does not say its %1.</source>
        <translation>La página no indica su %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: %1 must be a non-negative integer.</source>
        <translation>La respuesta del servidor no es una página utilizable: %1 debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>The file is not a usable page: %1 must be a non-negative integer.</source>
        <translation>El archivo no es una página utilizable: %1 debe ser un entero no negativo.</translation>
    </message>
    <message>
        <source>The page has no paginationInfo: the total number of orchestrations is unknown.</source>
        <translation>La página no tiene paginationInfo: se desconoce el número total de orquestaciones.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: paginationInfo is not an object.</source>
        <translation>La respuesta del servidor no es una página utilizable: paginationInfo no es un objeto.</translation>
    </message>
    <message>
        <source>The file is not a usable page: paginationInfo is not an object.</source>
        <translation>El archivo no es una página utilizable: paginationInfo no es un objeto.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>La respuesta del servidor no es una página utilizable: no tiene ninguna lista «orchestration».</translation>
    </message>
    <message>
        <source>The file is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>El archivo no es una página utilizable: no tiene ninguna lista «orchestration».</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>La respuesta del servidor no es una página utilizable: «orchestration» no es una lista.</translation>
    </message>
    <message>
        <source>The file is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>El archivo no es una página utilizable: «orchestration» no es una lista.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>La respuesta del servidor no es una página utilizable: el registro de orquestación %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>El archivo no es una página utilizable: el registro de orquestación %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation>El archivo no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>Bot + agente</translation>
    </message>
    <message>
        <source>A customer returning within %1 minutes goes straight to an agent</source>
        <translation>Un cliente que vuelve en menos de %1 minutos pasa directamente a un agente</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n advertencia:</numerusform>
            <numerusform>%n advertencias:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Customer app</source>
        <translation>App del cliente</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>Reenviar transcripción</translation>
    </message>
    <message>
        <source>Bypass VA (min)</source>
        <translation>Omitir AV (min)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The orchestration&apos;s name</source>
        <translation>El nombre de la orquestación</translation>
    </message>
    <message>
        <source>Whether the orchestration is active</source>
        <translation>Si la orquestación está activa</translation>
    </message>
    <message>
        <source>Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both</source>
        <translation>Bot: solo un asistente virtual; Agente: solo agentes en vivo; Bot + agente: ambos</translation>
    </message>
    <message>
        <source>Number of bots in the bot configuration</source>
        <translation>Número de bots en la configuración de bots</translation>
    </message>
    <message>
        <source>Number of agents in the agent configuration</source>
        <translation>Número de agentes en la configuración de agentes</translation>
    </message>
    <message>
        <source>ID of the customer client application (custom channels)</source>
        <translation>ID de la aplicación cliente que usa el cliente (canales personalizados)</translation>
    </message>
    <message>
        <source>Whether the transcript goes to an eGain agent when the virtual assistant session was not escalated</source>
        <translation>Si la transcripción pasa a un agente de eGain cuando la sesión del asistente virtual no se escaló</translation>
    </message>
    <message>
        <source>When it was created (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>Cuándo se creó (hora local; UTC en la información sobre herramientas de la celda)</translation>
    </message>
    <message>
        <source>When it was last modified (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>Cuándo se modificó por última vez (hora local; UTC en la información sobre herramientas de la celda)</translation>
    </message>
    <message>
        <source>The orchestration&apos;s description</source>
        <translation>La descripción de la orquestación</translation>
    </message>
    <message>
        <source>The orchestration&apos;s unique ID</source>
        <translation>El ID único de la orquestación</translation>
    </message>
    <message>
        <source>Minutes within which a returning customer bypasses the virtual assistant (VA) and goes straight to an agent</source>
        <translation>Minutos dentro de los cuales un cliente que vuelve omite el asistente virtual (AV) y pasa directamente a un agente</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>First page (Ctrl+Shift+Page Up)</source>
        <translation>Primera página (Ctrl+Shift+Page Up)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Página anterior (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Página siguiente (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Last page (Ctrl+Shift+Page Down)</source>
        <translation>Última página (Ctrl+Shift+Page Down)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to &amp;pages</source>
        <translation>Volver a las &amp;páginas</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Escriba un número de página y pulse Intro</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Orchestrations to ask for per page; the server may grant fewer</source>
        <translation>Orquestaciones que se piden por página; el servidor puede conceder menos</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>Por página</translation>
    </message>
    <message>
        <source>Loading all orchestrations</source>
        <translation>Cargando todas las orquestaciones</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays (Esc)</source>
        <translation>Detener la carga; lo recibido se conserva (Esc)</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>There is no page %1: the last is %2.</source>
        <translation>No existe la página %1: la última es la %2.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>(server grants %1)</source>
        <translation>(el servidor concede %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %L1 per page although %Ln were asked for.</source>
        <translation>
            <numerusform>El servidor envió %L1 por página, aunque se pidió %Ln.</numerusform>
            <numerusform>El servidor envió %L1 por página, aunque se pidieron %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln of %L1 loaded</source>
        <translation>
            <numerusform>Detenido: cargada %Ln de %L1</numerusform>
            <numerusform>Detenido: cargadas %Ln de %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error: %Ln loaded</source>
        <translation>
            <numerusform>Detenido por un error: %Ln cargada</numerusform>
            <numerusform>Detenido por un error: %Ln cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded</source>
        <translation>
            <numerusform>Todas cargadas: %Ln</numerusform>
            <numerusform>Todas cargadas: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded</source>
        <translation>
            <numerusform>Cargada %Ln de %L1</numerusform>
            <numerusform>Cargadas %Ln de %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>%Ln cargada</numerusform>
            <numerusform>%Ln cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>The client is not set up.</source>
        <translation>El cliente no está configurado.</translation>
    </message>
    <message>
        <source>No token provider.</source>
        <translation>No hay proveedor de tokens.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>No hay acceso a la red.</translation>
    </message>
    <message>
        <source>The server refused a freshly issued access token (HTTP 401). Check that the token URL belongs to this tenant.</source>
        <translation>El servidor rechazó un token de acceso recién emitido (HTTP 401). Compruebe que la URL del token pertenece a este inquilino.</translation>
    </message>
    <message>
        <source>The client application may not read orchestrations (HTTP 403). It needs the scope %1.</source>
        <translation>La aplicación cliente no puede leer orquestaciones (HTTP 403). Necesita el ámbito %1.</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). Redirects are not followed, so credentials stay with the configured host; check the base URL.</source>
        <translation>El servidor redirigió a %1 (HTTP %2). Las redirecciones no se siguen, para que las credenciales se queden en el host configurado; compruebe la URL base.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The page did not load within %1 s.</source>
        <translation>La página no se cargó en %1 s.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Production EU</source>
        <translation>p. ej., Producción UE</translation>
    </message>
    <message>
        <source>Client ID and secret (OAuth client credentials)</source>
        <translation>ID y secreto de cliente (credenciales de cliente OAuth)</translation>
    </message>
    <message>
        <source>A bearer token obtained elsewhere</source>
        <translation>Un token de portador obtenido en otro lugar</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>Without an expiry the token is used until the server refuses it</source>
        <translation>Sin caducidad, el token se usa hasta que el servidor lo rechace</translation>
    </message>
    <message>
        <source>e.g. PROD (shown as a band across the window)</source>
        <translation>p. ej., PROD (se muestra como una franja en la ventana)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Page number parameter</source>
        <translation>Parámetro del número de página</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Parámetro del tamaño de página</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base de la API:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Secr&amp;eto de cliente:</translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation>Token de p&amp;ortador:</translation>
    </message>
    <message>
        <source>Default page si&amp;ze:</source>
        <translation>Tamaño de página por de&amp;fecto:</translation>
    </message>
    <message>
        <source>&amp;Label and colour:</source>
        <translation>Etiqueta &amp;y color:</translation>
    </message>
    <message>
        <source>Exp&amp;ires at</source>
        <translation>Cad&amp;uca el</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Iniciar &amp;sesión con:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Pa&amp;ging parameters:</source>
        <translation>Pa&amp;rámetros de paginación:</translation>
    </message>
    <message>
        <source>Keep a local &amp;history of complete loads and exports</source>
        <translation>Guardar un &amp;historial local de las cargas y exportaciones completas</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Add connections from a JSON file exported by this program</source>
        <translation>Agregar conexiones desde un archivo JSON exportado por este programa</translation>
    </message>
    <message>
        <source>Save every connection to a JSON file, without secrets or tokens</source>
        <translation>Guardar todas las conexiones en un archivo JSON, sin secretos ni tokens</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importar…</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>%1: no keychain to read the client secret from.</source>
        <translation>%1: no hay llavero del que leer el secreto de cliente.</translation>
    </message>
    <message>
        <source>%1: the system keychain is not available (%2).</source>
        <translation>%1: el llavero del sistema no está disponible (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: incomplete, %2.</source>
        <translation>%1: carga incompleta, %2.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: cancelado.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation>Ya existe una conexión con este id.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Esta conexión ya no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The file is not a connection profile export of this console.</source>
        <translation>El archivo no es una exportación de perfiles de conexión de esta consola.</translation>
    </message>
    <message>
        <source>The file has format version %1; this console reads version %2.</source>
        <translation>El archivo tiene la versión de formato %1; esta consola lee la versión %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>La entrada %1 no es un objeto de perfil.</translation>
    </message>
    <message>
        <source>The profile carries a secret (&quot;%1&quot;); profiles with secrets are not imported. Remove it from the file and enter the secret in the console instead.</source>
        <translation>El perfil lleva un secreto («%1»); los perfiles con secretos no se importan. Quítelo del archivo e introduzca el secreto en la consola.</translation>
    </message>
    <message>
        <source>given a new id (its id was taken)</source>
        <translation>se le asignó un id nuevo (su id ya estaba en uso)</translation>
    </message>
    <message>
        <source>renamed to &quot;%1&quot; (the name was taken)</source>
        <translation>se le cambió el nombre a «%1» (el nombre ya estaba en uso)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>El archivo de configuración %1 está dañado.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (no profiles are saved).</source>
        <translation>No existe el perfil de conexión «%1» (no hay perfiles guardados).</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>No existe el perfil de conexión «%1». Perfiles guardados: %2.</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar el perfil de conexión «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n conexión de %1.</numerusform>
            <numerusform>Se importaron %n conexiones de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot;: %2</source>
        <translation>No importada: «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Enter the secrets of the imported connections: files never carry them.</source>
        <translation>Introduzca los secretos de las conexiones importadas: los archivos nunca los contienen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>Se exportó %n conexión a %1 (sin secretos).</numerusform>
            <numerusform>Se exportaron %n conexiones a %1 (sin secretos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>Connections (*.json);;All files (*)</source>
        <translation>Conexiones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exportar conexiones</translation>
    </message>
    <message>
        <source>Connections (*.json)</source>
        <translation>Conexiones (*.json)</translation>
    </message>
</context>
<context>
    <name>RecentSnapshotsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir recie&amp;nte</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was taken off the recent list.</source>
        <translation>«%1» ya no existe, así que se quitó de la lista de recientes.</translation>
    </message>
    <message>
        <source>No recent snapshots</source>
        <translation>No hay instantáneas recientes</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>RecordWarnings</name>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>Orchestration %1: %2: %3</source>
        <translation>Orquestación %1: %2: %3</translation>
    </message>
    <message>
        <source>Page %1: %2: %3</source>
        <translation>Página %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records: %1: %2 (first: orchestration %3)</source>
        <translation>
            <numerusform>%Ln registro: %1: %2 (el primero: orquestación %3)</numerusform>
            <numerusform>%Ln registros: %1: %2 (el primero: orquestación %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages: %1: %2 (first: page %3)</source>
        <translation>
            <numerusform>%Ln página: %1: %2 (la primera: página %3)</numerusform>
            <numerusform>%Ln páginas: %1: %2 (la primera: página %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further warning(s) of other kinds are not listed.</source>
        <translation>
            <numerusform>No se muestra %Ln advertencia más de otros tipos.</numerusform>
            <numerusform>No se muestran otras %Ln advertencias de otros tipos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>page %1 repeats page %2</source>
        <translation>la página %1 repite la página %2</translation>
    </message>
    <message>
        <source>the server sent no more</source>
        <translation>el servidor no envió más</translation>
    </message>
    <message numerus="yes">
        <source>The server reported a page size of %L1; using the %Ln record(s) of page 1 as the page size.</source>
        <translation>
            <numerusform>El servidor indicó un tamaño de página de %L1; se usa como tamaño de página el número de registros de la página 1: %Ln.</numerusform>
            <numerusform>El servidor indicó un tamaño de página de %L1; se usa como tamaño de página el número de registros de la página 1: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stops at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>la carga se detiene en el límite de %Ln página</numerusform>
            <numerusform>la carga se detiene en el límite de %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>%L1 orquestaciones necesitarían %L2 páginas; la carga se detiene en el límite de %Ln página.</numerusform>
            <numerusform>%L1 orquestaciones necesitarían %L2 páginas; la carga se detiene en el límite de %Ln páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stopped at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>la carga se detuvo en el límite de %Ln página</numerusform>
            <numerusform>la carga se detuvo en el límite de %Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>La carga se detuvo en el límite de %Ln página.</numerusform>
            <numerusform>La carga se detuvo en el límite de %Ln páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.</source>
        <translation>
            <numerusform>La página %1 repite los registros de la página %2: parece que el servidor ignora los parámetros de paginación (%3, %4). Se muestra %Ln registro cargado antes.</numerusform>
            <numerusform>La página %1 repite los registros de la página %2: parece que el servidor ignora los parámetros de paginación (%3, %4). Se muestran los %Ln registros cargados antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of orchestrations changed while loading, from %L1 to %L2 (at page %3). Reload for a consistent list.</source>
        <translation>El número de orquestaciones cambió durante la carga, de %L1 a %L2 (en la página %3). Vuelva a cargar para obtener una lista coherente.</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 orchestrations and %4.</source>
        <translation>
            <numerusform>La carga se detuvo en la página %1 tras %Ln orquestación (%2): un recorrido carga como máximo %L3 orquestaciones y %4.</numerusform>
            <numerusform>La carga se detuvo en la página %1 tras %Ln orquestaciones (%2): un recorrido carga como máximo %L3 orquestaciones y %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced %Ln orchestration(s) but sent %L1.</source>
        <translation>
            <numerusform>El servidor anunció %Ln orquestación, pero envió %L1.</numerusform>
            <numerusform>El servidor anunció %Ln orquestaciones, pero envió %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeated an id received before</source>
        <translation>
            <numerusform>%Ln registro repitió un id recibido antes</numerusform>
            <numerusform>%Ln registros repitieron un id recibido antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3</source>
        <translation>
            <numerusform>Se recibieron %L1 de la %Ln orquestación anunciada (faltan %L2): %3</numerusform>
            <numerusform>Se recibieron %L1 de las %Ln orquestaciones anunciadas (faltan %L2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s) were received (the server did not say how many there are): %1</source>
        <translation>
            <numerusform>Se recibió %Ln orquestación (el servidor no indicó cuántas hay): %1</numerusform>
            <numerusform>Se recibieron %Ln orquestaciones (el servidor no indicó cuántas hay): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation>
            <numerusform>%Ln registro repite un id cargado antes (por ejemplo, %1). Puede que las páginas del servidor se hayan desplazado durante la carga; vuelva a cargar para obtener una lista coherente.</numerusform>
            <numerusform>%Ln registros repiten un id cargado antes (por ejemplo, %1). Puede que las páginas del servidor se hayan desplazado durante la carga; vuelva a cargar para obtener una lista coherente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>the window did not show a loaded page in time</source>
        <translation>la ventana no mostró una página cargada a tiempo</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>error en la captura de pantalla: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que ha escrito</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>El llavero del sistema no está disponible (%1). Los secretos se guardan en memoria solo durante esta sesión y deberán introducirse de nuevo tras reiniciar.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not answering (no reply within %n second(s)). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>
            <numerusform>El llavero del sistema no responde (sin respuesta en %n segundo). Los secretos se guardan en memoria solo durante esta sesión y deberán introducirse de nuevo tras reiniciar.</numerusform>
            <numerusform>El llavero del sistema no responde (sin respuesta en %n segundos). Los secretos se guardan en memoria solo durante esta sesión y deberán introducirse de nuevo tras reiniciar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry is incomplete and cannot be read; enter the secret again.</source>
        <translation>La entrada del llavero está incompleta y no se puede leer; introduzca el secreto de nuevo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>En cualquier parte de la ventana</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Where it has the focus</source>
        <translation>Donde tenga el foco</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Método abreviado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>SnapshotBanner</name>
    <message>
        <source>&amp;Compare with…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>Cerrar i&amp;nstantánea</translation>
    </message>
    <message>
        <source>Compare this snapshot with another exported file</source>
        <translation>Comparar esta instantánea con otro archivo exportado</translation>
    </message>
    <message>
        <source>Back to the live connection</source>
        <translation>Volver a la conexión en vivo</translation>
    </message>
    <message>
        <source>Read-only, from %1</source>
        <translation>Solo lectura, de %1</translation>
    </message>
</context>
<context>
    <name>SnapshotController</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Abrir instantánea</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Snapshot of %1</source>
        <translation>Instantánea de %1</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2</source>
        <translation>Instantánea de %1 tomada: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to open (%2 MiB; at most %3 MiB).</source>
        <translation>«%1» es demasiado grande para abrirlo (%2 MiB; como máximo %3 MiB).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation>Se canceló la apertura de «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or an API page: %2</source>
        <translation>«%1» no es una exportación ni una página de la API: %2</translation>
    </message>
    <message>
        <source>The file holds only the columns %1, not full records.</source>
        <translation>El archivo solo contiene las columnas %1, no registros completos.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StandardOutput</name>
    <message>
        <source>the write failed</source>
        <translation>la escritura falló</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The server no longer accepts the access token. Provide a new token.</source>
        <translation>El servidor ya no acepta el token de acceso. Proporcione un token nuevo.</translation>
    </message>
    <message>
        <source>No access token was provided.</source>
        <translation>No se proporcionó ningún token de acceso.</translation>
    </message>
    <message>
        <source>The access token expired. Provide a new token.</source>
        <translation>El token de acceso caducó. Proporcione un token nuevo.</translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation>&amp;Copiar filas como texto</translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation>Copiar filas como &amp;JSON</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copiar &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>&amp;Abrir en el inspector</translation>
    </message>
    <message>
        <source>The selected rows, tab-separated, visible columns only</source>
        <translation>Las filas seleccionadas, separadas por tabulaciones, solo las columnas visibles</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation>
            <numerusform>&amp;Copiar %n fila como texto</numerusform>
            <numerusform>&amp;Copiar %n filas como texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation>
            <numerusform>Copiar %n fila como &amp;JSON</numerusform>
            <numerusform>Copiar %n filas como &amp;JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Show orchestrations that &amp;share a bot or agent</source>
        <translation>&amp;Mostrar orquestaciones que comparten un bot o agente</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>TokenPersistence</name>
    <message>
        <source>No access token is stored for &quot;%1&quot;: paste a new one.</source>
        <translation>No hay ningún token de acceso guardado para «%1»: pegue uno nuevo.</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>No hay ningún secreto de cliente guardado para «%1».</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation>ningún access_token utilizable</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type no es Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>expires_in no es un número</translation>
    </message>
    <message>
        <source>expires_in is not positive</source>
        <translation>expires_in no es positivo</translation>
    </message>
</context>
<context>
    <name>UserGuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>User Guide — Orchestration Console</source>
        <translation>Guía del usuario — Orchestration Console</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Falta la guía del usuario en esta compilación.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Agregar &amp;conexión…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>Aún no hay conexiones</translation>
    </message>
    <message>
        <source>Browse the orchestrations of an eGain Conversation Hub tenant. Try the demo to explore a simulated tenant with a few thousand orchestrations, or add a connection to your own tenant.</source>
        <translation>Explore las orquestaciones de un inquilino de eGain Conversation Hub. Pruebe la demostración para explorar un inquilino simulado con unos miles de orquestaciones, o agregue una conexión a su propio inquilino.</translation>
    </message>
</context>
<context>
    <name>hubsim</name>
    <message>
        <source>A simulated eGain Conversation Hub (token endpoint and GET /orchestrations) on loopback.
The client secret is read from the environment variable HUBSIM_CLIENT_SECRET (default: the demo secret), never from the command line.

</source>
        <translation>Un eGain Conversation Hub simulado (punto de conexión de tokens y GET /orchestrations) en la interfaz de bucle invertido.
El secreto de cliente se lee de la variable de entorno HUBSIM_CLIENT_SECRET (por defecto: el secreto de demostración), nunca de la línea de comandos.

</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>Puerto en 127.0.0.1 (por defecto: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Orchestrations to generate (default 2000).</source>
        <translation>Orquestaciones que se generan (por defecto 2000).</translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation>Semilla de los datos generados (por defecto 1).</translation>
    </message>
    <message>
        <source>Serve the orchestrations in FILE (array, page or export).</source>
        <translation>Servir las orquestaciones de FILE (matriz, página o exportación).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Latency added to every response.</source>
        <translation>Latencia añadida a cada respuesta.</translation>
    </message>
    <message>
        <source>Latency varies by +/- this much.</source>
        <translation>La latencia varía en +/- esta cantidad.</translation>
    </message>
    <message>
        <source>Default page size (default 25).</source>
        <translation>Tamaño de página por defecto (por defecto 25).</translation>
    </message>
    <message>
        <source>Largest page size granted (default 75).</source>
        <translation>Mayor tamaño de página concedido (por defecto 75).</translation>
    </message>
    <message>
        <source>Answer empty results with 204 No Content.</source>
        <translation>Responder a los resultados vacíos con 204 No Content.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600).</source>
        <translation>Duración del token de acceso en segundos (por defecto 3600).</translation>
    </message>
    <message>
        <source>The client id (default demo-client).</source>
        <translation>El ID de cliente (por defecto demo-client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A fault to inject; may be repeated. See below.</source>
        <translation>Un fallo que se inyecta; se puede repetir. Vea más abajo.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Log every request (method, path, status).</source>
        <translation>Registrar cada solicitud (método, ruta, estado).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;
</source>
        <translation>--%1 necesita un número entero de al menos %2, no «%3»
</translation>
    </message>
    <message>
        <source>--port must be at most 65535
</source>
        <translation>--port debe ser como máximo 65535
</translation>
    </message>
    <message>
        <source>hubsim serving %1 orchestrations
</source>
        <translation>hubsim sirve %1 orquestaciones
</translation>
    </message>
    <message>
        <source>  base URL:        %1
</source>
        <translation>  URL base:               %1
</translation>
    </message>
    <message>
        <source>  token URL:       %1
</source>
        <translation>  URL del token:          %1
</translation>
    </message>
    <message>
        <source>  client id:       %1 (secret from HUBSIM_CLIENT_SECRET or the demo secret)
</source>
        <translation>  ID de cliente:          %1 (secreto de HUBSIM_CLIENT_SECRET o el secreto de demostración)
</translation>
    </message>
    <message>
        <source>  scopes:          %1
</source>
        <translation>  ámbitos:                %1
</translation>
    </message>
    <message>
        <source>  redirect target: %1
</source>
        <translation>  destino de redirección: %1
</translation>
    </message>
    <message>
        <source>  fault:           %1
</source>
        <translation>  fallo:                  %1
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>Pulse Ctrl+C para detenerse.
</translation>
    </message>
</context>
<context>
    <name>hubsim::Dataset</name>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>No se puede leer el conjunto de datos %1: %2</translation>
    </message>
    <message>
        <source>The dataset %1 is not usable: %2</source>
        <translation>El conjunto de datos %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON array of orchestrations or an object with an &quot;orchestration&quot; array</source>
        <translation>se esperaba una matriz JSON de orquestaciones o un objeto con una matriz «orchestration»</translation>
    </message>
    <message>
        <source>orchestration %1 is not a JSON object</source>
        <translation>la orquestación %1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>the &quot;orchestration&quot; member is written in a form the simulator cannot read</source>
        <translation>el miembro «orchestration» está escrito de una forma que el simulador no puede leer</translation>
    </message>
    <message>
        <source>the orchestrations could not be separated</source>
        <translation>no se pudieron separar las orquestaciones</translation>
    </message>
</context>
<context>
    <name>hubsim::FaultRule</name>
    <message>
        <source>Bad fault &quot;%1&quot;: %2</source>
        <translation>Fallo incorrecto «%1»: %2</translation>
    </message>
    <message>
        <source>expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]</source>
        <translation>se esperaba NAME[xTIMES][@PAGE][:KEY=VALUE,...]</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation>%1 no es un estado HTTP</translation>
    </message>
    <message>
        <source>unknown fault name &quot;%1&quot;</source>
        <translation>nombre de fallo desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation>%1 necesita un número entero</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 no puede ser negativo</translation>
    </message>
    <message>
        <source>expires needs a JSON value</source>
        <translation>expires necesita un valor JSON</translation>
    </message>
    <message>
        <source>shape is one of array, count, records, pagination, nocount</source>
        <translation>shape es uno de array, count, records, pagination, nocount</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
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
        <translation>Fallos: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES por defecto 1, * = siempre;
@PAGE = solo las solicitudes de esa página). NAME es uno de:
  500 502 503 504 (cualquier estado)  responder con ese estado
  429            Too Many Requests; retry-after=SEGUNDOS, http-date
  302 (cualquier 3xx), redirect  redirigir al servicio de escucha del otro host
  latency        retraso; ms=, jitter=
  trickle        cuerpo lento; ms= (intervalo), chunk= (bytes)
  reset          reinicio TCP a mitad del cuerpo; bytes= enviados antes (por defecto, la mitad)
  truncate       cuerpo más corto que Content-Length y cierre; bytes=
  malformed      cuerpo que no es JSON
  wrongtypes     JSON válido con forma incorrecta; shape=array|count|records|pagination|nocount
  oversized      cuerpo válido enorme; bytes=
  ignorepaging   siempre la página 1 con el tamaño por defecto
  countdrift     paginationInfo.count cambia; delta=
  endless        páginas que nunca terminan: siempre llenas, ids nuevos, count 10^12
  drop           cerrar la conexión sin responder
  gzipbomb       cuerpo gzip que se expande a bytes= de JSON válido (por defecto 64 MiB)
  gzipcut        página gzip cortada antes de su Content-Length y cierre; bytes=
  token500 (token + cualquier estado)  falla el punto de conexión de tokens
  tokenlatency   el punto de conexión de tokens responde tarde; ms=, jitter=
  tokenexpiry    el punto de conexión de tokens declara otro expires_in; expires=JSON (1e300)
Ejemplos: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</translation>
    </message>
</context>
<context>
    <name>hubsim::HubSimulator</name>
    <message>
        <source>The simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation>El simulador no puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation>El recurso solicitado no existe.</translation>
    </message>
    <message>
        <source>This operation is not supported.</source>
        <translation>Esta operación no es compatible.</translation>
    </message>
    <message>
        <source>Your session is not valid. Please sign in again.</source>
        <translation>Su sesión no es válida. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to view orchestrations.</source>
        <translation>No tiene permiso para ver orquestaciones.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La solicitud no es válida.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later.</source>
        <translation>Algo salió mal. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait and try again.</source>
        <translation>Demasiadas solicitudes. Espere y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TLS is not available (Qt TLS backends: %1): connections to https:// tenants will fail; the demo still works. Reinstall the console, or install OpenSSL 3.</source>
        <translation>TLS no está disponible (back-ends TLS de Qt: %1): las conexiones a inquilinos https:// fallarán; la demostración sigue funcionando. Reinstale la consola o instale OpenSSL 3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>TLS is not available</source>
        <translation>TLS no está disponible</translation>
    </message>
</context>
</TS>
