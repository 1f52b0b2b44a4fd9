"""Where played sound goes: a PortAudio output stream, or a buffer that tests and benchmarks read.

An :class:`OutputSink` calls ``callback(out)`` for every block with a zeroed-or-not float32
``(frames, channels)`` array to fill. :class:`SoundDeviceSink` is a sounddevice ``OutputStream``
(the callback runs on PortAudio's thread; status flags such as underflows are counted);
:class:`CapturingSink` has no thread and no sound card: :meth:`CapturingSink.pull` calls the
callback for as many blocks as asked and keeps what came out, so a test can check the output
sample by sample (which channel is audible, when the first sample arrived).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

OutputCallback = Callable[[np.ndarray], None]


class OutputSink(Protocol):
    channels: int
    rate: int

    def start(self, callback: OutputCallback) -> None: ...

    def stop(self) -> None: ...


class SoundDeviceSink:
    """A PortAudio output stream on ``device`` (None: the default output)."""

    def __init__(
        self,
        rate: int,
        channels: int = 2,
        device: int | str | None = None,
        blocksize: int = 1024,
        latency: str | float = "low",
    ) -> None:
        self.rate = rate
        self.channels = channels
        self.device = device
        self.blocksize = blocksize
        self.latency = latency
        self.underflows = 0
        self._stream: Any = None

    def start(self, callback: OutputCallback) -> None:
        from audio.devices import _sd

        sd = _sd()

        def pa_callback(outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
            if status:
                self.underflows += 1
            callback(outdata)

        self._stream = sd.OutputStream(
            samplerate=self.rate,
            channels=self.channels,
            dtype="float32",
            device=self.device,
            blocksize=self.blocksize,
            latency=self.latency,
            callback=pa_callback,
        )
        self._stream.start()

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class CapturingSink:
    """No device: :meth:`pull` runs the callback and keeps the output (tests, benchmarks)."""

    def __init__(self, rate: int, channels: int = 2, blocksize: int = 1024) -> None:
        self.rate = rate
        self.channels = channels
        self.blocksize = blocksize
        self.blocks: list[np.ndarray] = []
        self._callback: OutputCallback | None = None

    def start(self, callback: OutputCallback) -> None:
        self._callback = callback

    def stop(self) -> None:
        self._callback = None

    def pull(self, frames: int) -> np.ndarray:
        """Run the callback for ``frames`` frames (whole blocks); return and keep the output."""
        out = []
        done = 0
        while done < frames and self._callback is not None:
            block = np.empty((self.blocksize, self.channels), dtype=np.float32)
            self._callback(block)
            out.append(block)
            done += self.blocksize
        got = np.concatenate(out) if out else np.zeros((0, self.channels), np.float32)
        self.blocks.append(got)
        return got

    def output(self) -> np.ndarray:
        """Everything pulled so far."""
        if not self.blocks:
            return np.zeros((0, self.channels), np.float32)
        return np.concatenate(self.blocks)
