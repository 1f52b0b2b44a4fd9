"""One function run on a worker thread, its result delivered on the GUI thread.

Ending a hearing, sealing the hearings that waited for a key and the start-up station checks
must not hold the window: each is a :class:`BackgroundCall`. ``done`` is emitted on the thread
the object lives on (the GUI thread) with what the function returned, or with the exception it
raised, so nothing a worker does is lost unseen. While it runs, :attr:`running` is true; the
worker is joined before ``done`` is emitted.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    done = Signal(object)  # the result, or the exception the function raised
    _delivered = Signal(object)  # from the worker, queued to this object's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._delivered.connect(self._deliver)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, fn: Callable[[], Any], *, name: str, daemon: bool = False) -> bool:
        """Run ``fn`` on a new thread (not a daemon by default: the program does not end
        halfway through it); False, and nothing started, while a call is still running."""
        if self._thread is not None:
            return False
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name, daemon=daemon)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the running call's function has returned; True when none is running."""
        t = self._thread
        if t is not None:
            t.join(timeout)
            return not t.is_alive()
        return True

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            result: Any = fn()
        except Exception as e:  # noqa: BLE001 - delivered to the GUI thread, never lost
            result = e
        # the object may be gone with its window by now: then nobody is left to tell
        with contextlib.suppress(RuntimeError):
            self._delivered.emit(result)

    def _deliver(self, result: Any) -> None:
        t, self._thread = self._thread, None
        if t is not None:
            t.join()
        self.done.emit(result)
