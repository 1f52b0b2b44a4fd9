"""The hearing's details (what `hearing.json` holds), their validation, and the folder name.

Validation returns every problem with the field it belongs to, so a form can point at each one;
nothing invalid is silently accepted. A case number may hold whatever characters the courts use
(Cyrillic, slashes, numero signs), but the folder name made from it is always safe on every file
system the station writes to (ext4, NTFS, FAT on removable media).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from audio.durable import write_atomically

FORMAT = "zhazba-hearing/1"
INSTANCES = ("first", "appeal", "cassation")
CATEGORIES = ("criminal", "civil", "administrative", "administrative_offence")
ROLES = (
    "judge",
    "presiding_judge",
    "prosecutor",
    "defendant",
    "defence_counsel",
    "victim",
    "plaintiff",
    "respondent",
    "representative",
    "witness",
    "expert",
    "specialist",
    "interpreter",
    "other",
)
EVENTS = (
    "oath",
    "warning_of_liability",
    "exhibit",
    "ruling_announced",
    "ruling_explained",
    "appeal_explained",
    "coercion_measure",
    "hearing_closed_declared",
    "hearing_open_declared",
    "other",
)
CASE_NUMBER_MAX = 64
_CASE_ALLOWED = re.compile(r"^[\w\s\-/\\.,:;№#()\[\]+]+$", re.UNICODE)


@dataclasses.dataclass
class Participant:
    role: str
    name: str
    channel: int | None = None  # 1-based microphone channel

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class FieldProblem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclasses.dataclass
class HearingInfo:
    court: str = ""
    courtroom: str = ""
    instance: str = "first"
    category: str = "civil"
    case_number: str = ""
    date: str = ""  # ISO date
    judge: str = ""
    secretary: str = ""
    closed_hearing: bool = False
    participants: list[Participant] = dataclasses.field(default_factory=list)

    def validate(self, channels: int | None = None) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        for name in ("court", "courtroom", "case_number", "date", "judge", "secretary"):
            if not str(getattr(self, name)).strip():
                problems.append(FieldProblem(name, "must be filled in"))
        if self.instance not in INSTANCES:
            problems.append(FieldProblem("instance", f"must be one of {', '.join(INSTANCES)}"))
        if self.category not in CATEGORIES:
            problems.append(FieldProblem("category", f"must be one of {', '.join(CATEGORIES)}"))
        problems.extend(check_case_number(self.case_number))
        if self.date.strip():
            try:
                dt.date.fromisoformat(self.date)
            except ValueError:
                problems.append(FieldProblem("date", "must be a date like 2026-11-21"))
        used: dict[int, str] = {}
        for i, p in enumerate(self.participants, start=1):
            where = f"participants[{i}]"
            if p.role not in ROLES:
                problems.append(FieldProblem(where, f"unknown role '{p.role}'"))
            if not p.name.strip():
                problems.append(FieldProblem(where, "the participant's name is empty"))
            if p.channel is not None:
                if channels is not None and not 1 <= p.channel <= channels:
                    problems.append(
                        FieldProblem(where, f"microphone {p.channel} does not exist (1–{channels})")
                    )
                elif p.channel in used and p.role != "other":
                    # two people at one microphone is legitimate (e.g. counsel's table); say it
                    pass
                used.setdefault(p.channel, p.name)
        from app.hearing.schema import text_problems  # lengths and characters, shared rules

        problems.extend(text_problems(self))
        return problems

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["participants"] = [p.to_json() for p in self.participants]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> HearingInfo:
        fields = {f.name for f in dataclasses.fields(cls)}
        kw = {k: v for k, v in d.items() if k in fields and k != "participants"}
        parts = [Participant(**p) for p in d.get("participants", [])]
        return cls(**kw, participants=parts)

    def speaker_for_channel(self, channel: int) -> Participant | None:
        for p in self.participants:
            if p.channel == channel:
                return p
        return None


def check_case_number(case_number: str) -> list[FieldProblem]:
    s = case_number.strip()
    if not s:
        return []  # reported as "must be filled in"
    if len(s) > CASE_NUMBER_MAX:
        return [FieldProblem("case_number", f"is longer than {CASE_NUMBER_MAX} characters")]
    if any(unicodedata.category(c).startswith("C") for c in s):
        return [FieldProblem("case_number", "contains control characters")]
    if not _CASE_ALLOWED.match(s):
        bad = sorted({c for c in s if not _CASE_ALLOWED.match(c)})
        return [
            FieldProblem(
                "case_number",
                "contains characters not used in case numbers: " + " ".join(bad),
            )
        ]
    if not any(c.isalnum() for c in s):
        return [FieldProblem("case_number", "must contain letters or digits")]
    return []


def case_slug(case_number: str, limit: int = 40) -> str:
    """A file-name-safe rendering of a case number: ASCII letters/digits/Cyrillic and '-'."""
    s = unicodedata.normalize("NFC", case_number.strip())
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-_")
    s = re.sub(r"-{2,}", "-", s)
    return (s[:limit].rstrip("-") or "case").lower()


def folder_name(info: HearingInfo, started: dt.datetime) -> str:
    return f"{started:%Y-%m-%d}_{case_slug(info.case_number)}_{started:%H%M}"


def unique_folder(root: Path, name: str, taken: Callable[[str], bool] | None = None) -> Path:
    """``root/name``, or with the next free suffix; ``taken`` says which names (hearing ids)
    the station's record has already seen, so an id is never given twice (issue #15)."""
    path = root / name
    n = 2
    while path.exists() or (taken is not None and taken(path.name)):
        path = root / f"{name}-{n}"
        n += 1
    return path


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    """Write JSON by temp file + fsync + rename, so a crash never leaves half a file."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, text.encode("utf-8"))


def load_hearing_json(folder: Path) -> dict[str, Any]:
    with open(folder / "hearing.json", encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data
