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

:class:`RecordingEngine` is what callers use: start, pause, resume, stop, markers. Its parts are
split by what they do: :mod:`audio.engine_core` (the source's callback and the writer thread),
:mod:`audio.engine_watch` (a lost device: noticed, journaled, got back) and
:mod:`audio.engine_types` (states, settings and alarms, which callers import from there).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from audio.engine_types import PAUSE_REASONS, Alarm, EngineConfig, EngineState
from audio.engine_watch import WatchedEngine
from audio.meter import MeterSnapshot
from audio.pcm import channel_groups
from audio.segments import EventSink
from audio.sources import InputSource


class RecordingEngine(WatchedEngine):
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
        self._init_core(source, hearing_dir, events, config, on_alarm, first_segment, first_frame)
        self._init_watch()
        self._last_marker = (0.0, 0)  # (press time, frame) of the latest marker placed

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
