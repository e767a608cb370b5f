<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>Telemetria do FreeCAD</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>Deseja ajudar a melhorar o FreeCAD?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>O projeto FreeCAD gostaria de saber como o FreeCAD é usado, para decidir no que trabalhar. Nada é enviado a menos que você escolha aqui. Marque o que você aceita compartilhar:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Novidades nas categorias que você compartilha:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Mostrar exatamente o que seria enviado…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>O que é compartilhado é anônimo: um identificador aleatório criado para esta finalidade, sem nomes dos seus arquivos, sem localização. Você pode alterar sua escolha, ver o que foi enviado e pedir a remoção a qualquer momento em Editar → Preferências → Telemetria.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Não compartilhar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Solicitar uma cópia dos meus dados de telemetria</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>O projeto FreeCAD pode enviar a você uma cópia de tudo o que os servidores do projeto guardam associado ao seu identificador anônimo. A solicitação é um e-mail já redigido para você; seu endereço é usado apenas para respondê-la.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Identificador anônimo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>Seu endereço de e-mail:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Digite o endereço para o qual a cópia deve ser enviada.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Observação (opcional):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Ou guarde sua própria cópia do que este computador enviou:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Salvar o que este computador enviou…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Redigir a solicitação…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Remover meus dados de telemetria</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Remover seus dados dos servidores do projeto FreeCAD?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Solicitar remoção</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>o que a próxima inicialização envia (as categorias que você autorizou)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>você recusou: nada é enviado</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>nada é enviado até que você escolha Compartilhar; isto é o que seria enviado se você compartilhasse todas as categorias</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>nada é enviado: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>a variável DO_NOT_TRACK está definida</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 está definido</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>um ambiente de CI foi detectado ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Uso básico</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>que o FreeCAD foi iniciado e encerrado (e se foi encerrado corretamente), quanto tempo durou uma sessão, as versões do FreeCAD e deste complemento</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informações do sistema</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>família e versão principal do sistema operacional, arquitetura do processador, versões do Python e do Qt, classe de tamanho da tela e proporção de pixels</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>uma lista fixa de configurações do FreeCAD: idioma, tema, unidades, estilo de navegação, bancadas de trabalho escolhidas, disposição dos painéis e algumas opções do Sketcher</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Complementos instalados</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>os nomes dos complementos instalados que estão publicados em um repositório público e a contagem dos demais</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>em uma inicialização, se mudou desde o último envio ou se já passou uma semana</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>a cada inicialização da interface gráfica do FreeCAD</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>ao sair corretamente do FreeCAD</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>na inicialização após uma sessão que terminou sem sair corretamente (falha, encerramento forçado, queda de energia)</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>A telemetria do FreeCAD agora pode coletar mais dados</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Você compartilha: {shared}. Esta versão do complemento de telemetria também pode enviar o que está listado abaixo. Até que você concorde, só é enviado o que você já havia aceitado antes.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada ainda</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>Novas categorias que você pode marcar:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>enviado {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Compartilhar também os novos itens</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Manter minha escolha atual</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Salvar o que este computador enviou</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar a solicitação</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Algo deu errado:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>A cópia será enviada para este endereço.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Isto ainda não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Digite o endereço para o qual a cópia deve ser enviada.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Enviando a solicitação…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>Seu programa de e-mail deve mostrar agora a solicitação já preenchida. Envie-a de lá; a resposta chegará em {email}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Solicitação enviada. A cópia será enviada por e-mail para {email}.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Não foi possível enviar a solicitação ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n evento salvo em {path}.</numerusform>
            <numerusform>%n eventos salvos em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Não funcionou:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Escreva você mesmo para {address}, pedindo uma cópia em formato {fmt} dos dados do identificador anônimo {id}.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Data de envio (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identificador do evento</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>A telemetria foi desinstalada. Reinicie o FreeCAD.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Não foi possível mostrar as configurações de telemetria:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Não será usado:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Nada é enviado deste computador, seja qual for a sua escolha:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Ainda não decidido: nada é enviado até que você escolha.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>Marque pelo menos uma categoria ou escolha Não compartilhar nada.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Adicionado por uma atualização; não é enviado até que você concorde: {items}. Salvar aqui uma alteração de categorias significa concordar com isso.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Isto pede ao projeto FreeCAD que exclua todos os eventos enviados com o seu identificador anônimo:
{id}

Não é possível desfazer. Assim que o servidor confirmar, este computador receberá um novo identificador anônimo e o registro de eventos enviados dele será apagado. A telemetria continua ativada ou desativada conforme você a configurou.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Remoção solicitada</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>A solicitação será enviada mais tarde</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>A solicitação não foi aceita</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>O servidor do projeto FreeCAD aceitou a solicitação. Ele excluirá os dados do identificador abaixo (isso pode levar alguns dias):
{old}

O registro de eventos enviados deste computador foi apagado, e ele agora usa um novo identificador anônimo:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>A solicitação não pôde ser enviada ({detail}). Ela fica guardada e é enviada novamente a cada inicialização do FreeCAD, até que o servidor a confirme. Os eventos ainda não enviados com este identificador foram descartados.

Você também pode escrever para {address}, pedindo a remoção e informando seu identificador anônimo:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>O servidor recusou a solicitação ({detail}).

Escreva para {address}, pedindo a remoção e informando seu identificador anônimo:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Gerando a pré-visualização…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Exatamente o que seria enviado</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Não foi possível gerar a pré-visualização:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Este computador ainda não tem um identificador anônimo, então nada foi enviado dele. Um será criado na primeira inicialização depois que você escolher compartilhar.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>Uma solicitação de remoção para o identificador {id} está aguardando envio (desde {since}; última tentativa: {error}). O FreeCAD tenta novamente a cada inicialização.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Redefinir o identificador anônimo</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>A partir de agora, o que for enviado terá um novo identificador aleatório, sem ligação com o que foi enviado antes. O que foi enviado antes permanece no servidor (para apagá-lo, solicite a remoção). Redefinir o identificador?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>%n evento enviado deste computador, o mais recente primeiro.</numerusform>
            <numerusform>%n eventos enviados deste computador, os mais recentes primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Nada foi enviado deste computador.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Não foi possível ler o registro de eventos enviados:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetria</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartilhamento</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Compartilhar dados de uso anônimos com o projeto FreeCAD:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Não compartilhar nada</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>O que é enviado</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Identificador anônimo:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Redefinir identificador…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Mostrar o que a próxima inicialização envia…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Mostrar o que foi enviado</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>Seus dados nos servidores do projeto FreeCAD</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Solicitar uma cópia dos meus dados…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Solicitar a remoção dos meus dados…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Avançado (entra em vigor na próxima inicialização)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Chave do projeto:</translation>
    </message>
</context>
</TS>
