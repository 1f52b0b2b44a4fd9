"""Progress of a copy to a medium: bytes done, speed and time left, and the cancel check.

One :class:`ProgressMeter` spans the whole copy (writing, then reading back), so the bar moves
once from 0 to 100 %. Speed is measured over the last few seconds (a stick that slows down when
its cache fills shows it), and the time left is what remains divided by that speed. Callbacks are
throttled to about ten a second so a fast medium does not flood the UI, except that the first
block of every file is always reported (the UI shows which file is being written).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from app.copies.medium import ExportCancelled
from audio.text import QT_TRANSLATE_NOOP, msg

CANCELLED = msg(
    "Copies",
    QT_TRANSLATE_NOOP(
        "Copies",
        "the copy was cancelled. The station's recording is untouched; the medium holds an "
        "incomplete copy (see INCOMPLETE-COPY.txt on it) that must not go into the case file.",
    ),
)

PHASES = ("preparing", "checking", "clearing", "writing", "reading back", "verifying", "done")
PHASE_TEXTS = {
    "preparing": QT_TRANSLATE_NOOP("Copies", "preparing the participant copy"),
    "checking": QT_TRANSLATE_NOOP("Copies", "checking"),
    "clearing": QT_TRANSLATE_NOOP("Copies", "clearing"),
    "writing": QT_TRANSLATE_NOOP("Copies", "writing"),
    "reading back": QT_TRANSLATE_NOOP("Copies", "reading back"),
    "verifying": QT_TRANSLATE_NOOP("Copies", "verifying"),
    "done": QT_TRANSLATE_NOOP("Copies", "done"),
}


@dataclass(frozen=True)
class Progress:
    phase: str
    done_bytes: int
    total_bytes: int
    bytes_per_second: float
    seconds_left: float | None
    file: str = ""

    @property
    def fraction(self) -> float:
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """One line of progress (a translatable message)."""
        phase = msg("Copies", PHASE_TEXTS[self.phase]) if self.phase in PHASE_TEXTS else self.phase
        left = (
            ""
            if self.seconds_left is None
            else msg("Copies", QT_TRANSLATE_NOOP("Copies", ", {time} left"),
                     time=format_seconds(self.seconds_left))
        )  # fmt: skip
        if self.phase == "preparing":  # counted in audio frames, not bytes
            return msg("Copies", QT_TRANSLATE_NOOP("Copies", "{phase}: {fraction:.0%}{left}"),
                       phase=phase, fraction=self.fraction, left=left)  # fmt: skip
        return msg("Copies", QT_TRANSLATE_NOOP(
            "Copies",
            "{phase}: {done:.1f} of {total:.1f} MB ({fraction:.0%}), {speed:.1f} MB/s{left}"),
            phase=phase, done=self.done_bytes / 1e6, total=self.total_bytes / 1e6,
            fraction=self.fraction, speed=self.bytes_per_second / 1e6, left=left)  # fmt: skip


def format_seconds(s: float) -> str:
    s = max(0, int(round(s)))
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class CancelToken:
    """Set from any thread (the UI's Cancel button); the copy stops at the next block."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class ProgressMeter:
    WINDOW_SECONDS = 3.0
    MIN_INTERVAL = 0.1

    def __init__(
        self,
        total: int,
        callback: Callable[[Progress], None] | None = None,
        cancel: CancelToken | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = max(total, 1)
        self.callback = callback
        self.cancel = cancel
        self.clock = clock
        self.done = 0
        self.phase = "checking"
        self._samples: deque[tuple[float, int]] = deque()
        self._last_emit = -1.0
        self._last_file = ""
        self._start = clock()
        self._samples.append((self._start, 0))

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise ExportCancelled(CANCELLED)

    def set_phase(self, phase: str) -> None:
        self.phase = phase
        self.check_cancel()
        self.emit(force=True)

    def tick(self, n: int, file: str = "") -> None:
        self.done += n
        now = self.clock()
        self._samples.append((now, self.done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self.WINDOW_SECONDS:
            self._samples.popleft()
        self.check_cancel()
        if file != self._last_file or now - self._last_emit >= self.MIN_INTERVAL:
            self._last_file = file
            self.emit(file=file)

    def speed(self) -> float:
        (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
        if t1 - t0 <= 0:
            elapsed = self.clock() - self._start
            return self.done / elapsed if elapsed > 0 else 0.0
        return (b1 - b0) / (t1 - t0)

    def snapshot(self, file: str = "") -> Progress:
        speed = self.speed()
        left = (self.total - self.done) / speed if speed > 0 else None
        return Progress(self.phase, self.done, self.total, speed, left, file)

    def emit(self, force: bool = False, file: str = "") -> None:
        self._last_emit = self.clock()
        if self.callback is not None:
            self.callback(self.snapshot(file))
