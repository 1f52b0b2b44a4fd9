"""The marker list as a Qt table model: hearing time, wall time, speaker, event, note.

Rows are built from the journal records the session returned when each marker was put, and
amendments (``marker_amended`` records, Rules p. 19) are applied on top for display while the
original record and every amendment stay available for the history view: nothing shown here is
ever rewritten in the journal. The model is tested without a window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.hearing.court_time import station_zone
from ui.widgets import terms

Index = QModelIndex | QPersistentModelIndex


def hearing_time(frame: int, rate: int) -> str:
    s = max(0, int(frame)) // rate
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def local_time(utc: str) -> str:
    """HH:MM:SS in the court's time from the journal's UTC stamp (…Z)."""
    try:
        t = dt.datetime.strptime(utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return utc
    return t.astimezone(station_zone()).strftime("%H:%M:%S")


@dataclasses.dataclass
class MarkerRow:
    record: dict[str, Any]  # the original journal record
    amendments: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    @property
    def seq(self) -> int:
        return int(self.record["seq"])

    def current(self) -> dict[str, Any]:
        """The marker's fields with every amendment applied in order."""
        data = dict(self.record["data"])
        for a in self.amendments:
            data.update({k: v for k, v in a["data"].items() if k != "marker"})
        return data


class MarkerTableModel(QAbstractTableModel):
    COLUMNS = ("hearing_time", "wall_time", "speaker", "event", "note")

    def __init__(self, rate: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.rate = rate
        self.rows: list[MarkerRow] = []

    def add_record(self, record: dict[str, Any]) -> None:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(MarkerRow(record))
        self.endInsertRows()

    def add_amendment(self, record: dict[str, Any]) -> None:
        target = int(record["data"]["marker"])
        for i, row in enumerate(self.rows):
            if row.seq == target:
                row.amendments.append(record)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
                return

    def row_at(self, index: Index) -> MarkerRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Hearing time"),
            self.tr("Wall time"),
            self.tr("Speaker"),
            self.tr("Event"),
            self.tr("Note"),
        )
        return names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.cell_text(row, col, full=True)
            if row.amendments:
                tip += "\n" + self.tr(
                    "Corrected %n time(s); the original is kept (History)", "", len(row.amendments)
                )
            return tip
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.amendments
            and col in ("speaker", "event", "note")
        ):
            return QColor(20, 80, 170)
        return None

    def cell_text(self, row: MarkerRow, col: str, full: bool = False) -> str:
        cur = row.current()
        if col == "hearing_time":
            return hearing_time(int(row.record["frame"] or 0), self.rate)
        if col == "wall_time":
            return local_time(row.record["utc"])
        if col == "speaker":
            who = cur.get("speaker") or ""
            role = terms.role_label(cur["role"]) if cur.get("role") else ""
            if full:
                return f"{role}: {who}" if role and who else who or role
            return (who or role) + (" ✎" if row.amendments else "")  # the role is in the tooltip
        if col == "event":
            return terms.event_label(cur["event"]) if cur.get("event") else ""
        return str(cur.get("note") or "")

    def history(self, row: MarkerRow) -> list[tuple[str, ...]]:
        """(wall time, what, speaker, event, note) for the original and each amendment."""
        data: dict[str, Any] = dict(row.record["data"])

        def line(utc: str, what: str) -> tuple[str, ...]:
            event = terms.event_label(data["event"]) if data.get("event") else ""
            return (
                local_time(utc),
                what,
                str(data.get("speaker") or ""),
                event,
                str(data.get("note") or ""),
            )

        out = [line(row.record["utc"], self.tr("Original"))]
        for a in row.amendments:
            data.update({k: v for k, v in a["data"].items() if k != "marker"})
            out.append(line(a["utc"], self.tr("Correction")))
        return out
