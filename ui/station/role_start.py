"""Who is signed in, where each role starts, and signing out or switching user.

:class:`SignedIn` holds the account the sign-in dialog returned and applies it to the window: the
station menu enables what the role may do (:meth:`ui.station.menu.StationMenu.apply_role`) and the
window opens where that person's work is — the secretary on the hearing form (or the hearing being
recorded), the judge on the library of sealed hearings (:class:`ui.review.library.HearingLibrary`,
opening one opens the review), the technician on the equipment self-check. "Sign out / switch
user…" in the Station menu closes what the last person opened and asks for a sign-in again; Cancel
then ends the program, exactly as at start-up; meanwhile the window shows nothing of the last
person's work. It is refused while a hearing is recorded or sealed: the recording belongs to the
secretary who started it, and the window may not be left then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.accounts.roles import Account
from ui.recording.window import MainWindow
from ui.review.library import HearingLibrary
from ui.station.menu import StationMenu

SignIn = Callable[[QWidget | None], Account | None]


def person(account: Account | None) -> str:
    """The name shown for ``account`` ("" for nobody)."""
    return (account.display_name or account.username) if account is not None else ""


class SignedIn(QObject):
    """The signed-in account of one window; ``sign_in`` asks for the next one."""

    def __init__(
        self,
        window: MainWindow,
        menu: StationMenu,
        account: Account | None,
        sign_in: SignIn,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        self.account = account
        self._sign_in = sign_in
        self.library: HearingLibrary | None = None
        self.refusal: QMessageBox | None = None
        menu.switch_user_action.setVisible(account is not None)
        menu.switch_user_action.triggered.connect(self.switch_user)

    def person(self) -> str:
        return person(self.account)

    def apply(self) -> None:
        """The role's permissions in the menu, and its start page in the window."""
        account = self.account
        if account is None:
            return
        self.menu.apply_role(
            account.role, person(account), recording=self.window.set_recording_allowed
        )
        self.menu.expected_key_subject = account.certificate_subject
        secretary = self.window.form.secretary
        if account.role == "secretary" and not secretary.isReadOnly():
            secretary.setText(person(account))  # not a certificate's name: hers, as signed in
        self.start_page(account.role)

    def start_page(self, role: str) -> Any:
        """Open the window where ``role`` works; returns the page shown."""
        w = self.window
        if role == "judge":
            self.library = HearingLibrary(self.menu.catalog())
            self.library.openRequested.connect(lambda path: self.menu.open_review(path))
            w.show_role_page(self.library)
            self.library.table.setFocus()
            return self.library
        self.library = None
        if role == "technician":
            page = self.menu.self_check_widget()
            w.show_role_page(page)
            return page
        w.show_work_page()
        return w.stack.currentWidget()

    def switch_user(self) -> Account | None:
        """Sign out and let the next person sign in; None when nobody did (the window closes)."""
        w = self.window
        if w.recording or (w.vm is not None and w.vm.finishing_now):
            self.refusal = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Sign out"),
                self.tr(
                    "A hearing is being recorded or sealed in this window: end it and wait for "
                    "the seal before another person signs in."
                ),
                QMessageBox.StandardButton.Ok,
                w,
            )
            self.refusal.open()
            return None
        self.menu.close_opened()
        # nothing of the last person's work stays on screen while the next one signs in
        blank = QLabel(self.tr("Nobody is signed in."))
        blank.setAlignment(Qt.AlignmentFlag.AlignCenter)
        w.show_role_page(blank)
        w.menuBar().setEnabled(False)
        self.menu.user_status.hide()  # nobody is signed in meanwhile
        account = self._sign_in(w)
        w.menuBar().setEnabled(True)
        if account is None:  # nobody signed in: the program ends, as at start-up
            w.close()
            return None
        self.account = account
        self.apply()
        w.activateWindow()
        return account
