"""The copy register as a Qt table model: overdue applications first, in red and bold.

Rows come from :func:`app.copy_register.register_rows` (Rules p. 34–35); the model only shows
them. Used by the export dialog's "Copy register" tab and testable without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from app.catalog import Catalog
from app.copy_register import RegisterRow, register_rows

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
        tr = self.tr
        return [
            tr("No."),
            tr("Applicant"),
            tr("Role"),
            tr("Case"),
            tr("Category"),
            tr("Received"),
            tr("Deadline"),
            tr("Status"),
            tr("Issued"),
            tr("Receipt"),
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
                a.applicant_role,
                a.case_number,
                a.category,
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
