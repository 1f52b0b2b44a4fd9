"""The station's own key picker: the signing key files in the usual places, chosen by keyboard.

:class:`KeyPicker` replaces a file dialog (whose Kazakh is partly English, and which lets a
secretary wander the whole disk) in the key dialog. It lists the PKCS#12 files
(:func:`app.accounts.key_files.find_key_files`) of the station's key folder, of every removable
medium plugged in, and of the home folder, with where each one is and when it was written; the list
follows media being plugged in and pulled out (:class:`app.copies.media.MediaPoller` on a timer).
The first file has the focus: arrows move, Enter chooses, Escape closes, F5 looks again. A key kept
anywhere else is typed into the key dialog's path field: the picker needs no "other place".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.accounts.key_files import KeyFile, KeyPlace, find_key_files, usual_places
from app.copies.media import MediaPoller
from ui.widgets.keyboard import EnterTable, press_focused_button
from ui.widgets.screen_fit import fit_to_screen

Places = Callable[[], list[KeyPlace]]


class KeyPicker(QDialog):
    """The key files found; ``chosen`` is the path picked (None when closed without one)."""

    POLL_MS = 1500

    def __init__(
        self,
        places: Places | None = None,
        parent: QWidget | None = None,
        poller: MediaPoller | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyPicker")
        self.chosen: Path | None = None
        self.files: list[KeyFile] = []
        self._poller = poller or MediaPoller()
        self._places = places or (lambda: usual_places(None, self._poller.volumes))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = EnterTable(3)
        self.table.setObjectName("keyFiles")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("background:#fff2cc; color:#5a4300; padding:6px;")
        self.buttons = QDialogButtonBox()
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("keyPickerChoose")
        self.refresh_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.choose_button, self.refresh_button, self.cancel_button):
            b.setAutoDefault(False)  # Enter on the table chooses; on a button presses it
        self.choose_button.clicked.connect(lambda: self._choose(self.table.currentRow()))
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button.clicked.connect(self.reject)
        self.table.activatedRow.connect(self._choose)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll_media)
        self._poller.poll()
        self._timer.start()
        fit_to_screen(self, 820, 440)
        self.retranslate()
        self.refresh()
        self.table.setFocus()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Look again in every place (F5, or a medium plugged in or pulled out)."""
        keep = self.files[self.table.currentRow()].path if self._has_row() else None
        self.files = find_key_files(self._places())
        self.table.setRowCount(len(self.files))
        for row, f in enumerate(self.files):
            when = dt.datetime.fromtimestamp(f.modified).strftime("%Y-%m-%d %H:%M")
            for col, text in enumerate((f.name, self.where(f), when)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(f.path))
                self.table.setItem(row, col, item)
        rows = [i for i, f in enumerate(self.files) if f.path == keep]
        if self.files:
            self.table.selectRow(rows[0] if rows else 0)
        self.empty.setVisible(not self.files)
        self._selection_changed()

    def _poll_media(self) -> None:
        if self._poller.poll().changed:
            self.refresh()

    def _has_row(self) -> bool:
        return 0 <= self.table.currentRow() < len(self.files)

    def _selection_changed(self) -> None:
        self.choose_button.setEnabled(self._has_row())

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.files):
            self.chosen = self.files[row].path
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    # ------------------------------------------------------------------ texts
    def where(self, f: KeyFile) -> str:
        """The place in words, with the sub-folder the file is in."""
        place = f.place
        if place.kind == "station":
            text = self.tr("station key folder")
        elif place.kind == "medium":
            text = self.tr("medium «%1»").replace("%1", place.label)
        else:
            text = self.tr("your home folder")
        try:
            sub = f.path.parent.relative_to(place.path)
        except ValueError:
            sub = Path()
        return text + (f" / {sub.as_posix()}" if sub.parts else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose your signing key"))
        self.heading.setText(
            self.tr(
                "Key files (.p12, .pfx) in the station key folder, on the media plugged in and "
                "in your home folder. Arrows choose, Enter takes the key, F5 looks again."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key file"), self.tr("Where"), self.tr("Written")]
        )
        self.empty.setText(
            self.tr(
                "No key file was found. Plug in the medium that holds your key (the list "
                "follows it), or close this and type the key file's full path."
            )
        )
        self.choose_button.setText(self.tr("Take this key"))
        self.refresh_button.setText(self.tr("Look again (F5)"))
        self.cancel_button.setText(self.tr("Cancel"))
