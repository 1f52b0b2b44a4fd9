"""Playback of a recorded hearing: decode from any hearing frame, mix, time-stretch, output.

Three activities, as in the recorder: a **reader thread** decodes the segments from the requested
hearing frame (:class:`SegmentDecoder`: seek within a closed FLAC, sequential decode where a
killed file cannot seek), applies the playback speed (:class:`audio.timestretch.Wsola`) and
copies float frames of every microphone into a preallocated ring, each frame tagged with its
hearing frame; the **output callback** only mixes from the ring into the output buffer with one
matrix product (mute, solo, volume and the mix-down live in that matrix) — it never allocates
arrays, never does I/O, never blocks (``acquire(blocking=False)``; when the reader holds the lock
it plays silence for one block) and never raises (errors are counted) — the same contract as the
capture callback; **control** (play, pause, seek, ±5 s, mute, solo, volume, speed) comes from
the GUI thread. Mute, solo and volume act within one output block; a seek or a speed change
flushes the ring and restarts the reader.

Mix-down: to one output channel, the mean of the microphones heard; to two or more, the
microphones are panned across from left (microphone 1) to right (the last) with equal-power
panning, and each side is scaled so that it cannot clip when all microphones are loud.

The output is an :class:`OutputSink`: :class:`SoundDeviceSink` (a PortAudio output stream) or
:class:`CapturingSink` (tests and benchmarks pull output blocks and keep them).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from audio.playback_sinks import CapturingSink, OutputSink, SoundDeviceSink
from audio.timestretch import MAX_SPEED, MIN_SPEED, Wsola

__all__ = ["CapturingSink", "OutputSink", "Player", "SoundDeviceSink", "mix_matrix"]


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


def mix_matrix(mics: int, outputs: int, heard: Sequence[bool], volume: float) -> np.ndarray:
    """``(mics, outputs)`` float32 gains: mean to mono, or equal-power pan across two sides."""
    m = np.zeros((mics, max(outputs, 1)), dtype=np.float32)
    on = [i for i in range(mics) if heard[i]]
    if not on:
        return m
    if outputs <= 1:
        m[on, 0] = 1.0 / len(on)
    else:
        for i in on:
            theta = (i / (mics - 1) if mics > 1 else 0.5) * math.pi / 2
            m[i, 0], m[i, 1] = math.cos(theta), math.sin(theta)
        for side in (0, 1):
            total = float(m[:, side].sum())
            if total > 1.0:
                m[:, side] /= total
    return m * np.float32(volume)


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


class Player:
    """Plays one hearing through an :class:`OutputSink`; every method is for the control thread
    except :meth:`_callback`, which the sink calls."""

    def __init__(
        self,
        source: PlaybackSource,
        sink: OutputSink,
        *,
        ring_seconds: float = 1.0,
        block: int = 4096,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.source = source
        self.sink = sink
        self.mics = source.channels
        self.rate = source.rate
        self.block = block
        cap = max(int(ring_seconds * source.rate), 4 * block)
        self._ring = np.zeros((cap, self.mics), dtype=np.float32)
        self._ring_frames = np.zeros(cap, dtype=np.int64)
        # A single-producer, single-consumer ring without a lock: only the reader advances
        # _written, only the callback advances _read (each a plain int rebinding, atomic in
        # CPython); a seek is a new request (epoch, frame), and the reader answers it with a mark
        # (epoch, first ring count of that epoch) that tells the callback to skip stale frames.
        self._written = 0
        self._read = 0
        self._request = (0, 0)  # (epoch, hearing frame), set by seek()
        self._mark = (-1, 0)  # (epoch, _written when the reader started it)
        self._eof_epoch = -1  # the reader reached the end of the recording in this epoch
        self._played_epoch = -1  # the last epoch the callback played a sample of
        self._wake = threading.Event()
        self._playing = False
        self._closed = False
        self.speed = 1.0
        self.volume = 1.0
        self.muted = [False] * self.mics
        self.soloed = [False] * self.mics
        self.position = 0  # hearing frame of the next sample to be heard
        self.ended = False
        self.callback_errors = 0
        self.reader_error = ""
        self.seek_ns = 0  # monotonic ns of the last seek
        self.first_sample_ns = 0  # monotonic ns of the first sample played after it
        self._on_error = on_error
        self._mix = mix_matrix(self.mics, sink.channels, [True] * self.mics, 1.0)
        self._thread = threading.Thread(target=self._reader, name="playback-reader", daemon=True)
        self._thread.start()
        try:
            sink.start(self._callback)
        except BaseException:
            self._closed = True
            self._wake.set()
            self._thread.join(timeout=5)
            raise

    # ------------------------------------------------------------------ control
    @property
    def playing(self) -> bool:
        return self._playing

    def play(self) -> None:
        if self.ended or self.position >= self.source.total_frames:
            self.seek(0)
        self._playing = True

    def pause(self) -> None:
        self._playing = False

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def seek(self, frame: int, *, play: bool | None = None) -> None:
        """Continue from hearing frame ``frame`` (the ring is flushed and refilled)."""
        frame = max(0, min(int(frame), max(self.source.total_frames - 1, 0)))
        self.seek_ns = time.monotonic_ns()
        self.first_sample_ns = 0
        self._request = (self._request[0] + 1, frame)
        self.position = frame
        self.ended = False
        self._wake.set()
        if play is not None:
            self._playing = play

    def skip(self, seconds: float) -> None:
        self.seek(self.position + int(seconds * self.rate))

    def set_speed(self, speed: float) -> None:
        speed = min(MAX_SPEED, max(MIN_SPEED, float(speed)))
        if speed != self.speed:
            self.speed = speed
            self.seek(self.position)

    def set_volume(self, volume: float) -> None:
        self.volume = max(0.0, float(volume))
        self._remix()

    def set_muted(self, mic: int, muted: bool) -> None:
        """``mic`` is 0-based."""
        self.muted[mic] = muted
        self._remix()

    def set_soloed(self, mic: int, soloed: bool) -> None:
        self.soloed[mic] = soloed
        self._remix()

    def heard(self) -> list[bool]:
        """Which microphones reach the output: the soloed ones if any, else all not muted."""
        if any(self.soloed):
            return list(self.soloed)
        return [not m for m in self.muted]

    def _remix(self) -> None:
        self._mix = mix_matrix(self.mics, self.sink.channels, self.heard(), self.volume)

    def set_sink(self, sink: OutputSink) -> None:
        """Play through another output from now on (another sound device)."""
        self.sink.stop()
        self.sink = sink
        self._remix()
        sink.start(self._callback)

    def buffered(self) -> int:
        """Frames of the current request ready in the ring."""
        epoch, start = self._mark
        if epoch != self._request[0]:
            return 0
        return self._written - max(self._read, start)

    def close(self) -> None:
        self._closed = True
        self._playing = False
        self._wake.set()
        self.sink.stop()
        self._thread.join(timeout=5)

    # ------------------------------------------------------------------ output callback
    def _callback(self, out: np.ndarray) -> None:
        """Fill ``out`` (frames × output channels, float32) from the ring; silence if nothing.

        Contract: no array allocation, no I/O, no lock, never raises."""
        try:
            out.fill(0.0)
            if not self._playing:
                return
            epoch = self._request[0]
            mark_epoch, start = self._mark
            if mark_epoch != epoch:
                return  # the reader has not started on the latest seek yet
            read = max(self._read, start)
            n = min(self._written - read, len(out))
            if n <= 0:
                if self._eof_epoch == epoch:
                    self.ended = True
                    self._playing = False
                    self.position = self.source.total_frames
                return
            cap = len(self._ring)
            r = read % cap
            k = min(n, cap - r)
            mix = self._mix
            np.dot(self._ring[r : r + k], mix, out=out[:k])
            if k < n:
                np.dot(self._ring[: n - k], mix, out=out[k:n])
            last = int(self._ring_frames[(r + n - 1) % cap]) + 1
            self._read = read + n
            if self._request[0] == epoch:  # not overtaken by a seek meanwhile
                self.position = last
                if self._played_epoch != epoch:
                    self._played_epoch = epoch
                    self.first_sample_ns = time.monotonic_ns()
            np.clip(out, -1.0, 1.0, out=out)
        except Exception:  # noqa: BLE001 - a raising callback silently stops the stream
            self.callback_errors += 1

    # ------------------------------------------------------------------ reader thread
    def _reader(self) -> None:
        epoch = -1
        decoder: SegmentDecoder | None = None
        stretch: Wsola | None = None
        pending: tuple[np.ndarray, np.ndarray] | None = None
        while not self._closed:
            if epoch != self._request[0] or decoder is None:
                epoch, target = self._request
                self._mark = (epoch, self._written)
                if decoder is not None:
                    decoder.close()
                decoder = SegmentDecoder(self.source, target, self.block)
                stretch = None if self.speed == 1.0 else Wsola(self.mics, self.rate, self.speed)
                if stretch is not None:
                    stretch.reset(target)
                pending = None
            if pending is None:
                try:
                    pending = self._next_block(decoder, stretch)
                except Exception as e:  # noqa: BLE001 - a damaged file must not kill the thread
                    self.reader_error = f"{type(e).__name__}: {e}"
                    if self._on_error:
                        self._on_error(self.reader_error)
                    pending = None
            if pending is None:  # the end of the recording (or a file that cannot be read)
                self._eof_epoch = epoch
                self._wait()
            elif self._put(pending, epoch):
                pending = None
            else:
                self._wait()
        if decoder is not None:
            decoder.close()

    def _wait(self) -> None:
        self._wake.wait(0.005)
        self._wake.clear()

    def _next_block(
        self, decoder: SegmentDecoder, stretch: Wsola | None
    ) -> tuple[np.ndarray, np.ndarray] | None:
        while True:
            start = decoder.frame
            data = decoder.read()
            if data is None:
                return None
            if stretch is None:
                return data, np.arange(start, start + len(data), dtype=np.int64)
            stretch.set_weights(self.heard())
            out, src = stretch.process(data)
            if len(out):
                return out, src

    def _put(self, item: tuple[np.ndarray, np.ndarray], epoch: int) -> bool:
        """Copy a whole block into the ring; False when there is not room for it yet."""
        data, frames = item
        if epoch != self._request[0]:
            return True  # stale: drop it
        cap, n = len(self._ring), len(data)
        unread = self._written - max(self._read, self._mark[1])
        if cap - unread < n:
            return False
        w = self._written % cap
        k = min(n, cap - w)
        self._ring[w : w + k] = data[:k]
        self._ring_frames[w : w + k] = frames[:k]
        if k < n:
            self._ring[: n - k] = data[k:]
            self._ring_frames[: n - k] = frames[k:]
        self._written += n  # publish only after the copy
        return True
