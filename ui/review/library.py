"""The hearing library: every hearing of the station, in whatever state, searchable, each opened
in the view that fits it.

:class:`HearingLibrary` lists all the hearings of the station catalog
(:class:`app.catalog.store.Catalog`) — being recorded, ended and waiting for the signing key,
sealed, copied to a medium, in the court archive (also those whose local copy was deleted after the
archive confirmed it) and those not recorded on a ground of Rules p. 3 — newest first, by date,
case, courtroom, judge and state, with one search field that matches any of those and the
participants' names. Enter or a double click on a row, or "Open", opens the row in its view
(:func:`view_of`): a recorded hearing in the review window (``openRequested``: the sealed package,
or the hearing folder before the seal), a hearing not recorded in its documents
(``documentsRequested``: the protocol states the ground); a hearing being recorded now, or one that
only the court archive holds, is explained in a line under the table instead. The judge lands here
after signing in (the secretary's form is not hers); anyone may reach it through "Review a
hearing…" and "Hearing documents…". Technical folder names are never shown: a hearing is named by
its case, date and courtroom.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from app.catalog.store import Catalog, HearingRecord
from app.hearing.not_recorded import was_not_recorded
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable
from ui.widgets.keyboard import press_focused_button
from ui.widgets.screen_fit import fit_to_screen

COLUMNS = ("date", "case", "courtroom", "judge", "state")
# the view each row opens in: review window, documents, or only a line saying why not
REVIEW, DOCUMENTS, RECORDING, ARCHIVE_ONLY, MISSING = (
    "review", "documents", "recording", "archive_only", "missing"
)  # fmt: skip


def record_path(rec: HearingRecord) -> Path:
    """What to open: the sealed package when it is here, else the hearing folder."""
    package = Path(rec.package) if rec.package else None
    return package if package is not None and package.is_dir() else Path(rec.folder)


def view_of(rec: HearingRecord) -> str:
    """Which view the hearing opens in (REVIEW, DOCUMENTS, RECORDING, ARCHIVE_ONLY, MISSING)."""
    if rec.state == "recording":
        return RECORDING
    path = record_path(rec)
    if not path.is_dir():
        return ARCHIVE_ONLY if rec.state == "uploaded" else MISSING
    return DOCUMENTS if was_not_recorded(path) else REVIEW


def matches(rec: HearingRecord, text: str, state_text: str = "") -> bool:
    """Whether the search ``text`` (any part, any case, spaces ignored) is in the record or in
    the words of its state."""
    needle = "".join(text.split()).casefold()
    if not needle:
        return True
    fields = [rec.date, rec.case_number, rec.courtroom, rec.court, rec.judge, state_text]
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


class HearingLibrary(Retranslatable, QWidget):
    """Every hearing with a search field; ``openRequested`` carries the path to review,
    ``documentsRequested`` the path of a hearing not recorded (its documents say why)."""

    openRequested = Signal(object)  # noqa: N815 - Qt signal naming
    documentsRequested = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, catalog: Catalog | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingLibrary")
        self._catalog = catalog
        self.records: list[HearingRecord] = []
        self.views: dict[str, str] = {}  # hearing id -> view_of(record)
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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.notice = QLabel()  # why the row cannot be opened (being recorded, archive only)
        self.notice.setObjectName("libraryNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff2cc; color:#5a4300; padding:6px;")
        self.notice.hide()
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
        lay.addWidget(self.notice)
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
        """Read the catalog again (a hearing ended or sealed meanwhile shows its new state)."""
        self.records = self._catalog.list_hearings() if self._catalog is not None else []
        self.views = {r.id: view_of(r) for r in self.records}
        self._show()

    def refill(self) -> None:
        self._show()

    def _show(self) -> None:
        text = self.search.text()
        self.shown = [r for r in self.records if matches(r, text, self.state_text(r))]
        self.table.setRowCount(len(self.shown))
        for row, rec in enumerate(self.shown):
            values = (rec.date, rec.case_number, rec.courtroom, rec.judge, self.state_text(rec))
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        if self.shown:
            self.table.selectRow(0)
        self.empty.setVisible(not self.shown)
        self._selection_changed()

    def _selection_changed(self) -> None:
        """The button says what opens; a row that cannot be opened says why at once."""
        row = self.table.currentRow()
        view = self.views[self.shown[row].id] if 0 <= row < len(self.shown) else None
        self.open_button.setEnabled(view in (REVIEW, DOCUMENTS))
        self.open_button.setText(
            self.tr("Open its documents") if view == DOCUMENTS else self.tr("Open for review")
        )
        self.notice.setVisible(view not in (None, REVIEW, DOCUMENTS))
        if view not in (None, REVIEW, DOCUMENTS):
            self.notice.setText(self.why_not(str(view)))

    def _open_row(self, row: int) -> None:
        if not 0 <= row < len(self.shown):
            return
        rec = self.shown[row]
        view = self.views[rec.id]
        if view == REVIEW:
            self.openRequested.emit(record_path(rec))
        elif view == DOCUMENTS:
            self.documentsRequested.emit(record_path(rec))
        else:
            self.notice.setText(self.why_not(view))
            self.notice.show()

    # ------------------------------------------------------------------ texts
    def state_text(self, rec: HearingRecord) -> str:
        """The hearing's state in words (what the station knows, and where the hearing is)."""
        view = self.views.get(rec.id, REVIEW)
        if view == ARCHIVE_ONLY:
            return self.tr("in the court archive only (deleted from this station)")
        if view == MISSING:
            return self.tr("not found on this station")
        if view == DOCUMENTS:
            return self.tr("not recorded (Rules p. 3)")
        names = {
            "recording": self.tr("being recorded"),
            "ended": self.tr("ended, not sealed yet (waiting for the signing key)"),
            "sealed": self.tr("sealed"),
            "exported": self.tr("sealed, copied to a medium"),
            "uploaded": self.tr("sealed, in the court archive"),
        }
        return names.get(rec.state, rec.state)

    def why_not(self, view: str) -> str:
        if view == RECORDING:
            return self.tr(
                "This hearing is being recorded now. It can be reviewed once it has ended."
            )
        if view == ARCHIVE_ONLY:
            return self.tr(
                "Only the court archive holds this hearing now: its copy on this station was "
                "deleted after the archive confirmed it. Ask the court administrator for it."
            )
        return self.tr(
            "The folder of this hearing is not on this station any more. Ask the technician."
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hearings of this station"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(
            self.tr("case number, date, courtroom, judge, name or state")
        )
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
            self.tr("No hearing matches.")
            if self.records
            else self.tr("There are no hearings on this station yet.")
        )
        self.open_button.setText(self.tr("Open for review"))
        self.refresh_button.setText(self.tr("Refresh"))


class HearingLibraryDialog(Retranslatable, QDialog):
    """The library as a dialog (the station menu's "Review a hearing…" and "Hearing
    documents…"), plus a button for a hearing on a medium
    (:class:`ui.review.medium_picker.MediumPicker` through ``choose_medium``). ``chosen`` is the
    path to open and ``chosen_view`` the view it opens in (REVIEW or DOCUMENTS; with ``purpose``
    DOCUMENTS every hearing opens in its documents)."""

    def __init__(
        self,
        catalog: Catalog | None,
        choose_medium: Callable[[], Path | None] | None = None,
        parent: QWidget | None = None,
        purpose: str = REVIEW,
    ) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.chosen_view = purpose
        self.purpose = purpose
        self._choose_medium = choose_medium
        self.library = HearingLibrary(catalog, self)
        self.buttons = standard_buttons(self, QDialogButtonBox.StandardButton.Close)
        self.medium_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.medium_button.setObjectName("libraryFromMedium")
        self.folder_button = self.medium_button  # the name the older tests use
        self.medium_button.setVisible(choose_medium is not None)
        self.medium_button.clicked.connect(self._from_medium)
        self.library.openRequested.connect(lambda path: self._chosen(path, REVIEW))
        self.library.documentsRequested.connect(lambda path: self._chosen(path, DOCUMENTS))
        lay = QVBoxLayout(self)
        lay.addWidget(self.library, 1)
        lay.addWidget(self.buttons)
        # No default button: Enter opens the selected hearing (the table), or presses the
        # button that has the focus; Enter in the search field goes to the table — it never
        # closes the library (the button box's Close was the default and Enter in the search
        # field pressed it).
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        lib = self.library
        chain: list[QWidget] = [lib.search, lib.refresh_button, lib.table, lib.open_button]
        chain += [self.medium_button]
        chain += [x for x in self.buttons.buttons() if x is not self.medium_button]
        for first, then in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, then)
        fit_to_screen(self, 900, 520)
        self.retranslate()
        self.library.table.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def _chosen(self, path: Path, view: str) -> None:
        self.chosen = Path(path)
        self.chosen_view = DOCUMENTS if self.purpose == DOCUMENTS else view
        self.accept()

    def _from_medium(self) -> None:
        path = self._choose_medium() if self._choose_medium is not None else None
        if path is not None:
            self._chosen(path, DOCUMENTS if was_not_recorded(path) else REVIEW)

    def retranslate(self) -> None:
        if self.purpose == DOCUMENTS:
            self.setWindowTitle(self.tr("Open the documents of a hearing"))
        else:
            self.setWindowTitle(self.tr("Open a hearing"))
        self.medium_button.setText(self.tr("From a medium…"))
