"""Enter on a focused button presses it, in the station's dialogs that have no default button.

The station's dialogs give no button the "default" role (Enter must never close a dialog or
destroy anything by surprise: issue 18), so Qt would let Enter do nothing on a button that has
the keyboard focus — only Space would press it. A person who tabs to a button and presses Enter
expects it pressed: :func:`press_focused_button` does that from a dialog's ``keyPressEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

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
