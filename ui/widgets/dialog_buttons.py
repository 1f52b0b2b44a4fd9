"""A dialog's row of Qt's standard buttons, wired to the dialog: one way for every dialog.

:func:`standard_buttons` makes the :class:`QDialogButtonBox` of OK / Cancel / Close / Open… whose
words come from Qt's own translations (qtbase_kk, qtbase_ru, installed by
:class:`ui.widgets.i18n.Languages`), with "accepted" going to the dialog's ``accept`` (or to the
function given, when the dialog checks first) and "rejected" to its ``reject``. A button of the
station's own (its text translated by the dialog) is added with ``QDialogButtonBox.addButton``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Standard = QDialogButtonBox.StandardButton
OK_CANCEL = Standard.Ok | Standard.Cancel


def standard_buttons(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton = OK_CANCEL,
    accept: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """``buttons`` for ``dialog``: accepting calls ``accept`` (the dialog's own by default),
    rejecting (Cancel, Close, Escape) the dialog's ``reject``."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
