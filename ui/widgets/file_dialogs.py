"""The station's save dialog: Qt's own file dialog, with every word in the window's language.

Where a person saves a file (a document, the markers, a clip) the station shows Qt's widget-based
file dialog, never the system's native one, so that it speaks the station's language rather than
the PC's. Qt's translations (qtbase_kk, qtbase_ru) do not cover all of it: qtbase_ru has "Look
in:" and "Files of type:" but not Qt 6's "&Look in:" and "Files of &type:", and the size column
is written by Qt in the PC's locale with IEC units ("4.88 KiB") that no translation reaches. So
:func:`ask_save_path` sets the dialog's labels from the station's own translations (context
``FileDialog``), and :class:`FileListInWords` writes the size column as
:func:`size_text` does (bytes, KB, MB, GB in the window's language, with its decimal separator),
the date as the station writes dates (``yyyy-MM-dd HH:mm``) and a folder's type as "Folder"
in the window's language (qtbase_ru leaves it English). Qt's own translations still give the
column titles, the tool buttons' tips, the side bar and the "replace it?" question; a file's type
("WAV аудиосы", "Документ PDF") is the system's MIME database's name for it in the window's
language (shared-mime-info), English only for a type the system does not translate.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView, QWidget

SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3  # QFileSystemModel's, after the name


def size_text(size: int) -> str:
    """A file's or medium's size for a person: bytes, KB, MB or GB (powers of 1000, as on the
    medium's label), in the window's language and with its decimal separator."""
    locale = QLocale()
    if size >= 10**9:
        return QCoreApplication.translate("FileDialog", "%1 GB").replace(
            "%1", locale.toString(size / 1e9, "f", 1)
        )
    if size >= 10**6:
        return QCoreApplication.translate("FileDialog", "%1 MB").replace(
            "%1", locale.toString(size / 1e6, "f", 0)
        )
    if size >= 10**3:
        return QCoreApplication.translate("FileDialog", "%1 KB").replace(
            "%1", locale.toString(size / 1e3, "f", 0)
        )
    return QCoreApplication.translate("FileDialog", "%1 bytes").replace("%1", str(size))


class FileListInWords(QIdentityProxyModel):
    """The dialog's file list with the size, a folder's type and the date written by the
    station, not by Qt's system locale; everything else as Qt's file system model gives it."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        model = self.sourceModel()
        column = index.column()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and column in (SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN)
            and isinstance(model, QFileSystemModel)
        ):
            source = self.mapToSource(index)
            if column == DATE_COLUMN:
                return model.lastModified(source).toString("yyyy-MM-dd HH:mm")
            if column == TYPE_COLUMN:  # qtbase_ru calls a folder "Folder"
                if model.isDir(source):
                    return QCoreApplication.translate("FileDialog", "Folder")
                return super().data(index, role)  # the system's file types, in its language
            return "" if model.isDir(source) else size_text(model.size(source))
        return super().data(index, role)


def save_dialog(
    parent: QWidget | None, title: str, suggested: str, filters: list[str]
) -> QFileDialog:
    """The save dialog, not yet shown: ``suggested`` is the file name (or path) offered,
    ``filters`` the translated file types ("PDF document (*.pdf)"), the first one chosen."""
    dialog = QFileDialog(parent, title, suggested)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if filters:
        dialog.setNameFilters(filters)
    suffix = Path(suggested).suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)  # a name typed without it gets it
    dialog.setProxyModel(FileListInWords(dialog))
    _widen_columns(dialog)
    Label = QFileDialog.DialogLabel
    dialog.setLabelText(Label.LookIn, QCoreApplication.translate("FileDialog", "&Look in:"))
    dialog.setLabelText(Label.FileName, QCoreApplication.translate("FileDialog", "File &name:"))
    dialog.setLabelText(Label.FileType, QCoreApplication.translate("FileDialog", "Files of &type:"))
    dialog.setLabelText(Label.Accept, QCoreApplication.translate("FileDialog", "&Save"))
    dialog.setLabelText(Label.Reject, QCoreApplication.translate("FileDialog", "Cancel"))
    return dialog


def _widen_columns(dialog: QFileDialog) -> None:
    """Size, type and date wide enough to be read whole ("1,5 ГБ", "Текстовый документ")."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    fm = view.fontMetrics()
    header = view.header()
    header.resizeSection(SIZE_COLUMN, fm.horizontalAdvance("999,9 МБ") + 24)
    header.resizeSection(TYPE_COLUMN, fm.horizontalAdvance("Текстовый документ") + 24)
    header.resizeSection(DATE_COLUMN, fm.horizontalAdvance("2026-12-04 10:06") + 24)


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: list[str] | None = None
) -> str:
    """Where to save: the path chosen, or "" when the person cancelled."""
    dialog = save_dialog(parent, title, suggested, filters or [])
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
