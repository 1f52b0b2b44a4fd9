<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../app/accounts/key_attempts.py" line="+58"/>
        <source>too many wrong passwords for the key file {file}: it is locked until {until}; wait, or ask an administrator (`zhazba account unlock {name}`)</source>
        <translation>слишком много неверных паролей к файлу ключа {file}: он заблокирован до {until}; подождите или обратитесь к администратору (`zhazba account unlock {name}`)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/passwords.py" line="+28"/>
        <source>the password must not be empty</source>
        <translation>пароль не должен быть пустым</translation>
    </message>
    <message>
        <location filename="../../app/accounts/roles.py" line="+126"/>
        <source>{name} ({role}) may not do this: {action} is for {roles}</source>
        <translation>{name} ({role}) не может этого делать: «{action}» разрешено только: {roles}</translation>
    </message>
    <message>
        <location filename="../../app/accounts/rules.py" line="+28"/>
        <source>the account {name} was changed outside Zhazba (its row in the station catalog does not match its seal); sign-in refused and recorded. An administrator checks `zhazba account log` and sets it right (`zhazba account role {username} --role …`, or restores the catalog from a backup)</source>
        <translation>учётная запись {name} изменена вне Zhazba (её строка в каталоге станции не совпадает с печатью); вход запрещён и записан. Администратор проверяет `zhazba account log` и исправляет (`zhazba account role {username} --role …` или восстанавливает каталог из резервной копии)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the account {name} in the station catalog is an older version than the audit log&apos;s last change to it ({later}): it was put back outside Zhazba; sign-in refused and recorded. An administrator checks `zhazba account log`</source>
        <translation>учётная запись {name} в каталоге станции — более старая версия, чем последнее изменение в журнале аудита ({later}): её вернули вне Zhazba; вход запрещён и записан. Администратор проверяет `zhazba account log`</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>secretary</source>
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
    <message>
        <location line="+3"/>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>учётные записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive_credentials</source>
        <translation>учётные данные архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selfcheck</source>
        <translation>самопроверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong username or password</source>
        <translation>неверное имя пользователя или пароль</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the account {name} is disabled; ask the administrator</source>
        <translation>учётная запись {name} отключена; обратитесь к администратору</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown role {role}; one of {roles}</source>
        <translation>неизвестная роль {role}; одна из: {roles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the username must not be empty</source>
        <translation>имя пользователя не должно быть пустым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account needs a password or a certificate</source>
        <translation>учётной записи нужен пароль или сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account {name} already exists</source>
        <translation>учётная запись {name} уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account {name}</source>
        <translation>нет учётной записи {name}</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../ui/recording/alarms.py" line="+132"/>
        <source>microphone %1</source>
        <translation>микрофон %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room for about %1 min of recording</source>
        <translation>Места хватит примерно на %1 мин записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording again after %1 s without sound</source>
        <translation>Запись снова идёт: %1 с без звука</translation>
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
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge all</source>
        <translation>Подтвердить все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm log…</source>
        <translation>Журнал тревог…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge informed</source>
        <translation>Судья извещён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal that you have told the judge of this failure (Rules p. 9)</source>
        <translation>Записать в журнал, что вы сообщили судье об этой неполадке (пункт 9 Правил)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>+%1 more</source>
        <translation>ещё +%1</translation>
    </message>
</context>
<context>
    <name>AlarmLogDialog</name>
    <message>
        <location line="+101"/>
        <source>Alarms of this hearing</source>
        <translation>Тревоги этого заседания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearing time</source>
        <translation>Время заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Тревога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Принята</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <location filename="../../app/hearing/alarm_texts.py" line="+56"/>
        <source>{label} — microphone {channel}</source>
        <translation>{label} — микрофон {channel}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({seconds:.1f} s)</source>
        <translation>{label} ({seconds:.1f} с)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording again after {seconds:.1f} s without sound</source>
        <translation>Запись снова идёт: {seconds:.1f} с без звука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} — {detail}</source>
        <translation>{label} — {detail}</translation>
    </message>
    <message>
        <location filename="../../app/hearing/disk_watch.py" line="+75"/>
        <source>disk space for {minutes} min of recording left (under {under} min) on the drive of {folder}; free space now or the recording will stop</source>
        <translation>на диске {folder} осталось места на {minutes} мин записи (меньше {under} мин); освободите место сейчас, иначе запись остановится</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <location filename="../../app/anchoring/audit_anchor.py" line="+219"/>
        <source>the station secret was replaced: the court archive holds audit anchors of this station&apos;s audit log made under another station secret ({others}), none under this one; against them: {found}</source>
        <translation>секрет станции был заменён: в судебном архиве есть якоря журнала аудита этой станции, созданные с другим секретом станции ({others}), и ни одного — с нынешним; по сравнению с ними: {found}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the audit log was rolled back: it ends at record {local}, but the court archive anchored record {seq} on {when}</source>
        <translation>журнал аудита откачен назад: он заканчивается записью {local}, а судебный архив закрепил запись {seq} {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit log was rewritten at record {seq}: it differs from the record the court archive anchored on {when}</source>
        <translation>журнал аудита переписан в записи {seq}: она отличается от записи, закреплённой судебным архивом {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the court archive holds no audit anchor of this station yet: the audit log could not be checked; its head (record {local}) is anchored now</source>
        <translation>в судебном архиве ещё нет якорей журнала аудита этой станции: журнал аудита проверить не удалось; его последняя запись ({local}) закрепляется сейчас</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the audit log holds every head the court archive anchored (the newest: record {seq} of {local}, anchored {when})</source>
        <translation>журнал аудита содержит все состояния, закреплённые судебным архивом (последнее: запись {seq} из {local}, закреплена {when})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the audit log could NOT be checked against the court archive ({why}); {queued} audit anchors are queued</source>
        <translation>журнал аудита НЕ удалось сверить с судебным архивом ({why}); якорей аудита в очереди: {queued}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>not signed in: {problem} (nothing was done)</source>
        <translation>вход не выполнен: {problem} (ничего не сделано)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in: {problem}; the station catalog {path} is not the one the archive knows. Call the administrator: restore the newest backup of the catalog (nothing was done)</source>
        <translation>вход не выполнен: {problem}; каталог станции {path} — не тот, который известен архиву. Вызовите администратора: восстановите самую свежую резервную копию каталога (ничего не сделано)</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/audit_send.py" line="+54"/>
        <source>no archive credentials are stored</source>
        <translation>учётные данные архива не сохранены</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/archive_pin.py" line="+93"/>
        <source>this station anchored its audit log in the court archive {pinned}, but {settings} names no archive now, so the audit log cannot be checked. An administrator restores the archive settings; a deliberate move of the archive is made with `zhazba archive configure` by an administrator</source>
        <translation>эта станция закрепила свой журнал аудита в судебном архиве {pinned}, но {settings} теперь не называет никакого архива, поэтому журнал аудита нельзя проверить. Администратор восстанавливает настройки архива; намеренный перенос архива делает администратор командой `zhazba archive configure`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this station anchored its audit log as station {pinned}, but its station.key makes it station {now}: the station secret was replaced. An administrator restores station.key from its backup; a deliberate new secret is pinned with `zhazba archive configure` by an administrator</source>
        <translation>эта станция закрепила свой журнал аудита как станция {pinned}, но её station.key делает её станцией {now}: секрет станции заменён. Администратор восстанавливает station.key из резервной копии; намеренно новый секрет закрепляет администратор командой `zhazba archive configure`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this station anchored its audit log in the court archive {pinned}, but {settings} names {now} now. An administrator restores the archive settings; a deliberate move of the archive is made with `zhazba archive configure` by an administrator</source>
        <translation>эта станция закрепила свой журнал аудита в судебном архиве {pinned}, но {settings} теперь называет {now}. Администратор восстанавливает настройки архива; намеренный перенос архива делает администратор командой `zhazba archive configure`</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{line}. WARNING: the court archive holds audit anchors of other station ids under this prefix ({others}) and none of this one: unless those are other stations sharing the prefix, this station&apos;s secret and audit log were replaced; tell the archive&apos;s operators</source>
        <translation>{line}. ВНИМАНИЕ: в судебном архиве под этим префиксом есть якоря аудита других идентификаторов станций ({others}) и ни одного этой станции: если это не другие станции с общим префиксом, секрет и журнал аудита этой станции были заменены; сообщите операторам архива</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/audit_vet.py" line="+58"/>
        <source>it has no seq, head and record hash</source>
        <translation>в нём нет номера, головы цепочки и хэша записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its name is not its seq and head</source>
        <translation>его имя не совпадает с его номером и головой цепочки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names another station</source>
        <translation>в нём указана другая станция</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit log has no record {seq}</source>
        <translation>в журнале аудита нет записи {seq}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record {seq} of the audit log has another head</source>
        <translation>у записи {seq} журнала аудита другая голова цепочки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the audit anchor {name} in the outbox is not this station&apos;s audit log ({problem}): it was not sent and was moved to {folder}; someone wrote it there by hand</source>
        <translation>якорь аудита {name} в очереди отправки не соответствует журналу аудита этой станции ({problem}): он не отправлен и перемещён в {folder}; кто-то записал его туда вручную</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../ui/copies/register.py" line="+140"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— role —</source>
        <translation>— роль —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on a medium</source>
        <translation>на носителе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the information service</source>
        <translation>через информационный сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register application</source>
        <translation>Зарегистрировать заявление</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Application %1 registered; the copy is due by %2.</source>
        <translation>Заявление %1 зарегистрировано; копию нужно выдать до %2.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../app/archive/plan.py" line="+33"/>
        <source>uploaded to the archive</source>
        <translation>не загружается в архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is missing</source>
        <translation>{file} отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not match its manifest</source>
        <translation>{file} не совпадает со своим манифестом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local package is damaged: {files}; it was not uploaded. Verify it with `zhazba verify` and report it to the administrator.</source>
        <translation>пакет на станции повреждён: {files}; он не загружен в архив. Проверьте его командой `zhazba verify` и сообщите администратору.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the local package is damaged: {files}; it was not uploaded. {verdict}</source>
        <translation>пакет на станции повреждён: {files}; он не загружен в архив. {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/archive/readback.py" line="+28"/>
        <source>deleted from the station</source>
        <translation>не удаляется со станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upload list is not sound: {why}</source>
        <translation>список загрузки неверен: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy read back from the archive did not verify, so the local copy is kept:
{problems}</source>
        <translation>копия, прочитанная обратно из архива, не прошла проверку, поэтому копия на станции сохраняется:
{problems}</translation>
    </message>
    <message>
        <location filename="../../app/archive/upload.py" line="+67"/>
        <source>{path} is not a sealed package: {problem}</source>
        <translation>{path} не является опечатанным пакетом. Укажите папку .sealed, которую станция создала по окончании заседания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package {package} is no longer on this station</source>
        <translation>пакета {package} больше нет на этой станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive copy does not match the package: {problems}</source>
        <translation>копия в архиве не совпадает с пакетом: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message} The package stays queued; next attempt at {when} UTC.</source>
        <translation>{message} Пакет остаётся в очереди; следующая попытка: {when} (по Гринвичу).</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../app/cli/argparse_texts.py" line="+18"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение %(value)r (выберите одно из: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>обязательны аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ожидалось одно значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>ожидалось хотя бы одно значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>ожидалось значений: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>ожидалось значений: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр %(option)s: подходят %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>значение %r не учтено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (одна из: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удалось открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/accounts/marker.py" line="+62"/>
        <source>the station catalog {catalog} is missing, but this station has accounts ({marker}); nothing was done. Restore the catalog from a backup — `zhazba catalog rebuild` brings back the hearings but not the accounts, so sign-in would be off</source>
        <translation>каталог станции {catalog} отсутствует, но на этой станции есть учётные записи ({marker}); ничего не сделано. Восстановите каталог из резервной копии — `zhazba catalog rebuild` восстанавливает заседания, но не учётные записи, и вход в систему был бы отключён</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the accounts in {catalog} were deleted outside Zhazba (this station has had accounts); nothing was done. Restore the catalog from a backup</source>
        <translation>учётные записи в {catalog} удалены в обход Zhazba (на этой станции были учётные записи); ничего не сделано. Восстановите каталог из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/archive/settings.py" line="+71"/>
        <source>archive endpoint must be an http:// or https:// address</source>
        <translation>адрес архива (endpoint) должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive bucket is not set</source>
        <translation>не задан бакет архива (bucket)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>archive part_size must be at least 5 MiB (S3 minimum)</source>
        <translation>`part_size` архива должен быть не меньше 5 МиБ (минимум S3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>archive upload_threads must be between 1 and 16</source>
        <translation>`upload_threads` архива должен быть от 1 до 16</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>archive multipart_threshold must be at least part_size</source>
        <translation>`multipart_threshold` архива должен быть не меньше `part_size`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>archive retention must be at least one day</source>
        <translation>срок хранения в архиве должен быть не меньше одного дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set both window_start and window_end, or neither</source>
        <translation>задайте и `window_start`, и `window_end`, или ни одного</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown archive settings: {names}</source>
        <translation>неизвестные настройки архива: {names}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>any time</source>
        <translation>в любое время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily {start}–{end} (station time)</source>
        <translation>ежедневно {start}–{end} (время станции)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>upload window time {value} is not HH:MM</source>
        <translation>время окна выгрузки {value} не в виде ЧЧ:ММ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the settings file {path} cannot be read ({reason}); check its permissions (it belongs to the station&apos;s account)</source>
        <translation>файл настроек {path} не читается ({reason}); проверьте права доступа (он принадлежит учётной записи станции)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the settings file {path} is damaged ({reason}); restore it from a backup, or move it away and have an administrator set the station up again</source>
        <translation>файл настроек {path} повреждён ({reason}); восстановите его из резервной копии или уберите его, и пусть администратор заново настроит станцию</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the settings file {path} is damaged (not a JSON object); restore it from a backup, or move it away and have an administrator set the station up again</source>
        <translation>файл настроек {path} повреждён (это не объект JSON); восстановите его из резервной копии или уберите его, и пусть администратор заново настроит станцию</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not JSON: line {line}, column {column}</source>
        <translation>не JSON: строка {line}, столбец {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not UTF-8 text: byte {position}</source>
        <translation>не текст UTF-8: байт {position}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the &quot;{section}&quot; section of the settings file {path} is damaged; restore the file from a backup or correct that section</source>
        <translation>раздел «{section}» файла настроек {path} повреждён; восстановите файл из резервной копии или исправьте этот раздел</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no settings file {path}; an administrator sets the archive up with `zhazba archive configure`</source>
        <translation>нет файла настроек {path}; архив настраивает администратор командой `zhazba archive configure`</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no archive settings in {path}; an administrator sets the archive up with `zhazba archive configure`</source>
        <translation>в {path} нет настроек архива; архив настраивает администратор командой `zhazba archive configure`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive settings in {path} are damaged ({reason}); correct the archive section or have an administrator run `zhazba archive configure` again</source>
        <translation>настройки архива в {path} повреждены ({reason}); исправьте раздел архива или пусть администратор снова выполнит `zhazba archive configure`</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_input.py" line="+52"/>
        <source>{text} is not a number of seconds</source>
        <translation>{text} — это не число секунд</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{text} s: give a number of seconds greater than 0</source>
        <translation>{text} с: укажите число секунд больше 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} s: give at least 1 second</source>
        <translation>{text} с: укажите не менее 1 секунды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} s: at most {most} s (48 hours)</source>
        <translation>{text} с: не более {most} с (48 часов)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} s: a segment is {low} s to {high} s</source>
        <translation>{text} с: длина файла записи — от {low} до {high} с</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text} is not a whole number</source>
        <translation>{text} — не целое число</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} {what}: the station records {low} to {high}</source>
        <translation>{value} {what}: станция записывает от {low} до {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channels</source>
        <translation>каналов</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the hearing details in {path} are not usable: {why}</source>
        <translation>сведения о заседании в {path} непригодны: {why}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is not a regular file; give the hearing&apos;s JSON file</source>
        <translation>{path} — не обычный файл; укажите JSON-файл заседания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is larger than {most} kB</source>
        <translation>файл больше {most} кБ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the hearing details from {path}: {why}</source>
        <translation>не удаётся прочитать сведения о заседании из {path}: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not JSON in UTF-8</source>
        <translation>файл — не JSON в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {why}</source>
        <translation>«{field}»: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{option} is longer than {limit} characters; give it as a person writes it</source>
        <translation>{option}: длиннее {limit} символов; введите значение так, как его пишут люди</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{option} holds an invisible control or text-direction character ({code}); type it again without it</source>
        <translation>{option} содержит невидимый управляющий символ или символ направления текста ({code}); введите значение заново без него</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{out} is inside the sealed package {folder}; a package is never written into. Record into the station&apos;s hearings folder instead</source>
        <translation>{out} находится внутри запечатанного пакета {folder}; в пакет никогда не пишут. Записывайте в папку заседаний станции</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{out} is inside the hearing folder {folder}; record into the folder that holds the hearings instead</source>
        <translation>{out} находится внутри папки заседания {folder}; записывайте в папку, где хранятся заседания</translation>
    </message>
    <message>
        <location filename="../../app/cli/hearing_station.py" line="+45"/>
        <source>the station secret {path} is missing, but this station has accounts; nothing was done. Restore station.key from the backup</source>
        <translation>секретный ключ станции {path} отсутствует, но на этой станции есть учётные записи; ничего не сделано. Восстановите station.key из резервной копии</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the station mark {marker} of the hearings folder cannot be read; nothing was done. Restore it from the backup, or ask the technician</source>
        <translation>метка станции {marker} в папке заседаний не читается; ничего не сделано. Восстановите её из резервной копии или обратитесь к техническому специалисту</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the hearings folder {root} belongs to another station (id {theirs}, this one is {mine}); nothing was done. Run the command on that station</source>
        <translation>папка заседаний {root} принадлежит другой станции (id {theirs}, эта станция {mine}); ничего не сделано. Выполните команду на той станции</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the hearings folder {root} belongs to a station with accounts, and this station folder has none; nothing was done. Run the command on that station</source>
        <translation>папка заседаний {root} принадлежит станции с учётными записями, а в этой папке станции их нет; ничего не сделано. Выполните команду на той станции</translation>
    </message>
    <message>
        <location filename="../../app/cli/input_bounds.py" line="+34"/>
        <source>{option} is empty or starts or ends with a space; type it again</source>
        <translation>{option} пуст или начинается либо заканчивается пробелом; введите заново</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{option} {value} is not a date; give it as YYYY-MM-DD</source>
        <translation>{option} {value} не является датой; укажите её в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} {path}: {why}</source>
        <translation>{option} {path}: {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than {most} KB</source>
        <translation>больше {most} КБ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not JSON in UTF-8</source>
        <translation>не JSON в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{option} {path}: give {{&quot;days_off&quot;: [dates], &quot;working_days&quot;: [dates]}}</source>
        <translation>{option} {path}: укажите {{&quot;days_off&quot;: [даты], &quot;working_days&quot;: [даты]}}</translation>
    </message>
    <message>
        <location filename="../../app/cli/record.py" line="+119"/>
        <source>No audio devices. The simulated microphone is available: --source tones</source>
        <translation>Звуковых устройств нет. Доступна имитация микрофона: --source tones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{index:3d}  {name}  [{hostapi}]  in: {inputs}  out: {outputs}  {rate:.0f} Hz</source>
        <translation>{index:3d}  {name}  [{hostapi}]  входы: {inputs}  выходы: {outputs}  {rate:.0f} Hz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line} (default input)</source>
        <translation>{line} (вход по умолчанию)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a recording from --device needs --hearing FILE (the hearing&apos;s details): without it the demonstration&apos;s details (DEMO-0001) would be recorded; give --demo for a demonstration</source>
        <translation>для записи с --device нужен --hearing ФАЙЛ (сведения о заседании): без него были бы записаны сведения демонстрации (DEMO-0001); для демонстрации укажите --demo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a simulated source ({name}) records no evidence: give --demo for a demonstration (the hearing is marked SIMULATED — NOT EVIDENCE), or --device for the courtroom&apos;s microphones</source>
        <translation>имитируемый источник ({name}) не записывает доказательств: укажите --demo для демонстрации (заседание помечается «ИМИТАЦИЯ — НЕ ДОКАЗАТЕЛЬСТВО») или --device для микрофонов зала</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>recording into {folder}</source>
        <translation>запись в {folder}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no such folder: {path}</source>
        <translation>нет такой папки: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a folder: give a hearing folder, or the folder that holds them</source>
        <translation>{path} — не папка: укажите папку заседания или папку, где они хранятся</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{hearing}: {file} taken from the mirror</source>
        <translation>{hearing}: {file} взят из второй копии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder}: cannot be recovered automatically: the drive is full. Free space on that drive and run `zhazba recover` again; recovery can be repeated.</source>
        <translation>{folder}: восстановить автоматически нельзя: диск заполнен. Освободите место на этом диске и снова запустите `zhazba recover`; восстановление можно повторять.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{folder}: cannot be recovered automatically: {why}</source>
        <translation>{folder}: восстановить автоматически нельзя: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to recover: every hearing there was closed normally</source>
        <translation>восстанавливать нечего: все заседания там закрыты обычным порядком</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder}: {message}</source>
        <translation>{folder}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/signin.py" line="+210"/>
        <source>not signed in: the account {name} is locked after too many wrong passwords, until {until} (for {minutes} min); wait, or ask an administrator to unlock it</source>
        <translation>вход не выполнен: учётная запись {name} заблокирована после слишком многих неверных паролей до {until} (на {minutes} мин); подождите или попросите администратора снять блокировку</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not signed in: {reason}</source>
        <translation>вход не выполнен: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no terminal to type the password of {user} at; set {env} for scripts</source>
        <translation>нет терминала для ввода пароля {user}; для сценариев задайте {env}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no password given; nothing was done</source>
        <translation>пароль не введён; ничего не сделано</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the accounts in {path} were deleted outside Zhazba (its audit log or the station&apos;s had-accounts.json records accounts); nothing was done. Restore the catalog from a backup</source>
        <translation>учётные записи в {path} удалены вне Zhazba (журнал аудита или файл had-accounts.json станции указывает на учётные записи); ничего не сделано. Восстановите каталог из резервной копии</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this station has accounts: sign in with --user NAME (password from the terminal or {env})</source>
        <translation>на этой станции есть учётные записи: войдите с --user ИМЯ (пароль из терминала или {env})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the station catalog {path} cannot be read ({error}); nothing was done. Restore it from a backup, or ask the technician (`zhazba catalog rebuild` rebuilds the hearings but not the accounts)</source>
        <translation>каталог станции {path} не читается ({error}); ничего не сделано. Восстановите его из резервной копии или обратитесь к технику (`zhazba catalog rebuild` восстанавливает заседания, но не учётные записи)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/audit.py" line="+76"/>
        <source>the station secret {path} is missing, but the station&apos;s accounts are sealed with it; nothing was done. Restore station.key from the backup (a new one would lock every account out)</source>
        <translation>секретный ключ станции {path} отсутствует, но учётные записи станции запечатаны им; ничего не сделано. Восстановите station.key из резервной копии (новый ключ заблокирует все учётные записи)</translation>
    </message>
    <message>
        <location filename="../../app/accounts/secrets.py" line="+57"/>
        <source>the station secret {path} does not exist; restore station.key from the backup</source>
        <translation>секретного ключа станции {path} нет; восстановите station.key из резервной копии</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the station secret {path} can be read by other users (mode {mode}); run `chmod 600 {path}` and enter the archive credentials again</source>
        <translation>секретный ключ станции {path} могут читать другие пользователи (права {mode}); выполните `chmod 600 {path}` и введите учётные данные архива заново</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the station secret {path} is damaged (not 32 bytes); nothing was done. Restore it from the backup</source>
        <translation>секретный ключ станции {path} повреждён (не 32 байта); ничего не сделано. Восстановите его из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/cli/accounts.py" line="+37"/>
        <source>New password for {name}: </source>
        <translation>Новый пароль для {name}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again: </source>
        <translation>Ещё раз: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passwords differ</source>
        <translation>два пароля не совпадают</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{action}: sign in as an administrator with --user NAME</source>
        <translation>«{action}»: войдите как администратор с --user ИМЯ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no accounts</source>
        <translation>учётных записей нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(disabled)</source>
        <translation>(отключена)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(locked until {until})</source>
        <translation>(заблокирована до {until})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the account {name} was changed outside Zhazba</source>
        <translation>учётная запись {name} изменена в обход Zhazba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no sign-in events</source>
        <translation>событий входа нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account changes:</source>
        <translation>изменения учётных записей:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>audit log: intact</source>
        <translation>журнал аудита: цел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUDIT LOG PROBLEMS:</source>
        <translation>НАРУШЕНИЯ ЖУРНАЛА АУДИТА:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the first account on a station must be an administrator</source>
        <translation>первая учётная запись на станции должна быть администратором</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account {name} ({role}) created</source>
        <translation>учётная запись {name} ({role}) создана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password of {name} changed</source>
        <translation>пароль {name} изменён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {name} unlocked</source>
        <translation>учётная запись {name} разблокирована</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account {name} was not locked</source>
        <translation>учётная запись {name} не была заблокирована</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account {name} is now {role}</source>
        <translation>учётная запись {name} теперь: {role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account {name} disabled</source>
        <translation>учётная запись {name} отключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account {name} enabled</source>
        <translation>учётная запись {name} включена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(by {user})</source>
        <translation>(выполнил {user})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/cli/archive.py" line="+74"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../app/cli/archive.py" line="-26"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation>передано в архив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, local copy deleted</source>
        <translation>передано в архив, локальная копия удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/export.py" line="+370"/>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not verify</source>
        <translation>не прошло проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/export.py" line="-14"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>идёт запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>опечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copied to a medium</source>
        <translation>скопировано на носитель</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{package} was recorded from a simulated source ({mark}); it is never sent to the court archive</source>
        <translation>{package} записан с имитируемого источника ({mark}); он никогда не отправляется в архив суда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>queued {package} (#{id})</source>
        <translation>поставлено в очередь: {package} (#{id})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>outside the upload window; it opens at {start}</source>
        <translation>вне окна передачи; оно откроется в {start}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>local copy deleted: {package}</source>
        <translation>локальная копия удалена: {package}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to upload</source>
        <translation>передавать нечего</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>upload window: {window}</source>
        <translation>окно передачи: {window}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last error (attempt {n}): {error}</source>
        <translation>последняя ошибка (попытка {n}): {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the upload queue is empty</source>
        <translation>очередь передачи пуста</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{package} is not in the upload queue</source>
        <translation>{package} нет в очереди выгрузки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive copy matches and, read back, verifies in full (signature, manifests, journal, audio)</source>
        <translation>копия в архиве совпадает и, прочитанная обратно, полностью проходит проверку (подпись, манифесты, журнал, звук)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{package} has not been uploaded</source>
        <translation>{package} ещё не выгружен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>locked until {date}</source>
        <translation>заблокировано до {date}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>archive settings saved to {path}</source>
        <translation>настройки архива сохранены в {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive secret key: </source>
        <translation>Секретный ключ архива: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>archive credentials stored (encrypted)</source>
        <translation>учётные данные архива сохранены (в зашифрованном виде)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{root} is not a folder; give the folder that holds the hearings (the catalog was not changed)</source>
        <translation>{root} — не папка; укажите папку, где хранятся заседания (каталог не изменён)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>catalog rebuilt: {n} hearings</source>
        <translation>каталог перестроен: заседаний {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog rebuilt: {n} hearings (and {kept} archived hearings with no local copy, kept)</source>
        <translation>каталог перестроен: заседаний {n} (и сохранено заседаний в архиве без локальной копии: {kept})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem: {problem}</source>
        <translation>проблема: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no hearing found</source>
        <translation>ни одного заседания не найдено</translation>
    </message>
    <message>
        <location filename="../../app/cli/documents.py" line="+172"/>
        <source>unknown time zone {name}; give a name like Asia/Almaty or Asia/Qostanay</source>
        <translation>неизвестный часовой пояс {name}; укажите название вроде Asia/Almaty или Asia/Qostanay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{zone} (now {now})</source>
        <translation>{zone} (сейчас {now})</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+34"/>
        <source>wrote {path}</source>
        <translation>записано: {path}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>not recorded ({ground}): {folder}</source>
        <translation>не записывалось ({ground}): {folder}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>say who confirms it: --by NAME</source>
        <translation>укажите, кто это подтверждает: --by ИМЯ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>journaled: the judge was informed ({at}, by {by})</source>
        <translation>внесено в журнал: судья извещён ({at}, подтвердил(а): {by})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what}. Confirm with --yes.</source>
        <translation>{what}. Подтвердите с --yes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}.
Format? Type yes: </source>
        <translation>{what}.
Форматировать? Введите «да»: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>formatted {mountpoint} ({device}) as {filesystem}, label {label}, in {seconds} s</source>
        <translation>{mountpoint} ({device}) отформатирован в {filesystem}, метка {label}, за {seconds} с</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="+85"/>
        <source>{message} (see `{prog} --help`)</source>
        <translation>{message} (см. `{prog} --help`)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>this account may not use that file; check its permissions</source>
        <translation>этой учётной записи нельзя использовать этот файл; проверьте его права</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>free space on that drive and try again</source>
        <translation>освободите место на этом диске и повторите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive is read-only; write somewhere else</source>
        <translation>диск только для чтения; запишите в другое место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use a shorter name</source>
        <translation>используйте более короткое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path</source>
        <translation>проверьте путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder was expected; check the path</source>
        <translation>ожидалась папка; проверьте путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file was expected, not a folder; check the path</source>
        <translation>ожидался файл, а не папка; проверьте путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive reports a read or write error; check the drive</source>
        <translation>диск сообщает об ошибке чтения или записи; проверьте диск</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check the drive and the path</source>
        <translation>проверьте диск и путь</translation>
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
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{problem} (details: {path})</source>
        <translation>{problem} (подробности: {path})</translation>
    </message>
    <message>
        <location filename="../../app/cli/export.py" line="-219"/>
        <source>confirm the deletion listed above with --yes (no terminal to ask)</source>
        <translation>подтвердите удаление перечисленного выше через --yes (нет терминала, чтобы спросить)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type DELETE to delete all of this and write the copy: </source>
        <translation>Введите DELETE, чтобы удалить всё это и записать копию: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not confirmed; nothing was deleted or written</source>
        <translation>не подтверждено; ничего не удалено и не записано</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>DONE: the case-file copy is written to {where}, read back and verified.</source>
        <translation>ГОТОВО: копия для материалов дела записана в {where}, прочитана обратно и проверена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DONE: the participant&apos;s copy is written to {where}, read back and verified.</source>
        <translation>ГОТОВО: копия для участника записана в {where}, прочитана обратно и проверена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{files} files, {mb:.1f} MB: written in {write:.1f} s, read back in {read:.1f} s.</source>
        <translation>файлов: {files}, {mb:.1f} MB: записано за {write:.1f} с, прочитано обратно за {read:.1f} с.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the medium into its envelope with the label (Rules p. 15): `zhazba document envelope {package}`</source>
        <translation>Вложите носитель в конверт с наклейкой (п. 15 Правил): `zhazba document envelope {package}`</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no removable medium is mounted</source>
        <translation>ни один съёмный носитель не подключён</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>application {id}: issued</source>
        <translation>заявление {id}: выдано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>application {id}: receipt recorded</source>
        <translation>заявление {id}: отметка о получении внесена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>give --category (or --package to take it from the package)</source>
        <translation>укажите --category (или --package, чтобы взять её из пакета)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>application {id} registered; the copy is due by {deadline} ({form})</source>
        <translation>заявление {id} зарегистрировано; копию нужно выдать до {deadline} ({form})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no applications</source>
        <translation>заявлений нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#{id} {applicant} ({role}) case {case} [{category}] received {received}, due {deadline}</source>
        <translation>#{id} {applicant} ({role}) дело {case} [{category}] поступило {received}, срок {deadline}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OVERDUE {line}</source>
        <translation>ПРОСРОЧЕНО {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} d)</source>
        <translation>({n} дн.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: {what} on {medium}</source>
        <translation>: {what}, носитель: {medium}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; receipt: {receipt}</source>
        <translation>; отметка о получении: {receipt}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criminal</source>
        <translation>уголовное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>civil</source>
        <translation>гражданское</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrative</source>
        <translation>административное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrative offence</source>
        <translation>об административном правонарушении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of appendix 1</source>
        <translation>форма приложения 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form of appendix 2</source>
        <translation>форма приложения 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a medium</source>
        <translation>на носителе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the information service</source>
        <translation>посредством информационного сервиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case-file copy</source>
        <translation>копия для материалов дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant&apos;s copy</source>
        <translation>копия для участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_markers.py" line="+23"/>
        <source>marker not saved ({line}): {why}</source>
        <translation>метка не сохранена ({line}): {why}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>longer than {most} bytes</source>
        <translation>длиннее {most} байт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not UTF-8 text (byte {byte} at {position})</source>
        <translation>не текст UTF-8 (байт {byte} в позиции {position})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the marker {why}</source>
        <translation>метка: {why}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the rejected marker was not journaled either: {why}</source>
        <translation>отклонённая метка не записана и в журнал: {why}</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_source.py" line="+44"/>
        <source>{channels} channels: the station records 1 to {most}</source>
        <translation>{channels} каналов: станция записывает от 1 до {most}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--fast works only with a simulated source (--source)</source>
        <translation>--fast работает только с имитируемым источником (--source)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{rate} Hz is not supported; use one of {rates}</source>
        <translation>{rate} Hz не поддерживается; укажите одно из: {rates}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such audio file: {path} (use tones, speech or a WAV file)</source>
        <translation>нет такого звукового файла: {path} (укажите `tones`, `speech` или WAV-файл)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a regular file (use tones, speech or a WAV file)</source>
        <translation>{path} — не обычный файл (укажите `tones`, `speech` или WAV-файл)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} has {channels} channels, not {asked}</source>
        <translation>в {path} {channels} каналов, а не {asked}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} has {channels} channels: the station records 1 to {most}</source>
        <translation>в {path} {channels} каналов: станция записывает от 1 до {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: {rate} Hz is not supported; use one of {rates}</source>
        <translation>{path}: {rate} Hz не поддерживается; укажите одно из: {rates}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--segment-seconds {value}: a segment is {low} s to {high} s</source>
        <translation>--segment-seconds {value}: длина файла записи — от {low} до {high} с</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--fast needs --seconds: as fast as the machine allows, it would never end</source>
        <translation>--fast требует --seconds: запись с максимальной скоростью никогда бы не закончилась</translation>
    </message>
    <message>
        <location filename="../../app/cli/signing.py" line="+100"/>
        <source>no password: type it at a terminal, or set {env} for automated sealing.</source>
        <translation>нет пароля: введите его в терминале или задайте {env} для автоматического запечатывания.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not sealed: {why}</source>
        <translation>не запечатано: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the signing key file with --key FILE.p12.</source>
        <translation>укажите файл ключа подписи: --key FILE.p12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such hearing folder: {path}</source>
        <translation>нет такой папки заседания: {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot use the key {path}: {why}</source>
        <translation>нельзя использовать ключ {path}: {why}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>not sealed: {target} already exists: this hearing has been sealed. Check it with `zhazba verify {target}`; never seal twice over an existing package.</source>
        <translation>не запечатано: {target} уже существует: это заседание запечатано. Проверьте его: `zhazba verify {target}`; никогда не запечатывайте повторно поверх существующего пакета.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not sealed: {why}. The hearing folder is unchanged; free disk space or check the drive, then seal again.</source>
        <translation>не запечатано: {why}. Папка заседания не изменена; освободите место или проверьте диск и запечатайте снова.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>give the timestamp authority with --tsa URL (or set {env}).</source>
        <translation>укажите службу меток времени через --tsa URL (или задайте {env}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a sealed package (no tagmanifest-sha256.txt.p7s).</source>
        <translation>{path} не опечатанный пакет (нет tagmanifest-sha256.txt.p7s).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signature of {package} cannot be read: {reason}</source>
        <translation>подпись {package} не читается: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{package}: timestamp added</source>
        <translation>{package}: метка времени добавлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{package}: already has a timestamp</source>
        <translation>{package}: метка времени уже есть</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{path} is not a folder. Give the sealed package folder (….sealed) or a hearing folder.</source>
        <translation>{path} — не папка. Укажите папку запечатанного пакета (….sealed) или папку заседания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is neither a sealed package (no bagit.txt) nor a hearing folder (no journal.jsonl).</source>
        <translation>{path} — ни запечатанный пакет (нет bagit.txt), ни папка заседания (нет journal.jsonl).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot verify {path}: {why}</source>
        <translation>не удаётся проверить {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/cli/trust.py" line="+64"/>
        <source>installed {path}:</source>
        <translation>установлено {path}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: a certificate in it is not a certification authority&apos;s certificate; install only the court&apos;s root and intermediate CA certificates</source>
        <translation>{path}: один из сертификатов в нём не является сертификатом удостоверяющего центра; устанавливайте только корневой и промежуточные сертификаты CA суда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} holds no root certificate (one that signs itself); include the NCA root</source>
        <translation>в {path} нет корневого сертификата (подписанного самим собой); добавьте корневой сертификат НУЦ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is not a certificate file: give the PEM file with the NCA&apos;s root and intermediate certificates</source>
        <translation>{path} — не файл сертификата: укажите PEM-файл с корневым и промежуточными сертификатами НУЦ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not installed: {why}</source>
        <translation>не установлено: {why}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no court certificate chain is installed on this station: who signed cannot be confirmed. Install it with `zhazba trust install CHAIN.pem`.</source>
        <translation>на этой станции не установлена цепочка сертификатов суда: подтвердить, кто подписал, невозможно. Установите её командой `zhazba trust install CHAIN.pem`.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this station has no accounts, so there is no administrator to authorise a substitution; journal it with `zhazba seal … --substitute-why`.</source>
        <translation>на этой станции нет учётных записей, поэтому нет администратора, который разрешил бы замену; занесите её в журнал командой `zhazba seal … --substitute-why`.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>say why, and on whose order</source>
        <translation>укажите причину и по чьему распоряжению</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who} may seal {hearing} instead of its secretary (authorised by {by})</source>
        <translation>{who} может запечатать {hearing} вместо секретаря (разрешил: {by})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not authorised: {why}</source>
        <translation>не разрешено: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is not a certificate: give the substitute&apos;s certificate file (PEM or DER), as the certification authority issued it</source>
        <translation>{path} не является сертификатом: укажите файл сертификата заменяющего (PEM или DER) в том виде, в каком его выдал удостоверяющий центр</translation>
    </message>
    <message>
        <location filename="../../app/cli/turns.py" line="+46"/>
        <source>{why} (give a hearing folder or a sealed package)</source>
        <translation>{why} (укажите папку заседания или запечатанный пакет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no recorded audio</source>
        <translation>в {path} нет записанного звука</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mic {n}</source>
        <translation>микрофон {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} turns</source>
        <translation>очерёдность выступлений: {n}</translation>
    </message>
    <message>
        <location filename="../../app/documents/reading.py" line="+45"/>
        <source>{folder} is not a hearing folder: hearing.json is missing.</source>
        <translation>{folder} — не папка заседания: нет hearing.json.</translation>
    </message>
    <message>
        <location filename="../../app/review/model.py" line="+88"/>
        <source>{path} is neither a sealed package (data/journal.jsonl) nor a hearing folder</source>
        <translation>{path} — ни запечатанный пакет (data/journal.jsonl), ни папка заседания</translation>
    </message>
    <message>
        <location filename="../../app/cli/selfcheck.py" line="+117"/>
        <source>What to do: {remedy}</source>
        <translation>Что сделать: {remedy}</translation>
    </message>
    <message>
        <location filename="../../app/cli/signin.py" line="-344"/>
        <source>Password for {name}: </source>
        <translation>Пароль для {name}: </translation>
    </message>
    <message>
        <location filename="../../app/cli/selfcheck.py" line="+14"/>
        <source>no password: type it at a terminal, or set {env}</source>
        <translation>нет пароля: введите его в терминале или задайте {env}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key file {path} cannot be read ({reason})</source>
        <translation>файл ключа {path} не читается ({reason})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{name} ({role}) may not run the technician&apos;s self-check; the pre-hearing check (--prehearing) is open to secretaries</source>
        <translation>{name} ({role}) не может запускать самопроверку технического специалиста; проверка перед заседанием (--prehearing) открыта секретарям</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The self-check FAILED: {fails} problem(s) must be fixed before recording, and {warns} warning(s).</source>
        <translation>Самопроверка НЕ ПРОЙДЕНА: до записи нужно устранить проблем: {fails}; предупреждений: {warns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The self-check FAILED: {fails} problem(s) must be fixed before recording.</source>
        <translation>Самопроверка НЕ ПРОЙДЕНА: до записи нужно устранить проблем: {fails}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station is ready ({warns} warning(s) to look at).</source>
        <translation>Станция готова (предупреждений, которые стоит посмотреть: {warns}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station is ready.</source>
        <translation>Станция готова.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guided microphone test is skipped: there is no input device.</source>
        <translation>Пошаговая проверка микрофонов пропущена: нет устройства ввода.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a signed report needs the signing key: add --key FILE.p12.</source>
        <translation>для подписанного отчёта нужен ключ подписи: добавьте --key FILE.p12.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--channels must be at least 1.</source>
        <translation>--channels должно быть не меньше 1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the run could not be kept in the station&apos;s history: {reason}</source>
        <translation>проверку не удалось сохранить в истории станции: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the report is not written: the signing key did not open.</source>
        <translation>отчёт не записан: ключ подписи не открылся.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report is not signed: {reason}</source>
        <translation>отчёт не подписан: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed report: {json} and {text} (signatures .p7s), signed by {signer}.</source>
        <translation>Подписанный отчёт: {json} и {text} (подписи .p7s), подписал(а): {signer}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/anchors.py" line="+57"/>
        <source>{hearing}: {made} anchors, {queued} queued</source>
        <translation>{hearing}: якорей {made}, в очереди {queued}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no anchors on this station</source>
        <translation>на этой станции якорей нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anchors not sent: {problem}</source>
        <translation>якоря не отправлены: {problem}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>there is no station catalog at {path}</source>
        <translation>по пути {path} нет каталога станции</translation>
    </message>
    <message>
        <location filename="../../app/cli/said_lines.py" line="+22"/>
        <source>digital signature</source>
        <translation>цифровая подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-repudiation</source>
        <translation>неотрекаемость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key encipherment</source>
        <translation>шифрование ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data encipherment</source>
        <translation>шифрование данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key agreement</source>
        <translation>согласование ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing certificates</source>
        <translation>подпись сертификатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing revocation lists</source>
        <translation>подпись списков отозванных сертификатов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not a database</source>
        <translation>файл не является базой данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database in it is damaged</source>
        <translation>база данных в нём повреждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened</source>
        <translation>файл не удаётся открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>another program is using it</source>
        <translation>он занят другой программой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may not be written (read-only)</source>
        <translation>запись в него запрещена (только чтение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive reports a read or write error</source>
        <translation>диск сообщает об ошибке чтения или записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this account may not use it</source>
        <translation>этой учётной записи доступ к нему запрещён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holder:   {holder}</source>
        <translation>Владелец: {holder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:   {issuer}</source>
        <translation>Издатель: {issuer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid:    {start} to {end} (UTC)</source>
        <translation>Действует: с {start} по {end} (UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage:    {usage}</source>
        <translation>Назначение: {usage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WARNING:  the certificate expires in {days} day(s), on {date}. Apply to the NCA for a new key now.</source>
        <translation>ВНИМАНИЕ: срок действия сертификата истекает через {days} дн., {date}. Обратитесь в НУЦ за новым ключом сейчас.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>signed in: {name} ({role})</source>
        <translation>вход выполнен: {name} ({role})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the station catalog {path} cannot be read ({error}); nothing was done. Restore it from a backup, or ask the technician</source>
        <translation>каталог станции {path} не читается ({error}); ничего не сделано. Восстановите его из резервной копии или обратитесь к технику</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sealed: {package} ({files} files, {megabytes} MB, {seconds} s; {hashes} hashes taken from the journal)</source>
        <translation>запечатано: {package} (файлов: {files}, {megabytes} MB, {seconds} с; хэшей взято из журнала: {hashes})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>timestamp: added</source>
        <translation>метка времени: добавлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamp: none</source>
        <translation>метка времени: нет</translation>
    </message>
    <message>
        <location filename="../../app/anchoring/wiring.py" line="+59"/>
        <source>{made} anchors made, {sent} sent, {queued} queued</source>
        <translation>якоря: создано {made}, отправлено {sent}, в очереди {queued}</translation>
    </message>
    <message>
        <location filename="../../app/cli/record_run.py" line="+25"/>
        <source>not anchored (no court archive configured)</source>
        <translation>не создавались (архив суда не настроен)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ALARM: {what}</source>
        <translation>ТРЕВОГА: {what}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{folder}: {seconds:.1f} s recorded in {wall:.1f} s, {overflows} overflows</source>
        <translation>{folder}: записано {seconds:.1f} с за {wall:.1f} с, переполнений входа: {overflows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anchors: {status}</source>
        <translation>якоря: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the hearing {folder} was left open; run `zhazba recover {folder}` once the drive has space again (or is back) to keep every decodable frame and close it</source>
        <translation>заседание {folder} осталось открытым; когда на диске снова будет место (или диск вернётся), запустите `zhazba recover {folder}`: он сохранит каждый декодируемый кадр и закроет заседание</translation>
    </message>
    <message>
        <location filename="../../app/cli/station.py" line="+74"/>
        <source>No screen here: recording a headless demo hearing into {out} instead.</source>
        <translation>Экрана нет: вместо окна записывается демонстрационное заседание в {out}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Demo hearing: {folder}</source>
        <translation>Демонстрационное заседание: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated microphone, {channels} channels, {rate} Hz. Recording {seconds:.0f} s…</source>
        <translation>Имитация микрофона, каналов: {channels}, {rate} Hz. Запись {seconds:.0f} с…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>hearing time {t:5.1f} s</source>
        <translation>время заседания {t:5.1f} с</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recorded: {files}; journal of {n} records, chain intact.</source>
        <translation>Записано: {files}; в журнале записей: {n}, цепочка цела.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded: {files}; journal of {n} records, chain BROKEN: {problem}.</source>
        <translation>Записано: {files}; в журнале записей: {n}, цепочка НАРУШЕНА: {problem}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sealed and signed with a demo key: {package}</source>
        <translation>Опечатано и подписано демонстрационным ключом: {package}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified: everything holds</source>
        <translation>Проверено: всё сходится</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified: PROBLEMS: {problems}</source>
        <translation>Проверено: НАРУШЕНИЯ: {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check it without Zhazba:</source>
        <translation>Проверьте это без Zhazba:</translation>
    </message>
    <message>
        <location filename="../../audio/os_errors.py" line="+18"/>
        <source>No space left on device</source>
        <translation>на устройстве нет свободного места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>файловая система только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>операция не разрешена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused</source>
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection timed out</source>
        <translation>время ожидания соединения истекло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No route to host</source>
        <translation>нет маршрута до узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network is unreachable</source>
        <translation>сеть недоступна</translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../../ui/review/dialogs.py" line="+46"/>
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
        <location line="+11"/>
        <source>Give two times on the recording, the second later.</source>
        <translation>Укажите два момента записи, второй позже первого.</translation>
    </message>
</context>
<context>
    <name>Copies</name>
    <message>
        <location filename="../../app/copies/case_file.py" line="+52"/>
        <source>{package} is not a sealed package (no bagit.txt or data/). Give the folder ending in .sealed that the station made when the hearing ended.</source>
        <translation>{package} не является опечатанным пакетом (нет bagit.txt или data/). Укажите папку с окончанием .sealed, которую станция создала по окончании заседания.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{package} is not signed ({file} is missing); seal it first.</source>
        <translation>{package} не подписан ({file} отсутствует); сначала опечатайте его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written to the medium</source>
        <translation>не записывается на носитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this hearing was already written to a medium for the case file on {utc} ({medium}); the case file takes one copy (Rules p. 12): keep the extra medium apart or clear it.</source>
        <translation>это заседание уже записывалось на носитель для материалов дела {utc} ({medium}); к делу приобщается одна копия (пункт 12 Правил): храните лишний носитель отдельно или очистите его.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>the copy on the medium matches the seal: signature valid and its signer confirmed, {files} files, journal of {records} records intact, {segments} audio files match the journal</source>
        <translation>копия на носителе соответствует печати: подпись действительна, подписант подтверждён, файлов: {files}, журнал из {records} записей цел, аудиофайлов, совпадающих с журналом: {segments}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the copy on the medium matches the seal: signature valid (signer not checked: no root given), {files} files, journal of {records} records intact, {segments} audio files match the journal</source>
        <translation>копия на носителе соответствует печати: подпись действительна (подписант не проверен: корневой сертификат не указан), файлов: {files}, журнал из {records} записей цел, аудиофайлов, совпадающих с журналом: {segments}</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium.py" line="+50"/>
        <source>the mount point no longer holds it</source>
        <translation>его больше нет в точке подключения</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The medium at {where} is empty: nothing to delete.</source>
        <translation>Носитель {where} пуст: удалять нечего.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearing the medium at {where} DELETES {files} files ({mb} MB):</source>
        <translation>Очистка носителя {where} УДАЛИТ файлов: {files} ({mb} МБ):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  {name}/  (folder, {files} files, {mb} MB)</source>
        <translation>  {name}/  (папка, файлов: {files}, {mb} МБ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  {name}  (file, {mb} MB)</source>
        <translation>  {name}  (файл, {mb} МБ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more</source>
        <translation>  … и ещё {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept (file-system structures): {names}</source>
        <translation>Сохраняются (структуры файловой системы): {names}</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_errors.py" line="+71"/>
        <source>the medium at {where} is full ({doing}). Use a larger medium, or clear this one.</source>
        <translation>носитель {where} заполнен ({doing}). Возьмите носитель большего объёма или очистите этот.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the medium at {where} is read-only: nothing can be written to it ({doing}). Slide the stick&apos;s write-protect switch off, or use another medium.</source>
        <translation>носитель {where} доступен только для чтения: на него ничего нельзя записать ({doing}). Выключите переключатель защиты от записи на накопителе или возьмите другой носитель.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the medium at {where} was unmounted or removed, or stopped answering, while {doing} ({why}). Plug it in again and start the copy again; the copy on it is incomplete and must not go into the case file.</source>
        <translation>носитель {where} был отключён, извлечён или перестал отвечать ({doing}). Подключите его снова и начните копирование заново; копия на нём неполная, приобщать её к делу нельзя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the medium at {where} failed while {doing}: {why}</source>
        <translation>сбой носителя {where} ({doing}): {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listing what is on it</source>
        <translation>при просмотре его содержимого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening it</source>
        <translation>при его открытии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking it is still there</source>
        <translation>при проверке, что он на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking it</source>
        <translation>при его проверке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing it</source>
        <translation>при его очистке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing the copy</source>
        <translation>при записи копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the copy back</source>
        <translation>при обратном чтении копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying the copy</source>
        <translation>при проверке копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finishing the copy</source>
        <translation>при завершении копирования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is not there: no medium is mounted at that place.</source>
        <translation>{where} не существует: в этом месте не подключён ни один носитель.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} is a folder on this computer, not a mounted medium. Plug the medium in and choose the place it is mounted at.</source>
        <translation>{where} - папка на этом компьютере, а не подключённый носитель. Вставьте носитель и выберите место, куда он подключён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what is on the medium at {where} changed since it was shown for confirmation; nothing was deleted. Look at the list again and confirm it.</source>
        <translation>содержимое носителя {where} изменилось после того, как было показано для подтверждения; ничего не удалено. Просмотрите список ещё раз и подтвердите.</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_io.py" line="+28"/>
        <source>{path} on this station cannot be read ({why}): the station&apos;s disk has a problem, not the medium. Nothing was changed on the station; report it to the court&apos;s technician.</source>
        <translation>{path} на станции не читается: неисправен диск станции, а не носитель. На станции ничего не изменено; сообщите техническому специалисту суда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} on this station does not match its sealed hash: the station&apos;s copy is damaged. Nothing was changed on the station; run `zhazba verify` on the package and report it to the court administrator.</source>
        <translation>{path} на станции не совпадает со своим опечатанным хэшем: копия на станции повреждена. На станции ничего не изменено; проверьте пакет командой `zhazba verify` и сообщите администратору суда.</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_write.py" line="+57"/>
        <source>the copy was interrupted (the station stopped, crashed or was killed) before it finished: the medium holds an incomplete copy (INCOMPLETE-COPY.txt). Write it again.</source>
        <translation>копирование прервано до завершения (станция остановилась, аварийно завершилась или была принудительно закрыта): на носителе неполная копия (INCOMPLETE-COPY.txt). Запишите её заново.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is not a removable medium (USB stick, memory card or disc): the station writes copies only to removable media, and never clears its own disks.</source>
        <translation>{where} не является съёмным носителем (USB-накопитель, карта памяти или диск): станция записывает копии только на съёмные носители и никогда не очищает собственные диски.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the medium at {where} is not empty. The Rules (p. 33) require clearing it before a copy is written; confirm the deletion of what is listed below (--clear in the command line).
{listing}</source>
        <translation>носитель {where} не пуст. Правила (п. 33) требуют очистить его перед записью копии; подтвердите удаление перечисленного ниже (в командной строке --clear).
{listing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the medium at {where} is too small: the copy needs {need} MB, the medium has {available} MB free. Use a larger medium. Nothing was written or deleted.</source>
        <translation>носитель {where} слишком мал: копии нужно {need} МБ, на носителе свободно {available} МБ. Возьмите носитель большего объёма. Ничего не записано и не удалено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the medium at {where} is too small: the copy needs {need} MB, the medium has {available} MB once cleared. Use a larger medium. Nothing was written or deleted.</source>
        <translation>носитель {where} слишком мал: копии нужно {need} МБ, после очистки на носителе будет {available} МБ. Возьмите носитель большего объёма. Ничего не записано и не удалено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is larger than 4 GB, which a FAT medium cannot hold in one file. Use a medium formatted as exFAT or NTFS.</source>
        <translation>{file} больше 4 ГБ, а носитель FAT не может хранить такой файл целиком. Возьмите носитель, отформатированный в exFAT или NTFS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what was read back from the medium at {where} differs from what was written ({files}): the medium is faulty. Use another medium.</source>
        <translation>прочитанное обратно с носителя {where} отличается от записанного ({files}): носитель неисправен. Возьмите другой носитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the verification report read back from the medium at {where} differs from what was written: the medium is faulty. Use another medium.</source>
        <translation>отчёт о проверке, прочитанный обратно с носителя {where}, отличается от записанного: носитель неисправен. Возьмите другой носитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy on the medium at {where} did not verify:
{summary}</source>
        <translation>копия на носителе {where} не прошла проверку:
{summary}</translation>
    </message>
    <message>
        <location filename="../../app/copies/participant.py" line="+58"/>
        <source>the journal names an audio file outside the package ({name}): the package was tampered with. No copy is made; run `zhazba verify` and tell the administrator.</source>
        <translation>журнал называет аудиофайл вне пакета ({name}): пакет подделан. Копия не создаётся; выполните `zhazba verify` и сообщите администратору.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hearing in case {case} of {date} was closed (закрытое судебное заседание / жабық сот отырысы). The Rules (p. 32) allow no copy of its recording; the participant may listen to it in court instead (p. 28).</source>
        <translation>судебное заседание по делу {case} от {date} было закрытым. Правила (п. 32) не допускают выдачу копии его записи; участник может прослушать её в суде (п. 28).</translation>
    </message>
    <message>
        <location filename="../../app/copies/participant_write.py" line="+39"/>
        <source>copied for a participant</source>
        <translation>не копируется для участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{package} changed after it was verified ({why}), so no copy was made. Tell the court administrator: someone is altering the station&apos;s files.</source>
        <translation>{package} изменился после проверки, поэтому копия не создана. Сообщите администратору суда: кто-то изменяет файлы станции.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files differ from SHA256SUMS.txt: {files}</source>
        <translation>файлы не совпадают с SHA256SUMS.txt: {files}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>participant copy of {seconds:.0f} s, {channels} microphones, {markers} markers, {closed} closed part(s) silenced; every file matches SHA256SUMS.txt (sha256 {checksum})</source>
        <translation>копия для участника на {seconds:.0f} с, микрофонов: {channels}, аудиометок: {markers}, закрытых частей заглушено: {closed}; каждый файл совпадает с SHA256SUMS.txt (sha256 {checksum})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>participant copy of {seconds:.0f} s, {channels} microphones, {markers} markers; every file matches SHA256SUMS.txt (sha256 {checksum})</source>
        <translation>копия для участника на {seconds:.0f} с, микрофонов: {channels}, аудиометок: {markers}; каждый файл совпадает с SHA256SUMS.txt (sha256 {checksum})</translation>
    </message>
    <message>
        <location filename="../../app/copies/progress.py" line="+24"/>
        <source>the copy was cancelled. The station&apos;s recording is untouched; the medium holds an incomplete copy (see INCOMPLETE-COPY.txt on it) that must not go into the case file.</source>
        <translation>копирование отменено. Запись на станции не затронута; на носителе неполная копия (см. INCOMPLETE-COPY.txt на нём), приобщать её к делу нельзя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>preparing the participant copy</source>
        <translation>подготовка копии для участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>проверка носителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing</source>
        <translation>очистка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back</source>
        <translation>обратное чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying</source>
        <translation>сверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, {time} left</source>
        <translation>, осталось {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{phase}: {fraction:.0%}{left}</source>
        <translation>{phase}: {fraction:.0%}{left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phase}: {done:.1f} of {total:.1f} MB ({fraction:.0%}), {speed:.1f} MB/s{left}</source>
        <translation>{phase}: {done:.1f} из {total:.1f} MB ({fraction:.0%}), {speed:.1f} MB/с{left}</translation>
    </message>
    <message>
        <location filename="../../app/copies/register.py" line="+64"/>
        <source>the hearing in case {case} was closed (закрытое судебное заседание): the Rules (p. 32) allow no copy of its recording. The participant may listen to it in court (p. 28); offer a listening session instead.</source>
        <translation>заседание по делу {case} было закрытым: Правила (п. 32) не допускают выдачу копии его записи. Участник может прослушать её в суде (п. 28); предложите вместо этого прослушивание.</translation>
    </message>
    <message>
        <location filename="../../app/copies/medium_format.py" line="+32"/>
        <source>not confirmed: the medium was not formatted</source>
        <translation>не подтверждено: носитель не отформатирован</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{mountpoint} holds the system or the station&apos;s own folders; it is never formatted</source>
        <translation>на {mountpoint} находится система или папки самой станции; он никогда не форматируется</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the device behind {mountpoint} is not known ({device}); give it with --device</source>
        <translation>устройство за {mountpoint} неизвестно ({device}); укажите его в --device</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{device} is not a block device on this computer</source>
        <translation>{device} — не блочное устройство этого компьютера</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{device} is a fixed disk, not a removable medium; only a USB stick or a card is formatted for a copy</source>
        <translation>{device} — встроенный диск, а не съёмный носитель; для копии форматируется только USB-накопитель или карта памяти</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{mountpoint} is not the drive letter of a removable medium</source>
        <translation>{mountpoint} — не буква диска съёмного носителя</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown file system {filesystem}; one of: {known}</source>
        <translation>неизвестная файловая система {filesystem}; допустимы: {known}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{tool} is not installed; it is needed to {what}</source>
        <translation>{tool} не установлен; он нужен, чтобы {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not {what}: {output}</source>
        <translation>не удалось {what}: {output}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unmount {mountpoint}</source>
        <translation>отключить {mountpoint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{mountpoint} is still mounted; close the files open on it</source>
        <translation>{mountpoint} всё ещё подключён; закройте открытые на нём файлы</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>mount the formatted medium at {mountpoint}</source>
        <translation>подключить отформатированный носитель в {mountpoint}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{mountpoint} will be formatted ({filesystem}, label {label}); everything on it is lost</source>
        <translation>{mountpoint} будет отформатирован ({filesystem}, метка {label}); всё на нём будет потеряно</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>format {what}</source>
        <translation>отформатировать {what}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>no medium is mounted at {mountpoint}</source>
        <translation>в {mountpoint} не подключён носитель</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{mountpoint} ({device}, {count} entries) will be formatted as {filesystem} with the label {label}; everything on it is lost</source>
        <translation>{mountpoint} ({device}, записей: {count}) будет отформатирован в {filesystem} с меткой {label}; всё на нём будет потеряно</translation>
    </message>
    <message>
        <location filename="../../app/copies/media.py" line="+58"/>
        <source>, read-only</source>
        <translation>, только чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({fstype}, {free:.0f} MB free of {total:.0f} MB{ro}) at {mountpoint}</source>
        <translation>{name} ({fstype}, свободно {free:.0f} из {total:.0f} MB{ro}), {mountpoint}</translation>
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
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Процессуальное положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>ПРОСРОЧЕНО на %n день</numerusform>
            <numerusform>ПРОСРОЧЕНО на %n дня</numerusform>
            <numerusform>ПРОСРОЧЕНО на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>waiting, %n day(s) left</source>
        <translation>
            <numerusform>ожидает, остался %n день</numerusform>
            <numerusform>ожидает, осталось %n дня</numerusform>
            <numerusform>ожидает, осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>поступило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../ui/copies/documents_dialog.py" line="+64"/>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Документ DOCX (*.docx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Judge informed</source>
        <translation>Судья извещён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When did you tell the presiding judge of the technical failure (Rules p. 9)?</source>
        <translation>Когда вы сообщили председательствующему судье о технической неполадке (пункт 9 Правил)?</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Brief protocol of the hearing (Rules p. 12–13)</source>
        <translation>Краткий протокол судебного заседания (пункты 12–13 Правил)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act of technical failure (Rules p. 17–18)</source>
        <translation>Акт о технических неполадках (пункты 17–18 Правил)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to the court administrator on technical failures (p. 9)</source>
        <translation>Сообщение Администратору суда о технических неполадках (пункт 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope label for the medium (Rules p. 15)</source>
        <translation>Надпись на конверт для носителя (пункт 15 Правил)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application form for a copy (Appendix 1 or 2, p. 31)</source>
        <translation>Бланк заявления о выдаче копии (приложение 1 или 2, пункт 31)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Opened: %1</source>
        <translation>Открыт: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1</source>
        <translation>Сохранён: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Journaled: the judge was informed at %1.</source>
        <translation>Записано в журнал: судье доложено в %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents of the hearing</source>
        <translation>Документы судебного заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, hearing of %2</source>
        <translation>Дело № %1, заседание %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the document:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant (for the form):</source>
        <translation>Заявитель (для бланка):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge informed…</source>
        <translation>Судья извещён…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal when you told the judge of the technical failure (Rules p. 9)</source>
        <translation>Записать в журнал, когда вы сообщили судье о технической неполадке (пункт 9 Правил)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../audio/engine_core.py" line="+208"/>
        <source>the recorder stopped: {reason}</source>
        <translation>запись остановилась: {reason}</translation>
    </message>
    <message>
        <location filename="../../audio/segments.py" line="+164"/>
        <source>cannot create the audio file: {reason}. Check that the recording drive is connected, writable and has free space ({folder}).</source>
        <translation>не удаётся создать аудиофайл: {reason}. Проверьте, что диск для записи подключён, доступен для записи и на нём есть место ({folder}).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the recording drive is no longer reachable ({reason}). Reconnect it; the audio written so far is kept and `zhazba recover` closes the hearing ({where}).</source>
        <translation>диск для записи больше недоступен ({reason}). Подключите его снова; записанный до сих пор звук сохранён, а `zhazba recover` закроет заседание ({where}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the recording drive is full. Free space or switch drives; the audio written so far is intact ({kib} KiB free at {where}).</source>
        <translation>диск для записи заполнен. Освободите место или смените диск; записанный до сих пор звук цел ({kib} КиБ свободно в {where}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writing audio failed: {reason}. The audio written so far is intact ({where}).</source>
        <translation>не удалось записать звук: {reason}. Записанный до сих пор звук цел ({where}).</translation>
    </message>
    <message>
        <location filename="../../signing/journal.py" line="+326"/>
        <source>cannot write to the journal: {reason}. Free disk space or check the recording drive; recording data written so far is intact ({path}).</source>
        <translation>не удаётся записать в журнал: {reason}. Освободите место на диске или проверьте диск для записи; записанные до сих пор данные целы ({path}).</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/cli/signing.py" line="-97"/>
        <source>no administrator authorised {who} to seal this hearing</source>
        <translation>ни один администратор не разрешал {who} опечатывать это заседание</translation>
    </message>
    <message>
        <location filename="../../app/evidence/register.py" line="+330"/>
        <source>the hearing id {hearing} was already opened on this station with other details; an id is never given to a second hearing, so this opening is refused. Start the hearing again (it gets a new id) and tell the court administrator</source>
        <translation>идентификатор заседания {hearing} уже был открыт на этой станции с другими данными; идентификатор никогда не выдаётся второму заседанию, поэтому это открытие отклонено. Начните заседание заново (оно получит новый идентификатор) и сообщите администратору суда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the hearing folder {folder} has no opening record in its journal</source>
        <translation>в журнале папки заседания {folder} нет записи об открытии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the station&apos;s audit log cannot be read ({why})</source>
        <translation>журнал аудита станции не читается ({why})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station&apos;s audit log was altered outside Zhazba ({why})</source>
        <translation>журнал аудита станции изменён вне Zhazba ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account &apos;{account}&apos; was changed outside Zhazba</source>
        <translation>учётная запись «{account}» изменена вне Zhazba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sealed: this station&apos;s record of the hearing cannot be trusted ({why}). Ask the court administrator to restore the catalog from a backup.</source>
        <translation>Не опечатано: записи станции об этом заседании нельзя доверять ({why}). Попросите администратора суда восстановить каталог из резервной копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Only hearings opened on this station are sealed here; report it to the court administrator.</source>
        <translation>Не опечатано: {why}. Здесь опечатываются только заседания, открытые на этой станции; сообщите администратору суда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Report it to the court administrator.</source>
        <translation>Не опечатано: {why}. Сообщите администратору суда.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sealed: {why}. Ask the court administrator to authorise the substitution with `zhazba trust substitute`.</source>
        <translation>Не опечатано: {why}. Попросите администратора суда разрешить замену командой `zhazba trust substitute`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Only audio recorded in this hearing on this station is sealed with it; report it to the court administrator.</source>
        <translation>Не опечатано: {why}. С этим заседанием опечатывается только звук, записанный в этом заседании на этой станции; сообщите администратору суда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sealed: {why}. Seal with the secretary&apos;s own key, or ask the court administrator to authorise a substitution (`zhazba trust substitute`).</source>
        <translation>Не опечатано: {why}. Опечатайте собственным ключом секретаря или попросите администратора суда разрешить замену (`zhazba trust substitute`).</translation>
    </message>
    <message>
        <location filename="../../app/evidence/trust.py" line="+71"/>
        <source>The court&apos;s certificate chain {file} is missing on this station, so no signature can be trusted and nothing is sealed, verified or given out. The administrator installs it with `zhazba trust install CHAIN.pem`.</source>
        <translation>Цепочка сертификатов суда {file} отсутствует на этой станции, поэтому ни одной подписи нельзя доверять, и ничего не опечатывается, не проверяется и не выдаётся. Администратор устанавливает её командой `zhazba trust install CHAIN.pem`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The court&apos;s certificate chain {file} was changed outside `zhazba trust install`, so it is not trusted and nothing is sealed, verified or given out. The administrator installs the court&apos;s chain again with `zhazba trust install CHAIN.pem`.</source>
        <translation>Цепочка сертификатов суда {file} изменена в обход `zhazba trust install`, поэтому ей не доверяют, и ничего не опечатывается, не проверяется и не выдаётся. Администратор заново устанавливает цепочку суда командой `zhazba trust install CHAIN.pem`.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/gate.py" line="+210"/>
        <source>the journal of {folder} does not hold ({why}), so no document is made from it. Make the document from the sealed package and tell the court administrator.</source>
        <translation>журнал {folder} не цел ({why}), поэтому документ из него не составляется. Составьте документ из запечатанного пакета и сообщите администратору суда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} was sealed, but its package {package} is not beside it, so what the folder holds cannot be checked against the seal. Make the document from the sealed package.</source>
        <translation>{folder} запечатано, но его пакета {package} рядом нет, поэтому содержимое папки нельзя сверить с печатью. Составьте документ из запечатанного пакета.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{package} changed while it was being verified ({why}), so nothing was copied. Tell the court administrator: someone is altering the station&apos;s files.</source>
        <translation>{package} изменился во время проверки ({why}), поэтому ничего не скопировано. Сообщите администратору суда: кто-то изменяет файлы станции.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy at {copy} is not the package that was verified (its manifests or signature differ), so it was removed. Tell the court administrator: someone is altering the station&apos;s files.</source>
        <translation>копия {copy} — не тот пакет, который был проверен (его манифесты или подпись отличаются), поэтому она удалена. Сообщите администратору суда: кто-то изменяет файлы станции.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{package} did NOT verify, so it is not {action}. Nothing was copied. Run `zhazba verify {path}` for the full report and tell the court administrator.
{problems}</source>
        <translation>{package} НЕ прошёл проверку, поэтому {action}. Ничего не скопировано. Для полного отчёта выполните `zhazba verify {path}` и сообщите администратору суда.
{problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more</source>
        <translation>  … и ещё {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether {folder} was sealed cannot be told: {why}</source>
        <translation>невозможно установить, было ли запечатано {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/evidence/station_state.py" line="+89"/>
        <source>this court station&apos;s record {file} is missing, so the signer binding is NOT proven and nothing is given out. Restore the catalog from a backup and tell the court administrator</source>
        <translation>реестр {file} этой судебной станции отсутствует, поэтому привязка подписанта НЕ доказана и ничего не выдаётся. Восстановите каталог из резервной копии и сообщите администратору суда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this court station&apos;s record {file} is damaged or cannot be read, so the signer binding is NOT proven and nothing is given out. Restore the catalog from a backup and tell the court administrator</source>
        <translation>реестр {file} этой судебной станции повреждён или не читается, поэтому привязка подписанта НЕ доказана и ничего не выдаётся. Восстановите каталог из резервной копии и сообщите администратору суда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the accounts in this court station&apos;s record {file} were deleted outside Zhazba, so the signer binding is NOT proven and nothing is given out. Restore the catalog from a backup and tell the court administrator</source>
        <translation>учётные записи в реестре {file} этой судебной станции удалены в обход Zhazba, поэтому привязка подписанта НЕ доказана и ничего не выдаётся. Восстановите каталог из резервной копии и сообщите администратору суда</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/copies/export_dialog.py" line="+102"/>
        <source>Copies of recordings</source>
        <translation>Копии аудиозаписей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealed hearing:</source>
        <translation>Опечатанное судебное заседание:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium (plug in a USB stick or card; the list follows):</source>
        <translation>Носитель (вставьте USB-накопитель или карту — список обновится сам):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participant&apos;s copy (audio, player, markers)</source>
        <translation>Копия для участника (аудио, проигрыватель, метки)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a hearing and a medium.</source>
        <translation>Выберите судебное заседание и носитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write copy</source>
        <translation>Записать копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel copy</source>
        <translation>Отменить запись</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy to a medium</source>
        <translation>Копия на носитель</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record receipt…</source>
        <translation>Отметить выдачу…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Copy register</source>
        <translation>Журнал выдачи копий</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Format the medium first (Rules p. 33), labelled with the case</source>
        <translation>Сначала отформатировать носитель (пункт 33 Правил), метка — номер дела</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>[closed hearing: no participant copies]</source>
        <translation>[закрытое заседание: копии участникам не выдаются]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The medium %1 was removed.</source>
        <translation>Носитель %1 извлечён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 MB free of %3 MB, %4, at %5</source>
        <translation>%1 — свободно %2 МБ из %3 МБ, %4, %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n application(s) OVERDUE (Rules p. 34)</source>
        <translation>
            <numerusform>%n заявление ПРОСРОЧЕНО (Правила, п. 34)</numerusform>
            <numerusform>%n заявления ПРОСРОЧЕНО (Правила, п. 34)</numerusform>
            <numerusform>%n заявлений ПРОСРОЧЕНО (Правила, п. 34)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no application</source>
        <translation>без заявления</translation>
    </message>
    <message>
        <location filename="../../ui/copies/format_prompt.py" line="+75"/>
        <source>Clear the medium?</source>
        <translation>Очистить носитель?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The medium is not empty. The Rules (p. 33) require clearing it before the copy. Everything listed will be DELETED.</source>
        <translation>Носитель не пуст. По Правилам (п. 33) перед записью копии его нужно очистить. Всё перечисленное будет УДАЛЕНО.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete and write</source>
        <translation>Удалить и записать</translation>
    </message>
    <message>
        <location filename="../../ui/copies/export_dialog.py" line="+11"/>
        <source>Choose a hearing and a medium first.</source>
        <translation>Сначала выберите судебное заседание и носитель.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not confirmed: nothing was deleted or written.</source>
        <translation>Не подтверждено: ничего не удалено и не записано.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formatting the medium, then writing…</source>
        <translation>Носитель форматируется, затем будет записана копия…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 of %3 MB, %4 MB/s, %5 left</source>
        <translation>%1: %2 из %3 МБ, %4 МБ/с, осталось %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DONE: the copy was read back from the medium and verified.</source>
        <translation>ГОТОВО: копия прочитана с носителя и проверена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NOT DONE:</source>
        <translation>НЕ ВЫПОЛНЕНО:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preparing the participant copy</source>
        <translation>подготовка копии для участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>проверка носителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearing</source>
        <translation>очистка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back</source>
        <translation>обратное чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifying</source>
        <translation>сверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Who received the copy, and when:</source>
        <translation>Кто и когда получил копию:</translation>
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
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FormatPrompt</name>
    <message>
        <location filename="../../ui/copies/format_prompt.py" line="-50"/>
        <source>Format the medium?</source>
        <translation>Отформатировать носитель?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medium %1 (device %2, mounted at %3) will be FORMATTED as %4 with the label %5 before the copy is written (Rules p. 33). EVERYTHING on it will be lost.</source>
        <translation>Перед записью копии носитель %1 (устройство %2, подключён в %3) будет ОТФОРМАТИРОВАН в %4 с меткой %5 (пункт 33 Правил). ВСЁ, что на нём есть, будет удалено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check that this is the medium for the copy, and no other disk.</source>
        <translation>Убедитесь, что это носитель для копии, а не другой диск.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format and write</source>
        <translation>Отформатировать и записать</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The device of this medium is not known, so it cannot be formatted here: untick formatting to clear it instead.</source>
        <translation>Устройство этого носителя неизвестно, поэтому здесь его отформатировать нельзя: снимите отметку форматирования, чтобы вместо этого очистить его.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not confirmed: the medium was not formatted.</source>
        <translation>Не подтверждено: носитель не отформатирован.</translation>
    </message>
</context>
<context>
    <name>GuidedTestBox</name>
    <message>
        <location filename="../../ui/selfcheck/guided.py" line="+90"/>
        <source>The microphone test cannot start: {0}</source>
        <translation>Проверку микрофона невозможно начать: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please keep quiet for a moment…</source>
        <translation>Пожалуйста, соблюдайте тишину…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak into microphone {0} now</source>
        <translation>Говорите в микрофон {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Microphone test</source>
        <translation>Проверка микрофона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test this microphone</source>
        <translation>Проверить этот микрофон</translation>
    </message>
</context>
<context>
    <name>Hearing</name>
    <message>
        <location filename="../../app/hearing/schema.py" line="+51"/>
        <source>contains a text-direction control character ({code})</source>
        <translation>содержит символ управления направлением текста ({code})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains a control character ({code})</source>
        <translation>содержит управляющий символ ({code})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>more than {most} participants</source>
        <translation>участников больше {most}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the hearing details must be a JSON object, not {kind}</source>
        <translation>сведения о заседании должны быть объектом JSON, а не {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be text, not {kind}</source>
        <translation>«{where}» должно быть текстом, а не {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} must be true or false, not {kind}</source>
        <translation>«{where}» должно быть true или false, а не {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be a list, not {kind}</source>
        <translation>«{where}» должно быть списком, а не {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: more than {most}</source>
        <translation>«{where}»: больше {most}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} must be an object, not {kind}</source>
        <translation>«{where}» должно быть объектом, а не {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: role and name must be text</source>
        <translation>«{where}»: роль и имя должны быть текстом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: channel must be a whole number or null, not {kind}</source>
        <translation>«{where}»: канал должен быть целым числом или null, а не {kind}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
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
        <translation>число</translation>
    </message>
</context>
<context>
    <name>HearingLibrary</name>
    <message>
        <location filename="../../ui/review/library.py" line="+220"/>
        <source>sealed</source>
        <translation>опечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, copied to a medium</source>
        <translation>опечатано, скопировано на носитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, in the court archive</source>
        <translation>опечатано, в архиве суда</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtroom</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+72"/>
        <source>Open for review</source>
        <translation>Открыть для просмотра</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open its documents</source>
        <translation>Открыть его документы</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>in the court archive only (deleted from this station)</source>
        <translation>только в архиве суда (удалено с этой станции)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found on this station</source>
        <translation>не найдено на этой станции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded (Rules p. 3)</source>
        <translation>не записывалось (п. 3 Правил)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being recorded</source>
        <translation>идёт запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended, not sealed yet (waiting for the signing key)</source>
        <translation>окончено, ещё не опечатано (ждёт ключа подписи)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This hearing is being recorded now. It can be reviewed once it has ended.</source>
        <translation>Это судебное заседание сейчас записывается. Его можно будет просмотреть после окончания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the court archive holds this hearing now: its copy on this station was deleted after the archive confirmed it. Ask the court administrator for it.</source>
        <translation>Это судебное заседание теперь хранится только в архиве суда: его копия на этой станции удалена после подтверждения архивом. Запросите его у администратора суда.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of this hearing is not on this station any more. Ask the technician.</source>
        <translation>Папки этого судебного заседания на станции больше нет. Обратитесь к технику.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hearings of this station</source>
        <translation>Судебные заседания этой станции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case number, date, courtroom, judge, name or state</source>
        <translation>номер дела, дата, зал, судья, имя или состояние</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No hearing matches.</source>
        <translation>Подходящих судебных заседаний нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no hearings on this station yet.</source>
        <translation>На этой станции пока нет судебных заседаний.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>HearingLibraryDialog</name>
    <message>
        <location line="+67"/>
        <source>Open the documents of a hearing</source>
        <translation>Открыть документы судебного заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a hearing</source>
        <translation>Открыть судебное заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a medium…</source>
        <translation>С носителя…</translation>
    </message>
</context>
<context>
    <name>HearingSetupForm</name>
    <message>
        <location filename="../../ui/recording/setup_form.py" line="+137"/>
        <source>Hearing</source>
        <translation>Судебное заседание</translation>
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
        <location line="+1"/>
        <source>e.g. 7199-26-00-2/1234</source>
        <translation>например, 7199-26-00-2/1234</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+109"/>
        <source>Add the participants of the hearing</source>
        <translation>Добавьте участников судебного заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one participant a microphone</source>
        <translation>Назначьте микрофон хотя бы одному участнику</translation>
    </message>
    <message>
        <location line="+38"/>
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
    <name>JudgeInformed</name>
    <message>
        <location filename="../../app/hearing/judge_informed.py" line="+47"/>
        <source>say who confirms that the judge was informed (the secretary)</source>
        <translation>укажите, кто подтверждает, что судья извещён (секретарь)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{folder} is a sealed package: nothing may be added to it (Rules p. 19)</source>
        <translation>{folder} — опечатанный пакет: добавлять в него ничего нельзя (пункт 19 Правил)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{folder} is not a hearing folder (no journal.jsonl)</source>
        <translation>{folder} — не папка судебного заседания (нет journal.jsonl)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the hearing is sealed: nothing may be added to its journal (Rules p. 19). Write the time on the incident report by hand.</source>
        <translation>заседание опечатано: добавлять в его журнал ничего нельзя (пункт 19 Правил). Впишите время в сообщение от руки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the hearing is still being recorded (or the station stopped during it): confirm it in the recording window, or close the hearing first</source>
        <translation>заседание ещё записывается (или станция остановилась во время записи): подтвердите это в окне записи или сначала закройте заседание</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal shows no technical failure: there is nothing to report to the judge (Rules p. 9)</source>
        <translation>журнал не показывает технических неполадок: докладывать судье не о чем (пункт 9 Правил)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the judge cannot have been told before the first failure ({time}, court time); check the time</source>
        <translation>судье не могли доложить раньше первой неполадки ({time} по времени суда); проверьте время</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>that time has not come yet; check the time</source>
        <translation>это время ещё не наступило; проверьте время</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{value} is not a time like 14:05 (or the date is bad)</source>
        <translation>{value} — не время вида 14:05 (или неверна дата)</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/station/key_dialog.py" line="+163"/>
        <source>Choose the key file first.</source>
        <translation>Сначала выберите файл ключа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was not opened.</source>
        <translation>Ключ не открыт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong while opening the key: %1</source>
        <translation>При открытии ключа произошла ошибка: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sealing the hearings that were waiting for the key…</source>
        <translation>Опечатываются судебные заседания, ожидавшие ключа…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No hearings were waiting for the key.</source>
        <translation>Судебных заседаний, ожидавших ключа, не было.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+14"/>
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
    <name>KeyPicker</name>
    <message>
        <location filename="../../ui/station/key_picker.py" line="+108"/>
        <source>station key folder</source>
        <translation>папка ключей станции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium «%1»</source>
        <translation>носитель «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your home folder</source>
        <translation>ваша домашняя папка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose your signing key</source>
        <translation>Выберите свой ключ подписи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key files (.p12, .pfx) in the station key folder, on the media plugged in and in your home folder. Arrows choose, Enter takes the key, F5 looks again.</source>
        <translation>Файлы ключей (.p12, .pfx) в папке ключей станции, на вставленных носителях и в вашей домашней папке. Стрелки выбирают, Enter берёт ключ, F5 ищет заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key file was found. Plug in the medium that holds your key (the list follows it), or close this and type the key file&apos;s full path.</source>
        <translation>Файл ключа не найден. Вставьте носитель с вашим ключом (список обновится сам) или закройте это окно и введите полный путь к файлу ключа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take this key</source>
        <translation>Взять этот ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again (F5)</source>
        <translation>Искать заново (F5)</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <location filename="../../ui/recording/meter.py" line="+288"/>
        <source>NO SIGNAL FROM THE DEVICE</source>
        <translation>НЕТ СИГНАЛА ОТ УСТРОЙСТВА</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SILENT</source>
        <translation>ТИШИНА</translation>
    </message>
</context>
<context>
    <name>ListeningDialog</name>
    <message>
        <location filename="../../ui/copies/listening_dialog.py" line="+66"/>
        <source>Listening session in court</source>
        <translation>Прослушивание в суде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listening session is registered in the copy register (Rules p. 28, 35): who listens, to which hearing, on which application, and their mark at the end.</source>
        <translation>Прослушивание регистрируется в журнале выдачи копий (пункты 28, 35 Правил): кто слушает, какое заседание, по какому заявлению, и его отметка в конце.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who listens:</source>
        <translation>Кто слушает:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As:</source>
        <translation>В качестве:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application No. (0: none):</source>
        <translation>Заявление № (0 — нет):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/recording/window.py" line="+197"/>
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
        <location line="+30"/>
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The hearing has ended; it is saved in %1</source>
        <translation>Заседание окончено; запись сохранена в %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The hearing is being sealed</source>
        <translation>Судебное заседание опечатывается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hearing is being sealed and signed. Wait until the report appears; then the program can be closed.</source>
        <translation>Судебное заседание опечатывается и подписывается. Дождитесь отчёта; после этого программу можно закрыть.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The hearing is being recorded</source>
        <translation>Идёт запись судебного заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the hearing first: recording can only be stopped by ending it, which is written into the journal.</source>
        <translation>Сначала завершите заседание: остановить запись можно только завершением заседания, которое вносится в журнал.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>MarkDialog</name>
    <message>
        <location filename="../../ui/copies/listening_dialog.py" line="+19"/>
        <source>End of the listening session</source>
        <translation>Окончание прослушивания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has listened. Their mark (Rules p. 35):</source>
        <translation>%1 прослушал(а) запись. Отметка (пункт 35 Правил):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listened to the recording; %1</source>
        <translation>С аудиозаписью ознакомлен(а); %1</translation>
    </message>
</context>
<context>
    <name>MarkerEditDialog</name>
    <message>
        <location filename="../../ui/recording/markers.py" line="+285"/>
        <source>Correct the marker</source>
        <translation>Исправить аудиометку</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+24"/>
        <source>Marker at %1 (%2)</source>
        <translation>Аудиометка в %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MarkerPanel</name>
    <message>
        <location line="-146"/>
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
        <location line="+6"/>
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
        <location filename="../../ui/recording/marker_model.py" line="+81"/>
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
    <name>MediumPicker</name>
    <message>
        <location filename="../../ui/review/medium_picker.py" line="+93"/>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sealed</source>
        <translation>опечатано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sealed</source>
        <translation>не опечатано</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open a hearing from a medium</source>
        <translation>Открыть судебное заседание с носителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Media plugged in:</source>
        <translation>Вставленные &amp;носители:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>Файловая система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No medium is plugged in. Plug one in: it appears here by itself.</source>
        <translation>Ни один носитель не вставлен. Вставьте его: он появится здесь сам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hearings on this medium:</source>
        <translation>Судебные &amp;заседания на этом носителе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Дело</translation>
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
        <location line="+2"/>
        <source>No hearing was found on this medium.</source>
        <translation>На этом носителе не найдено судебных заседаний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>MixerPanel</name>
    <message>
        <location filename="../../ui/review/transport.py" line="+171"/>
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
        <location filename="../../ui/recording/monitor.py" line="+62"/>
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
    <name>NotRecorded</name>
    <message>
        <location filename="../../app/hearing/not_recorded.py" line="+33"/>
        <source>unknown ground {ground}; one of: {grounds}</source>
        <translation>неизвестное основание {ground}; одно из: {grounds}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the grounds of Rules p. 3 are those of a first-instance court; this hearing must be recorded</source>
        <translation>основания пункта 3 Правил относятся к суду первой инстанции; это заседание должно записываться</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this ground applies only to another category of case (Rules p. 3)</source>
        <translation>это основание применяется только к другой категории дел (пункт 3 Правил)</translation>
    </message>
</context>
<context>
    <name>NotRecordedButton</name>
    <message>
        <location filename="../../ui/recording/not_recorded.py" line="+127"/>
        <source>Not recorded…</source>
        <translation>Без записи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing is held without recording, on a ground of Rules p. 3</source>
        <translation>Заседание проводится без аудиозаписи по основанию пункта 3 Правил</translation>
    </message>
</context>
<context>
    <name>NotRecordedDialog</name>
    <message>
        <location line="-42"/>
        <source>civil case heard without summoning the parties (writ or simplified written proceedings) — Rules p. 3 (1)</source>
        <translation>гражданское дело рассматривается без вызова сторон (приказное, упрощённое (письменное) производство) — подпункт 1) пункта 3 Правил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrative offence: the person fully admits guilt and does not ask for evidence to be examined — Rules p. 3 (2)</source>
        <translation>административное правонарушение: лицо полностью признаёт вину и не заявляет о необходимости исследовать доказательства — подпункт 2) пункта 3 Правил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equipment faulty, missing or unusable for technical reasons — Rules p. 3 (3)</source>
        <translation>оборудование неисправно, отсутствует или не может быть применено по техническим причинам — подпункт 3) пункта 3 Правил</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hearing not recorded</source>
        <translation>Заседание без аудиозаписи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hearing is held without audio recording. Choose the ground of Rules p. 3; the brief protocol will state it.</source>
        <translation>Заседание проводится без аудиозаписи. Выберите основание по пункту 3 Правил; оно будет указано в кратком протоколе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ground of Rules p. 3 fits this hearing: it must be recorded.</source>
        <translation>Ни одно основание пункта 3 Правил не подходит к этому заседанию: его нужно записывать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded, because:</source>
        <translation>Не записывается, так как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The hearing details are not complete: see the marked fields.</source>
        <translation>Сведения о заседании заполнены не полностью: см. отмеченные поля.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not recorded (Rules p. 3): %1</source>
        <translation>Без аудиозаписи (пункт 3 Правил): %1</translation>
    </message>
</context>
<context>
    <name>OpenHearingDialog</name>
    <message>
        <location filename="../../ui/review/dialogs.py" line="+13"/>
        <source>Open a hearing for review</source>
        <translation>Открыть судебное заседание для просмотра</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
        <source>being recorded</source>
        <translation>идёт запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended, not sealed yet</source>
        <translation>окончено, ещё не опечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>опечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, copied to a medium</source>
        <translation>опечатано, скопировано на носитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed, in the court archive</source>
        <translation>опечатано, в архиве суда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From a medium…</source>
        <translation>С носителя…</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <location filename="../../ui/recording/participants.py" line="+153"/>
        <source>Participants and microphones</source>
        <translation>Участники и микрофоны</translation>
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
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/recording/controls.py" line="+50"/>
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
    <name>PickerDialog</name>
    <message>
        <location filename="../../ui/widgets/picker.py" line="+83"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PrecheckPanel</name>
    <message>
        <location filename="../../ui/selfcheck/precheck_panel.py" line="+142"/>
        <source>Checking… ask each participant to say a few words into their microphone (%1 s)</source>
        <translation>Проверка… попросите каждого участника сказать несколько слов в свой микрофон (%1 с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write why recording starts despite the failed check</source>
        <translation>Укажите, почему запись начинается, несмотря на неудачную проверку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inputs %1 of the device are not recorded.</source>
        <translation>Входы устройства %1 не записываются.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+20"/>
        <source>✖ The sound device is missing or cannot record this many channels.</source>
        <translation>✖ Звуковое устройство отсутствует или не может записывать столько каналов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ No sound at all arrives from the sound input: check that the microphone interface is switched on, connected and not muted, then check again.</source>
        <translation>✖ Со звукового входа не поступает никакого звука: проверьте, что микрофонный интерфейс включён, подключён и звук не отключён, затем проверьте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖ The station check failed: %1</source>
        <translation>✖ Проверка станции не пройдена: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ No sound on microphone(s): %1</source>
        <translation>✖ Нет звука с микрофонов: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged: %1</source>
        <translation>Подтверждено: %1</translation>
    </message>
</context>
<context>
    <name>RecordingControls</name>
    <message>
        <location filename="../../ui/recording/controls.py" line="+107"/>
        <source>✖ NOT RECORDING: no sound from the microphones</source>
        <translation>✖ ЗАПИСЬ НЕ ИДЁТ: нет звука от микрофонов</translation>
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
        <translation>✖ ЗАПИСЬ НЕ ИДЁТ: микрофоны отключены с %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+7"/>
        <source>■ Recording ended — sealing the hearing, please wait…</source>
        <translation>■ Запись окончена — заседание опечатывается, подождите…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● RECORDING</source>
        <translation>● ИДЁТ ЗАПИСЬ</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+27"/>
        <source>Check the microphone cable and the USB connection of the audio interface. The station resumes recording by itself when the device is back. If it does not come back, call the technician.</source>
        <translation>Проверьте кабель микрофонов и USB-подключение звукового интерфейса. Станция сама продолжит запись, когда устройство вернётся. Если оно не возвращается, вызовите техника.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another device answered (%1), but it has fewer inputs than this hearing records: nothing is recorded from it. Connect the audio interface the hearing was recording from, or call the technician.</source>
        <translation>Ответило другое устройство (%1), но у него меньше входов, чем микрофонов в этом заседании: с него ничего не записывается. Подключите звуковой интерфейс, с которого шла запись заседания, или вызовите технического специалиста.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another device answered (%1): record from it</source>
        <translation>Ответило другое устройство (%1): записывать с него</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../../ui/recording/page.py" line="+100"/>
        <source>Recording level, dBFS (click a red lamp to reset it)</source>
        <translation>Уровень записи, dBFS (щелчок по красной лампе гасит её)</translation>
    </message>
</context>
<context>
    <name>RecordingViewModel</name>
    <message>
        <location filename="../../ui/recording/viewmodel.py" line="+118"/>
        <source>“%1”, %2 inputs</source>
        <translation>«%1», входов: %2</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../app/hearing/recovery.py" line="+92"/>
        <source>the hearing was closed normally</source>
        <translation>заседание было закрыто обычным порядком</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>recovered {seconds:.1f} s of the interrupted segment {segment}; at most {lost:.1f} s before the interruption may be missing</source>
        <translation>восстановлено {seconds:.1f} с прерванного сегмента {segment}; не более {lost:.1f} с перед прерыванием могут отсутствовать</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the hearing was closed; no audio segment was open</source>
        <translation>заседание закрыто; ни один аудиосегмент не был открыт</translation>
    </message>
    <message>
        <location filename="../../audio/recover.py" line="+145"/>
        <source>cannot write the salvaged audio next to {file}: {reason}. Free space on that drive and run `zhazba recover` again; nothing was changed.</source>
        <translation>не удаётся записать восстановленный звук рядом с {file}: {reason}. Освободите место на этом диске и снова запустите `zhazba recover`; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the salvaged audio next to {file} (is the drive full?). Free space on that drive and run `zhazba recover` again; nothing was changed.</source>
        <translation>не удаётся записать восстановленный звук рядом с {file} (не заполнен ли диск?). Освободите место на этом диске и снова запустите `zhazba recover`; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../ui/review/viewmodel.py" line="+105"/>
        <source>{span} (microphone(s) {channels})</source>
        <translation>{span} (микрофон(ы) {channels})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Altered audio: {ranges}.</source>
        <translation>Изменённый звук: {ranges}.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../ui/review/markers.py" line="+69"/>
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
        <location line="+18"/>
        <source>Put by the secretary on the station&apos;s suggestion (from the microphones)</source>
        <translation>Поставлена секретарём по подсказке станции (по микрофонам)</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+104"/>
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
        <location filename="../../ui/review/window.py" line="+87"/>
        <source>Microphone {n}</source>
        <translation>Микрофон {n}</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+87"/>
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
        <location line="+64"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WAV sound file (*.wav)</source>
        <translation>Звуковой файл WAV (*.wav)</translation>
    </message>
    <message>
        <location line="-25"/>
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
        <location line="+0"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/station/signin.py" line="+53"/>
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
    <name>SelfCheck</name>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="+222"/>
        <source>The self-check stopped: {error}.</source>
        <translation>Самопроверка прервана: {error}.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck.py" line="+68"/>
        <source>Channel {n}</source>
        <translation>Канал {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel {n}</source>
        <translation>канал {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels {first} and {last}</source>
        <translation>Каналы {first} и {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channels {first} and {last}</source>
        <translation>каналы {first} и {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recording input is not available: {error}.</source>
        <translation>Вход для записи недоступен: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the microphone interface is connected by USB and switched on, then run the check again. If it was replaced, choose the new device in the station settings.</source>
        <translation>Проверьте, что микрофонный интерфейс подключён по USB и включён, и запустите проверку снова. Если его заменили, выберите новое устройство в настройках станции.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The input device &apos;{device}&apos; is present ({hostapi}, {channels} input channels).</source>
        <translation>Устройство входа «{device}» подключено ({hostapi}, входных каналов: {channels}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The input cannot record as configured: {error}.</source>
        <translation>Вход не может записывать с заданными настройками: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the number of channels and the sample rate in the station settings to what the microphone interface offers (see its manual), or use an interface with more inputs.</source>
        <translation>Укажите в настройках станции число каналов и частоту дискретизации, которые поддерживает микрофонный интерфейс (см. его руководство), или используйте интерфейс с большим числом входов.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{device}&apos; records {channels} channels at {rate} Hz, {bits}-bit.</source>
        <translation>«{device}» записывает {channels} каналов с частотой {rate} Гц, {bits} бит.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>outputs present: {outputs}</source>
        <translation>имеющиеся выходы: {outputs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outputs present: none</source>
        <translation>выходов нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No headphone output: &apos;{name}&apos; output device was not found ({why}).</source>
        <translation>Нет выхода на наушники: устройство вывода «{name}» не найдено ({why}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No headphone output: any output device was not found ({why}).</source>
        <translation>Нет выхода на наушники: не найдено ни одного устройства вывода ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect the headphones or the sound card they plug into, and choose it as the monitoring output in the station settings. The secretary must be able to listen to the recording (Rules p. 11).</source>
        <translation>Подключите наушники или звуковую карту, к которой они подключаются, и выберите её как выход для прослушивания в настройках станции. Секретарь должен иметь возможность прослушивать запись (п. 11 Правил).</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The headphone output &apos;{device}&apos; is present.</source>
        <translation>Выход на наушники «{device}» подключён.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck_recording.py" line="+53"/>
        <source>No signal at all on any channel: the input delivers digital silence.</source>
        <translation>Ни на одном канале нет сигнала: вход выдаёт цифровую тишину.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the microphone interface is switched on and connected, that the right input device is chosen, and that the input is not muted in the system&apos;s sound settings.</source>
        <translation>Проверьте, что микрофонный интерфейс включён и подключён, что выбрано нужное устройство входа и что вход не отключён в настройках звука системы.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check the microphone on {channels}: that it is plugged in firmly, switched on, its cable undamaged and, for condenser microphones, that phantom power (48 V) is on at the interface. Swap cables with a working channel to find the faulty part.</source>
        <translation>Проверьте микрофон ({channels}): надёжно ли он подключён, включён ли, цел ли кабель, а для конденсаторных микрофонов — включено ли фантомное питание (48 В) на интерфейсе. Чтобы найти неисправную часть, поменяйте кабели местами с исправным каналом.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the microphone on {channels}: that it is plugged in firmly, switched on, their cable undamaged and, for condenser microphones, that phantom power (48 V) is on at the interface. Swap cables with a working channel to find the faulty part.</source>
        <translation>Проверьте микрофоны ({channels}): надёжно ли они подключены, включены ли, целы ли кабели, а для конденсаторных микрофонов — включено ли фантомное питание (48 В) на интерфейсе. Чтобы найти неисправную часть, поменяйте кабели местами с исправным каналом.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signal at all on {channels}: the microphone is dead.</source>
        <translation>Сигнала нет совсем — {channels}: микрофон не работает.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>All {count} channels carry a signal.</source>
        <translation>Сигнал есть на всех каналах ({count}).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The noise floor of {channels} is high (above {threshold:.0f} dBFS in a quiet room): speech will be harder to understand.</source>
        <translation>Высокий уровень шума — {channels} (выше {threshold:.0f} dBFS в тихом зале): речь будет труднее разобрать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lower the input gain of that channel, keep its cable away from power cables, and check for hum from a shared power socket. Run the check while the room is quiet.</source>
        <translation>Уменьшите входное усиление этого канала, уберите его кабель подальше от силовых кабелей и проверьте, нет ли фона от общей розетки. Запускайте проверку, когда в зале тихо.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Noise floor between {quietest:.0f} and {loudest:.0f} dBFS.</source>
        <translation>Уровень шума от {quietest:.0f} до {loudest:.0f} dBFS.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The noise floor could not be measured: no channel carries a signal.</source>
        <translation>Уровень шума измерить не удалось: ни на одном канале нет сигнала.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix the missing signal first.</source>
        <translation>Сначала устраните отсутствие сигнала.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{channels} reached full scale (clipping) during the test: loud speech on it will be distorted.</source>
        <translation>{channels}: во время проверки сигнал достиг предела шкалы (перегрузка) — громкая речь будет искажена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn the input gain of that channel down until its meter stays out of the red, and check that nothing knocks against the microphone.</source>
        <translation>Уменьшайте входное усиление этого канала, пока индикатор не перестанет заходить в красную зону, и проверьте, что ничто не ударяется о микрофон.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No channel clipped.</source>
        <translation>Перегрузки нет ни на одном канале.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{channels} has a DC offset (its signal is shifted off zero): a sign of a faulty preamplifier or interface.</source>
        <translation>{channels}: постоянная составляющая (сигнал смещён от нуля) — признак неисправности предусилителя или интерфейса.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reconnect the interface; if the offset stays, have the interface serviced.</source>
        <translation>Переподключите интерфейс; если смещение сохранится, отдайте интерфейс в ремонт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No DC offset.</source>
        <translation>Постоянной составляющей нет.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck_guided.py" line="+74"/>
        <source>Please keep quiet for a moment…</source>
        <translation>Пожалуйста, соблюдайте тишину…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak into microphone {n} now</source>
        <translation>Говорите в микрофон {n}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Microphone {n} picks up the voice, and only microphone {n}.</source>
        <translation>Микрофон {n} принимает голос, и только микрофон {n}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Microphone {n} picks up the voice, but {channels} heard it almost as loud.</source>
        <translation>Микрофон {n} принимает голос, но почти так же громко его приняли и другие: {channels}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Point each microphone at its own seat and keep them apart; if the other channel was as loud as this one, its cable may be plugged into the wrong input.</source>
        <translation>Направьте каждый микрофон на своё место и разнесите их; если другой канал был так же громок, его кабель, возможно, подключён не к тому входу.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The voice came in on channel {other}, not on channel {n}: the microphone cables are swapped or the wrong microphone was used.</source>
        <translation>Голос пришёл по каналу {other}, а не по каналу {n}: кабели микрофонов перепутаны или говорили не в тот микрофон.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plug microphone {n} into input {n} of the interface (or correct the channel map in the station settings), then repeat this step.</source>
        <translation>Подключите микрофон {n} ко входу {n} интерфейса (или исправьте распределение каналов в настройках станции) и повторите этот шаг.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Microphone {n} did not pick up any voice.</source>
        <translation>Микрофон {n} не принял голос.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that microphone {n} is plugged in, switched on and not muted, that its gain is up, and speak close to it; then repeat this step.</source>
        <translation>Проверьте, что микрофон {n} подключён, включён и не заглушён, что усиление не убрано, говорите ближе к нему и повторите этот шаг.</translation>
    </message>
    <message>
        <location filename="../../audio/selfcheck_loopback.py" line="+108"/>
        <source>Check the cable from the output &apos;{output}&apos; to the input &apos;{input}&apos;, that the output volume is up and not muted, then run the check again.</source>
        <translation>Проверьте кабель от выхода «{output}» ко входу «{input}», что громкость выхода не убрана и звук не выключен, и запустите проверку снова.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The loopback test could not start: {error}.</source>
        <translation>Петлевой тест не удалось запустить: {error}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The input &apos;{input}&apos; delivered no audio within {seconds:.0f} s.</source>
        <translation>Вход «{input}» не выдал звука за {seconds:.0f} с.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The loopback test failed to run: {error}.</source>
        <translation>Петлевой тест завершился ошибкой: {error}.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The input delivered too little audio for the loopback test.</source>
        <translation>Вход выдал слишком мало звука для петлевого теста.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The test tone played on &apos;{output}&apos; was not heard on any input channel of &apos;{input}&apos;.</source>
        <translation>Тестовый сигнал, воспроизведённый на «{output}», не принят ни на одном канале входа «{input}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The test tone played on &apos;{output}&apos; was heard on {channels} of &apos;{input}&apos;.</source>
        <translation>Тестовый сигнал, воспроизведённый на «{output}», принят входом «{input}» ({channels}).</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/checks.py" line="+76"/>
        <source>The simulated microphone ({source}) is in use: demo mode, no real input is checked.</source>
        <translation>Используется имитация микрофона ({source}): демонстрационный режим, реальный вход не проверяется.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>test tones</source>
        <translation>тестовые сигналы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speech</source>
        <translation>речь</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The test recording failed: {error}.</source>
        <translation>Тестовая запись не удалась: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect the microphone interface and run the check again.</source>
        <translation>Переподключите микрофонный интерфейс и запустите проверку снова.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check could not run: {error}.</source>
        <translation>Проверку не удалось выполнить: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report this to the court&apos;s technician with the exported self-check report.</source>
        <translation>Сообщите об этом техническому специалисту суда, приложив выгруженный отчёт самопроверки.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The test of microphone {n} ended before the input delivered enough audio.</source>
        <translation>Проверка микрофона {n} закончилась раньше, чем вход выдал достаточно звука.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the microphone interface and repeat the step.</source>
        <translation>Проверьте микрофонный интерфейс и повторите шаг.</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/disk.py" line="+93"/>
        <source>The recording folder {folder} cannot be examined: {error}.</source>
        <translation>Папку записей {folder} не удаётся проверить: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the folder or choose an existing one in the station settings.</source>
        <translation>Создайте папку или выберите существующую в настройках станции.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{size} free in {folder}: about {hours:.1f} hours of recording at {channels} channels, {rate} Hz, {bits}-bit. That is not enough for a hearing.</source>
        <translation>Свободно {size} в {folder}: около {hours:.1f} ч записи при {channels} каналах, {rate} Гц, {bits} бит. Этого недостаточно для судебного заседания.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free space now: make sure sealed hearings have reached the archive, then let the station remove their local copies, or move old hearings to another disk. Ask the court&apos;s technician if unsure.</source>
        <translation>Освободите место сейчас: убедитесь, что опечатанные заседания переданы в архив, и позвольте станции удалить их локальные копии, или перенесите старые заседания на другой диск. Если сомневаетесь, обратитесь к техническому специалисту суда.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{size} free in {folder}: about {hours:.1f} hours of recording at {channels} channels, {rate} Hz, {bits}-bit. That is less than a court day.</source>
        <translation>Свободно {size} в {folder}: около {hours:.1f} ч записи при {channels} каналах, {rate} Гц, {bits} бит. Это меньше одного судебного дня.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free space before the next court day (uploaded hearings can be removed from the station).</source>
        <translation>Освободите место до следующего судебного дня (переданные в архив заседания можно удалить со станции).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{size} free in {folder}: about {hours:.1f} hours of recording at {channels} channels, {rate} Hz, {bits}-bit.</source>
        <translation>Свободно {size} в {folder}: около {hours:.1f} ч записи при {channels} каналах, {rate} Гц, {bits} бит.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The folder {folder} is full: nothing more can be written.</source>
        <translation>Папка {folder} заполнена: записать больше ничего нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free space on that disk (see the disk-space check).</source>
        <translation>Освободите место на этом диске (см. проверку свободного места).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station cannot write into {folder} ({error}).</source>
        <translation>Станция не может записывать в {folder} ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is read-only or the folder&apos;s permissions forbid writing: check the disk for errors and that the station&apos;s user may write there.</source>
        <translation>Диск доступен только для чтения или права на папку запрещают запись: проверьте диск на ошибки и что пользователь станции может туда записывать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it, or choose an existing folder in the station settings.</source>
        <translation>Создайте её или выберите существующую папку в настройках станции.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing into {folder} failed: {error}.</source>
        <translation>Запись в {folder} не удалась: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk for errors.</source>
        <translation>Проверьте диск на ошибки.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs). Too slow to record safely.</source>
        <translation>Папка записей принимает {speed}/с с fsync ({factor:.0f}× от нужного для записи). Это слишком медленно для надёжной записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is failing or overloaded: have it checked or replaced.</source>
        <translation>Диск неисправен или перегружен: отдайте его на проверку или замените.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs). Sealing or export while recording may delay it.</source>
        <translation>Папка записей принимает {speed}/с с fsync ({factor:.0f}× от нужного для записи). Опечатывание или экспорт во время записи могут её задерживать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have the disk checked; close other programs that write to it.</source>
        <translation>Отдайте диск на проверку; закройте другие программы, которые на него записывают.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording folder takes {speed}/s with fsync ({factor:.0f}× what recording needs).</source>
        <translation>Папка записей принимает {speed}/с с fsync ({factor:.0f}× от нужного для записи).</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/station.py" line="+113"/>
        <source>The computer&apos;s clock says {when} UTC, which cannot be right: journal times would be wrong.</source>
        <translation>Часы компьютера показывают {when} UTC, что не может быть верным: время в журнале будет неправильным.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the date and time (and the time zone) in the system settings; the CMOS battery may be flat if it happens after every start.</source>
        <translation>Установите дату и время (и часовой пояс) в настройках системы; если это повторяется после каждого включения, возможно, села батарейка CMOS.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The wall clock moved by {drift:+.2f} s against the steady clock during the check: it is being changed.</source>
        <translation>Во время проверки системные часы сдвинулись на {drift:+.2f} с относительно монотонных часов: их сейчас переводят.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the time synchronisation settle; recordings are timed by their frame counter, so markers are not affected.</source>
        <translation>Дождитесь завершения синхронизации времени; время в записи отсчитывается по счётчику кадров, поэтому метки не затрагиваются.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The clock reads {when} UTC but is not synchronised with a time server.</source>
        <translation>Часы показывают {when} UTC, но не синхронизированы с сервером времени.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable network time synchronisation (NTP) so journal times are exact.</source>
        <translation>Включите сетевую синхронизацию времени (NTP), чтобы время в журнале было точным.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>synchronised by NTP</source>
        <translation>синхронизированы по NTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP status unknown on this system</source>
        <translation>состояние NTP в этой системе неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clock reads {when} UTC ({state}).</source>
        <translation>Часы показывают {when} UTC ({state}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No signing key is open: hearings will wait for signing until one is.</source>
        <translation>Ключ подписи не открыт: заседания будут ждать подписания, пока его не откроют.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the secretary&apos;s key (.p12) so recordings are signed as soon as each hearing ends (Rules p. 14).</source>
        <translation>Откройте ключ секретаря (.p12), чтобы записи подписывались сразу по окончании каждого заседания (п. 14 Правил).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signing key cannot sign: {error}</source>
        <translation>Ключ подписи не может подписывать: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a valid signing key from the NCA and open it on the station.</source>
        <translation>Получите действующий ключ подписи в НУЦ и откройте его на станции.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply for a new key before this one expires.</source>
        <translation>Подайте заявку на новый ключ до истечения срока действия этого.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of {holder} is valid until {until}.</source>
        <translation>Ключ владельца {holder} действителен до {until}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recording is not affected: sealed hearings wait in the upload queue. Check the network cable and ask the court&apos;s administrator whether the archive server runs.</source>
        <translation>На запись это не влияет: опечатанные заседания ждут в очереди на отправку. Проверьте сетевой кабель и уточните у администратора суда, работает ли сервер архива.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No archive server is configured, so recordings stay only on this station.</source>
        <translation>Сервер архива не настроен, поэтому записи хранятся только на этой станции.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator sets the archive up with `zhazba archive configure`.</source>
        <translation>Администратор настраивает архив командой `zhazba archive configure`.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The archive server {endpoint} cannot be reached ({reason}).</source>
        <translation>Сервер архива {endpoint} недоступен ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The archive server {endpoint} answers (HTTP {status}).</source>
        <translation>Сервер архива {endpoint} отвечает (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No medium at {mount}.</source>
        <translation>В {mount} нет носителя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the disc or USB drive for the case file and wait until the system shows it.</source>
        <translation>Вставьте диск или USB-накопитель для материалов дела и дождитесь, пока система его покажет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The medium is write-protected or read-only: move its lock switch, or use another medium (a finalised disc cannot be written again).</source>
        <translation>Носитель защищён от записи или доступен только для чтения: переключите его переключатель защиты или используйте другой носитель (на финализированный диск записать повторно нельзя).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{mount} is writable but is not a separate medium (not a mount point).</source>
        <translation>В {mount} можно записывать, но это не отдельный носитель (не точка монтирования).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the case-file medium is inserted and chosen, not a folder on the station&apos;s own disk.</source>
        <translation>Проверьте, что носитель для материалов дела вставлен и выбран, а не папка на собственном диске станции.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The medium at {mount} is writable ({free} free).</source>
        <translation>Носитель в {mount} доступен для записи (свободно {free}).</translation>
    </message>
    <message>
        <location filename="../../app/hearing/mirror.py" line="+264"/>
        <source>The second copy cannot be written to {folder}: {error}.</source>
        <translation>Вторую копию невозможно записать в {folder}: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording is not affected, but nothing is mirrored: reconnect the second disk or network share, or ask the court&apos;s technician.</source>
        <translation>Запись не затронута, но вторая копия не создаётся: подключите второй диск или сетевую папку либо обратитесь к техническому специалисту суда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The second copy goes to {folder} ({free:.1f} GB free).</source>
        <translation>Вторая копия записывается в {folder} (свободно {free:.1f} ГБ).</translation>
    </message>
    <message>
        <location filename="../../app/cli/selfcheck.py" line="-200"/>
        <source>The signing key cannot be opened: {problem}.</source>
        <translation>Ключ подписи не открывается: {problem}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the key file and its password.</source>
        <translation>Проверьте файл ключа и его пароль.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The guided test could not run: {error}.</source>
        <translation>Пошаговая проверка не запустилась: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the input device.</source>
        <translation>Проверьте устройство ввода.</translation>
    </message>
</context>
<context>
    <name>SelfCheckReport</name>
    <message>
        <location filename="../../ui/selfcheck/pdf.py" line="+32"/>
        <source>Report of the equipment self-check</source>
        <translation>Протокол самопроверки оборудования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Проверку провёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound input</source>
        <translation>Звуковой вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphones (channels)</source>
        <translation>Микрофоны (каналы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station can record</source>
        <translation>станция может вести запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problems must be fixed before recording</source>
        <translation>до начала записи нужно устранить неполадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Что обнаружено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s default input</source>
        <translation>вход системы по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated microphone</source>
        <translation>имитация микрофона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Технический специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is signed with the electronic signature of {who}: the file {name}.p7s beside it.</source>
        <translation>Документ подписан электронной цифровой подписью {who}: файл {name}.p7s рядом с ним.</translation>
    </message>
</context>
<context>
    <name>SelfCheckWindow</name>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="-56"/>
        <location line="+1"/>
        <source>Equipment self-check</source>
        <translation>Самопроверка оборудования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run self-check</source>
        <translation>Запустить самопроверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export signed report…</source>
        <translation>Выгрузить подписанный отчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/verdicts.py" line="+70"/>
        <location filename="../../app/selfcheck/report.py" line="+45"/>
        <source>Microphone test</source>
        <translation>Проверка микрофона</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="+2"/>
        <source>Not run yet. Press “Run self-check”.</source>
        <translation>Ещё не запускалась. Нажмите «Запустить самопроверку».</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/verdicts.py" line="-20"/>
        <source>Microphone {0}</source>
        <translation>Микрофон {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/selfcheck/report.py" line="-16"/>
        <source>Input device</source>
        <translation>Устройство входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Channels and sample rate</source>
        <translation>Каналы и частота дискретизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Test recording</source>
        <translation>Тестовая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Signal on every channel</source>
        <translation>Сигнал на каждом канале</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Noise floor</source>
        <translation>Уровень шума</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Clipping</source>
        <translation>Перегрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>DC offset</source>
        <translation>Постоянная составляющая</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Loopback tone</source>
        <translation>Петлевой тест</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Headphone output</source>
        <translation>Выход на наушники</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Free disk space</source>
        <translation>Свободное место на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Write speed</source>
        <translation>Скорость записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>System clock</source>
        <translation>Системные часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Signing certificate</source>
        <translation>Сертификат подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Archive server</source>
        <translation>Сервер архива</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+2"/>
        <source>Second copy</source>
        <translation>Вторая копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="-1"/>
        <source>Removable media</source>
        <translation>Съёмные носители</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/selfcheck/report.py" line="+7"/>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/selfcheck/report.py" line="+1"/>
        <source>Failed</source>
        <translation>Не пройдено</translation>
    </message>
    <message>
        <location filename="../../ui/selfcheck/window.py" line="+23"/>
        <source>Checking… the test recording takes a few seconds; please keep the room quiet.</source>
        <translation>Проверка… тестовая запись занимает несколько секунд; пожалуйста, соблюдайте тишину в зале.</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n problem(s) must be fixed before recording.</source>
        <translation>
            <numerusform>До начала записи нужно устранить %n проблему.</numerusform>
            <numerusform>До начала записи нужно устранить %n проблемы.</numerusform>
            <numerusform>До начала записи нужно устранить %n проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The station can record; %n warning(s) to look at.</source>
        <translation>
            <numerusform>Станция может записывать; обратите внимание на %n предупреждение.</numerusform>
            <numerusform>Станция может записывать; обратите внимание на %n предупреждения.</numerusform>
            <numerusform>Станция может записывать; обратите внимание на %n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything works: the station is ready to record.</source>
        <translation>Всё работает: станция готова к записи.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a check to see what it found and what to do.</source>
        <translation>Выберите проверку, чтобы увидеть, что она обнаружила и что делать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Run the self-check first.</source>
        <translation>Сначала запустите самопроверку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the signing key first: the report is signed with it.</source>
        <translation>Сначала откройте ключ подписи: отчёт подписывается им.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>The report was not written: {0}</source>
        <translation>Отчёт не записан: {0}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Signed report written: {0} and {1}</source>
        <translation>Подписанный отчёт записан: {0} и {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed report written in Kazakh and Russian: {0}</source>
        <translation>Подписанный отчёт записан на казахском и русском языках: {0}</translation>
    </message>
    <message>
        <location filename="../../app/selfcheck/report.py" line="+7"/>
        <source>Microphone {n}</source>
        <translation>Микрофон {n}</translation>
    </message>
</context>
<context>
    <name>SignedIn</name>
    <message>
        <location filename="../../ui/station/role_start.py" line="+96"/>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hearing is being recorded or sealed in this window: end it and wait for the seal before another person signs in.</source>
        <translation>В этом окне записывается или опечатывается судебное заседание: завершите его и дождитесь опечатывания, прежде чем войдёт другой пользователь.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody is signed in.</source>
        <translation>Никто не вошёл в систему.</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../ui/station/signin.py" line="+8"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are signed in as %1: only the secretary of the court hearing records a hearing (Rules p. 7, 20).</source>
        <translation>Вы вошли как «%1»: аудиозапись судебного заседания ведёт только секретарь судебного заседания (п. 7, 20 Правил).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Too many wrong passwords: this account is locked until %1 (%2 min). Wait, or ask the administrator to unlock it.</source>
        <translation>Слишком много неверных паролей: эта учётная запись заблокирована до %1 (%2 мин). Подождите или попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Эта учётная запись заблокирована. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong username or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You are not signed in: no account on this station is linked to this certificate, or that account is disabled. Ask the administrator.</source>
        <translation>Вход не выполнен: ни одна учётная запись этой станции не связана с этим сертификатом, или эта учётная запись заблокирована. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+1"/>
        <source>Sign in with signing key…</source>
        <translation>Войти с ключом подписи…</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../signing/cades.py" line="+122"/>
        <source>the timestamp authority {url} could not be used ({reason}). The package is signed without a timestamp; add it later, once the TSA is reachable, with `zhazba seal PACKAGE --timestamp-only --tsa URL`.</source>
        <translation>службой меток времени {url} воспользоваться не удалось ({reason}). Пакет подписан без метки времени; добавьте её позже, когда служба станет доступна: `zhazba seal PACKAGE --timestamp-only --tsa URL`.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/main.py" line="+239"/>
        <source>Hearings that waited for the key</source>
        <translation>Заседания, ожидавшие ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings that were waiting for the key and are now sealed: %1</source>
        <translation>Судебных заседаний, ожидавших ключа и теперь опечатанных: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The station check found problems:</source>
        <translation>Проверка станции обнаружила неполадки:</translation>
    </message>
</context>
<context>
    <name>StationMenu</name>
    <message>
        <location filename="../../ui/station/menu.py" line="+222"/>
        <source>This key belongs to %1, not to the person signed in (%2): each secretary opens her own key.</source>
        <translation>Этот ключ принадлежит %1, а не вошедшему в систему пользователю (%2): каждый секретарь открывает свой ключ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No signing key is open: hearings will wait to be sealed</source>
        <translation>Ключ подписи не открыт: заседания будут ждать опечатывания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing key: %1 (valid to %2)</source>
        <translation>Ключ подписи: %1 (действует до %2)</translation>
    </message>
    <message>
        <location filename="../../ui/station/openers.py" line="+117"/>
        <source>Review a hearing</source>
        <translation>Просмотр судебного заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder cannot be opened for review: %1</source>
        <translation>Эту папку нельзя открыть для просмотра: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Hearing documents</source>
        <translation>Документы заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder holds no hearing: %1</source>
        <translation>В этой папке нет судебного заседания: %1</translation>
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
        <source>Hearing documents…</source>
        <translation>Документы заседания…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-check…</source>
        <translation>Самопроверка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out / switch user…</source>
        <translation>Выйти / сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../../ui/station/reports.py" line="+27"/>
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
        <location line="+17"/>
        <source>The hearing was closed; no audio segment was open.</source>
        <translation>Судебное заседание закрыто; ни один аудиосегмент не был открыт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s of the interrupted segment %2 were kept; at most %3 s before the interruption may be missing.</source>
        <translation>Из прерванного сегмента %2 сохранено %1 с; не более %3 с перед прерыванием могут отсутствовать.</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>SuggestionBar</name>
    <message>
        <location filename="../../ui/recording/speaker_help.py" line="+184"/>
        <source>Speaking on microphone %1 since %2: %3 — no marker yet.</source>
        <translation>Микрофон %1, говорит с %2: %3 — аудиометка ещё не поставлена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the marker (%1)</source>
        <translation>Поставить аудиометку (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss (%1)</source>
        <translation>Не нужно (%1)</translation>
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
        <location filename="../../app/hearing/alarm_texts.py" line="-41"/>
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
        <source>The microphone interface came back as a different device: confirm before recording from it</source>
        <translation>Микрофонный интерфейс вернулся как другое устройство: подтвердите, прежде чем записывать с него</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some sound did not arrive from the device; the recording goes on</source>
        <translation>Часть звука не поступила от устройства; запись продолжается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer is slow: sound is waiting to be written (nothing is lost yet); tell the technician</source>
        <translation>Компьютер не успевает: звук ожидает записи (пока ничего не потеряно); сообщите технику</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>The second copy of the recording cannot be written; the recording itself goes on; tell the technician</source>
        <translation>Вторую копию записи записать не удаётся; сама запись продолжается; сообщите техническому специалисту</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/terms.py" line="+4"/>
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
    <message>
        <location line="+2"/>
        <source>%1: the text is too long</source>
        <translation>%1: слишком длинный текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: contains invisible control or text-direction characters; type it again</source>
        <translation>%1: содержит невидимые управляющие символы или символы смены направления текста; введите заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant %1: the name is too long</source>
        <translation>Участник %1: слишком длинное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant %1: the name contains invisible control or text-direction characters</source>
        <translation>Участник %1: имя содержит невидимые управляющие символы или символы смены направления текста</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/review/timeline.py" line="+317"/>
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
        <location line="+1"/>
        <source>altered</source>
        <translation>изменено</translation>
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
        <location filename="../../ui/review/transport.py" line="-80"/>
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
<context>
    <name>TurnsPanel</name>
    <message>
        <location filename="../../ui/review/turns.py" line="+155"/>
        <source>Finding who spoke when…</source>
        <translation>Определяется, кто и когда говорил…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who spoke when could not be found: %1</source>
        <translation>Не удалось определить, кто и когда говорил: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>◌ detected, no marker: microphone %1 until %2</source>
        <translation>◌ определено, аудиометки нет: микрофон %1, до %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who spoke when (detected from the microphones, not markers): %1 turns</source>
        <translation>Кто и когда говорил (определено по микрофонам, не аудиометки): выступлений — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who spoke when (detected from the microphones, not markers)</source>
        <translation>Кто и когда говорил (определено по микрофонам, не аудиометки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show turns without a marker in the list</source>
        <translation>Показать в списке выступления без аудиометки</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <location filename="../../app/evidence/manifest.py" line="+46"/>
        <source>{file} cannot be read</source>
        <translation>{file} не удаётся прочитать</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line {line} of {file} is malformed (BagIt: &quot;checksum path&quot; with a SHA-256 checksum)</source>
        <translation>строка {line} файла {file} повреждена (BagIt: «контрольная сумма путь» с контрольной суммой SHA-256)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} lists {path} twice (line {line}): a manifest must name each file once</source>
        <translation>{file} дважды указывает {path} (строка {line}): манифест должен называть каждый файл один раз</translation>
    </message>
    <message>
        <location filename="../../app/evidence/bag.py" line="+78"/>
        <source>{file} starts with a byte-order mark, which BagIt forbids</source>
        <translation>{file} начинается с метки порядка байтов (BOM), что BagIt запрещает</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not UTF-8 text</source>
        <translation>{file} — не текст в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bagit.txt is missing: this is not a BagIt bag</source>
        <translation>bagit.txt отсутствует: это не пакет BagIt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bagit.txt declares BagIt version {version}; only 1.0 and 0.97 are accepted</source>
        <translation>bagit.txt объявляет версию BagIt {version}; принимаются только 1.0 и 0.97</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bagit.txt declares the tag file encoding {encoding}; it must be UTF-8</source>
        <translation>bagit.txt объявляет кодировку служебных файлов {encoding}; она должна быть UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bagit.txt must hold exactly two lines (BagIt-Version and Tag-File-Character-Encoding)</source>
        <translation>bagit.txt должен содержать ровно две строки (BagIt-Version и Tag-File-Character-Encoding)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the bag has a fetch.txt (payload to be downloaded from elsewhere): a sealed package must hold all its files</source>
        <translation>в пакете есть fetch.txt (содержимое, которое нужно загрузить из другого места): запечатанный пакет должен содержать все свои файлы</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+8"/>
        <source>symbolic link</source>
        <translation>символическая ссылка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an EMPTY folder that was not sealed</source>
        <translation>{file} — ПУСТАЯ папка, которая не была запечатана</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>FIFO</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device</source>
        <translation>файл устройства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is a {kind}, not a regular file: a sealed package holds only files</source>
        <translation>{file} — это {kind}, а не обычный файл: запечатанный пакет содержит только файлы</translation>
    </message>
    <message>
        <location filename="../../app/evidence/identity.py" line="+112"/>
        <source>the journal has no hearing_opened record, so hearing.json cannot be checked against it</source>
        <translation>в журнале нет записи hearing_opened, поэтому hearing.json нельзя сверить с ним</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hearing.json was CHANGED after the hearing was opened: {fields} differ from the journal&apos;s hearing_opened record</source>
        <translation>hearing.json был ИЗМЕНЁН после открытия заседания: {fields} расходятся с записью hearing_opened в журнале</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>bag-info.txt and hearing.json disagree on {fields}</source>
        <translation>bag-info.txt и hearing.json расходятся в полях: {fields}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>the folder is named {folder} but holds hearing {id}: it was renamed or swapped with another hearing&apos;s package</source>
        <translation>папка называется {folder}, но содержит заседание {id}: её переименовали или подменили пакетом другого заседания</translation>
    </message>
    <message>
        <location filename="../../app/evidence/package_checks.py" line="+155"/>
        <source>a listed file points outside the package: {file}.</source>
        <translation>файл из списка указывает за пределы пакета: {file}.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{file} was ALTERED: its content no longer matches the hash in the manifest.</source>
        <translation>{file} ИЗМЕНЁН: его содержимое больше не совпадает с хешем в манифесте.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{file} is MISSING from the package.</source>
        <translation>{file} ОТСУТСТВУЕТ в пакете.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>the package holds entries that are not regular files, so none of its files was read: remove them from a copy and verify again.</source>
        <translation>в пакете есть элементы, которые не являются обычными файлами, поэтому ни один его файл не был прочитан: удалите их из копии и проверьте снова.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the tag manifest is damaged: {problem}.</source>
        <translation>манифест тегов повреждён: {problem}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is MISSING: nothing is signed.</source>
        <translation>{file} ОТСУТСТВУЕТ: ничего не подписано.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} is not listed in the tag manifest.</source>
        <translation>{file} не указан в манифесте тегов.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} was ALTERED after signing.</source>
        <translation>{file} ИЗМЕНЁН после подписания.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest is damaged: {problem}.</source>
        <translation>манифест повреждён: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an EXTRA file that was not sealed.</source>
        <translation>{file} — ЛИШНИЙ файл, который не был опечатан.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/hearing_checks.py" line="+272"/>
        <source>{file} is MISSING (it was sealed).</source>
        <translation>{file} ОТСУТСТВУЕТ (он был опечатан).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was ALTERED after sealing.</source>
        <translation>{file} ИЗМЕНЁН после опечатывания.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/verify.py" line="+64"/>
        <source>this is a hearing folder, not a sealed package: there is no signature to check. Verify the sealed package (the folder ending in .sealed) for the signed proof.</source>
        <translation>это папка заседания, а не опечатанный пакет: подписи для проверки нет. Для подписанного доказательства проверьте опечатанный пакет (папку с окончанием .sealed).</translation>
    </message>
    <message>
        <location filename="../../app/evidence/hearing_checks.py" line="-222"/>
        <source>the journal (event log) is NOT intact: {problem}. Records from that line on cannot be trusted.</source>
        <translation>журнал (журнал событий) НАРУШЕН: {problem}. Записям начиная с этой строки доверять нельзя.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>hearing.json is missing or unreadable.</source>
        <translation>hearing.json отсутствует или не читается.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the audio format in hearing.json is unreadable.</source>
        <translation>формат звука в hearing.json не читается.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>checkpoint records in the journal are malformed.</source>
        <translation>записи контрольных точек в журнале имеют неверный формат.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>journal record {seq} (a closed segment) is malformed, so its audio cannot be checked.</source>
        <translation>запись журнала {seq} (закрытый сегмент) имеет неверный формат, поэтому её звук проверить нельзя.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>audio segment {file} does not match the hash the journal recorded when it closed. {description}</source>
        <translation>звуковой сегмент {file} не совпадает с хешем, записанным в журнал при его закрытии. {description}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} (level overview) does not match the journal.</source>
        <translation>{file} (обзор уровней) не совпадает с журналом.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>the journal does not end with the sealing record: records were removed or added after sealing.</source>
        <translation>журнал не заканчивается записью об опечатывании: после опечатывания записи были удалены или добавлены.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package is signed by {signer}, but the journal says it was sealed by {sealer}: it was RE-SIGNED with another certificate.</source>
        <translation>пакет подписан {signer}, но по журналу его опечатал {sealer}: он ПЕРЕПОДПИСАН другим сертификатом.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/verify.py" line="+63"/>
        <source>SIMULATED — NOT EVIDENCE: recorded from a simulated source — not evidence (a demonstration, not a courtroom)</source>
        <translation>ИМИТАЦИЯ — НЕ ДОКАЗАТЕЛЬСТВО: записано с имитированного источника — не доказательство (демонстрация, а не зал судебного заседания)</translation>
    </message>
    <message>
        <location filename="../../app/evidence/audio.py" line="+126"/>
        <source>{file} is missing: all {count} seconds are lost.</source>
        <translation>{file} отсутствует: все {count} с утрачены.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{file}: the file&apos;s header was altered — it now claims {channels} channels at {rate} Hz instead of {expected_channels} at {expected_rate} Hz; the audio cannot be compared.</source>
        <translation>{file}: заголовок файла изменён — теперь в нём указано {channels} каналов с частотой {rate} Гц вместо {expected_channels} с частотой {expected_rate} Гц; звук сравнить нельзя.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{file} can no longer be opened as audio at all ({error}).</source>
        <translation>{file} больше вообще не открывается как звук ({error}).</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the audio of second(s) {seconds} of the segment was altered on channel(s) {channels}</source>
        <translation>звук секунд(ы) {seconds} сегмента изменён на канале(ах) {channels}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the audio of second(s) {seconds} of the segment was altered</source>
        <translation>звук секунд(ы) {seconds} сегмента изменён</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>frames {first}–{last} of the segment ({start}–{stop} s) cannot be decoded (the compressed audio is damaged there, on every channel of the file), so that sound is lost</source>
        <translation>кадры {first}–{last} сегмента ({start}–{stop} с) не декодируются (сжатый звук там повреждён, на всех каналах файла), поэтому этот звук утрачен</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every other second of the file decodes and is exactly as recorded</source>
        <translation>все остальные секунды файла декодируются и в точности совпадают с записанными</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second(s) {seconds} are missing (the file was cut)</source>
        <translation>секунд(ы) {seconds} отсутствуют (файл обрезан)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>audio was added after the recorded end</source>
        <translation>после конца записи добавлен звук</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every second of audio is still exactly as recorded; the change is in the file&apos;s header or metadata, not in the sound</source>
        <translation>каждая секунда звука в точности такая, как была записана; изменение — в заголовке или метаданных файла, а не в звуке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: {changes}.</source>
        <translation>{file}: {changes}.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{description} Hearing time: {times}.</source>
        <translation>{description} Время заседания: {times}.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/signature_structure.py" line="+23"/>
        <source>cannot be checked: its issuer is neither in the signature nor given with --ca</source>
        <translation>не может быть проверен: его издателя нет ни в подписи, ни среди указанных в --ca</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>signature</source>
        <translation>подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamp token</source>
        <translation>метки времени</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected {where} version {version}</source>
        <translation>неожиданная версия {version} ({where})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected digest algorithm list in the {where}: {algos}</source>
        <translation>неожиданный список алгоритмов хеширования ({where}): {algos}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an unexpected kind of certificate is embedded in the {where}</source>
        <translation>в состав {where} встроен сертификат неожиданного вида</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} certificate &quot;{name}&quot; {problem}</source>
        <translation>сертификат «{name}» ({where}) {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected signer version {version} in the {where}</source>
        <translation>неожиданная версия подписанта {version} ({where})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signer&apos;s digest algorithm is not listed in the {where}</source>
        <translation>алгоритм хеширования подписанта не указан в составе {where}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected signature algorithm {algorithm}</source>
        <translation>неожиданный алгоритм подписи {algorithm}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an unexpected unsigned attribute {oid} was added</source>
        <translation>добавлен неожиданный неподписанный атрибут {oid}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the timestamp token is not a signature</source>
        <translation>метка времени не является подписью</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is damaged ({error})</source>
        <translation>повреждён ({error})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged or forged: its issuer&apos;s signature on it does not hold</source>
        <translation>повреждён или подделан: подпись его издателя на нём недействительна</translation>
    </message>
    <message>
        <location filename="../../app/evidence/signature.py" line="+137"/>
        <source>the signature file is damaged: part of it is unreadable ({error}).</source>
        <translation>файл подписи повреждён: часть его не читается ({error}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the signature file {file} is missing: the package is not signed and nothing in it can be trusted.</source>
        <translation>файл подписи {file} отсутствует: пакет не подписан, и ничему в нём доверять нельзя.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the signature file {file} is damaged or is not a signature ({error}).</source>
        <translation>файл подписи {file} повреждён или не является подписью ({error}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>part of it cannot be read ({error})</source>
        <translation>часть его не читается ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}: either the signature file was altered, or that authority&apos;s certificate must be added to the --ca file.</source>
        <translation>{problem}: либо файл подписи изменён, либо сертификат этого удостоверяющего центра нужно добавить в файл --ca.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the signature file was altered: {problem}.</source>
        <translation>файл подписи изменён: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signature carries its own embedded content instead of signing tagmanifest-sha256.txt: it is not the station&apos;s detached signature.</source>
        <translation>подпись содержит собственное встроенное содержимое вместо подписи tagmanifest-sha256.txt: это не отсоединённая подпись станции.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the signature could not be checked: it is malformed ({error}).</source>
        <translation>подпись проверить не удалось: она имеет неверный формат ({error}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the signature is NOT valid: the signature value does not match the signed data (the signature file was altered or made by another key).</source>
        <translation>подпись НЕДЕЙСТВИТЕЛЬНА: значение подписи не соответствует подписанным данным (файл подписи изменён или создан другим ключом).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the signature does NOT cover tagmanifest-sha256.txt as it is now: the list of hashes was changed after signing.</source>
        <translation>подпись НЕ охватывает tagmanifest-sha256.txt в нынешнем виде: список хешей изменён после подписания.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/signature_trust.py" line="+51"/>
        <source>the timestamp is not valid or its authority is not trusted, so the time of signing is not proven.</source>
        <translation>метка времени недействительна или её служба не является доверенной, поэтому время подписания не доказано.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no timestamp: the signing time is the station&apos;s own clock (add one later with `zhazba seal PACKAGE --timestamp-only --tsa URL`).</source>
        <translation>метки времени нет: время подписания взято с собственных часов станции (её можно добавить позже командой `zhazba seal PACKAGE --timestamp-only --tsa URL`).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the signer&apos;s key is WEAK: RSA of {bits} bits, where evidence needs at least 2048. Such a signature can be forged and proves nothing.</source>
        <translation>ключ подписавшего СЛАБЫЙ: RSA {bits} бит, а для доказательств нужно не менее 2048. Такую подпись можно подделать, она ничего не доказывает.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the signer&apos;s certificate had EXPIRED when it signed: it was valid until {until}, the signature was made at {moment}. An expired key may not sign recordings.</source>
        <translation>сертификат подписанта на момент подписания ИСТЁК: он действовал до {until}, подпись сделана {moment}. Ключом с истёкшим сроком подписывать записи нельзя.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the signer&apos;s certificate was NOT YET VALID when it signed: valid from {since}, signed at {moment}.</source>
        <translation>сертификат подписанта на момент подписания ЕЩЁ НЕ ДЕЙСТВОВАЛ: действует с {since}, подписано {moment}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the signer&apos;s certificate has expired since (on {until}); it was valid when it signed, so the signature still holds.</source>
        <translation>срок действия сертификата подписанта с тех пор истёк ({until}); на момент подписания он действовал, поэтому подпись остаётся действительной.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>no trusted root certificates were given, so WHO signed is not confirmed. Run again with --ca and the NCA&apos;s root and intermediate certificates (PEM).</source>
        <translation>доверенные корневые сертификаты не указаны, поэтому КТО подписал, не подтверждено. Запустите снова с --ca и корневым и промежуточными сертификатами НУЦ (PEM).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signer&apos;s certificate (issued by {issuer}) does NOT lead to a trusted root: it was issued by a certification authority that is not among the certificates given with --ca. The signature cannot be attributed to a court employee.</source>
        <translation>сертификат подписанта (издатель: {issuer}) НЕ ведёт к доверенному корню: он выдан удостоверяющим центром, которого нет среди сертификатов, указанных в --ca. Подпись нельзя отнести к работнику суда.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the signer&apos;s certificate has been REVOKED.</source>
        <translation>сертификат подписанта ОТОЗВАН.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signer&apos;s certificate is not trusted ({reason}).</source>
        <translation>сертификат подписанта не является доверенным ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/evidence/binding.py" line="+125"/>
        <source>no certificate is registered on this station for the secretary {secretary}, so the signer could not be matched to the secretary</source>
        <translation>на этой станции для секретаря {secretary} не зарегистрирован сертификат, поэтому подписавшего нельзя сверить с секретарём</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signer is the hearing&apos;s secretary</source>
        <translation>подписал секретарь этого заседания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signed by {who} INSTEAD OF the secretary {secretary}: a substitution was journaled ({why}; ordered by {ordered_by})</source>
        <translation>подписано {who} ВМЕСТО секретаря {secretary}: замена записана в журнал ({why}; по распоряжению {ordered_by})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package is signed by {signer}, who is NOT the hearing&apos;s secretary {secretary}, and no substitution was journaled before the seal</source>
        <translation>пакет подписан {signer}, который НЕ является секретарём заседания {secretary}, и замена не была записана в журнал до запечатывания</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journal&apos;s opening record is not the one this station recorded when hearing {hearing} was opened (secretary {secretary}, closed: {closed}, case {case}): another opening was put in its place</source>
        <translation>запись об открытии в журнале не та, что эта станция зарегистрировала при открытии заседания {hearing} (секретарь {secretary}, закрытое: {closed}, дело {case}): на её место поставлена другая запись об открытии</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this station&apos;s record of the opening of hearing {hearing} does not tie its audio, yet it was written after the station began tying every hearing&apos;s audio: Zhazba did not write it</source>
        <translation>запись этой станции об открытии заседания {hearing} не привязывает его аудио, хотя сделана после того, как станция начала привязывать аудио каждого заседания: её сделала не Zhazba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hearing&apos;s secretary {secretary} is not the account {account} this station&apos;s record binds the hearing to: Zhazba did not write that record</source>
        <translation>секретарь заседания {secretary} — не учётная запись {account}, к которой запись этой станции привязывает заседание: эту запись сделала не Zhazba</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this hearing was not opened on this station (its audit log has no record of it), so who its secretary is cannot be confirmed</source>
        <translation>это заседание не открывалось на этой станции (в её журнале аудита нет о нём записи), поэтому нельзя подтвердить, кто его секретарь</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the hearing card differs from what this station recorded when the hearing was opened (secretary {secretary}, closed: {closed}, case {case}): it was rewritten</source>
        <translation>карточка заседания отличается от записанной станцией при открытии заседания (секретарь {secretary}, закрытое: {closed}, дело {case}): её переписали</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal says {who} sealed instead of the secretary, but no administrator authorised that on this station: the substitution record is forged</source>
        <translation>в журнале сказано, что {who} опечатал(а) вместо секретаря, но ни один администратор этой станции этого не разрешал: запись о замене подделана</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the signer is the hearing&apos;s secretary {secretary}, as this station recorded when the hearing was opened and sealed</source>
        <translation>подписал секретарь заседания {secretary}, как записала эта станция при открытии и опечатывании заседания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed by {who} INSTEAD OF the secretary {secretary}: a substitution was journaled ({why}; ordered by {ordered_by}), authorised on this station by {by}</source>
        <translation>подписал(а) {who} ВМЕСТО секретаря {secretary}: замена записана в журнал ({why}; по распоряжению: {ordered_by}), разрешена на этой станции пользователем {by}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the package is signed by {signer}, who is NOT the hearing&apos;s secretary {secretary} as this station recorded it, and no administrator authorised a substitution</source>
        <translation>пакет подписал {signer}, а это НЕ секретарь заседания {secretary}, записанный этой станцией, и ни один администратор не разрешал замену</translation>
    </message>
    <message>
        <location filename="../../app/evidence/binding_report.py" line="+65"/>
        <source>this station&apos;s record of its hearings cannot be trusted: {why}. Restore the catalog from a backup</source>
        <translation>записям этой станции о её заседаниях нельзя доверять: {why}. Восстановите каталог из резервной копии</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journal says the hearing was sealed by a substitute; whether an administrator authorised it can be checked only on the station that recorded it</source>
        <translation>в журнале сказано, что заседание опечатал заменяющий; разрешил ли это администратор, можно проверить только на станции, которая вела запись</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>binding checked against: the live anchors in the court archive. The secretary&apos;s name and the closed flag are what the station recorded when the hearing was opened; whether the signer&apos;s certificate is that secretary&apos;s is not proven without the station&apos;s record</source>
        <translation>привязка подписанта проверена: по живым якорям в архиве суда. Имя секретаря и признак закрытого заседания — те, что станция записала при открытии заседания; принадлежит ли сертификат подписанта этому секретарю, без записи станции не доказано</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this hearing was not opened on this station (its audit log has no record of it), so who its secretary is cannot be confirmed here; nothing is given out from this station</source>
        <translation>это заседание не открывалось на этой станции (в её журнале аудита нет о нём записи), поэтому здесь нельзя подтвердить, кто его секретарь; с этой станции ничего не выдаётся</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>binding checked against: nothing outside the package (no station record). Only &apos;signed by a holder of a court certificate&apos; is proven; the secretary&apos;s name and the closed flag are the package&apos;s own claim</source>
        <translation>привязка подписанта проверена: ни с чем вне пакета (записи станции нет). Доказано только «подписано владельцем сертификата суда»; имя секретаря и признак закрытого заседания — лишь утверждение самого пакета</translation>
    </message>
    <message>
        <location filename="../../app/evidence/anchors.py" line="+113"/>
        <source>anchor {n}, stored in the court archive at {time}</source>
        <translation>якорь {n}, сохранённый в судебном архиве в {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anchor {n}, timestamped at {time}</source>
        <translation>якорь {n} с меткой времени {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anchor {n}, made at {time} by the station&apos;s clock</source>
        <translation>якорь {n}, созданный в {time} по часам станции</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>journal record {seq} is MISSING, but {anchor} holds it: records were removed after that anchor was made.</source>
        <translation>запись журнала {seq} ОТСУТСТВУЕТ, но её содержит {anchor}: записи удалены после создания этого якоря.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journal record {seq} ({kind}) was REWRITTEN: it differs from {anchor}. The journal was changed after that anchor, so records from {seq} on are not what the station recorded.</source>
        <translation>запись журнала {seq} ({kind}) ПЕРЕПИСАНА: она расходится с тем, что хранит {anchor}. Журнал изменён после этого якоря, поэтому записи начиная с {seq} — не то, что записала станция.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} is MISSING, but {anchor} holds it.</source>
        <translation>{file} ОТСУТСТВУЕТ, но его хеш содержит {anchor}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was REPLACED after it was anchored: it differs from {anchor}.</source>
        <translation>{file} ЗАМЕНЁН после закрепления: он расходится с тем, что хранит {anchor}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not anchored while recorded.</source>
        <translation>Во время записи не закреплено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not anchored: no anchor of this hearing was found, so nothing shows that the journal and the audio were not rewritten before sealing.</source>
        <translation>не закреплено: ни одного якоря этого заседания не найдено, поэтому ничто не подтверждает, что журнал и аудио не были переписаны до опечатывания.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anchored {count} times while recorded ({first} – {last}).</source>
        <translation>Во время записи закреплено {count} раз(а) ({first} – {last}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>anchored {count} times while recorded: first anchor {first}, last {last}.</source>
        <translation>закреплено во время записи {count} раз(а): первый якорь {first}, последний {last}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} anchors were found only on the station, none in the court archive or timestamped: they show no rewrite, but prove nothing on their own.</source>
        <translation>якорей найдено только на станции: {count}, ни одного в судебном архиве или с меткой времени; они не показывают перезаписи, но сами по себе ничего не доказывают.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} The court archive could not be asked: {why}</source>
        <translation>{summary} Судебный архив недоступен: {why}</translation>
    </message>
    <message>
        <location filename="../../app/evidence/names.py" line="+38"/>
        <source>{file} is in the package, but neither the journal nor the station names it: it was not recorded in this hearing. Do not give this package out; report it to the court administrator.</source>
        <translation>{file} есть в пакете, но его не называет ни журнал, ни станция: он не был записан в этом заседании. Не выдавайте этот пакет; сообщите администратору суда.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} and {other} differ only in upper and lower case: on a FAT or Windows medium they are one file, so a copy would lose one. Do not give this package out; report it to the court administrator.</source>
        <translation>{file} и {other} различаются только регистром букв: на носителе FAT или Windows это один файл, и копия потеряла бы один из них. Не выдавайте этот пакет; сообщите администратору суда.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/audio_origin.py" line="+305"/>
        <source>audio file {file} was recorded in hearing {other} on this station, not in this one: the package carries another hearing&apos;s audio</source>
        <translation>аудиофайл {file} записан на этой станции в заседании {other}, а не в этом: пакет содержит звук другого заседания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio file {file} was never recorded in this hearing on this station (the station&apos;s record has no such recording): it was put in from elsewhere</source>
        <translation>аудиофайл {file} никогда не записывался в этом заседании на этой станции (в записях станции такой записи нет): он вставлен извне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the station&apos;s record of segment {segment} of this hearing is missing, so it is NOT proven that audio file {file} was recorded in this hearing on this station</source>
        <translation>запись станции о сегменте {segment} этого заседания отсутствует, поэтому НЕ доказано, что аудиофайл {file} записан в этом заседании на этой станции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audio file {file} is said to be recovered after an interruption, but this station never saw segment {segment} of this hearing open (or it opened elsewhere in the recording): it was not recorded in this hearing&apos;s segment</source>
        <translation>аудиофайл {file} назван восстановленным после прерывания, но эта станция не видела открытия сегмента {segment} этого заседания (или он открывался в другом месте записи): он не записан в сегменте этого заседания</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audio file {file} is said to be recovered after an interruption, but it does not continue what this station recorded in this hearing&apos;s segment</source>
        <translation>аудиофайл {file} назван восстановленным после прерывания, но он не продолжает то, что эта станция записала в этом фрагменте заседания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whether each audio file was recorded in this hearing can be checked only on the station that recorded it (its record of every closed segment); here it is NOT proven</source>
        <translation>записан ли каждый аудиофайл в этом заседании, можно проверить только на станции, которая его записала (по её записям о каждом закрытом фрагменте); здесь это НЕ доказано</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this hearing was opened before this station recorded which audio belongs to which hearing, so whether each audio file was recorded in it is NOT proven</source>
        <translation>это заседание открыто до того, как станция стала записывать, какой звук к какому заседанию относится, поэтому то, что каждый аудиофайл записан в нём, НЕ доказано</translation>
    </message>
    <message>
        <location filename="../../app/evidence/audio_progress.py" line="+204"/>
        <source>the station&apos;s progress file {path} is damaged; report it to the court administrator</source>
        <translation>файл хода записи станции {path} повреждён; сообщите администратору суда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the station&apos;s progress file {path} was altered outside Zhazba; report it to the court administrator</source>
        <translation>файл хода записи станции {path} изменён вне Zhazba; сообщите администратору суда</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/review/turns.py" line="-93"/>
        <source>nobody seated</source>
        <translation>никто не сидит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 microphone %3: %4</source>
        <translation>%1–%2, микрофон %3: %4</translation>
    </message>
</context>
</TS>
