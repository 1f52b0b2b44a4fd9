"""The save dialog speaks Kazakh and Russian whole (issue 18's leftovers).

Qt's file dialog, even with qtbase_kk/qtbase_ru installed, showed English in a Kazakh or Russian
window: the sizes ("4.88 KiB", written by Qt in the PC's locale, which no translation reaches),
in Russian the labels "&Look in:" and "Files of &type:" and a folder's type "Folder" (qtbase_ru
translates only Qt 5's wording), and the file types we passed ("CSV (*.csv)"). The station's save
dialog (:mod:`ui.widgets.file_dialogs`), on a real folder with files from bytes to gigabytes,
shows every label, button, tip, column, size, type and date in the window's language; the file
names are data. The documents dialog's "Save…" opens it with the document's type, and a name
typed without an extension gets the document's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QTreeView

from tests.ui.screen_check import ALLOWED, NOT_LANGUAGE, WORD, latin_words
from ui.copies.documents_dialog import _ask_save
from ui.widgets.file_dialogs import save_dialog

SIZES = {"notes.txt": 2, "a.wav": 5000, "big.wav": 3_000_000, "huge.flac": 1_500_000_000}
WORDS = {
    "kk": {"a.wav": "5 КБ", "big.wav": "3 МБ", "huge.flac": "1,5 ГБ", "notes.txt": "2 байт"},
    "ru": {"a.wav": "5 КБ", "big.wav": "3 МБ", "huge.flac": "1,5 ГБ", "notes.txt": "2 байт"},
}
FOLDER = {"kk": "Бума", "ru": "Папка"}


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "save-here"
    (out / "protocols").mkdir(parents=True)
    for name, size in SIZES.items():
        with (out / name).open("wb") as f:
            f.truncate(size)  # sparse: the size is real, the disk is not used
    (out / "tiny.pdf").write_bytes(b"%PDF-1.7\n")
    return out


def _rows(dialog: QFileDialog) -> dict[str, list[str]]:
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model, root = view.model(), view.rootIndex()
    rows = {}
    for r in range(model.rowCount(root)):
        cells = [str(model.index(r, c, root).data() or "") for c in range(model.columnCount(root))]
        rows[cells[0]] = cells[1:]
    return rows


def _latin(text: str) -> list[str]:
    cleaned = NOT_LANGUAGE.sub(" ", text)
    return [w for w in WORD.findall(cleaned) if w.lower() not in ALLOWED]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_save_dialog_has_no_english_on_a_real_folder(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path, shots, lang
) -> None:
    languages.switch(lang)
    folder = _folder(tmp_path)
    dialog = save_dialog(None, "Сақтау / Сохранить", str(folder / "x.wav"), [])  # every file
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.resize(900, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(_rows(dialog)) == len(SIZES) + 2, timeout=10_000)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    rows = _rows(dialog)
    for name, text in WORDS[lang].items():
        assert rows[name][0] == text, (name, rows[name])
    assert rows["protocols"][:2] == ["", FOLDER[lang]], rows["protocols"]
    for name, cells in rows.items():  # the name is data; size, type and date are the window's
        assert not _latin(" ".join(cells).replace("PDF", "").replace("WAV", "")), (name, cells)
        assert cells[2][:4].isdigit() and cells[2][4] == "-", cells  # 2026-12-04 10:06
    home = Path(os.path.expanduser("~")).name  # the side bar names the home folder
    found = latin_words(dialog, allowed=[home, "tmp", "save", "here", "pdf", "wav", "flac"])
    assert not found, found
    dialog.grab().save(str(shots / f"save-dialog-{lang}.png"))


def test_the_documents_dialog_saves_through_it_with_the_documents_type(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path
) -> None:
    languages.switch("kk")
    folder = _folder(tmp_path)
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["filters"] = dialog.nameFilters()
        seen["accept"] = dialog.labelText(QFileDialog.DialogLabel.Accept)
        dialog.setDirectory(str(folder))
        name = next(e for e in dialog.findChildren(QLineEdit) if e.isVisible())
        name.setText("хаттама")  # no extension typed
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    chosen = _ask_save(None, "7199-protocol-kk.pdf")
    assert seen == {"native": False, "filters": ["PDF құжаты (*.pdf)"], "accept": "&Сақтау"}
    assert chosen == str(folder / "хаттама.pdf")
