<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Telemetría de FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>¿Desea ayudar a mejorar FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Al proyecto FreeCAD le gustaría saber cómo se usa FreeCAD, para decidir en qué trabajar. No se envía nada a menos que usted lo elija aquí. Marque lo que acepta compartir:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Novedades en las categorías que comparte:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Mostrar exactamente lo que se enviaría…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Lo que se comparte es anónimo: un identificador aleatorio creado para este fin, sin nombres de sus archivos ni ubicación. En cualquier momento puede cambiar su elección, ver lo que se ha enviado y solicitar su eliminación en Editar → Preferencias → Telemetría.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>No compartir</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Solicitar una copia de mis datos de telemetría</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>El proyecto FreeCAD puede enviarle una copia de todo lo que los servidores del proyecto guardan asociado a su identificador anónimo. La solicitud es un correo electrónico ya redactado para usted; su dirección solo se usa para responderla.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Identificador anónimo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Su dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Introduzca la dirección a la que se debe enviar la copia.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Nota (opcional):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>O guarde su propia copia de lo que ha enviado este equipo:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Guardar lo enviado por este equipo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Redactar la solicitud…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetría</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Eliminar mis datos de telemetría</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>¿Eliminar sus datos de los servidores del proyecto FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Solicitar eliminación</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>lo que enviará el próximo inicio (las categorías que ha autorizado)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>lo ha rechazado: no se envía nada</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>no se envía nada hasta que elija Compartir; esto es lo que se enviaría si compartiera todas las categorías</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>no se envía nada: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>la variable DO_NOT_TRACK está definida</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>se ha definido FREECAD_TELEMETRY=0</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>se ha detectado un entorno de CI ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Uso básico</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>que FreeCAD se inició y se cerró (y si se cerró correctamente), cuánto duró una sesión, las versiones de FreeCAD y de este complemento</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Información del sistema</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>familia y versión principal del sistema operativo, arquitectura del procesador, versiones de Python y Qt, clase de tamaño de pantalla y relación de píxeles</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>una lista fija de ajustes de FreeCAD: idioma, tema, unidades, estilo de navegación, bancos de trabajo elegidos, disposición de los paneles y algunas opciones de Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Complementos instalados</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>los nombres de los complementos instalados que están publicados en un repositorio público, y el número de los demás</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>al iniciar, si ha cambiado desde el último envío o si ha pasado una semana</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>en cada inicio de la interfaz gráfica de FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>al cerrar FreeCAD correctamente</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>al iniciar tras una sesión que terminó sin cerrarse correctamente (fallo, cierre forzado, corte de corriente)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>La telemetría de FreeCAD ahora puede recopilar más datos</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Usted comparte: {shared}. Esta versión del complemento de telemetría también puede enviar lo que se indica a continuación. Mientras no lo acepte, solo se envía lo que ya había aceptado antes.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Nuevas categorías que puede marcar:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>se envía {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Compartir también lo nuevo</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Mantener mi elección actual</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Guardar lo enviado por este equipo</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Se ha producido un error:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>La copia se enviará a esta dirección.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Esto todavía no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Introduzca la dirección a la que se debe enviar la copia.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Su programa de correo debería mostrar ahora la solicitud ya rellenada. Envíela desde allí; la respuesta llegará a {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Solicitud enviada. La copia se enviará por correo electrónico a {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>No se ha podido enviar la solicitud ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Se ha guardado %n evento en {path}.</numerusform>
            <numerusform>Se han guardado %n eventos en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>No ha funcionado:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Escriba usted mismo a {address} para solicitar una copia en formato {fmt} de los datos del identificador anónimo {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Fecha de envío (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identificador del evento</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Se ha desinstalado la telemetría. Reinicie FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetría</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>No se ha podido mostrar la configuración de telemetría:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>No se usará:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Desde este equipo no se envía nada, elija lo que elija:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Aún sin decidir: no se envía nada hasta que elija.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Marque al menos una categoría o elija No compartir nada.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Añadido por una actualización; no se envía hasta que lo acepte: {items}. Guardar aquí un cambio de categorías implica aceptarlo.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Esto solicita al proyecto FreeCAD que elimine todos los eventos enviados con su identificador anónimo:
{id}

No se puede deshacer. Cuando el servidor lo confirme, este equipo recibirá un nuevo identificador anónimo y se borrará su registro de eventos enviados. La telemetría seguirá activada o desactivada tal como usted la haya configurado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Eliminación solicitada</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>La solicitud se enviará más tarde</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>La solicitud no ha sido aceptada</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>El servidor del proyecto FreeCAD ha aceptado la solicitud. Eliminará los datos del siguiente identificador (puede tardar unos días):
{old}

Se ha borrado el registro de eventos enviados de este equipo, que ahora usa un nuevo identificador anónimo:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>La solicitud no se ha podido enviar ({detail}). Se conserva y se volverá a enviar cada vez que se inicie FreeCAD, hasta que el servidor la confirme. Se han descartado los eventos con este identificador que aún no se habían enviado.

También puede escribir a {address} para solicitar la eliminación, indicando su identificador anónimo:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>El servidor ha rechazado la solicitud ({detail}).

Escriba a {address} para solicitar la eliminación, indicando su identificador anónimo:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Generando la vista previa…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Exactamente lo que se enviaría</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>No se ha podido generar la vista previa:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Este equipo todavía no tiene identificador anónimo, por lo que no se ha enviado nada desde él. Se creará uno en el primer inicio después de que elija compartir.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Hay una solicitud de eliminación del identificador {id} pendiente de envío (desde {since}; último intento: {error}). FreeCAD lo vuelve a intentar en cada inicio.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Restablecer el identificador anónimo</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>A partir de ahora, lo que se envíe llevará un nuevo identificador aleatorio, sin relación con lo enviado anteriormente. Lo enviado anteriormente permanece en el servidor (si quiere que se borre, solicite su eliminación). ¿Restablecer el identificador?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n evento enviado desde este equipo, el más reciente primero.</numerusform>
            <numerusform>%n eventos enviados desde este equipo, los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>No se ha enviado nada desde este equipo.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>No se ha podido leer el registro de eventos enviados:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetría</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir datos</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Compartir datos de uso anónimos con el proyecto FreeCAD:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>No compartir nada</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Qué se envía</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Identificador anónimo:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Restablecer identificador…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Mostrar lo que enviará el próximo inicio…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Mostrar lo enviado</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Sus datos en los servidores del proyecto FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Solicitar una copia de mis datos…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Solicitar la eliminación de mis datos…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Avanzado (se aplica en el próximo inicio)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Clave del proyecto:</translation>
    </message>
</context>
</TS>
