"""The hearing library lists every hearing of the station, in each state, and opens each in its
view (issue 18).

Five real hearings of one station: one being recorded, one ended without a key (not sealed), one
sealed, one in the court archive whose local copy the archive's own clean-up deleted, and one not
recorded on a ground of Rules p. 3. The library lists all five with their state in words (kk, ru:
no English), finds them by the words of their state, and Enter on each opens the right view: the
review for the recorded ones, the documents for the one not recorded, and a line that says why
for the one being recorded and the one only the archive holds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app import station as app_station
from app.archive.package import delete_local_copy
from app.cli.record import demo_hearing
from app.hearing.not_recorded import record_not_recorded
from app.hearing.session import HearingSession
from audio.engine_types import EngineConfig
from audio.sources import ToneSource
from tests.support.pki import PASSWORD, shared_pki
from tests.ui.screen_check import latin_words
from tests.ui.test_screen_fit import check_window, shot
from ui.review.library import (
    ARCHIVE_ONLY,
    DOCUMENTS,
    RECORDING,
    REVIEW,
    HearingLibrary,
    HearingLibraryDialog,
)


def _session(core: app_station.Station, case: str, hour: int) -> HearingSession:
    return HearingSession.create(
        core.hearings,
        demo_hearing(case, 2),
        channels=2,
        rate=48000,
        bits=16,
        source_name="tones",
        now=dt.datetime(2026, 11, 21, hour, 0, tzinfo=dt.UTC),
    )


def _recorded(core: app_station.Station, case: str, hour: int) -> HearingSession:
    s = _session(core, case, hour)
    s.start(ToneSource(2, 48000, 16, realtime=False, max_frames=48000), EngineConfig(48000))
    assert s.wait(timeout=60)
    return s


@pytest.fixture
def station_with_five(tmp_path: Path) -> app_station.Station:
    core = app_station.Station(tmp_path / "core")
    # ended, no key open: waits to be sealed
    assert core.finish(_recorded(core, "1-ENDED", 9)).pending
    key = tmp_path / "secretary.p12"
    key.write_bytes(shared_pki().secretary.p12())
    core.open_key(key, PASSWORD, seal_waiting=False)
    sealed = core.finish(_recorded(core, "2-SEALED", 10)).sealed
    assert sealed is not None
    archived = core.finish(_recorded(core, "3-ARCHIVED", 11)).sealed
    assert archived is not None
    with core.catalog() as catalog:  # the archive confirmed it; its clean-up deleted it here
        hid = catalog.register_folder(archived.package).id
        catalog.set_state(hid, "uploaded")
    assert delete_local_copy(archived.package, with_hearing_folder=True)
    not_recorded = _session(core, "4-NOTREC", 12)
    record_not_recorded(not_recorded, "technical", "микрофондар істемейді")
    core.after_failed_start(not_recorded.folder)  # what the window does (not_recorded_dialog)
    recording = _session(core, "5-RECORDING", 13)  # created, not ended: being recorded
    core.register(recording.folder)
    core.close_key()
    return core


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_hearing_is_listed_with_its_state_and_opens_in_its_view(  # type: ignore[no-untyped-def]
    qtbot, languages, shots, lang, station_with_five
) -> None:
    languages.switch(lang)
    core = station_with_five
    with core.catalog() as catalog:
        dialog = HearingLibraryDialog(catalog, choose_medium=lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        lib: HearingLibrary = dialog.library
        cases = {r.case_number: r for r in lib.shown}
        assert set(cases) == {"1-ENDED", "2-SEALED", "3-ARCHIVED", "4-NOTREC", "5-RECORDING"}
        views = {c: lib.views[r.id] for c, r in cases.items()}
        assert views == {
            "1-ENDED": REVIEW,
            "2-SEALED": REVIEW,
            "3-ARCHIVED": ARCHIVE_ONLY,
            "4-NOTREC": DOCUMENTS,
            "5-RECORDING": RECORDING,
        }
        states = {c: lib.state_text(r) for c, r in cases.items()}
        assert len(set(states.values())) == 5, states  # five states, five different words
        allowed = ["ENDED", "SEALED", "ARCHIVED", "NOTREC", "RECORDING", "DEMO"]
        check_window(
            dialog,
            {"search": lib.search, "table": lib.table, "open": lib.open_button},
            lang,
            allowed=allowed,
        )
        shot(dialog, shots, lang, "library-every-state")

        def press_enter_on(case: str) -> None:
            lib.search.clear()
            row = [r.case_number for r in lib.shown].index(case)
            lib.table.selectRow(row)
            lib.table.setFocus()
            qtbot.keyClick(lib.table, Qt.Key.Key_Return)

        opened: list[tuple[str, Path]] = []
        lib.openRequested.connect(lambda p: opened.append(("review", p)))
        lib.documentsRequested.connect(lambda p: opened.append(("documents", p)))
        dialog.accept = lambda: None  # type: ignore[method-assign]
        for case in ("5-RECORDING", "3-ARCHIVED"):
            press_enter_on(case)
            assert lib.notice.isVisible() and not opened, case
            assert not lib.open_button.isEnabled()  # nothing to open here: the line says why
            assert not latin_words(lib, allowed), latin_words(lib, allowed)
            if case == "3-ARCHIVED":
                shot(dialog, shots, lang, "library-archive-only")
        press_enter_on("4-NOTREC")
        assert opened[-1][0] == "documents" and (opened[-1][1] / "journal.jsonl").is_file()
        assert dialog.chosen == opened[-1][1] and dialog.chosen_view == DOCUMENTS
        press_enter_on("1-ENDED")  # before the seal: the hearing folder
        assert opened[-1][0] == "review" and (opened[-1][1] / "hearing.json").is_file()
        press_enter_on("2-SEALED")  # the sealed package
        assert opened[-1][0] == "review" and opened[-1][1].name.endswith(".sealed")

        # the words of a state find its hearings
        lib.search.setText(states["3-ARCHIVED"][:12])
        assert [r.case_number for r in lib.shown] == ["3-ARCHIVED"]
        lib.search.setText(states["4-NOTREC"])
        assert [r.case_number for r in lib.shown] == ["4-NOTREC"]
        dialog.close()


def test_enter_in_the_library_never_closes_it_and_tab_goes_round(qtbot, languages) -> None:  # type: ignore[no-untyped-def]
    """Enter in the search field goes to the list (it used to press Close, the default button);
    Enter on a button that has the focus presses it; Tab visits every control and comes back."""
    languages.switch("kk")
    asked: list[int] = []
    dialog = HearingLibraryDialog(None, choose_medium=lambda: asked.append(1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    lib = dialog.library
    lib.search.setFocus()
    qtbot.keyClick(lib.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is lib.table
    seen = []
    for _ in range(6):
        seen.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    close = [b for b in dialog.buttons.buttons() if b is not dialog.medium_button][0]
    assert seen[:4] == [lib.table, dialog.medium_button, close, lib.search], seen
    assert seen[4:] == [lib.refresh_button, lib.table]  # round again, no trap
    dialog.medium_button.setFocus()
    qtbot.keyClick(dialog.medium_button, Qt.Key.Key_Return)
    assert asked == [1] and dialog.isVisible()
    assert not [b for b in dialog.findChildren(QPushButton) if b.isDefault()]


def test_the_review_opens_another_hearing_from_the_same_library(  # type: ignore[no-untyped-def]
    qtbot, languages, station_with_five
) -> None:
    """ "Open another hearing…" in the review is the library (states in words, every hearing,
    a medium), not a table of raw states: Enter on a row opens that hearing in a new review."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from audio.playback import CapturingSink
    from ui.review.window import ReviewWindow

    languages.switch("kk")
    core = station_with_five
    with core.catalog() as catalog:
        sealed = next(r for r in catalog.list_hearings() if r.case_number == "2-SEALED")
        ended = next(r for r in catalog.list_hearings() if r.case_number == "1-ENDED")
        w = ReviewWindow(
            Path(sealed.package or ""), sink=CapturingSink(48000, 2), catalog=catalog, verify=False
        )
        qtbot.addWidget(w)
        w.show()
        seen: list[list[str]] = []

        def choose() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, HearingLibraryDialog)
            lib = dialog.library
            seen.append([lib.state_text(r) for r in lib.shown])
            lib.table.selectRow([r.case_number for r in lib.shown].index("1-ENDED"))
            qtbot.keyClick(lib.table, Qt.Key.Key_Return)

        QTimer.singleShot(300, choose)
        w._ask_open()  # noqa: SLF001 - what the "Open another hearing…" button calls
        assert len(seen) == 1 and len(seen[0]) == 5 and not latin_words(w), seen
        assert w.successor is not None and w.successor.review.root == Path(ended.folder)
        w.successor.shutdown()
        w.successor.close()
