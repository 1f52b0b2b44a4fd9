"""Per-channel digital peak meter in the style of IEC 60268-18, pure numpy and Qt-free.

:class:`LevelMeter` is fed the integer PCM blocks the recorder stores (frames × channels, int16
or int32 holding 24-bit samples in the top bytes) and keeps, per channel and vectorised over
channels: the block's sample peak and RMS in dBFS, a ballistic display level (instant attack, a
fall of 12 dB/s counted in *audio* time, frames / rate, so a stalled or fast-running source never
distorts it), a peak-hold marker (holds 1.5 s, then falls at the same rate), a clip latch after
``clip_run`` consecutive full-scale samples (runs are carried across block boundaries) and a
"silent" flag after 30 s of audio below −60 dBFS. The writer thread calls :meth:`LevelMeter.feed`;
the GUI reads :meth:`LevelMeter.snapshot` from another thread: every feed builds a new immutable
:class:`MeterSnapshot` and publishes it with one reference assignment, so a reader never sees a
half-updated state. :func:`iec_scale`, :data:`TICKS_DB` and :func:`zone` describe how to draw it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import numpy as np

TICKS_DB: tuple[int, ...] = (-60, -48, -36, -24, -18, -12, -6, -3, 0)
GREEN_BELOW_DB = -18.0  # green below −18 dBFS
RED_ABOVE_DB = -6.0  # yellow from −18 to −6 dBFS, red above −6 dBFS
SCALE_MIN_DB = -60.0

# IEC 60268-18 piecewise scale as in JACK meterbridge / Ardour / Friture's iec.py: deflection
# fractions at these dB points (−70 → 0, 0 dB → 1). We draw only −60…0, so the curve is re-based
# to put −60 dBFS at 0.0 while keeping its shape (more room for the −20…0 working range).
_IEC_DB = np.array([-70.0, -60.0, -50.0, -40.0, -30.0, -20.0, 0.0])
_IEC_DEF = np.array([0.0, 0.025, 0.075, 0.15, 0.3, 0.5, 1.0])
_IEC_BASE = 0.025


def iec_scale(db: float) -> float:
    """Map a level in dBFS to a meter deflection 0..1 (−60 dBFS → 0.0, 0 dBFS → 1.0).

    Piecewise linear in dB with the IEC 60268-18 slopes: 0.5 %/dB from −60 to −50, 0.75 %/dB to
    −40, 1.5 %/dB to −30, 2 %/dB to −20 and 2.5 %/dB from −20 to 0 (before re-basing). Values
    outside −60…0 are clamped.
    """
    d = float(np.interp(float(db), _IEC_DB, _IEC_DEF))
    return min(1.0, max(0.0, (d - _IEC_BASE) / (1.0 - _IEC_BASE)))


def zone(db: float) -> str:
    """Colour zone of a level: ``"green"`` below −18, ``"yellow"`` to −6, ``"red"`` above."""
    if db < GREEN_BELOW_DB:
        return "green"
    if db <= RED_ABOVE_DB:
        return "yellow"
    return "red"


@dataclass(frozen=True)
class MeterSnapshot:
    """Everything a meter view draws, as read-only arrays with one entry per channel."""

    peak_db: np.ndarray  # sample peak of the last block, dBFS (floor_db for silence)
    rms_db: np.ndarray  # RMS of the last block, dBFS (a full-scale sine reads −3.01)
    display_db: np.ndarray  # ballistic bar level
    hold_db: np.ndarray  # peak-hold marker
    clipped: np.ndarray  # bool: clip latched (until reset_clip)
    silent: np.ndarray  # bool: below silence_db for silence_s of audio
    frames_seen: int  # frames fed so far (hearing frames if fed from the hearing's start)


_VECDOT = getattr(np, "vecdot", None)  # numpy >= 2.0


def _sum_squares(x: np.ndarray) -> np.ndarray:
    """Row-wise sum of squares (np.vecdot where numpy has it: ~2.5× faster than einsum)."""
    if _VECDOT is not None:
        return np.asarray(_VECDOT(x, x), dtype=np.float64)
    return np.einsum("ij,ij->i", x, x).astype(np.float64)


def _frozen(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


class LevelMeter:
    """Peak/RMS/ballistic meter with peak hold, clip latch and silence detection per channel.

    ``full_scale`` is 32768 for int16 blocks and 2**31 for int32 blocks holding 24-bit samples
    (low byte zero). A sample counts as full scale when it is within one LSB of positive full
    scale (>= 32767 for 16-bit; >= 2**31 - 256 for 24-bit, whose largest code is 0x7FFFFF00) or
    at negative full scale. Block results (peak, RMS, a new peak for the display and hold) are
    taken as of the end of the block, so the ballistics are exact to within one block.

    ``feed`` is meant to be called from one thread; ``snapshot`` and ``reset_clip`` are safe to
    call from any other thread.
    """

    def __init__(
        self,
        channels: int,
        rate: int,
        full_scale: float,
        *,
        fall_db_per_s: float = 12.0,
        hold_s: float = 1.5,
        clip_run: int = 3,
        silence_db: float = -60.0,
        silence_s: float = 30.0,
        floor_db: float = -90.0,
    ) -> None:
        if channels < 1 or rate < 1 or full_scale <= 0 or clip_run < 1:
            raise ValueError("channels, rate, full_scale and clip_run must be positive")
        self.channels = channels
        self.rate = rate
        self.full_scale = float(full_scale)
        self.fall_db_per_s = float(fall_db_per_s)
        self.hold_s = float(hold_s)
        self.clip_run = int(clip_run)
        self.silence_db = float(silence_db)
        self.silence_s = float(silence_s)
        self.floor_db = float(floor_db)
        self._dtype = np.dtype(np.int16) if self.full_scale <= 32768.0 else np.dtype(np.int32)
        lsb = 1 if self._dtype == np.int16 else 256
        self._clip_hi = int(self.full_scale) - lsb
        self._clip_lo = -int(self.full_scale)
        self._floor_lin = 10.0 ** (self.floor_db / 20.0)
        self._floor_pow = self._floor_lin * self._floor_lin
        self._inv_fs = 1.0 / self.full_scale
        self._inv_fs2 = self._inv_fs * self._inv_fs

        self.frames_seen = 0
        self.clip_frames: dict[int, int] = {}  # channel → hearing frame where the run started
        floor = np.full(channels, self.floor_db)
        self._display = floor.copy()
        self._now = 0.0  # audio seconds fed (frames_seen / rate)
        self._hold_peak = floor.copy()  # level of the held peak
        self._hold_until = np.zeros(channels)  # audio time when the held level starts to fall
        self._last_loud = np.zeros(channels)  # audio time of the last block at/above silence_db
        self._clipped = _frozen(np.zeros(channels, dtype=bool))
        self._carry = np.zeros(channels, dtype=np.int64)  # full-scale run at end of last block
        self._carry_any = False
        self._lock = threading.Lock()  # feed vs reset_clip; readers never take it
        self._snapshot = MeterSnapshot(
            peak_db=_frozen(floor.copy()),
            rms_db=_frozen(floor.copy()),
            display_db=_frozen(floor.copy()),
            hold_db=_frozen(floor.copy()),
            clipped=self._clipped,
            silent=_frozen(np.zeros(channels, dtype=bool)),
            frames_seen=0,
        )

    def snapshot(self) -> MeterSnapshot:
        """The latest published state (an immutable object; no copying, no locking)."""
        return self._snapshot

    def feed(self, block: np.ndarray) -> list[int]:
        """Meter one block; return the 0-based channels whose clip latch was newly set."""
        if block.ndim != 2 or block.shape[1] != self.channels:
            raise ValueError(f"expected (frames, {self.channels}) block, got {block.shape}")
        if block.dtype != self._dtype:
            raise TypeError(f"expected {self._dtype} samples for full scale {self.full_scale:g}")
        n = block.shape[0]
        if n == 0:
            return []
        with self._lock:
            return self._feed(block, n)

    def _feed(self, block: np.ndarray, n: int) -> list[int]:
        # Each numpy call costs ~1-3 µs of overhead on 8-element arrays, more than its arithmetic,
        # so this path is written for few calls: times are absolute audio seconds, no np.where.
        self._now += n / self.rate
        now = self._now
        # One channel-major float32 copy serves every reduction (reducing along rows of a
        # frames × channels block costs ~5× more); float32 holds int16 and 24-bit codes exactly.
        x = block.T.astype(np.float32, order="C")
        mx = x.max(axis=1)
        mn = x.min(axis=1)
        peak = np.maximum(mx, -mn)
        peak_db = np.log10(
            np.maximum(np.multiply(peak, self._inv_fs, dtype=np.float64), self._floor_lin)
        )
        peak_db *= 20.0
        rms_db = np.log10(np.maximum(_sum_squares(x) * (self._inv_fs2 / n), self._floor_pow))
        rms_db *= 10.0

        display = np.maximum(self._display - self.fall_db_per_s * (n / self.rate), peak_db)

        # Hold: the held level stays until _hold_until, then falls at the display's rate.
        held = np.maximum(now - self._hold_until, 0.0)
        held *= -self.fall_db_per_s
        held += self._hold_peak
        fresh = peak_db >= held
        np.copyto(self._hold_peak, peak_db, where=fresh)
        np.copyto(self._hold_until, now + self.hold_s, where=fresh)
        hold = np.maximum(np.maximum(held, peak_db, out=held), display, out=held)

        np.copyto(self._last_loud, now, where=peak_db >= self.silence_db)
        silent = (now - self._last_loud) >= self.silence_s

        newly: list[int] = []
        hot = None
        if peak.max() >= self._clip_hi:  # cheap pre-check; a latched channel needs no more work
            cand = (mx >= self._clip_hi) | (mn <= self._clip_lo)
            hot = np.flatnonzero(cand & ~self._clipped)
        if hot is not None and hot.size:
            newly = self._clip_runs(x, hot)
        elif self._carry_any:
            self._carry[:] = 0
            self._carry_any = False

        self._display = display
        self.frames_seen += n
        self._snapshot = MeterSnapshot(
            peak_db=_frozen(peak_db),
            rms_db=_frozen(rms_db),
            display_db=_frozen(display),
            hold_db=_frozen(hold),
            clipped=self._clipped,
            silent=_frozen(silent),
            frames_seen=self.frames_seen,
        )
        return newly

    def _clip_runs(self, x: np.ndarray, idx: np.ndarray) -> list[int]:
        """Find runs of full-scale samples on channels ``idx`` of the channel-major block ``x``.

        This is the rare path, still vectorised: the length of the full-scale run ending at each
        position is its distance to the last non-full-scale sample (a running maximum of their
        positions); where the block has had no such sample yet, the run continues the one
        carried over from the previous block.
        """
        sub = x[idx]
        at_fs = (sub >= self._clip_hi) | (sub <= self._clip_lo)
        pos = np.arange(sub.shape[1])[None, :]
        last_break = np.maximum.accumulate(np.where(at_fs, -1, pos), axis=1)
        run = pos - last_break
        run = np.where(last_break < 0, run + self._carry[idx, None], run)
        carry = np.zeros_like(self._carry)
        carry[idx] = run[:, -1]
        self._carry = carry
        self._carry_any = bool(carry.any())

        reached = run >= self.clip_run
        hit = reached.any(axis=1)
        if not hit.any():
            return []
        clipped = self._clipped.copy()
        newly: list[int] = []
        for j in np.flatnonzero(hit):
            ch = int(idx[j])
            first = int(np.argmax(reached[j]))
            self.clip_frames[ch] = self.frames_seen + first - int(run[j, first]) + 1
            clipped[ch] = True
            newly.append(ch)
        self._clipped = _frozen(clipped)
        return newly

    def reset_clip(self, channel: int | None = None) -> None:
        """Clear the clip latch of one channel (0-based) or of all; ``clip_frames`` is kept."""
        if channel is not None and not 0 <= channel < self.channels:
            raise ValueError(f"channel {channel} out of range 0..{self.channels - 1}")
        with self._lock:
            clipped = self._clipped.copy()
            carry = self._carry.copy()
            if channel is None:
                clipped[:] = False
                carry[:] = 0
            else:
                clipped[channel] = False
                carry[channel] = 0
            self._carry = carry
            self._carry_any = bool(carry.any())
            self._clipped = _frozen(clipped)
            self._snapshot = replace(self._snapshot, clipped=self._clipped)
