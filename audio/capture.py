"""Capturing from a real audio device: :class:`SoundDeviceSource`, through a capture child.

:class:`SoundDeviceSource` implements :class:`audio.sources.InputSource`. The PortAudio stream
lives in a capture child (:mod:`audio.capture_proc`, started by :mod:`audio.capture_spawn`); a
reader thread here plays the part of PortAudio's callback and keeps the contract every recorder
must keep (sounddevice's Stream docs): it copies the block and counts; it never allocates beyond
the copy, never blocks, never logs, never touches files, and never raises — an exception in a
callback silently stops the stream, so it is caught and flagged.

A stream whose server died must never be stopped, aborted or closed (PortAudio's JACK back end
asserts or hangs in those calls); :meth:`SoundDeviceSource.abandon` kills its child instead, and
:func:`abandoned_streams` tells the program to leave with ``os._exit``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from typing import Any

import numpy as np

from audio.capture_spawn import CaptureSpawn, kill_child, read_exactly
from audio.devices import DeviceChanged, DeviceInfo, check_settings, same_device, sample_dtype
from audio.pulse_watch import PulseSourceWatch
from audio.sources import BlockSink, BlockStamp, SourceError

CAPTURE_LATENCY_S = 0.2

# Streams given up on because their server died: kept alive so nobody calls Pa_CloseStream.
_ABANDONED: list[Any] = []


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
        self._spare: CaptureSpawn | None = None
        self._reader: threading.Thread | None = None
        self._sink: BlockSink | None = None
        self._closed = False
        self.timestamps: BlockStamp | None = None  # set by the recorder (audio/frameclock.py)

    @property
    def finished(self) -> bool:
        return False

    @property
    def capturing(self) -> bool:
        """Whether a capture child is streaming (False once it ended or was let go)."""
        child = self._child
        return child is not None and child.poll() is None

    def pending_bytes(self) -> int:
        """Audio already in the pipe but not yet read: the device delivers, the recorder is late."""
        child = self._child
        if child is None or child.stdout is None:
            return 0
        try:
            import fcntl
            import termios

            buf = bytearray(4)
            fcntl.ioctl(child.stdout.fileno(), termios.FIONREAD, buf)
            return int.from_bytes(buf, sys.byteorder)
        except (ImportError, OSError, ValueError):
            return 0

    def cpu_wait(self) -> float | None:
        """Seconds the capture child's threads have waited for a CPU so far (Linux; None where
        the system does not say). Growing fast while no audio comes: the computer is busy, the
        device is not lost."""
        child = self._child
        if child is None:
            return None
        total = 0
        try:
            for task in os.listdir(f"/proc/{child.pid}/task"):
                with open(f"/proc/{child.pid}/task/{task}/schedstat") as f:
                    total += int(f.read().split()[1])
        except (OSError, ValueError, IndexError):
            return None
        return total / 1e9

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
            spawn = CaptureSpawn()
        try:
            answer = spawn.open(
                {
                    "device": self.device.name,
                    "hostapi": self.device.hostapi,
                    "channels": self.channels,
                    "rate": self.rate,
                    "dtype": sample_dtype(self.bits),
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
            if expect is not None and identity and not same_device(expect, identity):
                # another device under the name (e.g. fewer channels than this hearing records):
                # the secretary is told, not left with a silent retry
                raise DeviceChanged(expect, identity)
            raise SourceError(f"cannot start recording from '{self.name}': {answer.get('error')}")
        if expect is not None and not same_device(expect, identity):
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
        dtype = np.dtype(sample_dtype(self.bits))
        frame_bytes = self.channels * dtype.itemsize
        while True:
            head = read_exactly(stream, HEADER.size)
            if head is None:
                return
            magic, frames, flags, t_cb, adc, now = HEADER.unpack(head)
            if magic != MAGIC:
                return
            data = read_exactly(stream, frames * frame_bytes)
            if data is None:
                return
            self.last_block_time = (t_cb, adc, now)
            stamp = self.timestamps
            if stamp is not None:  # marker placement (audio/frameclock.py)
                stamp(adc, now)
            block = np.frombuffer(data, dtype=dtype).reshape(frames, self.channels)
            self._deliver(block, bool(flags & FLAG_OVERFLOW))

    def _let_go(self) -> None:
        """End the current capture child at once (it may sit on a dead server) and wait for
        its reader to pass on what it already read."""
        child, self._child = self._child, None
        if child is not None:
            kill_child(child)
        reader, self._reader = self._reader, None
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=2)

    def prepare_reopen(self) -> None:
        """Start the next capture child now, so that it is ready when the device returns."""
        if self._spare is None:
            self._spare = CaptureSpawn()

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
                kill_child(child)
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


def abandoned_streams() -> int:
    """How many streams were given up on; a process with any must exit with os._exit."""
    return len(_ABANDONED)
