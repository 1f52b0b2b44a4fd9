"""`run_gui` composes the window from its options and runs until the window closes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main import run_gui
from ui.recording.window import MainWindow


def test_run_gui_opens_the_window_in_the_chosen_language(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # No PortAudio here: its JACK back end asserts at exit when a test audio server has gone.
    monkeypatch.setattr("ui.station.composition.list_devices", lambda: [])
    seen: list[str] = []

    def look_and_close() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        assert len(windows) == 1
        w = windows[0]
        try:
            seen.append(w.start_button.text())
            assert w.station.recordings_root == tmp_path / "out"
            assert w.station.templates_dir == tmp_path / "settings" / "courtrooms"
            assert not w.start_button.isEnabled()  # nothing records before the equipment check
            assert [c.kind for c in w.form.choices] == ["speech", "tones"]  # no card: simulation
        finally:  # a failure here must not leave the next tests in Russian
            w.languages.switch("en")
            w.close()  # deletes itself (WA_DeleteOnClose) on the GUI thread
            QApplication.quit()

    # One quit only: closing the last window would post a second one that would end the next
    # test's event loops (qtbot.waitSignal) at once.
    qapp.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(200, look_and_close)
    try:
        code = run_gui(
            [
                "zhazba",
                "--lang",
                "ru",
                "--out",
                str(tmp_path / "out"),
                "--settings",
                str(tmp_path / "settings"),
            ]
        )
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert code == 0
    assert seen == ["● Начать запись"]
