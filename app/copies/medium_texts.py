"""The texts written onto a medium beside a copy: verification instructions and the marker file.

``README-VERIFY.txt`` tells an archivist (Rules p. 22) or anyone else, in Kazakh, Russian and
English, how to check the case-file copy without Zhazba: the openssl command for the signature,
``sha256sum -c`` for the files, and ``zhazba verify`` for the full check. ``certificates.pem`` holds
the certificates embedded in the signature, with their SHA-256 fingerprints in the README, so the
root can be compared with the one the court trusts. ``INCOMPLETE-COPY.txt`` is what a medium says
while a copy is being written, or after a copy failed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from asn1crypto import pem

from signing.cades import read_signature


def embedded_certificates(signature: Path) -> list[tuple[str, str, bytes]]:
    """(subject common name, SHA-256 fingerprint, DER) of every certificate in the signature."""
    out = []
    try:
        sd = read_signature(signature)["content"]
        for choice in sd["certificates"] or []:
            cert = choice.chosen
            der = cert.dump()
            cn = cert.subject.native.get("common_name", "") if hasattr(cert, "subject") else ""
            out.append((str(cn), hashlib.sha256(der).hexdigest(), der))
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return out


def certificates_pem(signature: Path) -> bytes:
    return b"".join(pem.armor("CERTIFICATE", der) for _, _, der in embedded_certificates(signature))


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def marker_text(folder: str, state: str, detail: str = "") -> str:
    lines = [
        "THIS MEDIUM HOLDS AN INCOMPLETE COPY. Do not put it into the case file.",
        "БҰЛ ЖЕТКІЗГІШТЕГІ КӨШІРМЕ ТОЛЫҚ ЕМЕС. Оны іс материалдарына тіркемеңіз.",
        "НА ЭТОМ НОСИТЕЛЕ НЕПОЛНАЯ КОПИЯ. Не приобщайте его к материалам дела.",
        "",
        f"Copy of: {folder}",
        f"State:   {state}   ({_now()})",
    ]
    if detail:
        lines += ["", detail]
    lines += [
        "",
        "Zhazba writes this file before a copy and removes it only after the copy was read back",
        "from the medium and verified. Write the copy again on the station.",
    ]
    return "\n".join(lines) + "\n"


def case_readme(package_name: str, info: dict[str, str], signature: Path | None = None) -> str:
    p = package_name
    prints = fingerprint_lines(signature) if signature is not None else []
    head = [
        f"Case / Іс / Дело:               {info.get('Case-Number', '')}",
        f"Hearing / Отырыс / Заседание:   {info.get('Hearing-Date', '')} "
        f"({info.get('Hearing-Id', '')})",
        f"Court / Сот / Суд:              {info.get('Court', '')}",
        f"Secretary / Хатшы / Секретарь:  {info.get('Secretary', '')}",
        "",
    ]
    commands = [
        f"    cd {p}",
        "    openssl cms -verify -binary -purpose any -inform DER \\",
        "        -in tagmanifest-sha256.txt.p7s -content tagmanifest-sha256.txt \\",
        "        -CAfile ROOT.pem -out /dev/null",
        "    sha256sum -c tagmanifest-sha256.txt && sha256sum -c manifest-sha256.txt",
        "",
        f"    zhazba verify {p} --ca ROOT.pem",
        "",
    ]
    en = [
        "HOW TO CHECK THIS COPY (Rules p. 21-22)",
        f"The folder {p} is the sealed recording of the hearing: a BagIt package whose list of",
        "hashes (tagmanifest-sha256.txt) is signed by the court secretary",
        "(tagmanifest-sha256.txt.p7s). Check it on any computer with OpenSSL; ROOT.pem is the",
        "root certificate of the National Certification Authority that you trust. The signature",
        "command must print 'Verification successful' and every sha256sum line must say OK:",
        "",
        *commands,
        "certificates.pem beside this file holds the certificates inside the signature, for",
        "reference only: trust comes from your own ROOT.pem, compare fingerprints below.",
        "",
    ]
    kk = [
        "БҰЛ КӨШІРМЕНІ ҚАЛАЙ ТЕКСЕРУГЕ БОЛАДЫ (Қағидалардың 21-22-тармақтары)",
        f"{p} қалтасы - сот отырысының мөрленген жазбасы: хэштер тізіміне",
        "(tagmanifest-sha256.txt) сот отырысының хатшысы қол қойған (tagmanifest-sha256.txt.p7s).",
        "Кез келген компьютерде OpenSSL арқылы тексеріңіз; ROOT.pem - сіз сенетін Ұлттық",
        "куәландырушы орталықтың түбірлік сертификаты. Қолтаңба командасы 'Verification",
        "successful' деп, ал sha256sum әр жолға OK деп шығаруы керек (командалар жоғарыда).",
        "Толық тексеру есебі қазақ тілінде:",
        f"    zhazba verify {p} --ca ROOT.pem --lang kk",
        "",
    ]
    ru = [
        "КАК ПРОВЕРИТЬ ЭТУ КОПИЮ (пункты 21-22 Правил)",
        f"Папка {p} - опечатанная запись судебного заседания: список хэшей",
        "(tagmanifest-sha256.txt) подписан секретарем судебного заседания",
        "(tagmanifest-sha256.txt.p7s). Проверьте на любом компьютере с OpenSSL; ROOT.pem -",
        "корневой сертификат Национального удостоверяющего центра, которому вы доверяете.",
        "Команда подписи должна вывести 'Verification successful', а sha256sum - OK в каждой",
        "строке (команды выше).",
        "Полный отчёт о проверке на русском языке:",
        f"    zhazba verify {p} --ca ROOT.pem --lang ru",
        "",
    ]
    return "\n".join(head + en + kk + ru + prints) + "\n"


def fingerprint_lines(signature: Path) -> list[str]:
    lines = ["Certificates in the signature (SHA-256 fingerprints):"]
    for cn, fp, _ in embedded_certificates(signature):
        lines.append(f"  {fp}  {cn}")
    return lines
