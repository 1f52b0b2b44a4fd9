"""Every window on a courtroom PC's 1366×768 screen, in Kazakh, Russian and English (issue 18).

The offscreen screen is 1366×768 (tests/conftest.py). For each window at its default size and
after the state changes that used to push it off the screen — the hearing form filled with long
names, recording, paused for deliberation, many alarms at once, ended — each named control must
lie wholly on the screen and not be clipped by its window or a parent; every visible text in
Kazakh and Russian must have no Latin-script word left (file names, case numbers and units
allowed). Screenshots of every window go to test-artifacts/screenshots/fit-<lang>-*.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from app import station as app_station
from app.accounts.roles import AccountStore
from app.hearing.details import HearingInfo, Participant
from app.selfcheck.checks import SelfCheckSettings
from audio.engine import Alarm, EngineState
from audio.playback import CapturingSink
from tests.support.pki import PASSWORD
from tests.ui.conftest import run_check
from tests.ui.screen_check import SCREEN, latin_words, not_shown
from tests.ui.test_station_menu import _key_file, _record
from ui.copies.export_dialog import ExportDialog
from ui.copies.listening_dialog import ListeningDialog
from ui.recording.alarms import BANNER_HEIGHT
from ui.recording.window import MainWindow
from ui.review.library import HearingLibraryDialog
from ui.review.window import ReviewWindow
from ui.selfcheck.window import SelfCheckWindow
from ui.station.menu import install_station_menu
from ui.station.signin import SigninDialog
from ui.widgets.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

# the test PKI's certificates are issued in Latin letters, as the NCA's are for these names
DATA_WORDS = ["ASANOVA", "AIGERIM", "Test", "NCA", "Issuing", "Root", "CA", "DEMO"]
# and the recorded demo hearing's data is English ("Demo court", "Participant 1"): data, not UI
DATA_WORDS += ["Demo", "court", "judge", "secretary", "Participant"]
LONG_COURT = "Специализированный межрайонный экономический суд города Астаны Республики Казахстан"
LONG_ROOM = "Зал судебных заседаний № 204 (второй этаж, левое крыло)"
LONG_NAME = "Нұрмұхамедова-Сейітқалиева Әйгерім Жұмабекқызы"


def long_hearing() -> HearingInfo:
    return HearingInfo(
        court=LONG_COURT,
        courtroom=LONG_ROOM,
        instance="first",
        category="civil",
        case_number="7199-26-00-2/1234",
        date="2026-12-04",
        judge=LONG_NAME,
        secretary="Жумабекова Д. Е.",
        participants=[
            Participant("judge", LONG_NAME, 1),
            Participant("plaintiff", "Әбенов Қайрат Жанұзақұлы", 2),
            Participant("respondent", "ТОО «Құрылыс-Сервис-Инжиниринг-Астана»", 3),
            Participant("representative", "Ильина Ольга Владимировна", 4),
            Participant("witness", "Нұрланұлы Өмірзақ", 5),
            Participant("prosecutor", "Қасымов Серік", 6),
            Participant("expert", "Иванова-Петрова Анна Сергеевна", 7),
            Participant("interpreter", "Ахметова Гүлнар", 8),
        ],
    )


def check_window(w, names: dict, lang: str, allowed=()) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    frame = w.frameGeometry()
    assert SCREEN.contains(frame), f"the window {frame.getRect()} is off the 1366×768 screen"
    # and there is room for the window manager's title bar and borders
    inner = w.geometry()
    assert inner.width() + FRAME_WIDTH <= 1366 and inner.height() + FRAME_HEIGHT <= 768, (
        f"the window {inner.width()}×{inner.height()} and its title bar exceed 1366×768"
    )
    problems = not_shown(names)
    assert not problems, problems
    if lang != "en":
        words = latin_words(w, allowed)
        assert not words, words


def shot(w, shots: Path, lang: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert w.grab().save(str(shots / f"fit-{lang}-{name}.png"))


def main_controls(w: MainWindow) -> dict:  # type: ignore[type-arg]
    f = w.form
    return {
        "court": f.court,
        "courtroom": f.courtroom,
        "case number": f.case_number,
        "judge": f.judge,
        "channels": f.channels,
        "add participant": f.add_button,
        "check button": w.precheck.button,
        "start": w.start_button,
        "language": w.language,
    }


def recording_controls(w: MainWindow) -> dict:  # type: ignore[type-arg]
    page = w.page
    assert page is not None
    names = {
        "banner": page.controls.banner,
        "clock": page.controls.clock,
        "meter": page.meter,
        "markers table": page.markers.table,
        "note": page.markers.note,
    }
    c = page.controls
    for b in (c.pause_button, c.resume_button, c.end_button, c.new_button):
        if b.isVisible():
            names[b.text()] = b
    for i, b in enumerate(page.markers.findChildren(QPushButton)):
        if b.isVisible():
            names[f"marker button {i}: {b.text()}"] = b
    if page.alarms.rows:  # one strip of fixed height (ui/recording/alarms.py), however many alarms
        names["acknowledge the alarm shown"] = page.alarms.button
        if page.alarms.all_button.isVisible():
            names["acknowledge all alarms"] = page.alarms.all_button
        names["alarm strip"] = page.alarms
    return names


def with_menu(w: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The Station menu and the status bar, as the real window has them."""
    core = app_station.Station(tmp_path / "core", hearings=tmp_path / "hearings")
    return install_station_menu(
        w, core, who=lambda: "", ca_file=None, settings_for_selfcheck=SelfCheckSettings()
    )


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_secretary_window_fits_in_every_state(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, languages, shots, lang, tmp_path
) -> None:
    languages.switch(lang)
    w = make_window(station)
    menu = with_menu(w, tmp_path)
    qtbot.waitUntil(menu.key_status.isVisible)
    assert w.frameGeometry().height() <= 768 and w.frameGeometry().width() <= 1366
    check_window(w, main_controls(w), lang)
    shot(w, shots, lang, "1-form-empty")

    w.form.fill(long_hearing())
    w.form.channels.setValue(8)
    run_check(qtbot, w)
    check_window(w, main_controls(w), lang)
    shot(w, shots, lang, "2-form-long-names")

    assert w.start_recording(), w.message.text()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 48000, timeout=10000)
    check_window(w, recording_controls(w), lang)
    shot(w, shots, lang, "3-recording")

    w.page.controls.pause("deliberation")
    qtbot.waitUntil(lambda: w.vm.state is EngineState.PAUSED)
    check_window(w, recording_controls(w), lang)
    banner = w.page.controls.banner  # the whole reason is read, not cut off
    assert banner.height() >= banner.heightForWidth(banner.width()), banner.text()
    shot(w, shots, lang, "4-paused-deliberation")

    w.page.controls.resume()
    qtbot.waitUntil(lambda: w.vm.state is EngineState.RECORDING)
    # correcting a marker: the dialog says which one, in the window's language
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: w.page.markers.model.rowCount() == 1)
    w.page.markers.table.selectRow(0)
    w.page.markers.edit_selected()
    edit = w.page.markers.edit_dialog
    qtbot.waitExposed(edit)
    check_window(
        edit, {"speaker": edit.speaker, "event": edit.event_combo, "note": edit.note}, lang
    )
    shot(edit, shots, lang, "marker-correction")
    edit.reject()
    for kind, channel in (("silent", 2), ("silent", 3), ("clip", 4), ("overflow", None)):
        w.page.alarms.add(Alarm(kind, "", w.vm.hearing_frame(), channel))
    w.vm.check_disk(free_bytes=48000 * 4 * 2 * 1800)
    rows = w.page.alarms.rows
    qtbot.waitUntil(lambda: w.page.alarms.isVisible() and len(rows) == 5, timeout=15000)
    # one strip of fixed height: the newest alarm, "+4 more", acknowledge (all), the log
    assert w.page.alarms.height() == BANNER_HEIGHT and w.page.alarms.more.text()
    check_window(w, recording_controls(w), lang)
    shot(w, shots, lang, "5-many-alarms")

    w.page.controls.end()
    qtbot.waitUntil(lambda: w.page.controls.new_button.isVisible(), timeout=30000)
    check_window(w, recording_controls(w), lang)
    shot(w, shots, lang, "6-ended")


def _sealed(core: app_station.Station, tmp_path: Path) -> Path:
    core.open_key(_key_file(tmp_path), PASSWORD, seal_waiting=False)
    result = core.finish(_record(core))
    assert result.sealed is not None, result.message
    return result.sealed.package


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_other_window_fits_and_speaks_the_language(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, languages, shots, lang, tmp_path, monkeypatch
) -> None:
    languages.switch(lang)
    core = app_station.Station(tmp_path / "core")
    _sealed(core, tmp_path)
    w = make_window(station)
    menu = install_station_menu(
        w,
        core,
        who=lambda: "Жумабекова Д. Е.",
        ca_file=None,
        settings_for_selfcheck=SelfCheckSettings(
            simulated="tones", channels=4, recordings=tmp_path, test_seconds=0.5
        ),
        review_sink=lambda: CapturingSink(48000, 2),
    )

    # signing in
    with core.catalog() as catalog:
        signin = SigninDialog(AccountStore(catalog), core.open_key, parent=w)
        signin.show()
        qtbot.waitExposed(signin)
        check_window(
            signin,
            {
                "name": signin.username,
                "password": signin.password,
                "sign in": signin.sign_in_button,
                "key": signin.key_button,
            },
            lang,
        )
        shot(signin, shots, lang, "signin")
        signin.reject()

    # the key dialog, after opening the key (what the secretary reads)
    key = menu.show_key_dialog()
    key.path.setText(str(_key_file(tmp_path)))
    key.password.setText("not-the-password")
    assert not key.open_key()
    check_window(key, {"outcome": key.outcome}, lang, allowed=DATA_WORDS)
    shot(key, shots, lang, "key-dialog-wrong-password")
    key.password.setText(PASSWORD)
    key.open_key()
    qtbot.waitUntil(lambda: not key.sealing_now, timeout=30000)
    check_window(
        key,
        {"path": key.path, "choose": key.browse, "password": key.password, "open": key.open_button},
        lang,
        allowed=DATA_WORDS,
    )
    shot(key, shots, lang, "key-dialog")
    key.close()

    # the library and a review of the sealed hearing
    menu.review_action.trigger()
    library = menu.opened[-1]
    assert isinstance(library, HearingLibraryDialog)
    check_window(
        library,
        {
            "search": library.library.search,
            "table": library.library.table,
            "open": library.library.open_button,
            "folder": library.folder_button,
        },
        lang,
        allowed=DATA_WORDS,
    )
    shot(library, shots, lang, "library")
    qtbot.keyClick(library.library.table, Qt.Key.Key_Return)
    review = menu.opened[-1]
    assert isinstance(review, ReviewWindow)
    qtbot.waitUntil(lambda: review.banner_level != "wait", timeout=30000)
    t = review.transport
    transport = {
        "play": t.play,
        "back": t.back,
        "forward": t.forward,
        "previous": t.prev_marker,
        "next": t.next_marker,
        "volume": t.volume,
        "speed": t.speed,
        "markers": review.markers,
        "timeline": review.timeline,
    }
    check_window(review, transport, lang, allowed=DATA_WORDS)
    shot(review, shots, lang, "review")
    review.close()

    def who_listens(dialog: ListeningDialog) -> QDialog.DialogCode:  # the secretary's answers
        dialog.applicant.setText("Сүлейменов Ө. Қ.")
        dialog.role.setCurrentIndex(dialog.role.findData("plaintiff"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ListeningDialog, "exec", who_listens)
    menu.listening_action.trigger()
    qtbot.keyClick(menu.opened[-1].library.table, Qt.Key.Key_Return)
    listening = menu.opened[-1]
    assert isinstance(listening, ReviewWindow) and listening.listening_session
    qtbot.waitUntil(lambda: listening.banner_level != "wait", timeout=30000)
    check_window(listening, transport_of(listening), lang, allowed=DATA_WORDS)
    shot(listening, shots, lang, "listening")
    listening.close()

    # copies to a medium: the copy tab and the register tab
    menu.export_action.trigger()
    export = menu.opened[-1]
    assert isinstance(export, ExportDialog)
    check_window(
        export,
        {"hearing": export.package_box, "media": export.media_list, "write": export.write_button},
        lang,
        allowed=DATA_WORDS,
    )
    shot(export, shots, lang, "export")
    export.tabs.setCurrentIndex(1)
    check_window(export, {"register": export.register_view}, lang, allowed=DATA_WORDS)
    shot(export, shots, lang, "copy-register")
    export.close()

    # the self-check after a run
    menu.selfcheck_action.trigger()
    check = menu.opened[-1]
    assert isinstance(check, SelfCheckWindow)
    with qtbot.waitSignal(check.finished, timeout=60000):
        check.start_run()
    check_window(
        check,
        {
            "run": check.run_button,
            "export": check.export_button,
            "list": check.list,
            "test microphone": check.guided_button,
        },
        lang,
        allowed=DATA_WORDS,
    )
    shot(check, shots, lang, "selfcheck")
    check.close()


def transport_of(review: ReviewWindow) -> dict:  # type: ignore[type-arg]
    t = review.transport
    return {"play": t.play, "back": t.back, "forward": t.forward, "volume": t.volume}
