"""Texts and small files of a participant copy: README (kk, ru, then en), markers.csv (in the
copy's language: headings, roles and events from the documents' texts), player.html.

The player is ``assets/player/player.html`` with the copy's data put in as JSON; it needs no
network and no installation, and refers to the audio by relative paths, so the folder plays from
a USB stick on any computer with a browser.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from app.documents.model import HearingFacts
from app.documents.parts import simulated
from app.documents.texts import LANGUAGES, Texts, duration_text
from app.hearing.simulated import MARK

TEMPLATE = Path(__file__).resolve().parents[2] / "assets" / "player" / "player.html"
PLACEHOLDER = "/*__ZHAZBA_DATA__*/"


def hms(seconds: float) -> str:
    """A moment on the recording, floored to the second as a clock (and the protocol) shows it."""
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def player_html(data: dict[str, Any]) -> str:
    text = TEMPLATE.read_text(encoding="utf-8")
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return text.replace(PLACEHOLDER, payload)


def copy_texts(lang: str) -> Texts:
    """The documents' texts in the copy's language (Kazakh unless Russian is asked for)."""
    return Texts(lang if lang in LANGUAGES else "kk")


def markers_csv(markers: list[dict[str, Any]], t: Texts | None = None) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs on Windows read Cyrillic right.
    Headings, marker types, roles and events in the copy's language (``t``), never as codes."""
    t = t or copy_texts("kk")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(t.lst("participant.csv_cols"))
    for m in markers:
        w.writerow(
            [
                m["n"],
                hms(m["t"]),
                f"{m['t']:.3f}",
                t.term("marker_types", m["type"]),
                m["speaker"],
                t.term("roles", m["role"]) if m["role"] else "",
                m["channel"] or "",
                t.term("events", m["event"]) if m["event"] else "",
                m["note"],
                t("participant.amended_yes") if m["amended"] else "",
            ]
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


CHECK_COMMANDS = [
    "    sha256sum -c SHA256SUMS.txt                  (Linux)",
    "    shasum -a 256 -c SHA256SUMS.txt              (macOS)",
    "    certutil -hashfile audio\\mix.flac SHA256     (Windows, one file at a time)",
    "",
    "    cd seal",
    "    openssl cms -verify -binary -purpose any -inform DER \\",
    "        -in tagmanifest-sha256.txt.p7s \\",
    "        -content tagmanifest-sha256.txt -CAfile ROOT.pem -out /dev/null",
    "    sha256sum -c tagmanifest-sha256.txt",
    "",
]


def participant_readme(
    facts: HearingFacts,
    package: str,
    seconds: float,
    closed: list[dict[str, float]],
    omitted: int,
    has_protocol: bool,
) -> str:
    """README.txt of a participant's copy: Kazakh, Russian, then English (a demonstration's
    copy says first that it is one)."""
    spans = ", ".join(f"{hms(c['from'])}–{hms(c['to'])}" for c in closed)
    en = _readme_en(facts, package, seconds, spans, omitted, has_protocol)
    kk, ru = _readme_in("kk", facts, spans), _readme_in("ru", facts, spans)
    if simulated(facts):  # a demonstration: never evidence, and the copy says so first (#16)
        head = [copy_texts("kk")("simulated.notice"), copy_texts("ru")("simulated.notice")]
        head += [f"{MARK}: recorded from a simulated source (a demonstration, not a courtroom)"]
        return "\n".join([*head, "", *kk, *ru, *en])
    return "\n".join(kk + ru + en)  # the court's languages first


def _readme_en(
    facts: HearingFacts, package: str, seconds: float, spans: str, omitted: int, protocol: bool
) -> list[str]:
    case, date = facts.get("case_number"), facts.get("date")
    en = [
        f"COPY OF THE AUDIO RECORDING OF A COURT HEARING — case {case}, hearing of {date}",
        f"{facts.get('court')}. Length {duration_text(seconds, comma=False)}. Audio only "
        "(Rules p. 31).",
        "",
        "To listen: open player.html in a web browser (no internet needed). It lists the audio",
        "markers (click one to go there), lets you mute single microphones and change the speed.",
        "audio/mix.flac plays in any audio player; audio/mic-NN.flac are the single microphones.",
        "markers.csv and markers.json list the markers."
        + (" protocol/ holds the brief protocol." if protocol else ""),
    ]
    if spans:
        en += [
            f"CLOSED PARTS ARE SILENCED: the hearing was declared closed during {spans}; those "
            "parts are silence in this copy (Rules p. 32)"
            + (f" and {omitted} markers inside them are not listed." if omitted else ".")
        ]
    return en + [
        "",
        "To check that nothing in this copy was changed, compare every file with the list the",
        "court made when it issued the copy (SHA256SUMS.txt; its own hash is in the court's copy",
        "register). seal/ holds the court's signed list of the original recording's files",
        f"({package}); the openssl command shows who signed it (ROOT.pem: the NCA root you trust):",
        "",
        *CHECK_COMMANDS,
        "Use this recording only for the proceedings and to establish facts; do not spread",
        "personal data (Law on personal data and their protection; Administrative Offences",
        "Code art. 79, Criminal Code art. 147).",
        "",
    ]


# The README's part in each court language: the heading (case, date), what the copy holds,
# the line said when closed parts were silenced (spans), and how to check it.
COURT_README = {
    "kk": (
        [
            "СОТ ОТЫРЫСЫНЫҢ АУДИОЖАЗБАСЫНЫҢ КӨШІРМЕСІ — {case} іс, {date} отырыс",
            "Тыңдау үшін player.html файлын браузерде ашыңыз (интернет қажет емес): аудиобелгілер",
            "тізімі (біреуін бассаңыз, сол жерге өтеді), жекелеген микрофондардың дыбысын өшіру,",
            "жылдамдық. audio/mix.flac кез келген ойнатқышта ойнайды.",
        ],
        "ЖАБЫҚ БӨЛІКТЕР ДЫБЫССЫЗ: {spans} аралығында отырыс жабық деп жарияланған; бұл "
        "көшірмеде ол бөліктер тыныштықпен ауыстырылған (Қағидалардың 32-тармағы).",
        [
            "Өзгертілмегенін тексеру: SHA256SUMS.txt (командалар төменде). Жазбаны тек сот ісін",
            "жүргізу мақсатында пайдаланыңыз; дербес деректерді таратуға жол берілмейді.",
            "",
        ],
    ),
    "ru": (
        [
            "КОПИЯ АУДИОЗАПИСИ СУДЕБНОГО ЗАСЕДАНИЯ — дело {case}, заседание {date}",
            "Для прослушивания откройте player.html в браузере (интернет не нужен): список",
            "аудиометок (щелчок переносит к метке), отключение отдельных микрофонов, скорость.",
            "audio/mix.flac воспроизводится любым проигрывателем.",
        ],
        "ЗАКРЫТЫЕ ЧАСТИ ЗАГЛУШЕНЫ: в промежутках {spans} заседание было объявлено "
        "закрытым; в этой копии они заменены тишиной (пункт 32 Правил).",
        [
            "Проверка неизменности: SHA256SUMS.txt (команды ниже). Используйте запись только в",
            "целях судопроизводства; распространение персональных данных не допускается.",
            "",
        ],
    ),
}


def _readme_in(lang: str, facts: HearingFacts, spans: str) -> list[str]:
    """The README's part in ``lang`` (kk or ru)."""
    head, closed, tail = COURT_README[lang]
    lines = [head[0].format(case=facts.get("case_number"), date=facts.get("date")), *head[1:]]
    if spans:
        lines.append(closed.format(spans=spans))
    return lines + tail
