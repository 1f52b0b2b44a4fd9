"""Audio sources: the real input (PortAudio via sounddevice) and simulated microphones.

Both kinds sit behind one small protocol, :class:`InputSource`: ``start(sink)`` begins delivering
blocks of integer samples (frames × channels) to ``sink(block, overflowed)`` from another thread,
``stop()`` ends it. The rest of the pipeline cannot tell them apart, which is what lets demo mode,
tests and benchmarks exercise the very code that records a hearing.

Simulated sources run in real time (paced by the monotonic clock) or as fast as the machine
allows (``realtime=False``, with back-pressure so memory stays flat).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np
import soundfile as sf

from audio.pcm import SampleFormat

BlockSink = Callable[[np.ndarray, bool], None]
# Called on the source's thread just before each block, when the recorder set it: when the block's
# first frame was sampled and the time now, on one clock (PortAudio's inputBufferAdcTime and
# currentTime). The recorder places markers with them (audio/frameclock.py).
BlockStamp = Callable[[float, float], None]


class SourceError(Exception):
    """The source cannot be opened or used; the message says what is wrong and what to do."""


class InputSource(Protocol):
    name: str
    channels: int
    rate: int
    bits: int
    realtime: bool

    def start(self, sink: BlockSink) -> None: ...

    def stop(self) -> None: ...

    def abandon(self) -> None:
        """Let go of a source whose server died, without calling into it (it could hang)."""

    @property
    def finished(self) -> bool:
        """True when a finite source (a file) has delivered everything."""
        ...


def tone_frequency(channel: int) -> float:
    """A distinct, FFT-separable tone per 0-based channel (exact bins at 1 s windows)."""
    return 300.0 + 110.0 * channel


class _GeneratedSource:
    """Base for simulated sources: a thread produces blocks and paces or back-pressures them."""

    def __init__(
        self,
        name: str,
        channels: int,
        rate: int,
        bits: int,
        *,
        realtime: bool,
        blocksize: int | None = None,
        max_frames: int | None = None,
    ) -> None:
        self.name = name
        self.channels = channels
        self.rate = rate
        self.bits = bits
        self.realtime = realtime
        # 10 ms blocks in real time (like a sound card); 100 ms when running as fast as possible
        self.blocksize = blocksize or max(1, rate // (100 if realtime else 10))
        self.max_frames = max_frames
        self.fmt = SampleFormat(bits)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._finished = False
        self._produced = 0
        self.backpressure: Callable[[], bool] | None = None  # set by the capture (fast mode)
        self.timestamps: BlockStamp | None = None  # set by the capture (real time)

    @property
    def finished(self) -> bool:
        return self._finished

    def start(self, sink: BlockSink) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(sink,), name=f"src-{self.name}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def abandon(self) -> None:
        self._stop.set()

    def _generate(self, start: int, frames: int) -> np.ndarray | None:
        """float32 block (frames × channels) in −1…1, or None when the source is exhausted."""
        raise NotImplementedError

    def _run(self, sink: BlockSink) -> None:
        t0 = time.monotonic()
        while not self._stop.is_set():
            frames = self.blocksize
            if self.max_frames is not None:
                frames = min(frames, self.max_frames - self._produced)
                if frames <= 0:
                    break
            block = self._generate(self._produced, frames)
            if block is None or len(block) == 0:
                break
            stamp = self.timestamps
            if stamp is not None and self.realtime:  # the block's first frame is due now
                stamp(t0 + self._produced / self.rate, time.monotonic())
            sink(self.fmt.from_float(block), False)
            self._produced += len(block)
            if self.realtime:
                due = t0 + self._produced / self.rate
                delay = due - time.monotonic()
                if delay > 0:
                    self._stop.wait(delay)
            elif self.backpressure is not None:
                while self.backpressure() and not self._stop.is_set():
                    time.sleep(0.001)
        self._finished = True


def _cyclic(table: np.ndarray, start: int, frames: int) -> np.ndarray:
    """Frames [start, start+frames) of a table repeated forever (slices, no per-sample work)."""
    n = len(table)
    pos = start % n
    if pos + frames <= n:
        return table[pos : pos + frames]
    reps = (pos + frames + n - 1) // n
    return np.concatenate([table] * reps)[pos : pos + frames]


class ToneSource(_GeneratedSource):
    """One distinct tone per channel at −12 dBFS over a −66 dBFS noise floor.

    Every tone has a whole number of periods per second, so one precomputed second of signal,
    repeated, is exact and costs nothing per block (fast mode runs hours of audio).
    """

    def __init__(self, channels: int, rate: int, bits: int = 16, **kw: object) -> None:
        super().__init__("tones", channels, rate, bits, **kw)  # type: ignore[arg-type]
        freqs = np.array([tone_frequency(c) for c in range(channels)], dtype=np.float64)
        t = (np.arange(rate, dtype=np.float64) / rate)[:, None]
        table = 0.25 * np.sin(2 * math.pi * freqs[None, :] * t)
        table += np.random.default_rng(1).normal(0.0, 0.0005, size=table.shape)
        self._table = table.astype(np.float32)

    def _generate(self, start: int, frames: int) -> np.ndarray:
        return _cyclic(self._table, start, frames)


class SpeechSource(_GeneratedSource):
    """Speakers taking turns: a speech recording played on one chosen channel after another.

    The speech comes from a WAV file (by default the one bundled in ``assets/audio``); the other
    channels carry a quiet room-noise floor, so meters and silence detection behave as in court.
    """

    def __init__(
        self,
        channels: int,
        rate: int,
        bits: int = 16,
        *,
        speech_file: Path | None = None,
        speaking_channels: list[int] | None = None,
        **kw: object,
    ) -> None:
        super().__init__("speech", channels, rate, bits, **kw)  # type: ignore[arg-type]
        path = speech_file or default_speech_file()
        data, file_rate = sf.read(str(path), dtype="float32", always_2d=True)
        mono = data.mean(axis=1)
        if file_rate != rate:
            n = int(round(len(mono) * rate / file_rate))
            mono = np.interp(np.linspace(0, len(mono) - 1, n), np.arange(len(mono)), mono)
        gap = np.zeros(int(rate * 0.6), dtype=np.float32)
        self._utterance = np.concatenate([mono.astype(np.float32), gap])
        self._speakers = speaking_channels or list(range(channels))
        # room noise: a precomputed stretch (not a whole number of utterances long) reused
        noise_frames = int(rate * 2.37)
        self._noise = (
            np.random.default_rng(2)
            .normal(0.0, 0.0003, size=(noise_frames, channels))
            .astype(np.float32)
        )

    def _generate(self, start: int, frames: int) -> np.ndarray:
        block = _cyclic(self._noise, start, frames).copy()
        n = len(self._utterance)
        pos = np.arange(start, start + frames)
        turn = pos // n
        offset = pos % n
        speaker = np.asarray(self._speakers)[turn % len(self._speakers)]
        block[np.arange(frames), speaker] += self._utterance[offset]
        return block


class FileSource(_GeneratedSource):
    """A WAV/FLAC file played through the pipeline once; the hearing ends when it ends."""

    def __init__(self, path: Path, bits: int = 16, **kw: object) -> None:
        try:
            self._file = sf.SoundFile(str(path))
        except (RuntimeError, sf.LibsndfileError) as e:
            raise SourceError(f"cannot read the audio file {path}: {e}") from e
        super().__init__(
            path.name,
            self._file.channels,
            self._file.samplerate,
            bits,
            **kw,  # type: ignore[arg-type]
        )

    def _generate(self, start: int, frames: int) -> np.ndarray | None:
        if self.bits == 16 and self._file.subtype == "PCM_16":
            raw = self._file.read(frames, dtype="int16", always_2d=True)
            return raw.astype(np.float32) / 32768.0 if len(raw) else None
        data = self._file.read(frames, dtype="float32", always_2d=True)
        return data if len(data) else None


def default_speech_file() -> Path:
    return Path(__file__).resolve().parent.parent / "assets" / "audio" / "speech.wav"
