"""Sign-in at start-up and what each role may do in the window (Rules p. 20).

A real station catalog in a temporary folder with accounts made through :mod:`app.accounts.roles`: a
wrong password and an unknown name get the same message and the password field is emptied; a
judge may review but not record, a technician only runs the self-check, a secretary records
(the real pre-hearing check runs, then Start is or is not enabled); signing in with the test
PKI's secretary key finds the account bound to that certificate and hands the key to the station,
while another role's key is dropped after signing in. ``run_gui`` asks for sign-in only when the
station has accounts, and Cancel ends it. The dialog's screenshot goes to test-artifacts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import station as app_station
from app.accounts.roles import LOCKOUT_THRESHOLD, AccountStore, certificate_subject_key
from app.selfcheck.checks import SelfCheckSettings
from tests.support.pki import PASSWORD, shared_pki
from tests.ui.conftest import run_check, type_text
from ui.main import run_gui
from ui.recording.window import MainWindow
from ui.station.menu import StationMenu, install_station_menu
from ui.station.signin import SigninDialog, station_has_accounts

FAST_N = 2**12  # tests only; the station uses 2**15
SECRET = "Сот-2026!"


@pytest.fixture
def core(tmp_path: Path) -> app_station.Station:
    return app_station.Station(tmp_path / "core", hearings=tmp_path / "hearings")


@pytest.fixture
def accounts(core: app_station.Station):  # type: ignore[no-untyped-def]
    catalog = core.catalog()
    store = AccountStore(catalog, scrypt_n=FAST_N)
    store.create("admin", "administrator", password=SECRET, display_name="Әкімші А.")
    store.create("aigerim", "secretary", password=SECRET, display_name="Жумабекова Д. Е.")
    store.create("judge", "judge", password=SECRET, display_name="Сейткали А. Б.")
    store.create("tech", "technician", password=SECRET, display_name="Нұрланұлы Ө.")
    store.create(
        "asanova",
        "secretary",
        display_name="ASANOVA AIGERIM",
        certificate_subject=certificate_subject_key(shared_pki().secretary.cert),
    )
    store.create(
        "bekov",
        "judge",
        display_name="BEKOV DAULET",
        certificate_subject=certificate_subject_key(shared_pki().colleague.cert),
    )
    yield store
    catalog.close()


@pytest.fixture
def dialog(qtbot, languages, accounts, core):  # type: ignore[no-untyped-def]
    d = SigninDialog(accounts, core.open_key)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _sign_in(qtbot, d: SigninDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, d.username, username)
    type_text(qtbot, d.password, password)
    qtbot.mouseClick(d.sign_in_button, Qt.MouseButton.LeftButton)


def _window_for(qtbot, d, make_window, station, core, tmp_path) -> tuple[MainWindow, StationMenu]:  # type: ignore[no-untyped-def]
    """Sign-in accepted → the window and its menu set to the account's role, as run_gui does."""
    qtbot.waitUntil(lambda: d.result() == SigninDialog.DialogCode.Accepted)
    account = d.account
    assert account is not None
    window = make_window(station)
    menu = install_station_menu(
        window,
        core,
        who=lambda: account.display_name,
        ca_file=None,
        settings_for_selfcheck=SelfCheckSettings(recordings=tmp_path / "hearings"),
    )
    menu.apply_role(account.role, account.display_name, recording=window.set_recording_allowed)
    return window, menu


def _enabled(menu: StationMenu) -> dict[str, bool]:
    return {
        "open_key": menu.open_key_action.isEnabled(),
        "review": menu.review_action.isEnabled(),
        "listening": menu.listening_action.isEnabled(),
        "copy_to_medium": menu.export_action.isEnabled(),
        "selfcheck": menu.selfcheck_action.isEnabled(),
    }


def test_a_wrong_password_and_an_unknown_name_get_the_same_message(  # type: ignore[no-untyped-def]
    qtbot, dialog, artifacts
) -> None:
    _sign_in(qtbot, dialog, "judge", "not-the-password")
    qtbot.waitUntil(dialog.message.isVisible)
    wrong = dialog.message.text()
    assert wrong == "Wrong username or password."
    assert dialog.password.text() == ""  # never kept
    assert dialog.account is None and dialog.isVisible()
    path = artifacts / "screenshots" / "signin.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(path))
    dialog.username.clear()
    dialog.message.hide()
    _sign_in(qtbot, dialog, "nobody", SECRET)
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text() == wrong  # nobody learns which names exist
    assert dialog.password.text() == "" and dialog.account is None


def test_a_disabled_account_is_told_so_only_with_the_right_password(  # type: ignore[no-untyped-def]
    qtbot, dialog, accounts
) -> None:
    accounts.set_disabled("judge", True)
    _sign_in(qtbot, dialog, "judge", SECRET)
    qtbot.waitUntil(dialog.message.isVisible)
    assert "disabled" in dialog.message.text()
    assert dialog.account is None


def test_a_judge_may_review_but_not_record(  # type: ignore[no-untyped-def]
    qtbot, dialog, make_window, station, core, tmp_path
) -> None:
    _sign_in(qtbot, dialog, "judge", SECRET)
    window, menu = _window_for(qtbot, dialog, make_window, station, core, tmp_path)
    assert dialog.account is not None and dialog.account.role == "judge"
    assert _enabled(menu) == {
        "open_key": False,  # a judge's key must not seal hearings (p. 14)
        "review": True,
        "listening": True,
        "copy_to_medium": False,
        "selfcheck": False,
    }
    assert menu.user_status.text() == "Signed in: Сейткали А. Б. (judge)"
    assert window.role_notice.isVisible()
    assert "only the secretary" in window.role_notice.text()
    run_check(qtbot, window)
    qtbot.waitUntil(lambda: window.precheck.ready)
    assert not window.start_button.isEnabled()
    assert window.start_recording() is False and window.session is None


def test_a_technician_may_only_run_the_self_check(  # type: ignore[no-untyped-def]
    qtbot, dialog, make_window, station, core, tmp_path
) -> None:
    _sign_in(qtbot, dialog, "tech", SECRET)
    window, menu = _window_for(qtbot, dialog, make_window, station, core, tmp_path)
    assert _enabled(menu) == {
        "open_key": False,
        "review": False,
        "listening": False,
        "copy_to_medium": False,
        "selfcheck": True,
    }
    assert not window.recording_allowed and not window.start_button.isEnabled()
    assert "(technician)" in menu.user_status.text()


def test_a_secretary_may_record(  # type: ignore[no-untyped-def]
    qtbot, dialog, make_window, station, core, tmp_path
) -> None:
    _sign_in(qtbot, dialog, "aigerim", SECRET)
    window, menu = _window_for(qtbot, dialog, make_window, station, core, tmp_path)
    assert _enabled(menu) == {
        "open_key": True,
        "review": True,
        "listening": True,
        "copy_to_medium": True,
        "selfcheck": False,
    }
    assert window.recording_allowed and not window.role_notice.isVisible()
    assert "Жумабекова Д. Е. (secretary of the court hearing)" in menu.user_status.text()
    run_check(qtbot, window)
    qtbot.waitUntil(window.start_button.isEnabled)


def _key_sign_in(qtbot, d: SigninDialog, tmp_path: Path, who: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    path = tmp_path / f"{who}.p12"
    path.write_bytes(getattr(shared_pki(), who).p12())
    qtbot.mouseClick(d.key_button, Qt.MouseButton.LeftButton)
    key_dialog = d.key_dialog
    assert key_dialog is not None
    qtbot.waitUntil(key_dialog.isVisible)
    key_dialog.path.setText(str(path))
    type_text(qtbot, key_dialog.password, password)
    qtbot.mouseClick(key_dialog.open_button, Qt.MouseButton.LeftButton)
    return key_dialog


def test_the_secretary_signs_in_with_her_key_and_it_becomes_the_stations(  # type: ignore[no-untyped-def]
    qtbot, dialog, core, tmp_path
) -> None:
    key_dialog = _key_sign_in(qtbot, dialog, tmp_path, "secretary")
    qtbot.waitUntil(lambda: dialog.result() == SigninDialog.DialogCode.Accepted)
    assert dialog.account is not None
    assert (dialog.account.username, dialog.account.role) == ("asanova", "secretary")
    assert key_dialog.password.text() == ""
    assert core.key_info is not None and core.key_info.holder == "ASANOVA AIGERIM"


def test_a_judges_key_signs_in_but_never_becomes_the_sealing_key(  # type: ignore[no-untyped-def]
    qtbot, dialog, core, tmp_path
) -> None:
    _key_sign_in(qtbot, dialog, tmp_path, "colleague")
    qtbot.waitUntil(lambda: dialog.result() == SigninDialog.DialogCode.Accepted)
    assert dialog.account is not None and dialog.account.role == "judge"
    assert core.key_info is None and core.signer is None


def test_a_key_without_an_account_or_a_wrong_key_password_is_refused(  # type: ignore[no-untyped-def]
    qtbot, dialog, core, tmp_path
) -> None:
    key_dialog = _key_sign_in(qtbot, dialog, tmp_path, "expiring_soon")
    qtbot.waitUntil(key_dialog.outcome.isVisible)
    assert "no account on this station is linked" in key_dialog.outcome.text()
    assert dialog.account is None and core.key_info is None and dialog.isVisible()
    key_dialog.path.setText(str(tmp_path / "secretary.p12"))
    (tmp_path / "secretary.p12").write_bytes(shared_pki().secretary.p12())
    type_text(qtbot, key_dialog.password, "wrong")
    qtbot.mouseClick(key_dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "The password is wrong" in key_dialog.outcome.text())
    assert dialog.account is None and core.key_info is None


def test_the_dialog_is_translated(qtbot, dialog, languages, artifacts) -> None:  # type: ignore[no-untyped-def]
    for lang, sign_in in (("kk", "Кіру"), ("ru", "Войти")):
        assert languages.switch(lang)
        qtbot.waitUntil(lambda: dialog.sign_in_button.text() == sign_in)  # noqa: B023
        assert dialog.key_button.text() != "Sign in with signing key…"
        if lang == "kk":
            (artifacts / "screenshots").mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(artifacts / "screenshots" / "signin-kk.png"))
        languages.switch("en")
        qtbot.waitUntil(lambda: dialog.sign_in_button.text() == "Sign in")


def test_sign_in_is_asked_only_when_the_station_has_accounts(core, accounts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert station_has_accounts(core.catalog_path, core.catalog)
    empty = app_station.Station(tmp_path / "new-station")
    assert not station_has_accounts(empty.catalog_path, empty.catalog)
    assert not empty.catalog_path.exists()  # asking did not create a catalog


def test_run_gui_asks_to_sign_in_and_cancel_ends_it(  # type: ignore[no-untyped-def]
    qapp, core, accounts, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("ZHAZBA_STATION", str(core.folder))
    monkeypatch.setattr("ui.station.composition.list_devices", lambda: [])
    seen: list[str] = []

    def cancel_the_dialog() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, SigninDialog) and w.isVisible():
                seen.append(w.windowTitle())
                w.reject()
                poll.stop()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(cancel_the_dialog)
    poll.start()
    try:
        code = run_gui(["zhazba", "--lang", "en", "--out", str(tmp_path / "out")])
    finally:
        poll.stop()
    assert code == 1
    assert seen == ["Sign in — Zhazba"]
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in qapp.topLevelWidgets())


def test_five_wrong_passwords_lock_the_account_and_the_dialog_says_so(  # type: ignore[no-untyped-def]
    qtbot, dialog, accounts, languages
) -> None:
    for _ in range(LOCKOUT_THRESHOLD - 1):
        _sign_in(qtbot, dialog, "judge", "not-the-password")
        qtbot.waitUntil(dialog.message.isVisible)
        assert dialog.message.text() == "Wrong username or password."
        dialog.username.clear()
        dialog.message.hide()
    _sign_in(qtbot, dialog, "judge", "not-the-password")
    qtbot.waitUntil(dialog.message.isVisible)
    until = accounts.locked_until("judge")
    assert until is not None
    locked = dialog.message.text()
    assert locked.startswith("Too many wrong passwords: this account is locked until ")
    assert until.astimezone().strftime("%H:%M") in locked and "(5 min)" in locked
    assert "ask the administrator to unlock it" in locked
    dialog.username.clear()
    dialog.message.hide()
    _sign_in(qtbot, dialog, "judge", SECRET)  # the right password does not get through
    qtbot.waitUntil(dialog.message.isVisible)
    assert "locked until" in dialog.message.text()
    assert dialog.account is None and dialog.isVisible() and dialog.password.text() == ""
    for lang in ("kk", "ru"):  # the message is translated too
        assert languages.switch(lang)
        dialog.username.clear()
        dialog.message.hide()
        _sign_in(qtbot, dialog, "judge", SECRET)
        qtbot.waitUntil(dialog.message.isVisible)
        assert "Too many wrong passwords" not in dialog.message.text()
        assert until.astimezone().strftime("%H:%M") in dialog.message.text()
    languages.switch("en")
    accounts.unlock("judge", by="admin")  # an administrator lets her back in
    dialog.username.clear()
    _sign_in(qtbot, dialog, "judge", SECRET)
    qtbot.waitUntil(lambda: dialog.result() == SigninDialog.DialogCode.Accepted)
    assert dialog.account is not None and dialog.account.username == "judge"
