"""The recording engine: source → block queue → one writer thread → segments, meters, events.

Three activities, none blocking another (python-sounddevice's rec_unlimited shape):

* the source's thread (PortAudio's callback, or a simulated source) only copies the block into an
  unbounded queue and counts frames; it never waits, so nothing is dropped while the writer is busy;
* the writer thread takes blocks in arrival order, meters them, writes them into the current
  segment, rotates segments gaplessly, fsyncs at least once a second and journals checkpoints;
  pause, resume and end travel through the same queue, so they take effect exactly between the
  blocks that arrived before and after the command;
* a watchdog thread compares frames received with the monotonic clock (PulseAudio moves a stream
  silently when its device disappears; JACK simply stops calling back) and writes clock anchors.

Time on the recording is the *hearing frame*: frames recorded since the start, across pauses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio.activity import SpeakerActivity
from audio.frameclock import FrameClock
from audio.meter import LevelMeter, MeterSnapshot
from audio.pcm import SampleFormat, channel_groups
from audio.segments import EventSink, SegmentWriteError, SegmentWriter
from audio.sources import InputSource

PAUSE_REASONS = ("adjournment", "recess", "deliberation")


class EngineState(enum.Enum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    ENDED = "ended"
    FAILED = "failed"


@dataclass(frozen=True)
class Alarm:
    """Something the secretary must see (Rules p. 9, 16): device lost, overflow, silence, error."""

    # device_lost | device_returned | device_changed | overflow | dropout | backlog | silent |
    # clip | error | clock_jump
    kind: str
    message: str
    frame: int
    channel: int | None = None  # 1-based
    value: float | None = None  # seconds: of a gap, of missing audio, of audio waiting


@dataclass
class EngineConfig:
    segment_seconds: float = 600.0
    sync_interval_s: float = 1.0
    # No block for this long: the device is gone. Blocks come every 50-70 ms; a busy CPU or a
    # blocked writer delays them by tens of ms, never by this much (both cores saturated: zero
    # false alarms, README), while a real loss is still declared within a second.
    watchdog_silence_s: float = 0.6
    # Frames this far behind the clock while blocks keep arriving: that much audio never came
    # (the server dropped it). A warning with the amount, not a lost device.
    dropout_s: float = 0.5
    # Audio waiting to be written for this long: the computer is slow (a warning, nothing lost).
    backlog_warn_s: float = 5.0
    reconnect_interval_s: float = 0.2
    # while the capture process is starved of CPU, silence up to this long is lateness, not loss
    busy_grace_s: float = 3.0
    first_block_timeout_s: float = 5.0
    anchor_interval_s: float = 10.0
    clock_jump_s: float = 2.0
    stop_after_frames: int | None = None
    max_queue_blocks_fast: int = 64


def _iso(t: float) -> str:
    """A wall-clock time as the journal writes UTC (ISO 8601, microseconds)."""
    return dt.datetime.fromtimestamp(t, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Cmd:
    def __init__(self, name: str, arg: str | None = None) -> None:
        self.name = name
        self.arg = arg
        self.done = threading.Event()


class RecordingEngine:
    """Records one hearing from ``source`` into ``hearing_dir``; events go to ``events``."""

    def __init__(
        self,
        source: InputSource,
        hearing_dir: Path,
        events: EventSink,
        config: EngineConfig | None = None,
        *,
        on_alarm: Callable[[Alarm], None] | None = None,
        first_segment: int = 1,
        first_frame: int = 0,
    ) -> None:
        self.source = source
        self.dir = Path(hearing_dir)
        self.events = events
        self.config = config or EngineConfig()
        self.on_alarm = on_alarm
        self.channels = source.channels
        self.rate = source.rate
        self.bits = source.bits
        self.fmt = SampleFormat(self.bits)
        self.meter = LevelMeter(self.channels, self.rate, self.fmt.full_scale)
        self.activity = SpeakerActivity(
            self.channels, self.rate, self.fmt.full_scale, first_frame=first_frame
        )
        self.state = EngineState.IDLE
        self.error: str | None = None
        self.ended = threading.Event()
        self.device_lost = False
        self.overflows = 0
        # counters written by the source thread only
        self.frames_captured = 0
        self._last_block_t = 0.0
        self._last_capture_end = 0.0
        self._first_block_t: float | None = None
        self._win_min = float("inf")
        self._prev_win_min = float("inf")
        # writer-side state
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._consumed = 0  # frames taken off the queue
        self._first_frame = first_frame
        self._skipped = 0  # frames captured while paused (not recorded)
        self.hearing_frames = first_frame
        self._segment_index = first_segment
        self._segment: SegmentWriter | None = None
        self._paused_reason: str | None = None
        self._silent = np.zeros(self.channels, dtype=bool)
        self._silence_checked_at = 0
        self._writer: threading.Thread | None = None
        self._watchdog: threading.Thread | None = None
        self._stop_watchdog = threading.Event()
        self.lost_since_utc: float | None = None  # wall clock of the last audio before a loss
        self._lost_lock = threading.Lock()
        self._cutoff_t: float | None = None  # audio captured after this is not the device's
        self._first_new_frames = 0
        self._frames_at_loss = 0
        self._last_marker = (0.0, 0)  # (press time, frame) of the latest marker placed
        self._stretch_start = first_frame  # where the audio since the last resumption begins
        self._identity_at_loss: dict[str, Any] | None = None
        self._cpu_wait_seen = (0.0, 0.0)
        self._lost_code = ""
        self._reconnector: threading.Thread | None = None
        self._stopping = threading.Event()
        self.changed_device: dict[str, Any] | None = None  # offered, waiting for the secretary
        self._accept_change = threading.Event()
        self.interruptions = 0
        self._backlog_warned = False
        # marker placement (audio/frameclock.py): the source stamps each block before handing it
        self.clock = FrameClock(self.rate)
        self._stamp_adc = self._stamp_now = 0.0  # 0: the block came without a stamp

    # ------------------------------------------------------------------ source thread
    def _on_block(self, block: np.ndarray, overflowed: bool) -> None:
        """Runs on the source's thread: count, timestamp, enqueue. Never blocks, never raises."""
        t = time.monotonic()
        n = len(block)
        timing = getattr(self.source, "last_block_time", None)
        if timing is not None:
            # when the block's first frame was captured: the device's own timing, not when the
            # block reached us (PortAudio: callback time less currentTime - inputBufferAdcTime)
            t_callback = timing[0]
            captured = t_callback - min(max(0.0, timing[2] - timing[1]), 2.0)
        else:
            t_callback = t
            captured = t - n / self.rate
        self._queue.put((block, overflowed, captured))
        self.clock.feed(t_callback, self.frames_captured, n, self._stamp_adc, self._stamp_now)
        self._stamp_adc = 0.0
        self.frames_captured += n
        self._last_block_t = t
        self._last_capture_end = captured + n / self.rate
        if self._first_block_t is None:
            self._first_block_t = t
        offset = t - self.frames_captured / self.rate
        if offset < self._win_min:
            self._win_min = offset

    def _on_stamp(self, adc_time: float, current_time: float) -> None:
        """Source thread, just before a block: PortAudio's inputBufferAdcTime and currentTime."""
        self._stamp_adc, self._stamp_now = adc_time, current_time

    def _queue_full(self) -> bool:
        return self._queue.qsize() > self.config.max_queue_blocks_fast

    # ------------------------------------------------------------------ control (any thread)
    def start(self) -> None:
        if self.state is not EngineState.IDLE:
            raise RuntimeError("the engine was started already")
        self.events.emit(
            "recording_started",
            {
                "source": self.source.name,
                "rate": self.rate,
                "channels": self.channels,
                "bits": self.bits,
                "groups": [list(g) for g in channel_groups(self.channels)],
            },
            self.hearing_frames,
        )
        self._open_segment()
        self.state = EngineState.RECORDING
        self._writer = threading.Thread(target=self._writer_loop, name="writer", daemon=True)
        self._writer.start()
        self._watchdog = threading.Thread(target=self._watchdog_loop, name="watchdog", daemon=True)
        self._watchdog.start()
        if not self.source.realtime:
            self.source.backpressure = self._queue_full  # type: ignore[attr-defined]
        else:
            self.source.timestamps = self._on_stamp  # type: ignore[attr-defined]
        try:
            self.source.start(self._on_block)
        except Exception as e:
            self._abort_start(e)
            raise

    def _abort_start(self, e: BaseException) -> None:
        """The source would not start: journal why, close the empty segment, end cleanly."""
        self.error = str(e)
        self.events.emit(
            "error", {"detail": f"recording could not start: {e}"}, self.hearing_frames
        )
        self._stop_watchdog.set()
        if self._writer is not None and self._writer.is_alive():
            self._command("end")
            self._writer.join(timeout=30)
        self.state = EngineState.FAILED
        self.ended.set()

    def pause(self, reason: str) -> None:
        """Pause only for an announced adjournment, recess or deliberation (Rules p. 6)."""
        if reason not in PAUSE_REASONS:
            raise ValueError(f"a pause needs a reason: one of {', '.join(PAUSE_REASONS)}")
        self._command("pause", reason)

    def resume(self) -> None:
        self._command("resume")

    def stop(self) -> None:
        """End the recording: stop the source, write out every queued block, close the segment."""
        if self.state in (EngineState.IDLE,):
            return
        self._stopping.set()
        if self._reconnector is not None:
            self._reconnector.join(timeout=15)
        if self.source.realtime and not self.device_lost:
            self._check_alive_before_stop()
        self.source.stop()
        if self._writer is not None and self._writer.is_alive():
            self._command("end")
            self._writer.join()
        self._stop_watchdog.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=2)

    def _check_alive_before_stop(self) -> None:
        """A device that died a moment ago is not yet seen by the watchdog: wait for one fresh
        block, so that the journal says so if it did."""
        if self._first_block_t is None:
            return
        seen = self.frames_captured
        deadline = time.monotonic() + self.config.watchdog_silence_s
        while self.frames_captured == seen and time.monotonic() < deadline:
            time.sleep(0.005)
        if self.frames_captured == seen:
            self._lost(
                f"no audio block for {self.config.watchdog_silence_s:.2f} s at the end",
                "no_blocks",
            )

    def _command(
        self, name: str, arg: str | None = None, timeout: float = 30.0, wait: bool = True
    ) -> None:
        if self._writer is None or not self._writer.is_alive():
            raise RuntimeError("the recording is not running")
        cmd = _Cmd(name, arg)
        self._queue.put(cmd)
        if wait:
            cmd.done.wait(timeout)

    def current_frame(self) -> int:
        """The hearing frame now (for markers): every frame captured except those of pauses.

        Computed from counters that only grow while recording (not from written + queued
        frames, which the writer updates one after the other), so successive markers never
        go backwards.
        """
        if self.state is EngineState.RECORDING:
            return self._first_frame + self.frames_captured - self._skipped
        return self.hearing_frames

    def marker_frame(self, t: float | None = None) -> tuple[int, dict[str, Any]]:
        """The hearing frame whose sound was at the microphones at monotonic time ``t`` (a key
        press), and how it was worked out, for the marker's journal record."""
        counted = self.current_frame()
        if self.state is not EngineState.RECORDING:
            return counted, {"method": "paused", "counted_frame": counted}
        t = time.monotonic() if t is None else t
        placed = self.clock.place(t)
        if placed.method == "counted":
            frame = counted
        else:
            frame = self._first_frame + placed.frame - self._skipped
        how = placed.journal() | {"counted_frame": counted, "monotonic_ns": int(t * 1e9)}
        frame = max(self._first_frame, self._stretch_start, frame)
        last_t, last_frame = self._last_marker
        if t >= last_t and frame < last_frame:
            # the clock's estimate moved between two presses: a later press never lands before
            # an earlier one
            how["raised_to_previous"] = frame
            frame = last_frame
        self._last_marker = (t, frame)
        return frame, how

    def meter_snapshot(self) -> MeterSnapshot:
        return self.meter.snapshot()

    @property
    def queued_blocks(self) -> int:
        return self._queue.qsize()

    # ------------------------------------------------------------------ writer thread
    def _open_segment(self) -> None:
        self._segment = SegmentWriter(
            self.dir,
            self._segment_index,
            self.hearing_frames,
            self.channels,
            self.rate,
            self.bits,
            self.events,
        )

    def _close_segment(self, reason: str) -> None:
        if self._segment is not None and self._segment.frames == 0:
            # nothing reached it (the source never started): an empty FLAC is no recording
            seg, self._segment = self._segment, None
            seg.abandon()
            for name in seg.names:
                (self.dir / name).unlink(missing_ok=True)
            self.events.emit(
                "segment_discarded", {"segment": seg.index, "files": list(seg.names)}, None
            )
        if self._segment is not None:
            self._segment.close(reason)
            self._segment = None
            self._segment_index += 1

    def _writer_loop(self) -> None:
        last_sync = time.monotonic()
        seg_limit = max(1, int(self.config.segment_seconds * self.rate))
        try:
            while True:
                try:
                    item = self._queue.get(timeout=0.1)
                except queue.Empty:
                    item = None
                if isinstance(item, _Cmd):
                    finished = self._handle_command(item)
                    item.done.set()
                    if finished:
                        return
                elif item is not None:
                    block, overflowed, captured = item
                    self._consumed += len(block)
                    cutoff = self._cutoff_t
                    if cutoff is not None and captured >= cutoff:
                        # the audio server moved the stream to another input after the device
                        # went: that is not the microphones, and it is not recorded
                        self._skipped += len(block)
                    else:
                        self._handle_block(block, overflowed, seg_limit)
                    if self.state is EngineState.ENDED:
                        self._drain_until_end()
                        return
                now = time.monotonic()
                self._check_backlog()
                if self._segment is not None and now - last_sync >= self.config.sync_interval_s:
                    self._segment.sync()
                    last_sync = now
        except SegmentWriteError as e:
            self._fail(str(e))
        except Exception as e:  # noqa: BLE001 - a dead writer must be loud, never silent
            # the journal's own error (e.g. its drive is full) already says what to do
            self._fail(f"the recorder stopped: {str(e) or repr(e)}")
        finally:
            self.ended.set()

    def _drain_until_end(self) -> None:
        """After an automatic end (--seconds) or a failure: ignore audio until stop()."""
        while True:
            item = self._queue.get()
            if isinstance(item, _Cmd):
                item.done.set()
                if item.name == "end":
                    return

    def _fail(self, message: str) -> None:
        self.error = message
        self.state = EngineState.FAILED
        self.ended.set()
        if self._segment is not None:
            self._segment.abandon()
            self._segment = None
        self._alarm(Alarm("error", message, self.hearing_frames))
        with contextlib.suppress(Exception):  # the journal shares the failed drive
            self.events.emit("error", {"detail": message}, self.hearing_frames)
        # keep draining so the source thread's queue does not grow without bound
        self._drain_until_end()

    def _handle_command(self, cmd: _Cmd) -> bool:
        if cmd.name == "pause" and self.state is EngineState.RECORDING:
            self._close_segment("pause")
            self.activity.flush()  # a pause ends the turn in progress
            self.events.emit("paused", {"reason": cmd.arg}, self.hearing_frames)
            self._paused_reason = cmd.arg
            self.state = EngineState.PAUSED
        elif cmd.name == "resume" and self.state is EngineState.PAUSED:
            self._stretch_start = self.hearing_frames  # no marker lands inside the pause
            self.events.emit("resumed", {}, self.hearing_frames)
            self._paused_reason = None
            # the next segment opens with its first frame: a pause or end right after resuming
            # must not leave an empty (undecodable, 0-byte) FLAC file
            self.state = EngineState.RECORDING
        elif cmd.name == "interrupt":
            # the device went: what it delivered is written; the next audio opens a new segment
            self._close_segment("interrupted")
            self._cutoff_t = None
        elif cmd.name == "end":
            self._end()
            return True
        return False

    def _end(self) -> None:
        if self.state in (EngineState.ENDED, EngineState.FAILED):
            return
        self._close_segment("end")
        self.events.emit("recording_ended", {"frames": self.hearing_frames}, self.hearing_frames)
        self.state = EngineState.ENDED
        self.ended.set()

    def _handle_block(self, block: np.ndarray, overflowed: bool, seg_limit: int) -> None:
        block = self.fmt.quantise(block)
        clipped = self.meter.feed(block)
        if overflowed:
            self.overflows += 1
            self.events.emit("overflow", {"count": 1, "total": self.overflows}, self.hearing_frames)
            self._alarm(
                Alarm(
                    "overflow", "input overflow: the computer did not keep up", self.hearing_frames
                )
            )
        if self.state is not EngineState.RECORDING:
            self._skipped += len(block)
            return
        self.activity.feed(block, self.hearing_frames)  # who is speaking (audio/activity.py)
        for ch in clipped:
            self.events.emit("clip", {"channel": ch + 1}, self.hearing_frames)
            self._alarm(Alarm("clip", "clipping", self.hearing_frames, ch + 1))
        if self.meter.frames_seen - self._silence_checked_at >= self.rate:
            self._silence_checked_at = self.meter.frames_seen
            self._check_silence()
        stop_at = self.config.stop_after_frames
        if stop_at is not None and self.hearing_frames + len(block) >= stop_at:
            block = block[: max(0, stop_at - self.hearing_frames)]
        pos = 0
        while pos < len(block):
            if self._segment is None:
                self._open_segment()
            assert self._segment is not None
            room = seg_limit - self._segment.frames
            take = min(room, len(block) - pos)
            self._segment.write(block[pos : pos + take])
            self.hearing_frames += take
            pos += take
            if self._segment.frames >= seg_limit:
                self._close_segment("rotation")  # the next one opens with its first frame
        if stop_at is not None and self.hearing_frames >= stop_at:
            self._end()

    def _check_backlog(self) -> None:
        """Audio waiting to be written (a slow disk or a busy computer): a warning once, nothing
        is lost — the queue never drops."""
        if not self.source.realtime:
            return
        waiting = (self.frames_captured - self._consumed) / self.rate
        if waiting >= self.config.backlog_warn_s and not self._backlog_warned:
            self._backlog_warned = True
            self._emit_safely("backlog", {"seconds": round(waiting, 1)}, self.hearing_frames)
            self._alarm(
                Alarm(
                    "backlog",
                    f"the computer is slow: {waiting:.0f} s of audio waiting to be written "
                    "(nothing is lost yet)",
                    self.hearing_frames,
                    None,
                    round(waiting, 1),
                )
            )
        elif waiting < 1.0:
            self._backlog_warned = False

    def _check_silence(self) -> None:
        silent = np.asarray(self.meter.snapshot().silent, dtype=bool)
        changed = np.flatnonzero(silent & ~self._silent)
        for ch in changed:
            self._alarm(Alarm("silent", "no signal for 30 s", self.hearing_frames, int(ch) + 1))
        self._silent = silent

    def _alarm(self, alarm: Alarm) -> None:
        if self.on_alarm is not None:
            with contextlib.suppress(Exception):  # an alarm display must not stop recording
                self.on_alarm(alarm)

    # ------------------------------------------------------------------ watchdog thread
    def _watchdog_loop(self) -> None:
        cfg = self.config
        started = time.monotonic()
        next_anchor = started
        last_window = started
        last_anchor: tuple[int, int] | None = None
        next_presence = started + 0.2
        while not self._stop_watchdog.wait(0.1):
            now = time.monotonic()
            flowing = self._first_block_t is not None or not self.source.realtime
            if (
                now >= next_anchor
                and flowing
                and self.state in (EngineState.RECORDING, EngineState.PAUSED)
            ):
                # a full journal drive must not end the watchdog
                with contextlib.suppress(Exception):
                    last_anchor = self._anchor(last_anchor)
                next_anchor = now + cfg.anchor_interval_s
            if not self.source.realtime or self.state in (EngineState.ENDED, EngineState.FAILED):
                continue
            if self._stopping.is_set():
                continue  # stop() looks at the device itself, then ends
            if self.device_lost:
                if self._reconnector is None and now - self._last_block_t < 0.1:
                    # a source that cannot be reopened (simulated) simply delivers again
                    self._first_new_frames = self.frames_captured - self._frames_at_loss
                    self._returned(getattr(self.source, "current_identity", None) or {})
                continue  # otherwise the reconnector owns the device until it is back
            if now >= next_presence:
                # cheap: the list of sources is read again only when one came or went
                next_presence = now + 0.1
                self._check_presence()
                if self.device_lost:
                    continue
                now = time.monotonic()
            if now - last_window >= 10.0:
                self._prev_win_min, self._win_min = self._win_min, float("inf")
                last_window = now
            first = self._first_block_t
            if first is None:
                if now - started > cfg.first_block_timeout_s:
                    self._lost(
                        f"no audio has arrived from the device for {now - started:.1f} s",
                        "no_audio",
                    )
                continue
            since_last = now - self._last_block_t
            if getattr(self.source, "capturing", True) is False:
                # the capture process ended (its device or server died): no need to wait
                self._lost("the capture process ended", "capture_ended")
                continue
            busy = self._busy_computer(now, since_last)
            if since_last > cfg.watchdog_silence_s and not (busy and since_last < cfg.busy_grace_s):
                self._lost(f"no audio block for {since_last:.2f} s", "no_blocks")
                continue
            base = min(self._win_min, self._prev_win_min)
            lag = now - (self.frames_captured / self.rate + base)
            if since_last < 0.15 and lag > cfg.dropout_s:
                # blocks keep coming but fewer frames than the clock says: audio never came
                missing = round(lag, 3)
                frame = self.current_frame()
                self._emit_safely("dropout", {"missing_seconds": missing}, frame)
                self._alarm(Alarm("dropout", f"{missing:.1f} s of audio did not arrive", frame))
                self._win_min = self._prev_win_min = float("inf")
                last_window = now

    def _busy_computer(self, now: float, since_last: float) -> bool:
        """Audio is late because the computer is busy, not because the device went: blocks wait
        unread in the pipe, or the capture process waited for a CPU more than a fifth of the
        time lately. A real loss leaves the pipe empty and the capture process asleep."""
        last_t, last_w = self._cpu_wait_seen
        if since_last < 0.3 and now - last_t < 1.0:
            return False  # audio flows: the CPU-wait baseline is refreshed once a second
        pending = getattr(self.source, "pending_bytes", None)
        if since_last >= 0.3 and pending is not None and pending() > 0:
            return True
        probe = getattr(self.source, "cpu_wait", None)
        waited = probe() if probe is not None else None
        if waited is None:
            return False
        if now - last_t >= 0.5 or waited < last_w:
            self._cpu_wait_seen = (now, waited)
        if now - last_t > 2.0 or waited < last_w or now <= last_t:
            return False
        return (waited - last_w) > 0.2 * (now - last_t)

    def _check_presence(self) -> None:
        """Ask the source whether its device still exists: PulseAudio moves a stream whose
        device vanished to another source, often without any gap in the audio to notice."""
        probe = getattr(self.source, "presence_problem", None)
        if probe is None:
            return
        problem = probe()
        if problem is not None:
            removed = getattr(self.source, "removed_at", lambda: None)()
            self._lost(problem, "source_removed", removed_at=removed)

    def _lost(self, detail: str, code: str, *, removed_at: float | None = None) -> None:
        """The device is gone: say so, close the segment, and keep trying to get it back."""
        with self._lost_lock:
            if self.device_lost:
                return
            self.device_lost = True
        last = self._last_capture_end or time.monotonic()
        if removed_at is not None:
            # audio captured after the source went comes from wherever the server moved the
            # stream: not the microphones, so it is not recorded
            self._cutoff_t = removed_at
            last = min(last, removed_at)
        self.lost_since_utc = time.time() - (time.monotonic() - last)
        self.interruptions += 1
        self._lost_code = code
        self._identity_at_loss = getattr(self.source, "current_identity", None)
        self._frames_at_loss = self.frames_captured
        frame = self.current_frame()
        self._emit_safely(
            "device_lost",
            {
                "detail": detail,
                "code": code,
                "silent_since_utc": _iso(self.lost_since_utc),
                "device": getattr(self.source, "current_identity", None),
            },
            frame,
        )
        self._alarm(Alarm("device_lost", detail, frame))
        if hasattr(self.source, "reopen") and not self._stopping.is_set():
            self._reconnector = threading.Thread(
                target=self._reconnect, name="reconnect", daemon=True
            )
            self._reconnector.start()

    def _reconnect(self) -> None:
        """Let go of the lost stream, then try the same device again until it answers."""
        source: Any = self.source
        # the capture process is alive: a stalled driver may deliver again by itself, with what
        # it buffered; killing it would throw that away
        alive = self._lost_code == "no_blocks" and getattr(source, "capturing", False)
        if alive and self._await_block(self._frames_at_loss, timeout=1.5):
            self._returned(getattr(source, "current_identity", None) or {})
            return
        source.abandon()
        self.clock.reset()  # the next stream's buffering and timing start anew
        if self._writer is not None and self._writer.is_alive():
            self._command("interrupt", wait=False)
        with contextlib.suppress(Exception):
            source.prepare_reopen()
        from audio.devices import DeviceChanged  # Qt-free, PortAudio-free

        watched = hasattr(source, "presence_problem")
        present_since: float | None = None
        while not self._stopping.is_set() and self.state not in (
            EngineState.ENDED,
            EngineState.FAILED,
        ):
            if watched and source.presence_problem() is not None:
                present_since = None
                self._stopping.wait(self.config.reconnect_interval_s)
                continue
            # a device that flaps in and out is taken back only once it stayed a moment
            now = time.monotonic()
            present_since = present_since or now
            if now - present_since < 0.3:
                self._stopping.wait(0.1)
                continue
            seen = self.frames_captured
            try:
                identity = source.reopen(accept_change=self._accept_change.is_set())
            except DeviceChanged as e:
                if self.changed_device is None:
                    self.changed_device = e.after
                    frame = self.current_frame()
                    self._emit_safely(
                        "device_changed", {"before": e.before, "after": e.after}, frame
                    )
                    self._alarm(Alarm("device_changed", str(e), frame))
                self._stopping.wait(self.config.reconnect_interval_s)
                continue
            except Exception:  # noqa: BLE001 - not back yet: try again
                self._stopping.wait(self.config.reconnect_interval_s)
                continue
            if self._await_block(seen) and self._still_there(source):
                self._returned(identity)
                return
            source.abandon()
            present_since = None

    def _still_there(self, source: Any) -> bool:
        """After the first block of a reopened stream: is its device still there? (Asking
        lists the sources anew when one came or went.) A source that vanished while the stream
        opened had PulseAudio move the stream elsewhere: nothing of this stream is recorded."""
        if not hasattr(source, "presence_problem") or source.presence_problem() is None:
            return True
        first = self._last_capture_end - self._first_new_frames / self.rate
        self._cutoff_t = first - 1e-3
        if self._writer is not None and self._writer.is_alive():
            self._command("interrupt", wait=False)
        return False

    def _await_block(self, seen: int, timeout: float = 3.0) -> bool:
        deadline = time.monotonic() + timeout
        while self.frames_captured == seen and time.monotonic() < deadline:
            if self._stopping.wait(0.005):
                return False
        self._first_new_frames = self.frames_captured - seen
        return self.frames_captured != seen

    @property
    def signal_lost(self) -> bool:
        """No audio is arriving from the device now (the screen must not say RECORDING)."""
        return self.device_lost and self.state is EngineState.RECORDING

    def _returned(self, identity: dict[str, Any]) -> None:
        # the first frame from the device that came back, by the device's own timing
        first = self._last_capture_end - self._first_new_frames / self.rate
        returned_utc = time.time() - (time.monotonic() - first)
        gap = max(0.0, returned_utc - (self.lost_since_utc or returned_utc))
        self._win_min = self._prev_win_min = float("inf")
        self._first_block_t = self._last_block_t
        before = self._identity_at_loss or {}
        keys = ("name", "hostapi", "pulse_source", "channels")
        changed = bool(before) and any(before.get(k) != identity.get(k) for k in keys)
        self.changed_device = None
        self._accept_change.clear()
        with self._lost_lock:
            self.device_lost = False
        frame = self.current_frame()
        if self.state is EngineState.RECORDING:
            frame -= self._first_new_frames  # where the new audio begins (paused: not recorded)
            self._stretch_start = max(self._stretch_start, frame)  # no marker in the gap
        self._emit_safely(
            "device_returned",
            {
                "gap_seconds": round(gap, 3),
                "lost_utc": _iso(self.lost_since_utc or returned_utc),
                "returned_utc": _iso(returned_utc),
                "device": identity,
                "changed": changed,
            },
            frame,
        )
        self._alarm(
            Alarm(
                "device_returned",
                f"recording again after {gap:.1f} s without audio",
                frame,
                None,
                round(gap, 1),
            )
        )

    def accept_changed_device(self) -> None:
        """The secretary agreed to go on recording from the device that answered instead."""
        self._accept_change.set()

    def _emit_safely(self, kind: str, data: dict[str, Any], frame: int) -> None:
        """Journal from the watchdog: a failed drive must not end the watchdog (the writer
        reports the drive), or a later device loss would go unnoticed."""
        with contextlib.suppress(Exception):
            self.events.emit(kind, data, frame)

    def _anchor(self, last: tuple[int, int] | None) -> tuple[int, int]:
        utc_ns, mono_ns = time.time_ns(), time.monotonic_ns()
        self.events.emit(
            "clock_anchor", {"utc_ns": utc_ns, "monotonic_ns": mono_ns}, self.current_frame()
        )
        if last is not None:
            jump = ((utc_ns - last[0]) - (mono_ns - last[1])) / 1e9
            if abs(jump) > self.config.clock_jump_s:
                self.events.emit(
                    "clock_jump", {"jump_seconds": round(jump, 3)}, self.current_frame()
                )
                self._alarm(
                    Alarm(
                        "clock_jump",
                        f"the system clock jumped by {jump:+.1f} s",
                        self.current_frame(),
                    )
                )
        return utc_ns, mono_ns
