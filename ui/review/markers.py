"""The review window's marker list: a table model of the hearing's markers, a filter, a panel.

:class:`ReviewMarkerModel` shows :class:`app.review.model.ReviewMarker` rows (amendments applied; an
amended marker says so and shows its history in a tooltip). :class:`MarkerFilter` keeps the rows
of one speaker, one kind of event and whose note contains the search text (case-insensitive, so
Cyrillic and Kazakh letters fold too). :class:`ReviewMarkerPanel` puts the filter controls above the
table and emits ``markerActivated(frame)`` on a double-click or Enter. The model and the filter
are tested without a window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.hearing.court_time import station_zone
from app.review.model import HearingReview, ReviewMarker, format_hearing_time
from ui.widgets import terms

Index = QModelIndex | QPersistentModelIndex
MARKER_ROLE = Qt.ItemDataRole.UserRole + 1
FRAME_ROLE = Qt.ItemDataRole.UserRole + 2
ALL = "*"
SPEECH_ONLY = "speech"  # event filter: speech markers only


class ReviewMarkerModel(QAbstractTableModel):
    COLUMNS = ("time", "wall", "speaker", "event", "note")

    def __init__(self, review: HearingReview, parent: Any = None) -> None:
        super().__init__(parent)
        self.review = review
        self.markers: list[ReviewMarker] = list(review.markers)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.markers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Clock"),
            self.tr("Speaker"),
            self.tr("Event"),
            self.tr("Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.markers[index.row()]
        col = self.COLUMNS[index.column()]
        if role == MARKER_ROLE:
            return m
        if role == FRAME_ROLE:
            return m.frame
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, col)
        if role == Qt.ItemDataRole.ToolTipRole and m.amended:
            return self._history(m)
        if role == Qt.ItemDataRole.ToolTipRole and m.suggested:
            return self.tr(
                "Put by the secretary on the station's suggestion (from the microphones)"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("time", "wall"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, m: ReviewMarker, col: str) -> str:
        if col == "time":
            return format_hearing_time(m.frame / self.review.rate)
        if col == "wall":
            wall = self.review.wall_time(m.frame)
            return wall.astimezone(station_zone()).strftime("%H:%M:%S") if wall else ""
        if col == "speaker":
            role = terms.role_label(m.role) if m.role else ""
            who = f"{m.speaker} ({role})" if m.speaker and role else m.speaker or role
            return f"{who} ◇" if m.suggested else who
        if col == "event":
            return terms.event_label(m.event) if m.event else ""
        note = m.note
        return f"✎ {note}" if m.amended else note

    def _history(self, m: ReviewMarker) -> str:
        lines = [self.tr("Amended (the journal keeps the original):")]
        orig = ", ".join(f"{k}: {v}" for k, v in m.original.items() if v)
        lines.append(self.tr("original — {values}").format(values=orig or "—"))
        for a in m.history:
            changes = ", ".join(f"{k}: {v}" for k, v in a.changes.items())
            lines.append(f"{a.utc[:19].replace('T', ' ')} UTC — {changes}")
        return "\n".join(lines)


class MarkerFilter(QSortFilterProxyModel):
    """Rows of one speaker (or all), one event kind (or all, or speech only), matching a note."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.speaker_filter = ALL
        self.event_filter = ALL
        self.search_text = ""

    def set_filter(
        self, speaker: str | None = None, event: str | None = None, search: str | None = None
    ) -> None:
        self.beginFilterChange()
        if speaker is not None:
            self.speaker_filter = speaker
        if event is not None:
            self.event_filter = event
        if search is not None:
            self.search_text = search.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        m: ReviewMarker = model.data(model.index(row, 0, parent), MARKER_ROLE)
        if self.speaker_filter != ALL and m.speaker != self.speaker_filter:
            return False
        if self.event_filter == SPEECH_ONLY and m.type != "speech":
            return False
        if self.event_filter not in (ALL, SPEECH_ONLY) and m.event != self.event_filter:
            return False
        return not self.search_text or self.search_text in m.note.casefold()


class ReviewMarkerPanel(QWidget):
    """Filter controls over the marker table; ``markerActivated(frame)`` on double-click or
    Enter (play from there), ``markerSelected(frame)`` on one click (go there)."""

    markerActivated = Signal(int)
    markerSelected = Signal(int)  # one click: go there without playing

    def __init__(self, review: HearingReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReviewMarkerModel(review, self)
        self.proxy = MarkerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.speaker_box = QComboBox()
        self.event_box = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # Fixed widths from the font: sizing columns to their contents asks every row of a long
        # hearing for its text (a second for 650 markers); the note column takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        em = fm.horizontalAdvance("0:00:00") + 16
        events = max(
            (
                fm.horizontalAdvance(terms.event_label(m.event)) + 16
                for m in review.markers
                if m.event
            ),
            default=em,
        )
        for col, width in enumerate((em, em, 3 * em, min(max(events, em), 5 * em))):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        row = QHBoxLayout()
        for w in (self.speaker_box, self.event_box, self.search):
            row.addWidget(w, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.table)
        self._speakers = sorted({m.speaker for m in review.markers if m.speaker})
        self._events = sorted({m.event for m in review.markers if m.event})
        self.speaker_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(speaker=self.speaker_box.currentData())
        )
        self.event_box.currentIndexChanged.connect(
            lambda: self.proxy.set_filter(event=self.event_box.currentData())
        )
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(search=t))
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._selected)
        self.retranslate()

    def retranslate(self) -> None:
        for combo, items in (
            (self.speaker_box, [(self.tr("All speakers"), ALL)] + [(s, s) for s in self._speakers]),
            (
                self.event_box,
                [(self.tr("All markers"), ALL), (self.tr("Speech only"), SPEECH_ONLY)]
                + [(terms.event_label(e), e) for e in self._events],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Search notes…"))
        m = self.model
        m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, m.columnCount() - 1)
        if m.rowCount():
            m.dataChanged.emit(m.index(0, 0), m.index(m.rowCount() - 1, m.columnCount() - 1))

    def set_extra_rows(self, rows: list[ReviewMarker]) -> None:
        """Show ``rows`` (detected turns without a marker, ui/review/turns.py) among the
        markers, in time order; their speakers join the speaker filter."""
        m = self.model
        m.beginResetModel()
        m.markers = sorted([*m.review.markers, *rows], key=lambda r: (r.frame, r.seq))
        m.endResetModel()
        self._speakers = sorted({r.speaker for r in m.markers if r.speaker})
        self.retranslate()

    def _activated(self, index: QModelIndex) -> None:
        frame = self.proxy.data(index, FRAME_ROLE)
        if frame is not None:
            self.markerActivated.emit(int(frame))

    def _selected(self, index: QModelIndex) -> None:
        frame = self.proxy.data(index, FRAME_ROLE)
        if frame is not None:
            self.markerSelected.emit(int(frame))

    def visible_markers(self) -> list[ReviewMarker]:
        return [
            self.proxy.data(self.proxy.index(r, 0), MARKER_ROLE)
            for r in range(self.proxy.rowCount())
        ]

    def select_frame(self, frame: int) -> None:
        """Highlight the last marker at or before ``frame`` (follows playback)."""
        best = -1
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), FRAME_ROLE) <= frame:
                best = r
        if best >= 0 and self.table.currentIndex().row() != best:
            self.table.selectRow(best)
