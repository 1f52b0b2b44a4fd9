"""Starting a capture child and talking to it: the plumbing under :mod:`audio.capture`.

A :class:`CaptureSpawn` starts the child (:mod:`audio.capture_proc`) at once, so that it imports
PortAudio while the caller goes on, then asks it to open a stream and reads its one-line JSON
answers with a timeout. A child is ended with :func:`kill_child`, never with PortAudio's own
stop/close, which may hang on a dead server.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import threading
from typing import Any

from audio.sources import SourceError


def read_exactly(stream: Any, n: int) -> bytes | None:
    """``n`` bytes from the child's pipe, or None once it ended short."""
    data = stream.read(n)
    if data is None or len(data) < n:
        return None
    return bytes(data)


def kill_child(child: subprocess.Popen[bytes]) -> None:
    """End a capture child at once and close its pipes."""
    with contextlib.suppress(OSError):
        child.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.wait(timeout=2)
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()


class CaptureSpawn:
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
                env=child_env(),
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
        kill_child(self.proc)


def child_env() -> dict[str, str]:
    """The environment of a child: this one, with the program's root on ``PYTHONPATH``."""
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env
