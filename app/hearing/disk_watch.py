"""Free disk space in minutes of recording, for `zhazba record` (the window has its own view
model, ui/recording/viewmodel.py, with the same estimate).

While a hearing records, :class:`DiskWatch` is asked every few seconds how many minutes of
recording still fit on the hearing's drive and raises a ``disk_low`` alarm once when that falls
below each threshold (30 and 10 minutes): the alarm is journaled (Rules p. 9) and shown. The rate
is the raw PCM rate until 10 s are on disk, then what the FLAC files actually take (never less
than half the PCM rate: room sound rarely compresses better than 2:1, and a quiet start must not
make the estimate optimistic).
"""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path

from audio.engine_types import Alarm
from audio.text import QT_TRANSLATE_NOOP, msg

WARN_MINUTES = (30, 10)
CHECK_INTERVAL_S = 5.0
FLAC_MIN_RATIO = 0.5


def audio_bytes(folder: Path) -> int:
    total = 0
    for p in (folder / "audio").glob("*.flac"):
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def bytes_per_second(pcm_rate: float, seconds: float, written: int) -> float:
    """Bytes the recording adds per second: measured once 10 s are on disk, else raw PCM."""
    if seconds >= 10 and written > 0:
        return max(written / seconds, FLAC_MIN_RATIO * pcm_rate)
    return float(pcm_rate)


class DiskWatch:
    """Warn once per threshold as the minutes of recording left on the drive run out."""

    def __init__(self, folder: Path, rate: int, channels: int, bits: int,
                 thresholds: tuple[int, ...] = WARN_MINUTES) -> None:  # fmt: skip
        self.folder = folder
        self.rate = rate
        self.pcm = rate * channels * (bits // 8)
        self.pending = sorted(thresholds, reverse=True)
        self._next = 0.0

    def minutes_left(self, frames: int, free_bytes: int | None = None) -> float | None:
        if free_bytes is None:
            try:
                free_bytes = shutil.disk_usage(self.folder).free
            except OSError:
                return None
        per_second = bytes_per_second(self.pcm, frames / self.rate, audio_bytes(self.folder))
        return free_bytes / per_second / 60.0

    def check(self, frames: int, *, force: bool = False) -> Alarm | None:
        """The alarm to raise now (the lowest threshold passed since the last one), if any."""
        now = time.monotonic()
        if not self.pending or (now < self._next and not force):
            return None
        self._next = now + CHECK_INTERVAL_S
        minutes = self.minutes_left(frames)
        if minutes is None:
            return None
        passed = [t for t in self.pending if minutes < t]
        if not passed:
            return None
        self.pending = [t for t in self.pending if t not in passed]
        said = msg("Alarms", QT_TRANSLATE_NOOP(
            "Alarms", "disk space for {minutes} min of recording left (under {under} min) on the "
            "drive of {folder}; free space now or the recording will stop"),
            minutes=int(minutes), under=min(passed), folder=self.folder)  # fmt: skip
        return Alarm("disk_low", said, frames)
