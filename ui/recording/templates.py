"""Saved courtroom templates: the microphone map and usual roles of one courtroom, as JSON.

A courtroom's microphones do not move between hearings: the judge sits at 1, the prosecutor at 2,
and so on. The secretary saves that map once per courtroom and loads it before each hearing, then
only types the names. Templates are small JSON files in the station's settings folder, one per
courtroom, named by a file-name-safe slug of the courtroom (so any characters the courts use are
safe). Qt-free, so it can be tested and reused without a window.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.hearing.details import ROLES, case_slug, write_json_atomic

TEMPLATE_FORMAT = "zhazba-courtroom/1"


@dataclass
class SeatTemplate:
    role: str
    channel: int | None
    name: str = ""


@dataclass
class CourtroomTemplate:
    courtroom: str
    court: str = ""
    channels: int = 8
    input_key: str = ""
    seats: list[SeatTemplate] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"format": TEMPLATE_FORMAT, **asdict(self)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> CourtroomTemplate:
        seats = [
            SeatTemplate(str(s.get("role", "other")), s.get("channel"), str(s.get("name", "")))
            for s in d.get("seats", [])
            if s.get("role") in ROLES
        ]
        return cls(
            str(d["courtroom"]),
            str(d.get("court", "")),
            int(d.get("channels", 8)),
            str(d.get("input_key", "")),
            seats,
        )


def template_path(folder: Path, courtroom: str) -> Path:
    return folder / f"{case_slug(courtroom) or 'courtroom'}.json"


def save_template(folder: Path, template: CourtroomTemplate) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = template_path(folder, template.courtroom)
    write_json_atomic(path, template.to_json())
    return path


def load_template(folder: Path, courtroom: str) -> CourtroomTemplate | None:
    path = template_path(folder, courtroom)
    try:
        with open(path, encoding="utf-8") as f:
            return CourtroomTemplate.from_json(json.load(f))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_templates(folder: Path) -> list[str]:
    """Courtroom names that have a template, sorted."""
    names = []
    for path in sorted(folder.glob("*.json")):
        try:
            with open(path, encoding="utf-8") as f:
                names.append(str(json.load(f)["courtroom"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(set(names))
