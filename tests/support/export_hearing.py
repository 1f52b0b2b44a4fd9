"""Sealed packages for the export tests: a hearing with chosen markers, closed parts, a closed flag.

:func:`hearing_with_markers` starts from :func:`tests.support.hearing.make_hearing` (synthesised:
a distinct tone per channel, real journal, real checkpoint chain) and re-writes its journal with
the real :class:`signing.journal.HearingJournal`, inserting the given markers (and, optionally,
amendments) before ``recording_ended`` at exact hearing frames, so the tests know where every
marker and every closed part is. The audio files and their hashes are untouched.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from signing import journal as J
from signing.seal import SealResult, seal_hearing
from tests.support.hearing import make_hearing
from tests.support.pki import TestPKI
from tests.support.sealing import signer_for

Marker = tuple[int, dict[str, Any]]  # (frame, marker data)


def speech(n: int, speaker: str, role: str, channel: int, note: str = "") -> dict[str, Any]:
    return {
        "id": n,
        "type": "speech",
        "speaker": speaker,
        "role": role,
        "channel": channel,
        "event": None,
        "note": note,
    }


def event(n: int, name: str, note: str = "") -> dict[str, Any]:
    return {
        "id": n,
        "type": "event",
        "speaker": "",
        "role": "",
        "channel": None,
        "event": name,
        "note": note,
    }


def hearing_with_markers(
    parent: Path,
    markers: list[Marker],
    *,
    seconds: float = 6.0,
    channels: int = 4,
    closed_hearing: bool = False,
    amendments: list[tuple[int, dict[str, Any]]] | None = None,
    category: str = "civil",
) -> Path:
    """A finished hearing whose journal carries ``markers``; ``amendments`` are (marker index,
    changes) pairs appended as ``marker_amended`` records."""
    hearing = make_hearing(parent, seconds=seconds, channels=channels, use_recorder=False)
    info = json.loads((hearing / "hearing.json").read_text(encoding="utf-8"))
    info["closed_hearing"] = closed_hearing
    info["category"] = category
    info["participants"] = [
        {"role": "judge", "name": "Сейтқали Б.", "channel": 1},
        {"role": "plaintiff", "name": "Иванов И.", "channel": 2},
        {"role": "respondent", "name": "Ахметова А.", "channel": 3},
    ]
    (hearing / "hearing.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    old = J.read_records(hearing / "journal.jsonl")
    (hearing / "journal.jsonl").unlink()
    seqs: list[int] = []
    with J.HearingJournal(hearing / "journal.jsonl") as jr:
        for rec in old:
            if rec["kind"] == J.MARKER:
                continue
            if rec["kind"] == J.RECORDING_ENDED:
                for frame, data in markers:
                    seqs.append(jr.append(J.MARKER, data, frame)["seq"])
                for index, changes in amendments or []:
                    jr.append(J.MARKER_AMENDED, {"marker": seqs[index], **changes})
            data = rec["data"]
            if rec["kind"] == J.HEARING_OPENED:
                data = {"hearing": {k: v for k, v in info.items() if k != "finished"}}
            jr.append(rec["kind"], data, rec["frame"])
    return hearing


def sealed_with_markers(parent: Path, pki: TestPKI, markers: list[Marker], **kw: Any) -> SealResult:
    hearing = hearing_with_markers(parent / "hearings", markers, **kw)
    return seal_hearing(hearing, signer_for(pki.secretary))
