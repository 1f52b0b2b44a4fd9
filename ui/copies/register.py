"""The copy register in Qt: a table model (overdue applications first, in red and bold) and a
one-line form to register an application.

Rows come from :func:`app.copies.register.register_rows` (Rules p. 34–35); the model only shows
them. Used by the export dialog's "Copy register" tab and testable without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store import Catalog
from app.copies.register import RegisterError, RegisterRow, add_application, register_rows
from app.evidence.register import said
from app.hearing.details import CATEGORIES, ROLES
from ui.widgets import terms
from ui.widgets.i18n import tr_msg

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#f8d7d3")


class CopyRegisterModel(QAbstractTableModel):
    """The copy register as a table; overdue applications come first, in red and bold."""

    def __init__(
        self,
        catalog: Catalog | None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.today = today
        self.rows: list[RegisterRow] = []
        self.refresh()

    def headers(self) -> list[str]:
        # each call spelled out: lupdate finds self.tr(...), not an alias of it
        return [
            self.tr("No."),
            self.tr("Applicant"),
            self.tr("Role"),
            self.tr("Case"),
            self.tr("Category"),
            self.tr("Received"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("Issued"),
            self.tr("Receipt"),
        ]

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = register_rows(self.catalog, self.today()) if self.catalog else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 10

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def status_text(self, row: RegisterRow) -> str:
        if row.overdue:
            return self.tr("OVERDUE by %n day(s)", "", -(row.days_left or 0))
        if row.status == "waiting":
            return self.tr("waiting, %n day(s) left", "", row.days_left or 0)
        return self.tr("received") if row.status == "received" else self.tr("issued")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        a = r.app
        if role == Qt.ItemDataRole.DisplayRole:
            issued = f"{a.issued_what or ''} {a.issued_medium or ''}".strip()
            return [
                a.id,
                a.applicant,
                terms.role_label(a.applicant_role) if a.applicant_role else "",
                a.case_number,
                terms.tr_term(terms.CATEGORY_TEXTS, a.category),
                a.received_date,
                a.deadline,
                self.status_text(r),
                issued,
                a.receipt or "",
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and r.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ApplicationForm(QWidget):
    """One line to register a written application (Rules p. 31); the deadline follows (p. 34)."""

    added = Signal(int)

    def __init__(self, catalog: Catalog | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("Applicant"))
        self.role = QComboBox()
        # no role until one is chosen: a default ("Judge", the first) was registered unnoticed
        self.role.addItem(self.tr("— role —"), "")
        for r in ROLES:
            self.role.addItem(terms.role_label(r), r)
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Case number"))
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(terms.tr_term(terms.CATEGORY_TEXTS, c), c)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.delivery = QComboBox()
        self.delivery.addItem(self.tr("on a medium"), "medium")
        self.delivery.addItem(self.tr("through the information service"), "service")
        self.add_button = QPushButton(self.tr("Register application"))
        self.add_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # long Kazakh and Russian labels must not squeeze out the two fields that are typed in
        for combo in (self.role, self.category, self.delivery):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.applicant.setMinimumWidth(180)
        self.case.setMinimumWidth(150)
        row = QHBoxLayout()
        row.addWidget(self.applicant, 3)
        row.addWidget(self.role, 1)
        row.addWidget(self.case, 2)
        for w in (self.category, self.received, self.delivery, self.add_button):
            row.addWidget(w)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.message)

    def fill_from_hearing(self, case_number: str, category: str) -> None:
        """The chosen hearing's case and category, as the application will most likely be for
        it; the applicant and the role are the secretary's to type and choose."""
        self.case.setText(case_number)
        index = self.category.findData(category)
        if index >= 0:
            self.category.setCurrentIndex(index)

    def submit(self) -> None:
        if self.catalog is None:
            return
        try:
            app = add_application(
                self.catalog,
                applicant=self.applicant.text(),
                role=str(self.role.currentData()),
                case_number=self.case.text(),
                category=str(self.category.currentData()),
                received=dt.date.fromisoformat(self.received.date().toString("yyyy-MM-dd")),
                delivery=str(self.delivery.currentData()),
            )
        except RegisterError as e:
            self.message.setText(tr_msg(said(e)))
            return
        self.message.setText(
            self.tr("Application %1 registered; the copy is due by %2.")
            .replace("%1", str(app.id))
            .replace("%2", str(app.deadline))
        )
        self.applicant.clear()
        self.added.emit(int(app.id or 0))
