"""Small widgets of the hearing form that behave as a keyboard user expects.

:class:`WholeDateEdit` is a date field that Tab leaves at once: Qt's date edit moves Tab through
its year, month and day sections first, so the form needed three Tabs to get past the date (the
sections are still reached with the arrow keys, and the calendar opens with Alt+Down).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class WholeDateEdit(QDateEdit):
    """A date edit that Tab and Shift+Tab leave instead of stepping through its sections."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)
