"""The self-check's measurements: levels in 100 ms windows, and the figures of a test recording.

Pure numpy on integer PCM blocks exactly as the recorder receives them, metered with the
recorder's own :class:`audio.meter.LevelMeter`, so it is unit-tested on synthetic arrays. What the
figures mean for the equipment is judged in :mod:`audio.selfcheck_recording` (a test recording of
a quiet room) and :mod:`audio.selfcheck_guided` (a microphone spoken into).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from audio.meter import LevelMeter
from audio.pcm import SampleFormat

WINDOW_S = 0.1  # level windows of 100 ms


class WindowLevels:
    """Re-cuts blocks of any size into 100 ms windows and meters each with :class:`LevelMeter`."""

    def __init__(self, channels: int, rate: int, bits: int) -> None:
        self.window = max(1, int(rate * WINDOW_S))
        self.meter = LevelMeter(channels, rate, SampleFormat(bits).full_scale)
        self._pending: list[np.ndarray] = []
        self._pending_frames = 0
        self.rms_db: list[np.ndarray] = []  # one array (per channel) per complete window
        self.peak_db: list[np.ndarray] = []

    def feed(self, block: np.ndarray) -> int:
        """Add a block; return how many complete windows it finished."""
        self._pending.append(block)
        self._pending_frames += len(block)
        if self._pending_frames < self.window:
            return 0
        data = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
        done = 0
        pos = 0
        while len(data) - pos >= self.window:
            self.meter.feed(data[pos : pos + self.window])
            snap = self.meter.snapshot()
            self.rms_db.append(snap.rms_db.copy())
            self.peak_db.append(snap.peak_db.copy())
            pos += self.window
            done += 1
        rest = data[pos:]
        self._pending = [rest] if len(rest) else []
        self._pending_frames = len(rest)
        return done


@dataclass(frozen=True)
class ChannelStats:
    """Figures of one channel of a test recording (levels in dBFS, DC as a fraction of FS)."""

    channel: int  # 1-based
    noise_floor_db: float  # the quietest tenth of the 100 ms windows
    rms_db: float
    peak_db: float
    dc_offset: float
    clipped: bool


def analyse_recording(data: np.ndarray, rate: int, bits: int) -> list[ChannelStats]:
    """Per-channel noise floor, level, peak, DC offset and clipping of an int PCM recording."""
    if data.ndim != 2 or len(data) == 0:
        raise ValueError("expected a non-empty (frames, channels) recording")
    channels = data.shape[1]
    levels = WindowLevels(channels, rate, bits)
    levels.feed(data)
    fs = SampleFormat(bits).full_scale
    x = data.astype(np.float64) / fs
    mean = x.mean(axis=0)
    rms = np.sqrt(np.mean(x * x, axis=0))
    floor_lin = 10 ** (levels.meter.floor_db / 20)
    if levels.rms_db:
        floors = np.percentile(np.array(levels.rms_db), 10, axis=0)
    else:
        floors = 20 * np.log10(np.maximum(rms, floor_lin))
    peak = np.abs(x).max(axis=0)
    clipped = levels.meter.snapshot().clipped
    return [
        ChannelStats(
            channel=c + 1,
            noise_floor_db=round(float(floors[c]), 1),
            rms_db=round(20 * math.log10(max(float(rms[c]), floor_lin)), 1),
            peak_db=round(20 * math.log10(max(float(peak[c]), floor_lin)), 1),
            dc_offset=round(float(mean[c]), 5),
            clipped=bool(clipped[c]),
        )
        for c in range(channels)
    ]
