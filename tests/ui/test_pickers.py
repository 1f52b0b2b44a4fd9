"""The station's own key and medium pickers, on real loop-mounted media, by keyboard (issue 18).

The key dialog's "Choose…" opens :class:`ui.station.key_picker.KeyPicker`, never a file dialog: it
lists the .p12/.pfx files of the station key folder and of a real mounted medium; Enter takes one,
the password is next and Enter opens the real key. The medium picker lists a real mounted medium by
its label, size and free space, Enter goes to the hearings on it, Enter opens the sealed copy;
pulling the medium out takes it off the list. Both fit 1366×768 and have no English in kk/ru.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import station as app_station
from app.copies.media import MediaPoller
from tests.support.media import ext4_medium, media_unavailable
from tests.support.pki import PASSWORD, shared_pki
from tests.ui.screen_check import latin_words, not_shown
from tests.ui.test_screen_fit import check_window, shot
from tests.ui.test_station_menu import _record
from ui.review.medium_picker import MediumPicker
from ui.station.key_dialog import KeyDialog

pytestmark = pytest.mark.skipif(media_unavailable() is not None, reason=str(media_unavailable()))

# a medium's file system is named as the system names it; key files keep their NCA names
TECH_WORDS = [
    "EXT",
    "EXT4",
    "VFAT",
    "RSA256",
    "AUTH",
    "ASANOVA",
    "AIGERIM",
    "ZHAZBA",
    "KEYS",
    "TEST",
]


def labels_of(picker: MediumPicker) -> list[str]:
    """The media's names and file systems as listed (other tests' media too): data, not the
    window's words."""
    picker._timer.stop()  # noqa: SLF001 - the list must not change while it is read
    cells = [picker.media.item(r, c) for r in range(picker.media.rowCount()) for c in (0, 3)]
    return re.findall(r"[A-Za-z]+", " ".join(c.text() for c in cells if c is not None))


def _loop_poller() -> MediaPoller:
    return MediaPoller(include_loop=True)  # file-system images count as media in tests


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_key_picker_finds_the_key_on_a_medium_and_enter_opens_it(  # type: ignore[no-untyped-def]
    qtbot, languages, shots, lang, tmp_path: Path
) -> None:
    languages.switch(lang)
    core = app_station.Station(tmp_path / "core")
    (core.folder / "keys").mkdir(parents=True)
    (core.folder / "keys" / "AUTH_RSA256_station.p12").write_bytes(shared_pki().secretary.p12())
    medium = ext4_medium(tmp_path, "16M", "KEYS")
    try:
        (medium.mountpoint / "nca").mkdir()
        key_on_medium = medium.mountpoint / "nca" / "RSA256_asanova.p12"
        key_on_medium.write_bytes(shared_pki().secretary.p12())
        opened = []

        def open_key(path, password):  # type: ignore[no-untyped-def]
            info = core.open_key(path, password, seal_waiting=False)
            opened.append(Path(path))
            return info

        dialog = KeyDialog(open_key, core.folder, media_poller=_loop_poller)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.browse  # no key given yet: "Choose…" is first
        qtbot.keyClick(dialog.browse, Qt.Key.Key_Return)  # Enter opens the picker
        picker = dialog.picker
        assert picker is not None and picker.isVisible()
        assert picker.focusWidget() is picker.table
        paths = [f.path for f in picker.files]  # other media may be plugged in too
        assert paths[0].name == "AUTH_RSA256_station.p12", paths  # the station's folder first
        row = paths.index(key_on_medium)
        where = picker.table.item(row, 1).text()
        assert "KEYS" in where and "nca" in where, where
        check_window(
            picker,
            {"list": picker.table, "take": picker.choose_button, "again": picker.refresh_button},
            lang,
            allowed=TECH_WORDS + ["nca", "station", "asanova"],
        )
        shot(picker, shots, lang, "key-picker")
        for _ in range(row):
            qtbot.keyClick(picker.table, Qt.Key.Key_Down)
        qtbot.keyClick(picker.table, Qt.Key.Key_Return)
        assert not picker.isVisible()
        assert dialog.path.text() == str(key_on_medium)
        assert dialog.focusWidget() is dialog.password  # the next thing to type
        dialog.password.setText(PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.outcome.isVisible())
        assert opened == [key_on_medium] and core.key_info is not None
        assert core.key_info.holder == "ASANOVA AIGERIM"
        dialog.close()
    finally:
        medium.cleanup()


def test_key_picker_says_what_to_do_when_no_key_is_anywhere(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path
) -> None:
    languages.switch("kk")
    dialog = KeyDialog(
        lambda p, w: (None, []),
        tmp_path / "station",
        media_poller=lambda: MediaPoller(lister=lambda include: []),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.choose_file()
    picker._places = lambda: []  # noqa: SLF001 - nothing anywhere, not even the home folder
    picker.refresh()
    assert picker.files == [] and picker.empty.isVisible()
    assert not picker.choose_button.isEnabled()
    assert not latin_words(picker), latin_words(picker)
    qtbot.keyClick(picker.table, Qt.Key.Key_Escape)
    assert not picker.isVisible() and dialog.path.text() == ""


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_medium_picker_lists_a_real_medium_and_opens_the_hearing_on_it(  # type: ignore[no-untyped-def]
    qtbot, languages, shots, lang, tmp_path: Path
) -> None:
    languages.switch(lang)
    core = app_station.Station(tmp_path / "core")
    key = tmp_path / "secretary.p12"
    key.write_bytes(shared_pki().secretary.p12())
    core.open_key(key, PASSWORD, seal_waiting=False)
    sealed = core.finish(_record(core)).sealed
    assert sealed is not None
    medium = ext4_medium(tmp_path, "32M", "CASEFILE")
    try:
        copy = medium.mountpoint / sealed.package.name
        shutil.copytree(sealed.package, copy)
        picker = MediumPicker(_loop_poller())
        qtbot.addWidget(picker)
        picker.show()
        qtbot.waitExposed(picker)
        labels = [picker.media.item(r, 0).text() for r in range(picker.media.rowCount())]
        row = labels.index("CASEFILE")
        picker.media.selectRow(row)
        size = picker.media.item(row, 1).text()
        assert size.split()[1] == "МБ" and 25 <= int(size.split()[0]) <= 34, size
        assert picker.media.item(row, 3).text() == "EXT4"
        qtbot.waitUntil(lambda: len(picker.hearings) == 1)
        assert picker.table.item(0, 1).text() == "2-77/2026"
        check_window(
            picker,
            {"media": picker.media, "hearings": picker.table, "open": picker.open_button},
            lang,
            allowed=TECH_WORDS + labels_of(picker),
        )
        shot(picker, shots, lang, "medium-picker")
        picker.media.setFocus()
        qtbot.keyClick(picker.media, Qt.Key.Key_Return)  # Enter: to the hearings on it
        assert picker.focusWidget() is picker.table
        qtbot.keyClick(picker.table, Qt.Key.Key_Return)  # Enter: open the hearing
        assert picker.result() == picker.DialogCode.Accepted and picker.chosen == copy

        again = MediumPicker(_loop_poller())
        qtbot.addWidget(again)
        assert "CASEFILE" in [again.volumes[r].label for r in range(len(again.volumes))]
        medium.cleanup()  # pulled out
        again.refresh()
        assert "CASEFILE" not in [v.label for v in again.volumes]
        again.close()
    finally:
        medium.cleanup()


def test_medium_picker_with_no_medium_says_to_plug_one_in(qtbot, languages) -> None:  # type: ignore[no-untyped-def]
    languages.switch("ru")
    picker = MediumPicker(MediaPoller(lister=lambda include: []))
    qtbot.addWidget(picker)
    picker.show()
    QApplication.processEvents()
    assert picker.no_media.isVisible() and not picker.open_button.isEnabled()
    assert not not_shown({"cancel": picker.cancel_button, "note": picker.no_media})
    assert not latin_words(picker), latin_words(picker)
    qtbot.keyClick(picker.media, Qt.Key.Key_Escape)
    assert not picker.isVisible()
