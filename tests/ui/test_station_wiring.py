"""After wiring: ending a hearing in the main window seals it with the open key and says so.
Sealing runs on a worker thread: meanwhile the window stays responsive, says it is sealing, and
neither closes nor moves on to the next hearing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from app import station as app_station
from tests.support.pki import PASSWORD, shared_pki
from tests.ui.conftest import SIMULATED, run_check, tones_factory
from ui.station.composition import Station


def test_ending_the_hearing_seals_it_and_reports_it(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    core = app_station.Station(tmp_path / "core", hearings=tmp_path / "hearings")
    key = tmp_path / "secretary.p12"
    key.write_bytes(shared_pki().secretary.p12())
    core.open_key(key, PASSWORD)
    station = Station(
        tmp_path / "hearings",
        tmp_path / "settings",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(),
        precheck_max_seconds=5.0,
        finish=lambda session: gate.wait(30) and core.finish(session),
    )
    gate = threading.Event()
    w = make_window(station)
    w.fill_example()
    run_check(qtbot, w)
    assert w.start_recording(), w.message.text()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 48000, timeout=10000)
    gui_thread = threading.get_ident()
    ticks: list[Any] = []
    w.vm.timer.timeout.connect(lambda: ticks.append(threading.get_ident()))
    controls = w.page.controls
    controls.end()
    # the seal is held back by the gate: the GUI thread keeps running meanwhile
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    assert set(ticks) == {gui_thread}
    assert w.vm.finishing_now
    assert "sealing" in controls.banner.text(), controls.banner.text()
    assert not controls.end_button.isEnabled() and not controls.new_button.isEnabled()
    assert not w.close()  # refused while sealing, with a message
    assert w.close_warning is not None and w.close_warning.isVisible()
    w.close_warning.done(0)
    w.new_hearing()
    assert w.page is not None  # still the recording page
    assert not list((tmp_path / "hearings").glob("*.sealed"))
    gate.set()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "finishReport") is not None, timeout=60000)
    box = w.findChild(QMessageBox, "finishReport")
    assert box is not None and "sealed and signed" in box.text(), box and box.text()
    assert list((tmp_path / "hearings").glob("*.sealed"))
    assert not w.vm.finishing_now
    assert controls.new_button.isVisible() and controls.new_button.isEnabled()
    box.done(0)
    # the brief protocols were rendered on the worker thread: whole, in both languages
    pdfs = sorted((tmp_path / "hearings").glob("*.sealed/**/protocol*.pdf"))
    assert len(pdfs) == 2, pdfs
    texts = [_pdf_text(p) for p in pdfs]
    assert any("ХАТТАМА" in t.upper() for t in texts)
    assert any("ПРОТОКОЛ" in t.upper() for t in texts)


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
