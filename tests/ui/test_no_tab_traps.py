"""Tab leaves every list in one press (issue 18): the markers of a hearing being recorded and of
a hearing under review, with many rows, used to take Tab through every cell of every row first —
a keyboard trap for a secretary or judge who works without the mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from audio.playback import CapturingSink
from signing.seal import seal_hearing
from tests.support.pki import shared_pki
from tests.support.review_hearing import RATE, make_review_hearing
from tests.support.sealing import signer_for
from tests.ui.conftest import fill_form, run_check
from ui.review.window import ReviewWindow

PEOPLE = [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]


def test_tab_leaves_the_markers_of_the_recording(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE, channels=2)
    run_check(qtbot, w)
    assert w.start_recording(), w.message.text()
    table = w.page.markers.table
    for key in (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F1):
        qtbot.keyClick(table, key)
    qtbot.waitUntil(lambda: w.page.markers.model.rowCount() == 3)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    w.page.controls.end()
    qtbot.waitUntil(lambda: w.page.controls.new_button.isVisible(), timeout=30000)


def test_tab_leaves_the_markers_under_review(qtbot, languages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    package = seal_hearing(make_review_hearing(tmp_path), signer_for(shared_pki().secretary))
    w = ReviewWindow(package.package, sink=CapturingSink(RATE, 2), verify=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    tables = [t for t in w.findChildren(type(w.markers.table)) if t.model().rowCount() > 1]
    assert tables, "the review lists its markers"
    table = tables[0]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    w.shutdown()
