"""Markers and their amendments, folded from the journal: the one model every reader shares.

A ``marker`` record puts a marker at a frame; a ``marker_amended`` record (Rules p. 19) changes
some of its fields (speaker, role, event, note) and points at the marker by its ``seq``. Nothing
is ever rewritten in the journal: :func:`fold` applies the amendments in journal order on top of
each marker and keeps the original values and every amendment (with the values it replaced) for
the history. The review, the documents and the recording window's marker list all read markers
through here. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from signing import journal as J

FIELDS = ("speaker", "role", "event", "note")  # what a marker_amended record may change


def parse_utc(text: str) -> dt.datetime:
    """The journal's ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` as an aware datetime."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Amendment:
    """One correction of a marker, as the journal holds it."""

    seq: int
    utc: str  # the journal's stamp
    changes: dict[str, str]  # field -> new value
    before: dict[str, str]  # field -> value before this amendment
    marker: int = -1  # the seq of the marker it corrects

    @property
    def when(self) -> dt.datetime:
        return parse_utc(self.utc)


@dataclass
class Marker:
    """A marker with every amendment applied; ``original`` and ``amendments`` keep what it was."""

    seq: int
    frame: int  # the hearing frame it marks
    utc: str
    id: str = ""
    type: str = "speech"  # speech | event
    speaker: str = ""
    role: str = ""
    channel: int | None = None
    event: str = ""
    note: str = ""
    original: dict[str, str] = field(default_factory=dict)
    amendments: list[Amendment] = field(default_factory=list)
    suggested: bool = False  # put by the secretary on the station's suggestion (microphones)
    placed: bool = True  # the record gives its frame (only a damaged journal's may not: frame 0)

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Marker:
        """The marker a journal ``marker`` record puts, before any amendment."""
        d = rec["data"]
        values = {k: _text(d.get(k)) for k in FIELDS}
        return cls(
            seq=int(rec["seq"]),
            frame=int(rec.get("frame") or 0),
            utc=str(rec["utc"]),
            id=str(d.get("id", "")),
            type=str(d.get("type") or "speech"),
            speaker=values["speaker"],
            role=values["role"],
            channel=d.get("channel"),
            event=values["event"],
            note=values["note"],
            original=values,
            suggested=bool(d.get("suggested")),
            placed=rec.get("frame") is not None,
        )

    def amend(self, rec: dict[str, Any]) -> Amendment:
        """Apply a ``marker_amended`` record (an event named makes the marker an event)."""
        d = rec["data"]
        changes = {k: _text(d[k]) for k in FIELDS if k in d}
        before = {k: str(getattr(self, k)) for k in changes}
        for k, v in changes.items():
            setattr(self, k, v)
        if changes.get("event"):
            self.type = "event"
        amendment = Amendment(int(rec["seq"]), str(rec["utc"]), changes, before, self.seq)
        self.amendments.append(amendment)
        return amendment

    @property
    def amended(self) -> bool:
        return bool(self.amendments)

    @property
    def history(self) -> list[Amendment]:
        return self.amendments

    @property
    def when(self) -> dt.datetime:
        return parse_utc(self.utc)

    def current(self) -> dict[str, str]:
        """The fields an amendment may change, as they are now."""
        return {k: str(getattr(self, k)) for k in FIELDS}


def fold(records: Iterable[dict[str, Any]]) -> list[Marker]:
    """The markers of a journal, in journal order, with their amendments applied (one pointing
    at no marker is left out: the verifier reports it)."""
    by_seq: dict[int, Marker] = {}
    for r in records:
        if r["kind"] == J.MARKER:
            m = Marker.from_record(r)
            by_seq[m.seq] = m
        elif r["kind"] == J.MARKER_AMENDED:
            target = by_seq.get(int(r["data"].get("marker", -1)))
            if target is not None:
                target.amend(r)
    return list(by_seq.values())


def _text(value: Any) -> str:
    return "" if value is None else str(value)
