"""Reading a hearing folder's ``hearing.json`` and journal into :class:`~.model.HearingFacts`.

:func:`load_hearing` is the one reader every document uses; :class:`_Reader` walks the journal
once, in order, one ``_on_<kind>`` handler per record kind, turning records into times, pauses,
failures (their engine details classified into text keys, :mod:`.details`), markers with their
amendments, recording files and the seal. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.documents.details import classify
from app.documents.model import (
    DocumentError,
    Failure,
    HearingFacts,
    Participant,
    Pause,
    Rec,
    RecordingFile,
    Seal,
)
from app.hearing.markers import fold, parse_utc
from audio.pcm import file_sha256
from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J
from signing.cades import SIGNATURE_FILE


def load_hearing(folder: str | Path) -> HearingFacts:
    """Read a hearing folder; raises :class:`DocumentError` with a plain message on failure."""
    folder = Path(folder)
    package = None
    if (folder / "bagit.txt").is_file() and (folder / "data" / "hearing.json").is_file():
        package, folder = folder, folder / "data"  # a sealed package: its payload is the hearing
    hearing_path, journal_path = folder / "hearing.json", folder / "journal.jsonl"
    if not hearing_path.is_file():
        raise DocumentError(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "{folder} is not a hearing folder: hearing.json is missing."
                ),
                folder=folder,
            )
        )
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
    facts.markers = fold(records)
    return facts


class _Reader:
    """Walks the journal once, in order, filling the facts (one ``_on_<kind>`` per record kind)."""

    def __init__(self, facts: HearingFacts) -> None:
        self.f = facts
        self.open_pause: tuple[str, dt.datetime, int | None] | None = None
        self.lost: tuple[dt.datetime, int | None, Rec] | None = None
        self.lost_in_pause = False  # nothing was being recorded when the device went

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
        if not f.recorded and f.not_recorded_ground in ("", "technical"):
            when = f.started_utc or f.opened_utc or end or dt.datetime.now(dt.UTC)
            f.failures.append(Failure("not_recorded", when, None, None, None, self._all()))
        f.failures.sort(key=lambda x: x.start_utc)

    def _all(self) -> tuple[int, ...]:
        return tuple(range(1, self.f.channels + 1))

    def _fail(self, kind: str, utc: dt.datetime, frame: int | None, detail: str, **kw: Any) -> None:
        """A failure at one moment (length unknown) on every channel, unless ``kw`` says else."""
        kw.setdefault("channels", self._all())
        if "code" not in kw:
            kw["code"], kw["values"] = classify(kind, detail, kw.pop("data", None))
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

    def _close_pause(self, end: dt.datetime | None, *, until_end: bool = False) -> None:
        if self.open_pause is not None:
            reason, start, frame = self.open_pause
            self.f.pauses.append(Pause(reason, start, end, frame, until_end or end is None))
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
        ack = str(data.get("acknowledged") or "")
        code, values = classify("precheck", ack)
        if code != "as_is":
            code, values = "precheck_failed", ()
        self._fail("precheck", utc, rec.get("frame"), detail, channels=(), code=code, values=values)

    def _on_recording_started(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if self.f.started_utc is None:
            self.f.started_utc = utc
        self.f.rate = int(data.get("rate") or self.f.rate)
        self.f.channels = int(data.get("channels") or self.f.channels)

    def _on_paused(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self.open_pause = (str(data.get("reason", "recess")), utc, rec.get("frame"))

    def _on_resumed(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self._close_pause(utc)
        if self.lost is not None and self.lost_in_pause:
            # lost during the pause and not back yet: recording fails from the resumption on
            _, _, data_lost = self.lost
            moved = {**data_lost, "silent_since_utc": None, "from_resume": True}
            self.lost = (utc, rec.get("frame"), moved)
            self.lost_in_pause = False

    def _on_segment_closed(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        for name, info in (data.get("files") or {}).items():
            if not int(info.get("frames", data.get("frames", 0)) or 0):
                continue  # an empty file (a start that failed) holds no recording
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
        self._close_pause(utc, until_end=True)  # never resumed: it lasted to the end

    def _on_not_recorded(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        self.f.not_recorded_ground = str(data.get("ground") or "")
        self.f.not_recorded_note = str(data.get("note") or "")

    def _on_judge_informed(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        """The secretary confirmed that the judge was told (app/judge_informed.py): when the
        judge was told, which may be before the record was made."""
        if self.f.judge_informed_utc is None:
            told = data.get("at_utc")
            self.f.judge_informed_utc = parse_utc(str(told)) if told else utc

    def _on_device_lost(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if self.lost is None:
            self.lost_in_pause = self.open_pause is not None
            # the last audio before the loss, by the device's own timing, when journaled
            since = data.get("silent_since_utc")
            self.lost = (parse_utc(since) if since else utc, rec.get("frame"), data)

    def _on_device_returned(self, rec: Rec, data: Rec, utc: dt.datetime) -> None:
        if self.lost is not None and self.lost_in_pause:
            self.lost, self.lost_in_pause = None, False  # gone and back within a pause
            return
        if self.lost is not None:
            # a loss that began in a pause counts from the resumption, not the journaled gap
            gap = None if self.lost[2].get("from_resume") else data.get("gap_seconds")
            back = data.get("returned_utc")  # the first audio after it, likewise
            self._lost_until(
                parse_utc(back) if back else utc, float(gap) if gap is not None else None
            )

    def _lost_until(self, end: dt.datetime, gap: float | None) -> None:
        assert self.lost is not None
        start, frame, data = self.lost
        if gap is not None and data.get("silent_since_utc"):
            seconds = gap  # the engine timed the silence by the device itself (#13)
        else:
            # The journal's interval, from the loss to the return: PulseAudio may move the stream
            # to another input without a gap in the audio, so the missing audio (gap) can be
            # shorter; the watchdog sees a loss only after a silence, so it can be longer.
            seconds = max((end - start).total_seconds(), gap or 0.0)
        channels = tuple(int(c) for c in data.get("channels") or ()) or self._all()
        self._fail(
            "device_lost",
            start,
            frame,
            str(data.get("detail", "")),
            end=end,
            seconds=seconds,
            channels=channels,
            data=data,
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
        self._fail("error", utc, rec.get("frame"), str(data.get("detail", "")), data=data)

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
