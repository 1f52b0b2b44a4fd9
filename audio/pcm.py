"""PCM sample formats and the one place that hashes audio content.

Audio is stored as integer PCM (16 or 24 bit). The per-second checkpoints in the journal are
SHA-256 chains over the samples exactly as soundfile reads them back (int16 for 16-bit, int32 with
the 24 bits in the top bytes for 24-bit), little-endian, interleaved. The writer and the verifier
both use :class:`CheckpointChain` and :func:`iter_file_blocks`, so they cannot disagree.

A FLAC file left behind by a killed recorder has no length in its header (the encoder writes it
at close), so libsndfile cannot seek in it, reports an absurd frame count and fails on the last
whole frame as it reads on into the end of the file. :func:`iter_file_blocks` reads such a file
through a view whose header states the number of frames that decode (:func:`torn_flac_frames`),
so every whole frame on disk is read and nothing beyond; recovery salvages the file the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


# Per-channel digests are for locating a change, not for proving integrity (the interleaved chain
# does that, and the journal that holds both is itself chained and signed): 128 bits suffice.
CHANNEL_DIGEST_HEX = 32


def channel_digest(samples: np.ndarray) -> str:
    """One channel's digest over one second: SHA-256 of its samples alone, little-endian."""
    return hashlib.sha256(pcm_bytes(samples)).hexdigest()[:CHANNEL_DIGEST_HEX]


class ChannelDigests:
    """Per-second digests of each channel of one file on its own (:func:`channel_digest`), so a
    verifier can name the channel that changed; kept beside the file's interleaved chain."""

    def __init__(self, rate: int, channels: int) -> None:
        self.rate = rate
        self.channels = channels
        self._h = [hashlib.sha256() for _ in range(channels)]
        self._filled = 0
        self.second = 0

    def feed(self, block: np.ndarray) -> list[tuple[int, list[str]]]:
        """Add frames; return ``(second, [hex per channel])`` for every second completed."""
        done: list[tuple[int, list[str]]] = []
        pos = 0
        n = len(block)
        while pos < n:
            take = min(self.rate - self._filled, n - pos)
            part = block[pos : pos + take]
            for c, h in enumerate(self._h):
                h.update(pcm_bytes(part[:, c]))
            self._filled += take
            pos += take
            if self._filled == self.rate:
                done.append(self._finish())
        return done

    def flush(self) -> tuple[int, list[str]] | None:
        if self._filled == 0:
            return None
        return self._finish()

    def _finish(self) -> tuple[int, list[str]]:
        out = (self.second, [h.hexdigest()[:CHANNEL_DIGEST_HEX] for h in self._h])
        self._h = [hashlib.sha256() for _ in range(self.channels)]
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


# FLAC's STREAMINFO block follows the 4-byte marker and a 4-byte block header; its total-samples
# field (36 bits) ends at byte 26 of the file, its maximum block size is bytes 10-11.
_STREAMINFO_END = 26


def _flac_streaminfo(path: str | Path) -> tuple[int, int] | None:
    """``(total_samples, max_blocksize)`` of a FLAC file, or None for another format."""
    with open(path, "rb") as f:
        head = f.read(_STREAMINFO_END)
    if head[:4] != b"fLaC":
        return None
    if len(head) < _STREAMINFO_END or head[4] & 0x7F != 0:
        return 0, 0  # cut off inside its header: nothing decodes
    total = ((head[21] & 0x0F) << 32) | int.from_bytes(head[22:26], "big")
    return total, int.from_bytes(head[10:12], "big")


class _StatedLengthView(io.RawIOBase):
    """A read-only view of an unfinished FLAC file whose header states ``frames`` samples."""

    def __init__(self, path: str | Path, frames: int) -> None:
        super().__init__()
        self._f = open(path, "rb")  # noqa: SIM115 - closed with the view
        head = bytearray(self._f.read(_STREAMINFO_END))
        head[21] = (head[21] & 0xF0) | ((frames >> 32) & 0x0F)
        head[22:26] = (frames & 0xFFFFFFFF).to_bytes(4, "big")
        self._head = bytes(head)
        self._f.seek(0)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._f.seek(offset, whence)

    def tell(self) -> int:
        return self._f.tell()

    def readinto(self, buffer: Any) -> int:
        pos = self._f.tell()
        n = self._f.readinto(buffer)
        if pos < _STREAMINFO_END and n:
            k = min(_STREAMINFO_END, pos + n) - pos
            memoryview(buffer)[:k] = self._head[pos : pos + k]
        return n

    def close(self) -> None:
        self._f.close()
        super().close()


def _decodes_up_to(path: str | Path, frames: int, blocksize: int) -> bool:
    """Does the unfinished FLAC file hold ``frames`` whole frames (read its last block)?"""
    try:
        with _StatedLengthView(path, frames) as view, sf.SoundFile(view) as f:
            f.seek(frames - blocksize)
            return len(f.read(blocksize, dtype="int32")) == blocksize
    except (RuntimeError, sf.LibsndfileError):
        return False


def torn_flac_frames(path: str | Path) -> int | None:
    """Frames that decode from a FLAC file its recorder never finished; None if it was finished.

    libsndfile, reading such a file sequentially, fails on its last whole encoder block; each
    further block is tried through a view that states the length (libFLAC checks every block's
    CRC, so a block torn by the crash never counts).
    """
    info = _flac_streaminfo(path)
    if info is None or info[0] != 0:
        return None
    blocksize = info[1] or 4096
    n = 0
    try:
        f = sf.SoundFile(str(path))
    except (RuntimeError, sf.LibsndfileError):
        return 0  # cut off before its first frame
    with f:
        while True:
            try:
                got = len(f.read(blocksize, dtype="int32"))
            except (RuntimeError, sf.LibsndfileError):
                break
            n += got
            if got < blocksize:
                return n
    while _decodes_up_to(path, n + blocksize, blocksize):
        n += blocksize
    return n


def iter_file_blocks(
    path: str | Path, blocksize: int, dtype: str, *, strict: bool = False
) -> Iterator[np.ndarray]:
    """Read a file sequentially in blocks of ``blocksize`` frames (last one may be shorter).

    With ``strict=False`` a FLAC file whose recorder was killed is read to its last whole frame
    (see :func:`torn_flac_frames`) and a decoding error ends the iteration quietly; with
    ``strict=True`` the file is read as it stands and a decoding error (such as the torn tail)
    raises :class:`DecodeStopped`.
    """
    torn = None if strict else torn_flac_frames(path)
    if torn == 0:
        return
    with contextlib.ExitStack() as stack:
        source: Any = str(path)
        if torn is not None:
            source = stack.enter_context(_StatedLengthView(path, torn))
        f = stack.enter_context(sf.SoundFile(source))
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
