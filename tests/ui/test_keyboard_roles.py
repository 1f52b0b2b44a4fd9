"""Keyboard-only sign-in, switching user, and where each role starts (issue 18).

A real station catalog with real accounts (:mod:`app.accounts.roles`): Enter after the name moves
to the password, Enter after a wrong password stays in the dialog with the message (never Cancel,
which ends the program), Enter after the right one signs in. "Sign out / switch user…" in the
Station menu asks for the next person; the judge then lands on the library of sealed hearings
(search, Enter opens the review), the technician on the self-check, the secretary on the form again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app import station as app_station
from app.accounts.roles import AccountStore
from app.catalog.store import HearingRecord
from app.selfcheck.checks import SelfCheckSettings
from tests.support.pki import PASSWORD
from tests.ui.conftest import type_text
from tests.ui.test_station_menu import _key_file, _record
from ui.review.library import HearingLibrary
from ui.review.window import ReviewWindow
from ui.selfcheck.window import SelfCheckWindow
from ui.station.menu import install_station_menu
from ui.station.role_start import SignedIn
from ui.station.signin import SigninDialog

SECRET = "Сот-2026!"


@pytest.fixture
def core(tmp_path: Path) -> app_station.Station:
    return app_station.Station(tmp_path / "core", hearings=tmp_path / "hearings")


@pytest.fixture
def accounts(core: app_station.Station):  # type: ignore[no-untyped-def]
    catalog = core.catalog()
    store = AccountStore(catalog, scrypt_n=2**12)
    store.create("aigerim", "secretary", password=SECRET, display_name="Жумабекова Д. Е.")
    store.create("judge", "judge", password=SECRET, display_name="Сейткали А. Б.")
    store.create("tech", "technician", password=SECRET, display_name="Нұрланұлы Ө.")
    yield store
    catalog.close()


@pytest.fixture
def dialog(qtbot, languages, accounts, core):  # type: ignore[no-untyped-def]
    d = SigninDialog(accounts, core.open_key)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    return d


def _type_password(qtbot, d: SigninDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.focusWidget() is d.password
    d.password.insert(text)  # QTest cannot synthesise Cyrillic keys; Enter is a real key press


def test_enter_moves_from_name_to_password_and_signs_in(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.focusWidget() is dialog.username
    cancel = next(b for b in dialog.findChildren(QPushButton) if b is not dialog.sign_in_button)
    assert not cancel.isDefault() and dialog.sign_in_button.isDefault()
    qtbot.keyClicks(dialog.username, "aigerim")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # not cancelled
    _type_password(qtbot, dialog, SECRET)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == SigninDialog.DialogCode.Accepted)
    assert dialog.account is not None and dialog.account.username == "aigerim"


def test_enter_after_a_wrong_password_stays_with_a_message(qtbot, dialog, accounts) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)  # nothing typed yet: stays on the name
    assert QApplication.focusWidget() is dialog.username and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "judge")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    _type_password(qtbot, dialog, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.isVisible() and dialog.message.text() == "Wrong username or password."
    assert dialog.password.text() == "" and QApplication.focusWidget() is dialog.password
    # one Enter is one attempt, not two (the lock-out counts attempts)
    rows = accounts.catalog.query(  # the real table the lock-out reads
        "SELECT failures FROM sign_in_failures WHERE username = 'judge'"
    )
    assert rows and rows[0][0] == 1
    _type_password(qtbot, dialog, SECRET)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == SigninDialog.DialogCode.Accepted)
    assert dialog.account is not None and dialog.account.role == "judge"


def _sealed_record(core: app_station.Station, tmp_path: Path, case: str, date: str) -> Path:
    """A hearing the catalog knows as sealed (its package folder is a stand-in)."""
    package = tmp_path / "hearings" / f"{date}_{case.replace('/', '-')}.sealed"
    package.mkdir(parents=True)
    with core.catalog() as catalog:
        catalog.upsert_hearing(
            HearingRecord(
                id=f"h-{case}",
                folder=str(package.with_suffix("")),
                case_number=case,
                date=date,
                courtroom="204",
                judge="Сейткали А. Б.",
                state="sealed",
                package=str(package),
            )
        )
    return package


def test_each_role_starts_where_its_work_is_and_switches_user(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, core, accounts, tmp_path, monkeypatch
) -> None:
    newest = _sealed_record(core, tmp_path, "2-77/2026", "2026-11-21")
    _sealed_record(core, tmp_path, "7199-26-00-2/1234", "2026-11-02")
    window = make_window(station)
    menu = install_station_menu(
        window,
        core,
        who=lambda: "",
        ca_file=None,
        settings_for_selfcheck=SelfCheckSettings(recordings=tmp_path / "hearings"),
    )
    queue = [accounts.sign_in("judge", SECRET), accounts.sign_in("tech", SECRET), None]
    during: list[tuple[bool, bool, bool]] = []  # what the next person sees while signing in

    def next_person(_parent):  # type: ignore[no-untyped-def]
        during.append(
            (
                menu.user_status.isVisible(),
                window.menuBar().isEnabled(),
                window.form.isVisible() or window.start_button.isVisible(),
            )
        )
        return queue.pop(0)

    signed = SignedIn(window, menu, accounts.sign_in("aigerim", SECRET), next_person)
    signed.apply()
    assert window.stack.currentWidget() is window.setup_page
    assert window.form.secretary.text() == "Жумабекова Д. Е."
    assert menu.switch_user_action.isVisible()

    assert signed.switch_user() is not None  # the judge
    library = window.stack.currentWidget()
    assert isinstance(library, HearingLibrary) and library is signed.library
    assert [r.case_number for r in library.shown] == ["2-77/2026", "7199-26-00-2/1234"]
    type_text(qtbot, library.search, "1234")
    assert [r.case_number for r in library.shown] == ["7199-26-00-2/1234"]
    library.search.clear()
    opened: list[Path] = []
    monkeypatch.setattr(menu, "open_review", lambda path, *a: opened.append(path))
    library.table.setFocus()
    qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert opened == [newest]
    assert not window.start_button.isVisible()

    assert signed.switch_user() is not None  # the technician
    assert isinstance(window.stack.currentWidget(), SelfCheckWindow)

    assert signed.switch_user() is None  # nobody signs in: the window closes
    assert not window.isVisible()
    # meanwhile nobody's name, no menu and nothing of the last person's work were shown
    assert during == [(False, False, False)] * 3


def test_the_library_opens_a_real_sealed_hearing_for_review(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, tmp_path
) -> None:
    """Through the menu's own open_review, on a package sealed by the real station."""
    core = app_station.Station(tmp_path / "core")
    core.open_key(_key_file(tmp_path), PASSWORD, seal_waiting=False)
    result = core.finish(_record(core))
    assert result.sealed is not None, result.message
    window = make_window(station)
    menu = install_station_menu(
        window, core, who=lambda: "", ca_file=None, settings_for_selfcheck=SelfCheckSettings()
    )
    library = HearingLibrary(menu.catalog())
    library.openRequested.connect(menu.open_review)
    window.show_role_page(library)
    qtbot.keyClick(library.table, Qt.Key.Key_Return)
    review = menu.opened[-1]
    assert isinstance(review, ReviewWindow) and review.review.package == result.sealed.package


def test_correcting_only_the_note_by_keyboard_keeps_the_speaker(  # type: ignore[no-untyped-def]
    qtbot, make_window, station
) -> None:
    """F1 puts the judge's marker; Correct… shows which marker, with the judge chosen; typing a
    note and Enter appends an amendment of the note alone (the journal says so)."""
    from tests.ui.test_markers_alarms import _recording

    w = _recording(qtbot, make_window, station)
    markers = w.page.markers
    qtbot.keyClick(markers.table, Qt.Key.Key_F1)
    assert markers.model.rowCount() == 1
    markers.table.selectRow(0)
    markers.edit_selected()
    dialog = markers.edit_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "Сейткали А. Б." in dialog.which.text() and "00:00:0" in dialog.which.text()
    assert dialog.speaker.currentData() == ("Сейткали А. Б.", "judge")
    assert dialog.speaker.count() > 2 and dialog.event_combo.count() > 2
    dialog.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    qtbot.keyClicks(dialog.note, "interrupted the witness")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    row = markers.model.rows[0]
    qtbot.waitUntil(lambda: bool(row.amendments))
    assert row.current()["speaker"] == "Сейткали А. Б."
    assert row.amendments[0]["data"] == {"marker": row.seq, "note": "interrupted the witness"}
    w.page.controls.end()


def test_the_form_by_keyboard_date_in_one_tab_and_the_new_row(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    f = w.form
    f.case_number.setFocus()
    qtbot.waitUntil(f.case_number.hasFocus)
    qtbot.keyClick(f.case_number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (f.date, f.date.lineEdit())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # one Tab leaves the date
    assert QApplication.focusWidget() is f.judge
    type_text(qtbot, f.judge, "Сейткали А. Б.")
    qtbot.keyClick(f.judge, Qt.Key.Key_Tab)
    qtbot.mouseClick(f.add_button, Qt.MouseButton.LeftButton)
    assert [(p.role, p.name, p.channel) for p in f.participants()] == [
        ("judge", "Сейткали А. Б.", 1)
    ]
    qtbot.mouseClick(f.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is f.table.cellWidget(1, 1)  # the new row's name
    qtbot.keyClicks(QApplication.focusWidget(), "Abenov")
    assert f.participants()[1].name == "Abenov"


def test_the_self_check_checks_the_configured_input_and_channels(
    make_window, station, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from ui.main import configured_selfcheck

    w = make_window(station)
    w.form.input.setCurrentIndex(1)  # the simulated speech microphone
    w.form.channels.setValue(4)
    settings = configured_selfcheck(w, tmp_path)
    assert settings.channels == 4 and settings.simulated == "speech" and settings.device is None
    assert settings.recordings == tmp_path


def test_another_persons_key_is_refused_not_accepted_silently(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, core, accounts, tmp_path
) -> None:
    from app.accounts.roles import certificate_subject_key
    from tests.support.pki import shared_pki

    accounts.create(
        "asanova",
        "secretary",
        display_name="ASANOVA AIGERIM",
        certificate_subject=certificate_subject_key(shared_pki().secretary.cert),
    )
    window = make_window(station)
    menu = install_station_menu(
        window, core, who=lambda: "", ca_file=None, settings_for_selfcheck=SelfCheckSettings()
    )
    account = next(a for a in accounts.list() if a.username == "asanova")
    SignedIn(window, menu, account, lambda _p: None).apply()
    dialog = menu.show_key_dialog()
    dialog.path.setText(str(_key_file(tmp_path, "colleague")))
    dialog.password.setText(PASSWORD)
    assert not dialog.open_key()
    assert "belongs to" in dialog.outcome.text() and core.key_info is None
    dialog.path.setText(str(_key_file(tmp_path)))
    dialog.password.setText(PASSWORD)
    assert dialog.open_key()
    assert core.key_info is not None and core.key_info.holder == "ASANOVA AIGERIM"
    qtbot.waitUntil(lambda: not dialog.sealing_now, timeout=30000)
