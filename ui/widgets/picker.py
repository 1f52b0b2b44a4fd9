"""The station's own pickers' common part: a list that follows the media, chosen by keyboard.

The key picker (:class:`ui.station.key_picker.KeyPicker`) and the medium picker
(:class:`ui.review.medium_picker.MediumPicker`) replace Qt's file and folder dialogs (partly
English in Kazakh, and free to wander the whole disk). Both are a :class:`PickerDialog`: a
:class:`app.copies.media.MediaPoller` polled on a timer (plugging a medium in or pulling it out
shows at once; the timer stops when the dialog closes), a button box whose buttons are never
"default" (Enter on the list chooses, Enter on a focused button presses it: issue 18) and always
ends with Cancel, a yellow notice for an empty list, and ``chosen``, the path picked (None when
closed without one). A subclass fills its lists, says in :meth:`poll` what a tick does, and in
:meth:`retranslate` / :meth:`refill` what a language switch changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from app.copies.media import MediaPoller
from ui.widgets.i18n import Retranslatable
from ui.widgets.keyboard import press_focused_button

NOTICE_STYLE = "background:#fff2cc; color:#5a4300; padding:6px;"

Role = QDialogButtonBox.ButtonRole


class PickerDialog(Retranslatable, QDialog):
    """A picker over the media plugged in; ``chosen`` is the path picked."""

    POLL_MS = 1500

    def __init__(self, poller: MediaPoller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.poller = poller or MediaPoller()
        self.buttons = QDialogButtonBox()
        self.cancel_button = QPushButton()
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.poll)

    def add_buttons(self, accept: QPushButton, *actions: QPushButton) -> None:
        """The button that takes the choice, any others, then Cancel; none of them default."""
        self.buttons.addButton(accept, Role.AcceptRole)
        for b in actions:
            self.buttons.addButton(b, Role.ActionRole)
        self.buttons.addButton(self.cancel_button, Role.RejectRole)
        for b in (accept, *actions, self.cancel_button):
            b.setAutoDefault(False)  # Enter on the list chooses; on a button presses it
        self.cancel_button.clicked.connect(self.reject)

    @staticmethod
    def notice() -> QLabel:
        """The yellow line that says why the list is empty and what to do."""
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(NOTICE_STYLE)
        return label

    def start_polling(self) -> None:
        self._timer.start()

    def poll(self) -> None:
        """One tick of the timer: follow the media plugged in and pulled out."""

    def choose(self, path: Path) -> None:
        self.chosen = path
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not press_focused_button(self, event):
            super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
