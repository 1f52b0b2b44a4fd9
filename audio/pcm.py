"""PCM sample formats and the one place that hashes audio content.

Audio is stored as integer PCM (16 or 24 bit). The per-second checkpoints in the journal are
SHA-256 chains over the samples exactly as soundfile reads them back (int16 for 16-bit, int32 with
the 24 bits in the top bytes for 24-bit), little-endian, interleaved. The writer and the verifier
both use :class:`CheckpointChain` and :func:`iter_file_blocks`, so they cannot disagree.

A FLAC file left behind by a killed recorder cannot be seeked and reports an absurd frame count;
:func:`iter_file_blocks` therefore reads sequentially and stops cleanly at the first undecodable
block, which is also how recovery salvages such a file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

ZERO_HASH = "0" * 64
SUPPORTED_BITS = (16, 24)
SUPPORTED_RATES = (8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000)
MAX_CHANNELS = 32
CHANNELS_PER_FILE = 8  # FLAC's limit in libsndfile


@dataclass(frozen=True)
class SampleFormat:
    """How samples are held in memory and in the file."""

    bits: int

    @property
    def dtype(self) -> str:
        return "int16" if self.bits == 16 else "int32"

    @property
    def subtype(self) -> str:
        return "PCM_16" if self.bits == 16 else "PCM_24"

    @property
    def full_scale(self) -> float:
        return 32768.0 if self.bits == 16 else 2147483648.0

    def quantise(self, block: np.ndarray) -> np.ndarray:
        """Make an int block hold exactly what the file will hold (24-bit drops the low byte)."""
        if self.bits == 24:
            return block & np.int32(-256)
        return block

    def from_float(self, block: np.ndarray) -> np.ndarray:
        scale = self.full_scale
        clipped = np.clip(block * scale, -scale, scale - (256 if self.bits == 24 else 1))
        return self.quantise(clipped.astype(self.dtype))


def channel_groups(channels: int) -> list[tuple[int, int]]:
    """1-based inclusive channel ranges, one per file: 1–8, 9–16, …"""
    return [
        (start, min(start + CHANNELS_PER_FILE - 1, channels))
        for start in range(1, channels + 1, CHANNELS_PER_FILE)
    ]


def segment_file_names(segment: int, channels: int) -> list[str]:
    """File names (relative to the hearing folder) of one segment's parallel files."""
    groups = channel_groups(channels)
    if len(groups) == 1:
        return [f"audio/{segment:04d}.flac"]
    return [f"audio/{segment:04d}-ch{a:02d}-{b:02d}.flac" for a, b in groups]


def pcm_bytes(samples: np.ndarray) -> bytes:
    """The bytes a checkpoint hashes: the samples little-endian, interleaved (frame-major)."""
    return np.ascontiguousarray(samples).astype("<" + samples.dtype.str[1:], copy=False).tobytes()


class CheckpointChain:
    """Per-second SHA-256 chain over one file's PCM: h_k = SHA-256(h_{k-1} || PCM of second k)."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.prev = bytes.fromhex(ZERO_HASH)
        self._h = hashlib.sha256(self.prev)
        self._filled = 0  # frames in the current second
        self.second = 0

    def feed(self, block: np.ndarray) -> list[tuple[int, int, str]]:
        """Add frames; return ``(second, frames, hex)`` for every second completed."""
        done: list[tuple[int, int, str]] = []
        pos = 0
        n = len(block)
        while pos < n:
            take = min(self.rate - self._filled, n - pos)
            self._h.update(pcm_bytes(block[pos : pos + take]))
            self._filled += take
            pos += take
            if self._filled == self.rate:
                done.append(self._finish())
        return done

    def flush(self) -> tuple[int, int, str] | None:
        """Close a partial last second (at segment end)."""
        if self._filled == 0:
            return None
        return self._finish()

    def _finish(self) -> tuple[int, int, str]:
        digest = self._h.digest()
        out = (self.second, self._filled, digest.hex())
        self.prev = digest
        self._h = hashlib.sha256(digest)
        self._filled = 0
        self.second += 1
        return out


def chain_step(prev_hex: str, pcm: np.ndarray) -> str:
    """One checkpoint from the previous hex and one second of PCM (for pinpointing changes)."""
    h = hashlib.sha256(bytes.fromhex(prev_hex))
    h.update(pcm_bytes(pcm))
    return h.hexdigest()


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    """SHA-256 of a whole file: the one function every layer uses for file hashes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            b = f.read(chunk)
            if not b:
                break
            h.update(b)
    return h.hexdigest()


class DecodeStopped(Exception):
    """Raised only inside iter_file_blocks' caller when strict decoding is asked for."""


def iter_file_blocks(
    path: str | Path, blocksize: int, dtype: str, *, strict: bool = False
) -> Iterator[np.ndarray]:
    """Read a file sequentially in blocks of ``blocksize`` frames (last one may be shorter).

    With ``strict=False`` a decoding error (the torn tail of a killed FLAC stream) ends the
    iteration quietly; with ``strict=True`` it raises :class:`DecodeStopped`.
    """
    with sf.SoundFile(str(path)) as f:
        while True:
            try:
                block = f.read(blocksize, dtype=dtype, always_2d=True)
            except (RuntimeError, sf.LibsndfileError) as e:
                if strict:
                    raise DecodeStopped(str(e)) from e
                return
            if len(block) == 0:
                return
            yield block
            if len(block) < blocksize:
                return


def second_hashes(path: str | Path, rate: int, bits: int) -> list[tuple[int, int, str]]:
    """Recompute a file's checkpoint chain: ``[(second, frames, hex), …]``."""
    fmt = SampleFormat(bits)
    chain = CheckpointChain(rate)
    out: list[tuple[int, int, str]] = []
    for block in iter_file_blocks(path, rate, fmt.dtype, strict=True):
        out.extend(chain.feed(block))
    last = chain.flush()
    if last:
        out.append(last)
    return out
