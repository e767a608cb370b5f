<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
