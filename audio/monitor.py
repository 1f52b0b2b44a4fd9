"""Headphone monitoring (Rules p. 11): listen to one channel or the mix while recording.

The recorder's hot path is untouched: :class:`TappedSource` wraps the input source and, after
handing each block to the engine exactly as before, offers the same block to a :class:`MonitorTap`
— one bounded ``deque.append`` on the source's thread, and only while someone is listening. Old
blocks fall off the deque; monitoring may drop sound, the recording never does. A
:class:`HeadphoneMonitor` plays what the tap holds through a PortAudio output stream, choosing a
channel or the mix (:func:`mix_down`), and can sound an alarm tone in the headphones. Qt-free.
"""

from __future__ import annotations

import collections
import math
from typing import Any

import numpy as np

from audio.devices import DeviceInfo, _sd, list_devices
from audio.sources import BlockSink, InputSource

ALARM_TONE_HZ = 880.0
ALARM_TONE_S = 0.4


class MonitorTap:
    """Latest blocks for the headphones; :meth:`offer` is called on the source thread."""

    def __init__(self, max_blocks: int = 32) -> None:
        self._blocks: collections.deque[np.ndarray] = collections.deque(maxlen=max_blocks)
        self.active = False

    def offer(self, block: np.ndarray) -> None:
        if self.active:
            self._blocks.append(block)  # atomic; the oldest block falls off when full

    def take(self) -> np.ndarray | None:
        try:
            return self._blocks.popleft()
        except IndexError:
            return None

    def clear(self) -> None:
        self._blocks.clear()


class TappedSource:
    """An :class:`InputSource` that forwards everything to ``inner`` and feeds a tap as well."""

    def __init__(self, inner: InputSource, tap: MonitorTap) -> None:
        self.inner = inner
        self.tap = tap

    name = property(lambda self: self.inner.name)
    channels = property(lambda self: self.inner.channels)
    rate = property(lambda self: self.inner.rate)
    bits = property(lambda self: self.inner.bits)
    realtime = property(lambda self: self.inner.realtime)

    @property
    def backpressure(self) -> Any:
        return getattr(self.inner, "backpressure", None)

    @backpressure.setter
    def backpressure(self, value: Any) -> None:
        self.inner.backpressure = value  # type: ignore[attr-defined]

    @property
    def timestamps(self) -> Any:
        return getattr(self.inner, "timestamps", None)

    @timestamps.setter
    def timestamps(self, value: Any) -> None:
        self.inner.timestamps = value  # type: ignore[attr-defined]

    @property
    def finished(self) -> bool:
        return self.inner.finished

    def start(self, sink: BlockSink) -> None:
        tap = self.tap

        def tapped(block: np.ndarray, overflowed: bool) -> None:
            sink(block, overflowed)  # the recorder first, unchanged
            tap.offer(block)

        self.inner.start(tapped)

    def stop(self) -> None:
        self.inner.stop()

    def abandon(self) -> None:
        self.inner.abandon()


def mix_down(block: np.ndarray, channel: int | None, full_scale: float) -> np.ndarray:
    """float32 mono −1…1 from an integer block: one 0-based channel, or the mean of all."""
    if channel is None:
        mono = block.mean(axis=1, dtype=np.float64) * math.sqrt(block.shape[1])
    else:
        mono = block[:, channel].astype(np.float64)
    out: np.ndarray = np.clip(mono / full_scale, -1.0, 1.0).astype(np.float32)
    return out


def list_output_devices() -> list[DeviceInfo]:
    try:
        return [d for d in list_devices() if d.max_output_channels > 0]
    except Exception:  # noqa: BLE001 - no PortAudio: nothing to listen on
        return []


class HeadphoneMonitor:
    """Plays the tapped sound on an output device; one channel (0-based) or the mix (None)."""

    def __init__(self, tap: MonitorTap, rate: int, full_scale: float) -> None:
        self.tap = tap
        self.rate = rate
        self.full_scale = full_scale
        self.channel: int | None = None
        self.gain = 1.0
        self._stream: Any = None
        self._pending = np.zeros(0, dtype=np.float32)
        self._tone_left = 0
        self._tone_phase = 0

    @property
    def running(self) -> bool:
        return self._stream is not None

    def start(self, device: DeviceInfo) -> None:
        self.stop()
        sd = _sd()
        self.tap.clear()
        self.tap.active = True
        self._stream = sd.OutputStream(
            device=device.index,
            channels=min(2, device.max_output_channels),
            samplerate=self.rate,
            dtype="float32",
            latency="high",
            callback=self._callback,
        )
        self._stream.start()

    def stop(self) -> None:
        self.tap.active = False
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
            finally:
                stream.close()
        self.tap.clear()

    def alarm_tone(self) -> bool:
        """Sound a short tone in the headphones; False when nobody is listening."""
        if not self.running:
            return False
        self._tone_left = int(ALARM_TONE_S * self.rate)
        return True

    def render(self, frames: int) -> np.ndarray:
        """The next ``frames`` of mono output (the output callback's work, testable alone)."""
        parts = [self._pending]
        have = len(self._pending)
        while have < frames:
            block = self.tap.take()
            if block is None:
                break
            mono = mix_down(block, self.channel, self.full_scale)
            parts.append(mono)
            have += len(mono)
        buf = np.concatenate(parts) if len(parts) > 1 else self._pending
        out = np.zeros(frames, dtype=np.float32)
        n = min(frames, len(buf))
        out[:n] = buf[:n] * self.gain
        self._pending = buf[n:]
        if self._tone_left > 0:
            k = min(frames, self._tone_left)
            t = np.arange(self._tone_phase, self._tone_phase + k) / self.rate
            out[:k] += (0.3 * np.sin(2 * math.pi * ALARM_TONE_HZ * t)).astype(np.float32)
            self._tone_phase += k
            self._tone_left -= k
        return out

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio output thread; never raises (silence on any problem)."""
        try:
            outdata[:] = self.render(frames)[:, None]
        except Exception:  # noqa: BLE001 - an escaping exception would stop the stream
            outdata.fill(0)
