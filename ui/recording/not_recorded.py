""" "Not recorded, because: …" — a hearing held without recording, on a ground of Rules p. 3.

The secretary fills in the hearing form as for any hearing and, instead of starting the
recording, states the lawful ground: a civil case heard without summoning the parties (p. 3 (1)),
an administrative-offence case with guilt fully admitted (p. 3 (2)), or equipment that is faulty,
missing or unusable (p. 3 (3)). :func:`declare_not_recorded` makes the hearing folder, journals the
ground (:mod:`app.hearing.not_recorded`) and has the station write the protocol (and, for a
technical ground, the act) and seal it — as after a start that failed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.hearing.not_recorded import GROUNDS, ground_problem, record_not_recorded
from app.hearing.session import HearingSession, SessionError
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable, tr_msg
from ui.widgets.keyboard import ENTER_KEYS, press_focused_button


class NotRecordedDialog(Retranslatable, QDialog):
    """Choose the ground (only those that fit the case) and add a note."""

    def __init__(self, category: str, instance: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.ground = QComboBox()
        self.codes = [g for g in GROUNDS if ground_problem(g, category, instance) is None]
        for _ in self.codes:
            self.ground.addItem("")
        self.note = QLineEdit()
        self.ground_label = QLabel()
        self.note_label = QLabel()
        form = QFormLayout()
        form.addRow(self.ground_label, self.ground)
        form.addRow(self.note_label, self.note)
        self.buttons = standard_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.codes))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Declaring a hearing not recorded closes it for good: Enter in the note never does it
        # (no default button); Enter goes from the note to OK, and presses a focused button.
        for b in self.buttons.buttons():
            if isinstance(b, QPushButton):
                b.setAutoDefault(False)
                b.setDefault(False)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        for b in self.buttons.buttons():  # the button box makes OK the default when shown
            if isinstance(b, QPushButton):
                b.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if press_focused_button(self, event):
            return
        if event.key() in ENTER_KEYS:
            event.accept()
            if self.focusWidget() in (self.ground, self.note):
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def labels(self) -> dict[str, str]:
        return {
            "civil_no_summons": self.tr(
                "civil case heard without summoning the parties (writ or simplified written "
                "proceedings) — Rules p. 3 (1)"
            ),
            "offence_admitted": self.tr(
                "administrative offence: the person fully admits guilt and does not ask for "
                "evidence to be examined — Rules p. 3 (2)"
            ),
            "technical": self.tr(
                "equipment faulty, missing or unusable for technical reasons — Rules p. 3 (3)"
            ),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hearing not recorded"))
        if self.codes:
            intro = self.tr(
                "The hearing is held without audio recording. Choose the ground of Rules p. 3; "
                "the brief protocol will state it."
            )
        else:
            intro = self.tr("No ground of Rules p. 3 fits this hearing: it must be recorded.")
        self.intro.setText(intro)
        self.ground_label.setText(self.tr("Not recorded, because:"))
        self.note_label.setText(self.tr("Note:"))
        labels = self.labels()
        for i, code in enumerate(self.codes):
            self.ground.setItemText(i, labels[code])

    @property
    def chosen(self) -> str:
        return self.codes[self.ground.currentIndex()] if self.codes else ""


class NotRecordedButton(Retranslatable, QPushButton):
    """The window's "Not recorded…" button; it translates itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Not recorded…"))
        self.setToolTip(self.tr("The hearing is held without recording, on a ground of Rules p. 3"))


def declare_not_recorded(window: Any, ground: str | None = None, note: str = "") -> Any:
    """From the main window: the form's hearing, not recorded on the chosen ground. ``ground``
    given (tests): no dialog. Returns the station's result, or None when nothing was done."""
    if window.session is not None or not window.form.validate():
        window.message.setText(
            QCoreApplication.translate(
                "NotRecordedDialog", "The hearing details are not complete: see the marked fields."
            )
        )
        return None
    info = window.form.info()
    if ground is None:
        dialog = NotRecordedDialog(info.category, info.instance, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen:
            return None
        ground, note = dialog.chosen, dialog.note.text()
    st = window.station
    problem = ground_problem(ground, info.category, info.instance)
    try:
        if problem is not None:
            raise SessionError(tr_msg(problem))
        session = HearingSession.create(
            st.recordings_root,
            info,
            channels=window.form.channels.value(),
            rate=st.rate,
            bits=st.bits,
            source_name="none",
            taken=getattr(st, "hearing_id_taken", None),
        )
        record_not_recorded(session, ground, note)
    except (SessionError, OSError) as e:
        window.message.setText(str(e))
        return None
    result = st.after_failed_start(session.folder) if st.after_failed_start else None
    window.message.setText(
        QCoreApplication.translate("NotRecordedDialog", "Not recorded (Rules p. 3): %1").replace(
            "%1", session.folder.name
        )
    )
    return result
