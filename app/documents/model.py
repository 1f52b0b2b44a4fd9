"""What the hearing documents say, read from ``hearing.json`` and ``journal.jsonl`` (pure Python).

:func:`load_hearing` (:mod:`.reading`) turns a hearing folder into a :class:`HearingFacts`: the
hearing's details and
participants, when recording started and ended (wall clock and hearing time), every pause with its
reason, every technical failure with its span and channels, the markers with their amendments
applied (each original kept for history), the recording files exactly as the journal names them,
and the seal when there is one. Every document is built from these facts only, so the protocol,
the act and the envelope always agree with the journal. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.hearing.markers import Marker
from app.hearing.markers import parse_utc as parse_utc  # the documents read times with it
from signing import journal as J
from signing.seal import package_path_for

Rec = dict[str, Any]

# Failure kinds that mean recording was impossible or did not happen (Rules p. 17): an act is due.
ACT_KINDS = ("device_lost", "dropout", "overflow", "error", "interrupted", "not_recorded")


class DocumentError(Exception):
    """The documents cannot be made from this folder; the message says why and what to do."""


@dataclass(frozen=True)
class Participant:
    role: str
    name: str
    channel: int | None


@dataclass(frozen=True)
class Pause:
    reason: str  # adjournment | recess | deliberation
    start_utc: dt.datetime
    end_utc: dt.datetime | None  # when recording resumed, or the hearing ended during the pause
    frame: int | None
    until_end: bool = False  # never resumed: the pause lasted until the end of the hearing

    @property
    def seconds(self) -> float | None:
        return None if self.end_utc is None else (self.end_utc - self.start_utc).total_seconds()


@dataclass(frozen=True)
class Failure:
    """One technical failure from the journal; ``seconds`` is None when its length is unknown."""

    kind: str  # device_lost | overflow | error | interrupted | not_recorded | precheck | silent
    start_utc: dt.datetime
    end_utc: dt.datetime | None
    seconds: float | None
    frame: int | None
    channels: tuple[int, ...]
    detail: str = ""  # the engine's own words (English); documents show :attr:`code` instead
    upper_bound: bool = False  # seconds is "at most" (a crash: the lost span is only bounded)
    code: str = ""  # what the detail says, as a key of the documents' texts (common.details)
    values: tuple[tuple[str, str], ...] = ()  # the numbers that text needs (seconds, segment…)

    @property
    def act_required(self) -> bool:
        return self.kind in ACT_KINDS


@dataclass(frozen=True)
class RecordingFile:
    name: str  # exactly as stored, relative to the hearing folder (audio/0001.flac)
    segment: int
    sha256: str
    size: int
    frames: int
    channels: tuple[int, ...]


@dataclass(frozen=True)
class Seal:
    utc: dt.datetime
    signer: str
    record_hash: str  # hash of the journal's `sealed` record: the chain's final link
    certificate_sha256: str  # the signer's certificate, as the sealed record names it
    signature_sha256: str | None  # SHA-256 of the detached signature file, when found
    signature_path: str | None


@dataclass
class HearingFacts:
    folder: Path
    hearing: dict[str, Any]
    participants: list[Participant]
    rate: int
    channels: int
    opened_utc: dt.datetime | None = None
    started_utc: dt.datetime | None = None
    ended_utc: dt.datetime | None = None
    total_frames: int = 0
    pauses: list[Pause] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    files: list[RecordingFile] = field(default_factory=list)
    seal: Seal | None = None
    package: Path | None = None  # the sealed package, when the folder was read from one
    journal_head: str = J.GENESIS
    journal_records: int = 0
    chain_problem: str = ""
    judge_informed_utc: dt.datetime | None = None  # a `judge_informed` record (Rules p. 9)
    not_recorded_ground: str = ""  # a `not_recorded` record: p. 3 (1)-(3) ground code
    not_recorded_note: str = ""

    def get(self, key: str) -> str:
        value = self.hearing.get(key)
        return "" if value is None else str(value)

    @property
    def instance(self) -> str:
        return self.get("instance") or "first"

    @property
    def package_path(self) -> Path:
        return self.package or package_path_for(self.folder)

    @property
    def package_name(self) -> str:
        """The sealed package's name: the one signing.seal gives it (``<folder>.sealed``)."""
        return self.package_path.name

    @property
    def package_exists(self) -> bool:
        """The sealed package is there: read from it, or sealed and beside the folder. Until
        then documents name the hearing folder, never a package that does not exist."""
        return self.package is not None or (self.seal is not None and self.package_path.is_dir())

    @property
    def recording_name(self) -> str:
        """What holds the recording, as it exists now: the package, else the hearing folder."""
        return self.package_name if self.package_exists else self.folder.name

    @property
    def recorded(self) -> bool:
        return self.started_utc is not None and self.total_frames > 0

    @property
    def act_required(self) -> bool:
        return any(f.act_required for f in self.failures)

    @property
    def act_made(self) -> bool:
        """An act of failure was written for this hearing (it sits beside the protocol)."""
        folders = [self.folder / "protocol"]
        base = self.package_path.name.removesuffix(".sealed")
        folders.append(self.package_path.with_name(f"{base}.documents"))
        return any(any(d.glob("act-*.*")) for d in folders if d.is_dir())

    @property
    def continued_after_failure(self) -> bool:
        """Recording went on after a failure (the hearing continued, Rules p. 10): a device that
        came back, or fragments lost to an overflow, before the recording's end. A crash or an
        error ends the recording: the journal does not show it going on."""
        end = self.ended_utc
        return (
            self.recorded
            and end is not None
            and any(
                f.kind in ("device_lost", "overflow") and (f.end_utc or f.start_utc) < end
                for f in self.failures
            )
        )

    def hearing_seconds(self, frame: int | None) -> float | None:
        return None if frame is None or self.rate <= 0 else frame / self.rate


from app.documents.reading import load_hearing  # noqa: E402 - the reader needs the classes above

__all__ = ["load_hearing"]
