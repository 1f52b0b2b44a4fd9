"""Decoding a damaged FLAC file past its damage: every run of frames that still decodes.

libsndfile stops at the first frame whose CRC fails, so a single flipped byte used to make the
rest of a 10-minute segment look lost, although ``flac -F`` decodes every other frame
bit-exactly. FLAC frames are independent: each starts with a sync code and a header that carries
its own CRC-8 and its position (the frame number, for the fixed block size libFLAC writes). So
after a frame that does not decode, :class:`DecodableRuns` checks every frame as libFLAC does
(header CRC-8, frame CRC-16), replaces each damaged one, in a copy in memory, by a silent frame
of the same number and length (a frame renumbered or left out makes libsndfile seek and fail),
and decodes on. It yields ``(first_frame, block)`` for every block that decodes and names the
damaged frame ranges, so the caller knows exactly which frames are lost and that the rest is
intact.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

_CRC8 = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = ((_c << 1) ^ 0x07) & 0xFF if _c & 0x80 else (_c << 1) & 0xFF
    _CRC8.append(_c)


def _crc8(data: bytes) -> int:
    c = 0
    for b in data:
        c = _CRC8[c ^ b]
    return c


def _utf8_number(data: bytes, pos: int) -> tuple[int, int] | None:
    """FLAC's UTF-8-like coded number at ``pos``: (value, bytes used), or None if malformed."""
    if pos >= len(data):
        return None
    first = data[pos]
    if first < 0x80:
        return first, 1
    n = 0
    mask = 0x80
    while first & mask:
        n += 1
        mask >>= 1
    if n < 2 or n > 7 or pos + n > len(data):
        return None
    value = first & (mask - 1)
    for b in data[pos + 1 : pos + n]:
        if b & 0xC0 != 0x80:
            return None
        value = (value << 6) | (b & 0x3F)
    return value, n


def frame_number_at(data: bytes, pos: int) -> int | None:
    """The frame number of a valid fixed-block-size frame header at ``pos``, else None."""
    if data[pos : pos + 2] != b"\xff\xf8" or pos + 6 > len(data):
        return None
    size_code, rate_code = data[pos + 2] >> 4, data[pos + 2] & 0x0F
    chan, depth, reserved = data[pos + 3] >> 4, (data[pos + 3] >> 1) & 7, data[pos + 3] & 1
    if size_code == 0 or rate_code == 15 or chan > 10 or depth in (3, 7) or reserved:
        return None
    coded = _utf8_number(data, pos + 4)
    if coded is None:
        return None
    number, used = coded
    end = pos + 4 + used
    end += {6: 1, 7: 2}.get(size_code, 0)
    end += {12: 1, 13: 2, 14: 2}.get(rate_code, 0)
    if end >= len(data) or _crc8(data[pos:end]) != data[end]:
        return None
    return number


def audio_start(data: bytes) -> int:
    """Byte offset of the first frame: after ``fLaC`` and every metadata block."""
    pos = 4
    while pos + 4 <= len(data):
        last = data[pos] & 0x80
        pos += 4 + int.from_bytes(data[pos + 1 : pos + 4], "big")
        if last:
            break
    return pos


_CRC16 = []
for _i in range(256):
    _c = _i << 8
    for _ in range(8):
        _c = ((_c << 1) ^ 0x8005) & 0xFFFF if _c & 0x8000 else (_c << 1) & 0xFFFF
    _CRC16.append(_c)


def _crc16(data: bytes) -> int:
    c = 0
    for b in data:
        c = ((c << 8) & 0xFFFF) ^ _CRC16[(c >> 8) ^ b]
    return c


def _utf8_encode(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    tail = []
    while True:
        tail.append(0x80 | (n & 0x3F))
        n >>= 6
        used = len(tail) + 1
        if n < (1 << (7 - used)):
            lead = (0xFF00 >> used) & 0xFF
            return bytes([lead | n, *reversed(tail)])


def silent_frame(number: int, frames: int, channels: int, bits: int) -> bytes:
    """A valid FLAC frame of ``frames`` zero samples numbered ``number`` (constant subframes;
    rate and sample size taken from STREAMINFO): it stands in for a damaged frame so the
    decoder keeps counting frames and decodes on."""
    head = bytes([0xFF, 0xF8, 0x70, (channels - 1) << 4]) + _utf8_encode(number)
    head += (frames - 1).to_bytes(2, "big")
    head += bytes([_crc8(head)])
    body = bytes(channels * (1 + bits // 8))  # per channel: a CONSTANT subframe of value 0
    frame = head + body
    return frame + _crc16(frame).to_bytes(2, "big")


def _frame_headers(data: bytes, start: int) -> dict[int, int]:
    """``{frame number: offset}`` of every valid-looking frame header (first one per number)."""
    found: dict[int, int] = {}
    pos = data.find(b"\xff\xf8", start)
    while pos != -1:
        number = frame_number_at(data, pos)
        if number is not None and number not in found:
            found[number] = pos
        pos = data.find(b"\xff\xf8", pos + 1)
    return found


class _Stopped(Exception):
    pass


class DecodableRuns:
    """Iterates ``(first_frame, block)`` over every frame of a FLAC file that decodes, in
    order; afterwards :attr:`damaged` holds the frame ranges ``[(first, end), …]`` that did not.

    ``total``: the frames the file should hold (from the journal). The file is decoded straight
    through; only if that fails are its frames checked one by one (header CRC-8 and frame CRC-16,
    as libFLAC checks them). Damaged frames are replaced, in a copy in memory, by silent frames of
    the same number and length, decoding goes on from where it stopped and skips them. A file
    that is not FLAC with a fixed block size counts as damaged from its first error on.
    """

    def __init__(
        self, path: Path, blocksize: int, dtype: str, total: int, channels: int, bits: int
    ) -> None:
        self.path, self.blocksize, self.dtype = Path(path), blocksize, dtype
        self.total, self.channels, self.bits = total, channels, bits
        self.damaged: list[tuple[int, int]] = []
        self._frame_size = 0
        self._headers: dict[int, int] | None = None

    def __iter__(self) -> Iterator[tuple[int, np.ndarray]]:
        position, data = 0, b""
        source: Any = str(self.path)
        bad: list[int] = []
        while True:
            try:
                for first, block in _skipping(
                    source, self.blocksize, self.dtype, self.damaged, position
                ):
                    yield first, block
                    position = first + len(block)
                return
            except _Stopped:
                pass
            data = data or self.path.read_bytes()
            more = self._damaged_after(data, position)
            if not more:
                self.damaged.append((position, self.total))
                return
            if set(more) <= set(bad):
                self.damaged.append((position, self.total))  # no progress: give up here
                return
            bad += more
            source = io.BytesIO(self._patched(data, bad))
            position = min(position, more[0] * self._frame_size)

    def _damaged_after(self, data: bytes, position: int) -> list[int]:
        """The first run of damaged frames at or after the frame holding ``position`` (only
        the frames near the stop are checked: a pure-Python CRC over a whole file is slow)."""
        fixed = data[:4] == b"fLaC" and len(data) > 42 and data[8:10] == data[10:12]
        self._frame_size = int.from_bytes(data[10:12], "big") if fixed else 0
        if not self._frame_size:
            return []
        if self._headers is None:
            self._headers = _frame_headers(data, audio_start(data))
        count = (self.total + self._frame_size - 1) // self._frame_size
        first = position // self._frame_size
        run: list[int] = []
        for k in range(first, count):
            if _frame_ok(data, self._headers, k, count):
                if run or k > first + 8:
                    break
            else:
                run.append(k)
        return run

    def _patched(self, data: bytes, bad: list[int]) -> bytes:
        """The file with every damaged frame replaced by a silent one; sets :attr:`damaged`."""
        size, total = self._frame_size, self.total
        headers = self._headers or {}
        pieces, cursor = [], 0
        ranges: list[tuple[int, int]] = []
        frames_bad = set(bad)
        # a frame whose header is gone has no known start: the frame before it (whose end is
        # then unknown too) is replaced with it, and so counted as damaged
        frames_bad |= {k - 1 for k in bad if k not in headers and k > 0}
        count = (total + size - 1) // size
        for k1, k2 in _runs(sorted(frames_bad)):
            a = headers.get(k1, audio_start(data))
            b = headers.get(k2 + 1, len(data)) if k2 + 1 < count else len(data)
            pieces.append(data[cursor:a])
            for k in range(k1, k2 + 1):
                frames = min(size, total - k * size)
                pieces.append(silent_frame(k, frames, self.channels, self.bits))
            cursor = max(b, a)
            ranges.append((k1 * size, min(total, (k2 + 1) * size)))
        pieces.append(data[cursor:])
        self.damaged[:] = ranges
        return b"".join(pieces)


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs ``[(first, last), …]`` of sorted numbers."""
    out: list[tuple[int, int]] = []
    for n in numbers:
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def _frame_ok(data: bytes, headers: dict[int, int], k: int, count: int) -> bool:
    a, b = headers.get(k), headers.get(k + 1, len(data) if k + 1 == count else None)
    # a frame's CRC-16 taken over the frame with its own CRC at the end is 0
    return a is not None and b is not None and a < b and _crc16(data[a:b]) == 0


def _skipping(
    source: Any, blocksize: int, dtype: str, ranges: list[tuple[int, int]], position: int
) -> Iterator[tuple[int, np.ndarray]]:
    """Blocks from ``position`` on, leaving out ``ranges``; raises _Stopped where decoding
    fails."""
    try:
        f = sf.SoundFile(source)
    except (RuntimeError, sf.LibsndfileError) as e:
        raise _Stopped(str(e)) from e
    with f:
        if position:
            f.seek(position)
        while True:
            try:
                block = f.read(blocksize, dtype=dtype, always_2d=True)
            except (RuntimeError, sf.LibsndfileError) as e:
                raise _Stopped(str(e)) from e
            if len(block) == 0:
                return
            keep = np.ones(len(block), dtype=bool)
            for a, b in ranges:
                lo, hi = max(a - position, 0), min(b - position, len(block))
                if lo < hi:
                    keep[lo:hi] = False
            if keep.all():
                yield position, block
            else:  # split around the damaged frames
                edges = np.flatnonzero(np.diff(np.concatenate(([0], keep.view(np.int8), [0]))))
                for lo, hi in zip(edges[::2], edges[1::2], strict=True):
                    yield position + int(lo), block[lo:hi]
            position += len(block)
