"""The station's own key picker: the signing key files in the usual places, chosen by keyboard.

:class:`KeyPicker` replaces a file dialog (whose Kazakh is partly English, and which lets a
secretary wander the whole disk) in the key dialog. It lists the PKCS#12 files
(:func:`app.accounts.key_files.find_key_files`) of the station's key folder, of every removable
medium plugged in, and of the home folder, with where each one is and when it was written; the list
follows media being plugged in and pulled out (:class:`app.copies.media.MediaPoller` on a timer).
The first file has the focus: arrows move, Enter chooses, Escape closes, F5 looks again. A key kept
anywhere else is typed into the key dialog's path field: the picker needs no "other place". The
polling, the buttons and the keys are the pickers' own (:class:`ui.widgets.picker.PickerDialog`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from app.accounts.key_files import KeyFile, KeyPlace, find_key_files, usual_places
from app.copies.media import MediaPoller
from ui.widgets.keyboard import EnterTable
from ui.widgets.picker import PickerDialog
from ui.widgets.screen_fit import fit_to_screen

Places = Callable[[], list[KeyPlace]]


class KeyPicker(PickerDialog):
    """The key files found; ``chosen`` is the path picked (None when closed without one)."""

    def __init__(
        self,
        places: Places | None = None,
        parent: QWidget | None = None,
        poller: MediaPoller | None = None,
    ) -> None:
        super().__init__(poller, parent)
        self.setObjectName("keyPicker")
        self.files: list[KeyFile] = []
        self._places = places or (lambda: usual_places(None, self.poller.volumes))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = EnterTable(3)
        self.table.setObjectName("keyFiles")
        self.empty = self.notice()
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("keyPickerChoose")
        self.refresh_button = QPushButton()
        self.add_buttons(self.choose_button, self.refresh_button)
        self.choose_button.clicked.connect(lambda: self._choose(self.table.currentRow()))
        self.refresh_button.clicked.connect(self.refresh)
        self.table.activatedRow.connect(self._choose)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.buttons)
        self.poller.poll()
        self.start_polling()
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

    def poll(self) -> None:
        if self.poller.poll().changed:
            self.refresh()

    def _has_row(self) -> bool:
        return 0 <= self.table.currentRow() < len(self.files)

    def _selection_changed(self) -> None:
        self.choose_button.setEnabled(self._has_row())

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.files):
            self.choose(self.files[row].path)

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

    def refill(self) -> None:
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
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
