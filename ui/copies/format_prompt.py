"""Formatting the medium from the copy dialog, before the copy is written (Rules p. 33).

:class:`FormatBeforeCopy` is the part of :class:`ui.copies.export_dialog.ExportDialog` that
formats: when "Format the medium first" is ticked it finds the medium's device, asks, and hands
the dialog's worker the call to :func:`app.copies.medium_format.format_medium` (a fresh exFAT
file system labelled with the case), which runs before the copy. Formatting destroys everything
on the medium, so the question names it three ways — its label, its device and where it is
mounted — with the file system and the label it will get, and its default button (Enter,
Escape) is Cancel: only a deliberate click on "Format and write" formats.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QMessageBox, QWidget

from app.copies.case_file import read_bag_info
from app.copies.media import Volume
from app.copies.medium import ClearPlan
from app.copies.medium_format import device_for, format_medium, label_for_case
from ui.widgets.i18n import tr_msg

FORMAT_FS = "exfat"  # read and written by every court and home computer, files over 4 GB


def format_question(
    parent: QWidget | None, name: str, device: str, mountpoint: str, label: str, filesystem: str
) -> tuple[QMessageBox, QAbstractButton]:
    """The question, not yet shown, and its "Format and write" button (the caller runs
    ``exec()`` and compares the clicked button with it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("FormatPrompt", "Format the medium?"))
    text = QCoreApplication.translate(
        "FormatPrompt",
        "The medium %1 (device %2, mounted at %3) will be FORMATTED as %4 with the label %5 "
        "before the copy is written (Rules p. 33). EVERYTHING on it will be lost.",
    )
    fs = {"exfat": "exFAT", "fat32": "FAT32"}.get(filesystem, filesystem)
    for key, value in (("%1", name), ("%2", device), ("%3", mountpoint), ("%4", fs), ("%5", label)):
        text = text.replace(key, value)
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "FormatPrompt", "Check that this is the medium for the copy, and no other disk."
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("FormatPrompt", "Format and write"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # Enter never formats
    box.setEscapeButton(cancel)
    return box, yes


class FormatBeforeCopy:
    """Mixed into the copy dialog, which provides the widgets named below."""

    format_first: QCheckBox
    status: QLabel
    protected: list[Path]
    format_prompt: QMessageBox | None = None
    clear_prompt: QMessageBox | None = None

    def confirm_clear(self, plan: ClearPlan) -> bool:
        """Ask before anything is deleted (clearing a medium that is not formatted here; default:
        Cancel); tests replace this method. Its words are the copy dialog's."""
        box = QMessageBox(self if isinstance(self, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ExportDialog", "Clear the medium?"))
        box.setText(
            QCoreApplication.translate(
                "ExportDialog",
                "The medium is not empty. The Rules (p. 33) require clearing it "
                "before the copy. Everything listed will be DELETED.",
            )
        )
        box.setDetailedText(tr_msg(plan.describe(limit=200)))
        box.setInformativeText(tr_msg(plan.describe(limit=12)))
        delete = box.addButton(
            QCoreApplication.translate("ExportDialog", "Delete and write"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter never deletes: clearing needs a deliberate click
        box.setEscapeButton(cancel)
        self.clear_prompt = box
        box.exec()
        return box.clickedButton() is delete

    def confirm_format(self, vol: Volume, device: str, label: str) -> bool:
        """Ask before the medium is formatted (default: Cancel); tests replace this method."""
        name = vol.label or Path(vol.mountpoint).name or vol.mountpoint
        parent = self if isinstance(self, QWidget) else None
        box, yes = format_question(parent, name, device, vol.mountpoint, label, FORMAT_FS)
        self.format_prompt = box
        box.exec()
        return box.clickedButton() is yes

    def formatting(self, vol: Volume, package: str) -> Callable[[], object] | None | bool:
        """What formats the medium before the copy (None: not asked to; False: refused)."""
        if not self.format_first.isChecked():
            return None
        case = read_bag_info(Path(package)).get("Case-Number", "")
        device = device_for(vol.mountpoint, vol.device)
        if device is None:
            self.status.setText(
                QCoreApplication.translate(
                    "FormatPrompt",
                    "The device of this medium is not known, so it cannot be formatted here: "
                    "untick formatting to clear it instead.",
                )
            )
            return False
        if not self.confirm_format(vol, device, label_for_case(case)):
            self.status.setText(
                QCoreApplication.translate(
                    "FormatPrompt", "Not confirmed: the medium was not formatted."
                )
            )
            return False
        protected = self.protected

        def run() -> object:
            return format_medium(
                vol.mountpoint,
                case,
                FORMAT_FS,
                confirm=lambda _what: True,  # asked above, naming the device
                device=device,
                protected=protected,
            )

        return run
