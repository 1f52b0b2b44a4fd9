"""The hearing form's "Participants and microphones" group: who takes part and at which microphone.

:class:`ParticipantsBox` holds the table (one row per participant: role, name, microphone; 0 shown
as "—" is no microphone) with the buttons to add and remove a row and to load and save the
courtroom's template (the form does the template work: it needs the court and the input too).
It knows nothing of validation beyond outlining the rows it is told are wrong; ``changed`` fires
on any edit, ``roleChanged`` when a row's role is chosen (the form then fills the judge's name).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.hearing.details import ROLES, Participant
from ui.widgets import terms
from ui.widgets.form_widgets import fill_coded_combo
from ui.widgets.i18n import Retranslatable

JUDGE_ROLES = ("judge", "presiding_judge")


class ParticipantsBox(Retranslatable, QGroupBox):
    """The participants table and its buttons."""

    changed = Signal()
    roleChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(0, 190)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.itemChanged.connect(self.changed)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.load_button = QPushButton()
        self.save_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        # the courtroom's microphone map: here, so the court and courtroom fields get the width
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.retranslate()

    # ------------------------------------------------------------------ rows
    def add(self, role: str, name: str, channel: int | None, channels: int) -> int:
        """A row for a participant at ``channel`` (of ``channels``; None: the next one)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        fill_coded_combo(combo, ROLES, terms.ROLE_TEXTS)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        combo.currentIndexChanged.connect(self.changed)
        combo.currentIndexChanged.connect(lambda _i: self.roleChanged.emit())
        self.table.setCellWidget(row, 0, combo)
        edit = QLineEdit(name)
        edit.setCursorPosition(0)  # a long name shows its beginning, not its end
        edit.textChanged.connect(self.changed)
        self.table.setCellWidget(row, 1, edit)
        spin = QSpinBox()
        spin.setRange(0, channels)
        spin.setSpecialValueText("—")
        spin.setValue(channel or (row % channels) + 1)
        spin.valueChanged.connect(self.changed)
        self.table.setCellWidget(row, 2, spin)
        self.changed.emit()
        return row

    def focus_name(self, row: int) -> None:
        """The keyboard to ``row``'s name (a row just added)."""
        name = self.table.cellWidget(row, 1)
        self.table.setCurrentCell(row, 1)
        self.table.scrollToBottom()
        if name is not None:
            name.setFocus()

    def judge_row(self) -> int | None:
        for row in range(self.table.rowCount()):
            role = self.table.cellWidget(row, 0)
            if isinstance(role, QComboBox) and role.currentData() in JUDGE_ROLES:
                return row
        return None

    def name_edit(self, row: int | None) -> QLineEdit | None:
        name = self.table.cellWidget(row, 1) if row is not None else None
        return name if isinstance(name, QLineEdit) else None

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow()] if self.table.currentRow() >= 0 else []
        for r in rows:
            self.table.removeRow(r)
        self.changed.emit()

    def clear(self) -> None:
        self.table.setRowCount(0)

    def participants(self) -> list[Participant]:
        out = []
        for row in range(self.table.rowCount()):
            role = self.table.cellWidget(row, 0)
            name = self.table.cellWidget(row, 1)
            mic = self.table.cellWidget(row, 2)
            assert isinstance(role, QComboBox) and isinstance(name, QLineEdit)
            assert isinstance(mic, QSpinBox)
            out.append(
                Participant(str(role.currentData()), name.text().strip(), mic.value() or None)
            )
        return out

    def set_channels(self, n: int) -> None:
        """No row's microphone beyond the ``n`` the input has."""
        for row in range(self.table.rowCount()):
            spin = self.table.cellWidget(row, 2)
            if isinstance(spin, QSpinBox):
                spin.setMaximum(n)

    def outline(self, bad: set[str], style: str) -> None:
        """Outline with ``style`` each row named in ``bad`` (``participants[n]``, 1-based), and
        the whole table when ``participants`` is."""
        for row in range(self.table.rowCount()):
            row_style = style if f"participants[{row + 1}]" in bad else ""
            for col in range(3):
                cell = self.table.cellWidget(row, col)
                if cell is not None:
                    cell.setStyleSheet(row_style)
        self.table.setStyleSheet(style if "participants" in bad else "")

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.setTitle(self.tr("Participants and microphones"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Microphone")]
        )
        self.add_button.setText(self.tr("Add participant"))
        self.remove_button.setText(self.tr("Remove"))
        self.load_button.setText(self.tr("Load template"))
        self.save_button.setText(self.tr("Save template"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                fill_coded_combo(combo, ROLES, terms.ROLE_TEXTS)
