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


def test_judge_informed_from_the_dialog_goes_into_the_incident_report(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path, shots: Path
) -> None:
    """Rules p. 9: the secretary journals when she told the judge; the report then says so."""
    import datetime as dt

    from PySide6.QtCore import QTime

    from app.documents import build_document, load_hearing
    from signing.journal import read_records

    languages.switch("kk")
    folder = make_hearing(tmp_path, device_loss=True)
    asked: list[QTime] = []

    def ask_time(_parent, now: QTime) -> QTime:  # type: ignore[no-untyped-def]
        asked.append(now)
        return now

    dialog = DocumentsDialog(folder, lang="kk", ask_time=ask_time, operator="Жұмабаева А.")
    qtbot.addWidget(dialog)
    dialog.show()
    t = Texts("kk")
    before = build_document("incident", dialog.facts, "kk").plain_text()
    assert t("incident.reported_blank") in before
    assert dialog.judge_button.isEnabled() and dialog.judge_button.text() == "Судьяға хабарланды…"
    dialog.grab().save(str(shots / "documents-dialog-judge-kk.png"))
    assert dialog.judge_informed()
    told = [r for r in read_records(folder / "journal.jsonl") if r["kind"] == "judge_informed"]
    assert len(told) == 1 and told[0]["data"]["by"] == "Жұмабаева А."
    assert "Судьяға" in dialog.status.text() or "судьяға" in dialog.status.text()
    assert not dialog.judge_button.isEnabled()  # once
    text = build_document("incident", load_hearing(folder), "kk").plain_text()
    hhmm = f"{asked[0].hour():02d}:{asked[0].minute():02d}"
    assert t("incident.reported", time=hhmm) in text
    assert t("incident.reported_blank") not in text
    assert dt.datetime.now(dt.UTC) >= load_hearing(folder).judge_informed_utc  # type: ignore[operator]
