"""After wiring: ending a hearing in the main window seals it with the open key and says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app import station as app_station
from tests.support.pki import PASSWORD, shared_pki
from tests.ui.conftest import SIMULATED, run_check, tones_factory
from ui.station import Station


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
        finish=core.finish,
    )
    w = make_window(station)
    w.fill_example()
    run_check(qtbot, w)
    assert w.start_recording(), w.message.text()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 48000, timeout=10000)
    w.page.controls.end()
    box = w.findChild(QMessageBox, "finishReport")
    assert box is not None and "sealed and signed" in box.text(), box and box.text()
    assert list((tmp_path / "hearings").glob("*.sealed"))
    box.done(0)
