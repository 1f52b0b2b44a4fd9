"""Which captured frame was at the microphone at a given moment: placing a marker on its sound.

"Frames received so far" is the wrong answer for a key press: a block reaches the recorder only
after the device and the audio server buffered it (~0.2–0.4 s on the PulseAudio path), and it
arrives 50 ms at a time. PortAudio stamps every callback with ``inputBufferAdcTime`` (when the
block's first frame was sampled) and ``currentTime`` (now), both on the stream's own clock. Only
their relation to the monotonic clock is estimated, so the stream's clock may be anything. A
first version took, per block,

    origin = t_callback − (currentTime − inputBufferAdcTime) − frames_before / rate

is the monotonic time at which capture frame 0 was sampled. Measured that way, under load
(a busy machine, the writer holding the interpreter) the callback's own moment ``t`` came late
for many blocks in a row and put markers up to 23 ms late. So the two are kept apart:
``origin = inputBufferAdcTime − frames_before / rate`` is frame 0 on the stream's clock, free of
any scheduling delay (the least of the last few blocks), and ``offset = t − currentTime`` maps
the stream's clock to the monotonic one; a late callback only makes the offset larger, so the
least offset of the last ~10 s is kept. A jump of the origin by more than
:data:`RESET_JUMP_S` means frames were lost, a new stream, or a stream clock that jumped (on the
ALSA→PulseAudio path it is the wall clock): both start over from the new block. A key pressed
at monotonic ``t`` is then at frame ``(t − offset − origin) × rate``. Measured against clicks
played into a PulseAudio sink: within ±2 ms on a quiet machine (README, performance).

Simulated sources stamp their blocks exactly (``inputBufferAdcTime`` is the moment the block is
due, on the monotonic clock). A source that gives no stamps is placed by arrival: the block's last
frame is taken to be sampled when it arrives, which ignores the buffering (``method`` says so).

Pure and small on purpose: :meth:`FrameClock.feed` runs on the audio callback's thread (a few
float operations into a preallocated ring, no allocation beyond Python's floats).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

WINDOW_BLOCKS = 10
OFFSET_BLOCKS = 200  # ~10 s of 50 ms blocks
RESET_JUMP_S = 0.1
# beyond this without a block the clock extrapolates into audio that may never come: count instead
STALE_S = 1.0
# stamps saying a block was sampled further off than this are not believed
MAX_LATENCY_S = 5.0


@dataclass(frozen=True)
class Placement:
    """Where a moment falls in the capture, and how that was worked out (for the journal)."""

    frame: int  # capture frame: frames delivered by the source since it started
    method: str  # adc_time | arrival | counted
    latency_s: float  # how long the latest block's first frame had been buffered on arrival

    def journal(self) -> dict[str, object]:
        return {"method": self.method, "latency_ms": round(self.latency_s * 1000.0, 2)}


class _MinRing:
    """The smallest of the last ``n`` values (preallocated; ``min`` over a short list)."""

    def __init__(self, n: int) -> None:
        self._v = [math.inf] * n
        self._i = 0
        self.value = math.inf

    def clear(self) -> None:
        for i in range(len(self._v)):
            self._v[i] = math.inf
        self.value = math.inf

    def add(self, x: float) -> None:
        self._v[self._i] = x
        self._i = (self._i + 1) % len(self._v)
        self.value = min(self._v)


class FrameClock:
    """Maps monotonic times to capture frames from per-block time stamps (module docstring)."""

    def __init__(
        self, rate: int, window: int = WINDOW_BLOCKS, offset_window: int = OFFSET_BLOCKS
    ) -> None:
        self.rate = rate
        self._origin = _MinRing(window)  # stream time of capture frame 0
        self._offset = _MinRing(offset_window)  # monotonic − stream time, at its least delayed
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget every estimate (a new stream: its buffering and frame count start anew)."""
        with self._lock:
            self._origin.clear()
            self._offset.clear()
            self._method = "counted"
            self._latency = 0.0
            self._last_t = -math.inf
            self._frames = 0

    def feed(
        self,
        t: float,
        frames_before: int,
        frames: int,
        adc_time: float | None = None,
        current_time: float | None = None,
    ) -> None:
        """One block arrived at monotonic ``t``; ``frames_before`` frames came before it.

        ``adc_time``/``current_time``: PortAudio's inputBufferAdcTime and currentTime of the
        callback (any one clock), or None when the source has none.
        """
        latency = (current_time or 0.0) - (adc_time or 0.0)
        if adc_time and current_time and -MAX_LATENCY_S < latency < MAX_LATENCY_S:
            method = "adc_time"
            origin = adc_time - frames_before / self.rate
            offset = t - current_time
        else:  # no stamps, or PortAudio's "unknown" (0) or an absurd one
            method = "arrival"
            latency = frames / self.rate  # the last frame sampled as it arrives
            origin = t - latency - frames_before / self.rate
            offset = 0.0
        with self._lock:
            if method != self._method or abs(origin - self._origin.value) > RESET_JUMP_S:
                self._origin.clear()  # frames lost, a new stream, or its clock jumped
                self._offset.clear()
            self._origin.add(origin)
            self._offset.add(offset)
            self._method = method
            self._latency = latency
            self._last_t = t
            self._frames = frames_before + frames

    def place(self, t: float) -> Placement:
        """The capture frame sampled at monotonic ``t`` (counted frames if the clock is stale)."""
        with self._lock:
            origin, offset = self._origin.value, self._offset.value
            method, latency = self._method, self._latency
            last_t, counted = self._last_t, self._frames
        if math.isinf(origin) or t - last_t > STALE_S:
            return Placement(counted, "counted", 0.0)
        return Placement(max(0, round((t - offset - origin) * self.rate)), method, latency)
