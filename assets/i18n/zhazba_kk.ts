<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/accounts/key_attempts.py" line="+58"/>
        <source>too many wrong passwords for the key file {file}: it is locked until {until}; wait, or ask an administrator (`zhazba account unlock {name}`)</source>
        <translation>{file} кілт файлы үшін қате құпиясөз тым көп: ол {until} дейін бұғатталды; күтіңіз немесе әкімшіге жүгініңіз (`zhazba account unlock {name}`)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/passwords.py" line="+28"/>
        <source>the password must not be empty</source>
        <translation>құпиясөз бос болмауы керек</translation>
    </message>
    <message>
        <location filename="../../app/accounts/roles.py" line="+126"/>
        <source>{name} ({role}) may not do this: {action} is for {roles}</source>
        <translation>{name} ({role}) мұны істей алмайды: «{action}» тек мыналарға рұқсат: {roles}</translation>
    </message>
    <message>
        <location filename="../../app/accounts/rules.py" line="+28"/>
        <source>the account {name} was changed outside Zhazba (its row in the station catalog does not match its seal); sign-in refused and recorded. An administrator checks `zhazba account log` and sets it right (`zhazba account role {username} --role …`, or restores the catalog from a backup)</source>
        <translation>{name} тіркелгісі Zhazba-дан тыс өзгертілген (станция каталогындағы жолы мөрімен сәйкес келмейді); кіруге тыйым салынды және тіркелді. Әкімші `zhazba account log` тексеріп, түзетеді (`zhazba account role {username} --role …` немесе каталогты сақтық көшірмеден қалпына келтіреді)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the account {name} in the station catalog is an older version than the audit log&apos;s last change to it ({later}): it was put back outside Zhazba; sign-in refused and recorded. An administrator checks `zhazba account log`</source>
        <translation>станция каталогындағы {name} тіркелгісі аудит журналындағы соңғы өзгерістен ({later}) ескі нұсқа: ол Zhazba-дан тыс қайтарылған; кіруге тыйым салынды және тіркелді. Әкімші `zhazba account log` тексереді</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>secretary</source>
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
        <translation>техник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settings</source>
        <translation>баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>тіркелгілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive_credentials</source>
        <translation>мұрағатқа кіру деректері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selfcheck</source>
        <translation>өзін-өзі тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive</source>
        <translation>мұрағат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong username or password</source>
        <translation>пайдаланушы аты немесе құпиясөз қате</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the account {name} is disabled; ask the administrator</source>
        <translation>{name} тіркелгісі өшірілген; әкімшіге жүгініңіз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown role {role}; one of {roles}</source>
        <translation>{role} рөлі белгісіз; мыналардың бірі: {roles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the username must not be empty</source>
        <translation>пайдаланушы аты бос болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account needs a password or a certificate</source>
        <translation>тіркелгіге құпиясөз немесе сертификат керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account {name} already exists</source>
        <translation>{name} тіркелгісі бұрыннан бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account {name}</source>
        <translation>{name} тіркелгісі жоқ</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/recording/alarms.py" line="+132"/>
        <source>microphone %1</source>
        <translation>%1-микрофон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room for about %1 min of recording</source>
        <translation>Шамамен %1 мин жазбаға орын бар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording again after %1 s without sound</source>
        <translation>Жазу қайта басталды: %1 с дыбыссыз өтті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 s)</source>
        <translation>(%1 с)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(×%1)</source>
        <translation>(×%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledge</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge all</source>
        <translation>Барлығын растау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm log…</source>
        <translation>Дабылдар журналы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge informed</source>
        <translation>Судьяға хабарланды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal that you have told the judge of this failure (Rules p. 9)</source>
        <translation>Осы ақау туралы судьяға хабарлағаныңызды журналға жазу (Қағидалардың 9-тармағы)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>+%1 more</source>
        <translation>тағы +%1</translation>
    </message>
</context>
<context>
    <name>AlarmLogDialog</name>
    <message>
        <location line="+101"/>
        <source>Alarms of this hearing</source>
        <translation>Осы отырыстың дабылдары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearing time</source>
        <translation>Отырыс уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Тәулік уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Дабыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Рет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Қабылданды</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../app/hearing/alarm_texts.py" line="+56"/>
        <source>{label} — microphone {channel}</source>
        <translation>{label} — {channel}-микрофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({seconds:.1f} s)</source>
        <translation>{label} ({seconds:.1f} с)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording again after {seconds:.1f} s without sound</source>
        <translation>Жазу қайта басталды: {seconds:.1f} с дыбыссыз өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} — {detail}</source>
        <translation>{label} — {detail}</translation>
    </message>
    <message>
        <location filename="../../app/hearing/disk_watch.py" line="+75"/>
        <source>disk space for {minutes} min of recording left (under {under} min) on the drive of {folder}; free space now or the recording will stop</source>
        <translation>{folder} дискісінде {minutes} мин жазбаға ғана орын қалды ({under} минуттан аз); орынды қазір босатыңыз, әйтпесе жазу тоқтайды</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <location filename="../../app/anchoring/audit_anchor.py" line="+219"/>
        <source>the station secret was replaced: the court archive holds audit anchors of this station&apos;s audit log made under another station secret ({others}), none under this one; against them: {found}</source>
        <translation>станция құпиясы ауыстырылған: сот мұрағатында осы станцияның аудит журналының басқа станция құпиясымен ({others}) жасалған зәкірлері бар, ал қазіргі құпиямен бірде-біреуі жоқ; оларға қарағанда: {found}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the audit log was rolled back: it ends at record {local}, but the court archive anchored record {seq} on {when}</source>
        <translation>аудит журналы кері қайтарылған: ол {local}-жазбамен аяқталады, ал сот мұрағаты {when} кезінде {seq}-жазбаны бекіткен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit log was rewritten at record {seq}: it differs from the record the court archive anchored on {when}</source>
        <translation>аудит журналы {seq}-жазбада қайта жазылған: ол сот мұрағаты {when} кезінде бекіткен жазбадан өзгеше</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the court archive holds no audit anchor of this station yet: the audit log could not be checked; its head (record {local}) is anchored now</source>
        <translation>сот мұрағатында бұл станцияның аудит зәкірі әлі жоқ: аудит журналын тексеру мүмкін болмады; оның соңғы жазбасы ({local}) қазір бекітіледі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit log holds every head the court archive anchored (the newest: record {seq} of {local}, anchored {when})</source>
        <translation>аудит журналында сот мұрағаты бекіткен барлық күй бар (ең соңғысы: {local} жазбаның {seq}-жазбасы, {when} кезінде бекітілген)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the audit log could NOT be checked against the court archive ({why}); {queued} audit anchors are queued</source>
        <translation>аудит журналын сот мұрағатымен салыстыру мүмкін БОЛМАДЫ ({why}); кезектегі аудит зәкірлері: {queued}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>not signed in: {problem} (nothing was done)</source>
        <translation>кіру жасалмады: {problem} (ештеңе жасалмады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in: {problem}; the station catalog {path} is not the one the archive knows. Call the administrator: restore the newest backup of the catalog (nothing was done)</source>
        <translation>кіру орындалмады: {problem}; {path} станция каталогы мұрағатқа белгілі каталог емес. Әкімшіні шақырыңыз: каталогтың ең соңғы сақтық көшірмесін қалпына келтіріңіз (ештеңе жасалмады)</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/audit_send.py" line="+54"/>
        <source>no archive credentials are stored</source>
        <translation>мұрағаттың тіркелгі деректері сақталмаған</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/archive_pin.py" line="+93"/>
        <source>this station anchored its audit log in the court archive {pinned}, but {settings} names no archive now, so the audit log cannot be checked. An administrator restores the archive settings; a deliberate move of the archive is made with `zhazba archive configure` by an administrator</source>
        <translation>бұл станция аудит журналын сот мұрағатында {pinned} бекіткен, бірақ {settings} енді ешбір мұрағатты атамайды, сондықтан аудит журналын тексеру мүмкін емес. Әкімші мұрағат баптауларын қалпына келтіреді; мұрағатты әдейі көшіруді әкімші `zhazba archive configure` арқылы жасайды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this station anchored its audit log as station {pinned}, but its station.key makes it station {now}: the station secret was replaced. An administrator restores station.key from its backup; a deliberate new secret is pinned with `zhazba archive configure` by an administrator</source>
        <translation>бұл станция аудит журналын {pinned} станциясы ретінде бекіткен, бірақ оның station.key файлы оны {now} станциясы етеді: станция құпиясы ауыстырылған. Әкімші station.key файлын сақтық көшірмесінен қалпына келтіреді; әдейі жасалған жаңа құпияны әкімші `zhazba archive configure` арқылы бекітеді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this station anchored its audit log in the court archive {pinned}, but {settings} names {now} now. An administrator restores the archive settings; a deliberate move of the archive is made with `zhazba archive configure` by an administrator</source>
        <translation>бұл станция аудит журналын сот мұрағатында {pinned} бекіткен, бірақ {settings} енді {now} атайды. Әкімші мұрағат баптауларын қалпына келтіреді; мұрағатты әдейі көшіруді әкімші `zhazba archive configure` арқылы жасайды</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{line}. WARNING: the court archive holds audit anchors of other station ids under this prefix ({others}) and none of this one: unless those are other stations sharing the prefix, this station&apos;s secret and audit log were replaced; tell the archive&apos;s operators</source>
        <translation>{line}. ЕСКЕРТУ: сот мұрағатында осы префикс астында басқа станция идентификаторларының ({others}) аудит зәкірлері бар, ал бұл станцияныкі жоқ: егер олар префиксті бөлісетін басқа станциялар болмаса, бұл станцияның құпиясы мен аудит журналы ауыстырылған; мұрағат операторларына хабарлаңыз</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/audit_vet.py" line="+58"/>
        <source>it has no seq, head and record hash</source>
        <translation>онда реттік нөмір, тізбек басы және жазба хэші жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its name is not its seq and head</source>
        <translation>оның атауы оның реттік нөмірі мен тізбек басына сәйкес емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names another station</source>
        <translation>онда басқа станция аталған</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit log has no record {seq}</source>
        <translation>аудит журналында {seq} жазбасы жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record {seq} of the audit log has another head</source>
        <translation>аудит журналының {seq} жазбасының тізбек басы басқа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the audit anchor {name} in the outbox is not this station&apos;s audit log ({problem}): it was not sent and was moved to {folder}; someone wrote it there by hand</source>
        <translation>шығыс кезектегі {name} аудит зәкірі бұл станцияның аудит журналы емес ({problem}): ол жіберілмеді және {folder} қалтасына ауыстырылды; оны біреу қолмен жазған</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../ui/copies/register.py" line="+140"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— role —</source>
        <translation>— рөлі —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on a medium</source>
        <translation>жеткізгіште</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the information service</source>
        <translation>ақпараттық сервис арқылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Application %1 registered; the copy is due by %2.</source>
        <translation>%1 өтініші тіркелді; көшірме %2 дейін берілуі тиіс.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../app/archive/plan.py" line="+33"/>
        <source>uploaded to the archive</source>
        <translation>мұрағатқа жүктелмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is missing</source>
        <translation>{file} жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not match its manifest</source>
        <translation>{file} өз манифесіне сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local package is damaged: {files}; it was not uploaded. Verify it with `zhazba verify` and report it to the administrator.</source>
        <translation>станциядағы пакет бүлінген: {files}; ол мұрағатқа жүктелмеді. Оны `zhazba verify` командасымен тексеріп, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the local package is damaged: {files}; it was not uploaded. {verdict}</source>
        <translation>станциядағы пакет бүлінген: {files}; ол мұрағатқа жүктелмеді. {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/archive/readback.py" line="+28"/>
        <source>deleted from the station</source>
        <translation>станциядан жойылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upload list is not sound: {why}</source>
        <translation>жүктеу тізімі дұрыс емес: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy read back from the archive did not verify, so the local copy is kept:
{problems}</source>
        <translation>мұрағаттан кері оқылған көшірме тексеруден өтпеді, сондықтан станциядағы көшірме сақталады:
{problems}</translation>
    </message>
    <message>
        <location filename="../../app/archive/upload.py" line="+67"/>
        <source>{path} is not a sealed package: {problem}</source>
        <translation>{path} мөрленген пакет емес. Сот отырысы аяқталғанда станция жасаған .sealed қалтасын беріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package {package} is no longer on this station</source>
        <translation>{package} пакеті бұл станцияда енді жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive copy does not match the package: {problems}</source>
        <translation>мұрағаттағы көшірме пакетке сәйкес келмейді: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message} The package stays queued; next attempt at {when} UTC.</source>
        <translation>{message} Пакет кезекте қалады; келесі әрекет: {when} (Гринвич уақыты).</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../app/cli/argparse_texts.py" line="+18"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>опциялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>белгісіз аргументтер: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r мәні жарамсыз (мыналардың бірін таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>мына аргументтер міндетті: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірі міндетті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>бір мән күтілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ең көбі бір мән күтілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>кемінде бір мән күтілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s мән күтілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s мән күтілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r мәні жарамсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>%(option)s опциясы бірмәнді емес: %(matches)s болуы мүмкін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге берілмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>%r мәні ескерілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>%(parser_name)r командасы белгісіз (мыналардың бірі: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; ашылмады: %(error)s</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/accounts/marker.py" line="+62"/>
        <source>the station catalog {catalog} is missing, but this station has accounts ({marker}); nothing was done. Restore the catalog from a backup — `zhazba catalog rebuild` brings back the hearings but not the accounts, so sign-in would be off</source>
        <translation>{catalog} станция каталогы жоқ, бірақ бұл станцияда есептік жазбалар бар ({marker}); ештеңе жасалмады. Каталогты сақтық көшірмеден қалпына келтіріңіз — `zhazba catalog rebuild` отырыстарды қайтарады, бірақ есептік жазбаларды қайтармайды, сондықтан жүйеге кіру өшіп қалар еді</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the accounts in {catalog} were deleted outside Zhazba (this station has had accounts); nothing was done. Restore the catalog from a backup</source>
        <translation>{catalog} ішіндегі есептік жазбалар Zhazba-дан тыс жойылған (бұл станцияда есептік жазбалар болған); ештеңе жасалмады. Каталогты сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location filename="../../app/archive/settings.py" line="+71"/>
        <source>archive endpoint must be an http:// or https:// address</source>
        <translation>мұрағаттың мекенжайы (endpoint) http:// немесе https:// мекенжайы болуы керек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive bucket is not set</source>
        <translation>мұрағаттың бакеті (bucket) берілмеген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>archive part_size must be at least 5 MiB (S3 minimum)</source>
        <translation>мұрағаттың `part_size` мәні кемінде 5 МиБ болуы керек (S3 ең азы)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>archive upload_threads must be between 1 and 16</source>
        <translation>мұрағаттың `upload_threads` мәні 1-ден 16-ға дейін болуы керек</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>archive multipart_threshold must be at least part_size</source>
        <translation>мұрағаттың `multipart_threshold` мәні `part_size`-тан кем болмауы керек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>archive retention must be at least one day</source>
        <translation>мұрағатта сақтау мерзімі кемінде бір күн болуы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set both window_start and window_end, or neither</source>
        <translation>`window_start` пен `window_end` екеуін де беріңіз немесе ешқайсысын бермеңіз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown archive settings: {names}</source>
        <translation>мұрағаттың белгісіз баптаулары: {names}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>any time</source>
        <translation>кез келген уақытта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily {start}–{end} (station time)</source>
        <translation>күн сайын {start}–{end} (станция уақыты)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>upload window time {value} is not HH:MM</source>
        <translation>жүктеу терезесінің уақыты {value} СС:ММ түрінде емес</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the settings file {path} cannot be read ({reason}); check its permissions (it belongs to the station&apos;s account)</source>
        <translation>{path} баптаулар файлы оқылмайды ({reason}); қол жеткізу құқықтарын тексеріңіз (ол станцияның есептік жазбасына тиесілі)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the settings file {path} is damaged ({reason}); restore it from a backup, or move it away and have an administrator set the station up again</source>
        <translation>{path} баптаулар файлы бүлінген ({reason}); оны сақтық көшірмеден қалпына келтіріңіз немесе алып тастаңыз, сонда әкімші станцияны қайта баптайды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the settings file {path} is damaged (not a JSON object); restore it from a backup, or move it away and have an administrator set the station up again</source>
        <translation>{path} баптаулар файлы бүлінген (JSON нысаны емес); оны сақтық көшірмеден қалпына келтіріңіз немесе алып тастаңыз, сонда әкімші станцияны қайта баптайды</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not JSON: line {line}, column {column}</source>
        <translation>JSON емес: {line}-жол, {column}-баған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not UTF-8 text: byte {position}</source>
        <translation>UTF-8 мәтіні емес: {position}-байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nested too deeply</source>
        <translation>тым терең кірістірілген</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the &quot;{section}&quot; section of the settings file {path} is damaged; restore the file from a backup or correct that section</source>
        <translation>{path} баптаулар файлының «{section}» бөлімі бүлінген; файлды сақтық көшірмеден қалпына келтіріңіз немесе сол бөлімді түзетіңіз</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no settings file {path}; an administrator sets the archive up with `zhazba archive configure`</source>
        <translation>{path} баптаулар файлы жоқ; мұрағатты әкімші `zhazba archive configure` арқылы баптайды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no archive settings in {path}; an administrator sets the archive up with `zhazba archive configure`</source>
        <translation>{path} ішінде мұрағат баптаулары жоқ; мұрағатты әкімші `zhazba archive configure` арқылы баптайды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive settings in {path} are damaged ({reason}); correct the archive section or have an administrator run `zhazba archive configure` again</source>
        <translation>{path} ішіндегі мұрағат баптаулары бүлінген ({reason}); мұрағат бөлімін түзетіңіз немесе әкімші `zhazba archive configure` пәрменін қайта орындасын</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_input.py" line="+52"/>
        <source>{text} is not a number of seconds</source>
        <translation>{text} — секунд саны емес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{text} s: give a number of seconds greater than 0</source>
        <translation>{text} с: 0-ден үлкен секунд санын көрсетіңіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} s: give at least 1 second</source>
        <translation>{text} с: кемінде 1 секунд беріңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} s: at most {most} s (48 hours)</source>
        <translation>{text} с: {most} с-тан аспауы керек (48 сағат)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} s: a segment is {low} s to {high} s</source>
        <translation>{text} с: жазба файлының ұзақтығы {low} с-тан {high} с-қа дейін</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text} is not a whole number</source>
        <translation>{text} — бүтін сан емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} {what}: the station records {low} to {high}</source>
        <translation>{value} {what}: станция {low}-ден {high}-ге дейін жазады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channels</source>
        <translation>арна</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the hearing details in {path} are not usable: {why}</source>
        <translation>{path} ішіндегі отырыс мәліметтерін пайдалануға болмайды: {why}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is not a regular file; give the hearing&apos;s JSON file</source>
        <translation>{path} кәдімгі файл емес; отырыстың JSON файлын беріңіз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is larger than {most} kB</source>
        <translation>файл {most} кБ-тан үлкен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the hearing details from {path}: {why}</source>
        <translation>отырыс мәліметтерін {path} ішінен оқу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not JSON in UTF-8</source>
        <translation>файл UTF-8 кодтауындағы JSON емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {why}</source>
        <translation>«{field}»: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{option} is longer than {limit} characters; give it as a person writes it</source>
        <translation>{option}: {limit} таңбадан ұзын; мәнді адамдар жазатындай етіп енгізіңіз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{option} holds an invisible control or text-direction character ({code}); type it again without it</source>
        <translation>{option} ішінде көрінбейтін басқару таңбасы немесе мәтін бағытының таңбасы бар ({code}); мәнді онсыз қайта теріңіз</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{out} is inside the sealed package {folder}; a package is never written into. Record into the station&apos;s hearings folder instead</source>
        <translation>{out} мөрленген {folder} пакетінің ішінде; пакетке ешқашан жазылмайды. Оның орнына станцияның отырыстар қалтасына жазыңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{out} is inside the hearing folder {folder}; record into the folder that holds the hearings instead</source>
        <translation>{out} {folder} отырыс қалтасының ішінде; оның орнына отырыстар сақталатын қалтаға жазыңыз</translation>
    </message>
    <message>
        <location filename="../../app/cli/hearing_station.py" line="+45"/>
        <source>the station secret {path} is missing, but this station has accounts; nothing was done. Restore station.key from the backup</source>
        <translation>станцияның құпия кілті {path} жоқ, бірақ бұл станцияда тіркелгілер бар; ештеңе орындалмады. station.key файлын сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the station mark {marker} of the hearings folder cannot be read; nothing was done. Restore it from the backup, or ask the technician</source>
        <translation>сот отырыстары қалтасының {marker} станция белгісі оқылмайды; ештеңе жасалған жоқ. Оны сақтық көшірмеден қалпына келтіріңіз немесе техникалық маманнан сұраңыз</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the hearings folder {root} belongs to another station (id {theirs}, this one is {mine}); nothing was done. Run the command on that station</source>
        <translation>{root} отырыстар қалтасы басқа станцияға тиесілі (id {theirs}, бұл станция {mine}); ештеңе жасалмады. Пәрменді сол станцияда орындаңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the hearings folder {root} belongs to a station with accounts, and this station folder has none; nothing was done. Run the command on that station</source>
        <translation>{root} отырыстар қалтасы тіркелгілері бар станцияға тиесілі, ал бұл станция қалтасында тіркелгі жоқ; ештеңе жасалмады. Пәрменді сол станцияда орындаңыз</translation>
    </message>
    <message>
        <location filename="../../app/cli/input_bounds.py" line="+34"/>
        <source>{option} is empty or starts or ends with a space; type it again</source>
        <translation>{option} бос немесе бос орынмен басталады не аяқталады; қайта теріңіз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{option} {value} is not a date; give it as YYYY-MM-DD</source>
        <translation>{option} {value} күн емес; ЖЖЖЖ-АА-КК түрінде беріңіз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} {path}: {why}</source>
        <translation>{option} {path}: {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a regular file</source>
        <translation>кәдімгі файл емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than {most} KB</source>
        <translation>{most} КБ-тан үлкен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON in UTF-8</source>
        <translation>UTF-8 кодтауындағы JSON емес</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{option} {path}: give {{&quot;days_off&quot;: [dates], &quot;working_days&quot;: [dates]}}</source>
        <translation>{option} {path}: {{&quot;days_off&quot;: [күндер], &quot;working_days&quot;: [күндер]}} түрінде беріңіз</translation>
    </message>
    <message>
        <location filename="../../app/cli/record.py" line="+119"/>
        <source>No audio devices. The simulated microphone is available: --source tones</source>
        <translation>Дыбыс құрылғылары жоқ. Микрофон имитациясын қолдануға болады: --source tones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{index:3d}  {name}  [{hostapi}]  in: {inputs}  out: {outputs}  {rate:.0f} Hz</source>
        <translation>{index:3d}  {name}  [{hostapi}]  кіріс: {inputs}  шығыс: {outputs}  {rate:.0f} Hz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line} (default input)</source>
        <translation>{line} (әдепкі кіріс)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a recording from --device needs --hearing FILE (the hearing&apos;s details): without it the demonstration&apos;s details (DEMO-0001) would be recorded; give --demo for a demonstration</source>
        <translation>--device жазбасына --hearing ФАЙЛ (отырыс деректері) қажет: онсыз демонстрация деректері (DEMO-0001) жазылар еді; демонстрация үшін --demo беріңіз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a simulated source ({name}) records no evidence: give --demo for a demonstration (the hearing is marked SIMULATED — NOT EVIDENCE), or --device for the courtroom&apos;s microphones</source>
        <translation>имитацияланған көз ({name}) дәлелдеме жазбайды: көрсетілім үшін --demo беріңіз (отырыс «ИМИТАЦИЯ — ДӘЛЕЛДЕМЕ ЕМЕС» деп белгіленеді) немесе сот залының микрофондары үшін --device</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>recording into {folder}</source>
        <translation>{folder} қалтасына жазылуда</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no such folder: {path}</source>
        <translation>мұндай қалта жоқ: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a folder: give a hearing folder, or the folder that holds them</source>
        <translation>{path} қалта емес: отырыс қалтасын немесе отырыстар сақталатын қалтаны беріңіз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{hearing}: {file} taken from the mirror</source>
        <translation>{hearing}: {file} екінші көшірмеден алынды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder}: cannot be recovered automatically: the drive is full. Free space on that drive and run `zhazba recover` again; recovery can be repeated.</source>
        <translation>{folder}: автоматты түрде қалпына келтіру мүмкін емес: диск толы. Сол дискіде орын босатып, `zhazba recover` қайта іске қосыңыз; қалпына келтіруді қайталауға болады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder}: cannot be recovered automatically: {why}</source>
        <translation>{folder}: автоматты түрде қалпына келтіру мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to recover: every hearing there was closed normally</source>
        <translation>қалпына келтіретін ештеңе жоқ: ондағы барлық сот отырысы қалыпты жабылған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder}: {message}</source>
        <translation>{folder}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/signin.py" line="+210"/>
        <source>not signed in: the account {name} is locked after too many wrong passwords, until {until} (for {minutes} min); wait, or ask an administrator to unlock it</source>
        <translation>кіру орындалмады: {name} тіркелгісі тым көп қате құпиясөзден кейін {until} дейін ({minutes} мин) бұғатталды; күтіңіз немесе әкімшіден бұғатты алуды сұраңыз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not signed in: {reason}</source>
        <translation>кіру орындалмады: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no terminal to type the password of {user} at; set {env} for scripts</source>
        <translation>{user} құпиясөзін теретін терминал жоқ; сценарийлер үшін {env} орнатыңыз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no password given; nothing was done</source>
        <translation>құпиясөз берілмеді; ештеңе жасалмады</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the accounts in {path} were deleted outside Zhazba (its audit log or the station&apos;s had-accounts.json records accounts); nothing was done. Restore the catalog from a backup</source>
        <translation>{path} ішіндегі тіркелгілер Zhazba-дан тыс жойылған (аудит журналы немесе станцияның had-accounts.json файлы тіркелгілерді көрсетеді); ештеңе жасалмады. Каталогты сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this station has accounts: sign in with --user NAME (password from the terminal or {env})</source>
        <translation>бұл станцияда тіркелгілер бар: --user АТЫ арқылы кіріңіз (құпиясөз терминалдан немесе {env} арқылы)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the station catalog {path} cannot be read ({error}); nothing was done. Restore it from a backup, or ask the technician (`zhazba catalog rebuild` rebuilds the hearings but not the accounts)</source>
        <translation>{path} станция каталогы оқылмайды ({error}); ештеңе жасалмады. Оны сақтық көшірмеден қалпына келтіріңіз немесе техникке жүгініңіз (`zhazba catalog rebuild` отырыстарды қалпына келтіреді, бірақ тіркелгілерді емес)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/audit.py" line="+76"/>
        <source>the station secret {path} is missing, but the station&apos;s accounts are sealed with it; nothing was done. Restore station.key from the backup (a new one would lock every account out)</source>
        <translation>станцияның құпия кілті {path} жоқ, бірақ станцияның тіркелгілері соның мөрімен бекітілген; ештеңе орындалмады. station.key файлын сақтық көшірмеден қалпына келтіріңіз (жаңа кілт барлық тіркелгіні бұғаттайды)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/secrets.py" line="+57"/>
        <source>the station secret {path} does not exist; restore station.key from the backup</source>
        <translation>станцияның құпия кілті {path} жоқ; station.key файлын сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the station secret {path} can be read by other users (mode {mode}); run `chmod 600 {path}` and enter the archive credentials again</source>
        <translation>станцияның құпия кілтін {path} басқа пайдаланушылар оқи алады (рұқсат {mode}); `chmod 600 {path}` орындап, мұрағатқа кіру деректерін қайта енгізіңіз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the station secret {path} is damaged (not 32 bytes); nothing was done. Restore it from the backup</source>
        <translation>станцияның құпия кілті {path} бүлінген (32 байт емес); ештеңе орындалмады. Оны сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location filename="../../app/cli/accounts.py" line="+37"/>
        <source>New password for {name}: </source>
        <translation>{name} үшін жаңа құпиясөз: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again: </source>
        <translation>Қайтадан: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passwords differ</source>
        <translation>екі құпиясөз сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{action}: sign in as an administrator with --user NAME</source>
        <translation>«{action}»: --user АТЫ арқылы әкімші ретінде кіріңіз</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no accounts</source>
        <translation>тіркелгілер жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(disabled)</source>
        <translation>(өшірілген)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(locked until {until})</source>
        <translation>({until} дейін бұғатталған)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the account {name} was changed outside Zhazba</source>
        <translation>{name} тіркелгісі Zhazba-дан тыс өзгертілген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no sign-in events</source>
        <translation>кіру оқиғалары жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account changes:</source>
        <translation>тіркелгілердегі өзгерістер:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit log: intact</source>
        <translation>аудит журналы: бүтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUDIT LOG PROBLEMS:</source>
        <translation>АУДИТ ЖУРНАЛЫНДАҒЫ АҚАУЛАР:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the first account on a station must be an administrator</source>
        <translation>станциядағы алғашқы тіркелгі әкімші болуы керек</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account {name} ({role}) created</source>
        <translation>{name} тіркелгісі ({role}) жасалды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password of {name} changed</source>
        <translation>{name} құпиясөзі өзгертілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {name} unlocked</source>
        <translation>{name} тіркелгісі бұғаттан шығарылды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account {name} was not locked</source>
        <translation>{name} тіркелгісі бұғатталмаған еді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {name} is now {role}</source>
        <translation>{name} тіркелгісі енді: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account {name} disabled</source>
        <translation>{name} тіркелгісі өшірілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account {name} enabled</source>
        <translation>{name} тіркелгісі қосылды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(by {user})</source>
        <translation>({user} жасады)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/cli/archive.py" line="+74"/>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../../app/cli/archive.py" line="-26"/>
        <source>pending</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>кезекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation>мұрағатқа жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, local copy deleted</source>
        <translation>мұрағатқа жіберілді, жергілікті көшірмесі жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/export.py" line="+370"/>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not verify</source>
        <translation>тексеруден өтпеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/export.py" line="-14"/>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>жазылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>мөрленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copied to a medium</source>
        <translation>жеткізгішке көшірілді</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{package} was recorded from a simulated source ({mark}); it is never sent to the court archive</source>
        <translation>{package} имитацияланған көзден жазылған ({mark}); ол сот мұрағатына ешқашан жіберілмейді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>queued {package} (#{id})</source>
        <translation>кезекке қойылды: {package} (#{id})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>outside the upload window; it opens at {start}</source>
        <translation>жіберу уақыты емес; ол {start} ашылады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local copy deleted: {package}</source>
        <translation>жергілікті көшірме жойылды: {package}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to upload</source>
        <translation>жіберетін ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>upload window: {window}</source>
        <translation>жіберу уақыты: {window}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last error (attempt {n}): {error}</source>
        <translation>соңғы қате ({n}-әрекет): {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the upload queue is empty</source>
        <translation>жіберу кезегі бос</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{package} is not in the upload queue</source>
        <translation>{package} жүктеу кезегінде жоқ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive copy matches and, read back, verifies in full (signature, manifests, journal, audio)</source>
        <translation>мұрағаттағы көшірме сәйкес келеді және қайта оқылғанда толық тексеруден өтеді (қолтаңба, манифесттер, журнал, дыбыс)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{package} has not been uploaded</source>
        <translation>{package} әлі жүктелмеген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} күн емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>locked until {date}</source>
        <translation>{date} дейін бұғатталды</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>archive settings saved to {path}</source>
        <translation>мұрағат баптаулары сақталды: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive secret key: </source>
        <translation>Мұрағаттың құпия кілті: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>archive credentials stored (encrypted)</source>
        <translation>мұрағатқа кіру деректері сақталды (шифрланған)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{root} is not a folder; give the folder that holds the hearings (the catalog was not changed)</source>
        <translation>{root} қалта емес; отырыстар сақталатын қалтаны беріңіз (каталог өзгерген жоқ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>catalog rebuilt: {n} hearings</source>
        <translation>каталог қайта құрылды: сот отырыстары {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog rebuilt: {n} hearings (and {kept} archived hearings with no local copy, kept)</source>
        <translation>каталог қайта құрылды: сот отырыстары {n} (және жергілікті көшірмесі жоқ мұрағаттағы {kept} отырыс сақталды)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem: {problem}</source>
        <translation>ақау: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no hearing found</source>
        <translation>бірде-бір сот отырысы табылмады</translation>
    </message>
    <message>
        <location filename="../../app/cli/documents.py" line="+172"/>
        <source>unknown time zone {name}; give a name like Asia/Almaty or Asia/Qostanay</source>
        <translation>{name} уақыт белдеуі белгісіз; Asia/Almaty немесе Asia/Qostanay сияқты атау беріңіз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{zone} (now {now})</source>
        <translation>{zone} (қазір {now})</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+34"/>
        <source>wrote {path}</source>
        <translation>жазылды: {path}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>not recorded ({ground}): {folder}</source>
        <translation>жазылмады ({ground}): {folder}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>say who confirms it: --by NAME</source>
        <translation>кім растайтынын көрсетіңіз: --by АТЫ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>journaled: the judge was informed ({at}, by {by})</source>
        <translation>журналға жазылды: судьяға хабарланды ({at}, растаған: {by})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what}. Confirm with --yes.</source>
        <translation>{what}. --yes арқылы растаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}.
Format? Type yes: </source>
        <translation>{what}.
Пішімдеу керек пе? «иә» деп жазыңыз: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>formatted {mountpoint} ({device}) as {filesystem}, label {label}, in {seconds} s</source>
        <translation>{mountpoint} ({device}) {filesystem} ретінде пішімделді, белгісі {label}, {seconds} с ішінде</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="+85"/>
        <source>{message} (see `{prog} --help`)</source>
        <translation>{message} (қараңыз: `{prog} --help`)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>this account may not use that file; check its permissions</source>
        <translation>бұл тіркелгі ол файлды пайдалана алмайды; оның рұқсаттарын тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free space on that drive and try again</source>
        <translation>сол дискіде орын босатып, қайталаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive is read-only; write somewhere else</source>
        <translation>диск тек оқуға арналған; басқа жерге жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a shorter name</source>
        <translation>қысқарақ атау беріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path</source>
        <translation>жолды тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder was expected; check the path</source>
        <translation>қалта күтілген еді; жолды тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file was expected, not a folder; check the path</source>
        <translation>қалта емес, файл күтілген еді; жолды тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive reports a read or write error; check the drive</source>
        <translation>диск оқу немесе жазу қатесін хабарлайды; дискіні тексеріңіз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check the drive and the path</source>
        <translation>дискіні және жолды тексеріңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} ({path}): {hint}</source>
        <translation>{what} ({path}): {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {hint}</source>
        <translation>{what}: {hint}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/cli/export.py" line="+15"/>
        <source>cancelled</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{problem} (details: {path})</source>
        <translation>{problem} (толығырақ: {path})</translation>
    </message>
    <message>
        <location filename="../../app/cli/export.py" line="-219"/>
        <source>confirm the deletion listed above with --yes (no terminal to ask)</source>
        <translation>жоғарыда көрсетілгенді жоюды --yes арқылы растаңыз (сұрайтын терминал жоқ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type DELETE to delete all of this and write the copy: </source>
        <translation>Мұның бәрін жойып, көшірмені жазу үшін DELETE деп теріңіз: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not confirmed; nothing was deleted or written</source>
        <translation>расталмады; ештеңе жойылмады және жазылмады</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>DONE: the case-file copy is written to {where}, read back and verified.</source>
        <translation>ДАЙЫН: іс материалдарына арналған көшірме {where} жеріне жазылды, қайта оқылды және тексерілді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DONE: the participant&apos;s copy is written to {where}, read back and verified.</source>
        <translation>ДАЙЫН: қатысушыға арналған көшірме {where} жеріне жазылды, қайта оқылды және тексерілді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{files} files, {mb:.1f} MB: written in {write:.1f} s, read back in {read:.1f} s.</source>
        <translation>{files} файл, {mb:.1f} MB: {write:.1f} с ішінде жазылды, {read:.1f} с ішінде қайта оқылды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Ескерту: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the medium into its envelope with the label (Rules p. 15): `zhazba document envelope {package}`</source>
        <translation>Жеткізгішті жапсырмасы бар конвертке салыңыз (Қағидалардың 15-тармағы): `zhazba document envelope {package}`</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no removable medium is mounted</source>
        <translation>бірде-бір алмалы жеткізгіш қосылмаған</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>application {id}: issued</source>
        <translation>{id}-өтініш: берілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>application {id}: receipt recorded</source>
        <translation>{id}-өтініш: алғаны туралы белгі жазылды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>give --category (or --package to take it from the package)</source>
        <translation>--category беріңіз (немесе оны пакеттен алу үшін --package)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>application {id} registered; the copy is due by {deadline} ({form})</source>
        <translation>{id}-өтініш тіркелді; көшірме {deadline} дейін берілуі тиіс ({form})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no applications</source>
        <translation>өтініштер жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#{id} {applicant} ({role}) case {case} [{category}] received {received}, due {deadline}</source>
        <translation>#{id} {applicant} ({role}) іс {case} [{category}] түсті {received}, мерзімі {deadline}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OVERDUE {line}</source>
        <translation>МЕРЗІМІ ӨТКЕН {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} d)</source>
        <translation>({n} күн)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: {what} on {medium}</source>
        <translation>: {what}, жеткізгіш: {medium}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; receipt: {receipt}</source>
        <translation>; алғаны туралы белгі: {receipt}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criminal</source>
        <translation>қылмыстық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>civil</source>
        <translation>азаматтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrative</source>
        <translation>әкімшілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrative offence</source>
        <translation>әкімшілік құқық бұзушылық туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of appendix 1</source>
        <translation>1-қосымшадағы нысан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of appendix 2</source>
        <translation>2-қосымшадағы нысан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a medium</source>
        <translation>жеткізгіште</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the information service</source>
        <translation>ақпараттық сервис арқылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case-file copy</source>
        <translation>іс материалдарына арналған көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant&apos;s copy</source>
        <translation>қатысушыға арналған көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_markers.py" line="+23"/>
        <source>marker not saved ({line}): {why}</source>
        <translation>белгі сақталмады ({line}): {why}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>longer than {most} bytes</source>
        <translation>{most} байттан ұзын</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not UTF-8 text (byte {byte} at {position})</source>
        <translation>UTF-8 мәтіні емес ({position} орнында {byte} байты)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the marker {why}</source>
        <translation>белгі: {why}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the rejected marker was not journaled either: {why}</source>
        <translation>қабылданбаған белгі журналға да жазылмады: {why}</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_source.py" line="+44"/>
        <source>{channels} channels: the station records 1 to {most}</source>
        <translation>{channels} арна: станция 1-ден {most}-ге дейін арна жазады</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--fast works only with a simulated source (--source)</source>
        <translation>--fast тек имитацияланған көзбен (--source) жұмыс істейді</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{rate} Hz is not supported; use one of {rates}</source>
        <translation>{rate} Hz қолдау көрсетілмейді; мыналардың бірін беріңіз: {rates}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such audio file: {path} (use tones, speech or a WAV file)</source>
        <translation>мұндай дыбыс файлы жоқ: {path} (`tones`, `speech` немесе WAV файлын беріңіз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a regular file (use tones, speech or a WAV file)</source>
        <translation>{path} кәдімгі файл емес (`tones`, `speech` немесе WAV файлын беріңіз)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} has {channels} channels, not {asked}</source>
        <translation>{path} ішінде {asked} емес, {channels} арна бар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} has {channels} channels: the station records 1 to {most}</source>
        <translation>{path} ішінде {channels} арна бар: станция 1-ден {most}-ге дейін арна жазады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {rate} Hz is not supported; use one of {rates}</source>
        <translation>{path}: {rate} Hz қолдау көрсетілмейді; мыналардың бірін беріңіз: {rates}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--segment-seconds {value}: a segment is {low} s to {high} s</source>
        <translation>--segment-seconds {value}: жазба файлының ұзақтығы {low} с-тан {high} с-қа дейін</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--fast needs --seconds: as fast as the machine allows, it would never end</source>
        <translation>--fast үшін --seconds керек: компьютер мүмкіндігінше жылдам жазба ешқашан аяқталмас еді</translation>
    </message>
    <message>
        <location filename="../../app/cli/signing.py" line="+100"/>
        <source>no password: type it at a terminal, or set {env} for automated sealing.</source>
        <translation>құпиясөз жоқ: оны терминалда теріңіз немесе автоматты мөрлеу үшін {env} орнатыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sealed: {why}</source>
        <translation>мөрленбеді: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the signing key file with --key FILE.p12.</source>
        <translation>қол қою кілтінің файлын --key FILE.p12 арқылы беріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such hearing folder: {path}</source>
        <translation>мұндай отырыс қалтасы жоқ: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot use the key {path}: {why}</source>
        <translation>{path} кілтін пайдалану мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>not sealed: {target} already exists: this hearing has been sealed. Check it with `zhazba verify {target}`; never seal twice over an existing package.</source>
        <translation>мөрленбеді: {target} бар: бұл отырыс мөрленген. Оны `zhazba verify {target}` арқылы тексеріңіз; бар пакеттің үстінен қайта мөрлемеңіз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not sealed: {why}. The hearing folder is unchanged; free disk space or check the drive, then seal again.</source>
        <translation>мөрленбеді: {why}. Отырыс қалтасы өзгерген жоқ; дискіде орын босатыңыз немесе дискіні тексеріп, қайта мөрлеңіз.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>give the timestamp authority with --tsa URL (or set {env}).</source>
        <translation>уақыт белгісі қызметін --tsa URL арқылы көрсетіңіз (немесе {env} орнатыңыз).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a sealed package (no tagmanifest-sha256.txt.p7s).</source>
        <translation>{path} мөрленген пакет емес (tagmanifest-sha256.txt.p7s жоқ).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signature of {package} cannot be read: {reason}</source>
        <translation>{package} қолтаңбасын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{package}: timestamp added</source>
        <translation>{package}: уақыт белгісі қосылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{package}: already has a timestamp</source>
        <translation>{package}: уақыт белгісі бұрыннан бар</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{path} is not a folder. Give the sealed package folder (….sealed) or a hearing folder.</source>
        <translation>{path} қалта емес. Мөрленген пакеттің қалтасын (….sealed) немесе отырыс қалтасын беріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is neither a sealed package (no bagit.txt) nor a hearing folder (no journal.jsonl).</source>
        <translation>{path} мөрленген пакет те (bagit.txt жоқ), отырыс қалтасы да (journal.jsonl жоқ) емес.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot verify {path}: {why}</source>
        <translation>{path} тексеру мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../../app/cli/trust.py" line="+64"/>
        <source>installed {path}:</source>
        <translation>орнатылды {path}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: a certificate in it is not a certification authority&apos;s certificate; install only the court&apos;s root and intermediate CA certificates</source>
        <translation>{path}: ішіндегі бір сертификат куәландырушы орталықтың сертификаты емес; соттың түбірлік және аралық CA сертификаттарын ғана орнатыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} holds no root certificate (one that signs itself); include the NCA root</source>
        <translation>{path} ішінде түбірлік сертификат (өзіне өзі қол қойған) жоқ; ҰКО түбірлік сертификатын қосыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a certificate file: give the PEM file with the NCA&apos;s root and intermediate certificates</source>
        <translation>{path} сертификат файлы емес: ҰКО түбірлік және аралық сертификаттары бар PEM файлын беріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not installed: {why}</source>
        <translation>орнатылмады: {why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no court certificate chain is installed on this station: who signed cannot be confirmed. Install it with `zhazba trust install CHAIN.pem`.</source>
        <translation>бұл станцияда соттың сертификаттар тізбегі орнатылмаған: кім қол қойғанын растау мүмкін емес. Оны `zhazba trust install CHAIN.pem` арқылы орнатыңыз.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this station has no accounts, so there is no administrator to authorise a substitution; journal it with `zhazba seal … --substitute-why`.</source>
        <translation>бұл станцияда тіркелгілер жоқ, сондықтан алмастыруға рұқсат беретін әкімші жоқ; оны журналға `zhazba seal … --substitute-why` арқылы жазыңыз.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>say why, and on whose order</source>
        <translation>себебін және кімнің нұсқауымен екенін көрсетіңіз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} may seal {hearing} instead of its secretary (authorised by {by})</source>
        <translation>{who} {hearing} отырысын хатшының орнына мөрлей алады (рұқсат берген: {by})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not authorised: {why}</source>
        <translation>рұқсат берілмеді: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is not a certificate: give the substitute&apos;s certificate file (PEM or DER), as the certification authority issued it</source>
        <translation>{path} сертификат емес: алмастырушының куәландырушы орталық берген сертификат файлын (PEM немесе DER) көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../app/cli/turns.py" line="+46"/>
        <source>{why} (give a hearing folder or a sealed package)</source>
        <translation>{why} (отырыс қалтасын немесе мөрленген пакетті беріңіз)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no recorded audio</source>
        <translation>{path} ішінде жазылған дыбыс жоқ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mic {n}</source>
        <translation>{n}-микрофон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} turns</source>
        <translation>сөз кезектері: {n}</translation>
    </message>
    <message>
        <location filename="../../app/documents/reading.py" line="+45"/>
        <source>{folder} is not a hearing folder: hearing.json is missing.</source>
        <translation>{folder} отырыс қалтасы емес: hearing.json жоқ.</translation>
    </message>
    <message>
        <location filename="../../app/review/model.py" line="+88"/>
        <source>{path} is neither a sealed package (data/journal.jsonl) nor a hearing folder</source>
        <translation>{path} мөрленген пакет те (data/journal.jsonl), отырыс қалтасы да емес</translation>
    </message>
    <message>
        <location filename="../../app/cli/selfcheck.py" line="+117"/>
        <source>What to do: {remedy}</source>
        <translation>Не істеу керек: {remedy}</translation>
    </message>
    <message>
        <location filename="../../app/cli/signin.py" line="-344"/>
        <source>Password for {name}: </source>
        <translation>{name} құпиясөзі: </translation>
    </message>
    <message>
        <location filename="../../app/cli/selfcheck.py" line="+14"/>
        <source>no password: type it at a terminal, or set {env}</source>
        <translation>құпиясөз жоқ: оны терминалда теріңіз немесе {env} орнатыңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key file {path} cannot be read ({reason})</source>
        <translation>{path} кілт файлын оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} ({role}) may not run the technician&apos;s self-check; the pre-hearing check (--prehearing) is open to secretaries</source>
        <translation>{name} ({role}) техникалық маманның өзін-өзі тексеруін іске қоса алмайды; отырыс алдындағы тексеру (--prehearing) хатшыларға ашық</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The self-check FAILED: {fails} problem(s) must be fixed before recording, and {warns} warning(s).</source>
        <translation>Өзін-өзі тексеру ӨТПЕДІ: жазуға дейін {fails} ақауды түзету керек, ескертулер: {warns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The self-check FAILED: {fails} problem(s) must be fixed before recording.</source>
        <translation>Өзін-өзі тексеру ӨТПЕДІ: жазуға дейін {fails} ақауды түзету керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station is ready ({warns} warning(s) to look at).</source>
        <translation>Станция дайын (қарап шығатын ескертулер: {warns}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station is ready.</source>
        <translation>Станция дайын.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guided microphone test is skipped: there is no input device.</source>
        <translation>Микрофондарды нұсқаулықпен тексеру өткізілмеді: кіріс құрылғысы жоқ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a signed report needs the signing key: add --key FILE.p12.</source>
        <translation>қол қойылған есепке қол қою кілті керек: --key FILE.p12 қосыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--channels must be at least 1.</source>
        <translation>--channels кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the run could not be kept in the station&apos;s history: {reason}</source>
        <translation>тексеру станция тарихында сақталмады: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the report is not written: the signing key did not open.</source>
        <translation>есеп жазылмады: қол қою кілті ашылмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report is not signed: {reason}</source>
        <translation>есепке қол қойылмады: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed report: {json} and {text} (signatures .p7s), signed by {signer}.</source>
        <translation>Қол қойылған есеп: {json} және {text} (.p7s қолтаңбалары), қол қойған: {signer}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/anchors.py" line="+57"/>
        <source>{hearing}: {made} anchors, {queued} queued</source>
        <translation>{hearing}: зәкірлер {made}, кезекте {queued}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no anchors on this station</source>
        <translation>бұл станцияда зәкірлер жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchors not sent: {problem}</source>
        <translation>зәкірлер жіберілмеді: {problem}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>there is no station catalog at {path}</source>
        <translation>{path} жолында станция каталогы жоқ</translation>
    </message>
    <message>
        <location filename="../../app/cli/said_lines.py" line="+22"/>
        <source>digital signature</source>
        <translation>цифрлық қолтаңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-repudiation</source>
        <translation>бас тартпау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key encipherment</source>
        <translation>кілттерді шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data encipherment</source>
        <translation>деректерді шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key agreement</source>
        <translation>кілттерді келісу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing certificates</source>
        <translation>сертификаттарға қол қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing revocation lists</source>
        <translation>кері қайтарылған сертификаттар тізіміне қол қою</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not a database</source>
        <translation>файл дерекқор емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database in it is damaged</source>
        <translation>ондағы дерекқор бүлінген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened</source>
        <translation>файлды ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>another program is using it</source>
        <translation>оны басқа бағдарлама пайдаланып жатыр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may not be written (read-only)</source>
        <translation>оған жазуға болмайды (тек оқуға арналған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive reports a read or write error</source>
        <translation>диск оқу немесе жазу қатесін хабарлайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this account may not use it</source>
        <translation>бұл тіркелгі оны пайдалана алмайды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holder:   {holder}</source>
        <translation>Иесі:     {holder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:   {issuer}</source>
        <translation>Берген:   {issuer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid:    {start} to {end} (UTC)</source>
        <translation>Жарамды:  {start} бастап {end} дейін (UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage:    {usage}</source>
        <translation>Мақсаты:  {usage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WARNING:  the certificate expires in {days} day(s), on {date}. Apply to the NCA for a new key now.</source>
        <translation>НАЗАР АУДАРЫҢЫЗ: сертификаттың мерзімі {days} күннен кейін, {date} аяқталады. Жаңа кілт алу үшін ҰКО-ға қазір жүгініңіз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>signed in: {name} ({role})</source>
        <translation>кірді: {name} ({role})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the station catalog {path} cannot be read ({error}); nothing was done. Restore it from a backup, or ask the technician</source>
        <translation>{path} станция каталогы оқылмайды ({error}); ештеңе жасалмады. Оны сақтық көшірмеден қалпына келтіріңіз немесе техникке жүгініңіз</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sealed: {package} ({files} files, {megabytes} MB, {seconds} s; {hashes} hashes taken from the journal)</source>
        <translation>мөрленді: {package} ({files} файл, {megabytes} MB, {seconds} с; {hashes} хэш журналдан алынды)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>timestamp: added</source>
        <translation>уақыт белгісі: қосылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamp: none</source>
        <translation>уақыт белгісі: жоқ</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/wiring.py" line="+59"/>
        <source>{made} anchors made, {sent} sent, {queued} queued</source>
        <translation>зәкірлер: {made} жасалды, {sent} жіберілді, {queued} кезекте</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_run.py" line="+25"/>
        <source>not anchored (no court archive configured)</source>
        <translation>жасалмады (сот мұрағаты бапталмаған)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ALARM: {what}</source>
        <translation>ДАБЫЛ: {what}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{folder}: {seconds:.1f} s recorded in {wall:.1f} s, {overflows} overflows</source>
        <translation>{folder}: {wall:.1f} с ішінде {seconds:.1f} с жазылды, кіріс толып кетуі: {overflows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anchors: {status}</source>
        <translation>зәкірлер: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the hearing {folder} was left open; run `zhazba recover {folder}` once the drive has space again (or is back) to keep every decodable frame and close it</source>
        <translation>{folder} сот отырысы ашық қалды; дискіде қайта орын болғанда (немесе ол қайта қосылғанда) `zhazba recover {folder}` іске қосыңыз: ол декодталатын әр кадрды сақтап, отырысты жабады</translation>
    </message>
    <message>
        <location filename="../../app/cli/station.py" line="+74"/>
        <source>No screen here: recording a headless demo hearing into {out} instead.</source>
        <translation>Мұнда экран жоқ: оның орнына {out} қалтасына экрансыз көрсетілім отырысы жазылады.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Demo hearing: {folder}</source>
        <translation>Көрсетілім отырысы: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated microphone, {channels} channels, {rate} Hz. Recording {seconds:.0f} s…</source>
        <translation>Микрофон имитациясы, {channels} арна, {rate} Hz. {seconds:.0f} с жазылуда…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>hearing time {t:5.1f} s</source>
        <translation>отырыс уақыты {t:5.1f} с</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recorded: {files}; journal of {n} records, chain intact.</source>
        <translation>Жазылды: {files}; журналда {n} жазба, тізбек бүтін.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {files}; journal of {n} records, chain BROKEN: {problem}.</source>
        <translation>Жазылды: {files}; журналда {n} жазба, тізбек ҮЗІЛГЕН: {problem}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sealed and signed with a demo key: {package}</source>
        <translation>Көрсетілім кілтімен мөрленіп, қол қойылды: {package}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified: everything holds</source>
        <translation>Тексерілді: бәрі дұрыс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified: PROBLEMS: {problems}</source>
        <translation>Тексерілді: АҚАУЛАР: {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check it without Zhazba:</source>
        <translation>Мұны Zhazba-сыз тексеріңіз:</translation>
    </message>
    <message>
        <location filename="../../audio/os_errors.py" line="+18"/>
        <source>No space left on device</source>
        <translation>құрылғыда бос орын жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>файл жүйесі тек оқуға арналған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>әрекетке рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>файл аты тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>қалта емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>бұл қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>енгізу-шығару қатесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused</source>
        <translation>қосылудан бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection timed out</source>
        <translation>қосылу күту уақыты өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No route to host</source>
        <translation>хостқа жол жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network is unreachable</source>
        <translation>желі қолжетімсіз</translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../../ui/review/dialogs.py" line="+46"/>
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
        <location line="+11"/>
        <source>Give two times on the recording, the second later.</source>
        <translation>Жазбадағы екі уақытты көрсетіңіз, екіншісі кейінірек болсын.</translation>
    </message>
</context>
<context>
    <name>Copies</name>
    <message>
        <location filename="../../app/copies/case_file.py" line="+52"/>
        <source>{package} is not a sealed package (no bagit.txt or data/). Give the folder ending in .sealed that the station made when the hearing ended.</source>
        <translation>{package} мөрленген пакет емес (bagit.txt немесе data/ жоқ). Сот отырысы аяқталғанда станция жасаған, атауы .sealed деп аяқталатын қалтаны беріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{package} is not signed ({file} is missing); seal it first.</source>
        <translation>{package} қол қойылмаған ({file} жоқ); алдымен оны мөрлеңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written to the medium</source>
        <translation>жеткізгішке жазылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this hearing was already written to a medium for the case file on {utc} ({medium}); the case file takes one copy (Rules p. 12): keep the extra medium apart or clear it.</source>
        <translation>бұл сот отырысы іс материалдары үшін жеткізгішке {utc} жазылған ({medium}); іс материалдарына бір көшірме тіркеледі (Қағидалардың 12-тармағы): артық жеткізгішті бөлек сақтаңыз немесе тазалаңыз.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>the copy on the medium matches the seal: signature valid and its signer confirmed, {files} files, journal of {records} records intact, {segments} audio files match the journal</source>
        <translation>жеткізгіштегі көшірме мөрге сәйкес: қолтаңба жарамды және қол қоюшы расталды, {files} файл, журналдағы {records} жазба бүтін, {segments} аудиофайл журналға сәйкес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the copy on the medium matches the seal: signature valid (signer not checked: no root given), {files} files, journal of {records} records intact, {segments} audio files match the journal</source>
        <translation>жеткізгіштегі көшірме мөрге сәйкес: қолтаңба жарамды (қол қоюшы тексерілмеді: түбірлік сертификат берілмеген), {files} файл, журналдағы {records} жазба бүтін, {segments} аудиофайл журналға сәйкес</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium.py" line="+50"/>
        <source>the mount point no longer holds it</source>
        <translation>ол енді қосылу нүктесінде жоқ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The medium at {where} is empty: nothing to delete.</source>
        <translation>{where} жеткізгіші бос: жоятын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearing the medium at {where} DELETES {files} files ({mb} MB):</source>
        <translation>{where} жеткізгішін тазалау {files} файлды ЖОЯДЫ ({mb} МБ):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  {name}/  (folder, {files} files, {mb} MB)</source>
        <translation>  {name}/  (қалта, {files} файл, {mb} МБ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  {name}  (file, {mb} MB)</source>
        <translation>  {name}  (файл, {mb} МБ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more</source>
        <translation>  … және тағы {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept (file-system structures): {names}</source>
        <translation>Қалдырылады (файлдық жүйенің құрылымдары): {names}</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_errors.py" line="+71"/>
        <source>the medium at {where} is full ({doing}). Use a larger medium, or clear this one.</source>
        <translation>{where} жеткізгіші толы ({doing}). Көлемі үлкенірек жеткізгішті алыңыз немесе мұны тазалаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the medium at {where} is read-only: nothing can be written to it ({doing}). Slide the stick&apos;s write-protect switch off, or use another medium.</source>
        <translation>{where} жеткізгіші тек оқуға арналған: оған ештеңе жазу мүмкін емес ({doing}). Жинақтағыштағы жазудан қорғау ауыстырғышын өшіріңіз немесе басқа жеткізгіш алыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the medium at {where} was unmounted or removed, or stopped answering, while {doing} ({why}). Plug it in again and start the copy again; the copy on it is incomplete and must not go into the case file.</source>
        <translation>{where} жеткізгіші ажыратылды, алынды немесе жауап бермей қалды ({doing}). Оны қайта қосып, көшіруді қайта бастаңыз; ондағы көшірме толық емес, оны іс материалдарына тіркеуге болмайды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the medium at {where} failed while {doing}: {why}</source>
        <translation>{where} жеткізгіші істен шықты ({doing}): {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listing what is on it</source>
        <translation>ондағыны тізімдеу кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening it</source>
        <translation>оны ашу кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking it is still there</source>
        <translation>оның қосулы екенін тексеру кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking it</source>
        <translation>оны тексеру кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing it</source>
        <translation>оны тазалау кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing the copy</source>
        <translation>көшірмені жазу кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the copy back</source>
        <translation>көшірмені кері оқу кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying the copy</source>
        <translation>көшірмені тексеру кезінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing the copy</source>
        <translation>көшірмені аяқтау кезінде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is not there: no medium is mounted at that place.</source>
        <translation>{where} жоқ: ол жерге ешбір жеткізгіш қосылмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} is a folder on this computer, not a mounted medium. Plug the medium in and choose the place it is mounted at.</source>
        <translation>{where} - бұл компьютердегі қалта, қосылған жеткізгіш емес. Жеткізгішті салып, ол қосылған орынды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what is on the medium at {where} changed since it was shown for confirmation; nothing was deleted. Look at the list again and confirm it.</source>
        <translation>{where} жеткізгішіндегі деректер растауға көрсетілгеннен кейін өзгерді; ештеңе жойылған жоқ. Тізімді қайта қарап, растаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_io.py" line="+28"/>
        <source>{path} on this station cannot be read ({why}): the station&apos;s disk has a problem, not the medium. Nothing was changed on the station; report it to the court&apos;s technician.</source>
        <translation>станциядағы {path} оқылмайды: ақау жеткізгіште емес, станцияның дискісінде. Станцияда ештеңе өзгертілген жоқ; соттың техникалық маманына хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} on this station does not match its sealed hash: the station&apos;s copy is damaged. Nothing was changed on the station; run `zhazba verify` on the package and report it to the court administrator.</source>
        <translation>станциядағы {path} мөрленген хэшіне сәйкес келмейді: станциядағы көшірме бүлінген. Станцияда ештеңе өзгертілген жоқ; пакетті `zhazba verify` командасымен тексеріп, сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_write.py" line="+57"/>
        <source>the copy was interrupted (the station stopped, crashed or was killed) before it finished: the medium holds an incomplete copy (INCOMPLETE-COPY.txt). Write it again.</source>
        <translation>көшіру аяқталмай үзілді (станция тоқтады, апатқа ұшырады немесе мәжбүрлеп жабылды): жеткізгіштегі көшірме толық емес (INCOMPLETE-COPY.txt). Оны қайта жазыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not a removable medium (USB stick, memory card or disc): the station writes copies only to removable media, and never clears its own disks.</source>
        <translation>{where} алынбалы жеткізгіш емес (USB жинақтағыш, жад картасы немесе диск): станция көшірмелерді тек алынбалы жеткізгіштерге жазады және өз дискілерін ешқашан тазаламайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the medium at {where} is not empty. The Rules (p. 33) require clearing it before a copy is written; confirm the deletion of what is listed below (--clear in the command line).
{listing}</source>
        <translation>{where} жеткізгіші бос емес. Қағидалар (33-тармақ) көшірме жазар алдында оны тазалауды талап етеді; төменде көрсетілгенді жоюды растаңыз (командалық жолда --clear).
{listing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the medium at {where} is too small: the copy needs {need} MB, the medium has {available} MB free. Use a larger medium. Nothing was written or deleted.</source>
        <translation>{where} жеткізгішінің көлемі жетпейді: көшірмеге {need} МБ қажет, жеткізгіште {available} МБ бос. Көлемі үлкенірек жеткізгіш алыңыз. Ештеңе жазылған да, жойылған да жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the medium at {where} is too small: the copy needs {need} MB, the medium has {available} MB once cleared. Use a larger medium. Nothing was written or deleted.</source>
        <translation>{where} жеткізгішінің көлемі жетпейді: көшірмеге {need} МБ қажет, тазалағаннан кейін жеткізгіште {available} МБ болады. Көлемі үлкенірек жеткізгіш алыңыз. Ештеңе жазылған да, жойылған да жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than 4 GB, which a FAT medium cannot hold in one file. Use a medium formatted as exFAT or NTFS.</source>
        <translation>{file} көлемі 4 ГБ-тан асады, ал FAT жеткізгіші мұндай файлды сақтай алмайды. exFAT немесе NTFS жүйесінде пішімделген жеткізгіш алыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what was read back from the medium at {where} differs from what was written ({files}): the medium is faulty. Use another medium.</source>
        <translation>{where} жеткізгішінен кері оқылған деректер жазылғаннан өзгеше ({files}): жеткізгіш ақаулы. Басқа жеткізгіш алыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the verification report read back from the medium at {where} differs from what was written: the medium is faulty. Use another medium.</source>
        <translation>{where} жеткізгішінен кері оқылған тексеру есебі жазылғаннан өзгеше: жеткізгіш ақаулы. Басқа жеткізгіш алыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy on the medium at {where} did not verify:
{summary}</source>
        <translation>{where} жеткізгішіндегі көшірме тексеруден өтпеді:
{summary}</translation>
    </message>
    <message>
        <location filename="../../app/copies/participant.py" line="+58"/>
        <source>the journal names an audio file outside the package ({name}): the package was tampered with. No copy is made; run `zhazba verify` and tell the administrator.</source>
        <translation>журналда пакеттен тыс аудиофайл аталған ({name}): пакетке қол сұғылған. Көшірме жасалмайды; `zhazba verify` командасын орындап, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hearing in case {case} of {date} was closed (закрытое судебное заседание / жабық сот отырысы). The Rules (p. 32) allow no copy of its recording; the participant may listen to it in court instead (p. 28).</source>
        <translation>{case} іс бойынша {date} сот отырысы жабық болған. Қағидалар (32-тармақ) оның жазбасының көшірмесін беруге рұқсат етпейді; қатысушы оны сотта тыңдай алады (28-тармақ).</translation>
    </message>
    <message>
        <location filename="../../app/copies/participant_write.py" line="+39"/>
        <source>copied for a participant</source>
        <translation>қатысушыға көшірілмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{package} changed after it was verified ({why}), so no copy was made. Tell the court administrator: someone is altering the station&apos;s files.</source>
        <translation>{package} тексерілгеннен кейін өзгерді, сондықтан көшірме жасалмады. Сот әкімшісіне хабарлаңыз: біреу станцияның файлдарын өзгертуде.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files differ from SHA256SUMS.txt: {files}</source>
        <translation>файлдар SHA256SUMS.txt тізіміне сәйкес келмейді: {files}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>participant copy of {seconds:.0f} s, {channels} microphones, {markers} markers, {closed} closed part(s) silenced; every file matches SHA256SUMS.txt (sha256 {checksum})</source>
        <translation>қатысушыға арналған {seconds:.0f} с көшірме, {channels} микрофон, {markers} аудиобелгі, жабық {closed} бөлік дыбыссыз; әр файл SHA256SUMS.txt файлына сәйкес (sha256 {checksum})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>participant copy of {seconds:.0f} s, {channels} microphones, {markers} markers; every file matches SHA256SUMS.txt (sha256 {checksum})</source>
        <translation>қатысушыға арналған {seconds:.0f} с көшірме, {channels} микрофон, {markers} аудиобелгі; әр файл SHA256SUMS.txt файлына сәйкес (sha256 {checksum})</translation>
    </message>
    <message>
        <location filename="../../app/copies/progress.py" line="+24"/>
        <source>the copy was cancelled. The station&apos;s recording is untouched; the medium holds an incomplete copy (see INCOMPLETE-COPY.txt on it) that must not go into the case file.</source>
        <translation>көшіру тоқтатылды. Станциядағы жазба өзгертілген жоқ; жеткізгіштегі көшірме толық емес (ондағы INCOMPLETE-COPY.txt файлын қараңыз), оны іс материалдарына тіркеуге болмайды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>preparing the participant copy</source>
        <translation>қатысушыға арналған көшірмені дайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>жеткізгішті тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing</source>
        <translation>тазалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back</source>
        <translation>қайта оқу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying</source>
        <translation>салыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, {time} left</source>
        <translation>, {time} қалды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phase}: {fraction:.0%}{left}</source>
        <translation>{phase}: {fraction:.0%}{left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phase}: {done:.1f} of {total:.1f} MB ({fraction:.0%}), {speed:.1f} MB/s{left}</source>
        <translation>{phase}: {total:.1f} MB ішінен {done:.1f} MB ({fraction:.0%}), {speed:.1f} MB/с{left}</translation>
    </message>
    <message>
        <location filename="../../app/copies/register.py" line="+64"/>
        <source>the hearing in case {case} was closed (закрытое судебное заседание): the Rules (p. 32) allow no copy of its recording. The participant may listen to it in court (p. 28); offer a listening session instead.</source>
        <translation>{case} іс бойынша сот отырысы жабық болған: Қағидалар (32-тармақ) оның жазбасының көшірмесін беруге рұқсат етпейді. Қатысушы оны сотта тыңдай алады (28-тармақ); оның орнына тыңдауды ұсыныңыз.</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_format.py" line="+32"/>
        <source>not confirmed: the medium was not formatted</source>
        <translation>расталмады: жеткізгіш пішімделген жоқ</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{mountpoint} holds the system or the station&apos;s own folders; it is never formatted</source>
        <translation>{mountpoint} ішінде жүйе немесе станцияның өз қалталары бар; ол ешқашан пішімделмейді</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the device behind {mountpoint} is not known ({device}); give it with --device</source>
        <translation>{mountpoint} артындағы құрылғы белгісіз ({device}); оны --device арқылы көрсетіңіз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{device} is not a block device on this computer</source>
        <translation>{device} бұл компьютердегі блоктық құрылғы емес</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{device} is a fixed disk, not a removable medium; only a USB stick or a card is formatted for a copy</source>
        <translation>{device} ауыстырылмалы жеткізгіш емес, тұрақты диск; көшірме үшін тек USB жинақтағышы немесе карта пішімделеді</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{mountpoint} is not the drive letter of a removable medium</source>
        <translation>{mountpoint} ауыстырылмалы жеткізгіштің диск әрпі емес</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown file system {filesystem}; one of: {known}</source>
        <translation>белгісіз файл жүйесі {filesystem}; мыналардың бірі: {known}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{tool} is not installed; it is needed to {what}</source>
        <translation>{tool} орнатылмаған; ол мына әрекетке қажет: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not {what}: {output}</source>
        <translation>орындалмады: {what}: {output}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unmount {mountpoint}</source>
        <translation>{mountpoint} ажырату</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mountpoint} is still mounted; close the files open on it</source>
        <translation>{mountpoint} әлі қосулы тұр; ондағы ашық файлдарды жабыңыз</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>mount the formatted medium at {mountpoint}</source>
        <translation>пішімделген жеткізгішті {mountpoint} нүктесіне қосу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{mountpoint} will be formatted ({filesystem}, label {label}); everything on it is lost</source>
        <translation>{mountpoint} пішімделеді ({filesystem}, белгісі {label}); ондағының бәрі жойылады</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>format {what}</source>
        <translation>{what} пішімдеу</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>no medium is mounted at {mountpoint}</source>
        <translation>{mountpoint} нүктесінде жеткізгіш қосылмаған</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mountpoint} ({device}, {count} entries) will be formatted as {filesystem} with the label {label}; everything on it is lost</source>
        <translation>{mountpoint} ({device}, {count} жазба) {filesystem} ретінде {label} белгісімен пішімделеді; ондағының бәрі жойылады</translation>
    </message>
    <message>
        <location filename="../../app/copies/media.py" line="+58"/>
        <source>, read-only</source>
        <translation>, тек оқуға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({fstype}, {free:.0f} MB free of {total:.0f} MB{ro}) at {mountpoint}</source>
        <translation>{name} ({fstype}, {total:.0f} MB ішінен {free:.0f} MB бос{ro}), {mountpoint}</translation>
    </message>
</context>
<context>
    <name>CopyRegisterModel</name>
    <message>
        <location filename="../../ui/copies/register.py" line="-142"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Іс жүргізушілік жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Беру мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>%n күнге МЕРЗІМІ ӨТТІ</numerusform>
            <numerusform>%n күнге МЕРЗІМІ ӨТТІ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>waiting, %n day(s) left</source>
        <translation>
            <numerusform>күтуде, %n күн қалды</numerusform>
            <numerusform>күтуде, %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>түсті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/copies/documents_dialog.py" line="+64"/>
        <source>Save the document</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>DOCX құжаты (*.docx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Judge informed</source>
        <translation>Судьяға хабарланды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When did you tell the presiding judge of the technical failure (Rules p. 9)?</source>
        <translation>Техникалық ақау туралы төрағалық етуші судьяға қашан хабарладыңыз (Қағидалардың 9-тармағы)?</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Brief protocol of the hearing (Rules p. 12–13)</source>
        <translation>Сот отырысының қысқаша хаттамасы (Қағидалардың 12–13-тармақтары)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of technical failure (Rules p. 17–18)</source>
        <translation>Техникалық ақаулар туралы акт (Қағидалардың 17–18-тармақтары)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the court administrator on technical failures (p. 9)</source>
        <translation>Техникалық ақаулар туралы сот әкімшісіне хабарлама (9-тармақ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope label for the medium (Rules p. 15)</source>
        <translation>Жеткізгішке арналған конверт жапсырмасы (Қағидалардың 15-тармағы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application form for a copy (Appendix 1 or 2, p. 31)</source>
        <translation>Көшірме беру туралы өтініш нысаны (1 немесе 2-қосымша, 31-тармақ)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Opened: %1</source>
        <translation>Ашылды: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent to the printer.</source>
        <translation>Басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Journaled: the judge was informed at %1.</source>
        <translation>Журналға жазылды: судьяға %1-де хабарланды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents of the hearing</source>
        <translation>Сот отырысының құжаттары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, hearing of %2</source>
        <translation>№ %1 іс, %2 өткен отырыс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the document:</source>
        <translation>Құжаттың тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant (for the form):</source>
        <translation>Өтініш беруші (нысан үшін):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge informed…</source>
        <translation>Судьяға хабарланды…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal when you told the judge of the technical failure (Rules p. 9)</source>
        <translation>Техникалық ақау туралы судьяға қашан хабарлағаныңызды журналға жазу (Қағидалардың 9-тармағы)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../audio/engine_core.py" line="+208"/>
        <source>the recorder stopped: {reason}</source>
        <translation>жазу тоқтады: {reason}</translation>
    </message>
    <message>
        <location filename="../../audio/segments.py" line="+164"/>
        <source>cannot create the audio file: {reason}. Check that the recording drive is connected, writable and has free space ({folder}).</source>
        <translation>аудиофайл жасау мүмкін емес: {reason}. Жазба дискісінің қосулы, жазуға ашық екенін және онда бос орын барын тексеріңіз ({folder}).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the recording drive is no longer reachable ({reason}). Reconnect it; the audio written so far is kept and `zhazba recover` closes the hearing ({where}).</source>
        <translation>жазба дискісі енді қолжетімсіз ({reason}). Оны қайта қосыңыз; осы уақытқа дейін жазылған дыбыс сақталған, ал `zhazba recover` отырысты жабады ({where}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recording drive is full. Free space or switch drives; the audio written so far is intact ({kib} KiB free at {where}).</source>
        <translation>жазба дискісі толы. Орын босатыңыз немесе басқа дискіге ауысыңыз; осы уақытқа дейін жазылған дыбыс бүтін ({where} жерінде {kib} КиБ бос).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writing audio failed: {reason}. The audio written so far is intact ({where}).</source>
        <translation>дыбыс жазу сәтсіз аяқталды: {reason}. Осы уақытқа дейін жазылған дыбыс бүтін ({where}).</translation>
    </message>
    <message>
        <location filename="../../signing/journal.py" line="+326"/>
        <source>cannot write to the journal: {reason}. Free disk space or check the recording drive; recording data written so far is intact ({path}).</source>
        <translation>журналға жазу мүмкін емес: {reason}. Дискіде орын босатыңыз немесе жазба дискісін тексеріңіз; осы уақытқа дейін жазылған деректер бүтін ({path}).</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/cli/signing.py" line="-97"/>
        <source>no administrator authorised {who} to seal this hearing</source>
        <translation>бірде-бір әкімші {who} үшін осы отырысты мөрлеуге рұқсат бермеген</translation>
    </message>
    <message>
        <location filename="../../app/evidence/register.py" line="+330"/>
        <source>the hearing id {hearing} was already opened on this station with other details; an id is never given to a second hearing, so this opening is refused. Start the hearing again (it gets a new id) and tell the court administrator</source>
        <translation>{hearing} отырыс идентификаторы бұл станцияда басқа деректермен бұрын ашылған; идентификатор екінші отырысқа ешқашан берілмейді, сондықтан бұл ашу қабылданбады. Отырысты қайта бастаңыз (оған жаңа идентификатор беріледі) және сот әкімшісіне хабарлаңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the hearing folder {folder} has no opening record in its journal</source>
        <translation>{folder} отырыс қалтасының журналында ашылу жазбасы жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the station&apos;s audit log cannot be read ({why})</source>
        <translation>станцияның аудит журналы оқылмайды ({why})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station&apos;s audit log was altered outside Zhazba ({why})</source>
        <translation>станцияның аудит журналы Zhazba-дан тыс өзгертілген ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account &apos;{account}&apos; was changed outside Zhazba</source>
        <translation>«{account}» есептік жазбасы Zhazba-дан тыс өзгертілген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sealed: this station&apos;s record of the hearing cannot be trusted ({why}). Ask the court administrator to restore the catalog from a backup.</source>
        <translation>Мөрленбеді: станцияның осы отырыс туралы жазбасына сенуге болмайды ({why}). Сот әкімшісінен каталогты сақтық көшірмеден қалпына келтіруін сұраңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Only hearings opened on this station are sealed here; report it to the court administrator.</source>
        <translation>Мөрленбеді: {why}. Мұнда тек осы станцияда ашылған отырыстар мөрленеді; сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Report it to the court administrator.</source>
        <translation>Мөрленбеді: {why}. Сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sealed: {why}. Ask the court administrator to authorise the substitution with `zhazba trust substitute`.</source>
        <translation>Мөрленбеді: {why}. Сот әкімшісінен ауыстыруға `zhazba trust substitute` командасымен рұқсат беруін сұраңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Only audio recorded in this hearing on this station is sealed with it; report it to the court administrator.</source>
        <translation>Мөрленбеді: {why}. Осы отырыспен тек осы станцияда осы отырыста жазылған дыбыс мөрленеді; сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Seal with the secretary&apos;s own key, or ask the court administrator to authorise a substitution (`zhazba trust substitute`).</source>
        <translation>Мөрленбеді: {why}. Хатшының өз кілтімен мөрлеңіз немесе сот әкімшісінен ауыстыруға рұқсат беруін сұраңыз (`zhazba trust substitute`).</translation>
    </message>
    <message>
        <location filename="../../app/evidence/trust.py" line="+71"/>
        <source>The court&apos;s certificate chain {file} is missing on this station, so no signature can be trusted and nothing is sealed, verified or given out. The administrator installs it with `zhazba trust install CHAIN.pem`.</source>
        <translation>Соттың сертификаттар тізбегі {file} осы станцияда жоқ, сондықтан бірде-бір қолтаңбаға сенуге болмайды, ештеңе мөрленбейді, тексерілмейді және берілмейді. Әкімші оны `zhazba trust install CHAIN.pem` командасымен орнатады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The court&apos;s certificate chain {file} was changed outside `zhazba trust install`, so it is not trusted and nothing is sealed, verified or given out. The administrator installs the court&apos;s chain again with `zhazba trust install CHAIN.pem`.</source>
        <translation>Соттың сертификаттар тізбегі {file} `zhazba trust install` командасынан тыс өзгертілген, сондықтан оған сенілмейді, ештеңе мөрленбейді, тексерілмейді және берілмейді. Әкімші соттың тізбегін `zhazba trust install CHAIN.pem` командасымен қайта орнатады.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/gate.py" line="+210"/>
        <source>the journal of {folder} does not hold ({why}), so no document is made from it. Make the document from the sealed package and tell the court administrator.</source>
        <translation>{folder} журналы тұтас емес ({why}), сондықтан одан құжат жасалмайды. Құжатты мөрленген пакеттен жасаңыз және сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} was sealed, but its package {package} is not beside it, so what the folder holds cannot be checked against the seal. Make the document from the sealed package.</source>
        <translation>{folder} мөрленген, бірақ оның {package} пакеті жанында жоқ, сондықтан қалтадағыны мөрмен салыстырып тексеру мүмкін емес. Құжатты мөрленген пакеттен жасаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{package} changed while it was being verified ({why}), so nothing was copied. Tell the court administrator: someone is altering the station&apos;s files.</source>
        <translation>{package} тексеру кезінде өзгерді ({why}), сондықтан ештеңе көшірілмеді. Сот әкімшісіне хабарлаңыз: біреу станцияның файлдарын өзгертуде.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy at {copy} is not the package that was verified (its manifests or signature differ), so it was removed. Tell the court administrator: someone is altering the station&apos;s files.</source>
        <translation>{copy} көшірмесі тексерілген пакет емес (оның манифесттері немесе қолтаңбасы басқа), сондықтан ол жойылды. Сот әкімшісіне хабарлаңыз: біреу станцияның файлдарын өзгертуде.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{package} did NOT verify, so it is not {action}. Nothing was copied. Run `zhazba verify {path}` for the full report and tell the court administrator.
{problems}</source>
        <translation>{package} тексеруден ӨТПЕДІ, сондықтан {action}. Ештеңе көшірілмеді. Толық есеп үшін `zhazba verify {path}` командасын орындап, сот әкімшісіне хабарлаңыз.
{problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more</source>
        <translation>  … және тағы {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether {folder} was sealed cannot be told: {why}</source>
        <translation>{folder} мөрленген-мөрленбегенін анықтау мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../../app/evidence/station_state.py" line="+89"/>
        <source>this court station&apos;s record {file} is missing, so the signer binding is NOT proven and nothing is given out. Restore the catalog from a backup and tell the court administrator</source>
        <translation>осы сот станциясының {file} тізілімі жоқ, сондықтан қол қоюшының байланысы ДӘЛЕЛДЕНБЕГЕН және ештеңе берілмейді. Каталогты сақтық көшірмеден қалпына келтіріңіз және сот әкімшісіне хабарлаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this court station&apos;s record {file} is damaged or cannot be read, so the signer binding is NOT proven and nothing is given out. Restore the catalog from a backup and tell the court administrator</source>
        <translation>осы сот станциясының {file} тізілімі бүлінген немесе оқылмайды, сондықтан қол қоюшының байланысы ДӘЛЕЛДЕНБЕГЕН және ештеңе берілмейді. Каталогты сақтық көшірмеден қалпына келтіріңіз және сот әкімшісіне хабарлаңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the accounts in this court station&apos;s record {file} were deleted outside Zhazba, so the signer binding is NOT proven and nothing is given out. Restore the catalog from a backup and tell the court administrator</source>
        <translation>осы сот станциясының {file} тізіліміндегі есептік жазбалар Zhazba-дан тыс жойылған, сондықтан қол қоюшының байланысы ДӘЛЕЛДЕНБЕГЕН және ештеңе берілмейді. Каталогты сақтық көшірмеден қалпына келтіріңіз және сот әкімшісіне хабарлаңыз</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/copies/export_dialog.py" line="+102"/>
        <source>Copies of recordings</source>
        <translation>Аудиожазба көшірмелері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealed hearing:</source>
        <translation>Мөрленген сот отырысы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium (plug in a USB stick or card; the list follows):</source>
        <translation>Жеткізгіш (USB жинақтағышты немесе картаны салыңыз — тізім өзі жаңарады):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participant&apos;s copy (audio, player, markers)</source>
        <translation>Қатысушыға арналған көшірме (аудио, ойнатқыш, белгілер)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a hearing and a medium.</source>
        <translation>Сот отырысын және жеткізгішті таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write copy</source>
        <translation>Көшірмені жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel copy</source>
        <translation>Жазуды тоқтату</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy to a medium</source>
        <translation>Жеткізгішке көшірме</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record receipt…</source>
        <translation>Берілгенін белгілеу…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Copy register</source>
        <translation>Көшірмелерді беру журналы</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Format the medium first (Rules p. 33), labelled with the case</source>
        <translation>Алдымен жеткізгішті пішімдеу (Қағидалардың 33-тармағы), белгісі — іс нөмірі</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>[closed hearing: no participant copies]</source>
        <translation>[жабық отырыс: қатысушыларға көшірме берілмейді]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The medium %1 was removed.</source>
        <translation>%1 жеткізгіші алынды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 MB free of %3 MB, %4, at %5</source>
        <translation>%1 — %3 МБ ішінен %2 МБ бос, %4, %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(read-only)</source>
        <translation>(тек оқу)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) OVERDUE (Rules p. 34)</source>
        <translation>
            <numerusform>%n өтініштің мерзімі ӨТТІ (Қағидалар, 34-тармақ)</numerusform>
            <numerusform>%n өтініштің мерзімі ӨТТІ (Қағидалар, 34-тармақ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no application</source>
        <translation>өтінішсіз</translation>
    </message>
    <message>
        <location filename="../../ui/copies/format_prompt.py" line="+75"/>
        <source>Clear the medium?</source>
        <translation>Жеткізгішті тазалау керек пе?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The medium is not empty. The Rules (p. 33) require clearing it before the copy. Everything listed will be DELETED.</source>
        <translation>Жеткізгіш бос емес. Қағидалар бойынша (33-тармақ) көшірме жазар алдында оны тазалау қажет. Тізімдегінің бәрі ЖОЙЫЛАДЫ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete and write</source>
        <translation>Жойып, жазу</translation>
    </message>
    <message>
        <location filename="../../ui/copies/export_dialog.py" line="+11"/>
        <source>Choose a hearing and a medium first.</source>
        <translation>Алдымен сот отырысын және жеткізгішті таңдаңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not confirmed: nothing was deleted or written.</source>
        <translation>Расталмады: ештеңе жойылған жоқ және жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formatting the medium, then writing…</source>
        <translation>Жеткізгіш пішімделуде, содан кейін жазылады…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 of %3 MB, %4 MB/s, %5 left</source>
        <translation>%1: %3 МБ ішінен %2 МБ, %4 МБ/с, %5 қалды</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DONE: the copy was read back from the medium and verified.</source>
        <translation>ДАЙЫН: көшірме жеткізгіштен қайта оқылып, тексерілді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NOT DONE:</source>
        <translation>ОРЫНДАЛМАДЫ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preparing the participant copy</source>
        <translation>қатысушыға арналған көшірмені дайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>жеткізгішті тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing</source>
        <translation>тазалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back</source>
        <translation>қайта оқу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying</source>
        <translation>салыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Who received the copy, and when:</source>
        <translation>Көшірмені кім және қашан алды:</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="+40"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Қайда қарау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Файл &amp;аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>FormatPrompt</name>
    <message>
        <location filename="../../ui/copies/format_prompt.py" line="-50"/>
        <source>Format the medium?</source>
        <translation>Жеткізгішті пішімдеу керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medium %1 (device %2, mounted at %3) will be FORMATTED as %4 with the label %5 before the copy is written (Rules p. 33). EVERYTHING on it will be lost.</source>
        <translation>Көшірме жазылар алдында %1 жеткізгіші (%2 құрылғысы, %3 жерінде қосылған) %5 белгісімен %4 ретінде ПІШІМДЕЛЕДІ (Қағидалардың 33-тармағы). Ондағы БАРЛЫҚ деректер жойылады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check that this is the medium for the copy, and no other disk.</source>
        <translation>Бұл басқа диск емес, дәл көшірмеге арналған жеткізгіш екенін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format and write</source>
        <translation>Пішімдеу және жазу</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The device of this medium is not known, so it cannot be formatted here: untick formatting to clear it instead.</source>
        <translation>Бұл жеткізгіштің құрылғысы белгісіз, сондықтан оны мұнда пішімдеу мүмкін емес: оның орнына тазалау үшін пішімдеу белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not confirmed: the medium was not formatted.</source>
        <translation>Расталмады: жеткізгіш пішімделген жоқ.</translation>
    </message>
</context>
<context>
    <name>GuidedTestBox</name>
    <message>
        <location filename="../../ui/selfcheck/guided.py" line="+90"/>
        <source>The microphone test cannot start: {0}</source>
        <translation>Микрофонды тексеруді бастау мүмкін емес: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please keep quiet for a moment…</source>
        <translation>Біраз уақыт тыныштық сақтаңыз…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak into microphone {0} now</source>
        <translation>{0}-микрофонға қазір сөйлеңіз</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Microphone test</source>
        <translation>Микрофонды тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test this microphone</source>
        <translation>Осы микрофонды тексеру</translation>
    </message>
</context>
<context>
    <name>Hearing</name>
    <message>
        <location filename="../../app/hearing/schema.py" line="+51"/>
        <source>contains a text-direction control character ({code})</source>
        <translation>ішінде мәтін бағытын басқару таңбасы бар ({code})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains a control character ({code})</source>
        <translation>ішінде басқару таңбасы бар ({code})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is longer than {limit} characters</source>
        <translation>{limit} таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>more than {most} participants</source>
        <translation>қатысушылар {most}-ден көп</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the hearing details must be a JSON object, not {kind}</source>
        <translation>отырыс мәліметтері JSON нысаны болуы керек, {kind} емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be text, not {kind}</source>
        <translation>«{where}» мәтін болуы керек, {kind} емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} must be true or false, not {kind}</source>
        <translation>«{where}» true немесе false болуы керек, {kind} емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be a list, not {kind}</source>
        <translation>«{where}» тізім болуы керек, {kind} емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: more than {most}</source>
        <translation>«{where}»: {most}-ден көп</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be an object, not {kind}</source>
        <translation>«{where}» нысан болуы керек, {kind} емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: role and name must be text</source>
        <translation>«{where}»: рөл мен аты мәтін болуы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: channel must be a whole number or null, not {kind}</source>
        <translation>«{where}»: арна бүтін сан немесе null болуы керек, {kind} емес</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an object</source>
        <translation>нысан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a number</source>
        <translation>сан</translation>
    </message>
</context>
<context>
    <name>HearingLibrary</name>
    <message>
        <location filename="../../ui/review/library.py" line="+220"/>
        <source>sealed</source>
        <translation>мөрленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, copied to a medium</source>
        <translation>мөрленген, жеткізгішке көшірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, in the court archive</source>
        <translation>мөрленген, сот мұрағатында</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtroom</source>
        <translation>Сот залы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+72"/>
        <source>Open for review</source>
        <translation>Қарауға ашу</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open its documents</source>
        <translation>Құжаттарын ашу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>in the court archive only (deleted from this station)</source>
        <translation>тек сот мұрағатында (бұл станциядан жойылған)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found on this station</source>
        <translation>бұл станцияда табылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded (Rules p. 3)</source>
        <translation>жазылмаған (Қағидалардың 3-тармағы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being recorded</source>
        <translation>жазылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended, not sealed yet (waiting for the signing key)</source>
        <translation>аяқталды, әлі мөрленбеген (қол қою кілтін күтуде)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This hearing is being recorded now. It can be reviewed once it has ended.</source>
        <translation>Бұл сот отырысы қазір жазылуда. Оны аяқталғаннан кейін қарауға болады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the court archive holds this hearing now: its copy on this station was deleted after the archive confirmed it. Ask the court administrator for it.</source>
        <translation>Бұл сот отырысы енді тек сот мұрағатында сақталады: мұрағат растағаннан кейін оның осы станциядағы көшірмесі жойылды. Оны сот әкімшісінен сұраңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of this hearing is not on this station any more. Ask the technician.</source>
        <translation>Бұл сот отырысының қалтасы бұл станцияда енді жоқ. Техникалық маманға хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearings of this station</source>
        <translation>Осы станцияның сот отырыстары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case number, date, courtroom, judge, name or state</source>
        <translation>іс нөмірі, күні, сот залы, судья, аты-жөні немесе күйі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No hearing matches.</source>
        <translation>Сәйкес келетін сот отырысы жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no hearings on this station yet.</source>
        <translation>Бұл станцияда әзірге сот отырыстары жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
</context>
<context>
    <name>HearingLibraryDialog</name>
    <message>
        <location line="+67"/>
        <source>Open the documents of a hearing</source>
        <translation>Сот отырысының құжаттарын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a hearing</source>
        <translation>Сот отырысын ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a medium…</source>
        <translation>Жеткізгіштен…</translation>
    </message>
</context>
<context>
    <name>HearingSetupForm</name>
    <message>
        <location filename="../../ui/recording/setup_form.py" line="+137"/>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
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
        <location line="+1"/>
        <source>e.g. 7199-26-00-2/1234</source>
        <translation>мысалы, 7199-26-00-2/1234</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+109"/>
        <source>Add the participants of the hearing</source>
        <translation>Сот отырысына қатысушыларды қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one participant a microphone</source>
        <translation>Кемінде бір қатысушыға микрофон беріңіз</translation>
    </message>
    <message>
        <location line="+38"/>
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
    <name>JudgeInformed</name>
    <message>
        <location filename="../../app/hearing/judge_informed.py" line="+47"/>
        <source>say who confirms that the judge was informed (the secretary)</source>
        <translation>судьяға хабарланғанын кім растайтынын көрсетіңіз (хатшы)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{folder} is a sealed package: nothing may be added to it (Rules p. 19)</source>
        <translation>{folder} — мөрленген пакет: оған ештеңе қосуға болмайды (Қағидалардың 19-тармағы)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{folder} is not a hearing folder (no journal.jsonl)</source>
        <translation>{folder} сот отырысының қалтасы емес (journal.jsonl жоқ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the hearing is sealed: nothing may be added to its journal (Rules p. 19). Write the time on the incident report by hand.</source>
        <translation>сот отырысы мөрленген: оның журналына ештеңе қосуға болмайды (Қағидалардың 19-тармағы). Уақытты хабарламаға қолмен жазыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the hearing is still being recorded (or the station stopped during it): confirm it in the recording window, or close the hearing first</source>
        <translation>сот отырысы әлі жазылуда (немесе станция жазу кезінде тоқтап қалды): мұны жазу терезесінде растаңыз немесе алдымен отырысты жабыңыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal shows no technical failure: there is nothing to report to the judge (Rules p. 9)</source>
        <translation>журналда техникалық ақау жоқ: судьяға хабарлайтын ештеңе жоқ (Қағидалардың 9-тармағы)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the judge cannot have been told before the first failure ({time}, court time); check the time</source>
        <translation>бірінші ақауға дейін ({time}, сот уақыты) судьяға хабарлау мүмкін емес; уақытты тексеріңіз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>that time has not come yet; check the time</source>
        <translation>бұл уақыт әлі келген жоқ; уақытты тексеріңіз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} is not a time like 14:05 (or the date is bad)</source>
        <translation>{value} 14:05 сияқты уақыт емес (немесе күні қате)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/station/key_dialog.py" line="+163"/>
        <source>Choose the key file first.</source>
        <translation>Алдымен кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was not opened.</source>
        <translation>Кілт ашылмады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong while opening the key: %1</source>
        <translation>Кілтті ашқанда қате шықты: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sealing the hearings that were waiting for the key…</source>
        <translation>Кілтті күткен сот отырыстары мөрленуде…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No hearings were waiting for the key.</source>
        <translation>Кілтті күтіп тұрған сот отырыстары болған жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+14"/>
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
    <name>KeyPicker</name>
    <message>
        <location filename="../../ui/station/key_picker.py" line="+108"/>
        <source>station key folder</source>
        <translation>станцияның кілттер қалтасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium «%1»</source>
        <translation>«%1» жеткізгіші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your home folder</source>
        <translation>сіздің үй қалтаңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose your signing key</source>
        <translation>Қол қою кілтіңізді таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key files (.p12, .pfx) in the station key folder, on the media plugged in and in your home folder. Arrows choose, Enter takes the key, F5 looks again.</source>
        <translation>Станцияның кілттер қалтасындағы, салынған жеткізгіштердегі және үй қалтаңыздағы кілт файлдары (.p12, .pfx). Көрсеткілермен таңдаңыз, Enter кілтті алады, F5 қайта іздейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Жазылған уақыты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key file was found. Plug in the medium that holds your key (the list follows it), or close this and type the key file&apos;s full path.</source>
        <translation>Кілт файлы табылмады. Кілтіңіз бар жеткізгішті салыңыз (тізім өзі жаңарады) немесе мұны жауып, кілт файлының толық жолын теріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take this key</source>
        <translation>Осы кілтті алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again (F5)</source>
        <translation>Қайта іздеу (F5)</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../../ui/recording/meter.py" line="+288"/>
        <source>NO SIGNAL FROM THE DEVICE</source>
        <translation>ҚҰРЫЛҒЫДАН СИГНАЛ ЖОҚ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SILENT</source>
        <translation>ҮНСІЗ</translation>
    </message>
</context>
<context>
    <name>ListeningDialog</name>
    <message>
        <location filename="../../ui/copies/listening_dialog.py" line="+66"/>
        <source>Listening session in court</source>
        <translation>Сотта тыңдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listening session is registered in the copy register (Rules p. 28, 35): who listens, to which hearing, on which application, and their mark at the end.</source>
        <translation>Тыңдау көшірмелер журналында тіркеледі (Қағидалардың 28, 35-тармақтары): кім тыңдайды, қай отырысты, қай өтініш бойынша және соңында оның белгісі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who listens:</source>
        <translation>Кім тыңдайды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As:</source>
        <translation>Кім ретінде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application No. (0: none):</source>
        <translation>Өтініш № (0 — жоқ):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/recording/window.py" line="+197"/>
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
        <location line="+30"/>
        <source>Recording could not start: %1</source>
        <translation>Жазуды бастау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The hearing has ended; it is saved in %1</source>
        <translation>Сот отырысы аяқталды; жазба мына жерде сақталды: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The hearing is being sealed</source>
        <translation>Сот отырысы мөрленуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hearing is being sealed and signed. Wait until the report appears; then the program can be closed.</source>
        <translation>Сот отырысы мөрленіп, қол қойылуда. Есеп шыққанша күтіңіз; содан кейін бағдарламаны жабуға болады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hearing is being recorded</source>
        <translation>Сот отырысы жазылып жатыр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the hearing first: recording can only be stopped by ending it, which is written into the journal.</source>
        <translation>Алдымен сот отырысын аяқтаңыз: жазуды тек сот отырысын аяқтау арқылы тоқтатуға болады, бұл журналға жазылады.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>MarkDialog</name>
    <message>
        <location filename="../../ui/copies/listening_dialog.py" line="+19"/>
        <source>End of the listening session</source>
        <translation>Тыңдаудың аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has listened. Their mark (Rules p. 35):</source>
        <translation>%1 тыңдады. Оның белгісі (Қағидалардың 35-тармағы):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listened to the recording; %1</source>
        <translation>Аудиожазбаны тыңдадым; %1</translation>
    </message>
</context>
<context>
    <name>MarkerEditDialog</name>
    <message>
        <location filename="../../ui/recording/markers.py" line="+285"/>
        <source>Correct the marker</source>
        <translation>Аудиобелгіні түзету</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+24"/>
        <source>Marker at %1 (%2)</source>
        <translation>%1 уақыттағы аудиобелгі (%2)</translation>
    </message>
</context>
<context>
    <name>MarkerPanel</name>
    <message>
        <location line="-146"/>
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
        <location line="+6"/>
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
        <location filename="../../ui/recording/marker_model.py" line="+81"/>
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
    <name>MediumPicker</name>
    <message>
        <location filename="../../ui/review/medium_picker.py" line="+93"/>
        <source>read-only</source>
        <translation>тек оқу</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sealed</source>
        <translation>мөрленген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sealed</source>
        <translation>мөрленбеген</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open a hearing from a medium</source>
        <translation>Сот отырысын жеткізгіштен ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media plugged in:</source>
        <translation>Салынған &amp;жеткізгіштер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>Файлдық жүйе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No medium is plugged in. Plug one in: it appears here by itself.</source>
        <translation>Бірде-бір жеткізгіш салынбаған. Оны салыңыз: ол мұнда өзі пайда болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hearings on this medium:</source>
        <translation>Осы жеткізгіштегі сот &amp;отырыстары:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Courtroom</source>
        <translation>Сот залы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hearing was found on this medium.</source>
        <translation>Бұл жеткізгіште сот отырысы табылмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../../ui/review/transport.py" line="+171"/>
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
        <location filename="../../ui/recording/monitor.py" line="+62"/>
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
    <name>NotRecorded</name>
    <message>
        <location filename="../../app/hearing/not_recorded.py" line="+33"/>
        <source>unknown ground {ground}; one of: {grounds}</source>
        <translation>белгісіз негіз {ground}; мыналардың бірі: {grounds}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the grounds of Rules p. 3 are those of a first-instance court; this hearing must be recorded</source>
        <translation>Қағидалардың 3-тармағының негіздері бірінші сатыдағы сотқа қатысты; бұл отырыс жазылуы тиіс</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this ground applies only to another category of case (Rules p. 3)</source>
        <translation>бұл негіз істің басқа санатына ғана қолданылады (Қағидалардың 3-тармағы)</translation>
    </message>
</context>
<context>
    <name>NotRecordedButton</name>
    <message>
        <location filename="../../ui/recording/not_recorded.py" line="+127"/>
        <source>Not recorded…</source>
        <translation>Жазылмайды…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing is held without recording, on a ground of Rules p. 3</source>
        <translation>Отырыс Қағидалардың 3-тармағындағы негіз бойынша жазусыз өткізіледі</translation>
    </message>
</context>
<context>
    <name>NotRecordedDialog</name>
    <message>
        <location line="-42"/>
        <source>civil case heard without summoning the parties (writ or simplified written proceedings) — Rules p. 3 (1)</source>
        <translation>азаматтық іс тараптарды шақырмай қаралады (бұйрық бойынша, оңайлатылған (жазбаша) іс жүргізу) — Қағидалардың 3-тармағының 1) тармақшасы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative offence: the person fully admits guilt and does not ask for evidence to be examined — Rules p. 3 (2)</source>
        <translation>әкімшілік құқық бұзушылық: адам кінәсін толық мойындайды және дәлелдемелерді зерттеуді сұрамайды — Қағидалардың 3-тармағының 2) тармақшасы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equipment faulty, missing or unusable for technical reasons — Rules p. 3 (3)</source>
        <translation>жабдық ақаулы, жоқ немесе техникалық себептер бойынша қолдануға келмейді — Қағидалардың 3-тармағының 3) тармақшасы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hearing not recorded</source>
        <translation>Отырыс жазылмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hearing is held without audio recording. Choose the ground of Rules p. 3; the brief protocol will state it.</source>
        <translation>Отырыс аудиожазбасыз өткізіледі. Қағидалардың 3-тармағындағы негізді таңдаңыз; ол қысқаша хаттамада көрсетіледі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ground of Rules p. 3 fits this hearing: it must be recorded.</source>
        <translation>Қағидалардың 3-тармағындағы бірде-бір негіз бұл отырысқа сәйкес келмейді: ол жазылуы тиіс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded, because:</source>
        <translation>Жазылмайды, себебі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The hearing details are not complete: see the marked fields.</source>
        <translation>Сот отырысы туралы мәліметтер толық емес: белгіленген өрістерді қараңыз.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not recorded (Rules p. 3): %1</source>
        <translation>Жазусыз (Қағидалардың 3-тармағы): %1</translation>
    </message>
</context>
<context>
    <name>OpenHearingDialog</name>
    <message>
        <location filename="../../ui/review/dialogs.py" line="+13"/>
        <source>Open a hearing for review</source>
        <translation>Сот отырысын қарау үшін ашу</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
        <source>being recorded</source>
        <translation>жазылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended, not sealed yet</source>
        <translation>аяқталды, әлі мөрленбеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>мөрленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, copied to a medium</source>
        <translation>мөрленген, жеткізгішке көшірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, in the court archive</source>
        <translation>мөрленген, сот мұрағатында</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From a medium…</source>
        <translation>Жеткізгіштен…</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <location filename="../../ui/recording/participants.py" line="+153"/>
        <source>Participants and microphones</source>
        <translation>Қатысушылар мен микрофондар</translation>
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
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/recording/controls.py" line="+50"/>
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
    <name>PickerDialog</name>
    <message>
        <location filename="../../ui/widgets/picker.py" line="+83"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PrecheckPanel</name>
    <message>
        <location filename="../../ui/selfcheck/precheck_panel.py" line="+142"/>
        <source>Checking… ask each participant to say a few words into their microphone (%1 s)</source>
        <translation>Тексеру жүріп жатыр… әр қатысушыдан өз микрофонына бірнеше сөз айтуын сұраңыз (%1 с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write why recording starts despite the failed check</source>
        <translation>Тексеру сәтсіз болса да, жазудың неге басталатынын жазыңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inputs %1 of the device are not recorded.</source>
        <translation>Құрылғының %1 кірістері жазылмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+20"/>
        <source>✖ The sound device is missing or cannot record this many channels.</source>
        <translation>✖ Дыбыс құрылғысы жоқ немесе мұнша арнаны жаза алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ No sound at all arrives from the sound input: check that the microphone interface is switched on, connected and not muted, then check again.</source>
        <translation>✖ Дыбыс көзінен ешқандай дыбыс келмейді: микрофон интерфейсінің қосулы, жалғанған және дыбысы өшірілмегенін тексеріп, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖ The station check failed: %1</source>
        <translation>✖ Станцияны тексеру сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ No sound on microphone(s): %1</source>
        <translation>✖ Мына микрофондардан дыбыс жоқ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged: %1</source>
        <translation>Расталды: %1</translation>
    </message>
</context>
<context>
    <name>RecordingControls</name>
    <message>
        <location filename="../../ui/recording/controls.py" line="+107"/>
        <source>✖ NOT RECORDING: no sound from the microphones</source>
        <translation>✖ ЖАЗЫЛМАЙДЫ: микрофондардан дыбыс жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ NOT RECORDING: the microphones are disconnected since %1 (%2)</source>
        <translation>✖ ЖАЗЫЛМАЙДЫ: микрофондар %1 бастап ажыратылған (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+7"/>
        <source>■ Recording ended — sealing the hearing, please wait…</source>
        <translation>■ Жазу аяқталды — отырыс мөрленуде, күте тұрыңыз…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● RECORDING</source>
        <translation>● ЖАЗЫЛУДА</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+27"/>
        <source>Check the microphone cable and the USB connection of the audio interface. The station resumes recording by itself when the device is back. If it does not come back, call the technician.</source>
        <translation>Микрофон кабелін және дыбыс интерфейсінің USB қосылымын тексеріңіз. Құрылғы қайта қосылғанда станция жазуды өзі жалғастырады. Егер құрылғы қайтпаса, техникалық маманды шақырыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another device answered (%1), but it has fewer inputs than this hearing records: nothing is recorded from it. Connect the audio interface the hearing was recording from, or call the technician.</source>
        <translation>Басқа құрылғы жауап берді (%1), бірақ оның кірістері бұл сот отырысы жазатын микрофондардан аз: одан ештеңе жазылмайды. Сот отырысы жазылып тұрған дыбыс интерфейсін қосыңыз немесе техникалық маманды шақырыңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another device answered (%1): record from it</source>
        <translation>Басқа құрылғы жауап берді (%1): одан жазу</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../../ui/recording/page.py" line="+100"/>
        <source>Recording level, dBFS (click a red lamp to reset it)</source>
        <translation>Жазу деңгейі, dBFS (қызыл шамды басса, сөнеді)</translation>
    </message>
</context>
<context>
    <name>RecordingViewModel</name>
    <message>
        <location filename="../../ui/recording/viewmodel.py" line="+118"/>
        <source>“%1”, %2 inputs</source>
        <translation>«%1», %2 кіріс</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../app/hearing/recovery.py" line="+92"/>
        <source>the hearing was closed normally</source>
        <translation>сот отырысы қалыпты жабылған</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>recovered {seconds:.1f} s of the interrupted segment {segment}; at most {lost:.1f} s before the interruption may be missing</source>
        <translation>үзілген {segment}-сегменттің {seconds:.1f} с қалпына келтірілді; жазу үзілгенге дейінгі ең көбі {lost:.1f} с жоғалуы мүмкін</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the hearing was closed; no audio segment was open</source>
        <translation>сот отырысы жабылды; бірде-бір аудиосегмент ашық болмаған</translation>
    </message>
    <message>
        <location filename="../../audio/recover.py" line="+145"/>
        <source>cannot write the salvaged audio next to {file}: {reason}. Free space on that drive and run `zhazba recover` again; nothing was changed.</source>
        <translation>қалпына келтірілген дыбысты {file} жанына жазу мүмкін емес: {reason}. Сол дискіде орын босатып, `zhazba recover` қайта іске қосыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the salvaged audio next to {file} (is the drive full?). Free space on that drive and run `zhazba recover` again; nothing was changed.</source>
        <translation>қалпына келтірілген дыбысты {file} жанына жазу мүмкін емес (диск толы емес пе?). Сол дискіде орын босатып, `zhazba recover` қайта іске қосыңыз; ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../ui/review/viewmodel.py" line="+105"/>
        <source>{span} (microphone(s) {channels})</source>
        <translation>{span} ({channels} микрофон(дар))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Altered audio: {ranges}.</source>
        <translation>Өзгертілген дыбыс: {ranges}.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../ui/review/markers.py" line="+69"/>
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
        <location line="+18"/>
        <source>Put by the secretary on the station&apos;s suggestion (from the microphones)</source>
        <translation>Хатшы станцияның ұсынысы бойынша қойды (микрофондар бойынша)</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+104"/>
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
        <location filename="../../ui/review/window.py" line="+87"/>
        <source>Microphone {n}</source>
        <translation>Микрофон {n}</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+87"/>
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
        <location line="+64"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV кестесі (*.csv)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WAV sound file (*.wav)</source>
        <translation>WAV дыбыс файлы (*.wav)</translation>
    </message>
    <message>
        <location line="-25"/>
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
        <location line="+0"/>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/station/signin.py" line="+53"/>
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
    <name>SelfCheck</name>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="+222"/>
        <source>The self-check stopped: {error}.</source>
        <translation>Өзін-өзі тексеру тоқтады: {error}.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck.py" line="+68"/>
        <source>Channel {n}</source>
        <translation>{n}-арна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel {n}</source>
        <translation>{n}-арна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels {first} and {last}</source>
        <translation>{first} және {last} арналар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channels {first} and {last}</source>
        <translation>{first} және {last} арналар</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recording input is not available: {error}.</source>
        <translation>Жазуға арналған кіріс қолжетімсіз: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the microphone interface is connected by USB and switched on, then run the check again. If it was replaced, choose the new device in the station settings.</source>
        <translation>Микрофон интерфейсі USB арқылы қосылғанын және іске қосылғанын тексеріп, тексеруді қайта іске қосыңыз. Егер ол ауыстырылса, станция баптауларында жаңа құрылғыны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The input device &apos;{device}&apos; is present ({hostapi}, {channels} input channels).</source>
        <translation>«{device}» кіріс құрылғысы бар ({hostapi}, кіріс арналары: {channels}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The input cannot record as configured: {error}.</source>
        <translation>Кіріс берілген баптаулармен жаза алмайды: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the number of channels and the sample rate in the station settings to what the microphone interface offers (see its manual), or use an interface with more inputs.</source>
        <translation>Станция баптауларында микрофон интерфейсі қолдайтын арналар санын және дискреттеу жиілігін көрсетіңіз (оның нұсқаулығын қараңыз) немесе кірістері көбірек интерфейсті пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{device}&apos; records {channels} channels at {rate} Hz, {bits}-bit.</source>
        <translation>«{device}» {channels} арнаны {rate} Гц жиілікпен, {bits} битпен жазады.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>outputs present: {outputs}</source>
        <translation>бар шығыстар: {outputs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outputs present: none</source>
        <translation>шығыстар жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No headphone output: &apos;{name}&apos; output device was not found ({why}).</source>
        <translation>Құлаққапқа шығыс жоқ: «{name}» шығыс құрылғысы табылмады ({why}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No headphone output: any output device was not found ({why}).</source>
        <translation>Құлаққапқа шығыс жоқ: бірде-бір шығыс құрылғысы табылмады ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect the headphones or the sound card they plug into, and choose it as the monitoring output in the station settings. The secretary must be able to listen to the recording (Rules p. 11).</source>
        <translation>Құлаққапты немесе ол қосылатын дыбыс картасын қосып, оны станция баптауларында тыңдауға арналған шығыс ретінде таңдаңыз. Хатшы жазбаны тыңдай алуы тиіс (Қағидалардың 11-тармағы).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The headphone output &apos;{device}&apos; is present.</source>
        <translation>«{device}» құлаққап шығысы бар.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck_recording.py" line="+53"/>
        <source>No signal at all on any channel: the input delivers digital silence.</source>
        <translation>Бірде-бір арнада сигнал жоқ: кіріс цифрлық тыныштық береді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the microphone interface is switched on and connected, that the right input device is chosen, and that the input is not muted in the system&apos;s sound settings.</source>
        <translation>Микрофон интерфейсі қосулы және жалғанғанын, дұрыс кіріс құрылғысы таңдалғанын және жүйенің дыбыс баптауларында кірістің дыбысы өшірілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the microphone on {channels}: that it is plugged in firmly, switched on, its cable undamaged and, for condenser microphones, that phantom power (48 V) is on at the interface. Swap cables with a working channel to find the faulty part.</source>
        <translation>Микрофонды тексеріңіз ({channels}): берік жалғанғанын, қосулы екенін, кабелі бүтін екенін, ал конденсаторлық микрофондар үшін интерфейсте фантомдық қорек (48 В) қосулы екенін. Ақаулы бөлікті табу үшін кабельдерді жұмыс істеп тұрған арнамен ауыстырып көріңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the microphone on {channels}: that it is plugged in firmly, switched on, their cable undamaged and, for condenser microphones, that phantom power (48 V) is on at the interface. Swap cables with a working channel to find the faulty part.</source>
        <translation>Микрофондарды тексеріңіз ({channels}): берік жалғанғанын, қосулы екенін, кабельдері бүтін екенін, ал конденсаторлық микрофондар үшін интерфейсте фантомдық қорек (48 В) қосулы екенін. Ақаулы бөлікті табу үшін кабельдерді жұмыс істеп тұрған арнамен ауыстырып көріңіз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signal at all on {channels}: the microphone is dead.</source>
        <translation>Сигнал мүлдем жоқ — {channels}: микрофон істемейді.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>All {count} channels carry a signal.</source>
        <translation>Барлық {count} арнада сигнал бар.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The noise floor of {channels} is high (above {threshold:.0f} dBFS in a quiet room): speech will be harder to understand.</source>
        <translation>Шу деңгейі жоғары — {channels} (тыныш залда {threshold:.0f} dBFS-тен жоғары): сөзді түсіну қиындайды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lower the input gain of that channel, keep its cable away from power cables, and check for hum from a shared power socket. Run the check while the room is quiet.</source>
        <translation>Осы арнаның кіріс күшейтуін азайтыңыз, оның кабелін қуат кабельдерінен алшақ ұстаңыз және ортақ розеткадан гуіл жоқ екенін тексеріңіз. Тексеруді залда тыныш кезде жүргізіңіз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Noise floor between {quietest:.0f} and {loudest:.0f} dBFS.</source>
        <translation>Шу деңгейі {quietest:.0f} және {loudest:.0f} dBFS аралығында.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The noise floor could not be measured: no channel carries a signal.</source>
        <translation>Шу деңгейін өлшеу мүмкін болмады: бірде-бір арнада сигнал жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix the missing signal first.</source>
        <translation>Алдымен сигналдың жоқтығын жойыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channels} reached full scale (clipping) during the test: loud speech on it will be distorted.</source>
        <translation>{channels}: тексеру кезінде сигнал шкаланың шегіне жетті (асқын жүктеме) — қатты сөз бұрмаланады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn the input gain of that channel down until its meter stays out of the red, and check that nothing knocks against the microphone.</source>
        <translation>Осы арнаның кіріс күшейтуін индикаторы қызыл аймаққа шықпайтындай етіп азайтыңыз және микрофонға ештеңе соғылмайтынын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No channel clipped.</source>
        <translation>Бірде-бір арнада асқын жүктеме жоқ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channels} has a DC offset (its signal is shifted off zero): a sign of a faulty preamplifier or interface.</source>
        <translation>{channels}: тұрақты құраушы бар (сигнал нөлден ығысқан) — алдын ала күшейткіштің немесе интерфейстің ақаулығының белгісі.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reconnect the interface; if the offset stays, have the interface serviced.</source>
        <translation>Интерфейсті қайта жалғаңыз; ығысу сақталса, интерфейсті жөндеуге беріңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No DC offset.</source>
        <translation>Тұрақты құраушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck_guided.py" line="+74"/>
        <source>Please keep quiet for a moment…</source>
        <translation>Біраз уақыт тыныштық сақтаңыз…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak into microphone {n} now</source>
        <translation>{n}-микрофонға қазір сөйлеңіз</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Microphone {n} picks up the voice, and only microphone {n}.</source>
        <translation>{n}-микрофон дауысты қабылдайды, және тек {n}-микрофон ғана.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Microphone {n} picks up the voice, but {channels} heard it almost as loud.</source>
        <translation>{n}-микрофон дауысты қабылдайды, бірақ оны басқалар да дерлік сондай қатты қабылдады: {channels}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point each microphone at its own seat and keep them apart; if the other channel was as loud as this one, its cable may be plugged into the wrong input.</source>
        <translation>Әр микрофонды өз орнына бағыттап, оларды бір-бірінен алшақ қойыңыз; егер басқа арна осындай қатты болса, оның кабелі басқа кіріске жалғанған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The voice came in on channel {other}, not on channel {n}: the microphone cables are swapped or the wrong microphone was used.</source>
        <translation>Дауыс {n}-арнадан емес, {other}-арнадан келді: микрофон кабельдері ауысып кеткен немесе басқа микрофонға сөйлеген.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plug microphone {n} into input {n} of the interface (or correct the channel map in the station settings), then repeat this step.</source>
        <translation>{n}-микрофонды интерфейстің {n}-кірісіне жалғаңыз (немесе станция баптауларында арналардың бөлінуін түзетіңіз), содан кейін осы қадамды қайталаңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Microphone {n} did not pick up any voice.</source>
        <translation>{n}-микрофон ешқандай дауысты қабылдамады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that microphone {n} is plugged in, switched on and not muted, that its gain is up, and speak close to it; then repeat this step.</source>
        <translation>{n}-микрофонның жалғанғанын, қосулы екенін және дыбысы өшірілмегенін, күшейтуі жеткілікті екенін тексеріп, оған жақынырақ сөйлеңіз; содан кейін осы қадамды қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck_loopback.py" line="+108"/>
        <source>Check the cable from the output &apos;{output}&apos; to the input &apos;{input}&apos;, that the output volume is up and not muted, then run the check again.</source>
        <translation>«{output}» шығысынан «{input}» кірісіне дейінгі кабельді, шығыстың дыбыс деңгейі жеткілікті және дыбысы өшірілмегенін тексеріп, тексеруді қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The loopback test could not start: {error}.</source>
        <translation>Ілмектік сынақты бастау мүмкін болмады: {error}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The input &apos;{input}&apos; delivered no audio within {seconds:.0f} s.</source>
        <translation>«{input}» кірісі {seconds:.0f} с ішінде дыбыс бермеді.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The loopback test failed to run: {error}.</source>
        <translation>Ілмектік сынақ қатемен аяқталды: {error}.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The input delivered too little audio for the loopback test.</source>
        <translation>Кіріс ілмектік сынақ үшін тым аз дыбыс берді.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test tone played on &apos;{output}&apos; was not heard on any input channel of &apos;{input}&apos;.</source>
        <translation>«{output}» шығысында ойнатылған сынақ сигналы «{input}» кірісінің бірде-бір арнасында қабылданбады.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The test tone played on &apos;{output}&apos; was heard on {channels} of &apos;{input}&apos;.</source>
        <translation>«{output}» шығысында ойнатылған сынақ сигналы «{input}» кірісінде қабылданды ({channels}).</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/checks.py" line="+76"/>
        <source>The simulated microphone ({source}) is in use: demo mode, no real input is checked.</source>
        <translation>Микрофонның имитациясы ({source}) қолданылуда: демонстрациялық режим, нақты кіріс тексерілмейді.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>test tones</source>
        <translation>сынақ сигналдары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speech</source>
        <translation>сөйлеу</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The test recording failed: {error}.</source>
        <translation>Сынақ жазбасы сәтсіз аяқталды: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect the microphone interface and run the check again.</source>
        <translation>Микрофон интерфейсін қайта жалғап, тексеруді қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check could not run: {error}.</source>
        <translation>Тексеруді орындау мүмкін болмады: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report this to the court&apos;s technician with the exported self-check report.</source>
        <translation>Бұл туралы сыртқа шығарылған өзін-өзі тексеру есебін қоса беріп, соттың техникалық маманына хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The test of microphone {n} ended before the input delivered enough audio.</source>
        <translation>{n}-микрофонды тексеру кіріс жеткілікті дыбыс бергенге дейін аяқталды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the microphone interface and repeat the step.</source>
        <translation>Микрофон интерфейсін тексеріп, қадамды қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/disk.py" line="+93"/>
        <source>The recording folder {folder} cannot be examined: {error}.</source>
        <translation>{folder} жазбалар қалтасын тексеру мүмкін емес: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the folder or choose an existing one in the station settings.</source>
        <translation>Қалтаны жасаңыз немесе станция баптауларында бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{size} free in {folder}: about {hours:.1f} hours of recording at {channels} channels, {rate} Hz, {bits}-bit. That is not enough for a hearing.</source>
        <translation>{folder} ішінде {size} бос: {channels} арна, {rate} Гц, {bits} бит баптауымен шамамен {hours:.1f} сағат жазба. Бұл сот отырысына жеткіліксіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free space now: make sure sealed hearings have reached the archive, then let the station remove their local copies, or move old hearings to another disk. Ask the court&apos;s technician if unsure.</source>
        <translation>Орынды қазір босатыңыз: мөрленген сот отырыстарының мұрағатқа жеткенін тексеріп, станцияға олардың жергілікті көшірмелерін жоюға рұқсат етіңіз немесе ескі отырыстарды басқа дискіге көшіріңіз. Күмәндансаңыз, соттың техникалық маманына жүгініңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{size} free in {folder}: about {hours:.1f} hours of recording at {channels} channels, {rate} Hz, {bits}-bit. That is less than a court day.</source>
        <translation>{folder} ішінде {size} бос: {channels} арна, {rate} Гц, {bits} бит баптауымен шамамен {hours:.1f} сағат жазба. Бұл бір сот күнінен аз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free space before the next court day (uploaded hearings can be removed from the station).</source>
        <translation>Келесі сот күніне дейін орын босатыңыз (мұрағатқа жіберілген отырыстарды станциядан жоюға болады).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{size} free in {folder}: about {hours:.1f} hours of recording at {channels} channels, {rate} Hz, {bits}-bit.</source>
        <translation>{folder} ішінде {size} бос: {channels} арна, {rate} Гц, {bits} бит баптауымен шамамен {hours:.1f} сағат жазба.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The folder {folder} is full: nothing more can be written.</source>
        <translation>{folder} қалтасы толы: бұдан артық ештеңе жазу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free space on that disk (see the disk-space check).</source>
        <translation>Осы дискіде орын босатыңыз (бос орынды тексеруді қараңыз).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station cannot write into {folder} ({error}).</source>
        <translation>Станция {folder} қалтасына жаза алмайды ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only or the folder&apos;s permissions forbid writing: check the disk for errors and that the station&apos;s user may write there.</source>
        <translation>Диск тек оқуға арналған немесе қалтаның құқықтары жазуға тыйым салады: дискіні қателерге тексеріңіз және станция пайдаланушысының онда жаза алатынына көз жеткізіңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it, or choose an existing folder in the station settings.</source>
        <translation>Оны жасаңыз немесе станция баптауларында бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing into {folder} failed: {error}.</source>
        <translation>{folder} қалтасына жазу сәтсіз аяқталды: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk for errors.</source>
        <translation>Дискіні қателерге тексеріңіз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs). Too slow to record safely.</source>
        <translation>Жазбалар қалтасы fsync арқылы {speed}/с қабылдайды (жазуға қажеттіден {factor:.0f}×). Бұл сенімді жазу үшін тым баяу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is failing or overloaded: have it checked or replaced.</source>
        <translation>Диск ақаулы немесе шамадан тыс жүктелген: оны тексертіңіз немесе ауыстырыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs). Sealing or export while recording may delay it.</source>
        <translation>Жазбалар қалтасы fsync арқылы {speed}/с қабылдайды (жазуға қажеттіден {factor:.0f}×). Жазу кезіндегі мөрлеу немесе экспорт оны кідіртуі мүмкін.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have the disk checked; close other programs that write to it.</source>
        <translation>Дискіні тексертіңіз; оған жазатын басқа бағдарламаларды жабыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs).</source>
        <translation>Жазбалар қалтасы fsync арқылы {speed}/с қабылдайды (жазуға қажеттіден {factor:.0f}×).</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/station.py" line="+113"/>
        <source>The computer&apos;s clock says {when} UTC, which cannot be right: journal times would be wrong.</source>
        <translation>Компьютер сағаты {when} UTC көрсетеді, бұл дұрыс болуы мүмкін емес: журналдағы уақыт қате болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the date and time (and the time zone) in the system settings; the CMOS battery may be flat if it happens after every start.</source>
        <translation>Жүйе баптауларында күн мен уақытты (және уақыт белдеуін) орнатыңыз; бұл әр іске қосқаннан кейін қайталанса, CMOS батареясы отырып қалған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The wall clock moved by {drift:+.2f} s against the steady clock during the check: it is being changed.</source>
        <translation>Тексеру кезінде жүйелік сағат монотонды сағатқа қатысты {drift:+.2f} с жылжыды: оны қазір өзгертіп жатыр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the time synchronisation settle; recordings are timed by their frame counter, so markers are not affected.</source>
        <translation>Уақыт синхрондауының аяқталуын күтіңіз; жазбадағы уақыт кадрлар санағышы бойынша есептеледі, сондықтан белгілерге әсер етпейді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clock reads {when} UTC but is not synchronised with a time server.</source>
        <translation>Сағат {when} UTC көрсетеді, бірақ уақыт серверімен синхрондалмаған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable network time synchronisation (NTP) so journal times are exact.</source>
        <translation>Журналдағы уақыт дәл болуы үшін желілік уақыт синхрондауын (NTP) қосыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>synchronised by NTP</source>
        <translation>NTP арқылы синхрондалған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP status unknown on this system</source>
        <translation>бұл жүйеде NTP күйі белгісіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clock reads {when} UTC ({state}).</source>
        <translation>Сағат {when} UTC көрсетеді ({state}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No signing key is open: hearings will wait for signing until one is.</source>
        <translation>Қол қою кілті ашылмаған: ол ашылғанға дейін отырыстар қол қоюды күтеді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the secretary&apos;s key (.p12) so recordings are signed as soon as each hearing ends (Rules p. 14).</source>
        <translation>Әр отырыс аяқталған бойда жазбаларға қол қойылуы үшін хатшының кілтін (.p12) ашыңыз (Қағидалардың 14-тармағы).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signing key cannot sign: {error}</source>
        <translation>Қол қою кілті қол қоя алмайды: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a valid signing key from the NCA and open it on the station.</source>
        <translation>ҰКО-дан жарамды қол қою кілтін алып, оны станцияда ашыңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply for a new key before this one expires.</source>
        <translation>Осы кілттің мерзімі біткенге дейін жаңа кілтке өтінім беріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of {holder} is valid until {until}.</source>
        <translation>{holder} кілті {until} дейін жарамды.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recording is not affected: sealed hearings wait in the upload queue. Check the network cable and ask the court&apos;s administrator whether the archive server runs.</source>
        <translation>Бұл жазуға әсер етпейді: мөрленген отырыстар жіберу кезегінде күтеді. Желі кабелін тексеріп, соттың әкімшісінен мұрағат серверінің жұмыс істеп тұрғанын сұраңыз.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No archive server is configured, so recordings stay only on this station.</source>
        <translation>Мұрағат сервері бапталмаған, сондықтан жазбалар тек осы станцияда сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator sets the archive up with `zhazba archive configure`.</source>
        <translation>Әкімші мұрағатты `zhazba archive configure` командасымен баптайды.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The archive server {endpoint} cannot be reached ({reason}).</source>
        <translation>{endpoint} мұрағат серверіне қосылу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The archive server {endpoint} answers (HTTP {status}).</source>
        <translation>{endpoint} мұрағат сервері жауап береді (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No medium at {mount}.</source>
        <translation>{mount} ішінде жеткізгіш жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the disc or USB drive for the case file and wait until the system shows it.</source>
        <translation>Іс материалдарына арналған дискіні немесе USB жинақтағышын салып, жүйе оны көрсеткенше күтіңіз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The medium is write-protected or read-only: move its lock switch, or use another medium (a finalised disc cannot be written again).</source>
        <translation>Жеткізгіш жазудан қорғалған немесе тек оқуға арналған: оның қорғау ауыстырғышын жылжытыңыз немесе басқа жеткізгішті пайдаланыңыз (аяқталған дискіге қайта жазу мүмкін емес).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{mount} is writable but is not a separate medium (not a mount point).</source>
        <translation>{mount} ішіне жазуға болады, бірақ бұл бөлек жеткізгіш емес (тіркеу нүктесі емес).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the case-file medium is inserted and chosen, not a folder on the station&apos;s own disk.</source>
        <translation>Станцияның өз дискісіндегі қалта емес, іс материалдарына арналған жеткізгіш салынғанын және таңдалғанын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The medium at {mount} is writable ({free} free).</source>
        <translation>{mount} ішіндегі жеткізгішке жазуға болады ({free} бос).</translation>
    </message>
    <message>
        <location filename="../../app/hearing/mirror.py" line="+264"/>
        <source>The second copy cannot be written to {folder}: {error}.</source>
        <translation>Екінші көшірмені {folder} ішіне жазу мүмкін емес: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording is not affected, but nothing is mirrored: reconnect the second disk or network share, or ask the court&apos;s technician.</source>
        <translation>Жазуға әсер етпейді, бірақ екінші көшірме жасалмайды: екінші дискіні немесе желілік қалтаны қайта қосыңыз не соттың техникалық маманына хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The second copy goes to {folder} ({free:.1f} GB free).</source>
        <translation>Екінші көшірме {folder} ішіне жазылады ({free:.1f} ГБ бос).</translation>
    </message>
    <message>
        <location filename="../../app/cli/selfcheck.py" line="-200"/>
        <source>The signing key cannot be opened: {problem}.</source>
        <translation>Қол қою кілтін ашу мүмкін емес: {problem}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the key file and its password.</source>
        <translation>Кілт файлы мен оның құпиясөзін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The guided test could not run: {error}.</source>
        <translation>Нұсқаулықпен тексеру іске қосылмады: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the input device.</source>
        <translation>Кіріс құрылғысын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>SelfCheckReport</name>
    <message>
        <location filename="../../ui/selfcheck/pdf.py" line="+32"/>
        <source>Report of the equipment self-check</source>
        <translation>Жабдықты өзін-өзі тексеру хаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Тексерген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound input</source>
        <translation>Дыбыс көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphones (channels)</source>
        <translation>Микрофондар (арналар)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station can record</source>
        <translation>станция жазуға дайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problems must be fixed before recording</source>
        <translation>жазу алдында ақауларды жою қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Не анықталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s default input</source>
        <translation>жүйенің әдепкі дыбыс көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated microphone</source>
        <translation>микрофон имитациясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Техникалық маман</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(signature)</source>
        <translation>(қолы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is signed with the electronic signature of {who}: the file {name}.p7s beside it.</source>
        <translation>Бұл құжатқа {who} электрондық цифрлық қолтаңбасы қойылған: қасындағы {name}.p7s файлы.</translation>
    </message>
</context>
<context>
    <name>SelfCheckWindow</name>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="-56"/>
        <location line="+1"/>
        <source>Equipment self-check</source>
        <translation>Жабдықты өзін-өзі тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run self-check</source>
        <translation>Өзін-өзі тексеруді бастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed report…</source>
        <translation>Қол қойылған есепті шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/verdicts.py" line="+70"/>
        <location filename="../../app/selfcheck/report.py" line="+45"/>
        <source>Microphone test</source>
        <translation>Микрофонды тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="+2"/>
        <source>Not run yet. Press “Run self-check”.</source>
        <translation>Әлі іске қосылмаған. «Өзін-өзі тексеруді бастау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/verdicts.py" line="-20"/>
        <source>Microphone {0}</source>
        <translation>{0}-микрофон</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/selfcheck/report.py" line="-16"/>
        <source>Input device</source>
        <translation>Кіріс құрылғысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Channels and sample rate</source>
        <translation>Арналар және дискреттеу жиілігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Test recording</source>
        <translation>Сынақ жазбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Signal on every channel</source>
        <translation>Әр арнадағы сигнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Noise floor</source>
        <translation>Шу деңгейі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Clipping</source>
        <translation>Асқын жүктеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>DC offset</source>
        <translation>Тұрақты құраушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Loopback tone</source>
        <translation>Ілмектік сынақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Headphone output</source>
        <translation>Құлаққап шығысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Free disk space</source>
        <translation>Дискідегі бос орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Write speed</source>
        <translation>Жазу жылдамдығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>System clock</source>
        <translation>Жүйелік сағат</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Signing certificate</source>
        <translation>Қол қою сертификаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Archive server</source>
        <translation>Мұрағат сервері</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+2"/>
        <source>Second copy</source>
        <translation>Екінші көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="-1"/>
        <source>Removable media</source>
        <translation>Алынбалы жеткізгіштер</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/selfcheck/report.py" line="+7"/>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Failed</source>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="+23"/>
        <source>Checking… the test recording takes a few seconds; please keep the room quiet.</source>
        <translation>Тексерілуде… сынақ жазбасы бірнеше секундқа созылады; залда тыныштық сақтаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n problem(s) must be fixed before recording.</source>
        <translation>
            <numerusform>Жазу алдында %n ақауды жою қажет.</numerusform>
            <numerusform>Жазу алдында %n ақауды жою қажет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The station can record; %n warning(s) to look at.</source>
        <translation>
            <numerusform>Станция жаза алады; %n ескертуді қарап шығыңыз.</numerusform>
            <numerusform>Станция жаза алады; %n ескертуді қарап шығыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything works: the station is ready to record.</source>
        <translation>Бәрі жұмыс істейді: станция жазуға дайын.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a check to see what it found and what to do.</source>
        <translation>Не табылғанын және не істеу керегін көру үшін тексеруді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>Не істеу керек:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Run the self-check first.</source>
        <translation>Алдымен өзін-өзі тексеруді іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the signing key first: the report is signed with it.</source>
        <translation>Алдымен қол қою кілтін ашыңыз: есепке сонымен қол қойылады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>The report was not written: {0}</source>
        <translation>Есеп жазылмады: {0}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Signed report written: {0} and {1}</source>
        <translation>Қол қойылған есеп жазылды: {0} және {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed report written in Kazakh and Russian: {0}</source>
        <translation>Қол қойылған есеп қазақ және орыс тілдерінде жазылды: {0}</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/report.py" line="+7"/>
        <source>Microphone {n}</source>
        <translation>{n}-микрофон</translation>
    </message>
</context>
<context>
    <name>SignedIn</name>
    <message>
        <location filename="../../ui/station/role_start.py" line="+96"/>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hearing is being recorded or sealed in this window: end it and wait for the seal before another person signs in.</source>
        <translation>Бұл терезеде сот отырысы жазылып не мөрленіп жатыр: басқа адам кірер алдында оны аяқтап, мөрленуін күтіңіз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is signed in.</source>
        <translation>Ешкім кірген жоқ.</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../ui/station/signin.py" line="+8"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Жүйеге кірген: %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are signed in as %1: only the secretary of the court hearing records a hearing (Rules p. 7, 20).</source>
        <translation>Сіз жүйеге «%1» ретінде кірдіңіз: сот отырысын тек сот отырысының хатшысы жазады (Қағидалардың 7, 20-тармақтары).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Too many wrong passwords: this account is locked until %1 (%2 min). Wait, or ask the administrator to unlock it.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді: бұл тіркелгі %1 дейін құлыпталды (%2 мин). Күте тұрыңыз немесе әкімшіден оны құлыптан шығаруды сұраңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл тіркелгі бұғатталған. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong username or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You are not signed in: no account on this station is linked to this certificate, or that account is disabled. Ask the administrator.</source>
        <translation>Жүйеге кіру орындалмады: осы станциядағы бірде-бір тіркелгі бұл сертификатпен байланыстырылмаған немесе ол тіркелгі бұғатталған. Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+1"/>
        <source>Sign in with signing key…</source>
        <translation>Қол қою кілтімен кіру…</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../signing/cades.py" line="+122"/>
        <source>the timestamp authority {url} could not be used ({reason}). The package is signed without a timestamp; add it later, once the TSA is reachable, with `zhazba seal PACKAGE --timestamp-only --tsa URL`.</source>
        <translation>{url} уақыт белгісі қызметін пайдалану мүмкін болмады ({reason}). Пакетке уақыт белгісіз қол қойылды; қызмет қолжетімді болғанда оны кейін `zhazba seal PACKAGE --timestamp-only --tsa URL` арқылы қосыңыз.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/main.py" line="+239"/>
        <source>Hearings that waited for the key</source>
        <translation>Кілтті күткен отырыстар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings that were waiting for the key and are now sealed: %1</source>
        <translation>Кілтті күтіп тұрған және енді мөрленген сот отырыстары: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The station check found problems:</source>
        <translation>Станцияны тексеру ақауларды тапты:</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../ui/station/menu.py" line="+222"/>
        <source>This key belongs to %1, not to the person signed in (%2): each secretary opens her own key.</source>
        <translation>Бұл кілт %1 иесіне тиесілі, жүйеге кірген адамға (%2) емес: әр хатшы өз кілтін ашады.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No signing key is open: hearings will wait to be sealed</source>
        <translation>Қол қою кілті ашылмаған: отырыстар мөрленуді күтеді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key: %1 (valid to %2)</source>
        <translation>Қол қою кілті: %1 (%2 дейін жарамды)</translation>
    </message>
    <message>
        <location filename="../../ui/station/openers.py" line="+117"/>
        <source>Review a hearing</source>
        <translation>Сот отырысын қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder cannot be opened for review: %1</source>
        <translation>Бұл қалтаны қарау үшін ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Hearing documents</source>
        <translation>Сот отырысының құжаттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder holds no hearing: %1</source>
        <translation>Бұл қалтада сот отырысы жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/station/menu.py" line="+37"/>
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
        <source>Hearing documents…</source>
        <translation>Отырыс құжаттары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-check…</source>
        <translation>Өзін-өзі тексеру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out / switch user…</source>
        <translation>Шығу / пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../ui/station/reports.py" line="+27"/>
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
        <location line="+17"/>
        <source>The hearing was closed; no audio segment was open.</source>
        <translation>Сот отырысы жабылды; бірде-бір аудиосегмент ашық болмаған.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s of the interrupted segment %2 were kept; at most %3 s before the interruption may be missing.</source>
        <translation>Үзілген %2-сегменттің %1 с сақталды; жазу үзілгенге дейінгі ең көбі %3 с жоғалуы мүмкін.</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>SuggestionBar</name>
    <message>
        <location filename="../../ui/recording/speaker_help.py" line="+184"/>
        <source>Speaking on microphone %1 since %2: %3 — no marker yet.</source>
        <translation>%1-микрофонда %2 бастап сөйлеп жатыр: %3 — аудиобелгі әлі қойылмаған.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the marker (%1)</source>
        <translation>Аудиобелгіні қою (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss (%1)</source>
        <translation>Қажет емес (%1)</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/widgets/terms.py" line="+23"/>
        <location line="+55"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location line="-54"/>
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
        <location filename="../../app/hearing/alarm_texts.py" line="-41"/>
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
        <source>The microphone interface came back as a different device: confirm before recording from it</source>
        <translation>Микрофон интерфейсі басқа құрылғы ретінде қайта қосылды: одан жазбас бұрын растаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some sound did not arrive from the device; the recording goes on</source>
        <translation>Құрылғыдан дыбыстың бір бөлігі келмеді; жазу жалғасуда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer is slow: sound is waiting to be written (nothing is lost yet); tell the technician</source>
        <translation>Компьютер баяу жұмыс істеп тұр: дыбыс жазылуды күтуде (әзірге ештеңе жоғалған жоқ); техникалық маманға хабарлаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>The second copy of the recording cannot be written; the recording itself goes on; tell the technician</source>
        <translation>Жазбаның екінші көшірмесін жазу мүмкін емес; жазудың өзі жалғасуда; техникалық маманға хабарлаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/terms.py" line="+4"/>
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
    <message>
        <location line="+2"/>
        <source>%1: the text is too long</source>
        <translation>%1: мәтін тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: contains invisible control or text-direction characters; type it again</source>
        <translation>%1: көрінбейтін басқару немесе мәтін бағытын өзгертетін таңбалар бар; қайта теріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant %1: the name is too long</source>
        <translation>%1-қатысушы: аты тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: the name contains invisible control or text-direction characters</source>
        <translation>%1-қатысушы: атында көрінбейтін басқару немесе мәтін бағытын өзгертетін таңбалар бар</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/review/timeline.py" line="+317"/>
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
        <location line="+1"/>
        <source>altered</source>
        <translation>өзгертілген</translation>
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
        <location line="-251"/>
        <source>Microphone {n}</source>
        <translation>Микрофон {n}</translation>
    </message>
    <message>
        <location line="+93"/>
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
        <location filename="../../ui/review/transport.py" line="-80"/>
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
<context>
    <name>TurnsPanel</name>
    <message>
        <location filename="../../ui/review/turns.py" line="+155"/>
        <source>Finding who spoke when…</source>
        <translation>Кім қашан сөйлегені анықталуда…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who spoke when could not be found: %1</source>
        <translation>Кім қашан сөйлегенін анықтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◌ detected, no marker: microphone %1 until %2</source>
        <translation>◌ анықталды, аудиобелгі жоқ: %1-микрофон, %2 дейін</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who spoke when (detected from the microphones, not markers): %1 turns</source>
        <translation>Кім қашан сөйледі (микрофондар бойынша анықталды, аудиобелгі емес): %1 сөз кезегі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who spoke when (detected from the microphones, not markers)</source>
        <translation>Кім қашан сөйледі (микрофондар бойынша анықталды, аудиобелгі емес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show turns without a marker in the list</source>
        <translation>Аудиобелгісіз сөз кезектерін тізімде көрсету</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../../app/evidence/manifest.py" line="+46"/>
        <source>{file} cannot be read</source>
        <translation>{file} оқылмайды</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line {line} of {file} is malformed (BagIt: &quot;checksum path&quot; with a SHA-256 checksum)</source>
        <translation>{file} файлының {line}-жолы бүлінген (BagIt: SHA-256 бақылау сомасымен «бақылау сомасы жол»)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} lists {path} twice (line {line}): a manifest must name each file once</source>
        <translation>{file} {path} файлын екі рет көрсетеді ({line}-жол): манифест әр файлды бір рет атауы тиіс</translation>
    </message>
    <message>
        <location filename="../../app/evidence/bag.py" line="+78"/>
        <source>{file} starts with a byte-order mark, which BagIt forbids</source>
        <translation>{file} байт тәртібі белгісінен (BOM) басталады, BagIt мұны тыйым салады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} — UTF-8 кодтауындағы мәтін емес</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bagit.txt is missing: this is not a BagIt bag</source>
        <translation>bagit.txt жоқ: бұл BagIt пакеті емес</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bagit.txt declares BagIt version {version}; only 1.0 and 0.97 are accepted</source>
        <translation>bagit.txt BagIt {version} нұсқасын көрсетеді; тек 1.0 және 0.97 қабылданады</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bagit.txt declares the tag file encoding {encoding}; it must be UTF-8</source>
        <translation>bagit.txt қызметтік файлдардың {encoding} кодтауын көрсетеді; ол UTF-8 болуы тиіс</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bagit.txt must hold exactly two lines (BagIt-Version and Tag-File-Character-Encoding)</source>
        <translation>bagit.txt дәл екі жолдан тұруы тиіс (BagIt-Version және Tag-File-Character-Encoding)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the bag has a fetch.txt (payload to be downloaded from elsewhere): a sealed package must hold all its files</source>
        <translation>пакетте fetch.txt бар (басқа жерден жүктелетін мазмұн): мөрленген пакет өзінің барлық файлдарын қамтуы тиіс</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+8"/>
        <source>symbolic link</source>
        <translation>символдық сілтеме</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an EMPTY folder that was not sealed</source>
        <translation>{file} — мөрленбеген БОС қалта</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>FIFO</source>
        <translation>атаулы арна (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device</source>
        <translation>құрылғы файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is a {kind}, not a regular file: a sealed package holds only files</source>
        <translation>{file} — {kind}, кәдімгі файл емес: мөрленген пакетте тек файлдар болады</translation>
    </message>
    <message>
        <location filename="../../app/evidence/identity.py" line="+112"/>
        <source>the journal has no hearing_opened record, so hearing.json cannot be checked against it</source>
        <translation>журналда hearing_opened жазбасы жоқ, сондықтан hearing.json-ды онымен салыстыру мүмкін емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hearing.json was CHANGED after the hearing was opened: {fields} differ from the journal&apos;s hearing_opened record</source>
        <translation>hearing.json отырыс ашылғаннан кейін ӨЗГЕРТІЛГЕН: {fields} журналдағы hearing_opened жазбасынан өзгеше</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>bag-info.txt and hearing.json disagree on {fields}</source>
        <translation>bag-info.txt пен hearing.json мына өрістерде сәйкес келмейді: {fields}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>the folder is named {folder} but holds hearing {id}: it was renamed or swapped with another hearing&apos;s package</source>
        <translation>қалта {folder} деп аталады, бірақ ішінде {id} отырысы бар: ол қайта аталған немесе басқа отырыстың пакетімен ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../app/evidence/package_checks.py" line="+155"/>
        <source>a listed file points outside the package: {file}.</source>
        <translation>тізімдегі файл пакеттен тыс жерді көрсетеді: {file}.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{file} was ALTERED: its content no longer matches the hash in the manifest.</source>
        <translation>{file} ӨЗГЕРТІЛГЕН: оның мазмұны манифесттегі хешке енді сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{file} is MISSING from the package.</source>
        <translation>{file} пакетте ЖОҚ.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>the package holds entries that are not regular files, so none of its files was read: remove them from a copy and verify again.</source>
        <translation>пакетте кәдімгі файл емес элементтер бар, сондықтан оның бірде-бір файлы оқылмады: оларды көшірмеден алып тастап, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag manifest is damaged: {problem}.</source>
        <translation>тегтер манифесі бүлінген: {problem}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is MISSING: nothing is signed.</source>
        <translation>{file} ЖОҚ: ештеңеге қол қойылмаған.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} is not listed in the tag manifest.</source>
        <translation>{file} тегтер манифесінде көрсетілмеген.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} was ALTERED after signing.</source>
        <translation>{file} қол қойылғаннан кейін ӨЗГЕРТІЛГЕН.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest is damaged: {problem}.</source>
        <translation>манифест бүлінген: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an EXTRA file that was not sealed.</source>
        <translation>{file} — мөрленбеген АРТЫҚ файл.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/hearing_checks.py" line="+272"/>
        <source>{file} is MISSING (it was sealed).</source>
        <translation>{file} ЖОҚ (ол мөрленген болатын).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was ALTERED after sealing.</source>
        <translation>{file} мөрленгеннен кейін ӨЗГЕРТІЛГЕН.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/verify.py" line="+64"/>
        <source>this is a hearing folder, not a sealed package: there is no signature to check. Verify the sealed package (the folder ending in .sealed) for the signed proof.</source>
        <translation>бұл мөрленген пакет емес, сот отырысының қалтасы: тексеретін қолтаңба жоқ. Қол қойылған дәлел үшін мөрленген пакетті (.sealed деп аяқталатын қалтаны) тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/hearing_checks.py" line="-222"/>
        <source>the journal (event log) is NOT intact: {problem}. Records from that line on cannot be trusted.</source>
        <translation>журнал (оқиғалар журналы) БҰЗЫЛҒАН: {problem}. Осы жолдан бастап жазбаларға сенуге болмайды.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>hearing.json is missing or unreadable.</source>
        <translation>hearing.json жоқ немесе оқылмайды.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the audio format in hearing.json is unreadable.</source>
        <translation>hearing.json ішіндегі дыбыс пішімі оқылмайды.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>checkpoint records in the journal are malformed.</source>
        <translation>журналдағы бақылау нүктелерінің жазбалары қате пішімде.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>journal record {seq} (a closed segment) is malformed, so its audio cannot be checked.</source>
        <translation>{seq} журнал жазбасы (жабылған сегмент) қате пішімде, сондықтан оның дыбысын тексеру мүмкін емес.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>audio segment {file} does not match the hash the journal recorded when it closed. {description}</source>
        <translation>{file} дыбыс сегменті ол жабылғанда журналға жазылған хешке сәйкес келмейді. {description}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} (level overview) does not match the journal.</source>
        <translation>{file} (деңгейлерге шолу) журналға сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the journal does not end with the sealing record: records were removed or added after sealing.</source>
        <translation>журнал мөрлеу жазбасымен аяқталмайды: мөрленгеннен кейін жазбалар жойылған немесе қосылған.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package is signed by {signer}, but the journal says it was sealed by {sealer}: it was RE-SIGNED with another certificate.</source>
        <translation>пакетке {signer} қол қойған, бірақ журнал бойынша оны {sealer} мөрлеген: оған басқа сертификатпен ҚАЙТА ҚОЛ ҚОЙЫЛҒАН.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/verify.py" line="+63"/>
        <source>SIMULATED — NOT EVIDENCE: recorded from a simulated source — not evidence (a demonstration, not a courtroom)</source>
        <translation>ИМИТАЦИЯ — ДӘЛЕЛДЕМЕ ЕМЕС: имитацияланған дыбыс көзінен жазылған — дәлелдеме емес (көрсетілім, сот отырысы залы емес)</translation>
    </message>
    <message>
        <location filename="../../app/evidence/audio.py" line="+126"/>
        <source>{file} is missing: all {count} seconds are lost.</source>
        <translation>{file} жоқ: барлық {count} секунд жоғалған.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{file}: the file&apos;s header was altered — it now claims {channels} channels at {rate} Hz instead of {expected_channels} at {expected_rate} Hz; the audio cannot be compared.</source>
        <translation>{file}: файлдың тақырыбы өзгертілген — енді онда {expected_channels} арна, {expected_rate} Гц орнына {channels} арна, {rate} Гц көрсетілген; дыбысты салыстыру мүмкін емес.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{file} can no longer be opened as audio at all ({error}).</source>
        <translation>{file} енді дыбыс ретінде мүлдем ашылмайды ({error}).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the audio of second(s) {seconds} of the segment was altered on channel(s) {channels}</source>
        <translation>сегменттің {seconds} секунд(тар)ындағы дыбыс {channels} арна(лар)да өзгертілген</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the audio of second(s) {seconds} of the segment was altered</source>
        <translation>сегменттің {seconds} секунд(тар)ындағы дыбыс өзгертілген</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>frames {first}–{last} of the segment ({start}–{stop} s) cannot be decoded (the compressed audio is damaged there, on every channel of the file), so that sound is lost</source>
        <translation>сегменттің {first}–{last} кадрлары ({start}–{stop} с) декодталмайды (сол жердегі сығылған дыбыс файлдың барлық арналарында бүлінген), сондықтан бұл дыбыс жоғалған</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every other second of the file decodes and is exactly as recorded</source>
        <translation>файлдың қалған барлық секундтары декодталады және жазылғандай дәл сақталған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second(s) {seconds} are missing (the file was cut)</source>
        <translation>{seconds} секунд(тар) жоқ (файл қысқартылған)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>audio was added after the recorded end</source>
        <translation>жазбаның соңынан кейін дыбыс қосылған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every second of audio is still exactly as recorded; the change is in the file&apos;s header or metadata, not in the sound</source>
        <translation>дыбыстың әр секунды дәл жазылғандай күйінде; өзгеріс дыбыста емес, файлдың тақырыбында немесе метадеректерінде</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: {changes}.</source>
        <translation>{file}: {changes}.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{description} Hearing time: {times}.</source>
        <translation>{description} Отырыс уақыты: {times}.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/signature_structure.py" line="+23"/>
        <source>cannot be checked: its issuer is neither in the signature nor given with --ca</source>
        <translation>тексерілмейді: оны бергенді қолтаңбадан да, --ca арқылы берілгендерден де табу мүмкін емес</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamp token</source>
        <translation>уақыт белгісі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected {where} version {version}</source>
        <translation>күтпеген нұсқа {version} ({where})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected digest algorithm list in the {where}: {algos}</source>
        <translation>хештеу алгоритмдерінің күтпеген тізімі ({where}): {algos}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an unexpected kind of certificate is embedded in the {where}</source>
        <translation>{where} ішіне күтпеген түрдегі сертификат енгізілген</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} certificate &quot;{name}&quot; {problem}</source>
        <translation>«{name}» сертификаты ({where}) {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected signer version {version} in the {where}</source>
        <translation>қол қоюшының күтпеген нұсқасы {version} ({where})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signer&apos;s digest algorithm is not listed in the {where}</source>
        <translation>қол қоюшының хештеу алгоритмі {where} ішінде көрсетілмеген</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected signature algorithm {algorithm}</source>
        <translation>күтпеген қолтаңба алгоритмі {algorithm}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an unexpected unsigned attribute {oid} was added</source>
        <translation>күтпеген қол қойылмаған {oid} атрибуты қосылған</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the timestamp token is not a signature</source>
        <translation>уақыт белгісі қолтаңба емес</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is damaged ({error})</source>
        <translation>бүлінген ({error})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged or forged: its issuer&apos;s signature on it does not hold</source>
        <translation>бүлінген немесе жалған: оны берген орталықтың ондағы қолтаңбасы жарамсыз</translation>
    </message>
    <message>
        <location filename="../../app/evidence/signature.py" line="+137"/>
        <source>the signature file is damaged: part of it is unreadable ({error}).</source>
        <translation>қолтаңба файлы бүлінген: оның бір бөлігі оқылмайды ({error}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the signature file {file} is missing: the package is not signed and nothing in it can be trusted.</source>
        <translation>{file} қолтаңба файлы жоқ: пакетке қол қойылмаған, ондағы ешнәрсеге сенуге болмайды.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the signature file {file} is damaged or is not a signature ({error}).</source>
        <translation>{file} қолтаңба файлы бүлінген немесе қолтаңба емес ({error}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>part of it cannot be read ({error})</source>
        <translation>оның бір бөлігі оқылмайды ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}: either the signature file was altered, or that authority&apos;s certificate must be added to the --ca file.</source>
        <translation>{problem}: не қолтаңба файлы өзгертілген, не сол куәландырушы орталықтың сертификатын --ca файлына қосу керек.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the signature file was altered: {problem}.</source>
        <translation>қолтаңба файлы өзгертілген: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signature carries its own embedded content instead of signing tagmanifest-sha256.txt: it is not the station&apos;s detached signature.</source>
        <translation>қолтаңба tagmanifest-sha256.txt файлына қол қоюдың орнына өз ішіндегі мазмұнды қамтиды: бұл станцияның бөлек қолтаңбасы емес.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the signature could not be checked: it is malformed ({error}).</source>
        <translation>қолтаңбаны тексеру мүмкін болмады: ол қате пішімде ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the signature is NOT valid: the signature value does not match the signed data (the signature file was altered or made by another key).</source>
        <translation>қолтаңба ЖАРАМСЫЗ: қолтаңба мәні қол қойылған деректерге сәйкес келмейді (қолтаңба файлы өзгертілген немесе басқа кілтпен жасалған).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the signature does NOT cover tagmanifest-sha256.txt as it is now: the list of hashes was changed after signing.</source>
        <translation>қолтаңба tagmanifest-sha256.txt файлын қазіргі күйінде ҚАМТЫМАЙДЫ: хештер тізімі қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/signature_trust.py" line="+51"/>
        <source>the timestamp is not valid or its authority is not trusted, so the time of signing is not proven.</source>
        <translation>уақыт белгісі жарамсыз немесе оның қызметіне сенім жоқ, сондықтан қол қою уақыты дәлелденбеген.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no timestamp: the signing time is the station&apos;s own clock (add one later with `zhazba seal PACKAGE --timestamp-only --tsa URL`).</source>
        <translation>уақыт белгісі жоқ: қол қою уақыты станцияның өз сағатынан алынған (оны кейін `zhazba seal PACKAGE --timestamp-only --tsa URL` командасымен қосуға болады).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the signer&apos;s key is WEAK: RSA of {bits} bits, where evidence needs at least 2048. Such a signature can be forged and proves nothing.</source>
        <translation>қол қоюшының кілті ӘЛСІЗ: RSA {bits} бит, ал дәлелдемелерге кемінде 2048 қажет. Мұндай қолтаңбаны қолдан жасауға болады, ол ештеңені дәлелдемейді.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the signer&apos;s certificate had EXPIRED when it signed: it was valid until {until}, the signature was made at {moment}. An expired key may not sign recordings.</source>
        <translation>қол қоюшының сертификатының мерзімі қол қою сәтінде БІТКЕН: ол {until} дейін жарамды болған, қолтаңба {moment} қойылған. Мерзімі біткен кілтпен жазбаларға қол қоюға болмайды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the signer&apos;s certificate was NOT YET VALID when it signed: valid from {since}, signed at {moment}.</source>
        <translation>қол қоюшының сертификаты қол қою сәтінде ӘЛІ ЖАРАМСЫЗ болған: {since} бастап жарамды, қол {moment} қойылған.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the signer&apos;s certificate has expired since (on {until}); it was valid when it signed, so the signature still holds.</source>
        <translation>қол қоюшының сертификатының мерзімі содан бері біткен ({until}); қол қою сәтінде ол жарамды болған, сондықтан қолтаңба күшінде қалады.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>no trusted root certificates were given, so WHO signed is not confirmed. Run again with --ca and the NCA&apos;s root and intermediate certificates (PEM).</source>
        <translation>сенімді түбірлік сертификаттар берілмеген, сондықтан КІМ қол қойғаны расталмаған. ҰКО-ның түбірлік және аралық сертификаттарымен (PEM) --ca арқылы қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signer&apos;s certificate (issued by {issuer}) does NOT lead to a trusted root: it was issued by a certification authority that is not among the certificates given with --ca. The signature cannot be attributed to a court employee.</source>
        <translation>қол қоюшының сертификаты (берген: {issuer}) сенімді түбірге АПАРМАЙДЫ: оны --ca арқылы берілген сертификаттардың арасында жоқ куәландырушы орталық берген. Қолтаңбаны сот қызметкеріне жатқызу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the signer&apos;s certificate has been REVOKED.</source>
        <translation>қол қоюшының сертификаты КЕРІ ҚАЙТАРЫП АЛЫНҒАН.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signer&apos;s certificate is not trusted ({reason}).</source>
        <translation>қол қоюшының сертификатына сенім жоқ ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/evidence/binding.py" line="+125"/>
        <source>no certificate is registered on this station for the secretary {secretary}, so the signer could not be matched to the secretary</source>
        <translation>бұл станцияда {secretary} хатшысы үшін сертификат тіркелмеген, сондықтан қол қоюшыны хатшымен салыстыру мүмкін болмады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signer is the hearing&apos;s secretary</source>
        <translation>отырыс хатшысының өзі қол қойған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed by {who} INSTEAD OF the secretary {secretary}: a substitution was journaled ({why}; ordered by {ordered_by})</source>
        <translation>{secretary} хатшысының ОРНЫНА {who} қол қойған: ауыстыру журналға жазылған ({why}; {ordered_by} өкімі бойынша)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package is signed by {signer}, who is NOT the hearing&apos;s secretary {secretary}, and no substitution was journaled before the seal</source>
        <translation>пакетке {signer} қол қойған, ол отырыс хатшысы {secretary} ЕМЕС, ал мөрлеуге дейін ауыстыру журналға жазылмаған</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journal&apos;s opening record is not the one this station recorded when hearing {hearing} was opened (secretary {secretary}, closed: {closed}, case {case}): another opening was put in its place</source>
        <translation>журналдағы ашылу жазбасы {hearing} отырысы ашылғанда осы станция тіркеген жазба емес (хатшы {secretary}, жабық: {closed}, іс {case}): оның орнына басқа ашылу жазбасы қойылған</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this station&apos;s record of the opening of hearing {hearing} does not tie its audio, yet it was written after the station began tying every hearing&apos;s audio: Zhazba did not write it</source>
        <translation>бұл станцияның {hearing} отырысының ашылуы туралы жазбасы оның дыбысын байламайды, ал ол станция әр отырыстың дыбысын байлай бастағаннан кейін жазылған: оны Zhazba жазбаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hearing&apos;s secretary {secretary} is not the account {account} this station&apos;s record binds the hearing to: Zhazba did not write that record</source>
        <translation>отырыс хатшысы {secretary} бұл станция жазбасы отырысты байлайтын {account} есептік жазбасы емес: ол жазбаны Zhazba жазбаған</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this hearing was not opened on this station (its audit log has no record of it), so who its secretary is cannot be confirmed</source>
        <translation>бұл отырыс осы станцияда ашылмаған (оның аудит журналында ол туралы жазба жоқ), сондықтан оның хатшысы кім екенін растау мүмкін емес</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the hearing card differs from what this station recorded when the hearing was opened (secretary {secretary}, closed: {closed}, case {case}): it was rewritten</source>
        <translation>отырыс карточкасы отырыс ашылғанда станция жазғаннан өзгеше (хатшы {secretary}, жабық: {closed}, іс {case}): ол қайта жазылған</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal says {who} sealed instead of the secretary, but no administrator authorised that on this station: the substitution record is forged</source>
        <translation>журналда хатшының орнына {who} мөрлегені айтылған, бірақ осы станцияда бірде-бір әкімші оған рұқсат бермеген: ауыстыру туралы жазба жалған</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the signer is the hearing&apos;s secretary {secretary}, as this station recorded when the hearing was opened and sealed</source>
        <translation>қол қойған — отырыс хатшысы {secretary}, осы станция отырысты ашқанда және мөрлегенде жазғандай</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by {who} INSTEAD OF the secretary {secretary}: a substitution was journaled ({why}; ordered by {ordered_by}), authorised on this station by {by}</source>
        <translation>хатшы {secretary} ОРНЫНА {who} қол қойған: ауыстыру журналға жазылған ({why}; кімнің нұсқауымен: {ordered_by}), осы станцияда {by} рұқсат берген</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the package is signed by {signer}, who is NOT the hearing&apos;s secretary {secretary} as this station recorded it, and no administrator authorised a substitution</source>
        <translation>пакетке {signer} қол қойған, ол осы станция жазған отырыс хатшысы {secretary} ЕМЕС, әрі бірде-бір әкімші ауыстыруға рұқсат бермеген</translation>
    </message>
    <message>
        <location filename="../../app/evidence/binding_report.py" line="+65"/>
        <source>this station&apos;s record of its hearings cannot be trusted: {why}. Restore the catalog from a backup</source>
        <translation>осы станцияның отырыстар туралы жазбаларына сенуге болмайды: {why}. Каталогты сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journal says the hearing was sealed by a substitute; whether an administrator authorised it can be checked only on the station that recorded it</source>
        <translation>журналда отырысты алмастырушы мөрлегені айтылған; оған әкімшінің рұқсат бергенін тек жазбаны жүргізген станцияда тексеруге болады</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>binding checked against: the live anchors in the court archive. The secretary&apos;s name and the closed flag are what the station recorded when the hearing was opened; whether the signer&apos;s certificate is that secretary&apos;s is not proven without the station&apos;s record</source>
        <translation>қол қоюшының байланысы сот мұрағатындағы тірі зәкірлермен тексерілді. Хатшының аты мен жабық отырыс белгісі — станция отырысты ашқанда жазғандар; қол қоюшының сертификаты сол хатшыныкі екені станция жазбасынсыз дәлелденбейді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this hearing was not opened on this station (its audit log has no record of it), so who its secretary is cannot be confirmed here; nothing is given out from this station</source>
        <translation>бұл отырыс осы станцияда ашылмаған (оның аудит журналында ол туралы жазба жоқ), сондықтан оның хатшысы кім екенін мұнда растау мүмкін емес; бұл станциядан ештеңе берілмейді</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binding checked against: nothing outside the package (no station record). Only &apos;signed by a holder of a court certificate&apos; is proven; the secretary&apos;s name and the closed flag are the package&apos;s own claim</source>
        <translation>қол қоюшының байланысы пакеттен тыс ештеңемен тексерілмеді (станция жазбасы жоқ). Тек «сот сертификатының иесі қол қойған» дегені дәлелденді; хатшының аты мен жабық отырыс белгісі — пакеттің өз мәлімдемесі ғана</translation>
    </message>
    <message>
        <location filename="../../app/evidence/anchors.py" line="+113"/>
        <source>anchor {n}, stored in the court archive at {time}</source>
        <translation>{n}-зәкір, сот мұрағатында {time} сақталған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anchor {n}, timestamped at {time}</source>
        <translation>{n}-зәкір, уақыт белгісі {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anchor {n}, made at {time} by the station&apos;s clock</source>
        <translation>{n}-зәкір, станция сағаты бойынша {time} жасалған</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>journal record {seq} is MISSING, but {anchor} holds it: records were removed after that anchor was made.</source>
        <translation>журналдың {seq} жазбасы ЖОҚ, бірақ ол мына зәкірде бар: {anchor}. Жазбалар сол зәкір жасалғаннан кейін жойылған.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journal record {seq} ({kind}) was REWRITTEN: it differs from {anchor}. The journal was changed after that anchor, so records from {seq} on are not what the station recorded.</source>
        <translation>журналдың {seq} жазбасы ({kind}) ҚАЙТА ЖАЗЫЛҒАН: ол мына зәкірмен сәйкес келмейді: {anchor}. Журнал сол зәкірден кейін өзгертілген, сондықтан {seq} жазбасынан бастап жазбалар станция жазғандай емес.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} is MISSING, but {anchor} holds it.</source>
        <translation>{file} ЖОҚ, бірақ оның хэші мына зәкірде бар: {anchor}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was REPLACED after it was anchored: it differs from {anchor}.</source>
        <translation>{file} зәкірге бекітілгеннен кейін АУЫСТЫРЫЛҒАН: ол мына зәкірмен сәйкес келмейді: {anchor}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not anchored while recorded.</source>
        <translation>Жазу кезінде зәкірге бекітілмеген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not anchored: no anchor of this hearing was found, so nothing shows that the journal and the audio were not rewritten before sealing.</source>
        <translation>зәкірге бекітілмеген: бұл сот отырысының бірде-бір зәкірі табылмады, сондықтан журнал мен аудионың мөрленгенге дейін қайта жазылмағанын ештеңе көрсетпейді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anchored {count} times while recorded ({first} – {last}).</source>
        <translation>Жазу кезінде {count} рет зәкірге бекітілген ({first} – {last}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>anchored {count} times while recorded: first anchor {first}, last {last}.</source>
        <translation>жазу кезінде {count} рет зәкірге бекітілген: алғашқы зәкір {first}, соңғысы {last}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} anchors were found only on the station, none in the court archive or timestamped: they show no rewrite, but prove nothing on their own.</source>
        <translation>зәкірлер тек станцияда табылды ({count}), сот мұрағатында да, уақыт белгісімен де жоқ: олар қайта жазуды көрсетпейді, бірақ өздігінен ештеңені дәлелдемейді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} The court archive could not be asked: {why}</source>
        <translation>{summary} Сот мұрағатына жүгіну мүмкін болмады: {why}</translation>
    </message>
    <message>
        <location filename="../../app/evidence/names.py" line="+38"/>
        <source>{file} is in the package, but neither the journal nor the station names it: it was not recorded in this hearing. Do not give this package out; report it to the court administrator.</source>
        <translation>{file} пакетте бар, бірақ оны журнал да, станция да атамайды: ол осы отырыста жазылмаған. Бұл пакетті бермеңіз; сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} and {other} differ only in upper and lower case: on a FAT or Windows medium they are one file, so a copy would lose one. Do not give this package out; report it to the court administrator.</source>
        <translation>{file} мен {other} тек бас және кіші әріптерімен ерекшеленеді: FAT немесе Windows жеткізгішінде олар бір файл, сондықтан көшірме біреуін жоғалтады. Бұл пакетті бермеңіз; сот әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/audio_origin.py" line="+305"/>
        <source>audio file {file} was recorded in hearing {other} on this station, not in this one: the package carries another hearing&apos;s audio</source>
        <translation>{file} аудиофайлы осы станцияда осы отырыста емес, {other} отырысында жазылған: пакетте басқа отырыстың дыбысы бар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio file {file} was never recorded in this hearing on this station (the station&apos;s record has no such recording): it was put in from elsewhere</source>
        <translation>{file} аудиофайлы осы станцияда осы отырыста ешқашан жазылмаған (станция жазбаларында мұндай жазба жоқ): ол сырттан қойылған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the station&apos;s record of segment {segment} of this hearing is missing, so it is NOT proven that audio file {file} was recorded in this hearing on this station</source>
        <translation>осы отырыстың {segment}-бөлігі туралы станция жазбасы жоқ, сондықтан {file} аудиофайлының осы станцияда осы отырыста жазылғаны ДӘЛЕЛДЕНБЕГЕН</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio file {file} is said to be recovered after an interruption, but this station never saw segment {segment} of this hearing open (or it opened elsewhere in the recording): it was not recorded in this hearing&apos;s segment</source>
        <translation>{file} аудиофайлы үзілістен кейін қалпына келтірілген деп көрсетілген, бірақ бұл станция осы отырыстың {segment}-бөлігінің ашылғанын көрмеген (не ол жазбаның басқа жерінде ашылған): ол осы отырыстың бөлігінде жазылмаған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audio file {file} is said to be recovered after an interruption, but it does not continue what this station recorded in this hearing&apos;s segment</source>
        <translation>{file} аудиофайлы үзілістен кейін қалпына келтірілген делінген, бірақ ол осы станцияның осы отырыс бөлігінде жазғанының жалғасы емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whether each audio file was recorded in this hearing can be checked only on the station that recorded it (its record of every closed segment); here it is NOT proven</source>
        <translation>әр аудиофайлдың осы отырыста жазылғанын тек оны жазған станцияда ғана тексеруге болады (оның әр жабылған бөлік туралы жазбасы бойынша); мұнда бұл ДӘЛЕЛДЕНБЕГЕН</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this hearing was opened before this station recorded which audio belongs to which hearing, so whether each audio file was recorded in it is NOT proven</source>
        <translation>бұл отырыс осы станция қай дыбыстың қай отырысқа тиесілі екенін жазбай тұрып ашылған, сондықтан әр аудиофайлдың осы отырыста жазылғаны ДӘЛЕЛДЕНБЕГЕН</translation>
    </message>
    <message>
        <location filename="../../app/evidence/audio_progress.py" line="+204"/>
        <source>the station&apos;s progress file {path} is damaged; report it to the court administrator</source>
        <translation>станцияның жазу барысы файлы {path} зақымдалған; сот әкімшісіне хабарлаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the station&apos;s progress file {path} was altered outside Zhazba; report it to the court administrator</source>
        <translation>станцияның жазу барысы файлы {path} Zhazba-дан тыс өзгертілген; сот әкімшісіне хабарлаңыз</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/review/turns.py" line="-93"/>
        <source>nobody seated</source>
        <translation>ешкім отырған жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 microphone %3: %4</source>
        <translation>%1–%2, %3-микрофон: %4</translation>
    </message>
</context>
</TS>
