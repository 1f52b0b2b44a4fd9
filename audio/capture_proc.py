"""The capture child: one process that owns a PortAudio input stream and pipes its blocks out.

A hearing must survive its audio device going away and coming back. Inside one process that is
impossible with PortAudio: a stream whose server died (JACK killed, USB interface pulled) must
never be stopped, closed or terminated — the JACK back end asserts or hangs in those calls — and
PortAudio sees a device that appeared later only after ``Pa_Terminate``/``Pa_Initialize``, which
close that dead stream too. So the recorder never opens a stream itself: each attempt to record
runs in a fresh child (``python -m audio.capture_proc``), and a dead device costs a killed child,
never the recorder.

Protocol (the parent is :class:`audio.capture.SoundDeviceSource`):

* the child starts, imports PortAudio and writes one JSON line ``{"ready": true}`` to stdout;
* the parent writes one JSON line ``{"open": {...}}`` to stdin; the child opens the stream and
  answers one JSON line, ``{"ok": true, "identity": {...}}`` or ``{"ok": false, "error": "..."}``
  (after a refusal it waits for the next command, re-reading the device list first);
* after ``ok`` the child writes binary records to stdout until it ends: a :data:`HEADER`
  (magic, frames, flags, the callback's monotonic time, PortAudio's ``inputBufferAdcTime`` and
  ``currentTime``) followed by the block's samples, interleaved, of the kept channels only;
* the child ends by itself when stdin closes (the parent ended or let go of it), when the parent
  writes ``stop``, or when the stream stops running (its server died): the parent then sees the
  end of the pipe at once, which is how a dead JACK server is noticed within milliseconds.

The stream is opened with the device's *native* channel count and the hearing's channels are
kept from it: asking an audio server for fewer channels than its source has makes it mix the
others into them (PulseAudio put channel 5 into channels 1 and 2 at −10 dB), and a recording must
be what each microphone heard.

The callback keeps the recorder's contract: it copies the block and writes it into a large
non-blocking pipe, or, when the pipe is full, into an unbounded queue that a sender thread
empties; it never blocks, never logs, never raises.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import threading
import time
from typing import Any

HEADER = struct.Struct("<4sIIddd")
MAGIC = b"ZBLK"
FLAG_OVERFLOW = 1


def child_command() -> list[str]:
    """How to start a capture child: the frozen program runs it through a hidden argument."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--capture-child"]
    return [sys.executable, "-u", "-m", "audio.capture_proc"]


def pulse_source_channels(source: str | None) -> tuple[str, int] | None:
    """The PulseAudio source the ALSA ``pulse`` device reads (``PULSE_SOURCE`` or the default
    source) and its channel count, or None when PulseAudio cannot be asked."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    try:
        if not source:
            r = subprocess.run(
                [pactl, "get-default-source"], capture_output=True, text=True, timeout=3
            )
            source = r.stdout.strip()
        r = subprocess.run(
            [pactl, "list", "short", "sources"], capture_output=True, text=True, timeout=3
        )
    except (OSError, subprocess.SubprocessError):
        return None
    for line in r.stdout.splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and cols[1] == source:
            for word in cols[3].split():
                if word.endswith("ch") and word[:-2].isdigit():
                    return source, int(word[:-2])
    return None


class _Child:
    def __init__(self, out: Any) -> None:
        self.out = out
        self.fd = out.fileno()
        # What could not be written at once waits here, in order, for the sender thread. The
        # pipe is made large and non-blocking, so normally the callback writes the block itself
        # and nobody else wakes up (a thread's wake-up is the dearest thing on this machine).
        self.pending: collections.deque[memoryview] = collections.deque()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.stream: Any = None
        self.keep: list[int] | None = None
        self.go = False  # set once the answer line is out: no block may come before it

    def reply(self, obj: dict[str, Any]) -> None:
        self.out.write(json.dumps(obj).encode() + b"\n")
        self.out.flush()

    def callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio's thread: copy the kept channels and the timing into the pipe, or into the
        queue when the pipe is full. Never blocks, never raises."""
        try:
            data = indata if self.keep is None else indata[:, self.keep]
            flags = FLAG_OVERFLOW if status.input_overflow else 0
            head = HEADER.pack(
                MAGIC,
                frames,
                flags,
                time.monotonic(),
                float(time_info.inputBufferAdcTime),
                float(time_info.currentTime),
            )
            record = memoryview(head + data.tobytes())
            with self.lock:
                if self.go and not self.pending:
                    with contextlib.suppress(BlockingIOError):
                        record = record[os.write(self.fd, record) :]
                if record:
                    self.pending.append(record)
                    self.wake.set()
        except BrokenPipeError:
            os._exit(0)  # the recorder let go of this child
        except BaseException:  # noqa: BLE001 - an escaping exception silently stops the stream
            os._exit(6)

    def sender(self) -> None:
        """Write what the callback could not; a closed pipe means the parent let go: leave."""
        try:
            while True:
                self.wake.wait()
                with self.lock:
                    while self.pending:
                        part = self.pending[0]
                        try:
                            n = os.write(self.fd, part)
                        except BlockingIOError:
                            break
                        if n == len(part):
                            self.pending.popleft()
                        else:
                            self.pending[0] = part[n:]
                    if not self.pending:
                        self.wake.clear()
                        continue
                select.select([], [self.fd], [], 0.05)  # room in the pipe, or look again
        except OSError:
            os._exit(0)

    def open(self, sd: Any, spec: dict[str, Any]) -> dict[str, Any]:
        want_name = spec["device"]
        want_api = spec.get("hostapi")
        channels = int(spec["channels"])
        candidates = []
        for d in sd.query_devices():
            api = sd.query_hostapis(d["hostapi"])["name"]
            if d["max_input_channels"] > 0 and d["name"] == want_name:
                candidates.append((api != want_api, d, api))
        if not candidates:
            return {"ok": False, "error": f"the input device '{want_name}' is not present"}
        candidates.sort(key=lambda c: c[0])
        _, dev, api = candidates[0]
        native = int(dev["max_input_channels"])
        identity: dict[str, Any] = {"name": dev["name"], "hostapi": api}
        if api == "ALSA" and dev["name"] in ("pulse", "default"):
            found = pulse_source_channels(os.environ.get("PULSE_SOURCE"))
            if found is not None:
                identity["pulse_source"], native = found
        if api.startswith("JACK"):
            native = channels  # JACK connects one port to one port: nothing is mixed
        identity["channels"] = native
        if native < channels:
            return {
                "ok": False,
                "identity": identity,
                "error": f"the device '{dev['name']}' has {native} input channels; "
                f"{channels} were asked for",
            }
        self.keep = None if native == channels else list(range(channels))
        try:
            self.stream = sd.InputStream(
                device=dev["index"],
                channels=native,
                samplerate=int(spec["rate"]),
                dtype=spec["dtype"],
                blocksize=int(spec["blocksize"]),
                latency=spec["latency"],
                callback=self.callback,
            )
            self.stream.start()
        except Exception as e:  # noqa: BLE001 - PortAudio reports many error types
            self.stream = None
            return {"ok": False, "identity": identity, "error": str(e)}
        identity["unrecorded_channels"] = list(range(channels + 1, native + 1))
        return {"ok": True, "identity": identity}

    def watch(self) -> None:
        """A stream that stops running (its server died) ends the child: the parent sees it."""
        while True:
            time.sleep(0.25)  # seldom: every wake-up costs the recorder's CPU
            try:
                active = self.stream.active
            except Exception:  # noqa: BLE001
                active = False
            if not active:
                time.sleep(0.1)  # let the sender pass on what was captured
                os._exit(5)


def _widen_pipe(fd: int) -> None:
    """Ask for a 1 MiB pipe (1.3 s of 8 channels) so the callback's writes rarely wait."""
    with contextlib.suppress(OSError, AttributeError):
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)


def _stdin_watch() -> None:
    """After the stream opened: ``stop`` or the end of stdin ends the child at once."""
    for line in sys.stdin.buffer:
        if line.strip() == b"stop":
            break
    os._exit(0)


def device_list(sd: Any) -> list[dict[str, Any]]:
    """Every PortAudio device as plain data (audio.devices.DeviceInfo's fields)."""
    try:
        default_in, default_out = sd.default.device
    except Exception:  # noqa: BLE001 - no default device is a normal state on a bare machine
        default_in, default_out = -1, -1
    hostapis = sd.query_hostapis()
    return [
        {
            "index": d["index"],
            "name": d["name"],
            "hostapi": hostapis[d["hostapi"]]["name"],
            "max_input_channels": d["max_input_channels"],
            "max_output_channels": d["max_output_channels"],
            "default_samplerate": d["default_samplerate"],
            "is_default_input": d["index"] == default_in,
            "is_default_output": d["index"] == default_out,
        }
        for d in sd.query_devices()
    ]


def query(spec: dict[str, Any]) -> dict[str, Any]:
    """One question to PortAudio, asked in this short-lived process: the list of devices, or
    whether a device can record with given settings. The recorder and the window never load
    PortAudio's input side themselves (a dead JACK server makes its clean-up at exit abort)."""
    try:
        import sounddevice as sd
    except OSError as e:
        return {"ok": False, "fatal": True, "error": f"PortAudio is not installed: {e}"}
    if spec.get("op") == "list":
        return {"ok": True, "devices": device_list(sd)}
    try:
        sd.check_input_settings(
            device=spec["index"],
            channels=spec["channels"],
            samplerate=spec["rate"],
            dtype=spec["dtype"],
        )
    except Exception as e:  # noqa: BLE001 - PortAudio reports many error types
        return {"ok": False, "error": str(e)}
    return {"ok": True}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--query"]:
        answer = query(json.loads(argv[1]))
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
        os._exit(0)  # no PortAudio clean-up: it may hold a client of a server that died
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    # nothing else may write to the data pipe: PortAudio's own diagnostics go to stderr
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    child = _Child(out)
    try:
        import sounddevice as sd
    except OSError as e:
        child.reply({"ok": False, "fatal": True, "error": f"PortAudio is not installed: {e}"})
        return 3
    child.reply({"ready": True})
    first = True
    for line in sys.stdin.buffer:
        try:
            spec = json.loads(line)["open"]
        except (ValueError, KeyError, TypeError):
            return 0  # "stop", or anything else: the parent is done with this child
        if not first:
            # a device that came back is seen only after PortAudio reads the list again
            with contextlib.suppress(Exception):
                sd._terminate()
                sd._initialize()
        first = False
        answer = child.open(sd, spec)
        child.reply(answer)
        if answer["ok"]:
            _widen_pipe(child.fd)
            os.set_blocking(child.fd, False)
            with child.lock:
                child.go = True  # blocks that came meanwhile wait in `pending` for the sender
            threading.Thread(target=child.sender, daemon=True).start()
            threading.Thread(target=child.watch, daemon=True).start()
            _stdin_watch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
