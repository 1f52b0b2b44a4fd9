"""Qt's own words in a Kazakh or Russian window (issue 18): the context menu of every line edit
and spin box (Undo, Cut, Copy, Paste, Select All…), the standard buttons of dialogs and message
boxes. They come from qtbase_kk/qtbase_ru, installed with the station's translation by
:class:`ui.widgets.i18n.Languages`; without them a right click in any field showed English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QSpinBox

from tests.ui.screen_check import WORD

ALLOWED = {"Ctrl", "Shift", "Alt", "OK"}  # key names; "OK" is how Qt's Russian writes it


def latin(texts: list[str]) -> list[str]:
    words = [w for t in texts for w in WORD.findall(t.split("\t")[0].replace("&", ""))]
    return [w for w in words if w not in ALLOWED]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_line_edit_and_spin_box_menus_and_standard_buttons(qtbot, languages, lang) -> None:  # type: ignore[no-untyped-def]
    languages.switch(lang)
    edit = QLineEdit("мәтін")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert len(texts) >= 6 and not latin(texts), texts
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin_menu = spin.lineEdit().createStandardContextMenu()
    assert not latin([a.text() for a in spin_menu.actions()])
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Open
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(box)
    buttons = [b.text() for b in box.buttons()]
    assert len(buttons) == 7 and not latin(buttons), buttons
    message = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(message)
    message.setDetailedText("…")
    assert not latin([b.text() for b in message.buttons()]), [b.text() for b in message.buttons()]
