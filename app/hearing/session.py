"""A hearing being recorded: its folder, `hearing.json`, journal and recording engine, wired.

:class:`HearingSession` is what the secretary's window and the headless `zhazba record` both
drive: create the hearing, run the pre-hearing check, start, put markers, pause with a reason,
resume, end. Every one of those is a journal record; there is no way to stop the recording that
is not journaled. Alarms raised by the engine (device lost, overflow, silence on a participant's
microphone, disk errors) are journaled here and queued for whoever shows them.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.evidence.audio_origin import journaled, watched_key
from app.hearing import court_time
from app.hearing.details import (
    EVENTS,
    FORMAT,
    HearingInfo,
    folder_name,
    load_hearing_json,
    unique_folder,
    write_json_atomic,
)
from audio.engine import RecordingEngine
from audio.engine_types import Alarm, EngineConfig, EngineState
from audio.pcm import channel_groups
from audio.sources import InputSource
from signing import journal as J


class SessionError(Exception):
    """A hearing cannot be created or driven; the message says what to do."""


class JournalSink:
    """Adapts the engine's event sink to the hearing journal."""

    def __init__(self, journal: J.HearingJournal) -> None:
        self.journal = journal
        self._origin = watched_key(journal.path.parent)  # the station's record of the audio

    def emit(self, kind: str, data: dict[str, Any], frame: int | None) -> None:
        self.journal.append(kind, data, frame)
        journaled(self._origin, [(kind, data, frame)])

    def emit_many(self, events: list[tuple[str, dict[str, Any], int | None]]) -> None:
        self.journal.append_many([(k, d, f) for k, d, f in events])
        journaled(self._origin, events)


class HearingSession:
    """One hearing from creation to end. Create with :meth:`create`."""

    def __init__(
        self, folder: Path, info: HearingInfo, journal: J.HearingJournal, audio: dict[str, Any]
    ) -> None:
        self.folder = folder
        self.info = info
        self.journal = journal
        self.audio = audio
        self.engine: RecordingEngine | None = None
        self.alarms: collections.deque[Alarm] = collections.deque(maxlen=1000)
        self._alarm_lock = threading.Lock()
        self.started_utc: str | None = None
        self.date_differs: str | None = None  # today's court date, when the card says another
        # started with the engine, stopped after the end (live anchors: app/anchoring/wiring.py)
        self.companions: list[Any] = []

    # ------------------------------------------------------------------ creation
    @classmethod
    def create(
        cls,
        root: Path,
        info: HearingInfo,
        *,
        channels: int,
        rate: int,
        bits: int,
        source_name: str,
        segment_seconds: float = 600.0,
        now: dt.datetime | None = None,
        time_zone: str | None = None,
        simulated: bool = False,
        taken: Callable[[str], bool] | None = None,
    ) -> HearingSession:
        problems = info.validate(channels)
        if problems:
            raise SessionError(
                "the hearing details are not complete: " + "; ".join(str(p) for p in problems)
            )
        # the court's zone (station settings), never the PC's: folder names and documents agree
        time_zone = time_zone or court_time.zone_name()
        now = (now or dt.datetime.now(dt.UTC)).astimezone(court_time.zone(time_zone))
        root = Path(root)
        folder = _new_folder(root, info, now, taken)
        audio = _audio_settings(channels, rate, bits, source_name, segment_seconds, simulated)
        data = {
            "format": FORMAT,
            "id": folder.name,
            **info.to_json(),
            "audio": audio,
            "created_utc": J.utc_now(),
            "time_zone": time_zone,
            "finished": False,
        }
        journal = _open_journal(root, folder, data)
        session = cls(folder, info, journal, audio)
        # the hearing card's date against today's court date: a wrong date is said at once
        session.date_differs = court_time.date_differs(info.date, now, time_zone)
        return session

    # ------------------------------------------------------------------ recording
    def record_precheck(
        self, passed: bool, results: list[dict[str, Any]], acknowledged: str | None = None
    ) -> None:
        """Rules p. 8: the equipment check's result (and a failure's acknowledgement)."""
        if not passed and not (acknowledged or "").strip():
            raise SessionError(
                "the equipment check failed; recording can start only after the failure is "
                "acknowledged with a reason"
            )
        self.journal.append(
            J.PRECHECK, {"passed": passed, "results": results, "acknowledged": acknowledged}
        )

    def start(self, source: InputSource, config: EngineConfig | None = None) -> None:
        if self.engine is not None:
            raise SessionError("recording has started already")
        if (source.channels, source.rate, source.bits) != (
            self.audio["channels"],
            self.audio["rate"],
            self.audio["bits"],
        ):
            raise SessionError("the source does not match the hearing's audio settings")
        cfg = config or EngineConfig(segment_seconds=self.audio["segment_seconds"])
        self.engine = RecordingEngine(
            source, self.folder, JournalSink(self.journal), cfg, on_alarm=self._on_alarm
        )
        try:
            self.engine.start()
        except Exception as e:
            # The engine journaled the error and closed the empty segment; close the hearing so
            # the folder is not left half-written: its journal says why nothing was recorded.
            self._mark_finished()
            raise SessionError(
                f"{e}. Nothing was recorded; the hearing folder {self.folder} records the failed "
                "start."
            ) from e
        self.started_utc = J.utc_now()
        for companion in self.companions:
            companion.start()

    def _require_engine(self) -> RecordingEngine:
        if self.engine is None:
            raise SessionError("recording has not started")
        return self.engine

    def pause(self, reason: str) -> None:
        engine = self._require_engine()
        if reason not in J.PAUSE_REASONS:
            raise SessionError(
                "recording may be paused only for an adjournment, a recess or the court's "
                "deliberation (Rules p. 6)"
            )
        engine.pause(reason)

    def resume(self) -> None:
        self._require_engine().resume()

    def end(self) -> None:
        """End the hearing: every queued block is written, the last segment closed."""
        engine = self._require_engine()
        engine.stop()
        if engine.state is EngineState.FAILED:
            # The segment could not be closed (a full or lost drive): the hearing stays
            # unfinished so that `zhazba recover` salvages the audio and closes it properly.
            self.journal.close()
            self._stop_companions()
            return
        self._mark_finished()
        self._stop_companions()

    def _stop_companions(self) -> None:
        for companion in self.companions:
            companion.stop()

    def finish_without_recording(self) -> None:
        """Close a hearing that was never recorded (its journal says why:
        app.hearing.not_recorded)."""
        self._mark_finished()

    def _mark_finished(self) -> None:
        data = load_hearing_json(self.folder)
        data["finished"] = True
        write_json_atomic(self.folder / "hearing.json", data)
        self.journal.close()

    @property
    def state(self) -> EngineState:
        return self.engine.state if self.engine else EngineState.IDLE

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the engine ends by itself (a finite source, --seconds, or a failure)."""
        engine = self._require_engine()
        deadline = None if timeout is None else time.monotonic() + timeout
        # a simulated source running as fast as it can finishes at any moment: look often; while
        # capturing in real time, a slower poll costs the station less CPU
        poll = 0.25 if engine.source.realtime else 0.05
        while True:
            step = poll if deadline is None else max(0.0, min(poll, deadline - time.monotonic()))
            if engine.ended.wait(step):
                return True
            if engine.source.finished and engine.queued_blocks == 0:
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False

    # ------------------------------------------------------------------ markers
    def add_marker(
        self,
        speaker: str,
        *,
        role: str = "",
        channel: int | None = None,
        event: str = "",
        note: str = "",
        frame: int | None = None,
        suggested: bool = False,
        placement: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A speaker or event marker, stamped with the hearing frame at this moment (p. 12).

        ``placement`` says how ``frame`` was found (RecordingEngine.marker_frame); without a
        frame, the marker goes on the sound at the microphones now. ``suggested``: the
        secretary accepted a marker the station suggested from the microphones
        (ui/recording/speaker_help.py); the record says so.
        """
        if event and event not in EVENTS:
            raise SessionError(f"unknown event '{event}'")
        if frame is None:
            frame, placement = self.engine.marker_frame() if self.engine else (0, None)
        data: dict[str, Any] = {
            "id": uuid.uuid4().hex[:12],
            "type": "event" if event else "speech",
            "speaker": speaker,
            "role": role,
            "channel": channel,
            "event": event,
            "note": note,
        }
        if suggested:
            data["suggested"] = True
        if placement is not None:
            data["placement"] = placement
        return self.journal.append(J.MARKER, data, frame)

    def amend_marker(self, marker_seq: int, **changes: Any) -> dict[str, Any]:
        """Correct a marker by appending an amendment; the original record stays (p. 19)."""
        allowed = {"speaker", "role", "note", "event"}
        bad = set(changes) - allowed
        if bad:
            raise SessionError(f"a marker's {', '.join(sorted(bad))} cannot be changed")
        frame = self.engine.current_frame() if self.engine else None
        return self.journal.append(J.MARKER_AMENDED, {"marker": marker_seq, **changes}, frame)

    # ------------------------------------------------------------------ alarms
    def _on_alarm(self, alarm: Alarm) -> None:
        """Engine threads: journal the alarm (Rules p. 9) and queue it for the display."""
        if alarm.kind == "silent":
            who = self.info.speaker_for_channel(alarm.channel or 0)
            if who is None:
                return  # nobody sits at that microphone: silence there is normal
        if alarm.kind in (
            "device_lost",
            "device_changed",
            "overflow",
            "dropout",
            "backlog",
            "silent",
            "clock_jump",
            "error",
            "mirror_lost",
        ):
            self.journal_alarm(alarm)
        with self._alarm_lock:
            self.alarms.append(alarm)

    def raise_alarm(self, alarm: Alarm) -> None:
        """An alarm from outside the engine (a lost mirror): journaled and shown like its own."""
        self._on_alarm(alarm)

    def journal_alarm(self, alarm: Alarm) -> None:
        """Journal an alarm (Rules p. 9), the engine's or one the window raises (disk space).
        If the drive itself failed the record cannot be written; the alarm is still shown."""
        with contextlib.suppress(J.JournalError):
            self.journal.append(
                J.ALARM,
                {"alarm": alarm.kind, "message": alarm.message, "channel": alarm.channel},
                alarm.frame,
            )

    def acknowledge_alarm(self, alarm: Alarm, by: str) -> None:
        self.journal.append(
            J.ALARM_ACKNOWLEDGED,
            {"alarm": alarm.kind, "message": alarm.message, "channel": alarm.channel, "by": by},
            self.engine.current_frame() if self.engine else None,
        )

    def take_alarms(self) -> list[Alarm]:
        with self._alarm_lock:
            out = list(self.alarms)
            self.alarms.clear()
        return out


def _audio_settings(
    channels: int, rate: int, bits: int, source: str, segment_seconds: float, simulated: bool
) -> dict[str, Any]:
    """The recording's settings as ``hearing.json`` keeps them (with the channel groups)."""
    audio: dict[str, Any] = {
        "rate": rate,
        "channels": channels,
        "bits": bits,
        "segment_seconds": segment_seconds,
        "groups": [list(g) for g in channel_groups(channels)],
        "source": source,
    }
    if simulated:  # app/hearing/simulated.py: never evidence, marked from the first record
        from app.hearing.simulated import MARK

        audio.update(simulated=True, notice=MARK)
    return audio


def _open_journal(root: Path, folder: Path, data: dict[str, Any]) -> J.HearingJournal:
    """Write ``hearing.json`` and open the journal with its first record, ``hearing_opened``;
    on failure the half-made folder goes and a :class:`SessionError` says what to do."""
    try:
        write_json_atomic(folder / "hearing.json", data)
        journal = J.HearingJournal(folder / "journal.jsonl")
        journal.append(
            J.HEARING_OPENED, {"hearing": {k: v for k, v in data.items() if k != "finished"}}
        )
    except (OSError, J.JournalError) as e:
        # Nothing was recorded: remove the folder just made rather than leave half of it.
        shutil.rmtree(folder, ignore_errors=True)
        raise SessionError(
            f"cannot create the hearing in {root}: {getattr(e, 'strerror', None) or e}. "
            "Choose a writable recording folder with free space (settings) or ask the "
            "technician."
        ) from e
    return journal


def _new_folder(
    root: Path, info: HearingInfo, now: dt.datetime, taken: Callable[[str], bool] | None = None
) -> Path:
    """The hearing's own folder (with audio/), readable by the station's account and group only."""
    try:
        if not root.exists():  # a hearings folder Zhazba makes is the station's too (0750)
            root.mkdir(parents=True, mode=0o750)
            os.chmod(root, 0o750)
        folder = unique_folder(root, folder_name(info, now), taken)
        folder.mkdir()
        os.chmod(folder, 0o750)  # the station's account and its group only (issue #16)
        (folder / "audio").mkdir()
    except OSError as e:
        raise SessionError(
            f"cannot create the hearing folder in {root}: {e.strerror}. Choose a writable "
            "recording folder (settings) or ask the technician."
        ) from e
    return folder
