"""Speaker and event markers (Rules p. 12) and the marker list with corrections (p. 19).

:class:`MarkerPanel` shows one button per participant with a hotkey (F1–F12, then 1–9 and 0),
event buttons (oath, exhibit, ruling announced, …, with Shift+F1…) and a note field whose text goes
with the next marker (Enter alone puts an "other event" marker carrying the note). The hearing
frame is read first thing in the key handler, so the marker is stamped with the moment of the key
press, not the moment the journal write finished. The list below shows hearing time, wall time,
speaker, event and note; "Correct…" appends an amendment through the session, and "History…" shows
the original record with every correction, which is all the journal ever holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.hearing.details import EVENTS, Participant
from app.hearing.live import EngineState
from app.hearing.markers import Marker
from ui.recording.marker_model import MarkerTableModel, hearing_time, local_time
from ui.recording.viewmodel import RecordingViewModel
from ui.widgets import terms
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable
from ui.widgets.screen_fit import ElidedButton

SPEAKER_KEYS = [f"F{i}" for i in range(1, 13)] + [str(d) for d in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)]
EVENT_KEYS = [f"Shift+F{i}" for i in range(1, 13)]


class MarkerPanel(Retranslatable, QWidget):
    """Marker buttons, hotkeys, note field and the marker list for one hearing."""

    def __init__(
        self, vm: RecordingViewModel, participants: list[Participant], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self.participants = participants
        self.model = MarkerTableModel(vm.rate, self)
        vm.markerAdded.connect(self.model.add_record)
        vm.markerAmended.connect(self.model.add_amendment)
        self.note = QLineEdit()
        self.note.returnPressed.connect(self._note_entered)
        self.speaker_buttons: list[QPushButton] = []
        self.event_buttons: dict[str, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []
        self.speakers_box = QGroupBox()
        grid = QGridLayout(self.speakers_box)
        cols = 2 if len(participants) <= 8 else 3 if len(participants) <= 15 else 4
        for i, _p in enumerate(participants):
            b = ElidedButton()  # a long name is shortened, never widens the window
            b.setMinimumHeight(28)
            b.clicked.connect(self._speaker_handler(i))
            grid.addWidget(b, i // cols, i % cols)
            self.speaker_buttons.append(b)
            if i < len(SPEAKER_KEYS):
                self._shortcut(SPEAKER_KEYS[i], self._speaker_handler(i))
        self.events_box = QGroupBox()
        egrid = QGridLayout(self.events_box)
        for i, code in enumerate(EVENTS):
            b = ElidedButton()
            b.clicked.connect(self._event_handler(code))
            egrid.addWidget(b, i // 4, i % 4)  # four columns: low enough for a 768 px screen
            self.event_buttons[code] = b
            if i < len(EVENT_KEYS):
                self._shortcut(EVENT_KEYS[i], self._event_handler(code))
        self.table = self._marker_table()
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.model.rowsInserted.connect(lambda *_: self.table.scrollToBottom())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.show_history)
        self.edit_dialog: MarkerEditDialog | None = None
        self.history_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speakers_box)
        layout.addWidget(self.events_box)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.history_button)
        layout.addLayout(row)
        vm.stateChanged.connect(self._state_changed)
        self.retranslate()

    def _marker_table(self) -> QTableView:
        """The list of markers: whole rows, read-only, Tab leaves it."""
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the list (no trap)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(col, mode)
        header.resizeSection(3, 150)
        table.verticalHeader().setVisible(False)
        return table

    def _state_changed(self, state: str) -> None:
        """Markers only while the hearing runs (recording or paused); the journal closes at end."""
        live = state in (EngineState.RECORDING.value, EngineState.PAUSED.value)
        for w in (self.speakers_box, self.events_box, self.note, self.edit_button):
            w.setEnabled(live)
        for sc in self.shortcuts:
            sc.setEnabled(live)

    def _shortcut(self, key: str, handler: Callable[[], None]) -> None:
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(handler)
        self.shortcuts.append(sc)

    def _speaker_handler(self, i: int) -> Callable[[], None]:
        def handler() -> None:
            frame, how = self.vm.marker_frame()  # the sound at the moment of the key press
            self.mark_speaker(i, frame, how)

        return handler

    def _event_handler(self, code: str) -> Callable[[], None]:
        def handler() -> None:
            frame, how = self.vm.marker_frame()
            self.mark_event(code, frame, how)

        return handler

    def _take_note(self) -> str:
        note = self.note.text().strip()
        self.note.clear()
        return note

    def mark_speaker(self, i: int, frame: int, how: dict[str, Any] | None = None) -> None:
        p = self.participants[i]
        self.vm.add_marker(
            frame,
            speaker=p.name,
            role=p.role,
            channel=p.channel,
            note=self._take_note(),
            placement=how,
        )

    def mark_event(self, code: str, frame: int, how: dict[str, Any] | None = None) -> None:
        self.vm.add_marker(frame, speaker="", event=code, note=self._take_note(), placement=how)

    def _note_entered(self) -> None:
        frame, how = self.vm.marker_frame()
        if self.note.text().strip():
            self.mark_event("other", frame, how)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.speakers_box.setTitle(self.tr("Who speaks (audio marker)"))
        self.events_box.setTitle(self.tr("Events"))
        for i, (b, p) in enumerate(zip(self.speaker_buttons, self.participants, strict=True)):
            key = SPEAKER_KEYS[i] if i < len(SPEAKER_KEYS) else ""
            b.setText(f"{key}  {terms.role_label(p.role)}: {p.name}".strip())
            b.setToolTip(self.tr("Microphone %1").replace("%1", str(p.channel or "—")))
        for i, (code, b) in enumerate(self.event_buttons.items()):
            key = EVENT_KEYS[i] if i < len(EVENT_KEYS) else ""
            b.setText(terms.event_label(code))
            b.setToolTip(key)
        self.note.setPlaceholderText(
            self.tr("Note for the next marker (Enter: put it as an event of its own)")
        )
        self.edit_button.setText(self.tr("Correct…"))
        self.history_button.setText(self.tr("History…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 4)
            )

    # ------------------------------------------------------------------ corrections
    def selected_row(self) -> Marker | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0])
        return self.model.rows[-1] if self.model.rows else None

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.edit_dialog = MarkerEditDialog(row, self.participants, self, rate=self.vm.rate)
        self.edit_dialog.accepted.connect(self._apply_edit)
        self.edit_dialog.finished.connect(lambda _r: self.window().activateWindow())
        self.edit_dialog.open()

    def _apply_edit(self) -> None:
        dlg = self.edit_dialog
        if dlg is None:
            return
        changes = dlg.changes()
        if changes:
            self.vm.amend_marker(dlg.row.seq, **changes)

    def show_history(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Marker history"))
        lines = self.model.history(row)
        table = QTableWidget(len(lines), 5, dlg)
        table.setTabKeyNavigation(False)  # Tab leaves the list (no trap)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Wall time"),
                self.tr("Record"),
                self.tr("Speaker"),
                self.tr("Event"),
                self.tr("Note"),
            ]
        )
        for r, line in enumerate(lines):
            for c, text in enumerate(line):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box = standard_buttons(dlg, QDialogButtonBox.StandardButton.Close)
        lay = QVBoxLayout(dlg)
        lay.addWidget(table)
        lay.addWidget(box)
        dlg.resize(640, 240)
        self.history_dialog = dlg
        dlg.finished.connect(lambda _r: self.window().activateWindow())
        dlg.open()


class MarkerEditDialog(QDialog):
    """Correct a marker's speaker, event or note; the result is an amendment, never an edit.

    It says which marker it corrects (hearing time, time of day, who and what it says now) and
    opens with the marker's current speaker and event chosen, so correcting only the note keeps
    the speaker. Enter is OK, Escape cancels; Cancel is never the default."""

    def __init__(
        self,
        row: Marker,
        participants: list[Participant],
        parent: QWidget | None = None,
        rate: int = 0,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.before = row.current()
        self.setWindowTitle(self.tr("Correct the marker"))
        self.which = QLabel()
        self.which.setObjectName("correctedMarker")
        self.which.setWordWrap(True)
        self.which.setText(self._which(rate))
        self.speaker = QComboBox()
        self.speaker.addItem("", ("", ""))
        speakers = [(p.name, p.role) for p in participants]
        now = (str(self.before.get("speaker") or ""), str(self.before.get("role") or ""))
        if now[0] and now not in speakers:
            speakers.append(now)  # a speaker no longer in the list stays choosable, and chosen
        for name, role in speakers:
            text = f"{terms.role_label(role)}: {name}" if role else name
            self.speaker.addItem(text, (name, role))
        # by position, not findData: a tuple in a QVariant is never found equal to another one
        self.speaker.setCurrentIndex(speakers.index(now) + 1 if now in speakers else 0)
        self.event_combo = QComboBox()
        self.event_combo.addItem("", "")
        for code in EVENTS:
            self.event_combo.addItem(terms.event_label(code), code)
        event = str(self.before.get("event") or "")
        self.event_combo.setCurrentIndex(EVENTS.index(event) + 1 if event in EVENTS else 0)
        self.note = QLineEdit(str(self.before.get("note") or ""))
        form = QFormLayout(self)
        form.addRow(self.which)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Event:"), self.event_combo)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = standard_buttons(self)
        for b in self.buttons.findChildren(QPushButton):
            b.setAutoDefault(False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        form.addRow(self.buttons)
        self.setMinimumWidth(460)
        self.note.setFocus()

    def _which(self, rate: int) -> str:
        """ "Marker at 00:12:31 (10:42:05): Judge: Name — oath — note"."""
        frame = self.row.frame
        at = hearing_time(frame, rate) if rate else ""
        wall = local_time(self.row.utc)
        parts = []
        speaker = str(self.before.get("speaker") or "")
        role = str(self.before.get("role") or "")
        if speaker:
            parts.append(f"{terms.role_label(role)}: {speaker}" if role else speaker)
        if self.before.get("event"):
            parts.append(terms.event_label(str(self.before["event"])))
        if self.before.get("note"):
            parts.append(f"“{self.before['note']}”")
        head = self.tr("Marker at %1 (%2)").replace("%1", at).replace("%2", wall)
        return "<b>" + _escape(head) + "</b><br>" + _escape(" — ".join(parts))

    def changes(self) -> dict[str, str]:
        out: dict[str, str] = {}
        name, role = self.speaker.currentData()
        if name != (self.before.get("speaker") or ""):
            out["speaker"] = name
            out["role"] = role
        event = self.event_combo.currentData()
        if event != (self.before.get("event") or ""):
            out["event"] = event
        note = self.note.text().strip()
        if note != (self.before.get("note") or ""):
            out["note"] = note
        return out


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
