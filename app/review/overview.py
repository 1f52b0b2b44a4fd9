"""Overview waveforms of a whole hearing for the review timeline, from the segments' peak files.

:class:`Overview` loads each segment's ``.peaks`` file lazily (memory-mapped, read-only, see
:func:`audio.peaks.read_peaks`) and, when one is missing or unreadable, rebuilds that segment's
peaks in memory from its audio (:func:`audio.peaks.build_peaks_from_files`) — never writing a
file, since the hearing under review is evidence. :meth:`Overview.envelope` answers "min and max of
every microphone for each of N pixels between two hearing frames", choosing the 16384-frame level
for a whole day and the 256-frame level when zoomed in, so drawing the timeline costs about the
same at any zoom. Zoomed in closer than one peak point per pixel (a view of a few seconds), it
decodes the samples themselves, so one second shows the true waveform.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import numpy as np

from audio.peaks import COARSE_STEP, FINE_STEP, Peaks, build_peaks_from_files, read_peaks

SAMPLES_MAX_FRAMES = 10 * 48000  # decode real samples for views of up to this many frames

if TYPE_CHECKING:
    from app.review.model import HearingReview, Segment


class Overview:
    """Per-segment peaks of one hearing, loaded on first use and kept."""

    def __init__(self, review: HearingReview) -> None:
        self.review = review
        self._peaks: dict[int, Peaks | None] = {}
        self._lock = threading.Lock()
        self.rebuilt: list[int] = []  # segments whose peaks came from the audio

    def peaks(self, seg: Segment) -> Peaks | None:
        with self._lock:
            if seg.number in self._peaks:
                return self._peaks[seg.number]
        p: Peaks | None = None
        try:
            if seg.peaks is not None and seg.peaks.is_file():
                p = read_peaks(seg.peaks)
                if p.channels != self.review.channels:
                    p = None
        except (OSError, ValueError):
            p = None
        if p is None:
            p = self._rebuild(seg)
        with self._lock:
            self._peaks[seg.number] = p
        return p

    def _rebuild(self, seg: Segment) -> Peaks | None:
        try:
            acc = build_peaks_from_files(
                [f.path for f in seg.files],
                [len(f.channels) for f in seg.files],
                self.review.rate,
                self.review.bits,
                blocksize=4096,  # small: a torn tail
            )
        except (OSError, RuntimeError, ValueError):
            return None
        self.rebuilt.append(seg.number)
        return acc.peaks()

    def envelope(self, start: float, end: float, pixels: int) -> np.ndarray:
        """``(pixels, channels, 2)`` float32 min/max in −1…1 for hearing frames ``[start, end)``;
        pixels with no audio hold zeros."""
        rv = self.review
        out = np.zeros((max(pixels, 0), rv.channels, 2), dtype=np.float32)
        if pixels <= 0 or end <= start:
            return out
        fpp = (end - start) / pixels
        if fpp < FINE_STEP and end - start <= SAMPLES_MAX_FRAMES:
            return self._from_samples(out, int(start), int(end), fpp)
        step = COARSE_STEP if fpp >= COARSE_STEP else FINE_STEP
        for seg in rv.segments:
            if seg.end_frame <= start or seg.first_frame >= end:
                continue
            p = self.peaks(seg)
            if p is None:
                continue
            points = p.coarse if step == COARSE_STEP else p.fine
            if len(points) == 0:
                continue
            if fpp >= step:
                self._reduce(out, points, seg.first_frame, step, start, fpp)
            else:
                self._gather(out, points, seg, step, start, fpp)
        return out

    def _from_samples(self, out: np.ndarray, start: int, end: int, fpp: float) -> np.ndarray:
        """Zoomed in to seconds, the peaks are coarser than the pixels: decode the audio itself
        (read-only, a few seconds) and take min/max per pixel."""
        from audio.playback import SegmentDecoder

        dec = SegmentDecoder(self.review, start, 1 << 15)
        parts = []
        try:
            while dec.frame < end:
                first = dec.frame
                block = dec.read()
                if block is None:
                    break
                parts.append((first, block))
        except (OSError, RuntimeError):
            pass
        finally:
            dec.close()
        for first, block in parts:
            block = block[: max(0, end - first)]
            x = ((first + np.arange(len(block)) - start) // fpp).astype(np.int64)
            keep = (x >= 0) & (x < len(out))
            if not keep.any():
                continue
            x, block = x[keep], block[keep]
            starts = np.flatnonzero(np.r_[True, x[1:] != x[:-1]])
            out[x[starts], :, 0] = np.minimum.reduceat(block, starts, axis=0)
            out[x[starts], :, 1] = np.maximum.reduceat(block, starts, axis=0)
        return out

    @staticmethod
    def _reduce(
        out: np.ndarray, points: np.ndarray, first: int, step: int, start: float, fpp: float
    ) -> None:
        """Several points per pixel: min/max over the points that fall into each pixel."""
        pixels = len(out)
        j0 = max(0, int((start - first) // step))
        j1 = min(len(points), int((start + pixels * fpp - first) // step) + 1)
        if j1 <= j0:
            return
        idx = ((first + np.arange(j0, j1) * step - start) // fpp).astype(np.int64)
        keep = (idx >= 0) & (idx < pixels)
        if not keep.any():
            return
        idx = idx[keep]
        pts = np.asarray(points[j0:j1])[keep].astype(np.float32) / 32768.0
        starts = np.flatnonzero(np.r_[True, idx[1:] != idx[:-1]])
        lo = np.minimum.reduceat(pts[:, :, 0], starts, axis=0)
        hi = np.maximum.reduceat(pts[:, :, 1], starts, axis=0)
        px = idx[starts]
        out[px, :, 0] = np.minimum(out[px, :, 0], lo)
        out[px, :, 1] = np.maximum(out[px, :, 1], hi)

    @staticmethod
    def _gather(
        out: np.ndarray, points: np.ndarray, seg: Segment, step: int, start: float, fpp: float
    ) -> None:
        """Fewer than one point per pixel: each pixel shows the point under its centre."""
        centres = start + (np.arange(len(out)) + 0.5) * fpp
        inside = (centres >= seg.first_frame) & (centres < seg.end_frame)
        if not inside.any():
            return
        j = ((centres[inside] - seg.first_frame) // step).astype(np.int64)
        j = np.clip(j, 0, len(points) - 1)
        out[inside] = np.asarray(points)[j].astype(np.float32) / 32768.0
