<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ConsentForm</name>
    <message>
        <source>FreeCAD telemetry</source>
        <translation>FreeCAD telemetrisi</translation>
    </message>
    <message>
        <source>Help improve FreeCAD?</source>
        <translation>FreeCAD&apos;in geliştirilmesine yardımcı olmak ister misiniz?</translation>
    </message>
    <message>
        <source>The FreeCAD project would like to learn how FreeCAD is used, to decide what to work on. Nothing is sent unless you choose it here. Tick what you are willing to share:</source>
        <translation>FreeCAD projesi, hangi çalışmalara öncelik vereceğine karar verebilmek için FreeCAD&apos;in nasıl kullanıldığını öğrenmek istiyor. Burada siz seçmedikçe hiçbir şey gönderilmez. Paylaşmayı kabul ettiklerinizi işaretleyin:</translation>
    </message>
    <message>
        <source>New in the categories you share:</source>
        <translation>Paylaştığınız kategorilerdeki yenilikler:</translation>
    </message>
    <message>
        <source>Show exactly what would be sent…</source>
        <translation>Tam olarak neyin gönderileceğini göster…</translation>
    </message>
    <message>
        <source>What is shared is anonymous: a random id made for this purpose, no names of your files, no location. You can change your choice, see what was sent and ask for its removal at any time in Edit → Preferences → Telemetry.</source>
        <translation>Paylaşılan veriler anonimdir: bu amaçla oluşturulmuş rastgele bir kimlik kullanılır; dosyalarınızın adları ve konum bilgisi gönderilmez. Seçiminizi değiştirmek, nelerin gönderildiğini görmek ve silinmelerini istemek için istediğiniz zaman Düzenle → Tercihler → Telemetri bölümünü kullanabilirsiniz.</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Paylaşma</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Paylaş</translation>
    </message>
</context>
<context>
    <name>DataCopyForm</name>
    <message>
        <source>Request a copy of my telemetry data</source>
        <translation>Telemetri verilerimin bir kopyasını iste</translation>
    </message>
    <message>
        <source>The FreeCAD project can send you a copy of everything its servers keep for your anonymous id. The request is an e-mail written for you; your address is used only to answer it.</source>
        <translation>FreeCAD projesi, sunucularında anonim kimliğiniz için tutulan her şeyin bir kopyasını size gönderebilir. Talep, sizin için hazırlanmış bir e-postadır; adresiniz yalnızca bu talebi yanıtlamak için kullanılır.</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonim kimlik:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>E-posta adresiniz:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Kopyanın gönderileceği adresi girin.</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Not (isteğe bağlı):</translation>
    </message>
    <message>
        <source>Or keep your own copy of what this computer sent:</source>
        <translation>Ya da bu bilgisayarın gönderdiklerinin bir kopyasını kendiniz saklayın:</translation>
    </message>
    <message>
        <source>Save what this computer sent…</source>
        <translation>Bu bilgisayarın gönderdiklerini kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Write the request…</source>
        <translation>Talebi hazırla…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetri</translation>
    </message>
</context>
<context>
    <name>RemovalForm</name>
    <message>
        <source>Remove my telemetry data</source>
        <translation>Telemetri verilerimi sil</translation>
    </message>
    <message>
        <source>Remove your data from the FreeCAD project&apos;s servers?</source>
        <translation>Verileriniz FreeCAD projesinin sunucularından silinsin mi?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Request removal</source>
        <translation>Silinmesini iste</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>what the next start sends (the categories you granted)</source>
        <translation>bir sonraki başlatmada gönderilecekler (izin verdiğiniz kategoriler)</translation>
    </message>
    <message>
        <source>you declined: nothing is sent</source>
        <translation>reddettiniz: hiçbir şey gönderilmez</translation>
    </message>
    <message>
        <source>nothing is sent until you choose Share; this is what sharing every category would send</source>
        <translation>Paylaş&apos;ı seçene kadar hiçbir şey gönderilmez; tüm kategorileri paylaşırsanız gönderilecek olanlar bunlardır</translation>
    </message>
    <message>
        <source>nothing is sent: {reason}</source>
        <translation>hiçbir şey gönderilmez: {reason}</translation>
    </message>
    <message>
        <source>DO_NOT_TRACK is set</source>
        <translation>DO_NOT_TRACK ayarlanmış</translation>
    </message>
    <message>
        <source>FREECAD_TELEMETRY=0 is set</source>
        <translation>FREECAD_TELEMETRY=0 ayarlanmış</translation>
    </message>
    <message>
        <source>a CI environment was detected ({name})</source>
        <translation>bir CI ortamı algılandı ({name})</translation>
    </message>
    <message>
        <source>Basic usage</source>
        <translation>Temel kullanım</translation>
    </message>
    <message>
        <source>that FreeCAD started and stopped (and whether it stopped cleanly), how long a session lasted, the versions of FreeCAD and of this add-on</source>
        <translation>FreeCAD&apos;in başlatılıp kapatıldığı (ve düzgün kapanıp kapanmadığı), bir oturumun ne kadar sürdüğü, FreeCAD&apos;in ve bu eklentinin sürümleri</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Sistem bilgileri</translation>
    </message>
    <message>
        <source>operating system family and major release, processor architecture, Python and Qt versions, screen size class and pixel ratio</source>
        <translation>işletim sistemi ailesi ve ana sürümü, işlemci mimarisi, Python ve Qt sürümleri, ekran boyutu sınıfı ve piksel oranı</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>a fixed list of FreeCAD settings: language, theme, units, navigation style, workbench choices, panel layout and a few Sketcher options</source>
        <translation>FreeCAD ayarlarından oluşan sabit bir liste: dil, tema, birimler, gezinme stili, çalışma tezgahı seçimleri, panel düzeni ve birkaç Sketcher seçeneği</translation>
    </message>
    <message>
        <source>Installed add-ons</source>
        <translation>Yüklü eklentiler</translation>
    </message>
    <message>
        <source>the names of installed add-ons published in a public repository, and counts of the others</source>
        <translation>yüklü eklentilerden herkese açık bir depoda yayımlanmış olanların adları ve diğerlerinin sayısı</translation>
    </message>
    <message>
        <source>a start when it changed since it was last sent, or a week has passed</source>
        <translation>son gönderimden bu yana değişmişse ya da bir hafta geçmişse, bir başlatmada</translation>
    </message>
    <message>
        <source>each start of the FreeCAD GUI</source>
        <translation>FreeCAD grafik arayüzünün her başlatılışında</translation>
    </message>
    <message>
        <source>a clean quit</source>
        <translation>FreeCAD düzgün şekilde kapatıldığında</translation>
    </message>
    <message>
        <source>the start after a session that ended without a clean quit (crash, kill, power loss)</source>
        <translation>düzgün kapatılmadan sona eren bir oturumdan (çökme, zorla sonlandırma, elektrik kesintisi) sonraki başlatmada</translation>
    </message>
    <message>
        <source>FreeCAD telemetry can now collect more</source>
        <translation>FreeCAD telemetrisi artık daha fazlasını toplayabilir</translation>
    </message>
    <message>
        <source>You share: {shared}. This version of the telemetry add-on can also send what is listed below. Until you agree, only what you agreed to before is sent.</source>
        <translation>Paylaştıklarınız: {shared}. Telemetri eklentisinin bu sürümü aşağıda listelenenleri de gönderebilir. Siz onay verene kadar yalnızca daha önce onayladıklarınız gönderilir.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>henüz hiçbir şey</translation>
    </message>
    <message>
        <source>New categories you may tick:</source>
        <translation>İşaretleyebileceğiniz yeni kategoriler:</translation>
    </message>
    <message>
        <source>sent at {when}</source>
        <translation>gönderim zamanı: {when}</translation>
    </message>
    <message>
        <source>Share the new items too</source>
        <translation>Yeni öğeleri de paylaş</translation>
    </message>
    <message>
        <source>Keep my current choice</source>
        <translation>Mevcut seçimimi koru</translation>
    </message>
    <message>
        <source>Save what this computer sent</source>
        <translation>Bu bilgisayarın gönderdiklerini kaydet</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Talebi gönder</translation>
    </message>
    <message>
        <source>Something went wrong:</source>
        <translation>Bir sorun oluştu:</translation>
    </message>
    <message>
        <source>The copy will be sent here.</source>
        <translation>Kopya bu adrese gönderilecek.</translation>
    </message>
    <message>
        <source>This is not an e-mail address yet.</source>
        <translation>Bu henüz geçerli bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>Enter the address the copy should be sent to.</source>
        <translation>Kopyanın gönderileceği adresi girin.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Talep gönderiliyor…</translation>
    </message>
    <message>
        <source>Your mail program should now show the request, filled in. Send it from there; the answer comes to {email}.</source>
        <translation>E-posta programınız şimdi talebi doldurulmuş olarak göstermeli. Talebi oradan gönderin; yanıt {email} adresine gelecek.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Request sent. The copy will be e-mailed to {email}.</source>
        <translation>Talep gönderildi. Kopya {email} adresine e-postayla gönderilecek.</translation>
    </message>
    <message>
        <source>The request could not be sent ({detail}).</source>
        <translation>Talep gönderilemedi ({detail}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>%n olay {path} konumuna kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This did not work:</source>
        <translation>Bu işlem başarısız oldu:</translation>
    </message>
    <message>
        <source>Please write to {address} yourself, asking for a copy in {fmt} of the data of the anonymous id {id}.</source>
        <translation>Lütfen {address} adresine kendiniz yazarak {id} anonim kimliğine ait verilerin {fmt} biçiminde bir kopyasını isteyin.</translation>
    </message>
    <message>
        <source>Sent at (UTC)</source>
        <translation>Gönderim zamanı (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Olay kimliği</translation>
    </message>
    <message>
        <source>Telemetry was uninstalled. Restart FreeCAD.</source>
        <translation>Telemetri eklentisi kaldırıldı. FreeCAD&apos;i yeniden başlatın.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetri</translation>
    </message>
    <message>
        <source>The telemetry settings could not be shown:</source>
        <translation>Telemetri ayarları gösterilemedi:</translation>
    </message>
    <message>
        <source>Not used:</source>
        <translation>Kullanılmıyor:</translation>
    </message>
    <message>
        <source>Nothing is sent from this computer whatever you choose:</source>
        <translation>Seçiminiz ne olursa olsun bu bilgisayardan hiçbir şey gönderilmez:</translation>
    </message>
    <message>
        <source>Not decided yet: nothing is sent until you choose.</source>
        <translation>Henüz karar verilmedi: siz seçim yapana kadar hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Tick at least one category, or choose Don&apos;t share anything.</source>
        <translation>En az bir kategori işaretleyin ya da “Hiçbir şey paylaşma” seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Added by an update and not sent until you agree: {items}. Saving a change of categories here agrees to them.</source>
        <translation>Bir güncellemeyle eklenen ve siz onaylayana kadar gönderilmeyenler: {items}. Burada kategorilerde yaptığınız bir değişikliği kaydetmek, bunları da onaylamanız anlamına gelir.</translation>
    </message>
    <message>
        <source>This asks the FreeCAD project to delete every event sent with your anonymous id:
{id}

It cannot be undone. Once the server confirms, this computer gets a new anonymous id and its record of sent events is cleared. Whether telemetry is on stays as you set it.</source>
        <translation>Bu işlem, FreeCAD projesinden anonim kimliğinizle gönderilen tüm olayları silmesini ister:
{id}

Bu işlem geri alınamaz. Sunucu onayladığında bu bilgisayar yeni bir anonim kimlik alır ve gönderilen olayların kaydı temizlenir. Telemetrinin açık olup olmadığı sizin ayarladığınız gibi kalır.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Silme talep edildi</translation>
    </message>
    <message>
        <source>The request will be sent later</source>
        <translation>Talep daha sonra gönderilecek</translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation>Talep kabul edilmedi</translation>
    </message>
    <message>
        <source>The FreeCAD project&apos;s server accepted the request. It deletes the data of the id below (this can take a few days):
{old}

This computer&apos;s record of sent events was cleared, and it now uses a new anonymous id:
{new}</source>
        <translation>FreeCAD projesinin sunucusu talebi kabul etti. Aşağıdaki kimliğe ait veriler silinecek (bu birkaç gün sürebilir):
{old}

Bu bilgisayardaki gönderilen olayların kaydı temizlendi ve bilgisayar artık yeni bir anonim kimlik kullanıyor:
{new}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>The request did not go through ({detail}). It is kept and sent again each time FreeCAD starts, until the server confirms it. Events not yet sent with this id were discarded.

You can also write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Talep iletilemedi ({detail}). Talep saklanır ve sunucu onaylayana kadar FreeCAD her başladığında yeniden gönderilir. Bu kimlikle henüz gönderilmemiş olaylar atıldı.

Ayrıca {address} adresine yazıp verilerinizin silinmesini isteyebilir ve anonim kimliğinizi belirtebilirsiniz:
{id}</translation>
    </message>
    <message>
        <source>The server refused the request ({detail}).

Please write to {address}, asking for removal and naming your anonymous id:
{id}</source>
        <translation>Sunucu talebi reddetti ({detail}).

Lütfen {address} adresine yazıp verilerinizin silinmesini isteyin ve anonim kimliğinizi belirtin:
{id}</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>Exactly what would be sent</source>
        <translation>Tam olarak gönderilecek olanlar</translation>
    </message>
    <message>
        <source>The preview could not be built:</source>
        <translation>Önizleme hazırlanamadı:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(henüz yok)</translation>
    </message>
    <message>
        <source>This computer has no anonymous id yet, so nothing was sent from it. One is made at the first start after you choose to share.</source>
        <translation>Bu bilgisayarın henüz anonim kimliği yok, dolayısıyla bu bilgisayardan hiçbir şey gönderilmedi. Paylaşmayı seçtikten sonraki ilk başlatmada bir kimlik oluşturulur.</translation>
    </message>
    <message>
        <source>A removal request for the id {id} is waiting to be sent (since {since}; last try: {error}). FreeCAD tries again at each start.</source>
        <translation>{id} kimliği için bir silme talebi gönderilmeyi bekliyor ({since} tarihinden beri; son deneme: {error}). FreeCAD her başlatmada yeniden dener.</translation>
    </message>
    <message>
        <source>Reset the anonymous id</source>
        <translation>Anonim kimliği sıfırla</translation>
    </message>
    <message>
        <source>From now on, what is sent carries a new random id, not linked to what was sent before. What was sent before stays on the server (request its removal for that). Reset the id?</source>
        <translation>Bundan sonra gönderilenler, daha önce gönderilenlerle bağlantısı olmayan yeni bir rastgele kimlik taşır. Daha önce gönderilenler sunucuda kalır (bunların silinmesi için ayrıca talepte bulunun). Kimlik sıfırlansın mı?</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent from this computer, newest first.</source>
        <translation>
            <numerusform>Bu bilgisayardan %n olay gönderildi (en yenisi en üstte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer.</source>
        <translation>Bu bilgisayardan henüz hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The record of sent events could not be read:</source>
        <translation>Gönderilen olayların kaydı okunamadı:</translation>
    </message>
</context>
<context>
    <name>TelemetryPreferences</name>
    <message>
        <source>Telemetry</source>
        <translation>Telemetri</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Paylaşım</translation>
    </message>
    <message>
        <source>Share anonymous usage data with the FreeCAD project:</source>
        <translation>Anonim kullanım verilerini FreeCAD projesiyle paylaş:</translation>
    </message>
    <message>
        <source>Don&apos;t share anything</source>
        <translation>Hiçbir şey paylaşma</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Neler gönderilir</translation>
    </message>
    <message>
        <source>Anonymous id:</source>
        <translation>Anonim kimlik:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Reset id…</source>
        <translation>Kimliği sıfırla…</translation>
    </message>
    <message>
        <source>Show what the next start sends…</source>
        <translation>Bir sonraki başlatmada gönderilecekleri göster…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Gönderilenleri göster</translation>
    </message>
    <message>
        <source>Your data on the FreeCAD project&apos;s servers</source>
        <translation>FreeCAD projesinin sunucularındaki verileriniz</translation>
    </message>
    <message>
        <source>Request a copy of my data…</source>
        <translation>Verilerimin bir kopyasını iste…</translation>
    </message>
    <message>
        <source>Request removal of my data…</source>
        <translation>Verilerimin silinmesini iste…</translation>
    </message>
    <message>
        <source>Advanced (takes effect at the next start)</source>
        <translation>Gelişmiş (bir sonraki başlatmada geçerli olur)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <source>Project key:</source>
        <translation>Proje anahtarı:</translation>
    </message>
</context>
</TS>
