"""Real audio devices through PortAudio (python-sounddevice): listing them and capturing from one.

:class:`SoundDeviceSource` implements :class:`audio.sources.InputSource`. Its PortAudio callback
keeps the contract every recorder must keep (sounddevice's Stream docs): it copies the block and
counts; it never allocates beyond the copy, never blocks, never logs, never touches files, and
never raises — an exception in a callback silently stops the stream, so it is caught and flagged.

A stream whose server died must never be stopped, aborted or closed (PortAudio's JACK back end
asserts or hangs in those calls); :meth:`SoundDeviceSource.abandon` drops it instead and keeps a
reference so garbage collection does not close it either.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import threading
from typing import Any

import numpy as np

from audio.pcm import SUPPORTED_BITS, SUPPORTED_RATES
from audio.sources import BlockSink, SourceError

# Streams given up on because their server died: kept alive so nobody calls Pa_CloseStream.
_ABANDONED: list[Any] = []


def _sd() -> Any:
    try:
        import sounddevice
    except OSError as e:  # PortAudio library missing
        raise SourceError(
            "PortAudio is not installed (libportaudio2). Run scripts/setup.sh, or use the "
            "simulated microphone (--source tones or --source speech)."
        ) from e
    return sounddevice


@dataclasses.dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool
    is_default_output: bool

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def list_devices() -> list[DeviceInfo]:
    sd = _sd()
    try:
        default_in, default_out = sd.default.device
    except Exception:  # noqa: BLE001 - no default device is a normal state on a bare machine
        default_in, default_out = -1, -1
    hostapis = sd.query_hostapis()
    out = []
    for d in sd.query_devices():
        out.append(
            DeviceInfo(
                index=d["index"],
                name=d["name"],
                hostapi=hostapis[d["hostapi"]]["name"],
                max_input_channels=d["max_input_channels"],
                max_output_channels=d["max_output_channels"],
                default_samplerate=d["default_samplerate"],
                is_default_input=d["index"] == default_in,
                is_default_output=d["index"] == default_out,
            )
        )
    return out


def find_input_device(name: str | int | None) -> DeviceInfo:
    """The input device by index, exact name or unique name fragment; a clear error otherwise."""
    devices = [d for d in list_devices() if d.max_input_channels > 0]
    if not devices:
        raise SourceError(
            "no audio input device was found. Connect the microphone interface and check that "
            "the audio service is running, or record from the simulated microphone "
            "(--source tones)."
        )
    if name is None:
        for d in devices:
            if d.is_default_input:
                return d
        return devices[0]
    if isinstance(name, int) or str(name).isdigit():
        for d in devices:
            if d.index == int(name):
                return d
    exact = [d for d in devices if d.name == name]
    if exact:
        return exact[0]
    partial = [d for d in devices if str(name).lower() in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(f"{d.index}: {d.name}" for d in devices)
    if partial:
        raise SourceError(f"the device name '{name}' is ambiguous; choose one of: {names}")
    raise SourceError(f"no input device named '{name}'. Input devices present: {names}")


def check_settings(device: DeviceInfo, channels: int, rate: int, bits: int) -> None:
    """Raise a clear SourceError if the device cannot record with these settings."""
    if bits not in SUPPORTED_BITS:
        raise SourceError(f"{bits}-bit recording is not supported; use 16 or 24")
    if rate not in SUPPORTED_RATES:
        raise SourceError(
            f"{rate} Hz is not a supported sample rate; use one of "
            + ", ".join(str(r) for r in SUPPORTED_RATES)
        )
    if channels < 1 or channels > device.max_input_channels:
        raise SourceError(
            f"the device '{device.name}' has {device.max_input_channels} input channels; "
            f"{channels} were asked for"
        )
    sd = _sd()
    try:
        sd.check_input_settings(
            device=device.index, channels=channels, samplerate=rate, dtype=_dtype(bits)
        )
    except Exception as e:  # noqa: BLE001 - PortAudio reports many error types
        raise SourceError(
            f"the device '{device.name}' cannot record {channels} channels at {rate} Hz: {e}"
        ) from e


def _dtype(bits: int) -> str:
    return "int16" if bits == 16 else "int32"


class SoundDeviceSource:
    """Captures from a PortAudio input device; see the module docstring for the callback rules."""

    realtime = True

    def __init__(
        self,
        device: DeviceInfo,
        channels: int,
        rate: int,
        bits: int,
        blocksize: int | None = None,
    ) -> None:
        check_settings(device, channels, rate, bits)
        self.device = device
        self.name = device.name
        self.channels = channels
        self.rate = rate
        self.bits = bits
        # A fixed 50 ms block: with PortAudio's variable block size the ALSA→PulseAudio path
        # costs ~9× more CPU (144 vs 16 ms per second of 8-channel audio, measured here), and
        # 50 ms halves the per-block work of 20 ms blocks; the meter still updates 20×/s.
        self.blocksize = blocksize if blocksize is not None else max(1, rate // 20)
        if blocksize is None and device.hostapi.startswith("JACK"):
            # On JACK, one callback per JACK cycle: with a fixed 50 ms block PortAudio lost 1 s
            # of audio in a 1 s stall without setting the input-overflow flag (measured).
            self.blocksize = 0
        self.callback_error: BaseException | None = None
        self._stream: Any = None
        self._sink: BlockSink | None = None

    @property
    def finished(self) -> bool:
        return False

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio thread. Copy the block and hand it on; count flags. Never raise."""
        try:
            self._sink(indata.copy(), bool(status.input_overflow))  # type: ignore[misc]
        except BaseException as e:  # noqa: BLE001 - an escaping exception stops the stream
            self.callback_error = e

    def start(self, sink: BlockSink) -> None:
        sd = _sd()
        self._sink = sink
        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                channels=self.channels,
                samplerate=self.rate,
                dtype=_dtype(self.bits),
                blocksize=self.blocksize,
                latency="high",
                callback=self._callback,
            )
            self._stream.start()
        except Exception as e:  # noqa: BLE001
            raise SourceError(f"cannot start recording from '{self.name}': {e}") from e

    def stop(self, timeout: float = 5.0) -> None:
        """Stop and close the stream. Done on a helper thread: if the server died a moment ago,
        PortAudio can hang in these calls, and then the stream is abandoned instead."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        done = threading.Event()

        def _stop() -> None:
            try:
                stream.stop()
                stream.close()
            except Exception:  # noqa: BLE001,S110 - nothing more can be done with the stream
                pass
            finally:
                done.set()

        threading.Thread(target=_stop, name="stream-stop", daemon=True).start()
        if not done.wait(timeout):
            _ABANDONED.append(stream)

    def presence_problem(self) -> str | None:
        """Whether the device behind the stream has disappeared (None: present or unknown).

        PulseAudio moves a stream whose source vanished to another source, often without a gap
        the watchdog could see. When the source is named by ``PULSE_SOURCE`` (as on the test
        servers and Linux stations) its presence is checked with ``pactl``.
        """
        source = os.environ.get("PULSE_SOURCE")
        if (
            not source
            or self.device.hostapi != "ALSA"
            or self.device.name not in ("pulse", "default")
        ):
            return None
        pactl = shutil.which("pactl")
        if pactl is None:
            return None
        try:
            r = subprocess.run(
                [pactl, "list", "short", "sources"], capture_output=True, text=True, timeout=3
            )
        except (OSError, subprocess.SubprocessError):
            return None
        if r.returncode != 0:
            return None  # the server itself is unreachable: the frame watchdog sees that
        names = {line.split("\t")[1] for line in r.stdout.splitlines() if "\t" in line}
        if source in names:
            return None
        return (
            f"the audio source '{source}' disappeared; PulseAudio moved the recording to "
            "another input"
        )

    def abandon(self) -> None:
        if self._stream is not None:
            _ABANDONED.append(self._stream)
            self._stream = None

    @property
    def has_abandoned_streams(self) -> bool:
        return bool(_ABANDONED)


def abandoned_streams() -> int:
    """How many streams were given up on; a process with any must exit with os._exit."""
    return len(_ABANDONED)
