"""The judge's hearing library: the station's sealed hearings, searchable, each opened for review.

:class:`HearingLibrary` lists the hearings of the station catalog
(:class:`app.catalog.store.Catalog`) that are sealed or further along (exported, uploaded) — newest
first, by date, case, courtroom, judge and state — with one search field that matches any of those
and the participants' names. Enter or a double click on a row, or "Open for review", emits
``openRequested`` with the sealed package (or the hearing folder when the package is not on this
station any more); the station menu opens the review window on it. The judge lands here after
signing in (the secretary's form is not hers); anyone may reach it through "Review a hearing…".
Unsealed folders and technical folder names are never shown: a hearing is named by its case, date
and courtroom.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store import Catalog, HearingRecord, state_rank
from ui.widgets.screen_fit import fit_to_screen

COLUMNS = ("date", "case", "courtroom", "judge", "state")


def record_path(rec: HearingRecord) -> Path:
    """What to open: the sealed package when it is here, else the hearing folder."""
    package = Path(rec.package) if rec.package else None
    return package if package is not None and package.is_dir() else Path(rec.folder)


def matches(rec: HearingRecord, text: str) -> bool:
    """Whether the search ``text`` (any part, any case, spaces ignored) is in the record."""
    needle = "".join(text.split()).casefold()
    if not needle:
        return True
    fields = [rec.date, rec.case_number, rec.courtroom, rec.court, rec.judge]
    fields += [p.name for p in rec.participants]
    return any(needle in "".join(f.split()).casefold() for f in fields if f)


class _Table(QTableWidget):
    """Enter on a row opens it (a table would otherwise only move to the next row)."""

    activatedRow = Signal(int)  # noqa: N815 - Qt signal naming

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activatedRow.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class HearingLibrary(QWidget):
    """Sealed hearings with a search field; ``openRequested`` carries the path to review."""

    openRequested = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, catalog: Catalog | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingLibrary")
        self._catalog = catalog
        self.records: list[HearingRecord] = []
        self.shown: list[HearingRecord] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.table = _Table(0, len(COLUMNS))
        self.table.setObjectName("libraryTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("libraryOpen")
        self.refresh_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        self.search.textChanged.connect(self._show)
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.activatedRow.connect(self._open_row)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.refresh_button.clicked.connect(self.reload)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the catalog again (a hearing sealed meanwhile appears)."""
        records = self._catalog.list_hearings() if self._catalog is not None else []
        self.records = [r for r in records if state_rank(r.state) >= state_rank("sealed")]
        self._show()

    def _show(self) -> None:
        text = self.search.text()
        self.shown = [r for r in self.records if matches(r, text)]
        self.table.setRowCount(len(self.shown))
        for row, rec in enumerate(self.shown):
            values = (rec.date, rec.case_number, rec.courtroom, rec.judge, self._state(rec.state))
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        if self.shown:
            self.table.selectRow(0)
        self.empty.setVisible(not self.shown)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(0 <= self.table.currentRow() < len(self.shown))

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.openRequested.emit(record_path(self.shown[row]))

    # ------------------------------------------------------------------ texts
    def _state(self, state: str) -> str:
        names = {
            "sealed": self.tr("sealed"),
            "exported": self.tr("sealed, copied to a medium"),
            "uploaded": self.tr("sealed, in the court archive"),
        }
        return names.get(state, state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sealed hearings"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("case number, date, courtroom, judge or name"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Case"),
                self.tr("Courtroom"),
                self.tr("Judge"),
                self.tr("State"),
            ]
        )
        self.empty.setText(
            self.tr("No sealed hearing matches.")
            if self.records
            else self.tr("There are no sealed hearings on this station yet.")
        )
        self.open_button.setText(self.tr("Open for review"))
        self.refresh_button.setText(self.tr("Refresh"))


class HearingLibraryDialog(QDialog):
    """The library as a dialog (the station menu's "Review a hearing…"), plus a button for a
    hearing on a medium or in another folder; ``chosen`` is the path to open."""

    def __init__(
        self,
        catalog: Catalog | None,
        choose_folder: Callable[[], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self._choose_folder = choose_folder
        self.library = HearingLibrary(catalog, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.folder_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setVisible(choose_folder is not None)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Enter opens the selected hearing (the library's table)
        self.buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self._from_folder)
        self.library.openRequested.connect(self._chosen)
        lay = QVBoxLayout(self)
        lay.addWidget(self.library, 1)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 900, 520)
        self.retranslate()
        self.library.table.setFocus()

    def _chosen(self, path: Path) -> None:
        self.chosen = Path(path)
        self.accept()

    def _from_folder(self) -> None:
        path = self._choose_folder() if self._choose_folder is not None else None
        if path is not None:
            self._chosen(path)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a hearing for review"))
        self.folder_button.setText(self.tr("Folder or medium…"))
