"""The start-up recovery report speaks the window's language (issue 18): a real hearing left
unfinished (its recording never ended) is recovered by the station, and the message box says
what was kept in Kazakh or Russian, not the recovery's English line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app import station as app_station
from tests.ui.screen_check import WORD
from tests.ui.test_station_menu import _record
from ui.station.reports import report_recovery


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_recovery_report_is_in_the_window_language(  # type: ignore[no-untyped-def]
    qtbot, languages, lang, tmp_path: Path
) -> None:
    languages.switch(lang)
    core = app_station.Station(tmp_path / "core")
    session = _record(core)  # recorded, never ended: what a power cut leaves
    session.journal.close()
    reports = core.recover_unfinished()
    assert [r.recovered for r in reports] == [True]
    parent = QWidget()
    qtbot.addWidget(parent)
    box = report_recovery(parent, reports)
    assert box is not None
    text = box.text().replace(reports[0].folder.name, "")
    assert not WORD.findall(text), text
    box.done(0)
    # a power cut takes the recorder's threads with it; this test process lives on, so its
    # engine (which ended by itself and journals nothing more) lets them go
    assert session.engine is not None
    session.engine.stop()
