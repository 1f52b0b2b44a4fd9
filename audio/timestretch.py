"""Playback speed without a change of pitch: a small streaming WSOLA time-stretcher (numpy only).

Why our own: the well-kept library that does this best, pedalboard (Spotify; Rubber Band inside),
offers ``time_stretch`` only on a whole buffer, with no streaming state, so feeding it playback
blocks would put a seam at every block; audiotsm and pytsmod have had no release for years;
pyrubberband runs the ``rubberband`` program on files. Court recordings are speech, for which
WSOLA (waveform-similarity overlap-add, Verhelst & Roelands 1993) is the classic choice and good
enough at 0.5–2×: windows of 32 ms are taken from the input every ``32 ms / 2 × speed`` and laid
down every 16 ms with a Hann window (which sums to one at 50 % overlap); each window is shifted by
up to ±8 ms to the position most similar to the natural continuation of the previous one, so
voiced speech keeps its period and no pitch change or phasing is heard. The similarity search
runs on a 4× decimated mix of the microphones being heard and every microphone is cut at the
same place, so channels stay aligned. :meth:`Wsola.process` also says which input frame each
output frame came from, so the player can show the position on the recording.
"""

from __future__ import annotations

import numpy as np

MIN_SPEED, MAX_SPEED = 0.5, 2.0
_DECIMATE = 4


class Wsola:
    """Streaming WSOLA over ``channels`` float32 channels; feed with :meth:`process`."""

    def __init__(self, channels: int, rate: int, speed: float = 1.0) -> None:
        if not MIN_SPEED <= speed <= MAX_SPEED:
            raise ValueError(f"speed must be {MIN_SPEED}–{MAX_SPEED}")
        self.channels = channels
        self.rate = rate
        self.speed = speed
        self.n = 2 * int(round(0.016 * rate))  # window, even
        self.hop = self.n // 2  # synthesis hop
        self.tol = int(round(0.008 * rate)) // _DECIMATE * _DECIMATE
        k = np.arange(self.n)
        self.window = (0.5 - 0.5 * np.cos(2 * np.pi * k / self.n)).astype(np.float32)[:, None]
        self.weights = np.full(channels, 1.0 / channels, dtype=np.float32)
        self.reset(0)

    def set_weights(self, heard: list[bool]) -> None:
        """Align on the microphones the listener hears (solo, mute), not on all of them."""
        w = np.asarray(heard, dtype=np.float32)
        self.weights = w / w.sum() if w.sum() else np.full_like(w, 1.0 / len(w))

    def reset(self, first_input_frame: int) -> None:
        """Start over at input frame ``first_input_frame`` (after a seek)."""
        self._buf = np.zeros((0, self.channels), dtype=np.float32)
        self._base = first_input_frame  # input frame of _buf[0]
        self._origin = first_input_frame
        self._a = 0.0  # ideal analysis position, relative to _origin
        self._prev: int | None = None  # chosen position of the previous window (absolute)
        self._tail = np.zeros((self.hop, self.channels), dtype=np.float32)

    def process(self, block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Add input frames (contiguous with the previous ones); return ``(output, source)``:
        output frames ready so far and, for each, the input frame it stands for."""
        self._buf = np.concatenate([self._buf, block.astype(np.float32, copy=False)])
        outs: list[np.ndarray] = []
        srcs: list[np.ndarray] = []
        while True:
            target = self._origin + int(round(self._a))
            lo = target - self.tol if self._prev is not None else target
            need_end = max(target + self.tol + self.n, (self._prev or 0) + self.hop + self.n)
            if need_end > self._base + len(self._buf):
                break
            chosen = target if self._prev is None else self._best(max(lo, self._base), target)
            i = chosen - self._base
            frame = self._buf[i : i + self.n] * self.window
            outs.append(self._tail + frame[: self.hop])
            self._tail = frame[self.hop :].copy()
            srcs.append(target + (np.arange(self.hop) * self.speed).astype(np.int64))
            self._prev = chosen
            self._a += self.hop * self.speed
            keep_from = min(self._origin + int(self._a) - self.tol, chosen + self.hop) - self._base
            if keep_from > 0:
                self._buf = self._buf[keep_from:]
                self._base += keep_from
        if not outs:
            return (np.zeros((0, self.channels), np.float32), np.zeros(0, np.int64))
        return np.concatenate(outs), np.concatenate(srcs)

    def _best(self, lo: int, target: int) -> int:
        """The start within ±tol of ``target`` most like the previous window's continuation."""
        assert self._prev is not None
        d = _DECIMATE
        nat = self._prev + self.hop - self._base
        ref = self._buf[nat : nat + self.n : d] @ self.weights
        hi = target + self.tol
        a, b = lo - self._base, hi - self._base + self.n
        region = self._buf[a:b:d] @ self.weights
        if len(region) < len(ref):
            return target
        corr = np.correlate(region, ref, mode="valid")
        energy = np.convolve(region * region, np.ones(len(ref), np.float32), mode="valid")
        score = corr / np.sqrt(energy + 1e-9)
        return lo + int(np.argmax(score)) * d
