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

import contextlib
import dataclasses
import os
import shutil
import subprocess
import threading
import time
from typing import Any

import numpy as np

from audio.pcm import SUPPORTED_BITS, SUPPORTED_RATES
from audio.sources import BlockSink, BlockStamp, SourceError

CAPTURE_LATENCY_S = 0.2

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
        # 50 ms halves the per-block work of 20 ms blocks.
        self.blocksize = blocksize if blocksize is not None else max(1, rate // 20)
        # 0.2 s of buffering below PortAudio: the ALSA→PulseAudio path then wakes the process
        # ~15 times a second instead of ~45 (the PulseAudio client thread follows the ALSA
        # period), which cut the capture's CPU by ~20 % (README, performance). The level meter
        # trails the sound by that much, as a VU meter's own 300 ms integration would.
        self.latency: float | str = CAPTURE_LATENCY_S
        if blocksize is None and device.hostapi.startswith("JACK"):
            # On JACK, one callback per JACK cycle: with a fixed 50 ms block PortAudio lost 1 s
            # of audio in a 1 s stall without setting the input-overflow flag (measured).
            self.blocksize = 0
            self.latency = "high"  # JACK's own period decides; measured as it was
        self.callback_error: BaseException | None = None
        self._presence: PulseSourceWatch | None = None
        self._presence_lock = threading.Lock()
        self._stream: Any = None
        self._sink: BlockSink | None = None
        self.timestamps: BlockStamp | None = None  # set by the recorder (audio/frameclock.py)

    @property
    def finished(self) -> bool:
        return False

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio thread. Copy the block and hand it on; count flags. Never raise."""
        try:
            if self.timestamps is not None:
                self.timestamps(time_info.inputBufferAdcTime, time_info.currentTime)
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
                latency=self.latency,
                callback=self._callback,
            )
            self._stream.start()
        except Exception as e:  # noqa: BLE001
            raise SourceError(f"cannot start recording from '{self.name}': {e}") from e

    def stop(self, timeout: float = 5.0) -> None:
        """Stop and close the stream. Done on a helper thread: if the server died a moment ago,
        PortAudio can hang in these calls, and then the stream is abandoned instead."""
        with self._presence_lock:
            stream, self._stream = self._stream, None
        self._close_presence()
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
        servers and Linux stations) its presence is watched through ``pactl`` (see
        :class:`PulseSourceWatch`).
        """
        with self._presence_lock:
            if self._stream is None:  # stopped or abandoned: nothing to watch any more
                return None
            if self._presence is None:
                self._presence = self._watch_pulse_source()
            watch = self._presence
        if watch is None or watch.present() is not False:
            return None
        return (
            f"the audio source '{watch.source}' disappeared; PulseAudio moved the "
            "recording to another input"
        )

    def _watch_pulse_source(self) -> PulseSourceWatch | None:
        source = os.environ.get("PULSE_SOURCE")
        pactl = shutil.which("pactl")
        if (
            not source
            or pactl is None
            or self.device.hostapi != "ALSA"
            or self.device.name not in ("pulse", "default")
        ):
            return None
        return PulseSourceWatch(pactl, source)

    def _close_presence(self) -> None:
        with self._presence_lock:
            watch, self._presence = self._presence, None
        if watch is not None:
            watch.close()

    def abandon(self) -> None:
        with self._presence_lock:
            stream, self._stream = self._stream, None
        self._close_presence()
        if stream is not None:
            _ABANDONED.append(stream)

    @property
    def has_abandoned_streams(self) -> bool:
        return bool(_ABANDONED)


class PulseSourceWatch:
    """Whether a named PulseAudio source exists, asked once a second by the watchdog.

    Listing the sources means starting ``pactl`` (~1 ms of the recorder's CPU each time), so
    the list is read once and then again only when ``pactl subscribe``, left running, reports a
    source added or removed. If the subscriber cannot run or has ended (its server died), the
    list is read on every call, as a plain poll.
    """

    _EVENTS = (b"'new' on source #", b"'remove' on source #")

    def __init__(self, pactl: str, source: str) -> None:
        self.pactl = pactl
        self.source = source
        self._present: bool | None = None
        self._stale = True
        self._tail = b""
        # until the subscriber is surely connected, a change could pass unreported: keep listing
        self._settled_at = time.monotonic() + 2.0
        self._sub: subprocess.Popen[bytes] | None = None
        try:
            self._sub = subprocess.Popen(
                [pactl, "subscribe"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            assert self._sub.stdout is not None
            os.set_blocking(self._sub.stdout.fileno(), False)
        except OSError:
            self._sub = None

    def present(self) -> bool | None:
        """True or False, or None when the server cannot be asked."""
        if (
            self._sub is None
            or self._sub.poll() is not None
            or self._changed()
            or time.monotonic() < self._settled_at
        ):
            self._stale = True
        if self._stale:
            found = self._listed()
            if found is not None:
                self._present, self._stale = found, False
            else:
                self._present = None
        return self._present

    def _changed(self) -> bool:
        assert self._sub is not None and self._sub.stdout is not None
        data = self._tail
        while True:
            try:
                chunk = os.read(self._sub.stdout.fileno(), 65536)
            except BlockingIOError:
                break
            except OSError:
                return True
            if not chunk:
                break
            data += chunk
        lines, _, self._tail = data.rpartition(b"\n")
        return any(event in lines for event in self._EVENTS)

    def _listed(self) -> bool | None:
        try:
            r = subprocess.run(
                [self.pactl, "list", "short", "sources"],
                capture_output=True,
                text=True,
                timeout=3,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        if r.returncode != 0:
            return None  # the server itself is unreachable: the frame watchdog sees that
        names = {line.split("\t")[1] for line in r.stdout.splitlines() if "\t" in line}
        return self.source in names

    def close(self) -> None:
        sub, self._sub = self._sub, None
        if sub is None:
            return
        with contextlib.suppress(OSError):
            sub.terminate()
        try:
            sub.wait(timeout=2)
        except subprocess.TimeoutExpired:
            sub.kill()
            sub.wait()
        if sub.stdout is not None:
            sub.stdout.close()


def abandoned_streams() -> int:
    """How many streams were given up on; a process with any must exit with os._exit."""
    return len(_ABANDONED)
