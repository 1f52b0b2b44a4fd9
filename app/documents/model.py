"""What the hearing documents say, read from ``hearing.json`` and ``journal.jsonl`` (pure Python).

:func:`load_hearing` turns a hearing folder into a :class:`HearingFacts`: the hearing's details and
participants, when recording started and ended (wall clock and hearing time), every pause with its
reason, every technical failure with its span and channels, the markers with their amendments
applied (each original kept for history), the recording files exactly as the journal names them,
and the seal when there is one. Every document is built from these facts only, so the protocol,
the act and the envelope always agree with the journal. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audio.pcm import file_sha256
from signing import journal as J
from signing.cades import SIGNATURE_FILE
from signing.seal import package_path_for

Rec = dict[str, Any]
MARKER_FIELDS = ("speaker", "role", "note", "event")  # what a marker_amended record may change

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
    end_utc: dt.datetime | None  # None: the hearing ended during the pause
    frame: int | None

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
    detail: str = ""
    upper_bound: bool = False  # seconds is "at most" (a crash: the lost span is only bounded)

    @property
    def act_required(self) -> bool:
        return self.kind in ACT_KINDS


@dataclass(frozen=True)
class Amendment:
    seq: int
    utc: dt.datetime
    changes: dict[str, str]  # field -> new value
    before: dict[str, str]  # field -> value before this amendment


@dataclass
class Marker:
    seq: int
    utc: dt.datetime
    frame: int | None
    type: str  # speech | event
    speaker: str
    role: str
    channel: int | None
    event: str
    note: str
    original: dict[str, str] = field(default_factory=dict)
    amendments: list[Amendment] = field(default_factory=list)


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
    def recorded(self) -> bool:
        return self.started_utc is not None and self.total_frames > 0

    @property
    def act_required(self) -> bool:
        return any(f.act_required for f in self.failures)

    def hearing_seconds(self, frame: int | None) -> float | None:
        return None if frame is None or self.rate <= 0 else frame / self.rate


def parse_utc(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def load_hearing(folder: str | Path) -> HearingFacts:
    """Read a hearing folder; raises :class:`DocumentError` with a plain message on failure."""
    folder = Path(folder)
    package = None
    if (folder / "bagit.txt").is_file() and (folder / "data" / "hearing.json").is_file():
        package, folder = folder, folder / "data"  # a sealed package: its payload is the hearing
    hearing_path, journal_path = folder / "hearing.json", folder / "journal.jsonl"
    if not hearing_path.is_file():
        raise DocumentError(f"{folder} is not a hearing folder: hearing.json is missing.")
    try:
        hearing = json.loads(hearing_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DocumentError(f"cannot read {hearing_path}: {e}") from e
    if not isinstance(hearing, dict):
        raise DocumentError(f"{hearing_path} does not hold a hearing description.")
    if not journal_path.is_file():
        raise DocumentError(f"{folder} has no journal.jsonl: the hearing was never opened.")
    try:
        records = J.read_records(journal_path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DocumentError(f"cannot read the journal {journal_path}: {e}") from e
    report = J.verify_journal(journal_path)
    audio = hearing.get("audio") or {}
    facts = HearingFacts(
        folder=folder,
        hearing=hearing,
        participants=[
            Participant(str(p.get("role", "other")), str(p.get("name", "")), p.get("channel"))
            for p in hearing.get("participants") or []
        ],
        rate=int(audio.get("rate") or 48000),
        channels=int(audio.get("channels") or 0),
        chain_problem="" if report.ok else report.problem,
        package=package,
    )
    _Reader(facts).read(records)
    return facts


class _Reader:
    """Walks the journal once, in order, filling the facts (one ``_on_<kind>`` per record kind)."""

    def __init__(self, facts: HearingFacts) -> None:
        self.f = facts
        self.open_pause: tuple[str, dt.datetime, int | None] | None = None
        self.lost: tuple[dt.datetime, int | None, Rec] | None = None
        self.by_seq: dict[int, Marker] = {}

    def read(self, records: list[Rec]) -> None:
        f = self.f
        last: dt.datetime | None = None
        for rec in records:
            last = parse_utc(rec["utc"])
            handler = getattr(self, f"_on_{rec.get('kind')}", None)
            if handler is not None:
                handler(rec, rec.get("data") or {}, last)
            f.journal_records += 1
            f.journal_head = rec.get("hash", f.journal_head)
        end = f.ended_utc or last
        self._close_pause(None)  # still paused when the journal stops: the pause has no end
        if self.lost is not None and end is not None:
            # Lost and never back: the loss lasts until the recording ended (or the journal does).
            self._lost_until(end, None)
        if not f.recorded:
            when = f.started_utc or f.opened_utc or end or dt.datetime.now(dt.UTC)
            f.failures.append(Failure("not_recorded", when, None, None, None, self._all()))
        f.failures.sort(key=lambda x: x.start_utc)

    def _all(self) -> tuple[int, ...]:
        return tuple(range(1, self.f.channels + 1))

    def _fail(self, kind: str, utc: dt.datetime, frame: int | None, detail: str, **kw: Any) -> None:
        """A failure at one moment (length unknown) on every channel, unless ``kw`` says else."""
        kw.setdefault("channels", self._all())
        self.f.failures.append(
            Failure(
                kind,
                utc,
                kw.pop("end", None),
                kw.pop("seconds", None),
                frame,
                detail=detail,
                **kw,
            )
        )

    def _close_pause(self, end: dt.datetime | None) -> None:
        if self.open_pause is not None:
            reason, start, frame = self.open_pause
            self.f.pauses.append(Pause(reason, start, end, frame))
            self.open_pause = None

    def _on_hearing_opened(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self.f.opened_utc = utc

    def _on_precheck(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if data.get("passed", True):
            return
        failed = [
            str(r.get("message") or r.get("check"))
            for r in data.get("results") or []
            if str(r.get("verdict", "")).lower() not in ("pass", "passed", "ok")
        ]
        detail = "; ".join(failed)
        if data.get("acknowledged"):
            detail = f"{detail} [{data['acknowledged']}]" if detail else str(data["acknowledged"])
        self._fail("precheck", utc, rec.get("frame"), detail, channels=())

    def _on_recording_started(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if self.f.started_utc is None:
            self.f.started_utc = utc
        self.f.rate = int(data.get("rate") or self.f.rate)
        self.f.channels = int(data.get("channels") or self.f.channels)

    def _on_paused(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self.open_pause = (str(data.get("reason", "recess")), utc, rec.get("frame"))

    def _on_resumed(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self._close_pause(utc)

    def _on_segment_closed(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        for name, info in (data.get("files") or {}).items():
            self.f.files.append(
                RecordingFile(
                    name=name,
                    segment=int(data.get("segment", 0)),
                    sha256=str(info.get("sha256", "")),
                    size=int(info.get("bytes", 0)),
                    frames=int(info.get("frames", data.get("frames", 0))),
                    channels=tuple(int(c) for c in info.get("channels") or ()),
                )
            )

    def _on_recording_ended(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self.f.ended_utc = utc
        self.f.total_frames = int(data.get("frames") or rec.get("frame") or 0)
        self._close_pause(utc)  # ended during a pause (an adjournment): the pause ends here

    def _on_device_lost(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if self.lost is None:
            # the last audio before the loss, by the device's own timing, when journaled
            since = data.get("silent_since_utc")
            self.lost = (parse_utc(since) if since else utc, rec.get("frame"), data)

    def _on_device_returned(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if self.lost is not None:
            gap = data.get("gap_seconds")
            back = data.get("returned_utc")
            self._lost_until(
                parse_utc(back) if back else utc, float(gap) if gap is not None else None
            )

    def _lost_until(self, end: dt.datetime, gap: float | None) -> None:
        assert self.lost is not None
        start, frame, data = self.lost
        seconds = gap if gap is not None else (end - start).total_seconds()
        channels = tuple(int(c) for c in data.get("channels") or ()) or self._all()
        # the engine's cause as a code (documents say it in their own language), else its words
        detail = f"loss_causes:{data['code']}" if data.get("code") else str(data.get("detail", ""))
        self._fail(
            "device_lost",
            start,
            frame,
            detail,
            end=end,
            seconds=seconds,
            channels=channels,
        )
        self.lost = None

    def _on_dropout(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        """Audio that never came while the device kept delivering (the server dropped it)."""
        missing = data.get("missing_seconds")
        seconds = float(missing) if missing is not None else None
        start = utc - dt.timedelta(seconds=seconds) if seconds is not None else utc
        self._fail("dropout", start, rec.get("frame"), "", end=utc, seconds=seconds)

    def _on_overflow(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        detail = f"{data.get('count', '?')}/{data.get('total', '?')}"
        self._fail("overflow", utc, rec.get("frame"), detail)

    def _on_error(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self._fail("error", utc, rec.get("frame"), str(data.get("detail", "")))

    def _on_interrupted(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        start = parse_utc(data["last_record_utc"]) if data.get("last_record_utc") else utc
        lost = data.get("lost_seconds_max")
        seconds = float(lost) if lost is not None else None
        end = start + dt.timedelta(seconds=seconds) if seconds is not None else None
        self._fail(
            "interrupted",
            start,
            rec.get("frame"),
            f"segment {data.get('segment', '?')}",
            end=end,
            seconds=seconds,
            upper_bound=True,
        )

    def _on_alarm(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if data.get("alarm") == "silent" and data.get("channel") is not None:
            self._fail(
                "silent",
                utc,
                rec.get("frame"),
                str(data.get("message", "")),
                channels=(int(data["channel"]),),
            )

    def _on_marker(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        values = {k: str(data.get(k) or "") for k in MARKER_FIELDS}
        marker = Marker(
            seq=int(rec["seq"]),
            utc=utc,
            frame=rec.get("frame"),
            type=str(data.get("type", "speech")),
            speaker=values["speaker"],
            role=values["role"],
            channel=data.get("channel"),
            event=values["event"],
            note=values["note"],
            original=dict(values),
        )
        self.by_seq[marker.seq] = marker
        self.f.markers.append(marker)

    def _on_marker_amended(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        marker = self.by_seq.get(int(data.get("marker", -1)))
        if marker is None:
            return  # points at no marker: the verifier reports it; the documents ignore it
        changes = {k: str(data[k]) for k in MARKER_FIELDS if k in data}
        before = {k: str(getattr(marker, k)) for k in changes}
        for k, v in changes.items():
            setattr(marker, k, v)
        marker.amendments.append(Amendment(int(rec["seq"]), utc, changes, before))

    def _on_sealed(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        f = self.f
        if data.get("package") and f.package is None:
            f.package = f.folder.with_name(str(data["package"]))
        signature = f.package_path / SIGNATURE_FILE
        sig_sha = file_sha256(signature) if signature.is_file() else None
        f.seal = Seal(
            utc,
            str(data.get("signer", "")),
            str(rec.get("hash", "")),
            str(data.get("certificate_sha256", "")),
            sig_sha,
            str(signature) if sig_sha else None,
        )
