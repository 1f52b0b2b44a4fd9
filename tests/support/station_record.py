"""A hearing made by a test helper (not recorded through a session) put on the station's record
as `zhazba record` puts it there: its opening, then each closed segment's files
(app/evidence/audio_origin.py), which a recording writes while it records."""

from __future__ import annotations

from pathlib import Path

from app.evidence.audio_origin import SEGMENT, _record
from app.evidence.register import record_opening
from signing import journal as J


def opened_as_recorded(station: Path, folder: Path, signed_in: str = "") -> bool:
    """:func:`record_opening`, then the segments the journal holds, as the recording would."""
    if not record_opening(station, folder, signed_in):
        return False
    records = J.read_records(Path(folder) / "journal.jsonl")
    opened = next(r for r in records if r["kind"] == J.HEARING_OPENED)
    hearing = str(opened["data"]["hearing"].get("id") or Path(folder).name)
    named: set[str] = set()
    for r in records:
        if r["kind"] == J.SEGMENT_CLOSED:
            files = {n: m["sha256"] for n, m in r["data"]["files"].items()}
            _record(station, SEGMENT, hearing, r["data"]["segment"], files)
            named |= set(files)
    for r in records:  # a made-up package whose journal names its audio only when sealed
        if r["kind"] == J.SEALED:
            files = {
                n: h for n, h in (r["data"].get("files") or {}).items()
                if n.startswith("audio/") and n.endswith(".flac") and n not in named
            }  # fmt: skip
            if files:
                _record(station, SEGMENT, hearing, 0, files)
    return True
