"""Dialogs of the review: choose a hearing (station catalog, or a medium) and choose
the span of a clip to export.

Neither dialog is ever shown in a participant's listening session (Rules p. 28): that mode has no
file dialogs and no export at all.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store import Catalog, HearingRecord
from app.review.model import format_hearing_time
from ui.widgets.dialog_buttons import standard_buttons


def parse_hearing_time(text: str) -> float | None:
    """Seconds from ``H:MM:SS(.mmm)``, ``MM:SS`` or ``SS``; None when it is not a time."""
    parts = text.strip().replace(",", ".").split(":")
    if not 1 <= len(parts) <= 3 or not all(re.fullmatch(r"\d+(\.\d+)?", p) for p in parts):
        return None
    return sum(float(p) * 60**i for i, p in enumerate(reversed(parts)))


class ClipDialog(QDialog):
    """From–to of a clip, as hearing times; the result is in :attr:`span` (frames)."""

    def __init__(self, rate: int, total: int, start: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate, self.total = rate, total
        self.span: tuple[int, int] | None = None
        self.setWindowTitle(self.tr("Export a clip for your own use"))
        self.start = QLineEdit(format_hearing_time(start / rate))
        self.end = QLineEdit(format_hearing_time(min(total, start + 60 * rate) / rate))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00;")
        note = QLabel(
            self.tr(
                "The clip is a mixed-down WAV of what you hear. It is NOT the "
                "original recording: its name ends in NOT-ORIGINAL and a note "
                "beside it says so."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From (h:mm:ss)"), self.start)
        form.addRow(self.tr("To (h:mm:ss)"), self.end)
        buttons = standard_buttons(self, accept=self._accept)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)

    def _accept(self) -> None:
        a, b = parse_hearing_time(self.start.text()), parse_hearing_time(self.end.text())
        if a is None or b is None or b <= a:
            self.problem.setText(self.tr("Give two times on the recording, the second later."))
            return
        self.span = (int(a * self.rate), min(int(b * self.rate), self.total))
        self.accept()


class OpenHearingDialog(QDialog):
    """The station's hearings from the catalog, or any folder: ``chosen`` is the path to open
    (the sealed package when there is one, else the hearing folder)."""

    def __init__(self, catalog: Catalog | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Open a hearing for review"))
        self.records: list[HearingRecord] = catalog.list_hearings() if catalog else []
        self.table = QTableWidget(len(self.records), 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (no trap)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Date"), self.tr("Courtroom"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, rec in enumerate(self.records):
            state = {
                "recording": self.tr("being recorded"),
                "ended": self.tr("ended, not sealed yet"),
                "sealed": self.tr("sealed"),
                "exported": self.tr("sealed, copied to a medium"),
                "uploaded": self.tr("sealed, in the court archive"),
            }.get(rec.state, rec.state)
            for c, text in enumerate((rec.case_number, rec.date, rec.courtroom, state)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda _: self._from_catalog())
        open_cancel = QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        buttons = standard_buttons(self, open_cancel, accept=self._from_catalog)
        folder = buttons.addButton(
            self.tr("From a medium…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        folder.clicked.connect(self._from_folder)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(640, 400)

    def _from_catalog(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.records):
            rec = self.records[row]
            package = Path(rec.package) if rec.package else None
            self.chosen = package if package and package.is_dir() else Path(rec.folder)
            self.accept()

    def _from_folder(self) -> None:
        """A hearing on a medium, in the station's medium picker (no file dialog)."""
        from ui.review.medium_picker import MediumPicker

        picker = MediumPicker(parent=self)
        try:
            if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
                self.chosen = picker.chosen
                self.accept()
        finally:
            picker.deleteLater()
