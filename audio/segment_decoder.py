"""Decoding a recorded hearing from any hearing frame: :class:`SegmentDecoder`.

The player's reader thread (:mod:`audio.playback`), the review's overview and the listening
copy's mix-down read a hearing through it: it seeks within a closed FLAC, and decodes
sequentially where a killed (torn) file cannot seek; a file that ends early is skipped to the next
segment. What it needs of a hearing is :class:`PlaybackSource` (``app.review.model.HearingReview``
has it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np


class PlaybackFile(Protocol):
    path: Path
    channels: tuple[int, ...]  # 1-based microphones in this file


class PlaybackSegment(Protocol):
    first_frame: int
    frames: int

    @property
    def files(self) -> Sequence[PlaybackFile]: ...

    @property
    def end_frame(self) -> int: ...


class PlaybackSource(Protocol):
    """What the player needs of a hearing (``app.review.model.HearingReview`` has it)."""

    rate: int
    channels: int
    bits: int
    total_frames: int

    @property
    def segments(self) -> Sequence[Any]: ...


class SegmentDecoder:
    """Reads float32 frames of every microphone from a hearing frame on, segment after segment."""

    def __init__(self, source: PlaybackSource, frame: int, block: int) -> None:
        import soundfile as sf

        self._sf = sf
        self.source = source
        self.block = block
        self.frame = frame
        self._files: list[Any] = []
        self._seg: Any = None
        self.scale = 1.0 / (32768.0 if source.bits == 16 else 2147483648.0)
        self.dtype = "int16" if source.bits == 16 else "int32"

    def _open(self) -> bool:
        self.close()
        segs = self.source.segments
        seg = next((s for s in segs if s.first_frame <= self.frame < s.end_frame), None)
        if seg is None:  # in a gap or past the end: continue at the next segment, if any
            seg = next((s for s in segs if s.first_frame > self.frame), None)
            if seg is None:
                return False
            self.frame = seg.first_frame
        offset = self.frame - seg.first_frame
        for f in seg.files:
            h = self._sf.SoundFile(str(f.path), mode="r")
            try:
                h.seek(offset)
            except (RuntimeError, self._sf.LibsndfileError):
                h.close()  # a killed FLAC cannot seek: decode from the start and skip
                h = self._sf.SoundFile(str(f.path), mode="r")
                left = offset
                while left > 0:
                    got = len(h.read(min(left, 1 << 16), dtype=self.dtype))
                    if got == 0:
                        break
                    left -= got
            self._files.append((h, f.channels))
        self._seg = seg
        return True

    def read(self) -> np.ndarray | None:
        """The next block ``(frames, microphones)`` at :attr:`frame`, or None at the end."""
        if (self._seg is None or self.frame >= self._seg.end_frame) and not self._open():
            return None
        n = min(self.block, self._seg.end_frame - self.frame)
        out = np.zeros((n, self.source.channels), dtype=np.float32)
        got = n
        for h, chans in self._files:
            try:
                data = h.read(n, dtype=self.dtype, always_2d=True)
            except (RuntimeError, self._sf.LibsndfileError):
                data = np.zeros((0, len(chans)), dtype=self.dtype)
            got = min(got, len(data))
            idx = [c - 1 for c in chans][: data.shape[1]]
            out[: len(data), idx] = data[:, : len(idx)] * self.scale
        if got == 0:  # the file ends early (torn): skip to the next segment
            self.frame = self._seg.end_frame
            self.close()
            return self.read()
        self.frame += got
        return out[:got]

    def close(self) -> None:
        for h, _ in self._files:
            h.close()
        self._files = []
        self._seg = None
