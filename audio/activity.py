"""Who is speaking: per-microphone speech activity with crosstalk-robust speaker selection.

Every microphone in a courtroom hears every speaker, some 20 dB lower than the speaker's own
microphone, over a steady room noise. :class:`SpeakerActivity` is fed the same integer PCM blocks
the recorder stores and keeps, pure numpy and Qt-free:

* the speech energy of each channel in 20 ms hops (DC removed);
* a **noise floor per channel**: the quietest hop of the last ``floor_window_s`` (minimum
  statistics over sub-windows of ``floor_step_s``), so steady noise, however loud, never counts
  as speech, a quieter room is followed at once and a louder one (or a microphone switched on
  after digital silence) within the window; speech always has quieter hops between words;
* per hop, the **leader**: the channel whose energy above its floor (``P − P_floor``) exceeds its
  floor by ``on_db`` and leads every other channel by ``margin_db`` — crosstalk is a copy of the
  speaker's voice some 20 dB lower, so it never leads;
* a turn state machine with **hysteresis**: a turn starts when one channel has led for
  ``min_on_s`` (back-dated to its first leading hop), passes to another channel only after that
  one has led for ``switch_s`` while the current speaker did not (back-dated again), and ends
  when the speaker has not spoken for ``hangover_s`` (a breath or a pause shorter than that
  never splits a turn); during overlapping speech the current speaker keeps the turn as long as
  it stays within the margin of the loudest channel.

:meth:`SpeakerActivity.feed` runs on the recorder's writer thread; :attr:`current` (the channel
speaking now, or ``None``) and :meth:`turns_since` are read from any thread (one reference
assignment publishes each change). Frames are hearing frames: the caller passes the hearing
frame of each block's first sample. :func:`detect_turns` runs the same detector over whole
arrays or block iterators (files of a recorded hearing).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


@dataclass(frozen=True)
class Turn:
    """One participant's microphone speaking: frames ``[start, end)``, 0-based ``channel``."""

    start: int
    end: int
    channel: int


@dataclass(frozen=True)
class ActivityConfig:
    hop_s: float = 0.02
    on_db: float = 9.0  # a channel speaks when its energy is this far above its noise floor
    margin_db: float = 6.0  # ... and leads every other channel's speech energy by this much
    min_on_s: float = 0.12  # a turn starts after its channel has led this long
    switch_s: float = 0.25  # another channel takes the turn after leading this long
    hangover_s: float = 0.9  # the turn ends after this long without its speaker (> 0.6 s)
    floor_window_s: float = 3.0
    modulation_s: float = 0.4  # speech rises and falls: a steady sound is not speech ...
    modulation_db: float = 6.0  # ... unless its energy moved this much within modulation_s
    floor_step_s: float = 0.5
    floor_min_db: float = -100.0
    run_gap_s: float = 0.35  # a channel's speaking run survives gaps between syllables this long


class SpeakerActivity:
    """Streaming speaker detector over ``channels`` microphones (see the module docstring)."""

    def __init__(
        self,
        channels: int,
        rate: int,
        full_scale: float = 32768.0,
        config: ActivityConfig | None = None,
        *,
        first_frame: int = 0,
    ) -> None:
        if channels < 1 or rate < 1:
            raise ValueError("channels and rate must be positive")
        self.channels = channels
        self.rate = rate
        self.config = cfg = config or ActivityConfig()
        self.hop = max(1, int(round(cfg.hop_s * rate)))
        self._hop_s = self.hop / rate
        self._ones = np.ones(self.hop, dtype=np.float32)
        self._inv_fs2 = 1.0 / (float(full_scale) ** 2)
        self._carry = np.zeros((0, channels), dtype=np.float32)
        self._next_frame = first_frame  # hearing frame of the carried/next sample
        # floor: minima of the last sub-windows, and of the one being filled
        self._step_hops = max(1, int(round(cfg.floor_step_s / self._hop_s)))
        self._minima: deque[np.ndarray] = deque(
            maxlen=max(1, int(round(cfg.floor_window_s / cfg.floor_step_s)))
        )
        self._minima_min = np.full(channels, np.inf)
        self._part = np.full(channels, np.inf)
        self._part_hops = 0
        self._mod_hops = max(1, int(round(cfg.modulation_s / self._hop_s)))
        self._recent = np.full((channels, self._mod_hops), cfg.floor_min_db)  # last hops' energy
        self._on_hops = max(1, math.ceil(cfg.min_on_s / self._hop_s - 1e-9))
        self._switch_hops = max(1, math.ceil(cfg.switch_s / self._hop_s - 1e-9))
        self._hang_hops = max(1, math.ceil(cfg.hangover_s / self._hop_s - 1e-9))
        # turn state (writer thread)
        self._speaker: int | None = None
        self._turn_start = 0
        self._last_spoke = 0  # frame just after the speaker's last speaking hop
        self._silent_hops = 0
        self._cand: int | None = None
        self._cand_start = 0
        self._cand_hops = 0
        self._cand_last = 0
        self._gap_frames = int(cfg.run_gap_s * rate)
        self._run_start = np.zeros(channels, dtype=np.int64)  # each channel's speaking run
        self._run_last = np.full(channels, -(10**15), dtype=np.int64)
        self._turns: list[Turn] = []
        self._live: Turn | None = None
        # published state (any thread)
        self.current: int | None = None
        self.frames_seen = first_frame

    # ------------------------------------------------------------------ feeding
    def feed(self, block: np.ndarray, frame: int | None = None) -> None:
        """Analyse one ``frames × channels`` block whose first sample is hearing ``frame``."""
        if block.ndim != 2 or block.shape[1] != self.channels:
            raise ValueError(f"expected (frames, {self.channels}) block, got {block.shape}")
        n = block.shape[0]
        if n == 0:
            return
        if frame is not None and frame != self._next_frame + len(self._carry):
            self.flush()  # a discontinuity: what came before ends here
            self._carry = self._carry[:0]
            self._next_frame = frame
        x = block.astype(np.float32)
        if len(self._carry):
            x = np.concatenate((self._carry, x))
        hops = len(x) // self.hop
        used = hops * self.hop
        self._carry = x[used:].copy()
        if hops:
            self._analyse(x[:used], hops)
        self.frames_seen = self._next_frame + len(self._carry)

    def _analyse(self, x: np.ndarray, hops: int) -> None:
        # channel-major hops: (channels, hops, hop) → energy per hop with DC removed
        # sums over each hop as a product with a row of ones (BLAS: ~9× numpy's reductions
        # over this layout); float32 keeps 7 digits, plenty for an energy in dB
        h = x.reshape(hops, self.hop, self.channels)
        s = (self._ones @ h).T.astype(np.float64)  # channels × hops
        ss = (self._ones @ np.square(h)).T.astype(np.float64)
        power = np.maximum(ss - s * s / self.hop, 0.0) * (self._inv_fs2 / self.hop)
        e = 10.0 * np.log10(power + 1e-12)  # channels × hops, dBFS
        e = np.maximum(e, self.config.floor_min_db)
        floor = self._floor(e, hops)
        excess_pow = power - 10.0 ** (floor / 10.0)
        speech = 10.0 * np.log10(np.maximum(excess_pow, 1e-12))  # energy above the floor, dBFS
        active = (e - floor) >= self.config.on_db
        # energy moved within the last modulation_s (speech), not a steady sound (a fan)
        recent = np.concatenate((self._recent, e), axis=1)
        win = sliding_window_view(recent, self._mod_hops + 1, axis=1)[:, -hops:]
        active &= (win.max(axis=2) - win.min(axis=2)) >= self.config.modulation_db
        self._recent = recent[:, -self._mod_hops :].copy()
        speech = np.where(active, speech, -200.0)
        top2 = (
            np.partition(speech, -2, axis=0)[-2:]
            if self.channels > 1
            else np.vstack((np.full((1, hops), -300.0), speech))
        )
        best = speech.argmax(axis=0)
        lead = top2[1] - top2[0]
        leads = active.any(axis=0) & (lead >= self.config.margin_db)
        top = top2[1]
        margin = self.config.margin_db
        speaking = active & (speech >= top[None, :] - margin)  # near the loudest: overlap
        any_speaking = speaking.any(axis=0)
        start = self._next_frame
        for i in range(hops):
            f = start + i * self.hop
            if any_speaking[i]:
                now = speaking[:, i]
                fresh = now & (f - self._run_last > self._gap_frames)
                self._run_start[fresh] = f
                self._run_last[now] = f + self.hop
            leader = int(best[i]) if leads[i] else None
            sp = self._speaker
            self._step(f, leader, sp is not None and bool(speaking[sp, i]))
        self._next_frame = start + hops * self.hop
        self._publish()

    def _publish(self) -> None:
        """One reference assignment each: a reader never sees a turn half updated."""
        sp = self._speaker
        self._live = None if sp is None else Turn(self._turn_start, self._last_spoke, sp)
        self.current = sp

    def _floor(self, e: np.ndarray, hops: int) -> np.ndarray:
        """The noise floor at each hop: the least energy of the last window, this hop included."""
        floor = np.empty_like(e)
        i = 0
        while i < hops:
            n = min(hops - i, self._step_hops - self._part_hops)
            run = np.minimum.accumulate(e[:, i : i + n], axis=1)
            np.minimum(run, self._part[:, None], out=run)
            np.minimum(run, self._minima_min[:, None], out=floor[:, i : i + n])
            self._part = run[:, -1].copy()
            self._part_hops += n
            i += n
            if self._part_hops == self._step_hops:
                self._minima.append(self._part)
                self._minima_min = np.min(np.stack(self._minima), axis=0)
                self._part = np.full(self.channels, np.inf)
                self._part_hops = 0
        return floor

    def _step(self, f: int, leader: int | None, spoke: bool) -> None:
        hop = self.hop
        if spoke:
            self._last_spoke = f + hop
            self._silent_hops = 0
        elif self._speaker is not None:
            self._silent_hops += 1
        if leader is not None and leader != self._speaker:
            if leader == self._cand and f - self._cand_last <= self._gap_frames:
                self._cand_hops += 1
            else:
                self._cand, self._cand_start, self._cand_hops = leader, f, 1
            self._cand_last = f + hop
        elif spoke:
            self._cand = None  # the speaker holds the turn: a challenger starts over
        if self._cand is not None:
            need = self._on_hops if self._speaker is None else self._switch_hops
            if self._cand_hops >= need:
                cand = self._cand
                # back-date to the start of the challenger's speaking run: during overlapping
                # speech it began before it could lead
                begin = self._cand_start
                if self._speaker is not None and self._run_last[cand] >= begin:
                    # never before the turn it overlapped, nor more than the run gap allows
                    begin = max(min(begin, int(self._run_start[cand])), self._turn_start)
                if self._speaker is not None:
                    self._end_turn(self._last_spoke)
                self._speaker = cand
                self._turn_start = begin
                self._last_spoke = f + hop
                self._silent_hops = 0
                self._cand = None
                return
        if self._speaker is not None and self._silent_hops >= self._hang_hops:
            self._end_turn(self._last_spoke)
            self._speaker = None

    def _end_turn(self, end: int) -> None:
        assert self._speaker is not None
        if end > self._turn_start:
            self._turns = [*self._turns, Turn(self._turn_start, end, self._speaker)]

    def flush(self) -> None:
        """End the turn in progress at its speaker's last speaking hop (end of audio, a pause)."""
        if self._speaker is not None:
            self._end_turn(self._last_spoke)
        self._speaker = None
        self._cand = None
        self._publish()

    # ------------------------------------------------------------------ reading (any thread)
    @property
    def turns(self) -> list[Turn]:
        """Finished turns, in order (a new list is published on every change)."""
        return self._turns

    def turns_since(self, index: int) -> list[Turn]:
        return self._turns[index:]

    def current_turn(self) -> Turn | None:
        """The turn in progress (its end is the speaker's last speaking hop so far)."""
        return self._live


def detect_turns(
    blocks: Iterable[np.ndarray],
    channels: int,
    rate: int,
    full_scale: float = 32768.0,
    config: ActivityConfig | None = None,
) -> list[Turn]:
    """Run the detector over consecutive blocks (one array is fine) and return every turn."""
    det = SpeakerActivity(channels, rate, full_scale, config)
    for b in blocks:
        det.feed(b)
    det.flush()
    return det.turns
