"""Small widgets of the hearing form that behave as a keyboard user expects.

:class:`WholeDateEdit` is a date field that Tab leaves at once: Qt's date edit moves Tab through
its year, month and day sections first, so the form needed three Tabs to get past the date (the
sections are still reached with the arrow keys, and the calendar opens with Alt+Down).
:func:`fill_coded_combo` fills a choice of codes (instance, category, role) with their texts in
the window's language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from ui.widgets import terms


class WholeDateEdit(QDateEdit):
    """A date edit that Tab and Shift+Tab leave instead of stepping through its sections."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


def fill_coded_combo(combo: QComboBox, codes: tuple[str, ...], table: dict[str, str]) -> None:
    """Fill ``combo`` with ``codes`` shown in the window's language (``table``: their English
    texts, :mod:`ui.widgets.terms`), each code as the item's data; the choice made is kept and
    no change is signalled (a language switch is not an edit)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in codes:
        combo.addItem(terms.tr_term(table, code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
