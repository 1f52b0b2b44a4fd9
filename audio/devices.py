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
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from typing import Any

import numpy as np

from audio.pcm import SUPPORTED_BITS, SUPPORTED_RATES
from audio.sources import BlockSink, SourceError

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
    """The audio devices PortAudio sees now (asked in a short-lived child, see
    :func:`audio.capture_proc.query`: a device plugged in since is listed too)."""
    answer = _query({"op": "list"})
    return [DeviceInfo(**d) for d in answer["devices"]]


def _query(spec: dict[str, Any]) -> dict[str, Any]:
    from audio.capture_proc import child_command

    try:
        r = subprocess.run(
            [*child_command(), "--query", json.dumps(spec)],
            capture_output=True,
            text=True,
            timeout=30,
            env=_child_env(),
        )
        answer = json.loads(r.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError) as e:
        raise SourceError(f"the audio devices cannot be listed: {e}") from e
    if answer.get("fatal"):
        raise SourceError(
            "PortAudio is not installed (libportaudio2). Run scripts/setup.sh, or use the "
            "simulated microphone (--source tones or --source speech)."
        )
    return dict(answer)


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
    answer = _query(
        {"op": "check", "index": device.index, "channels": channels, "rate": rate}
        | {"dtype": _dtype(bits)}
    )
    if not answer.get("ok"):
        raise SourceError(
            f"the device '{device.name}' cannot record {channels} channels at {rate} Hz: "
            f"{answer.get('error')}"
        )


def _dtype(bits: int) -> str:
    return "int16" if bits == 16 else "int32"


class DeviceChanged(SourceError):
    """The device came back as another device (name or channel count): the secretary decides."""

    def __init__(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(
            f"the input came back as a different device: {describe(after)} "
            f"(it was {describe(before)})"
        )
        self.before = before
        self.after = after


def describe(identity: dict[str, Any] | None) -> str:
    """A device identity in a few words: name, PulseAudio source, channel count."""
    if not identity:
        return "unknown device"
    name = identity.get("pulse_source") or identity.get("name", "?")
    return f"'{name}', {identity.get('channels', '?')} channels"


def _same_device(a: dict[str, Any], b: dict[str, Any]) -> bool:
    keys = ("name", "hostapi", "pulse_source", "channels")
    return all(a.get(k) == b.get(k) for k in keys)


class SoundDeviceSource:
    """Captures from a PortAudio input device through a capture child (audio/capture_proc.py).

    The stream itself lives in the child, so a device that dies costs a killed child, never the
    recorder, and :meth:`reopen` records from the same device again in a fresh child once it is
    back. Blocks arrive here on a reader thread that plays the part of PortAudio's callback: it
    hands each block to the sink and never blocks on anything else.
    """

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
        self.identity: dict[str, Any] | None = None  # what the first stream was opened on
        self.current_identity: dict[str, Any] | None = None
        self.last_block_time: tuple[float, float, float] | None = None  # (monotonic, adc, now)
        self._presence: PulseSourceWatch | None = None
        self._presence_lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self._spare: _Spawn | None = None
        self._reader: threading.Thread | None = None
        self._sink: BlockSink | None = None
        self._closed = False

    @property
    def finished(self) -> bool:
        return False

    @property
    def capturing(self) -> bool:
        """Whether a capture child is streaming (False once it ended or was let go)."""
        child = self._child
        return child is not None and child.poll() is None

    def _deliver(self, block: np.ndarray, overflowed: bool) -> None:
        """The reader thread's hand-over to the sink. Never raises."""
        try:
            self._sink(block, overflowed)  # type: ignore[misc]
        except BaseException as e:  # noqa: BLE001 - the reader must go on
            self.callback_error = e

    def start(self, sink: BlockSink) -> None:
        self._sink = sink
        identity = self._open()
        self.identity = identity
        with self._presence_lock:
            if self._presence is None:
                self._presence = self._watch_pulse_source()

    def reopen(self, *, accept_change: bool = False) -> dict[str, Any]:
        """Record from the same device again in a fresh child; DeviceChanged when what answers
        is another device (unless ``accept_change``), SourceError while it is not there."""
        self._let_go()
        identity = self._open(expect=None if accept_change else self.identity)
        if accept_change:
            self.identity = identity
        return identity

    def _open(self, expect: dict[str, Any] | None = None) -> dict[str, Any]:
        spawn, self._spare = self._spare, None
        if spawn is None:
            spawn = _Spawn()
        try:
            answer = spawn.open(
                {
                    "device": self.device.name,
                    "hostapi": self.device.hostapi,
                    "channels": self.channels,
                    "rate": self.rate,
                    "dtype": _dtype(self.bits),
                    "blocksize": self.blocksize,
                    "latency": self.latency,
                }
            )
        except SourceError:
            spawn.kill()
            raise
        identity = answer.get("identity") or {}
        if not answer.get("ok"):
            if answer.get("fatal"):
                spawn.kill()
                raise SourceError(str(answer.get("error")))
            self._spare = spawn  # it can try again: it reads the device list anew next time
            raise SourceError(f"cannot start recording from '{self.name}': {answer.get('error')}")
        if expect is not None and not _same_device(expect, identity):
            spawn.kill()
            raise DeviceChanged(expect, identity)
        if self._closed:
            spawn.kill()
            raise SourceError("the recording has ended")
        self.current_identity = identity
        child = spawn.proc
        self._child = child
        self._reader = threading.Thread(
            target=self._read_blocks, args=(child,), name="capture-reader", daemon=True
        )
        self._reader.start()
        return identity

    def _read_blocks(self, child: subprocess.Popen[bytes]) -> None:
        from audio.capture_proc import FLAG_OVERFLOW, HEADER, MAGIC

        stream = child.stdout
        assert stream is not None
        dtype = np.dtype(_dtype(self.bits))
        frame_bytes = self.channels * dtype.itemsize
        while True:
            head = _read_exactly(stream, HEADER.size)
            if head is None:
                return
            magic, frames, flags, t_cb, adc, now = HEADER.unpack(head)
            if magic != MAGIC:
                return
            data = _read_exactly(stream, frames * frame_bytes)
            if data is None:
                return
            self.last_block_time = (t_cb, adc, now)
            block = np.frombuffer(data, dtype=dtype).reshape(frames, self.channels)
            self._deliver(block, bool(flags & FLAG_OVERFLOW))

    def _let_go(self) -> None:
        """End the current capture child at once (it may sit on a dead server) and wait for
        its reader to pass on what it already read."""
        child, self._child = self._child, None
        if child is not None:
            _kill(child)
        reader, self._reader = self._reader, None
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=2)

    def prepare_reopen(self) -> None:
        """Start the next capture child now, so that it is ready when the device returns."""
        if self._spare is None:
            self._spare = _Spawn()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop capturing: the child is told to stop and, if it does not, killed. Nothing here
        can hang on a dead server: the stream lives and dies in the child."""
        self._closed = True
        child, self._child = self._child, None
        if child is not None:
            with contextlib.suppress(OSError, ValueError):
                assert child.stdin is not None
                child.stdin.write(b"stop\n")
                child.stdin.close()
            try:
                child.wait(timeout=min(timeout, 2.0))
            except subprocess.TimeoutExpired:
                _kill(child)
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.join(timeout=timeout)
        self._close_spare()
        self._close_presence()

    def abandon(self) -> None:
        """Let go of a device that died: its child is killed. The recorder never held the
        stream, but if it loaded PortAudio itself (to list devices) that copy may hold a client
        of the dead server, which PortAudio's own clean-up at exit must not touch."""
        self._let_go()
        if "sounddevice" in sys.modules and self.device.hostapi.startswith("JACK"):
            _ABANDONED.append(self.device.name)

    def _close_spare(self) -> None:
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.kill()

    def presence_problem(self) -> str | None:
        """Whether the device behind the stream has disappeared (None: present or unknown).

        PulseAudio moves a stream whose source vanished to another source, often without a gap
        the watchdog could see. When the source is named by ``PULSE_SOURCE`` (as on the test
        servers and Linux stations) its presence is watched through ``pactl`` (see
        :class:`PulseSourceWatch`).
        """
        with self._presence_lock:
            watch = self._presence
        if watch is None or watch.present() is not False:
            return None
        return (
            f"the audio source '{watch.source}' disappeared; PulseAudio moved the "
            "recording to another input"
        )

    def removed_at(self) -> float | None:
        """When (monotonic) the watched source was seen to go, if it is gone."""
        with self._presence_lock:
            watch = self._presence
        return None if watch is None else watch.removed_at

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

    @property
    def has_abandoned_streams(self) -> bool:
        return bool(_ABANDONED)


def _read_exactly(stream: Any, n: int) -> bytes | None:
    data = stream.read(n)
    if data is None or len(data) < n:
        return None
    return bytes(data)


def _kill(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        child.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.wait(timeout=2)
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


class _Spawn:
    """A capture child being started: it imports PortAudio while the caller goes on."""

    def __init__(self) -> None:
        from audio.capture_proc import child_command

        try:
            self.proc: subprocess.Popen[bytes] = subprocess.Popen(
                child_command(),
                bufsize=1 << 20,  # one read takes in whatever blocks wait in the pipe
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_child_env(),
            )
        except OSError as e:
            raise SourceError(f"cannot start the capture process: {e}") from e

    def _line(self, timeout: float) -> dict[str, Any]:
        box: list[bytes] = []
        assert self.proc.stdout is not None
        stdout = self.proc.stdout
        t = threading.Thread(target=lambda: box.append(stdout.readline()), daemon=True)
        t.start()
        t.join(timeout)
        if not box or not box[0]:
            raise SourceError(
                "the capture process did not answer"
                + ("" if box else f" within {timeout:.0f} s")
                + ": check the audio device and its driver"
            )
        try:
            answer = json.loads(box[0])
        except ValueError as e:
            raise SourceError("the capture process gave an unreadable answer") from e
        if not isinstance(answer, dict):
            raise SourceError("the capture process gave an unreadable answer")
        return answer

    def open(self, spec: dict[str, Any]) -> dict[str, Any]:
        if not getattr(self, "_ready", False):
            ready = self._line(20.0)
            if not ready.get("ready"):
                return ready
            self._ready = True
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps({"open": spec}).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError as e:
            raise SourceError(f"the capture process ended: {e}") from e
        return self._line(10.0)

    def kill(self) -> None:
        _kill(self.proc)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


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
        self.removed_at: float | None = None  # monotonic time the source was seen gone
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
        if self._present is False and self.removed_at is None:
            self.removed_at = time.monotonic()
        elif self._present is True:
            self.removed_at = None
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
