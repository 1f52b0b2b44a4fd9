"""The guard against PySide6 6.12.0's leak of references to None on CPython 3.11 holds."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui.widgets import pyside_guard


def test_many_void_calls_do_not_free_none() -> None:
    pyside_guard.install()
    probe = QObject()
    for _ in range(50_000):  # several times None's natural reference count
        probe.setObjectName("probe")
    assert sys.getrefcount(None) > 1_000_000 or pyside_guard.none_leak_per_call() == 0.0


class _Flag(QObject):
    changed = Signal(bool)


def test_many_bool_signals_do_not_free_true() -> None:
    pyside_guard.install()
    flag = _Flag()
    flag.changed.connect(lambda _v: None)
    for _ in range(50_000):
        flag.changed.emit(True)
    assert sys.getrefcount(True) > 1_000_000 or pyside_guard.none_leak_per_call() == 0.0


def test_install_is_a_no_op_on_a_sound_build(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pyside_guard, "none_leak_per_call", lambda calls=200: 0.0)
    before = sys.getrefcount(None)
    assert pyside_guard.install() is False
    assert abs(sys.getrefcount(None) - before) < 100
