<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Telemetry</name>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n event to {path}.</numerusform>
            <numerusform>Saved %n events to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n event sent from this computer, newest first.</numerusform>
            <numerusform>%n events sent from this computer, newest first.</numerusform>
        </translation>
    </message>
</context>
</TS>
