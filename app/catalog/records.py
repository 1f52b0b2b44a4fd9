"""What the catalog knows of a hearing: its row, its participants, and the states it goes through.

A hearing advances through :data:`STATES` (recording → ended → sealed → exported → uploaded) and
never goes back (:func:`state_rank`); each state past recording has its time stamped. Names and
case numbers are searched by :func:`fold` (case-folded, Cyrillic too, spaces gone). The SQLite
file itself is :mod:`app.catalog.store`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATES = ("recording", "ended", "sealed", "exported", "uploaded")
STATE_RANK = {s: i for i, s in enumerate(STATES)}
STATE_TIMESTAMP = {
    "ended": "ended_utc",
    "sealed": "sealed_utc",
    "exported": "exported_utc",
    "uploaded": "uploaded_utc",
}


def utc_now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def fold(text: str) -> str:
    """Search key: case-folded (Cyrillic too, which SQLite's lower() does not do), spaces gone."""
    return "".join(text.casefold().split())


def state_rank(state: str) -> int:
    return STATE_RANK[state]


@dataclass
class Participant:
    name: str
    role: str = "other"
    channel: int | None = None


@dataclass
class HearingRecord:
    """One row of the hearings table (plus its participants)."""

    id: str
    folder: str
    case_number: str = ""
    date: str = ""
    courtroom: str = ""
    court: str = ""
    category: str = ""
    instance: str = ""
    closed_hearing: bool = False
    judge: str = ""
    secretary: str = ""
    participants: list[Participant] = field(default_factory=list)
    state: str = "recording"
    package: str | None = None
    created_utc: str | None = None
    updated_utc: str | None = None
    ended_utc: str | None = None
    sealed_utc: str | None = None
    exported_utc: str | None = None
    uploaded_utc: str | None = None

    @classmethod
    def from_hearing_json(
        cls, doc: dict[str, Any], folder: str | Path, state: str = "recording"
    ) -> HearingRecord:
        """A record from a ``hearing.json`` document (docs/FORMATS.md)."""
        participants = [
            Participant(str(p.get("name", "")), str(p.get("role", "other")), p.get("channel"))
            for p in doc.get("participants") or []
            if isinstance(p, dict) and p.get("name")
        ]
        folder = Path(folder)
        return cls(
            id=str(doc.get("id") or folder.name),
            folder=str(folder),
            case_number=str(doc.get("case_number", "")),
            date=str(doc.get("date", "")),
            courtroom=str(doc.get("courtroom", "")),
            court=str(doc.get("court", "")),
            category=str(doc.get("category", "")),
            instance=str(doc.get("instance", "")),
            closed_hearing=bool(doc.get("closed_hearing", False)),
            judge=str(doc.get("judge", "")),
            secretary=str(doc.get("secretary", "")),
            participants=participants,
            state=state,
            created_utc=doc.get("created_utc"),
        )


HEARING_COLUMNS = (
    "id", "folder", "case_number", "date", "courtroom", "court", "category", "instance",
    "closed_hearing", "judge", "secretary", "state", "package", "created_utc", "updated_utc",
    "ended_utc", "sealed_utc", "exported_utc", "uploaded_utc",
)  # fmt: skip
