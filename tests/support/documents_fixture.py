"""Small test hearings for the document tests: a hearing.json and a real hash-chained journal.

:func:`make_hearing` writes what the recorder would have written (through the real
``HearingJournal``), without audio: the documents are made from the journal alone. Names, notes
and markers carry every Kazakh letter so the tests can see that none is lost on the way to paper.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from signing.journal import HearingJournal

RATE = 48000
SIGNATURE_BYTES = b"test signature bytes"
KAZAKH_LETTERS = "әғқңөұүһі"
# Kazakh letters in the hearing's names and notes: every one of ә ғ қ ң ө ұ ү һ і occurs.
PARTICIPANTS = [
    {"role": "judge", "name": "Әбілқайыр Ғалымжанұлы Нұрмағанбетов", "channel": 1},
    {"role": "plaintiff", "name": "Өтеген Қуанышұлы Сүлейменов", "channel": 2},
    {"role": "respondent", "name": "Гүлнәр Һидаятқызы Ізбасарова", "channel": 3},
    {"role": "witness", "name": "Иван Петрович Сидоров", "channel": 4},
]
NOTES = {
    "opening": "Судья отырысты ашты",
    "witness": "Куә ант берді, шаһардағы үй-жайдың өңірі туралы айғақ",
    "amended_from": "Талапкерден сұрақ",
    "amended_to": "Жауапкерге сұрақ: шарттың құны",
}


def hearing_json(**over: Any) -> dict[str, Any]:
    h: dict[str, Any] = {
        "format": "zhazba-hearing/1",
        "id": "2026-11-21_7199-26-00-2-1234_0930",
        "court": "Астана қаласының мамандандырылған ауданаралық экономикалық соты",
        "courtroom": "204",
        "instance": "first",
        "category": "civil",
        "case_number": "7199-26-00-2/1234",
        # Today in Kazakhstan (UTC+5): the journal's times are real, so the dates agree.
        "date": (dt.datetime.now(dt.UTC) + dt.timedelta(hours=5)).date().isoformat(),
        "judge": PARTICIPANTS[0]["name"],
        "secretary": "Айгүл Серікқызы Жұмабаева",
        "closed_hearing": False,
        "participants": PARTICIPANTS,
        "audio": {
            "rate": RATE,
            "channels": 4,
            "bits": 16,
            "segment_seconds": 600,
            "groups": [[1, 4]],
            "source": "tones",
        },
        "created_utc": "2026-11-21T04:30:00.000000Z",
        "finished": True,
    }
    h.update(over)
    return h


def _closed(seg: int, first: int, frames: int) -> dict[str, Any]:
    name = f"audio/{seg:04d}.flac"
    return {
        "segment": seg,
        "first_frame": first,
        "frames": frames,
        "reason": "pause" if seg == 1 else "end",
        "files": {
            name: {
                "sha256": f"{seg:02d}" * 32,
                "bytes": 1000 * frames // RATE,
                "frames": frames,
                "channels": [1, 2, 3, 4],
            }
        },
        "peaks": {f"audio/{seg:04d}.peaks": "ab" * 32},
    }


def make_hearing(
    root: Path,
    *,
    device_loss: bool = False,
    recorded: bool = True,
    sealed: bool = False,
    **hearing: Any,
) -> Path:
    """Write a finished test hearing under ``root``; returns its folder."""
    h = hearing_json(**hearing)
    folder = root / h["id"]
    (folder / "audio").mkdir(parents=True)
    (folder / "hearing.json").write_text(json.dumps(h, ensure_ascii=False, indent=2), "utf-8")
    with HearingJournal(folder / "journal.jsonl") as j:
        j.append("hearing_opened", {"hearing": {k: v for k, v in h.items() if k != "finished"}})
        j.append("precheck", {"passed": True, "results": [], "acknowledged": None})
        if not recorded:
            j.append("error", {"detail": "no input device"})
            return folder
        j.append(
            "recording_started",
            {"source": "tones", "rate": RATE, "channels": 4, "bits": 16, "groups": [[1, 4]]},
        )
        j.append(
            "segment_opened",
            {"segment": 1, "files": ["audio/0001.flac"], "first_frame": 0},
            frame=0,
        )
        j.append(
            "marker",
            {
                "id": 1,
                "type": "speech",
                "speaker": PARTICIPANTS[0]["name"],
                "role": "judge",
                "channel": 1,
                "event": None,
                "note": NOTES["opening"],
            },
            frame=5 * RATE,
        )
        j.append(
            "marker",
            {
                "id": 2,
                "type": "event",
                "speaker": PARTICIPANTS[3]["name"],
                "role": "witness",
                "channel": 4,
                "event": "oath",
                "note": NOTES["witness"],
            },
            frame=65 * RATE,
        )
        amend = j.append(
            "marker",
            {
                "id": 3,
                "type": "speech",
                "speaker": PARTICIPANTS[1]["name"],
                "role": "plaintiff",
                "channel": 2,
                "event": None,
                "note": NOTES["amended_from"],
            },
            frame=125 * RATE,
        )
        j.append("paused", {"reason": "recess"}, frame=180 * RATE)
        j.append("segment_closed", _closed(1, 0, 180 * RATE), frame=180 * RATE)
        j.append("resumed", {}, frame=180 * RATE)
        j.append(
            "segment_opened",
            {"segment": 2, "files": ["audio/0002.flac"], "first_frame": 180 * RATE},
            frame=180 * RATE,
        )
        j.append(
            "marker_amended",
            {"marker": amend["seq"], "note": NOTES["amended_to"]},
            frame=200 * RATE,
        )
        if device_loss:
            j.append("device_lost", {"detail": "USB audio interface disappeared"}, frame=240 * RATE)
            j.append("device_returned", {"gap_seconds": 7.4}, frame=240 * RATE)
        j.append(
            "marker",
            {
                "id": 4,
                "type": "event",
                "speaker": PARTICIPANTS[0]["name"],
                "role": "judge",
                "channel": 1,
                "event": "appeal_explained",
                "note": "",
            },
            frame=290 * RATE,
        )
        j.append("paused", {"reason": "deliberation"}, frame=300 * RATE)
        j.append("segment_closed", _closed(2, 180 * RATE, 120 * RATE), frame=300 * RATE)
        j.append("recording_ended", {"frames": 300 * RATE}, frame=300 * RATE)
        if sealed:
            package = folder.with_name(folder.name + ".sealed")
            package.mkdir()
            (package / "tagmanifest-sha256.txt.p7s").write_bytes(SIGNATURE_BYTES)
            j.append(
                "sealed",
                {
                    "files": {},
                    "signer": h["secretary"],
                    "package": package.name,
                    "certificate_sha256": "c0" * 32,
                },
                frame=300 * RATE,
            )
    return folder
