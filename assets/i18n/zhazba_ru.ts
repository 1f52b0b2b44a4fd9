<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation type="unfinished">Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation type="unfinished">Дело</translation>
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
        <translation>микрофон %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room for about %1 min of recording</source>
        <translation>Места хватит примерно на %1 мин записи</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <location line="-32"/>
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
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
        <translation type="unfinished">Номер дела</translation>
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
        <translation>Экспорт фрагмента для личного пользования</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clip is a mixed-down WAV of what you hear. It is NOT the original recording: its name ends in NOT-ORIGINAL and a note beside it says so.</source>
        <translation>Фрагмент — сведённый WAV того, что вы слышите. Это НЕ оригинал записи: его имя оканчивается на NOT-ORIGINAL, и это сказано в записке рядом с ним.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From (h:mm:ss)</source>
        <translation>С (ч:мм:сс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (h:mm:ss)</source>
        <translation>По (ч:мм:сс)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give two times on the recording, the second later.</source>
        <translation>Укажите два момента записи, второй позже первого.</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>waiting, %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation>Судебное заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and microphones</source>
        <translation>Участники и микрофоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound input:</source>
        <translation>Источник звука:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphones (channels):</source>
        <translation>Микрофоны (каналы):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Фамилия, инициалы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load template</source>
        <translation>Загрузить шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7199-26-00-2/1234</source>
        <translation>например, 7199-26-00-2/1234</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sound card was found. You can try everything with the simulated microphone; connect the microphone interface to record a real hearing.</source>
        <translation>Звуковая карта не найдена. Все функции можно попробовать с имитацией микрофона; для записи настоящего заседания подключите микрофонный интерфейс.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulated microphone (speech)</source>
        <translation>Имитация микрофона (речь)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated microphone (test tones)</source>
        <translation>Имитация микрофона (тестовые сигналы)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Add the participants of the hearing</source>
        <translation>Добавьте участников судебного заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one participant a microphone</source>
        <translation>Назначьте микрофон хотя бы одному участнику</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Template saved for courtroom %1</source>
        <translation>Шаблон зала %1 сохранён</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no saved template for courtroom “%1”</source>
        <translation>Для зала «%1» нет сохранённого шаблона</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/key_dialog.py" line="+88"/>
        <source>Choose your signing key file</source>
        <translation>Выберите файл ключа подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the key file first.</source>
        <translation>Сначала выберите файл ключа.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key was not opened.</source>
        <translation>Ключ не открыт.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong while opening the key: %1</source>
        <translation>При открытии ключа произошла ошибка: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is a GOST key: it needs NCALayer, which this station does not have. Open your RSA key file.</source>
        <translation>Это ключ ГОСТ: для него нужен NCALayer, которого на этой станции нет. Откройте файл ключа RSA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate has expired.</source>
        <translation>Срок действия сертификата истёк.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is not valid yet.</source>
        <translation>Сертификат ещё не действует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate is not meant for signing.</source>
        <translation>Этот сертификат не предназначен для подписи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate expires in %1 day(s), on %2. Apply to the NCA for a new key now.</source>
        <translation>Срок действия сертификата истекает через %1 дн. (%2). Обратитесь в НУЦ за новым ключом уже сейчас.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key is open.</source>
        <translation>Ключ открыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder: %1</source>
        <translation>Владелец: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Действует с %1 по %2 (UTC)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hearings that were waiting for the key and are now sealed: %1</source>
        <translation>Судебных заседаний, ожидавших ключа и теперь опечатанных: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open signing key</source>
        <translation>Открыть ключ подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file (.p12, .pfx)</source>
        <translation>Файл ключа (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never stored</source>
        <translation>нигде не сохраняется</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../../ui/meter_widget.py" line="+202"/>
        <source>SILENT</source>
        <translation>ТИШИНА</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="+166"/>
        <source>Specialised inter-district economic court of Astana</source>
        <translation>Специализированный межрайонный экономический суд города Астаны</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The hearing details are not complete: see the marked fields.</source>
        <translation>Сведения о заседании заполнены не полностью: см. отмеченные поля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment first (Rules p. 8).</source>
        <translation>Сначала проверьте оборудование (п. 8 Правил).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The hearing has ended; it is saved in %1</source>
        <translation>Заседание окончено; запись сохранена в %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The hearing is being recorded</source>
        <translation>Идёт запись судебного заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the hearing first: recording can only be stopped by ending it, which is written into the journal.</source>
        <translation>Сначала завершите заседание: остановить запись можно только завершением заседания, которое вносится в журнал.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Zhazba — court hearing recording</source>
        <translation>Жазба — аудиозапись судебного заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Start recording</source>
        <translation>● Начать запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in an example hearing</source>
        <translation>Заполнить пример заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>MarkerEditDialog</name>
    <message>
        <location filename="../../ui/markers.py" line="+264"/>
        <source>Correct the marker</source>
        <translation>Исправить аудиометку</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speaker:</source>
        <translation>Выступающий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>MarkerPanel</name>
    <message>
        <location line="-106"/>
        <source>Who speaks (audio marker)</source>
        <translation>Кто выступает (аудиометка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microphone %1</source>
        <translation>Микрофон %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note for the next marker (Enter: put it as an event of its own)</source>
        <translation>Примечание к следующей аудиометке (Enter — поставить отдельной отметкой)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Marker history</source>
        <translation>История аудиометки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wall time</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>MarkerTableModel</name>
    <message>
        <location filename="../../ui/marker_model.py" line="+96"/>
        <source>Hearing time</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall time</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Corrected %n time(s); the original is kept (History)</source>
        <translation>
            <numerusform>Исправлено %n раз; исходная отметка сохранена (История)</numerusform>
            <numerusform>Исправлено %n раза; исходная отметка сохранена (История)</numerusform>
            <numerusform>Исправлено %n раз; исходная отметка сохранена (История)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Original</source>
        <translation>Исходная отметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../../ui/review_transport.py" line="+140"/>
        <source>Mute</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solo</source>
        <translation>Соло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not hear this microphone</source>
        <translation>Не слушать этот микрофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hear only the soloed microphones</source>
        <translation>Слушать только выбранные микрофоны</translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <location filename="../../ui/monitor_panel.py" line="+59"/>
        <source>Headphones:</source>
        <translation>Наушники:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mix of all microphones</source>
        <translation>Все микрофоны вместе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone %1</source>
        <translation>Микрофон %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop listening</source>
        <translation>Остановить прослушивание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>no output device</source>
        <translation>нет устройства вывода</translation>
    </message>
</context>
<context>
    <name>OpenHearingDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="+13"/>
        <source>Open a hearing for review</source>
        <translation>Открыть судебное заседание для просмотра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Courtroom</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder or medium…</source>
        <translation>Папка или носитель…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a sealed package (…sealed) or a hearing folder</source>
        <translation>Выберите опечатанный пакет (…sealed) или папку заседания</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/controls.py" line="+47"/>
        <source>Pause the recording</source>
        <translation>Приостановить запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording may be paused only when the court announces one of these (Rules p. 6):</source>
        <translation>Запись можно приостановить, только когда суд объявляет одно из следующего (п. 6 Правил):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel: keep recording</source>
        <translation>Отмена: продолжить запись</translation>
    </message>
</context>
<context>
    <name>PrecheckPanel</name>
    <message>
        <location filename="../../ui/precheck_panel.py" line="+134"/>
        <source>Checking… ask each participant to say a few words into their microphone (%1 s)</source>
        <translation>Проверка… попросите каждого участника сказать несколько слов в свой микрофон (%1 с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write why recording starts despite the failed check</source>
        <translation>Укажите, почему запись начинается, несмотря на неудачную проверку</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the equipment</source>
        <translation>Проверить оборудование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the failure</source>
        <translation>Подтвердить неисправность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for recording despite the failure (goes into the journal and the protocol)</source>
        <translation>Причина записи, несмотря на неисправность (вносится в журнал и протокол)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment must be checked before the hearing (Rules p. 8).</source>
        <translation>Перед судебным заседанием оборудование нужно проверить (п. 8 Правил).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ The equipment works: the device is present and every microphone reacts to sound.</source>
        <translation>✔ Оборудование исправно: устройство подключено, каждый микрофон реагирует на звук.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✖ The sound device is missing or cannot record this many channels.</source>
        <translation>✖ Звуковое устройство отсутствует или не может записывать столько каналов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ No sound on microphone(s): %1</source>
        <translation>✖ Нет звука с микрофонов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged: %1</source>
        <translation>Подтверждено: %1</translation>
    </message>
</context>
<context>
    <name>RecordingControls</name>
    <message>
        <location filename="../../ui/controls.py" line="+80"/>
        <source>Hearing time (recorded)</source>
        <translation>Время заседания (по записи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause…</source>
        <translation>Приостановить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume recording</source>
        <translation>Возобновить запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the hearing…</source>
        <translation>Завершить заседание…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next hearing</source>
        <translation>Следующее заседание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● RECORDING</source>
        <translation>● ИДЁТ ЗАПИСЬ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>❚❚ PAUSED — %1</source>
        <translation>❚❚ ЗАПИСЬ ПРИОСТАНОВЛЕНА — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>■ Recording ended</source>
        <translation>■ Запись завершена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ RECORDING STOPPED BY AN ERROR</source>
        <translation>✖ ЗАПИСЬ ОСТАНОВЛЕНА ИЗ-ЗА ОШИБКИ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recording</source>
        <translation>Запись не ведётся</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>End the hearing</source>
        <translation>Завершить заседание</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>End the hearing and stop recording? The recording cannot be continued afterwards.</source>
        <translation>Завершить судебное заседание и остановить запись? Продолжить эту запись после этого будет нельзя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue recording</source>
        <translation>Продолжить запись</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../ui/recording_page.py" line="+97"/>
        <source>Recording level, dBFS (click a red lamp to reset it)</source>
        <translation>Уровень записи, dBFS (щелчок по красной лампе гасит её)</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../ui/review_viewmodel.py" line="+96"/>
        <source>Not sealed yet: this is a hearing folder. Its journal and audio match what was recorded; there is no signature to check.</source>
        <translation>Ещё не опечатано: это папка судебного заседания. Журнал и аудио совпадают с записанным; подписи для проверки нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT INTACT: {problems}</source>
        <translation>НАРУШЕНА ЦЕЛОСТНОСТЬ: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by {signer} on {time}</source>
        <translation>подписано: {signer}, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seal valid: {who}. Nothing has changed since sealing.</source>
        <translation>Печать действительна: {who}. После опечатывания ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seal intact: {who}. Who signed is not confirmed: no court root certificate is set up on this station.</source>
        <translation>Печать не нарушена: {who}. Кто подписал, не подтверждено: на этой станции не установлен корневой сертификат суда.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SEAL BROKEN: {problems}</source>
        <translation>ПЕЧАТЬ НАРУШЕНА: {problems}</translation>
    </message>
</context>
<context>
    <name>ReviewMarkerModel</name>
    <message>
        <location filename="../../ui/review_markers.py" line="+67"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Amended (the journal keeps the original):</source>
        <translation>Исправлено (журнал хранит исходное):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original — {values}</source>
        <translation>исходно — {values}</translation>
    </message>
</context>
<context>
    <name>ReviewMarkerPanel</name>
    <message>
        <location line="+100"/>
        <source>All speakers</source>
        <translation>Все выступающие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All markers</source>
        <translation>Все аудиометки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speech only</source>
        <translation>Только выступления</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search notes…</source>
        <translation>Поиск в примечаниях…</translation>
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
        <translation>Проверка печати…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seal cannot be checked: </source>
        <translation>Печать невозможно проверить: </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+85"/>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Review of the hearing {title}</source>
        <translation>Просмотр заседания {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening session (read-only) — {title}</source>
        <translation>Прослушивание (только чтение) — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case {case}</source>
        <translation>Дело {case}</translation>
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
        <translation>секретарь {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLOSED HEARING: listening in court only, no copies</source>
        <translation>ЗАКРЫТОЕ ЗАСЕДАНИЕ: только прослушивание в суде, копии не выдаются</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound output device: playback is silent</source>
        <translation>Нет устройства вывода звука: воспроизведение без звука</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markers as CSV…</source>
        <translation>Аудиометки в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers as Audacity labels…</source>
        <translation>Аудиометки как метки Audacity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a clip (not the original)…</source>
        <translation>Экспорт фрагмента (не оригинал)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another hearing…</source>
        <translation>Открыть другое заседание…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default output</source>
        <translation>Вывод по умолчанию</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audacity labels (*.txt)</source>
        <translation>Метки Audacity (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export markers</source>
        <translation>Экспорт аудиометок</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Export a clip</source>
        <translation>Экспорт фрагмента</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/signin_dialog.py" line="+47"/>
        <source>secretary of the court hearing</source>
        <translation>секретарь судебного заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge</source>
        <translation>судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technician</source>
        <translation>технический специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>администратор</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The station can record; %n warning(s) to look at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are signed in as %1: only the secretary of the court hearing records a hearing (Rules p. 7, 20).</source>
        <translation>Вы вошли как «%1»: аудиозапись судебного заседания ведёт только секретарь судебного заседания (п. 7, 20 Правил).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Too many wrong passwords: this account is locked until %1 (%2 min). Wait, or ask the administrator to unlock it.</source>
        <translation>Слишком много неверных паролей: эта учётная запись заблокирована до %1 (%2 мин). Подождите или попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Эта учётная запись заблокирована. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong username or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You are not signed in: no account on this station is linked to this certificate, or that account is disabled. Ask the administrator.</source>
        <translation>Вход не выполнен: ни одна учётная запись этой станции не связана с этим сертификатом, или эта учётная запись заблокирована. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in — Zhazba</source>
        <translation>Вход — Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the recording station</source>
        <translation>Вход в станцию аудиозаписи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station is protected against access (Rules p. 20): sign in with your account, or with your signing key if your account is linked to it.</source>
        <translation>Станция защищена от постороннего доступа (п. 20 Правил): войдите под своей учётной записью или с ключом подписи, если ваша учётная запись с ним связана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never stored</source>
        <translation>нигде не сохраняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with signing key…</source>
        <translation>Войти с ключом подписи…</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/main.py" line="+153"/>
        <source>The station check found problems:</source>
        <translation>Проверка станции обнаружила неполадки:</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../ui/station_menu.py" line="+180"/>
        <source>No signing key is open: hearings will wait to be sealed</source>
        <translation>Ключ подписи не открыт: заседания будут ждать опечатывания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key: %1 (valid to %2)</source>
        <translation>Ключ подписи: %1 (действует до %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a hearing folder or a sealed package</source>
        <translation>Выберите папку судебного заседания или опечатанный пакет</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review a hearing</source>
        <translation>Просмотр судебного заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder cannot be opened for review: %1</source>
        <translation>Эту папку нельзя открыть для просмотра: %1</translation>
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
        <translation>Открыть ключ подписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close key</source>
        <translation>Закрыть ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review a hearing…</source>
        <translation>Просмотр судебного заседания…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening session…</source>
        <translation>Прослушивание для участника…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to medium…</source>
        <translation>Копия на носитель…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-check…</source>
        <translation>Самопроверка…</translation>
    </message>
    <message>
        <location filename="../../ui/station_reports.py" line="+26"/>
        <source>The hearing is sealed and signed: %1</source>
        <translation>Судебное заседание опечатано и подписано: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No timestamp yet: %1</source>
        <translation>Метки времени пока нет: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hearing is saved and waits for the secretary&apos;s signing key: it will be sealed as soon as the key is opened (Station → Open signing key).</source>
        <translation>Судебное заседание сохранено и ждёт ключа подписи секретаря судебного заседания: оно будет опечатано, как только ключ откроют (Станция → Открыть ключ подписи).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hearing was saved but not sealed.</source>
        <translation>Судебное заседание сохранено, но не опечатано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is queued for the court archive.</source>
        <translation>Оно поставлено в очередь на отправку в архив суда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems:</source>
        <translation>Проблемы:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The hearing has ended</source>
        <translation>Судебное заседание окончено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 hearing(s) had been interrupted (a crash or power loss) and were closed:</source>
        <translation>Прерванные сбоем или отключением питания судебные заседания закрыты (%1):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recovered</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT recovered</source>
        <translation>НЕ восстановлено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted hearings</source>
        <translation>Прерванные судебные заседания</translation>
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
        <translation>Председательствующий судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor</source>
        <translation>Прокурор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence counsel</source>
        <translation>Защитник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaintiff</source>
        <translation>Истец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>Ответчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other participant</source>
        <translation>Иной участник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oath</source>
        <translation>Присяга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning of liability</source>
        <translation>Предупреждение об ответственности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit examined</source>
        <translation>Исследование вещественного доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling announced</source>
        <translation>Оглашение судебного акта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling explained</source>
        <translation>Разъяснение судебного акта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right of appeal explained</source>
        <translation>Разъяснение порядка обжалования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural coercion measure</source>
        <translation>Мера процессуального принуждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing declared closed</source>
        <translation>Объявлено закрытое заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing declared open</source>
        <translation>Объявлено открытое заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Иное событие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First instance</source>
        <translation>Первая инстанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal</source>
        <translation>Апелляционная инстанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cassation</source>
        <translation>Кассационная инстанция</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criminal</source>
        <translation>Уголовное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil</source>
        <translation>Гражданское</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative</source>
        <translation>Административное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative offence</source>
        <translation>Об административном правонарушении</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adjournment</source>
        <translation>Отложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recess</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court retires to deliberate</source>
        <translation>Удаление суда для принятия решения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The microphone interface is lost: no sound is being recorded</source>
        <translation>Звуковое устройство пропало: звук не записывается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound is arriving again</source>
        <translation>Звук снова поступает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input overflow: the computer did not keep up, a moment of sound may be lost</source>
        <translation>Переполнение входа: компьютер не успел, мог потеряться момент звука</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sound from a participant&apos;s microphone for 30 s</source>
        <translation>С микрофона участника 30 с нет звука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than 2 hours of recording space left on disk</source>
        <translation>Места на диске осталось меньше чем на 2 часа записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The computer clock jumped; the recording time is not affected</source>
        <translation>Часы компьютера резко изменились; время записи не затронуто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording stopped because of an error</source>
        <translation>Запись остановлена из-за ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipping: the input level is too high</source>
        <translation>Перегрузка: слишком высокий уровень входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A marker could not be saved: write it down on paper and tell the technician</source>
        <translation>Аудиометку не удалось сохранить: запишите её на бумаге и сообщите технику</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtroom</source>
        <translation>Зал судебного заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Инстанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case category</source>
        <translation>Категория дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary of the court hearing</source>
        <translation>Секретарь судебного заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed hearing</source>
        <translation>Закрытое судебное заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 must be filled in</source>
        <translation>Не заполнено поле «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date must look like 2026-11-21</source>
        <translation>Дата должна иметь вид 2026-11-21</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case number contains characters not used in case numbers: %1</source>
        <translation>Номер дела содержит знаки, которых не бывает в номерах дел: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case number is too long</source>
        <translation>Номер дела слишком длинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case number must contain letters or digits</source>
        <translation>Номер дела должен содержать буквы или цифры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: the name is empty</source>
        <translation>Участник %1: не указаны фамилия и инициалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: there is no such microphone</source>
        <translation>Участник %1: такого микрофона нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: the role is not chosen</source>
        <translation>Участник %1: не выбрана роль</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/review_timeline.py" line="+285"/>
        <source>speaker</source>
        <translation>выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole hearing</source>
        <translation>Всё заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
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
        <translation>Пауза ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphones lost</source>
        <translation>Микрофоны потеряны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording interrupted ({detail})</source>
        <translation>Запись прервана ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording error: {detail}</source>
        <translation>Ошибка записи: {detail}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/review_transport.py" line="-60"/>
        <source>Previous marker</source>
        <translation>Предыдущая аудиометка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next marker</source>
        <translation>Следующая аудиометка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 5 seconds (←)</source>
        <translation>Назад на 5 секунд (←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 5 seconds (→)</source>
        <translation>Вперёд на 5 секунд (→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (space)</source>
        <translation>Воспроизведение или пауза (пробел)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed; the pitch of voices stays the same</source>
        <translation>Скорость воспроизведения; высота голосов не меняется</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{here} / {total}   clock {clock}</source>
        <translation>{here} / {total}   время {clock}</translation>
    </message>
</context>
</TS>
