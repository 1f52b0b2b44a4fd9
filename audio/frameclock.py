"""Which captured frame was at the microphone at a given moment: placing a marker on its sound.

"Frames received so far" is the wrong answer for a key press: a block reaches the recorder only
after the device and the audio server buffered it (~0.2–0.4 s on the PulseAudio path), and it
arrives 50 ms at a time. PortAudio stamps every callback with ``inputBufferAdcTime`` (when the
block's first frame was sampled) and ``currentTime`` (now), both on the stream's own clock. Only
their difference is used — how long ago the block's first frame was sampled — so the stream's
clock may be anything (on the ALSA→PulseAudio path it is the wall clock, which can jump):

    origin = t_callback − (currentTime − inputBufferAdcTime) − frames_before / rate

is the monotonic time at which capture frame 0 was sampled. Every block gives one estimate; a
late callback (the thread was scheduled late, the GIL was busy) can only make it later, so the
clock keeps the *earliest* of the last few blocks. A jump later than that by more than
:data:`RESET_JUMP_S` means frames were lost (a stall, a reopened stream): the clock starts over
from the new block. A key pressed at monotonic time ``t`` is then at frame
``(t − origin) × rate``. Measured against clicks played into a PulseAudio sink: within ±2 ms
(README, performance).

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
RESET_JUMP_S = 0.1
# beyond this without a block the clock extrapolates into audio that may never come: count instead
STALE_S = 0.5
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


class FrameClock:
    """Maps monotonic times to capture frames from per-block time stamps (module docstring)."""

    def __init__(self, rate: int, window: int = WINDOW_BLOCKS) -> None:
        self.rate = rate
        self._ring = [math.inf] * window
        self._pos = 0
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget every estimate (a new stream: its buffering and frame count start anew)."""
        with self._lock:
            for i in range(len(self._ring)):
                self._ring[i] = math.inf
            self._origin = math.inf
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
        callback (any clock, only their difference counts), or None when the source has none.
        """
        latency = (current_time or 0.0) - (adc_time or 0.0)
        if adc_time and current_time and -MAX_LATENCY_S < latency < MAX_LATENCY_S:
            method = "adc_time"
        else:  # no stamps, or PortAudio's "unknown" (0) or an absurd one
            latency = frames / self.rate  # the last frame sampled as it arrives
            method = "arrival"
        origin = t - latency - frames_before / self.rate
        with self._lock:
            if method != self._method or origin > self._origin + RESET_JUMP_S:
                for i in range(len(self._ring)):
                    self._ring[i] = math.inf
            self._ring[self._pos] = origin
            self._pos = (self._pos + 1) % len(self._ring)
            self._origin = min(self._ring)
            self._method = method
            self._latency = latency
            self._last_t = t
            self._frames = frames_before + frames

    def place(self, t: float) -> Placement:
        """The capture frame sampled at monotonic ``t`` (counted frames if the clock is stale)."""
        with self._lock:
            origin, method, latency = self._origin, self._method, self._latency
            last_t, counted = self._last_t, self._frames
        if math.isinf(origin) or t - last_t > STALE_S:
            return Placement(counted, "counted", 0.0)
        return Placement(max(0, round((t - origin) * self.rate)), method, latency)
