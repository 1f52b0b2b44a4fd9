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
import enum
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

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

    kind: str  # device_lost | device_returned | overflow | silent | clip | error | clock_jump
    message: str
    frame: int
    channel: int | None = None  # 1-based


@dataclass
class EngineConfig:
    segment_seconds: float = 600.0
    sync_interval_s: float = 1.0
    watchdog_lag_s: float = 0.2
    watchdog_silence_s: float = 0.5
    first_block_timeout_s: float = 5.0
    anchor_interval_s: float = 10.0
    clock_jump_s: float = 2.0
    stop_after_frames: int | None = None
    max_queue_blocks_fast: int = 64


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
        self.state = EngineState.IDLE
        self.error: str | None = None
        self.ended = threading.Event()
        self.device_lost = False
        self.overflows = 0
        # counters written by the source thread only
        self.frames_captured = 0
        self._last_block_t = 0.0
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
        self._lost_since = 0.0
        self._lost_lock = threading.Lock()
        self._lost_by_presence = False
        # marker placement (audio/frameclock.py): the source stamps each block before handing it
        self.clock = FrameClock(self.rate)
        self._stamp_adc = self._stamp_now = 0.0  # 0: the block came without a stamp

    # ------------------------------------------------------------------ source thread
    def _on_block(self, block: np.ndarray, overflowed: bool) -> None:
        """Runs on the source's thread: count, timestamp, enqueue. Never blocks, never raises."""
        t = time.monotonic()
        self._queue.put((block, overflowed))
        self.clock.feed(t, self.frames_captured, len(block), self._stamp_adc, self._stamp_now)
        self._stamp_adc = 0.0
        self.frames_captured += len(block)
        self._last_block_t = t
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
        if self.source.realtime and not self.device_lost:
            self._check_alive_before_stop()
        if self.device_lost and self.source.realtime:
            self.source.abandon()  # its server may be dead: never call into it
        else:
            self.source.stop()
        if self._writer is not None and self._writer.is_alive():
            self._command("end")
            self._writer.join()
        self._stop_watchdog.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=2)

    def _check_alive_before_stop(self) -> None:
        """A server that died a moment ago is not yet seen by the watchdog, and stopping a stream
        on a dead JACK server hangs or aborts the process: wait for one fresh block first."""
        if self._first_block_t is None:
            return
        seen = self.frames_captured
        deadline = time.monotonic() + self.config.watchdog_silence_s
        while self.frames_captured == seen and time.monotonic() < deadline:
            time.sleep(0.005)
        if self.frames_captured == seen:
            self._lost(f"no audio block for {self.config.watchdog_silence_s:.2f} s at the end")

    def _command(self, name: str, arg: str | None = None, timeout: float = 30.0) -> None:
        if self._writer is None or not self._writer.is_alive():
            raise RuntimeError("the recording is not running")
        cmd = _Cmd(name, arg)
        self._queue.put(cmd)
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
        return max(self._first_frame, frame), how

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
                    block, overflowed = item
                    self._consumed += len(block)
                    self._handle_block(block, overflowed, seg_limit)
                    if self.state is EngineState.ENDED:
                        self._drain_until_end()
                        return
                now = time.monotonic()
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
            self.events.emit("paused", {"reason": cmd.arg}, self.hearing_frames)
            self._paused_reason = cmd.arg
            self.state = EngineState.PAUSED
        elif cmd.name == "resume" and self.state is EngineState.PAUSED:
            self.events.emit("resumed", {}, self.hearing_frames)
            self._paused_reason = None
            # the next segment opens with its first frame: a pause or end right after resuming
            # must not leave an empty (undecodable, 0-byte) FLAC file
            self.state = EngineState.RECORDING
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
        next_presence = started + 1.0
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
            if now >= next_presence:
                next_presence = now + 1.0
                self._check_presence()
                now = time.monotonic()
            if now - last_window >= 10.0:
                self._prev_win_min, self._win_min = self._win_min, float("inf")
                last_window = now
            first = self._first_block_t
            if first is None:
                if not self.device_lost and now - started > cfg.first_block_timeout_s:
                    self._lost(f"no audio has arrived from the device for {now - started:.1f} s")
                continue
            since_last = now - self._last_block_t
            base = min(self._win_min, self._prev_win_min)
            lag = now - (self.frames_captured / self.rate + base)
            if not self.device_lost:
                if since_last > cfg.watchdog_silence_s:
                    self._lost(f"no audio block for {since_last:.2f} s")
                elif lag > cfg.watchdog_lag_s:
                    self._lost(f"audio is {lag * 1000:.0f} ms behind the clock")
            elif since_last < 0.1:
                # the gap is the audio that is missing: how far the frames fell behind the clock
                gap = max(0.0, lag) if lag > float("-inf") else now - self._lost_since
                self.device_lost = False
                self._win_min = self._prev_win_min = float("inf")
                last_window = now
                message = (
                    "audio is arriving again, from another input: the audio server moved the "
                    "recording when the device disappeared"
                    if self._lost_by_presence
                    else "audio is arriving again"
                )
                frame = self.current_frame()
                self._emit_safely("device_returned", {"gap_seconds": round(gap, 3)}, frame)
                self._alarm(Alarm("device_returned", message, frame))

    def _check_presence(self) -> None:
        """Ask the source whether its device still exists: PulseAudio moves a stream whose
        device vanished to another source, often without any gap in the audio to notice."""
        probe = getattr(self.source, "presence_problem", None)
        if probe is None:
            return
        problem = probe()
        if problem is None:
            self._lost_by_presence = False
        elif not self._lost_by_presence:
            self._lost_by_presence = True
            self._lost(problem, force=True)

    def _lost(self, detail: str, *, force: bool = False) -> None:
        with self._lost_lock:
            if self.device_lost and not force:
                return
            self.device_lost = True
            self._lost_since = time.monotonic()
        frame = self.current_frame()
        self._emit_safely("device_lost", {"detail": detail}, frame)
        self._alarm(Alarm("device_lost", detail, frame))

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
