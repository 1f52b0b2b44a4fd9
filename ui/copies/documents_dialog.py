"""Every document of a hearing, from the window: open, print, save (Rules p. 9, 12–18, 31).

For a hearing folder or its sealed package the dialog lists the brief protocol, the act of
technical failure, the incident report, the envelope label and the copy application form, each
in Kazakh or Russian, as PDF or DOCX. A document the Rules do not call for (an act when nothing
failed, an envelope when nothing was recorded, a form for a closed hearing, a protocol of a
cassation hearing) is listed with the reason, in the document's language, and cannot be chosen.
Documents are made from the journal each time (:func:`app.documents.make_document`), opened in the
system's viewer, printed through Qt's print dialog exactly as the PDF lays them out
(:mod:`app.documents.render_print`), or saved where the secretary chooses.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.documents import KINDS, DocumentError, build_document, load_hearing, make_document
from app.documents.texts import Texts
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.file_dialogs import ask_save_path
from ui.widgets.i18n import Retranslatable, tr_msg

Opener = Callable[[Path], object]
AskPrinter = Callable[[QWidget], QPrinter | None]
AskSave = Callable[[QWidget, str], str]
AskTime = Callable[[QWidget, QTime], QTime | None]


def _open_with_system(path: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _ask_printer(parent: QWidget) -> QPrinter | None:
    from app.documents.render_print import printer_for_documents

    printer = printer_for_documents()
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def _ask_save(parent: QWidget, suggested: str) -> str:
    title = QCoreApplication.translate("DocumentsDialog", "Save the document")
    kinds = {
        ".pdf": QCoreApplication.translate("DocumentsDialog", "PDF document (*.pdf)"),
        ".docx": QCoreApplication.translate("DocumentsDialog", "Word document (*.docx)"),
    }
    kind = kinds.get(Path(suggested).suffix.lower())
    return ask_save_path(parent, title, suggested, [kind] if kind else [])


def _ask_time(parent: QWidget, now: QTime) -> QTime | None:
    """When the judge was told: a time, court time, today's by default (None: cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("DocumentsDialog", "Judge informed"))
    edit = QTimeEdit(now)
    edit.setDisplayFormat("HH:mm")
    buttons = standard_buttons(dialog)
    lay = QVBoxLayout(dialog)
    lay.addWidget(
        QLabel(
            QCoreApplication.translate(
                "DocumentsDialog",
                "When did you tell the presiding judge of the technical failure (Rules p. 9)?",
            )
        )
    )
    lay.addWidget(edit)
    lay.addWidget(buttons)
    return edit.time() if dialog.exec() == QDialog.DialogCode.Accepted else None


def documents_language(widget: QWidget) -> str:
    """The documents' language that goes with the window's: Russian for a Russian window,
    Kazakh otherwise (documents are made in the court's two languages only)."""
    return "ru" if widget.locale().name().startswith("ru") else "kk"


class DocumentsDialog(Retranslatable, QDialog):
    """The documents of one hearing; ``opener``, ``ask_printer`` and ``ask_save`` are the
    boundaries to the system (viewer, print dialog, file dialog), replaced in tests."""

    def __init__(
        self,
        path: str | Path,
        parent: QWidget | None = None,
        *,
        lang: str = "kk",
        opener: Opener = _open_with_system,
        ask_printer: AskPrinter = _ask_printer,
        ask_save: AskSave = _ask_save,
        ask_time: AskTime = _ask_time,
        operator: str = "",
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.ask_time, self.operator = ask_time, operator
        self.facts = load_hearing(self.path)
        self.opener, self.ask_printer, self.ask_save = opener, ask_printer, ask_save
        self.work = Path(tempfile.mkdtemp(prefix="zhazba-documents-"))
        self.finished.connect(lambda _r: shutil.rmtree(self.work, ignore_errors=True))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.lang = QComboBox()
        self.lang.addItem("Қазақша", "kk")
        self.lang.addItem("Русский", "ru")
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.format = QComboBox()
        self.format.addItem("PDF", "pdf")
        self.format.addItem("DOCX (Word)", "docx")
        self.applicant = QLineEdit()
        self.open_button, self.print_button, self.save_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.close_button = QPushButton()
        self.judge_button = QPushButton()  # Rules p. 9: journal that the judge was told
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self._lay_out()
        self.resize(760, 520)
        self.retranslate()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.labels[0], self.lang)
        form.addRow(self.labels[1], self.format)
        form.addRow(self.labels[2], self.applicant)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.print_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.judge_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.lang.currentIndexChanged.connect(self.refresh)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.open_button.clicked.connect(self.open_document)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.accept)
        self.judge_button.clicked.connect(self.judge_informed)

    # ------------------------------------------------------------------ what there is
    def names(self) -> dict[str, str]:
        return {
            "protocol": self.tr("Brief protocol of the hearing (Rules p. 12–13)"),
            "act": self.tr("Act of technical failure (Rules p. 17–18)"),
            "incident": self.tr("Report to the court administrator on technical failures (p. 9)"),
            "envelope": self.tr("Envelope label for the medium (Rules p. 15)"),
            "application": self.tr("Application form for a copy (Appendix 1 or 2, p. 31)"),
        }

    @property
    def chosen_lang(self) -> str:
        return str(self.lang.currentData())

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def refusal(self, kind: str) -> str:
        """Why ``kind`` is not made for this hearing (in the chosen language), or ""."""
        try:
            build_document(kind, self.facts, self.chosen_lang, applicant=self.applicant.text())
        except DocumentError as e:
            return str(e)
        return ""

    def refresh(self) -> None:
        row = max(0, self.list.currentRow())
        self.list.clear()
        names = self.names()
        for kind in KINDS:
            why = self.refusal(kind)
            item = QListWidgetItem(names[kind] + (f"\n    {why}" if why else ""))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            if why:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        available = [
            i
            for i in range(self.list.count())
            if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        self.list.setCurrentRow(row if row in available else (available[0] if available else -1))
        self._selection_changed()
        f = self.facts  # the judge may be said informed once, of a failure, before the seal
        self.judge_button.setEnabled(
            bool(f.failures) and f.judge_informed_utc is None and f.seal is None and not f.package
        )

    def _selection_changed(self) -> None:
        kind = self.current_kind()
        for b in (self.open_button, self.print_button, self.save_button):
            b.setEnabled(kind is not None)
        self.applicant.setEnabled(kind == "application")

    def current_kind(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, kind: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == kind:
                self.list.setCurrentRow(i)

    # ------------------------------------------------------------------ actions
    def _make(self, out: Path | None = None) -> Path | None:
        kind = self.current_kind()
        if kind is None:
            return None
        name = f"{kind}-{self.chosen_lang}.{self.chosen_format}"
        try:
            return make_document(
                kind,
                self.path,
                self.chosen_lang,
                self.chosen_format,
                out or self.work / name,
                applicant=self.applicant.text(),
            )
        except DocumentError as e:
            self.status.setText(str(e))
            return None

    def open_document(self) -> Path | None:
        made = self._make()
        if made is not None:
            self.opener(made)
            self.status.setText(self.tr("Opened: %1").replace("%1", made.name))
        return made

    def print_document(self) -> bool:
        kind = self.current_kind()
        if kind is None:
            return False
        printer = self.ask_printer(self)
        if printer is None:
            return False
        from app.documents.render_print import print_document

        try:
            doc = build_document(
                kind, self.facts, self.chosen_lang, applicant=self.applicant.text()
            )
            print_document(doc, printer)
        except DocumentError as e:
            self.status.setText(str(e))
            return False
        self.status.setText(self.tr("Sent to the printer."))
        return True

    def save_document(self) -> Path | None:
        kind = self.current_kind()
        if kind is None:
            return None
        suggested = f"{self.facts.folder.name}-{kind}-{self.chosen_lang}.{self.chosen_format}"
        chosen = self.ask_save(self, suggested)
        if not chosen:
            return None
        made = self._make(Path(chosen))
        if made is not None:
            self.status.setText(self.tr("Saved: %1").replace("%1", str(made)))
        return made

    def judge_informed(self) -> bool:
        """Ask when the judge was told and journal it; the incident report then states it."""
        from app.hearing.judge_informed import (
            JudgeInformedError,
            court_moment,
            record_judge_informed,
        )

        tz = Texts.for_hearing(self.chosen_lang, self.facts).tz
        now = dt.datetime.now(tz)
        told = self.ask_time(self, QTime(now.hour, now.minute))
        if told is None:
            return False
        by = self.operator or self.facts.get("secretary")
        try:
            day = self.facts.get("date") or now.date().isoformat()  # told during the hearing
            at = court_moment(told.toString("HH:mm"), day, tz)
            record_judge_informed(self.path, by, at)
        except JudgeInformedError as e:
            self.status.setText(tr_msg(e.message))
            return False
        self.facts = load_hearing(self.path)
        text = self.tr("Journaled: the judge was informed at %1.")
        self.status.setText(text.replace("%1", told.toString("HH:mm")))
        self.refresh()
        return True

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Documents of the hearing"))
        self.heading.setText(
            self.tr("Case %1, hearing of %2")
            .replace("%1", self.facts.get("case_number"))
            .replace("%2", Texts(self.chosen_lang).date(self.facts.get("date")))
        )
        self.labels[0].setText(self.tr("Language of the document:"))
        self.labels[1].setText(self.tr("Format:"))
        self.labels[2].setText(self.tr("Applicant (for the form):"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as…"))
        self.close_button.setText(self.tr("Close"))
        self.judge_button.setText(self.tr("Judge informed…"))
        self.judge_button.setToolTip(
            self.tr("Journal when you told the judge of the technical failure (Rules p. 9)")
        )
        self.refresh()
