"""The recording view model: polls the hearing session and its engine, emits only what changed.

A :class:`RecordingViewModel` is a QObject with one QTimer (~30 Hz). Each tick it reads the
engine's state, hearing frame and the meter's latest :class:`MeterSnapshot` (an immutable object
published by the writer thread with one reference assignment, so reading it takes no lock), takes
queued alarms from the session, and every few seconds checks the free disk space against two
hours of recording. It emits a signal only when the value it carries has changed, so an idle
window does no painting. Actions (start, pause with a reason, resume, end, markers, alarm
acknowledgement, clip reset) are thin pass-throughs to :class:`app.hearing.session.HearingSession`,
which journals every one of them; widgets never touch the engine, sounddevice or files.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QObject, QTimer, Signal

from app.documents.render_pdf import prepare as prepare_documents
from app.hearing.live import Alarm, EngineState, JournalError, MeterSnapshot
from app.hearing.session import HearingSession, SessionError
from ui.widgets.background import BackgroundCall

DISK_LOW_SECONDS = 2 * 3600
FLAC_MIN_RATIO = 0.5  # FLAC of room sound rarely beats 2:1; below that we trust the measurement


def recording_bytes_per_second(session: HearingSession, frames: int, written: int) -> float:
    """Bytes the recording adds per second: measured once 10 s are on disk, else raw PCM."""
    a = session.audio
    pcm = a["rate"] * a["channels"] * (a["bits"] // 8)
    seconds = frames / a["rate"]
    if seconds >= 10 and written > 0:
        return max(written / seconds, FLAC_MIN_RATIO * pcm)
    return float(pcm)


def audio_bytes(session: HearingSession) -> int:
    total = 0
    for p in (session.folder / "audio").glob("*.flac"):
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


class RecordingViewModel(QObject):
    """Polls one :class:`HearingSession`; see the module docstring."""

    stateChanged = Signal(str)  # EngineState value
    clockChanged = Signal(int, str)  # hearing seconds, wall time text (changes once a second)
    meterChanged = Signal(object)  # MeterSnapshot
    alarmRaised = Signal(object)  # Alarm
    markerAdded = Signal(dict)  # the journal record
    markerAmended = Signal(dict)
    precheckRecorded = Signal()
    finishing = Signal()  # the hearing is being ended and sealed on a worker thread
    finished = Signal(object)  # what `finish` returned: app.station.FinishResult
    signalChanged = Signal(bool)  # True: no audio is arriving from the device

    def __init__(
        self,
        session: HearingSession,
        interval_ms: int = 33,
        disk_interval_s: float = 5.0,
        parent: QObject | None = None,
        finish: Callable[[HearingSession], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.finish = finish  # app.station.Station.finish: end, protocol, seal, queue (p. 14)
        self.rate = int(session.audio["rate"])
        self.channels = int(session.audio["channels"])
        self.disk_interval_s = disk_interval_s
        self._state = ""
        self._clock: tuple[int, str] = (-1, "")
        self._snapshot: MeterSnapshot | None = None
        self._signal_lost = False
        self._next_disk = 0.0
        self._disk_low = False
        self.pending_alarms: list[Alarm] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._finisher = BackgroundCall(self)
        self._finisher.done.connect(self._finish_done)

    # ------------------------------------------------------------------ polling
    @property
    def state(self) -> EngineState:
        return self.session.state

    @property
    def signal_lost(self) -> bool:
        """The device delivers nothing: the hearing is open but nothing is being recorded."""
        return self._signal_lost

    def lost_since(self) -> float | None:
        """Wall-clock time (epoch seconds) of the last audio before the device went."""
        engine = self.session.engine
        return engine.lost_since_utc if engine is not None and self._signal_lost else None

    def changed_device(self, usable: bool = True) -> str | None:
        """A device that answered in place of the lost one: with ``usable``, one the secretary
        may record from (waiting for her yes); without, one with too few channels for this
        hearing (she is told to connect the right one)."""
        engine = self.session.engine
        if engine is None or engine.changed_device is None:
            return None
        if engine.changed_device_usable != usable:
            return None
        found = engine.changed_device
        name = found.get("pulse_source") or found.get("name") or "?"
        return (
            self.tr("“%1”, %2 inputs")
            .replace("%1", str(name))
            .replace("%2", str(found.get("channels", "?")))
        )

    def accept_changed_device(self) -> None:
        engine = self.session.engine
        if engine is not None:
            engine.accept_changed_device()

    def hearing_frame(self) -> int:
        engine = self.session.engine
        return engine.current_frame() if engine else 0

    def marker_frame(self) -> tuple[int, dict[str, Any] | None]:
        """The hearing frame whose sound is at the microphones now (a key press), and how it
        was found: the engine maps the moment through the capture's time stamps."""
        engine = self.session.engine
        return engine.marker_frame(time.monotonic()) if engine else (0, None)

    def poll(self) -> None:
        state = self.session.state.value
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
        seconds = self.hearing_frame() // self.rate
        wall = QDateTime.currentDateTime().toString("HH:mm:ss")
        if (seconds, wall) != self._clock:
            self._clock = (seconds, wall)
            self.clockChanged.emit(seconds, wall)
        engine = self.session.engine
        lost = bool(engine is not None and engine.signal_lost)
        if lost != self._signal_lost:
            self._signal_lost = lost
            self.signalChanged.emit(lost)
        if engine is not None:
            snap = engine.meter_snapshot()
            if snap is not self._snapshot:
                self._snapshot = snap
                self.meterChanged.emit(snap)
        for alarm in self.session.take_alarms():
            if alarm.kind == "clip":
                continue  # latched on the meter's clip lamp and journaled by the engine
            self.pending_alarms.append(alarm)
            self.alarmRaised.emit(alarm)
        now = time.monotonic()
        if now >= self._next_disk and self.session.state is EngineState.RECORDING:
            self._next_disk = now + self.disk_interval_s
            self.check_disk()

    def check_disk(self, free_bytes: int | None = None) -> float:
        """Raise a ``disk_low`` alarm once when less than two hours of recording fit."""
        if free_bytes is None:
            try:
                free_bytes = shutil.disk_usage(self.session.folder).free
            except OSError:
                return 0.0
        rate = recording_bytes_per_second(
            self.session, self.hearing_frame(), audio_bytes(self.session)
        )
        seconds_left = free_bytes / rate
        low = seconds_left < DISK_LOW_SECONDS
        if low and not self._disk_low:
            minutes = int(seconds_left // 60)
            alarm = Alarm(
                "disk_low", f"disk space for {minutes} min of recording left", self.hearing_frame()
            )
            self.session.journal_alarm(alarm)
            self.pending_alarms.append(alarm)
            self.alarmRaised.emit(alarm)
        self._disk_low = low
        return seconds_left

    # ------------------------------------------------------------------ actions
    def start_polling(self) -> None:
        self.poll()
        self.timer.start()

    def stop_polling(self) -> None:
        self.timer.stop()
        self.poll()

    def pause(self, reason: str) -> None:
        self.session.pause(reason)
        self.poll()

    def resume(self) -> None:
        self.session.resume()
        self.poll()

    def end(self) -> None:
        """End the hearing. With a ``finish`` (the station's: protocol, seal, archive queue),
        that runs on a worker thread — a signature timestamp from an unreachable server alone can
        take many seconds — and ``finished`` is emitted on the GUI thread when it is done."""
        if self.finish is None:
            self.session.end()
            self.stop_polling()
            return
        if self._finisher.running:
            return  # already ending
        # fonts are registered on the GUI thread, before the worker renders; if they cannot be,
        # the documents' own error is reported by finish
        with contextlib.suppress(Exception):
            prepare_documents()
        finish, session = self.finish, self.session
        self._finisher.start(lambda: finish(session), name="finish-hearing")
        self.finishing.emit()

    @property
    def finishing_now(self) -> bool:
        """The hearing is being ended and sealed (the window must not close or move on)."""
        return self._finisher.running

    def wait_finished(self, timeout: float | None = None) -> bool:
        """Block until a finish under way is done (for closing the program); True when none is."""
        return self._finisher.wait(timeout)

    def _finish_done(self, result: Any) -> None:
        if isinstance(result, Exception):  # reported to the secretary, never lost
            from app.station import FinishResult

            failed = FinishResult(self.session.folder)
            failed.problems.append(
                f"ending the hearing failed: {result}. The audio is kept; run "
                f"`zhazba recover {self.session.folder}`"
            )
            result = failed
        self.stop_polling()
        self.finished.emit(result)

    def add_marker(self, frame: int, **fields: Any) -> dict[str, Any] | None:
        """Journal a marker; if the journal cannot take it, say so in a banner (never silently)."""
        try:
            rec = self.session.add_marker(frame=frame, **fields)
        except (JournalError, SessionError) as e:
            alarm = Alarm("marker_failed", str(e), frame)
            self.pending_alarms.append(alarm)
            self.alarmRaised.emit(alarm)
            return None
        self.markerAdded.emit(rec)
        return rec

    def amend_marker(self, seq: int, **changes: Any) -> dict[str, Any]:
        rec = self.session.amend_marker(seq, **changes)
        self.markerAmended.emit(rec)
        return rec

    def acknowledge(self, alarm: Alarm, by: str) -> None:
        self.session.acknowledge_alarm(alarm, by)
        if alarm in self.pending_alarms:
            self.pending_alarms.remove(alarm)

    def judge_informed(self, by: str) -> None:
        """Journal that the judge was told of the failure now (Rules p. 9; the incident report
        states it only then)."""
        from app.hearing.judge_informed import journal_judge_informed

        journal_judge_informed(self.session.journal, by)

    def reset_clip(self, channel: int) -> None:
        engine = self.session.engine
        if engine is not None:
            engine.meter.reset_clip(channel)
            self.poll()
