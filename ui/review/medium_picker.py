"""The station's own medium picker: the removable media plugged in, and the hearings on each.

:class:`MediumPicker` replaces a folder dialog (partly English in Kazakh, showing technical
folder names) wherever a hearing is opened from a medium — a copy for the case file, a copy
brought back for listening (Rules p. 21–22, 28). The upper table lists the media mounted now
(:class:`app.copies.media.MediaPoller`, polled on a timer, so plugging in and pulling out show at
once) by label, size, free space and file system; the lower one lists the hearings found on
the chosen medium (:func:`app.catalog.rebuild.scan_folders`) by date, case and courtroom, never
by folder name. By keyboard: arrows choose the medium, Enter (or Tab) goes to its hearings,
arrows and Enter open one, Escape closes. ``chosen`` is the sealed package (or hearing folder).
Polling, buttons and keys are the pickers' own (:class:`ui.widgets.picker.PickerDialog`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from app.catalog.rebuild import scan_folders
from app.catalog.store import HearingRecord
from app.copies.media import MediaPoller, Volume
from ui.widgets.file_dialogs import size_text
from ui.widgets.keyboard import EnterTable
from ui.widgets.picker import PickerDialog
from ui.widgets.screen_fit import fit_to_screen


class MediumPicker(PickerDialog):
    """Media, then the hearings on the chosen one; ``chosen`` is the path to open."""

    def __init__(self, poller: MediaPoller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(poller, parent)
        self.setObjectName("mediumPicker")
        self.volumes: list[Volume] = []
        self.hearings: list[HearingRecord] = []
        self._scanned: tuple[str, str] | None | bool = False  # nothing scanned yet
        self.media_label = QLabel()
        self.media = EnterTable(5)
        self.media.setObjectName("mediaTable")
        self.media_label.setBuddy(self.media)
        self.no_media = self.notice()
        self.hearings_label = QLabel()
        self.table = EnterTable(4)
        self.table.setObjectName("mediumHearings")
        self.hearings_label.setBuddy(self.table)
        self.no_hearings = QLabel()
        self.no_hearings.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("mediumOpen")
        self.add_buttons(self.open_button)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.media.activatedRow.connect(lambda _row: self._to_hearings())
        self.media.itemSelectionChanged.connect(self._medium_changed)
        self.table.activatedRow.connect(self._open)
        self.table.itemSelectionChanged.connect(self._hearing_changed)
        lay = QVBoxLayout(self)
        lay.addWidget(self.media_label)
        lay.addWidget(self.media, 2)
        lay.addWidget(self.no_media)
        lay.addWidget(self.hearings_label)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.no_hearings)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 900, 560)
        self.retranslate()
        self.refresh(force=True)
        self.start_polling()
        self.media.setFocus()

    # ------------------------------------------------------------------ media
    def poll(self) -> None:
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Follow media plugged in and pulled out (the timer calls this)."""
        changes = self.poller.poll()
        if not changes.changed and not force:
            return
        keep = self.selected_volume()
        self.volumes = list(changes.current)
        self._fill_media()
        rows = [i for i, v in enumerate(self.volumes) if keep is not None and v.key == keep.key]
        if self.volumes:
            self.media.selectRow(rows[0] if rows else 0)
        self.no_media.setVisible(not self.volumes)
        self._medium_changed()

    def _fill_media(self) -> None:
        self.media.setRowCount(len(self.volumes))
        for row, v in enumerate(self.volumes):
            name = v.label or Path(v.mountpoint).name or v.mountpoint
            state = self.tr("read-only") if v.read_only else ""
            values = (
                name,
                size_text(v.total_bytes),
                size_text(v.free_bytes),
                self.fs_name(v.fstype),
                state,
            )
            for col, text in enumerate(values):
                item = self.media.item(row, col) or QTableWidgetItem()
                item.setText(text)
                item.setToolTip(v.mountpoint)
                self.media.setItem(row, col, item)

    def selected_volume(self) -> Volume | None:
        row = self.media.currentRow()
        return self.volumes[row] if 0 <= row < len(self.volumes) else None

    def _medium_changed(self) -> None:
        vol = self.selected_volume()
        key = vol.key if vol is not None else None
        if key == self._scanned:
            return
        self._scanned = key
        self.hearings = []
        if vol is not None:
            found, _problems = scan_folders(Path(vol.mountpoint))
            self.hearings = sorted(found, key=lambda r: (r.date, r.case_number), reverse=True)
        self._fill_hearings()

    def _to_hearings(self) -> None:
        if self.hearings:
            self.table.setFocus()

    # ------------------------------------------------------------------ hearings
    def _fill_hearings(self) -> None:
        self.table.setRowCount(len(self.hearings))
        for row, rec in enumerate(self.hearings):
            sealed = self.tr("sealed") if rec.package else self.tr("not sealed")
            for col, text in enumerate((rec.date, rec.case_number, rec.courtroom, sealed)):
                item = QTableWidgetItem()
                item.setText(text)
                item.setToolTip(rec.package or rec.folder)
                self.table.setItem(row, col, item)
        if self.hearings:
            self.table.selectRow(0)
        self.no_hearings.setVisible(self.selected_volume() is not None and not self.hearings)
        self._hearing_changed()

    def _hearing_changed(self) -> None:
        self.open_button.setEnabled(0 <= self.table.currentRow() < len(self.hearings))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.hearings):
            rec = self.hearings[row]
            self.choose(Path(rec.package or rec.folder))

    # ------------------------------------------------------------------ texts
    @staticmethod
    def fs_name(fstype: str) -> str:
        """The file system as a secretary knows it (FAT, NTFS), not the driver's name."""
        names = {"vfat": "FAT", "msdos": "FAT", "fusefat": "FAT", "fuseblk": "NTFS"}
        names |= {"ntfs3": "NTFS", "ntfs-3g": "NTFS", "exfat": "exFAT", "iso9660": "CD/DVD"}
        return names.get(fstype, fstype.upper())

    def refill(self) -> None:
        self._fill_media()
        self._fill_hearings()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Open a hearing from a medium"))
        self.media_label.setText(self.tr("&Media plugged in:"))
        self.media.setHorizontalHeaderLabels(
            [
                self.tr("Label"),
                self.tr("Size"),
                self.tr("Free"),
                self.tr("File system"),
                self.tr("Note"),
            ]
        )
        self.no_media.setText(
            self.tr("No medium is plugged in. Plug one in: it appears here by itself.")
        )
        self.hearings_label.setText(self.tr("&Hearings on this medium:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Case"), self.tr("Courtroom"), self.tr("State")]
        )
        self.no_hearings.setText(self.tr("No hearing was found on this medium."))
        self.open_button.setText(self.tr("Open"))
