"""A listening session in court, registered in the copy register (Rules p. 28, 35).

Before the review window opens for a participant (:class:`ListeningDialog`): who listens, as
whom, on which copy application (if any); the session is registered then
(:func:`app.copies.listening.start_session`). When the window closes, the applicant's mark is
asked (:class:`MarkDialog`) and the session is closed with it (``end_session``), which also marks
the application as done. Nothing here touches audio: the review window plays the recording.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store import Catalog, CatalogError
from app.copies.listening import ListeningSession, end_session, start_session
from app.copies.register import RegisterError
from app.hearing.details import ROLES
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable
from ui.widgets.terms import role_label


class ListeningDialog(Retranslatable, QDialog):
    """Who listens, as whom, on which application."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.applicant = QLineEdit()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.application = QSpinBox()
        self.application.setRange(0, 10**9)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00;")
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], self.applicant)
        form.addRow(self.labels[1], self.role)
        form.addRow(self.labels[2], self.application)
        self.buttons = standard_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Listening session in court"))
        self.intro.setText(
            self.tr(
                "The listening session is registered in the copy register (Rules p. 28, 35): "
                "who listens, to which hearing, on which application, and their mark at the end."
            )
        )
        self.labels[0].setText(self.tr("Who listens:"))
        self.labels[1].setText(self.tr("As:"))
        self.labels[2].setText(self.tr("Application No. (0: none):"))
        for i, code in enumerate(ROLES):
            self.role.setItemText(i, role_label(code))


class MarkDialog(QDialog):
    """The applicant's mark that they listened (p. 35)."""

    def __init__(self, applicant: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.mark = QLineEdit()
        self.applicant = applicant
        buttons = standard_buttons(self, QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.mark)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("End of the listening session"))
        self.text.setText(
            self.tr("%1 has listened. Their mark (Rules p. 35):").replace("%1", applicant)
        )
        self.mark.setText(self.tr("Listened to the recording; %1").replace("%1", applicant))


def begin_listening(
    parent: QWidget,
    catalog: Catalog,
    folder: Path,
    operator: str,
    dialog: ListeningDialog | None = None,
) -> ListeningSession | None:
    """Ask who listens and register the session; None when cancelled."""
    dialog = dialog or ListeningDialog(parent)
    while True:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return start_session(
                catalog,
                folder,
                dialog.applicant.text(),
                role=str(dialog.role.currentData() or ""),
                application_id=dialog.application.value() or None,
                operator=operator,
            )
        except (RegisterError, CatalogError) as e:
            dialog.problem.setText(str(e))


class _MarkOnClose(QObject):
    """When the review window closes, asks for the mark (a dialog on the main window, not
    blocking the close) and ends the session with it; dismissed, the session stays open in the
    register, where it shows as unfinished."""

    def __init__(
        self, window: QWidget, owner: QWidget, catalog: Catalog, session: ListeningSession
    ) -> None:
        super().__init__(owner)  # outlives the review window, which Qt deletes on close
        self.owner, self.catalog, self.session = owner, catalog, session
        self.dialog: MarkDialog | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Close and self.dialog is None:
            self.dialog = MarkDialog(self.session.applicant, self.owner)
            self.dialog.accepted.connect(self._marked)
            self.dialog.open()
        return False

    def _marked(self) -> None:
        assert self.dialog is not None
        mark = self.dialog.mark.text().strip()
        if self.session.id is not None and mark:
            # the register must not break the window; an unmarked session shows as open
            with contextlib.suppress(RegisterError, CatalogError):
                self.session = end_session(self.catalog, self.session.id, mark)


def mark_on_close(
    window: QWidget, owner: QWidget, catalog: Catalog, session: ListeningSession
) -> _MarkOnClose:
    return _MarkOnClose(window, owner, catalog, session)
