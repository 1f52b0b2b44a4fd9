"""Rules p. 33 from the window: the copy dialog formats the medium before it writes the copy.

A real exFAT image on a loop device, mounted through exfat-fuse, with an old file on it. The
question names the device and the mount point, and Enter (its default button) cancels: nothing
is formatted. Confirmed, the medium is formatted for real (blkid: exFAT, labelled with the case),
the copy is written, read back and verified, and its verification report lies beside it.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.catalog.store import Catalog
from app.copies.media import MediaPoller
from app.copies.medium_format import label_for_case, mount_entry
from tests.support.export_hearing import sealed_with_markers, speech
from tests.support.media import media_unavailable
from tests.support.pki import make_pki
from ui.copies.export_dialog import ExportDialog

pytestmark = pytest.mark.integration
TOOLS = ("mkfs.exfat", "mount.exfat-fuse", "fusermount", "blkid", "losetup")


def _run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=60).stdout


@pytest.fixture
def exfat(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    why = media_unavailable()
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if why or missing:
        pytest.fail(f"{why or ''} missing: {missing} (scripts/apt-packages-test.txt)")
    image, mnt = tmp_path / "stick.img", tmp_path / "stick"
    _run("truncate", "-s", "64M", str(image))
    device = _run("losetup", "-f", "--show", str(image)).strip()
    mnt.mkdir()
    try:
        _run("mkfs.exfat", "-L", "OLDSTICK", device)
        _run("mount.exfat-fuse", device, str(mnt))
        for _ in range(100):
            if mount_entry(mnt) is not None:
                break
            time.sleep(0.05)
        (mnt / "holiday-photo.jpg").write_bytes(b"x" * 4096)
        yield device, mnt
    finally:
        for _ in range(3):
            if mount_entry(mnt) is None:
                break
            subprocess.run(["fusermount", "-u", "-z", str(mnt)], check=False)
            time.sleep(0.2)
        subprocess.run(["losetup", "-d", device], check=False)


def test_the_window_formats_the_medium_after_a_confirmation_naming_it(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot, exfat: tuple[str, Path]
) -> None:
    device, mnt = exfat
    pki = make_pki()
    chain = pki.write_chain(tmp_path / "chain.pem")
    sealed = sealed_with_markers(tmp_path, pki, [(4800, speech(1, "Иванов И.", "plaintiff", 2))])
    case = "7199-26-00-2/1234"
    with Catalog(tmp_path / "c.sqlite") as catalog:
        dialog = ExportDialog(
            lambda: [sealed.package],
            catalog,
            ca_file=chain,
            poller=MediaPoller(include_loop=True),
        )
        qtbot.addWidget(dialog)
        items = [dialog.media_list.item(i) for i in range(dialog.media_list.count())]
        mine = [i for i in items if str(mnt) in i.text()]
        assert mine, [i.text() for i in items]
        dialog.media_list.setCurrentItem(mine[0])
        assert dialog.format_first.isChecked()  # the Rules' way is the default

        asked: list[tuple[str, str]] = []

        def press_enter() -> None:
            box = dialog.format_prompt
            assert isinstance(box, QMessageBox)
            asked.append((box.text(), box.defaultButton().text()))
            qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)

        QTimer.singleShot(300, press_enter)
        dialog.start()  # Enter in the question: Cancel
        assert asked, "no question was asked"
        text, default = asked[0]
        assert device in text and str(mnt) in text and label_for_case(case) in text
        assert "exFAT" in text and default != "Format and write"
        assert (mnt / "holiday-photo.jpg").is_file()  # nothing formatted
        assert "not formatted" in dialog.status.text()
        assert not dialog.busy

        dialog.confirm_format = lambda vol, dev, label: asked.append((dev, label)) or True  # type: ignore[method-assign]
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.write_button.isEnabled(), timeout=90_000)
        assert dialog.status.text().startswith("DONE"), dialog.status.text()
        assert asked[-1] == (device, label_for_case(case))
        assert _run("blkid", "-p", "-o", "value", "-s", "TYPE", device).strip() == "exfat"
        assert _run("blkid", "-p", "-o", "value", "-s", "LABEL", device).strip() == "7199_1234"
        names = sorted(p.name for p in mnt.iterdir())
        assert "holiday-photo.jpg" not in names
        assert names == sorted(
            [sealed.package.name, "README-VERIFY.txt", "certificates.pem", "verification-kk.txt"]
        )
        report = (mnt / "verification-kk.txt").read_text(encoding="utf-8-sig")
        assert "ҚОРЫТЫНДЫ: бәрі сәйкес" in report and case in report


def test_the_question_speaks_kazakh_and_names_the_device(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot, languages, shots: Path, exfat: tuple[str, Path]
) -> None:
    device, mnt = exfat
    languages.switch("kk")
    sealed = sealed_with_markers(tmp_path, make_pki(), [])
    with Catalog(tmp_path / "c.sqlite") as catalog:
        dialog = ExportDialog(
            lambda: [sealed.package], catalog, poller=MediaPoller(include_loop=True)
        )
        qtbot.addWidget(dialog)
        dialog.resize(980, 560)
        dialog.show()
        mine = [
            dialog.media_list.item(i)
            for i in range(dialog.media_list.count())
            if str(mnt) in dialog.media_list.item(i).text()
        ]
        dialog.media_list.setCurrentItem(mine[0])
        dialog.grab().save(str(shots / "export-format-kk.png"))
        assert "пішімдеу" in dialog.format_first.text()
        seen: list[str] = []

        def look_then_enter() -> None:
            box = dialog.format_prompt
            assert isinstance(box, QMessageBox)
            box.grab().save(str(shots / "format-question-kk.png"))
            seen.append(box.text())
            qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Return)

        QTimer.singleShot(300, look_then_enter)
        dialog.start()
        assert seen and "ПІШІМДЕЛЕДІ" in seen[0] and device in seen[0] and str(mnt) in seen[0]
        assert (mnt / "holiday-photo.jpg").is_file()  # Enter: Cancel, nothing formatted
        assert dialog.status.text() == "Расталмады: жеткізгіш пішімделген жоқ."
