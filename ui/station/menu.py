"""The glue between the secretary's main window and the station's other windows.

:func:`install_station_menu` adds a "Station" menu (or, when the window already has a menu bar, a
toolbar) to a main window: open and close the signing key (:class:`ui.station.key_dialog.KeyDialog`,
Rules p. 14), review a hearing or hold a participant's listening session
(:class:`ui.review.window.ReviewWindow`, p. 28), copy a sealed package to a medium
(:class:`ui.copies.export_dialog.ExportDialog`, p. 12, 33) and run the equipment self-check
(:class:`ui.selfcheck.window.SelfCheckWindow`). Everything comes in through the arguments — the
Qt-free :class:`app.station.Station` above all — and the opened windows are kept in the returned
:class:`StationMenu` so Python never collects a window that is still on screen. The status bar
shows whose key is open and, once someone has signed in, who it is; :meth:`StationMenu.apply_role`
enables only what that role may do (:mod:`ui.station.permissions`, Rules p. 20). The message boxes
after a hearing and after start-up recovery live in :mod:`ui.station.reports` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from app.catalog.store import Catalog
from app.selfcheck.checks import SelfCheckSettings
from app.selfcheck.report import open_history
from app.station import Station
from ui.copies.documents_dialog import documents_language
from ui.station.key_dialog import KeyDialog
from ui.station.permissions import RolePermissions, permissions_for
from ui.station.reports import finish_text, report_finish, report_recovery
from ui.station.signin import recording_refusal, signed_in_text

__all__ = [
    "StationMenu",
    "finish_text",
    "install_station_menu",
    "report_finish",
    "report_recovery",
]

RecordingSink = Callable[[bool, str], None]  # MainWindow.set_recording_allowed


class StationMenu(QObject):
    """The actions, the key dialog, the status-bar label and every window opened from here."""

    def __init__(
        self,
        window: QMainWindow,
        core: Station,
        *,
        who: Callable[[], str],
        ca_file: Path | None,
        settings_for_selfcheck: SelfCheckSettings | Callable[[], SelfCheckSettings],
        languages: Any = None,
        review_sink: Callable[[], Any] | None = None,
        media_poller: Callable[[], Any] | None = None,
        selfcheck_source_factory: Any = None,
        selfcheck_key: Callable[[], Any] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.core = core
        self.who = who
        self.ca_file = ca_file
        self._selfcheck_settings = settings_for_selfcheck
        self._review_sink = review_sink
        self._media_poller = media_poller
        self._selfcheck_source_factory = selfcheck_source_factory
        self._selfcheck_key = selfcheck_key
        self._catalog: Catalog | None = None
        self.key_dialog: KeyDialog | None = None
        self.opened: list[QWidget] = []  # windows opened from here, kept alive while shown
        self.listening_marks: list[QObject] = []  # listening sessions waiting for their mark
        self.permissions: RolePermissions = permissions_for(None)  # no accounts: all allowed
        self.signed_in = ""  # the signed-in person's name ("" with no accounts on the station)
        self.expected_key_subject: str | None = None  # her certificate, when her account has one
        self._recording_sink: RecordingSink | None = None
        self.open_key_action = QAction(window)
        self.close_key_action = QAction(window)
        self.review_action = QAction(window)
        self.listening_action = QAction(window)
        self.export_action = QAction(window)
        self.documents_action = QAction(window)
        self.selfcheck_action = QAction(window)
        self.switch_user_action = QAction(window)  # shown once a sign-in handler is given
        self.switch_user_action.setVisible(False)
        self.actions = [
            self.open_key_action,
            self.close_key_action,
            None,
            self.review_action,
            self.listening_action,
            self.export_action,
            self.documents_action,
            None,
            self.selfcheck_action,
            None,
            self.switch_user_action,
        ]
        self.open_key_action.triggered.connect(self.show_key_dialog)
        self.close_key_action.triggered.connect(self.close_key)
        self.review_action.triggered.connect(lambda: self.review(listening_session=False))
        self.listening_action.triggered.connect(lambda: self.review(listening_session=True))
        self.export_action.triggered.connect(self.copy_to_medium)
        self.documents_action.triggered.connect(self.documents)
        self.selfcheck_action.triggered.connect(self.self_check)
        self.menu = None
        self.toolbar: QToolBar | None = None
        if window.menuWidget() is None:
            self.menu = window.menuBar().addMenu("")
            container: Any = self.menu
        else:
            self.toolbar = QToolBar(window)
            self.toolbar.setObjectName("stationToolbar")
            window.addToolBar(self.toolbar)
            container = self.toolbar
        for action in self.actions:
            if action is None:
                container.addSeparator()
            else:
                container.addAction(action)
        self.user_status = QLabel()  # who is signed in; hidden with no accounts
        self.user_status.hide()
        window.statusBar().addPermanentWidget(self.user_status)
        self.key_status = QLabel()
        window.statusBar().addPermanentWidget(self.key_status)
        window.installEventFilter(self)
        window.destroyed.connect(self._close_catalog)
        if languages is not None and hasattr(languages, "changed"):
            languages.changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    # ------------------------------------------------------------------ role
    def apply_role(
        self, role: str | None, name: str = "", *, recording: RecordingSink | None = None
    ) -> RolePermissions:
        """Enable only what ``role`` may do and show who is signed in; ``recording`` (the main
        window's ``set_recording_allowed``) is told whether this role may record, and why not,
        again after every language switch."""
        self.permissions = p = permissions_for(role)
        self.signed_in, self._recording_sink = name, recording
        for action, ok in (
            (self.open_key_action, p.open_key),
            (self.review_action, p.review),
            (self.listening_action, p.review),
            (self.export_action, p.copy_to_medium),
            (self.documents_action, p.review),
            (self.selfcheck_action, p.selfcheck),
        ):
            action.setEnabled(ok)
        self.show_user_status()
        return p

    def show_user_status(self) -> None:
        role = self.permissions.role
        self.user_status.setText(signed_in_text(self.signed_in, role) if role else "")
        self.user_status.setVisible(role is not None)
        if self._recording_sink is not None:
            self._recording_sink(self.permissions.record, recording_refusal(role))

    # ------------------------------------------------------------------ key
    def show_key_dialog(self) -> KeyDialog:
        if self.key_dialog is None:
            core = self.core

            def open_key(path: Any, password: str) -> Any:
                self.check_key_owner(path, password)
                return core.open_key(path, password, seal_waiting=False)

            self.key_dialog = KeyDialog(
                open_key,
                parent=self.window,
                seal_waiting=core.seal_waiting,
            )
            self.key_dialog.opened.connect(lambda _info, _sealed: self.show_key_status())
        self.key_dialog.show()
        self.key_dialog.raise_()
        return self.key_dialog

    def check_key_owner(self, path: Any, password: str) -> None:
        """When the signed-in account is linked to a certificate, only that person's key may
        become the station's (it seals hearings in her name, p. 14): another person's key is
        refused, not accepted silently. :class:`signing.keys.KeyProblem` says whose it is."""
        expected = self.expected_key_subject
        if expected is None:
            return
        from app.accounts.keys import KeyProblem, open_key_file
        from app.accounts.roles import certificate_subject_key

        opened, info = open_key_file(path, password)  # a wrong password is said as usual
        try:
            subject = certificate_subject_key(opened.certificate)
        finally:
            del opened
        if subject != expected:
            raise KeyProblem(
                self.tr(
                    "This key belongs to %1, not to the person signed in (%2): each secretary "
                    "opens her own key."
                )
                .replace("%1", info.holder)
                .replace("%2", self.signed_in)
            )

    def close_key(self) -> None:
        self.core.close_key()
        self.show_key_status()

    def show_key_status(self) -> None:
        info = self.core.key_info
        if info is None:
            self.key_status.setText(
                self.tr("No signing key is open: hearings will wait to be sealed")
            )
            self.key_status.setStyleSheet("color:#7a0000;")
        else:
            self.key_status.setText(
                self.tr("Signing key: %1 (valid to %2)")
                .replace("%1", info.holder)
                .replace("%2", f"{info.not_after:%Y-%m-%d}")
            )
            self.key_status.setStyleSheet("color:#11501f;")
        self.close_key_action.setEnabled(info is not None)

    # ------------------------------------------------------------------ other windows
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = self.core.catalog()
        return self._catalog

    def choose_hearing(self) -> Path | None:
        """The one file-dialog boundary: a hearing folder or a sealed package."""
        start = self.core.hearings if self.core.hearings.exists() else Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a hearing folder or a sealed package"), str(start)
        )
        return Path(chosen) if chosen else None

    def review(self, listening_session: bool = False) -> QWidget | None:
        """The station's sealed hearings (:class:`ui.review.library.HearingLibraryDialog`),
        or a folder or medium; the chosen one opens in a review window."""
        from ui.review.library import HearingLibraryDialog

        dialog = HearingLibraryDialog(self.catalog(), self.choose_hearing, parent=self.window)
        dialog.setObjectName("hearingLibraryDialog")
        dialog.accepted.connect(
            lambda: (
                self.open_review(dialog.chosen, listening_session)
                if dialog.chosen is not None
                else None
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        return self._keep(dialog)

    def open_review(self, path: Path, listening_session: bool = False) -> QWidget | None:
        """A review (or a participant's listening session) of the hearing at ``path``."""
        from ui.review.window import ReviewWindow

        listening = None
        if listening_session:  # registered in the copy register (Rules p. 28, 35)
            from ui.copies.listening_dialog import begin_listening

            listening = begin_listening(self.window, self.catalog(), path, self.who())
            if listening is None:
                return None

        sink = self._review_sink() if self._review_sink is not None else None
        try:
            w = ReviewWindow(
                path,
                sink=sink,
                listening_session=listening_session,
                ca_file=self.ca_file,
                catalog=self.catalog(),
                parent=self.window,
            )
        except Exception as e:  # noqa: BLE001 - not a hearing, unreadable: say why
            QMessageBox.warning(
                self.window,
                self.tr("Review a hearing"),
                self.tr("This folder cannot be opened for review: %1").replace("%1", str(e)),
            )
            return None
        if listening is not None:
            from ui.copies.listening_dialog import mark_on_close

            self.listening_marks.append(mark_on_close(w, self.window, self.catalog(), listening))
        return self._keep(w)

    def sealed_packages(self) -> list[Path]:
        root = self.core.hearings
        if not root.is_dir():
            return []
        return sorted(p for p in root.iterdir() if p.is_dir() and p.name.endswith(".sealed"))

    def copy_to_medium(self) -> QWidget:
        from ui.copies.export_dialog import ExportDialog

        poller = self._media_poller() if self._media_poller is not None else None
        dialog = ExportDialog(
            self.sealed_packages,
            self.catalog(),
            ca_file=self.ca_file,
            operator=self.who(),
            poller=poller,
            protected=[self.core.folder, self.core.hearings, Path.home()],
            parent=self.window,
        )
        return self._keep(dialog)

    def documents(self) -> QWidget | None:
        """Every document of a hearing: open, print, save (ui.copies.documents_dialog)."""
        path = self.choose_hearing()
        if path is None:
            return None
        from ui.copies.documents_dialog import DocumentsDialog

        try:
            dialog = DocumentsDialog(
                path, self.window, lang=documents_language(self.window), operator=self.signed_in
            )
        except Exception as e:  # noqa: BLE001 - not a hearing, unreadable: say why
            QMessageBox.warning(
                self.window,
                self.tr("Hearing documents"),
                self.tr("This folder holds no hearing: %1").replace("%1", str(e)),
            )
            return None
        return self._keep(dialog)

    def self_check(self) -> QWidget:
        w = self.self_check_widget()
        w.setParent(self.window)
        w.setWindowFlag(Qt.WindowType.Window, True)  # its own window, owned by the main one
        return self._keep(w)

    def self_check_widget(self) -> QWidget:
        """The self-check as a widget: a window of its own, or the technician's page."""
        from ui.selfcheck.window import SelfCheckWindow

        settings = self._selfcheck_settings
        if callable(settings):
            settings = settings()
        kw: dict[str, Any] = {}
        if self._selfcheck_source_factory is not None:
            kw["source_factory"] = self._selfcheck_source_factory
        w = SelfCheckWindow(
            settings,
            who=self.who(),
            key=self._selfcheck_key,
            history=open_history(self.core.folder, self.catalog()),
            reports_dir=self.core.folder / "selfcheck-reports",
            **kw,
        )
        return w

    def _keep(self, w: QWidget) -> QWidget:
        """Qt owns every window opened here (the main window is its parent, so it is deleted on
        the GUI thread, never by Python's collector on another thread); a closed window is
        deleted by Qt, and its reference dropped here the next time."""
        if not isinstance(w, QDialog):
            w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened = [o for o in self.opened if shiboken6.isValid(o)]
        self.opened.append(w)
        w.show()
        w.raise_()
        return w

    def _close_catalog(self) -> None:
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None

    # ------------------------------------------------------------------ language
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (
            watched is self.window and event.type() == QEvent.Type.Hide and not event.spontaneous()
        ):  # closed for good (minimising is spontaneous)
            self.close_opened()
        return False

    def close_opened(self) -> None:
        """Close what was opened here through each window's own close (a review stops its
        player), before Qt deletes them along with the main window."""
        for w in self.opened:
            if shiboken6.isValid(w) and w.isVisible():
                w.close()

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(self.tr("&Station"))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(self.tr("Station"))
        self.open_key_action.setText(self.tr("Open signing key…"))
        self.close_key_action.setText(self.tr("Close key"))
        self.review_action.setText(self.tr("Review a hearing…"))
        self.listening_action.setText(self.tr("Listening session…"))
        self.export_action.setText(self.tr("Copy to medium…"))
        self.documents_action.setText(self.tr("Hearing documents…"))
        self.selfcheck_action.setText(self.tr("Self-check…"))
        self.switch_user_action.setText(self.tr("Sign out / switch user…"))
        self.show_key_status()
        self.show_user_status()


def install_station_menu(
    window: QMainWindow,
    core: Station,
    *,
    who: Callable[[], str],
    ca_file: Path | None,
    settings_for_selfcheck: SelfCheckSettings | Callable[[], SelfCheckSettings],
    languages: Any = None,
    **options: Any,
) -> StationMenu:
    """Add the station's menu to ``window``; ``options`` pass test doubles (sink, poller…)."""
    return StationMenu(
        window,
        core,
        who=who,
        ca_file=ca_file,
        settings_for_selfcheck=settings_for_selfcheck,
        languages=languages,
        **options,
    )
