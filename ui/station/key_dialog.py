"""The "Open signing key" dialog: the secretary opens her PKCS#12 key to sign hearings (p. 14).

The dialog only collects a key file and its password and hands them to the callback it was given
(the composition root's :meth:`app.station.Station.open_key`); it never reads the key itself and
never keeps the password: the field is cleared after every attempt, success or not. On success it
shows who the certificate belongs to, who issued it, how long it is valid, a warning when it
expires within 30 days, and how many hearings that were waiting for a key have now been sealed; on
refusal it shows the :class:`signing.keys.KeyProblem` in plain words, headed by a short translated
reason (wrong password, expired, not yet valid, not a signing key, a GOST key needing NCALayer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.key_files import KeyPlace, usual_places
from app.accounts.keys import EXPIRY_WARNING_DAYS, GOST_MESSAGE, KeyInfo, KeyProblem
from app.copies.media import MediaPoller
from ui.station.key_picker import KeyPicker
from ui.widgets.background import BackgroundCall
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable

OpenKey = Callable[[str | Path, str], tuple[KeyInfo, list[Any]]]
SealWaiting = Callable[[], list[Any]]

OK_STYLE = "background:#d7f0dc; color:#11501f; border:1px solid #6ab47c; padding:6px;"
WARN_STYLE = "background:#fff2cc; color:#5a4300; border:1px solid #d6b656; padding:6px;"
BAD_STYLE = "background:#f8d0d0; color:#7a0000; border:2px solid #c0392b; padding:6px;"


class KeyDialog(Retranslatable, QDialog):
    """Choose a key file, type its password, Open. ``opened`` carries (KeyInfo, [FinishResult]).

    With ``seal_waiting`` (the station's :meth:`app.station.Station.seal_waiting`), ``open_key``
    only opens the key; the hearings that waited for it are then sealed on a worker thread,
    and the dialog says so meanwhile and what was sealed when done."""

    opened = Signal(object, list)

    def __init__(
        self,
        open_key: OpenKey,
        station_folder: Path | None = None,
        parent: QWidget | None = None,
        seal_waiting: SealWaiting | None = None,
        media_poller: Callable[[], MediaPoller] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_key = open_key
        self._seal_waiting = seal_waiting
        self._sealer = BackgroundCall(self)  # not a daemon: no hearing is sealed halfway
        self._sealer.done.connect(self._sealed)
        self._station_folder = station_folder  # its keys/ folder is where keys are looked for
        self._media_poller = media_poller or MediaPoller
        self.picker: KeyPicker | None = None
        self.info: KeyInfo | None = None
        self.path = QLineEdit()
        self.path.setMinimumWidth(380)  # a key's path on a medium is long: most of it shows
        self.browse = QPushButton()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumWidth(460)
        self.outcome.hide()
        self.path_label = QLabel()
        self.password_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.path_label, row)
        form.addRow(self.password_label, self.password)
        self.buttons = standard_buttons(self, QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_key)
        # Enter is handled in keyPressEvent: no button is pressed by Enter unless it has the
        # focus, so Enter after "Choose…" never opens the chooser again and never closes.
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.open_button.setDefault(True)
        self.setTabOrder(self.path, self.browse)
        self.setTabOrder(self.browse, self.password)
        self.setTabOrder(self.password, self.open_button)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The first thing to do has the focus: "Choose…" while no key file is given (Enter
        opens the key picker), else the password."""
        super().showEvent(event)
        (self.password if self.path.text().strip() else self.browse).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter: from the file to the password, from the password it opens the key."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        focus = self.focusWidget()
        if focus is self.path:
            self.password.setFocus()
        elif isinstance(focus, QPushButton):
            if focus.isEnabled():
                focus.click()
        elif self.open_button.isEnabled():
            self.open_key()

    # ------------------------------------------------------------------ actions
    def choose_file(self) -> KeyPicker:
        """The station's key picker (:class:`ui.station.key_picker.KeyPicker`), window-modal over
        this
        dialog: the key files of the station key folder, the media plugged in and the home
        folder. The chosen file goes into the path field and the password is next."""
        poller = self._media_poller()

        def places() -> list[KeyPlace]:
            return usual_places(self._station_folder, poller.volumes)

        self.picker = picker = KeyPicker(places, parent=self, poller=poller)
        picker.finished.connect(lambda _result: self._picked(picker))
        picker.open()
        return picker

    def _picked(self, picker: KeyPicker) -> None:
        if picker.chosen is not None:
            self.path.setText(str(picker.chosen))
        self.password.setFocus()  # the next thing to type; Enter then opens the key
        picker.deleteLater()
        self.picker = None

    def open_key(self) -> bool:
        """Try the key; the password field is emptied whatever happens."""
        path = self.path.text().strip()
        password = self.password.text()
        self.password.clear()
        if not path:
            self._show(BAD_STYLE, self.tr("Choose the key file first."))
            return False
        try:
            info, sealed = self._open_key(Path(path), password)
        except KeyProblem as e:
            head = self.tr("The key was not opened.")
            reason = self.reason(str(e))
            # the problem's own words are English: shown in an English window, or when no short
            # translated reason says what is wrong; a Kazakh or Russian window shows the reason
            english = head == "The key was not opened."
            detail = "<br>" + _escape(str(e)) if english or not reason else ""
            self._show(BAD_STYLE, "<b>" + head + " " + reason + "</b>" + detail)
            return False
        except Exception as e:  # noqa: BLE001 - e.g. sealing a waiting hearing failed: say so
            self._show(
                BAD_STYLE,
                self.tr("Something went wrong while opening the key: %1").replace(
                    "%1", _escape(str(e))
                ),
            )
            return False
        finally:
            del password
        self.info = info
        style = WARN_STYLE if self.expiry_warning(info) else OK_STYLE
        self._show(style, self.describe(info, sealed))
        self.opened.emit(info, sealed)
        if self._seal_waiting is not None and not self._sealer.running:
            self._show(
                style,
                self.describe(info, [])
                + "<br>"
                + self.tr("Sealing the hearings that were waiting for the key…"),
            )
            self.open_button.setEnabled(False)
            self._sealer.start(self._seal_waiting, name="seal-waiting")
        return True

    @property
    def sealing_now(self) -> bool:
        return self._sealer.running

    def _sealed(self, results: Any) -> None:
        if isinstance(results, Exception):  # shown in the dialog, never lost
            results = [SimpleNamespace(sealed=None, problems=[f"sealing failed: {results}"])]
        self.open_button.setEnabled(True)
        if self.info is not None:
            style = WARN_STYLE if self.expiry_warning(self.info) else OK_STYLE
            text = self.describe(self.info, results)
            if not results:
                text += "<br>" + self.tr("No hearings were waiting for the key.")
            self._show(style, text)

    # ------------------------------------------------------------------ texts
    def reason(self, message: str) -> str:
        """A short translated reason for a KeyProblem; its full text follows in English."""
        text = message.lower()
        if message == GOST_MESSAGE or "gost" in text:
            return self.tr(
                "This is a GOST key: it needs NCALayer, which this station does not "
                "have. Open your RSA key file."
            )
        if "password is wrong" in text:
            return self.tr("The password is wrong.")
        if "expired" in text:
            return self.tr("The certificate has expired.")
        if "not valid yet" in text:
            return self.tr("The certificate is not valid yet.")
        if "signing certificate" in text or "may be used for" in text:
            return self.tr("This certificate is not meant for signing.")
        return ""

    def expiry_warning(self, info: KeyInfo, now: dt.datetime | None = None) -> str:
        left = info.not_after - (now or dt.datetime.now(dt.UTC))
        if dt.timedelta(0) <= left <= dt.timedelta(days=EXPIRY_WARNING_DAYS):
            return (
                self.tr(
                    "The certificate expires in %1 day(s), on %2. Apply to the NCA for a "
                    "new key now."
                )
                .replace("%1", str(left.days))
                .replace("%2", f"{info.not_after:%Y-%m-%d}")
            )
        return ""

    def describe(self, info: KeyInfo, sealed: list[Any]) -> str:
        lines = [
            "<b>" + self.tr("The key is open.") + "</b>",
            self.tr("Holder: %1").replace("%1", _escape(info.holder)),
            self.tr("Issuer: %1").replace("%1", _escape(info.issuer)),
            self.tr("Valid from %1 to %2 (UTC)")
            .replace("%1", f"{info.not_before:%Y-%m-%d}")
            .replace("%2", f"{info.not_after:%Y-%m-%d}"),
        ]
        warning = self.expiry_warning(info)
        if warning:
            lines.append("<b>" + warning + "</b>")
        done = sum(1 for r in sealed if getattr(r, "sealed", None) is not None)
        if sealed:
            lines.append(
                self.tr("Hearings that were waiting for the key and are now sealed: %1").replace(
                    "%1", str(done)
                )
            )
            for r in sealed:
                lines += [_escape(p) for p in getattr(r, "problems", [])]
        return "<br>".join(lines)

    def _show(self, style: str, html: str) -> None:
        self.outcome.setStyleSheet(style)
        self.outcome.setText(html)
        self.outcome.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open signing key"))
        self.path_label.setText(self.tr("Key file (.p12, .pfx)"))
        self.password_label.setText(self.tr("Password"))
        self.browse.setText(self.tr("Choose…"))
        self.open_button.setText(self.tr("Open"))
        self.password.setPlaceholderText(self.tr("never stored"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
