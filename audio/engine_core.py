"""The engine's data path: the source's callback, the block queue and the one writer thread.

:class:`EngineCore` is the part of :class:`audio.engine.RecordingEngine` that moves audio. The
source's thread (PortAudio's callback, or a simulated source) only copies each block into an
unbounded queue and counts frames; it never waits, so nothing is dropped while the writer is busy.
The writer thread takes blocks in arrival order, meters them, writes them into the current segment,
rotates segments gaplessly and fsyncs at least once a second; pause, resume, interrupt and end
travel through the same queue, so they take effect exactly between the blocks that arrived before
and after the command. Noticing a lost device is :mod:`audio.engine_watch`'s part.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from audio.activity import SpeakerActivity
from audio.engine_types import Alarm, Command, EngineConfig, EngineState
from audio.frameclock import FrameClock
from audio.meter import LevelMeter
from audio.pcm import SampleFormat
from audio.segments import EventSink, SegmentWriteError, SegmentWriter
from audio.sources import InputSource
from audio.text import QT_TRANSLATE_NOOP, message_of, msg


class EngineCore:
    """The source thread's callback and the writer thread (see the module's docstring)."""

    def _init_core(
        self,
        source: InputSource,
        hearing_dir: Path,
        events: EventSink,
        config: EngineConfig | None,
        on_alarm: Callable[[Alarm], None] | None,
        first_segment: int,
        first_frame: int,
    ) -> None:
        """The data path's state (the engine's constructor calls this first)."""
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
        self._cutoff_t: float | None = None  # audio captured after this is not the device's
        self._stretch_start = first_frame  # where the audio since the last resumption begins
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

    def _command(
        self, name: str, arg: str | None = None, timeout: float = 30.0, wait: bool = True
    ) -> None:
        if self._writer is None or not self._writer.is_alive():
            raise RuntimeError("the recording is not running")
        cmd = Command(name, arg)
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
                if isinstance(item, Command):
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
            self._fail(message_of(e))
        except Exception as e:  # noqa: BLE001 - a dead writer must be loud, never silent
            # the journal's own error (e.g. its drive is full) already says what to do
            self._fail(msg("Engine", QT_TRANSLATE_NOOP("Engine", "the recorder stopped: {reason}"),
                           reason=message_of(e) or repr(e)))  # fmt: skip
        finally:
            self.ended.set()

    def _drain_until_end(self) -> None:
        """After an automatic end (--seconds) or a failure: ignore audio until stop()."""
        while True:
            item = self._queue.get()
            if isinstance(item, Command):
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

    def _handle_command(self, cmd: Command) -> bool:
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

    def _emit_safely(self, kind: str, data: dict[str, Any], frame: int) -> None:
        """Journal from the watchdog: a failed drive must not end the watchdog (the writer
        reports the drive), or a later device loss would go unnoticed."""
        with contextlib.suppress(Exception):
            self.events.emit(kind, data, frame)
