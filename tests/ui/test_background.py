"""BackgroundCall: the function runs on another thread, its result (or its exception) arrives
on the GUI thread, one call at a time."""

from __future__ import annotations

import threading

from ui.widgets.background import BackgroundCall


def test_the_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    call = BackgroundCall()
    gate = threading.Event()
    ran_on: list[int] = []
    got: list[tuple[object, int, bool]] = []
    call.done.connect(lambda r: got.append((r, threading.get_ident(), call.running)))

    def work() -> int:
        ran_on.append(threading.get_ident())
        gate.wait(10)
        return 42

    assert call.start(work, name="test")
    assert call.running
    assert not call.start(work, name="second")  # one at a time
    gate.set()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, threading.get_ident(), False)]
    assert ran_on and ran_on[0] != threading.get_ident()
    assert call.wait(0)


def test_an_exception_is_delivered_not_lost(qtbot) -> None:  # type: ignore[no-untyped-def]
    call = BackgroundCall()
    got: list[object] = []
    call.done.connect(got.append)

    def fails() -> None:
        raise OSError("the drive is gone")

    call.start(fails, name="test")
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert isinstance(got[0], OSError) and str(got[0]) == "the drive is gone"
    assert not call.running
