"""A guard against a reference-count defect of PySide6 6.12.0 on CPython 3.11.

On CPython 3.11 every PySide6 6.12.0 call that returns ``None`` (``QLabel.setText``,
``QWidget.update``, ``QPainter.fillRect``, ``QTimer.setInterval``, …) takes one reference from
``None`` without giving it back, and emitting a ``Signal(bool)`` with ``True`` does the same to
``True`` (found while benchmarking this window; :func:`none_leak_per_call` measures it; 6.11.3 does
not leak). ``None`` starts with about 10 000 references, so after a few thousand such calls CPython
aborts the whole process with "none_dealloc: deallocating None" (or "bool_dealloc") — with a meter
repainting 30 times a second that is seconds to minutes, and the abort would take the recording
down with it. CPython 3.12 made these singletons immortal, so the defect is harmless there.

:func:`install` detects the leak and, only if it is present, raises the reference counts of
``None``, ``True`` and ``False`` far out of reach (2**60) by writing the ``ob_refcnt`` field of
CPython's object header: these singletons are never freed anyway, so an over-count costs
nothing. The real fix is PySide6 < 6.12 (or a fixed release) or CPython ≥ 3.12
(docs/perf-gui.md); this keeps the station alive until then.
"""

from __future__ import annotations

import ctypes
import sys

SAFE_REFCOUNT = 1 << 60


def none_leak_per_call(calls: int = 200) -> float:
    """References ``None`` loses per void PySide6 call (0.0 on a sound build)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / calls


def install() -> bool:
    """Make None, True and False un-freeable if this PySide6 leaks; True when it acted."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if none_leak_per_call() < 0.5:
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value = SAFE_REFCOUNT
    return True
