"""Enter on a focused button presses it, in the station's dialogs that have no default button.

The station's dialogs give no button the "default" role (Enter must never close a dialog or
destroy anything by surprise: issue 18), so Qt would let Enter do nothing on a button that has
the keyboard focus — only Space would press it. A person who tabs to a button and presses Enter
expects it pressed: :func:`press_focused_button` does that from a dialog's ``keyPressEvent``.
:class:`EnterTable` is a read-only list of rows where Enter (or a double click) chooses the row
and Tab leaves the list, as the pickers and the library use it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def press_focused_button(window: QWidget, event: QKeyEvent) -> bool:
    """Enter on an enabled button that has the focus clicks it; True when it did."""
    if event.key() not in ENTER_KEYS:
        return False
    focus = window.focusWidget()
    if isinstance(focus, QAbstractButton) and focus.isEnabled() and focus.isVisible():
        event.accept()
        focus.click()
        return True
    return False


class EnterTable(QTableWidget):
    """A read-only table of whole rows where Enter chooses the current row."""

    activatedRow = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.cellDoubleClicked.connect(lambda row, _col: self.activatedRow.emit(row))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activatedRow.emit(self.currentRow())
            return
        super().keyPressEvent(event)
