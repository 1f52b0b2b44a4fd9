"""The station menu on the secretary's main window, against a real composition root.

A real :class:`app.station.Station` in a temporary folder and real keys from the test PKI: the key
dialog opens the secretary's key (holder in the dialog and the status bar, the password field
emptied) and refuses a wrong password and an expired certificate in plain words; a short hearing
recorded with :class:`app.hearing.session.HearingSession` and ended with ``core.finish`` is
reported as sealed; the menu's Review, Listening session, Copy to medium and Self-check open their
windows (the folder dialog is replaced at its one boundary). One screenshot of the window with the
menu and the key dialog goes to test-artifacts/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app import station as app_station
from app.cli.record import demo_hearing
from app.copies.listening import list_sessions
from app.copies.media import MediaPoller
from app.hearing.recovery import RecoveryReport
from app.hearing.session import HearingSession
from app.selfcheck.checks import SelfCheckSettings
from audio.engine import EngineConfig
from audio.playback import CapturingSink
from audio.sources import ToneSource
from tests.support.pki import PASSWORD, shared_pki
from ui.copies.export_dialog import ExportDialog
from ui.copies.listening_dialog import ListeningDialog
from ui.review.library import HearingLibraryDialog
from ui.review.window import ReviewWindow
from ui.selfcheck.window import SelfCheckWindow
from ui.station.menu import StationMenu, install_station_menu, report_finish, report_recovery


def _key_file(tmp_path: Path, name: str = "secretary") -> Path:
    path = tmp_path / f"{name}.p12"
    path.write_bytes(getattr(shared_pki(), name).p12())
    return path


def _record(core: app_station.Station, seconds: float = 1.0) -> HearingSession:
    session = HearingSession.create(
        core.hearings,
        demo_hearing("2-77/2026", 2),
        channels=2,
        rate=48000,
        bits=16,
        source_name="tones",
        now=dt.datetime(2026, 11, 21, 10, 0),
    )
    session.start(
        ToneSource(2, 48000, 16, realtime=False, max_frames=int(seconds * 48000)),
        EngineConfig(stop_after_frames=int(seconds * 48000)),
    )
    assert session.wait(timeout=60)
    return session


@pytest.fixture
def core(tmp_path: Path) -> app_station.Station:
    return app_station.Station(tmp_path / "core")


@pytest.fixture
def menu(qtbot, make_window, station, core, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = make_window(station)
    chain = shared_pki().write_chain(tmp_path / "chain.pem")
    settings = SelfCheckSettings(
        simulated="tones", channels=2, recordings=core.hearings, test_seconds=1.0
    )
    m = install_station_menu(
        window,
        core,
        who=lambda: "ASANOVA AIGERIM",
        ca_file=chain,
        settings_for_selfcheck=settings,
        review_sink=lambda: CapturingSink(48000, 2),
        media_poller=lambda: MediaPoller(lister=lambda include_loop: []),
    )
    yield m
    for w in m.opened:
        if not shiboken6.isValid(w):  # closed, and deleted by Qt
            continue
        if isinstance(w, ReviewWindow):
            w.shutdown()
        w.close()
    m._close_catalog()


def _open_through_dialog(qtbot, m: StationMenu, path: Path, password: str) -> str:  # type: ignore[no-untyped-def]
    m.open_key_action.trigger()
    dialog = m.key_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.path.setText(str(path))
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.isVisible())
    assert dialog.password.text() == ""  # the password is never kept
    return dialog.outcome.text()


def test_opening_the_key_shows_the_holder_and_puts_it_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, menu, core, tmp_path, artifacts
) -> None:
    assert "No signing key" in menu.key_status.text()
    assert not menu.close_key_action.isEnabled()
    text = _open_through_dialog(qtbot, menu, _key_file(tmp_path), PASSWORD)
    assert "The key is open" in text and "ASANOVA AIGERIM" in text, text
    assert "Test NCA Issuing" in text
    assert core.key_info is not None and core.key_info.holder == "ASANOVA AIGERIM"
    qtbot.waitUntil(lambda: "ASANOVA AIGERIM" in menu.key_status.text())
    assert menu.close_key_action.isEnabled()
    _screenshot(qtbot, menu, artifacts / "screenshots" / "station-menu-key-dialog.png")
    menu.close_key_action.trigger()
    assert core.key_info is None and "No signing key" in menu.key_status.text()


def test_a_wrong_password_is_refused_in_plain_words(qtbot, menu, core, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = _open_through_dialog(qtbot, menu, _key_file(tmp_path), "not-the-password")
    assert "The key was not opened" in text and "The password is wrong" in text, text
    assert core.key_info is None


def test_an_expired_certificate_is_refused(qtbot, menu, core, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = _open_through_dialog(qtbot, menu, _key_file(tmp_path, "expired"), PASSWORD)
    assert "The certificate has expired" in text and "OLD KEY SECRETARY" in text, text
    assert core.key_info is None


def test_a_finished_hearing_is_reported_sealed_and_the_menu_opens_every_window(  # type: ignore[no-untyped-def]
    qtbot, menu, core, tmp_path, monkeypatch
) -> None:
    _open_through_dialog(qtbot, menu, _key_file(tmp_path), PASSWORD)
    result = core.finish(_record(core))
    assert result.sealed is not None, result.message
    box = report_finish(menu.window, result)
    qtbot.waitUntil(box.isVisible)
    assert "sealed" in box.text() and result.sealed.package.name in box.text(), box.text()
    box.done(0)

    package = result.sealed.package
    # the judge's library lists the sealed hearing by its case; Enter on it opens the review
    menu.review_action.trigger()
    library = menu.opened[-1]
    assert isinstance(library, HearingLibraryDialog)
    assert [r.case_number for r in library.library.shown] == ["2-77/2026"]
    qtbot.keyClick(library.library.table, Qt.Key.Key_Return)
    review = menu.opened[-1]
    assert isinstance(review, ReviewWindow) and not review.listening_session
    assert review.review.package == package
    qtbot.waitUntil(lambda: review.banner_level == "ok", timeout=30000)

    def who_listens(dialog: ListeningDialog) -> QDialog.DialogCode:  # the secretary's answers
        dialog.applicant.setText("Сүлейменов Ө. Қ.")
        dialog.role.setCurrentIndex(dialog.role.findData("plaintiff"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ListeningDialog, "exec", who_listens)
    # a hearing on a medium or in another folder is chosen through "Folder or medium…"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(package))
    )
    menu.listening_action.trigger()
    qtbot.mouseClick(menu.opened[-1].folder_button, Qt.MouseButton.LeftButton)
    listening = menu.opened[-1]
    assert isinstance(listening, ReviewWindow) and listening.listening_session
    qtbot.waitUntil(lambda: listening.banner_level != "wait", timeout=30000)
    session = list_sessions(menu.catalog())[0]  # registered in the copy register (p. 28)
    assert session.applicant == "Сүлейменов Ө. Қ." and session.applicant_role == "plaintiff"
    assert session.folder == str(package) and session.ended_utc is None
    listening.close()  # the mark is asked, and closes the session (p. 35)
    mark = menu.listening_marks[-1].dialog
    qtbot.waitUntil(lambda: mark is not None and mark.isVisible())
    mark.accept()
    ended = list_sessions(menu.catalog())[0]
    assert ended.ended_utc and ended.mark and "Сүлейменов Ө. Қ." in ended.mark

    menu.export_action.trigger()
    export = menu.opened[-1]
    assert isinstance(export, ExportDialog) and export.isVisible()
    assert menu.sealed_packages() == [package]

    menu.selfcheck_action.trigger()
    check = menu.opened[-1]
    assert isinstance(check, SelfCheckWindow) and check.isVisible()
    assert check.who == "ASANOVA AIGERIM"
    assert {type(w) for w in menu.opened if shiboken6.isValid(w) and w.isVisible()} == {
        ReviewWindow,
        ExportDialog,
        SelfCheckWindow,
    }

    # closing the main window closes every window opened from its menu (the review's player too)
    menu.window.close()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) and w.isVisible() for w in menu.opened))


def test_a_hearing_ended_without_a_key_is_reported_waiting(qtbot, menu, core) -> None:  # type: ignore[no-untyped-def]
    result = core.finish(_record(core))
    assert result.pending
    box = report_finish(menu.window, result)
    assert "waits for the secretary's signing key" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    box.done(0)


def test_recovery_is_reported_only_when_something_was_recovered(qtbot, menu, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert report_recovery(menu.window, []) is None
    report = RecoveryReport(tmp_path / "2026-11-21_x", True, 1, 48000, 0.5, "kept 1.0 s")
    box = report_recovery(menu.window, [report])
    assert box is not None and "2026-11-21_x: recovered" in box.text()
    box.done(0)


def _screenshot(qtbot, m: StationMenu, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window with the Station menu dropped down and the key dialog over it, in one image
    (offscreen, each top-level window is grabbed on its own and painted where it stands)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    window, dialog = m.window, m.key_dialog
    assert dialog is not None and m.menu is not None
    bar = window.menuBar()
    m.menu.popup(bar.mapToGlobal(bar.actionGeometry(m.menu.menuAction()).bottomLeft()))
    qtbot.waitUntil(m.menu.isVisible)
    dialog.move(window.mapToGlobal(QPoint(window.width() - dialog.width() - 40, 120)))
    image = QPixmap(window.size())
    painter = QPainter(image)
    painter.drawPixmap(0, 0, window.grab())
    painter.drawPixmap(window.mapFromGlobal(m.menu.pos()), m.menu.grab())
    at = window.mapFromGlobal(dialog.pos())
    painter.drawPixmap(at, dialog.grab())
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawRect(at.x() - 1, at.y() - 1, dialog.width() + 1, dialog.height() + 1)
    painter.end()
    m.menu.hide()
    assert image.save(str(path))


def test_a_window_that_already_has_a_menu_bar_gets_a_toolbar(qtbot, core) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("File")
    m = install_station_menu(
        window, core, who=lambda: "", ca_file=None, settings_for_selfcheck=SelfCheckSettings()
    )
    assert m.menu is None and m.toolbar is not None
    assert m.open_key_action in m.toolbar.actions()


def test_the_menu_and_the_key_dialog_follow_the_language(qtbot, menu, languages) -> None:  # type: ignore[no-untyped-def]
    dialog = menu.show_key_dialog()
    languages.switch("kk")
    qtbot.waitUntil(lambda: menu.open_key_action.text() == "Қол қою кілтін ашу…")
    assert menu.menu.title() == "&Станция"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Қол қою кілтін ашу")
    languages.switch("ru")
    qtbot.waitUntil(lambda: menu.export_action.text() == "Копия на носитель…")
    assert "Ключ подписи не открыт" in menu.key_status.text()
    languages.switch("en")
    qtbot.waitUntil(lambda: menu.open_key_action.text() == "Open signing key…")


def test_opening_the_key_seals_the_waiting_hearings_off_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, menu, core, tmp_path
) -> None:
    assert core.finish(_record(core)).pending
    gate = threading.Event()
    where: list[int] = []
    real = core.seal_waiting

    def slow_timestamp_server() -> list:  # type: ignore[type-arg]
        where.append(threading.get_ident())
        gate.wait(30)
        return real()

    core.seal_waiting = slow_timestamp_server
    text = _open_through_dialog(qtbot, menu, _key_file(tmp_path), PASSWORD)
    dialog = menu.key_dialog
    assert "The key is open" in text and "Sealing the hearings" in text, text
    assert dialog.sealing_now and not dialog.open_button.isEnabled()
    qtbot.waitUntil(lambda: "ASANOVA AIGERIM" in menu.key_status.text())  # the window goes on
    qtbot.waitUntil(lambda: bool(where))
    assert where[0] != threading.get_ident()
    assert not list(core.hearings.glob("*.sealed"))
    gate.set()
    qtbot.waitUntil(lambda: not dialog.sealing_now, timeout=30000)
    assert "now sealed: 1" in dialog.outcome.text(), dialog.outcome.text()
    assert "Sealing the hearings" not in dialog.outcome.text()
    assert len(list(core.hearings.glob("*.sealed"))) == 1
    assert dialog.open_button.isEnabled()
