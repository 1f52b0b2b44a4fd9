"""Overview peaks (min/max per channel) of one segment, for drawing the review timeline fast.

:class:`PeaksAccumulator` is fed the same integer blocks the segment writer stores and keeps the
minimum and maximum of every channel over each 256 frames, as int16 (24-bit audio keeps its top
16 bits), carrying a partial bucket across blocks. The coarse level (16384 frames per point) is
derived exactly from the fine one, since 16384 = 64 × 256. During recording
:meth:`PeaksAccumulator.append_part` appends completed fine points to ``NNNN.peaks.part`` so a
crash loses little; :meth:`PeaksAccumulator.finalize` writes ``NNNN.peaks`` (both levels, with the
partial last bucket) atomically and removes the part file. :func:`read_peaks` maps either file;
:func:`build_peaks_from_files` rebuilds from the segment's FLAC files when the peaks are missing.

File format (all little-endian), a 64-byte header then the arrays::

    offset size  field
    0      4     magic b"ZPK1"
    4      2     version (1)
    6      2     flags: bit 0 = part file (written while recording; the counts and frames in the
                 header are 0 and the fine count is (file size − 64) // (channels × 4); the
                 coarse level is not stored and is derived on reading)
    8      2     channels
    10     2     bits of the source audio (16 or 24; informational)
    12     4     rate (frames per second)
    16     8     frames covered (the last fine/coarse point may cover fewer than its step)
    24     4     fine step (256)          28  4  coarse step (16384)
    32     8     fine point count         40  8  coarse point count
    48     16    reserved, zero
    64     ...   fine points: int16[count][channels][2] as (min, max); then the coarse points,
                 same layout
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from audio.durable import replacing
from audio.pcm import SampleFormat, iter_file_blocks

MAGIC = b"ZPK1"
VERSION = 1
FLAG_PART = 1
FINE_STEP = 256
COARSE_STEP = 16384
_PER_COARSE = COARSE_STEP // FINE_STEP  # 64
_STAGE = COARSE_STEP  # frames staged before reducing
_HEADER = struct.Struct("<4sHHHHIQIIQQ16x")
HEADER_SIZE = _HEADER.size  # 64
_LE_INT16 = np.dtype("<i2")


@dataclass(frozen=True)
class Peaks:
    """Overview peaks of one segment: arrays shaped (points, channels, 2) holding (min, max)."""

    channels: int
    rate: int
    bits: int
    frames: int
    fine: np.ndarray  # one point per FINE_STEP frames
    coarse: np.ndarray  # one point per COARSE_STEP frames

    def level(self, frames_per_pixel: float) -> tuple[int, np.ndarray]:
        """The coarsest level still finer than one pixel: ``(step, points)``."""
        if frames_per_pixel >= COARSE_STEP:
            return COARSE_STEP, self.coarse
        return FINE_STEP, self.fine


def coarsen(fine: np.ndarray) -> np.ndarray:
    """Coarse points (per 16384 frames) from fine ones (per 256), including a partial last one."""
    count = len(fine)
    whole = count // _PER_COARSE
    out = np.empty(((count + _PER_COARSE - 1) // _PER_COARSE, *fine.shape[1:]), dtype=np.int16)
    if whole:
        groups = fine[: whole * _PER_COARSE].reshape(whole, _PER_COARSE, *fine.shape[1:])
        out[:whole, :, 0] = groups[:, :, :, 0].min(axis=1)
        out[:whole, :, 1] = groups[:, :, :, 1].max(axis=1)
    if count > whole * _PER_COARSE:
        tail = fine[whole * _PER_COARSE :]
        out[whole, :, 0] = tail[:, :, 0].min(axis=0)
        out[whole, :, 1] = tail[:, :, 1].max(axis=0)
    return out


class PeaksAccumulator:
    """Min/max per channel per 256 frames of one segment, fed block by block (one owner thread)."""

    def __init__(self, channels: int, rate: int, bits: int) -> None:
        if channels < 1 or rate < 1 or bits not in (16, 24):
            raise ValueError("channels and rate must be positive, bits 16 or 24")
        self.channels = channels
        self.rate = rate
        self.bits = bits
        self.frames = 0
        self._points = np.empty((1024, channels, 2), dtype=np.int16)
        self._count = 0  # completed fine points
        # Blocks are staged and reduced 64 buckets at a time: reducing each 10 ms block on its
        # own costs ~10× more in per-call overhead and in reductions across frames × channels.
        self._stage = np.empty((_STAGE, channels), dtype=np.int16)
        self._stage_n = 0
        self._part_written = 0  # fine points already in the part file

    def feed(self, block: np.ndarray) -> None:
        """Add a (frames × channels) block: int16, or int32 holding samples in the top bytes."""
        if block.ndim != 2 or block.shape[1] != self.channels:
            raise ValueError(f"expected (frames, {self.channels}) block, got {block.shape}")
        if block.dtype not in (np.int16, np.int32):
            raise TypeError(f"expected int16 or int32 samples, got {block.dtype}")
        wide = block.dtype == np.int32
        n = len(block)
        self.frames += n
        pos = 0
        while pos < n:
            take = min(_STAGE - self._stage_n, n - pos)
            dest = self._stage[self._stage_n : self._stage_n + take]
            if wide:
                np.right_shift(block[pos : pos + take], 16, out=dest, casting="unsafe")
            else:
                dest[...] = block[pos : pos + take]
            self._stage_n += take
            pos += take
            if self._stage_n == _STAGE:
                self._reduce_stage()

    def _reduce_stage(self) -> None:
        """Turn the staged whole buckets into points; keep the partial bucket staged."""
        k = self._stage_n // FINE_STEP
        if k == 0:
            return
        if self._count + k > len(self._points):
            size = max(2 * len(self._points), self._count + k)
            grown = np.empty((size, self.channels, 2), dtype=np.int16)
            grown[: self._count] = self._points[: self._count]
            self._points = grown
        used = k * FINE_STEP
        channel_major = np.ascontiguousarray(self._stage[:used].T).reshape(self.channels, k, -1)
        dest = self._points[self._count : self._count + k]
        dest[:, :, 0] = channel_major.min(axis=2).T
        dest[:, :, 1] = channel_major.max(axis=2).T
        self._count += k
        rest = self._stage_n - used
        self._stage[:rest] = self._stage[used : self._stage_n]
        self._stage_n = rest

    def fine(self) -> np.ndarray:
        """Fine points so far, including the partial last bucket (a copy)."""
        self._reduce_stage()
        out = np.empty((self._count + (1 if self._stage_n else 0), self.channels, 2), np.int16)
        out[: self._count] = self._points[: self._count]
        if self._stage_n:
            tail = self._stage[: self._stage_n]
            out[-1, :, 0] = tail.min(axis=0)
            out[-1, :, 1] = tail.max(axis=0)
        return out

    def peaks(self) -> Peaks:
        """A snapshot of everything accumulated so far, as :func:`read_peaks` would return it."""
        fine = self.fine()
        return Peaks(self.channels, self.rate, self.bits, self.frames, fine, coarsen(fine))

    def _header(self, flags: int, frames: int, fine_count: int, coarse_count: int) -> bytes:
        return _HEADER.pack(
            MAGIC,
            VERSION,
            flags,
            self.channels,
            self.bits,
            self.rate,
            frames,
            FINE_STEP,
            COARSE_STEP,
            fine_count,
            coarse_count,
        )

    def write(self, path: str | Path) -> None:
        """Write the complete peaks file atomically (temporary file, fsync, rename)."""
        p = self.peaks()
        with replacing(path) as tmp, open(tmp, "wb") as f:
            f.write(self._header(0, p.frames, len(p.fine), len(p.coarse)))
            f.write(p.fine.astype(_LE_INT16, copy=False).tobytes())
            f.write(p.coarse.astype(_LE_INT16, copy=False).tobytes())

    def append_part(self, path_part: str | Path) -> int:
        """Append the completed fine points not yet written to the part file; return how many.

        The first call creates (truncates) the file with a part header. No fsync: the part file
        guards against a crashed process; after a power loss the peaks are rebuilt from audio.
        """
        self._reduce_stage()
        mode = "ab" if self._part_written else "wb"
        new = self._points[self._part_written : self._count]
        with open(path_part, mode) as f:
            if not self._part_written:
                f.write(self._header(FLAG_PART, 0, 0, 0))
            f.write(new.astype(_LE_INT16, copy=False).tobytes())
        self._part_written = self._count
        return len(new)

    def finalize(self, path: str | Path, path_part: str | Path | None = None) -> None:
        """Write the final peaks file, then remove the part file if one is given."""
        self.write(path)
        if path_part is not None:
            Path(path_part).unlink(missing_ok=True)


def read_peaks(path: str | Path) -> Peaks:
    """Read a ``.peaks`` file (memory-mapped) or a ``.peaks.part`` file left by a crash."""
    path = Path(path)
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
    if len(head) < HEADER_SIZE:
        raise ValueError(f"{path}: too short for a peaks header")
    (
        magic,
        version,
        flags,
        channels,
        bits,
        rate,
        frames,
        fine_step,
        coarse_step,
        n_fine,
        n_coarse,
    ) = _HEADER.unpack(head)
    if magic != MAGIC or version != VERSION:
        raise ValueError(f"{path}: not a ZPK1 version {VERSION} peaks file")
    if (fine_step, coarse_step) != (FINE_STEP, COARSE_STEP) or channels < 1:
        raise ValueError(f"{path}: unsupported steps {fine_step}/{coarse_step}")
    point = channels * 2 * _LE_INT16.itemsize
    size = path.stat().st_size
    if flags & FLAG_PART:
        n_fine = (size - HEADER_SIZE) // point  # a torn last record is ignored
        fine = _map(path, HEADER_SIZE, n_fine, channels)
        return Peaks(channels, rate, bits, n_fine * FINE_STEP, fine, coarsen(fine))
    if size < HEADER_SIZE + (n_fine + n_coarse) * point:
        raise ValueError(f"{path}: truncated ({size} bytes)")
    fine = _map(path, HEADER_SIZE, n_fine, channels)
    coarse = _map(path, HEADER_SIZE + n_fine * point, n_coarse, channels)
    return Peaks(channels, rate, bits, frames, fine, coarse)


def _map(path: Path, offset: int, count: int, channels: int) -> np.ndarray:
    if count == 0:
        return np.empty((0, channels, 2), dtype=_LE_INT16)
    return np.memmap(path, dtype=_LE_INT16, mode="r", offset=offset, shape=(count, channels, 2))


def build_peaks_from_files(
    files: Sequence[str | Path],
    channels_per_file: Sequence[int] | int,
    rate: int,
    bits: int,
    *,
    blocksize: int = 65536,
) -> PeaksAccumulator:
    """Rebuild a segment's peaks from its audio: one file, or parallel files of channel groups.

    ``channels_per_file`` gives each file's channel count, or, as one int, the most any file
    holds (the counts are then read from the files). Files are decoded in lockstep with
    :func:`audio.pcm.iter_file_blocks`, which stops quietly at a torn FLAC tail; if parallel
    files end at different frames, the peaks cover the frames all of them have.
    """
    if not files:
        raise ValueError("no files")
    if isinstance(channels_per_file, int):
        counts = [sf.info(str(f)).channels for f in files]
        if max(counts) > channels_per_file:
            raise ValueError(f"a file has more than {channels_per_file} channels")
    else:
        counts = list(channels_per_file)
        if len(counts) != len(files):
            raise ValueError("channels_per_file must give one count per file")
    acc = PeaksAccumulator(sum(counts), rate, bits)
    dtype = SampleFormat(bits).dtype
    readers = [iter_file_blocks(f, blocksize, dtype) for f in files]
    while True:
        blocks = [next(r, None) for r in readers]
        if any(b is None or len(b) == 0 for b in blocks):
            break
        parts = [b for b in blocks if b is not None]
        for b, want, f in zip(parts, counts, files, strict=True):
            if b.shape[1] != want:
                raise ValueError(f"{f}: {b.shape[1]} channels, expected {want}")
        n = min(len(b) for b in parts)
        acc.feed(np.hstack([b[:n] for b in parts]) if len(parts) > 1 else parts[0][:n])
        if any(len(b) < blocksize for b in parts):
            break
    return acc
