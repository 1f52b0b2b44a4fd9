"""The windows the Station menu opens, and how they are kept while they are shown.

:class:`WindowOpeners` is the half of :class:`ui.station.menu.StationMenu` that opens the other
windows: the hearing library (:class:`ui.review.library.HearingLibraryDialog`) for a review, a
participant's listening session (Rules p. 28) or a hearing's documents, a hearing on a medium
through the station's own medium picker (:class:`ui.review.medium_picker.MediumPicker`, no file
dialog), the export of a sealed copy (p. 12, 33) and the self-check. Every window opened here is
owned by the main window (Qt deletes it on the GUI thread) and listed in ``opened`` while shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from app.catalog.store import Catalog
from app.selfcheck.checks import SelfCheckSettings
from app.selfcheck.report import open_history
from app.station import Station
from ui.copies.documents_dialog import documents_language

if TYPE_CHECKING:
    from ui.review.library import HearingLibraryDialog


class WindowOpeners:
    """Opens the station's windows for :class:`ui.station.menu.StationMenu` (which provides the
    attributes below and ``catalog()``)."""

    window: QMainWindow
    core: Station
    who: Callable[[], str]
    signed_in: str
    ca_file: Path | None
    opened: list[QWidget]
    listening_marks: list[QObject]
    _selfcheck_settings: SelfCheckSettings | Callable[[], SelfCheckSettings]
    _review_sink: Callable[[], Any] | None
    _media_poller: Callable[[], Any] | None
    _selfcheck_source_factory: Any
    _selfcheck_key: Callable[[], Any]

    def catalog(self) -> Catalog:
        raise NotImplementedError

    def choose_hearing(self) -> Path | None:
        """A hearing on a removable medium, chosen in the station's own medium picker
        (:class:`ui.review.medium_picker.MediumPicker`): media by label and free space, then the
        hearings on the chosen one by case and date. None when nothing was chosen."""
        from ui.review.medium_picker import MediumPicker

        poller = self._media_poller() if self._media_poller is not None else None
        picker = MediumPicker(poller, parent=self.window)
        try:
            accepted = picker.exec() == QDialog.DialogCode.Accepted
            return picker.chosen if accepted else None
        finally:
            picker.deleteLater()

    def library(self, purpose: str = "review") -> HearingLibraryDialog:
        """Every hearing of the station (:class:`ui.review.library.HearingLibraryDialog`), or
        one on a medium."""
        from ui.review.library import HearingLibraryDialog

        dialog = HearingLibraryDialog(
            self.catalog(), self.choose_hearing, parent=self.window, purpose=purpose
        )
        dialog.setObjectName("hearingLibraryDialog")
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def review(self, listening_session: bool = False) -> QWidget | None:
        """The library; the chosen hearing opens in a review window, or in its documents when
        it was not recorded."""
        dialog = self.library()
        dialog.accepted.connect(lambda: self._open_chosen(dialog, listening_session))
        return self._keep(dialog)

    def _open_chosen(self, dialog: Any, listening_session: bool) -> None:
        if dialog.chosen is None:
            return
        if dialog.chosen_view == "documents":
            self.open_documents(dialog.chosen)
        else:
            self.open_review(dialog.chosen, listening_session)

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
                QCoreApplication.translate("StationMenu", "Review a hearing"),
                QCoreApplication.translate(
                    "StationMenu", "This folder cannot be opened for review: %1"
                ).replace("%1", str(e)),
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
        """Every document of a hearing chosen in the library (or on a medium): open, print,
        save (ui.copies.documents_dialog)."""
        dialog = self.library(purpose="documents")
        dialog.accepted.connect(
            lambda: self.open_documents(dialog.chosen) if dialog.chosen is not None else None
        )
        return self._keep(dialog)

    def open_documents(self, path: Path) -> QWidget | None:
        from ui.copies.documents_dialog import DocumentsDialog

        try:
            dialog = DocumentsDialog(
                path, self.window, lang=documents_language(self.window), operator=self.signed_in
            )
        except Exception as e:  # noqa: BLE001 - not a hearing, unreadable: say why
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("StationMenu", "Hearing documents"),
                QCoreApplication.translate(
                    "StationMenu", "This folder holds no hearing: %1"
                ).replace("%1", str(e)),
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
        w.activateWindow()  # typed keys go to the window just opened
        return w
