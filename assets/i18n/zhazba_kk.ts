<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../ui/export_register.py" line="+61"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished">Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation type="unfinished">Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/alarms.py" line="+90"/>
        <source>microphone %1</source>
        <translation>%1-микрофон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room for about %1 min of recording</source>
        <translation>Шамамен %1 мин жазбаға орын бар</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <location line="-32"/>
        <source>Acknowledge</source>
        <translation>Растау</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../ui/export_register.py" line="+68"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case number</source>
        <translation type="unfinished">Іс нөмірі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on a medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the information service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Application %1 registered; the copy is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="+46"/>
        <source>Export a clip for your own use</source>
        <translation>Өз пайдалануыңыз үшін үзінді экспорттау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clip is a mixed-down WAV of what you hear. It is NOT the original recording: its name ends in NOT-ORIGINAL and a note beside it says so.</source>
        <translation>Үзінді — естіп отырғаныңыздың араластырылған WAV файлы. Бұл түпнұсқа жазба ЕМЕС: оның атауы NOT-ORIGINAL деп аяқталады және қасындағы ескертпе де осыны айтады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (h:mm:ss)</source>
        <translation>Басы (сағ:мм:сс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (h:mm:ss)</source>
        <translation>Соңы (сағ:мм:сс)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give two times on the recording, the second later.</source>
        <translation>Жазбадағы екі уақытты көрсетіңіз, екіншісі кейінірек болсын.</translation>
    </message>
</context>
<context>
    <name>CopyRegisterModel</name>
    <message>
        <location filename="../../ui/export_register.py" line="-124"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>OVERDUE by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>waiting, %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+94"/>
        <source>Copies of recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealed hearing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium (plug in a USB stick or card; the list follows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant&apos;s copy (audio, player, markers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a hearing and a medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy to a medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[closed hearing: no participant copies]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The medium %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 MB free of %3 MB, %4, at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) OVERDUE (Rules p. 34)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear the medium?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The medium is not empty. The Rules (p. 33) require clearing it before the copy. Everything listed will be DELETED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a hearing and a medium first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not confirmed: nothing was deleted or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 of %3 MB, %4 MB/s, %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DONE: the copy was read back from the medium and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NOT DONE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preparing the participant copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Who received the copy, and when:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingSetupForm</name>
    <message>
        <location filename="../../ui/setup_form.py" line="+164"/>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and microphones</source>
        <translation>Қатысушылар мен микрофондар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound input:</source>
        <translation>Дыбыс көзі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphones (channels):</source>
        <translation>Микрофондар (арналар):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Тегі, аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add participant</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load template</source>
        <translation>Үлгіні жүктеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>Үлгіні сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7199-26-00-2/1234</source>
        <translation>мысалы, 7199-26-00-2/1234</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sound card was found. You can try everything with the simulated microphone; connect the microphone interface to record a real hearing.</source>
        <translation>Дыбыс картасы табылмады. Барлық мүмкіндікті микрофон имитациясымен байқап көруге болады; нақты сот отырысын жазу үшін микрофон интерфейсін қосыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated microphone (speech)</source>
        <translation>Микрофон имитациясы (сөйлеу)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated microphone (test tones)</source>
        <translation>Микрофон имитациясы (сынақ сигналдары)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Add the participants of the hearing</source>
        <translation>Сот отырысына қатысушыларды қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one participant a microphone</source>
        <translation>Кемінде бір қатысушыға микрофон беріңіз</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Template saved for courtroom %1</source>
        <translation>%1 залының үлгісі сақталды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no saved template for courtroom “%1”</source>
        <translation>«%1» залы үшін сақталған үлгі жоқ</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/key_dialog.py" line="+88"/>
        <source>Choose your signing key file</source>
        <translation>Қол қою кілтінің файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the key file first.</source>
        <translation>Алдымен кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key was not opened.</source>
        <translation>Кілт ашылмады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong while opening the key: %1</source>
        <translation>Кілтті ашқанда қате шықты: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is a GOST key: it needs NCALayer, which this station does not have. Open your RSA key file.</source>
        <translation>Бұл ГОСТ кілті: оған NCALayer қажет, ал бұл станцияда ол жоқ. RSA кілтінің файлын ашыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is wrong.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate has expired.</source>
        <translation>Сертификаттың мерзімі өтіп кеткен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is not valid yet.</source>
        <translation>Сертификат әлі күшіне енбеген.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate is not meant for signing.</source>
        <translation>Бұл сертификат қол қоюға арналмаған.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate expires in %1 day(s), on %2. Apply to the NCA for a new key now.</source>
        <translation>Сертификаттың мерзімі %1 күннен кейін (%2) бітеді. Жаңа кілт алу үшін ҰКО-ға қазір жүгініңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key is open.</source>
        <translation>Кілт ашық.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder: %1</source>
        <translation>Иесі: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Берген орталық: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Жарамдылығы: %1 – %2 (UTC)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hearings that were waiting for the key and are now sealed: %1</source>
        <translation>Кілтті күтіп тұрған және енді мөрленген сот отырыстары: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open signing key</source>
        <translation>Қол қою кілтін ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Кілт файлы (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never stored</source>
        <translation>ешқайда сақталмайды</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../../ui/meter_widget.py" line="+202"/>
        <source>SILENT</source>
        <translation>ҮНСІЗ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+166"/>
        <source>Specialised inter-district economic court of Astana</source>
        <translation>Астана қаласының мамандандырылған ауданаралық экономикалық соты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hearing details are not complete: see the marked fields.</source>
        <translation>Сот отырысы туралы мәліметтер толық емес: белгіленген өрістерді қараңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment first (Rules p. 8).</source>
        <translation>Алдымен жабдықты тексеріңіз (Қағидалардың 8-тармағы).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recording could not start: %1</source>
        <translation>Жазуды бастау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The hearing has ended; it is saved in %1</source>
        <translation>Сот отырысы аяқталды; жазба мына жерде сақталды: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The hearing is being recorded</source>
        <translation>Сот отырысы жазылып жатыр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the hearing first: recording can only be stopped by ending it, which is written into the journal.</source>
        <translation>Алдымен сот отырысын аяқтаңыз: жазуды тек сот отырысын аяқтау арқылы тоқтатуға болады, бұл журналға жазылады.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Zhazba — court hearing recording</source>
        <translation>Жазба — сот отырысының аудиожазбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Start recording</source>
        <translation>● Жазуды бастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in an example hearing</source>
        <translation>Сот отырысының мысалын толтыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>MarkerEditDialog</name>
    <message>
        <location filename="../../ui/markers.py" line="+264"/>
        <source>Correct the marker</source>
        <translation>Аудиобелгіні түзету</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speaker:</source>
        <translation>Сөйлеуші:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>Оқиға:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
</context>
<context>
    <name>MarkerPanel</name>
    <message>
        <location line="-106"/>
        <source>Who speaks (audio marker)</source>
        <translation>Кім сөйлейді (аудиобелгі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microphone %1</source>
        <translation>%1-микрофон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note for the next marker (Enter: put it as an event of its own)</source>
        <translation>Келесі аудиобелгіге ескертпе (Enter — жеке белгі ретінде қою)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Тарихы…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Marker history</source>
        <translation>Аудиобелгінің тарихы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wall time</source>
        <translation>Тәулік уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Журнал жазбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>MarkerTableModel</name>
    <message>
        <location filename="../../ui/marker_model.py" line="+96"/>
        <source>Hearing time</source>
        <translation>Жазба уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall time</source>
        <translation>Тәулік уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Corrected %n time(s); the original is kept (History)</source>
        <translation>
            <numerusform>%n рет түзетілді; бастапқы белгі сақталған (Тарихы)</numerusform>
            <numerusform>%n рет түзетілді; бастапқы белгі сақталған (Тарихы)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Original</source>
        <translation>Бастапқы белгі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction</source>
        <translation>Түзету</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../../ui/review_transport.py" line="+140"/>
        <source>Mute</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solo</source>
        <translation>Жалғыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hear this microphone</source>
        <translation>Бұл микрофонды тыңдамау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear only the soloed microphones</source>
        <translation>Тек таңдалған микрофондарды тыңдау</translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <location filename="../../ui/monitor_panel.py" line="+59"/>
        <source>Headphones:</source>
        <translation>Құлаққап:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mix of all microphones</source>
        <translation>Барлық микрофон бірге</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone %1</source>
        <translation>%1-микрофон</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop listening</source>
        <translation>Тыңдауды тоқтату</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>no output device</source>
        <translation>шығыс құрылғысы жоқ</translation>
    </message>
</context>
<context>
    <name>OpenHearingDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="+13"/>
        <source>Open a hearing for review</source>
        <translation>Сот отырысын қарау үшін ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Courtroom</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder or medium…</source>
        <translation>Қалта немесе жеткізгіш…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a sealed package (…sealed) or a hearing folder</source>
        <translation>Мөрленген пакетті (…sealed) немесе сот отырысының қалтасын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/controls.py" line="+47"/>
        <source>Pause the recording</source>
        <translation>Жазуды тоқтата тұру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording may be paused only when the court announces one of these (Rules p. 6):</source>
        <translation>Жазуды сот мыналардың бірін жариялағанда ғана тоқтата тұруға болады (Қағидалардың 6-тармағы):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel: keep recording</source>
        <translation>Болдырмау: жазуды жалғастыру</translation>
    </message>
</context>
<context>
    <name>PrecheckPanel</name>
    <message>
        <location filename="../../ui/precheck_panel.py" line="+134"/>
        <source>Checking… ask each participant to say a few words into their microphone (%1 s)</source>
        <translation>Тексеру жүріп жатыр… әр қатысушыдан өз микрофонына бірнеше сөз айтуын сұраңыз (%1 с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write why recording starts despite the failed check</source>
        <translation>Тексеру сәтсіз болса да, жазудың неге басталатынын жазыңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the equipment</source>
        <translation>Жабдықты тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the failure</source>
        <translation>Ақауды растау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for recording despite the failure (goes into the journal and the protocol)</source>
        <translation>Ақауға қарамастан жазу себебі (журналға және хаттамаға енгізіледі)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment must be checked before the hearing (Rules p. 8).</source>
        <translation>Сот отырысы алдында жабдықты тексеру қажет (Қағидалардың 8-тармағы).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ The equipment works: the device is present and every microphone reacts to sound.</source>
        <translation>✔ Жабдық жұмыс істейді: құрылғы қосулы, әр микрофон дыбысқа сезімтал.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✖ The sound device is missing or cannot record this many channels.</source>
        <translation>✖ Дыбыс құрылғысы жоқ немесе мұнша арнаны жаза алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ No sound on microphone(s): %1</source>
        <translation>✖ Мына микрофондардан дыбыс жоқ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged: %1</source>
        <translation>Расталды: %1</translation>
    </message>
</context>
<context>
    <name>RecordingControls</name>
    <message>
        <location filename="../../ui/controls.py" line="+80"/>
        <source>Hearing time (recorded)</source>
        <translation>Сот отырысының уақыты (жазба бойынша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Тәулік уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause…</source>
        <translation>Тоқтата тұру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>Жазуды жалғастыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the hearing…</source>
        <translation>Сот отырысын аяқтау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next hearing</source>
        <translation>Келесі сот отырысы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● RECORDING</source>
        <translation>● ЖАЗЫЛУДА</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>❚❚ PAUSED — %1</source>
        <translation>❚❚ ЖАЗУ ТОҚТАТЫЛДЫ — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>■ Recording ended</source>
        <translation>■ Жазу аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ RECORDING STOPPED BY AN ERROR</source>
        <translation>✖ ЖАЗУ ҚАТЕ САЛДАРЫНАН ТОҚТАДЫ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recording</source>
        <translation>Жазу жүргізілмейді</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>End the hearing</source>
        <translation>Сот отырысын аяқтау</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>End the hearing and stop recording? The recording cannot be continued afterwards.</source>
        <translation>Сот отырысын аяқтап, жазуды тоқтату керек пе? Осыдан кейін бұл жазбаны жалғастыру мүмкін болмайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue recording</source>
        <translation>Жазуды жалғастыру</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../ui/recording_page.py" line="+97"/>
        <source>Recording level, dBFS (click a red lamp to reset it)</source>
        <translation>Жазу деңгейі, dBFS (қызыл шамды басса, сөнеді)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../ui/review_viewmodel.py" line="+96"/>
        <source>Not sealed yet: this is a hearing folder. Its journal and audio match what was recorded; there is no signature to check.</source>
        <translation>Әлі мөрленбеген: бұл сот отырысының қалтасы. Оның журналы мен аудиосы жазылғанмен сәйкес; тексеретін қолтаңба жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT INTACT: {problems}</source>
        <translation>БҮТІН ЕМЕС: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by {signer} on {time}</source>
        <translation>{signer} қол қойған, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seal valid: {who}. Nothing has changed since sealing.</source>
        <translation>Мөр жарамды: {who}. Мөрленгеннен бері ештеңе өзгермеген.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seal intact: {who}. Who signed is not confirmed: no court root certificate is set up on this station.</source>
        <translation>Мөр бүтін: {who}. Кім қол қойғаны расталмаған: бұл станцияда соттың түбірлік сертификаты орнатылмаған.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SEAL BROKEN: {problems}</source>
        <translation>МӨР БҰЗЫЛҒАН: {problems}</translation>
    </message>
</context>
<context>
    <name>ReviewMarkerModel</name>
    <message>
        <location filename="../../ui/review_markers.py" line="+67"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Amended (the journal keeps the original):</source>
        <translation>Түзетілген (журнал түпнұсқаны сақтайды):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original — {values}</source>
        <translation>түпнұсқа — {values}</translation>
    </message>
</context>
<context>
    <name>ReviewMarkerPanel</name>
    <message>
        <location line="+100"/>
        <source>All speakers</source>
        <translation>Барлық сөйлеушілер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All markers</source>
        <translation>Барлық аудиобелгілер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speech only</source>
        <translation>Тек сөз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search notes…</source>
        <translation>Ескертпелерден іздеу…</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review_window.py" line="+81"/>
        <source>Microphone {n}</source>
        <translation>Микрофон {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the seal…</source>
        <translation>Мөр тексерілуде…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seal cannot be checked: </source>
        <translation>Мөрді тексеру мүмкін емес: </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+85"/>
        <source>Output</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Review of the hearing {title}</source>
        <translation>Сот отырысын қарау: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening session (read-only) — {title}</source>
        <translation>Тыңдау (тек оқу) — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case {case}</source>
        <translation>Іс {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>courtroom {room}</source>
        <translation>зал {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {name}</source>
        <translation>судья {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary {name}</source>
        <translation>хатшы {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLOSED HEARING: listening in court only, no copies</source>
        <translation>ЖАБЫҚ СОТ ОТЫРЫСЫ: тек сотта тыңдауға болады, көшірме берілмейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output device: playback is silent</source>
        <translation>Дыбыс шығару құрылғысы жоқ: ойнату дыбыссыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markers as CSV…</source>
        <translation>Аудиобелгілер CSV түрінде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers as Audacity labels…</source>
        <translation>Аудиобелгілер Audacity белгілері түрінде…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a clip (not the original)…</source>
        <translation>Үзінді экспорттау (түпнұсқа емес)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another hearing…</source>
        <translation>Басқа сот отырысын ашу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default output</source>
        <translation>Әдепкі шығыс</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audacity labels (*.txt)</source>
        <translation>Audacity белгілері (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export markers</source>
        <translation>Аудиобелгілерді экспорттау</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Export a clip</source>
        <translation>Үзінді экспорттау</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/signin_dialog.py" line="+47"/>
        <source>secretary of the court hearing</source>
        <translation>сот отырысының хатшысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge</source>
        <translation>судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technician</source>
        <translation>техникалық маман</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
</context>
<context>
    <name>SelfCheckWindow</name>
    <message>
        <location filename="../../ui/selfcheck_window.py" line="+198"/>
        <location line="+1"/>
        <source>Equipment self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Microphone test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test this microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run yet. Press “Run self-check”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Microphone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels and sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal on every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loopback tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headphone output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removable media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking… the test recording takes a few seconds; please keep the room quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n problem(s) must be fixed before recording.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The station can record; %n warning(s) to look at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything works: the station is ready to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a check to see what it found and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The microphone test cannot start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please keep quiet for a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak into microphone {0} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Run the self-check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the signing key first: the report is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed report written: {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export signed report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../ui/signin_dialog.py" line="+8"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Жүйеге кірген: %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are signed in as %1: only the secretary of the court hearing records a hearing (Rules p. 7, 20).</source>
        <translation>Сіз жүйеге «%1» ретінде кірдіңіз: сот отырысын тек сот отырысының хатшысы жазады (Қағидалардың 7, 20-тармақтары).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Too many wrong passwords: this account is locked until %1 (%2 min). Wait, or ask the administrator to unlock it.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді: бұл тіркелгі %1 дейін құлыпталды (%2 мин). Күте тұрыңыз немесе әкімшіден оны құлыптан шығаруды сұраңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл тіркелгі бұғатталған. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong username or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You are not signed in: no account on this station is linked to this certificate, or that account is disabled. Ask the administrator.</source>
        <translation>Жүйеге кіру орындалмады: осы станциядағы бірде-бір тіркелгі бұл сертификатпен байланыстырылмаған немесе ол тіркелгі бұғатталған. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in — Zhazba</source>
        <translation>Жүйеге кіру — Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the recording station</source>
        <translation>Дыбыс жазу станциясына кіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station is protected against access (Rules p. 20): sign in with your account, or with your signing key if your account is linked to it.</source>
        <translation>Станция бөгде адамдардың қолжетімділігінен қорғалған (Қағидалардың 20-тармағы): өз тіркелгіңізбен кіріңіз немесе тіркелгіңіз қол қою кілтіңізбен байланыстырылған болса, сол кілтпен кіріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Username</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never stored</source>
        <translation>ешқайда сақталмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with signing key…</source>
        <translation>Қол қою кілтімен кіру…</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/main.py" line="+153"/>
        <source>The station check found problems:</source>
        <translation>Станцияны тексеру ақауларды тапты:</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../ui/station_menu.py" line="+180"/>
        <source>No signing key is open: hearings will wait to be sealed</source>
        <translation>Қол қою кілті ашылмаған: отырыстар мөрленуді күтеді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key: %1 (valid to %2)</source>
        <translation>Қол қою кілті: %1 (%2 дейін жарамды)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a hearing folder or a sealed package</source>
        <translation>Сот отырысының қалтасын немесе мөрленген пакетті таңдаңыз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review a hearing</source>
        <translation>Сот отырысын қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder cannot be opened for review: %1</source>
        <translation>Бұл қалтаны қарау үшін ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;Station</source>
        <translation>&amp;Станция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open signing key…</source>
        <translation>Қол қою кілтін ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close key</source>
        <translation>Кілтті жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review a hearing…</source>
        <translation>Сот отырысын қарау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening session…</source>
        <translation>Қатысушыға тыңдату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to medium…</source>
        <translation>Жеткізгішке көшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-check…</source>
        <translation>Өзін-өзі тексеру…</translation>
    </message>
    <message>
        <location filename="../../ui/station_reports.py" line="+26"/>
        <source>The hearing is sealed and signed: %1</source>
        <translation>Сот отырысы мөрленіп, қол қойылды: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No timestamp yet: %1</source>
        <translation>Уақыт белгісі әзірге жоқ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hearing is saved and waits for the secretary&apos;s signing key: it will be sealed as soon as the key is opened (Station → Open signing key).</source>
        <translation>Сот отырысы сақталды және сот отырысы хатшысының қол қою кілтін күтуде: кілт ашылған бойда мөрленеді (Станция → Қол қою кілтін ашу).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hearing was saved but not sealed.</source>
        <translation>Сот отырысы сақталды, бірақ мөрленбеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is queued for the court archive.</source>
        <translation>Ол сот мұрағатына жіберу кезегіне қойылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems:</source>
        <translation>Ақаулар:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hearing has ended</source>
        <translation>Сот отырысы аяқталды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 hearing(s) had been interrupted (a crash or power loss) and were closed:</source>
        <translation>Апат немесе қуаттың өшуі салдарынан үзілген сот отырыстары жабылды (%1):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recovered</source>
        <translation>қалпына келтірілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT recovered</source>
        <translation>қалпына КЕЛТІРІЛМЕДІ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted hearings</source>
        <translation>Үзілген сот отырыстары</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="+21"/>
        <location line="+75"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Presiding judge</source>
        <translation>Төрағалық етуші судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Сотталушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence counsel</source>
        <translation>Қорғаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaintiff</source>
        <translation>Талапкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>Жауапкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other participant</source>
        <translation>Басқа қатысушы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oath</source>
        <translation>Ант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning of liability</source>
        <translation>Жауапкершілік туралы ескерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit examined</source>
        <translation>Заттай дәлелдемені зерттеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling announced</source>
        <translation>Сот актісін жариялау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling explained</source>
        <translation>Сот актісін түсіндіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right of appeal explained</source>
        <translation>Шағымдану тәртібін түсіндіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural coercion measure</source>
        <translation>Іс жүргізушілік мәжбүрлеу шарасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing declared closed</source>
        <translation>Жабық сот отырысы жарияланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing declared open</source>
        <translation>Ашық сот отырысы жарияланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Басқа оқиға</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First instance</source>
        <translation>Бірінші саты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal</source>
        <translation>Апелляциялық саты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cassation</source>
        <translation>Кассациялық саты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criminal</source>
        <translation>Қылмыстық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil</source>
        <translation>Азаматтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Әкімшілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative offence</source>
        <translation>Әкімшілік құқық бұзушылық туралы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adjournment</source>
        <translation>Кейінге қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recess</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court retires to deliberate</source>
        <translation>Соттың шешім шығару үшін кетуі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The microphone interface is lost: no sound is being recorded</source>
        <translation>Дыбыс құрылғысы жоғалды: дыбыс жазылмай жатыр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound is arriving again</source>
        <translation>Дыбыс қайта түсуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input overflow: the computer did not keep up, a moment of sound may be lost</source>
        <translation>Кіріс толып кетті: компьютер үлгермеді, дыбыстың бір сәті жоғалуы мүмкін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sound from a participant&apos;s microphone for 30 s</source>
        <translation>Қатысушының микрофонынан 30 с бойы дыбыс жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than 2 hours of recording space left on disk</source>
        <translation>Дискіде 2 сағаттан аз жазбаға орын қалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The computer clock jumped; the recording time is not affected</source>
        <translation>Компьютер сағаты кенет өзгерді; жазба уақытына әсер етпейді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording stopped because of an error</source>
        <translation>Жазу қате салдарынан тоқтады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipping: the input level is too high</source>
        <translation>Асқын жүктеме: кіріс деңгейі тым жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A marker could not be saved: write it down on paper and tell the technician</source>
        <translation>Аудиобелгіні сақтау мүмкін болмады: оны қағазға жазып, техникке хабарлаңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtroom</source>
        <translation>Сот отырысы залы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Саты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case category</source>
        <translation>Іс санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary of the court hearing</source>
        <translation>Сот отырысының хатшысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed hearing</source>
        <translation>Жабық сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 must be filled in</source>
        <translation>«%1» өрісі толтырылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date must look like 2026-11-21</source>
        <translation>Күні 2026-11-21 түрінде болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case number contains characters not used in case numbers: %1</source>
        <translation>Іс нөмірінде іс нөмірлерінде болмайтын таңбалар бар: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case number is too long</source>
        <translation>Іс нөмірі тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case number must contain letters or digits</source>
        <translation>Іс нөмірінде әріптер немесе цифрлар болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: the name is empty</source>
        <translation>%1-қатысушы: тегі мен аты-жөні көрсетілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: there is no such microphone</source>
        <translation>%1-қатысушы: мұндай микрофон жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: the role is not chosen</source>
        <translation>%1-қатысушы: рөлі таңдалмаған</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/review_timeline.py" line="+285"/>
        <source>speaker</source>
        <translation>сөйлеуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure</source>
        <translation>ақау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole hearing</source>
        <translation>Бүкіл отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="-220"/>
        <source>Microphone {n}</source>
        <translation>Микрофон {n}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause ({reason})</source>
        <translation>Үзіліс ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphones lost</source>
        <translation>Микрофондар жоғалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording interrupted ({detail})</source>
        <translation>Жазба үзілді ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording error: {detail}</source>
        <translation>Жазба қатесі: {detail}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/review_transport.py" line="-60"/>
        <source>Previous marker</source>
        <translation>Алдыңғы аудиобелгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next marker</source>
        <translation>Келесі аудиобелгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 5 seconds (←)</source>
        <translation>5 секунд артқа (←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 5 seconds (→)</source>
        <translation>5 секунд алға (→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (space)</source>
        <translation>Ойнату немесе кідірту (бос орын)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Дыбыс деңгейі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed; the pitch of voices stays the same</source>
        <translation>Ойнату жылдамдығы; дауыс биіктігі өзгермейді</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{here} / {total}   clock {clock}</source>
        <translation>{here} / {total}   сағат {clock}</translation>
    </message>
</context>
</TS>
