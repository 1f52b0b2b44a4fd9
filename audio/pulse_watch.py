"""Whether a named PulseAudio source still exists, watched cheaply through ``pactl``.

PulseAudio moves a stream whose source vanished to another source, often without a gap in the
audio that the engine's watchdog could see; :class:`audio.capture.SoundDeviceSource` asks a
:class:`PulseSourceWatch` instead when its source is named by ``PULSE_SOURCE``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time


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
