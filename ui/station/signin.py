"""The sign-in dialog shown at start-up (Rules p. 20: the equipment is protected against access).

:func:`ui.main.run_gui` shows :class:`SigninDialog` before the main window only when the station
has at least one account (:func:`station_has_accounts`). A station with no accounts — the first
run, a demonstration — opens without signing in, exactly as the command line does
(:func:`app.cli.accounts.require_sign_in`); the first account is made with ``zhazba account add``.
A person signs in with a username and password (:meth:`app.accounts.roles.AccountStore.sign_in`), or
with their signing key: the existing :class:`ui.station.key_dialog.KeyDialog` opens the PKCS#12
file and the certificate names the account
(:meth:`~app.accounts.roles.AccountStore.sign_in_with_certificate`). Only a role that records (the
secretary) hands the opened key to the station (:meth:`app.station.Station.open_key`), which seals
the hearings waiting for it (p. 14); anyone else's key is used for signing in and then dropped, so
it never seals a hearing. A wrong password and an unknown username get the same message, and the
password field is emptied after every attempt. Too many wrong passwords lock the name for a while
(:class:`app.accounts.roles.AccountLocked`): the dialog says until when and that an administrator
can unlock it. Cancel means nobody signed in: the program quits. The result is :attr:`account`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.keys import KeyInfo, KeyProblem, open_key_file
from app.accounts.roles import Account, AccountError, AccountLocked, AccountStore
from app.catalog.store import Catalog
from app.copies.media import MediaPoller
from ui.station.key_dialog import BAD_STYLE, KeyDialog, OpenKey
from ui.station.permissions import permissions_for
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable


def role_name(role: str) -> str:
    """An account role (``app.accounts.roles.ROLES``) in the window's language (RULES.md words)."""
    t = QCoreApplication
    names = {
        "secretary": t.translate("Roles", "secretary of the court hearing"),
        "judge": t.translate("Roles", "judge"),
        "technician": t.translate("Roles", "technician"),
        "administrator": t.translate("Roles", "administrator"),
    }
    return names.get(role, role)


def signed_in_text(name: str, role: str) -> str:
    """The status-bar text: who is signed in, and as what."""
    return (
        QCoreApplication.translate("SigninDialog", "Signed in: %1 (%2)")
        .replace("%1", name)
        .replace("%2", role_name(role))
    )


def recording_refusal(role: str | None) -> str:
    """Why ``role`` may not start a recording ("" when it may, or with no accounts)."""
    if role is None or permissions_for(role).record:
        return ""
    return QCoreApplication.translate(
        "SigninDialog",
        "You are signed in as %1: only the secretary of the court hearing records a hearing "
        "(Rules p. 7, 20).",
    ).replace("%1", role_name(role))


def station_has_accounts(catalog_path: Path, open_catalog: Callable[[], Catalog]) -> bool:
    """Whether sign-in is needed: the catalog exists and holds at least one account. A station
    without a catalog has no accounts, and is not given an empty one just by asking."""
    if not catalog_path.exists():
        return False
    with open_catalog() as catalog:
        return AccountStore(catalog).count() > 0


class SigninDialog(Retranslatable, QDialog):
    """Username and password, or the signing key. ``signedIn`` carries the :class:`Account`."""

    signedIn = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        accounts: AccountStore,
        open_key: OpenKey,
        *,
        station_folder: Path | None = None,
        media_poller: Callable[[], MediaPoller] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._open_key = open_key
        self._station_folder = station_folder
        self._media_poller = media_poller
        self.account: Account | None = None
        self.key_dialog: KeyDialog | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.password_label = QLabel()
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        self.message = QLabel()
        self.message.setObjectName("signinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(BAD_STYLE)
        self.message.hide()
        self.sign_in_button = QPushButton()
        self.key_button = QPushButton()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.buttons = standard_buttons(self, QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.addWidget(line)
        layout.addWidget(self.key_button)
        self.setMinimumWidth(480)
        self._enter_never_cancels()
        self.sign_in_button.clicked.connect(self.sign_in)
        self.key_button.clicked.connect(self.show_key_dialog)
        self.username.setFocus()
        self.retranslate()

    def _enter_never_cancels(self) -> None:
        """Enter is handled in keyPressEvent, never by a default button: Cancel (which ends the
        program at start-up) must never be what Enter presses. Sign in is shown as the default
        once it sits in the dialog (a default set before that is lost, and Qt then makes the
        first auto-default button, Cancel, the default)."""
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.sign_in_button.setDefault(True)

    # ------------------------------------------------------------------ password
    def sign_in(self) -> bool:
        """Check the username and password; the password field is emptied whatever happens."""
        username = self.username.text().strip()
        password = self.password.text()
        self.password.clear()
        try:
            account = self._accounts.sign_in(username, password)
        except AccountLocked as e:
            # said the same for an unknown name (it is counted and locked like a known one)
            self._refuse(
                self.tr(
                    "Too many wrong passwords: this account is locked until %1 (%2 min). Wait, "
                    "or ask the administrator to unlock it."
                )
                .replace("%1", e.until.astimezone().strftime("%H:%M"))
                .replace("%2", str(e.minutes))
            )
            self.password.setFocus()
            return False
        except AccountError as e:
            # one message for an unknown name and a wrong password: nobody learns which names
            # exist; "disabled" is said only after the right password
            if "disabled" in str(e):
                self._refuse(self.tr("This account is disabled. Ask the administrator."))
            else:
                self._refuse(self.tr("Wrong username or password."))
            self.password.setFocus()
            return False
        finally:
            del password
        self._signed_in(account)
        return True

    # ------------------------------------------------------------------ key
    def show_key_dialog(self) -> KeyDialog:
        if self.key_dialog is None:
            self.key_dialog = KeyDialog(
                self._open_key_and_sign_in,
                self._station_folder,
                parent=self,
                media_poller=self._media_poller,
            )
            self.key_dialog.opened.connect(self._key_opened)
        self.key_dialog.open()  # window-modal over this dialog
        return self.key_dialog

    def _open_key_and_sign_in(self, path: str | Path, password: str) -> tuple[KeyInfo, list[Any]]:
        """KeyDialog's callback: open the file, find the certificate's account and, for a role
        that records, make the key the station's (which seals waiting hearings, p. 14)."""
        opened, info = open_key_file(path, password)  # KeyProblem: the key dialog says why
        try:
            account = self._accounts.sign_in_with_certificate(opened.certificate)
        except AccountError as e:
            raise KeyProblem(
                self.tr(
                    "You are not signed in: no account on this station is linked to this "
                    "certificate, or that account is disabled. Ask the administrator."
                )
            ) from e
        finally:
            del opened
        sealed: list[Any] = []
        if permissions_for(account.role).open_key:
            info, sealed = self._open_key(path, password)
        self.account = account
        return info, sealed

    def _key_opened(self, _info: KeyInfo, _sealed: list[Any]) -> None:
        if self.key_dialog is not None:
            self.key_dialog.accept()
        if self.account is not None:
            self._signed_in(self.account)

    # ------------------------------------------------------------------ outcome
    def _signed_in(self, account: Account) -> None:
        self.account = account
        self.message.hide()
        self.signedIn.emit(account)
        self.accept()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter moves from the name to the password, and signs in from the password; on a
        button it presses that button. It never cancels: a refused attempt stays here."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        focus = self.focusWidget()
        if focus is self.username:
            if self.username.text().strip():
                self.password.setFocus()
        elif isinstance(focus, QPushButton) and focus.isEnabled():
            focus.click()
        else:
            self.sign_in()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Zhazba"))
        self.heading.setText(self.tr("Sign in to the recording station"))
        self.explanation.setText(
            self.tr(
                "The station is protected against access (Rules p. 20): sign in with your "
                "account, or with your signing key if your account is linked to it."
            )
        )
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("never stored"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.key_button.setText(self.tr("Sign in with signing key…"))
