"""The documents dialog: every document of a hearing, open / print / save, in Kazakh.

A hearing with a device loss (sealed), and one whose recording never started: the dialog lists
what the Rules call for and says why the rest is not made; Open hands a real PDF to the viewer
(read back with pdftotext), Print prints through a real QPrinter (to a PDF file, read back),
Save writes a DOCX where it is told. Screenshot: test-artifacts/screenshots/documents-dialog-kk.png.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.documents.texts import Texts
from tests.support.documents_fixture import make_hearing
from ui.copies.documents_dialog import DocumentsDialog


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_documents_dialog_opens_prints_and_saves_in_kazakh(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path, shots: Path
) -> None:
    languages.switch("kk")
    folder = make_hearing(tmp_path, device_loss=True)
    opened: list[Path] = []
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    dialog = DocumentsDialog(
        folder,
        lang="kk",
        opener=opened.append,
        ask_printer=pdf_printer,
        ask_save=lambda _p, name: str(tmp_path / "saved" / name),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    enabled = [
        dialog.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.list.count())
        if dialog.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert enabled == ["protocol", "act", "incident", "application", "envelope"]
    assert dialog.open_button.text() == "Ашу"
    dialog.grab().save(str(shots / "documents-dialog-kk.png"))

    t = Texts("kk")
    dialog.select("act")
    made = dialog.open_document()
    assert made is not None and opened == [made] and made.suffix == ".pdf"
    assert t("act.title") in _pdf_text(made)

    dialog.select("protocol")
    assert dialog.print_document()
    assert t("protocol.subtitle") in _pdf_text(printed) and "audio/0002.flac" in _pdf_text(printed)

    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    dialog.select("envelope")
    saved = dialog.save_document()
    assert saved is not None and saved.suffix == ".docx" and saved.stat().st_size > 0
    assert saved.parent == tmp_path / "saved"


def test_documents_not_called_for_are_listed_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path, shots: Path
) -> None:
    languages.switch("kk")
    folder = make_hearing(tmp_path, recorded=False)
    dialog = DocumentsDialog(folder, lang="kk", opener=lambda p: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(shots / "documents-dialog-kk-not-recorded.png"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    items = {
        dialog.list.item(i).data(Qt.ItemDataRole.UserRole): dialog.list.item(i)
        for i in range(dialog.list.count())
    }
    envelope = items["envelope"]
    assert not envelope.flags() & Qt.ItemFlag.ItemIsEnabled
    assert Texts("ru")("envelope.nothing") in envelope.text()
    assert items["act"].flags() & Qt.ItemFlag.ItemIsEnabled  # nothing recorded: an act is due
    dialog.select("envelope")
    assert dialog.current_kind() is None and not dialog.open_button.isEnabled()
