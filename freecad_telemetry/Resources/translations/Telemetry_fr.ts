<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Télémétrie de FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Voulez-vous aider à améliorer FreeCAD&#xa0;?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>Le projet FreeCAD aimerait savoir comment FreeCAD est utilisé, afin de décider sur quoi travailler. Rien n&apos;est envoyé si vous ne le choisissez pas ici. Cochez ce que vous acceptez de partager&#xa0;:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Nouveautés dans les catégories que vous partagez&#xa0;:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Afficher exactement ce qui serait envoyé…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Ce qui est partagé est anonyme&#xa0;: un identifiant aléatoire créé à cet effet, aucun nom de vos fichiers, aucune localisation. Vous pouvez à tout moment modifier votre choix, voir ce qui a été envoyé et en demander la suppression dans Édition → Préférences → Télémétrie.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Ne pas partager</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Demander une copie de mes données de télémétrie</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>Le projet FreeCAD peut vous envoyer une copie de tout ce que ses serveurs conservent pour votre identifiant anonyme. La demande est un e-mail rédigé pour vous&#xa0;; votre adresse ne sert qu&apos;à y répondre.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Identifiant anonyme&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Votre adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Saisissez l&apos;adresse à laquelle la copie doit être envoyée.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Remarque (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Ou conservez votre propre copie de ce que cet ordinateur a envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Enregistrer ce que cet ordinateur a envoyé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Rédiger la demande…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Supprimer mes données de télémétrie</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Supprimer vos données des serveurs du projet FreeCAD&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Demander la suppression</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>ce qu&apos;enverra le prochain démarrage (les catégories que vous avez acceptées)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>vous avez refusé&#xa0;: rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>rien n&apos;est envoyé tant que vous n&apos;avez pas choisi Partager&#xa0;; voici ce qu&apos;enverrait le partage de toutes les catégories</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>rien n&apos;est envoyé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK est défini</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 est défini</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>un environnement CI a été détecté ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Utilisation de base</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>le démarrage et l&apos;arrêt de FreeCAD (et si l&apos;arrêt s&apos;est fait normalement), la durée d&apos;une session, les versions de FreeCAD et de l&apos;extension de télémétrie</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informations système</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>famille et version majeure du système d&apos;exploitation, architecture du processeur, versions de Python et de Qt, catégorie de taille d&apos;écran et rapport de pixels</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>une liste fixe de paramètres de FreeCAD&#xa0;: langue, thème, unités, style de navigation, choix d&apos;ateliers, disposition des panneaux et quelques options de Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Extensions installées</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>les noms des extensions installées publiées dans un dépôt public, et le nombre des autres</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>au démarrage, s&apos;il a changé depuis son dernier envoi ou si une semaine s&apos;est écoulée</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>à chaque démarrage de l&apos;interface graphique de FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>à une fermeture normale</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>au démarrage qui suit une session terminée sans fermeture normale (plantage, arrêt forcé, coupure de courant)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>La télémétrie de FreeCAD peut désormais collecter davantage</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Vous partagez&#xa0;: {shared}. Cette version de l&apos;extension de télémétrie peut aussi envoyer ce qui est listé ci-dessous. Tant que vous n&apos;avez pas donné votre accord, seul ce que vous aviez accepté auparavant est envoyé.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Nouvelles catégories que vous pouvez cocher&#xa0;:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>envoyé {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Partager aussi les nouveautés</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Conserver mon choix actuel</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Enregistrer ce que cet ordinateur a envoyé</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Une erreur s&apos;est produite&#xa0;:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>La copie sera envoyée à cette adresse.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Ce n&apos;est pas encore une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Saisissez l&apos;adresse à laquelle la copie doit être envoyée.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la demande…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Votre logiciel de messagerie devrait maintenant afficher la demande, déjà remplie. Envoyez-la depuis celui-ci&#xa0;; la réponse arrivera à {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Demande envoyée. La copie sera envoyée par e-mail à {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>La demande n&apos;a pas pu être envoyée ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n événement enregistré dans {path}.</numerusform>
            <numerusform>%n événements enregistrés dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Veuillez écrire vous-même à {address} pour demander une copie au format {fmt} des données de l&apos;identifiant anonyme {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Date d&apos;envoi (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identifiant de l&apos;événement</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>La télémétrie a été désinstallée. Veuillez redémarrer FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Impossible d&apos;afficher les paramètres de télémétrie&#xa0;:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Non utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Rien n&apos;est envoyé depuis cet ordinateur, quel que soit votre choix&#xa0;:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Pas encore décidé&#xa0;: rien n&apos;est envoyé tant que vous n&apos;avez pas fait votre choix.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Cochez au moins une catégorie ou choisissez «&#xa0;Ne rien partager&#xa0;».</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Ajoutés par une mise à jour et non envoyés tant que vous ne les avez pas acceptés&#xa0;: {items}. Enregistrer ici une modification des catégories vaut acceptation de ces éléments.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Ceci demande au projet FreeCAD de supprimer tous les événements envoyés avec votre identifiant anonyme&#xa0;:
{id}

Cette action est irréversible. Dès que le serveur l&apos;a confirmée, cet ordinateur reçoit un nouvel identifiant anonyme et son historique des événements envoyés est effacé. La télémétrie reste activée ou désactivée comme vous l&apos;avez réglée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Suppression demandée</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>La demande sera envoyée plus tard</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>La demande n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>Le serveur du projet FreeCAD a accepté la demande. Il supprime les données de l&apos;identifiant ci-dessous (cela peut prendre quelques jours)&#xa0;:
{old}

L&apos;historique des événements envoyés de cet ordinateur a été effacé, et celui-ci utilise désormais un nouvel identifiant anonyme&#xa0;:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>La demande n&apos;a pas abouti ({detail}). Elle est conservée et renvoyée à chaque démarrage de FreeCAD, jusqu&apos;à ce que le serveur la confirme. Les événements pas encore envoyés avec cet identifiant ont été supprimés.

Vous pouvez aussi écrire à {address} pour demander la suppression, en indiquant votre identifiant anonyme&#xa0;:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Le serveur a refusé la demande ({detail}).

Veuillez écrire à {address} pour demander la suppression, en indiquant votre identifiant anonyme&#xa0;:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Exactement ce qui serait envoyé</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Impossible de préparer l&apos;aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Cet ordinateur n&apos;a pas encore d&apos;identifiant anonyme&#xa0;: rien n&apos;a donc été envoyé depuis celui-ci. Un identifiant est créé au premier démarrage après que vous avez choisi de partager.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Une demande de suppression pour l&apos;identifiant {id} est en attente d&apos;envoi (depuis le {since}&#xa0;; dernier essai&#xa0;: {error}). FreeCAD réessaie à chaque démarrage.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Réinitialiser l&apos;identifiant anonyme</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Désormais, ce qui est envoyé portera un nouvel identifiant aléatoire, sans lien avec ce qui a été envoyé auparavant. Ce qui a déjà été envoyé reste sur le serveur (demandez-en la suppression pour cela). Réinitialiser l&apos;identifiant&#xa0;?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n événement envoyé depuis cet ordinateur, le plus récent en premier.</numerusform>
            <numerusform>%n événements envoyés depuis cet ordinateur, les plus récents en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Rien n&apos;a été envoyé depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Impossible de lire l&apos;historique des événements envoyés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Partager des données d&apos;utilisation anonymes avec le projet FreeCAD&#xa0;:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Ne rien partager</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Ce qui est envoyé</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Identifiant anonyme&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Réinitialiser l&apos;ID…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Afficher ce qu&apos;enverra le prochain démarrage…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Afficher ce qui a été envoyé</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Vos données sur les serveurs du projet FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Demander une copie de mes données…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Demander la suppression de mes données…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Avancé (pris en compte au prochain démarrage)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Clé du projet&#xa0;:</translation>
    </message>
</context>
</TS>
