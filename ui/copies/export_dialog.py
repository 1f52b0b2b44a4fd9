"""The export dialog: write a verified copy to a medium, and the copy register with overdue ones.

Tab "Copy to a medium": choose the sealed hearing and a medium (the list follows plugging and
unplugging through :class:`app.copies.media.MediaPoller`, polled by a timer), tick "participant
copy" (optionally for a registered application), press Write. A medium that is not empty is cleared
only after a confirmation that lists what will be deleted (Rules p. 33). The copy runs on a
worker thread (:func:`app.copies.case_file.export_case_copy` or
:func:`app.copies.participant_write.export_participant_copy`); a timer reads its latest progress
(bar, speed, time left) and Cancel stops it at the next block. Tab "Copy register": every
application with its deadline (p. 34), overdue ones first and in red
(:mod:`ui.copies.register`), and the receipt (p. 35).

Self-contained: the main window opens it with the station's catalog and a function that lists
the sealed packages. The window's words go through Qt translation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store import Catalog
from app.copies.case_file import ExportResult, export_case_copy, read_bag_info
from app.copies.media import MediaPoller, Volume
from app.copies.medium import ExportError, plan_clear
from app.copies.participant_write import export_participant_copy
from app.copies.progress import CancelToken, Progress, format_seconds
from app.copies.register import record_receipt
from app.evidence.binding import station_registry
from app.evidence.register import said
from ui.copies.documents_dialog import documents_language
from ui.copies.format_prompt import FormatBeforeCopy
from ui.copies.register import OVERDUE, ApplicationForm, CopyRegisterModel
from ui.widgets.i18n import tr_msg
from ui.widgets.screen_fit import fit_to_screen

__all__ = ["OVERDUE", "CopyRegisterModel", "ExportDialog"]


class ExportDialog(QDialog, FormatBeforeCopy):
    POLL_MS = 100
    MEDIA_MS = 1000

    def __init__(
        self,
        packages: Callable[[], list[Path]],
        catalog: Catalog | None = None,
        *,
        ca_file: Path | None = None,
        operator: str = "",
        poller: MediaPoller | None = None,
        protected: list[Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.protected = protected or [Path.home()]  # never formatted: the station's own disks
        self._packages = packages
        self.catalog = catalog
        self.ca_file = ca_file
        self.operator = operator
        self.poller = poller or MediaPoller()
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self._outcome: ExportResult | ExportError | None = None
        self._worker: threading.Thread | None = None
        self._cancel: CancelToken | None = None
        self._build()
        self.refresh_packages()
        self.refresh_media()
        self._media_timer = QTimer(self)
        self._media_timer.setInterval(self.MEDIA_MS)
        self._media_timer.timeout.connect(self.refresh_media)
        self._media_timer.start()
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._poll_worker)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Copies of recordings"))
        self.tabs = QTabWidget()
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("Sealed hearing:")))
        self.package_box = QComboBox()
        v.addWidget(self.package_box)
        v.addWidget(QLabel(self.tr("Medium (plug in a USB stick or card; the list follows):")))
        self.media_list = QListWidget()
        v.addWidget(self.media_list)
        # Rules p. 33: the medium is formatted before the copy (exFAT, labelled with the case);
        # unticked, a medium that is not empty is only cleared (one that cannot be formatted here)
        self.format_first = QCheckBox(
            self.tr("Format the medium first (Rules p. 33), labelled with the case")
        )
        self.format_first.setChecked(True)
        v.addWidget(self.format_first)
        row = QHBoxLayout()
        self.participant = QCheckBox(self.tr("Participant's copy (audio, player, markers)"))
        self.application_box = QComboBox()
        row.addWidget(self.participant)
        row.addWidget(self.application_box, 1)
        v.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel(self.tr("Choose a hearing and a medium."))
        self.status.setWordWrap(True)
        v.addWidget(self.progress)
        v.addWidget(self.status)
        buttons = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Write copy"))
        self.cancel_button = QPushButton(self.tr("Cancel copy"))
        self.cancel_button.setEnabled(False)
        self.write_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.cancel_button)
        v.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Copy to a medium"))

        reg = self._register_page()
        self.tabs.addTab(reg, self.tr("Copy register"))
        QVBoxLayout(self).addWidget(self.tabs)
        fit_to_screen(self, 760, 520)
        self.refresh_register()

    def _register_page(self) -> QWidget:
        """The copy register's tab: the application form, the overdue line and the register."""
        reg = QWidget()
        rv = QVBoxLayout(reg)
        self.register_model = CopyRegisterModel(self.catalog, parent=self)
        self.register_view = QTableView()
        self.register_view.setTabKeyNavigation(False)  # Tab leaves the list (no trap)
        self.register_view.setModel(self.register_model)
        self.register_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.register_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.overdue_label = QLabel()
        self.application_form = ApplicationForm(self.catalog)
        self.package_box.currentIndexChanged.connect(self._hearing_chosen)
        self.application_form.added.connect(lambda _id: self.refresh_register())
        rv.addWidget(self.application_form)
        rv.addWidget(self.overdue_label)
        rv.addWidget(self.register_view)
        rb = QHBoxLayout()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_register)
        self.receipt_button = QPushButton(self.tr("Record receipt…"))
        self.receipt_button.clicked.connect(self._receipt)
        rb.addStretch(1)
        rb.addWidget(refresh)
        rb.addWidget(self.receipt_button)
        rv.addLayout(rb)
        return reg

    # ------------------------------------------------------------------ lists
    def refresh_packages(self) -> None:
        self.package_box.clear()
        # the newest hearing first, and chosen: the copy is almost always of the hearing just held
        packages = [(p, read_bag_info(p)) for p in self._packages()]
        packages.sort(key=lambda pi: (pi[1].get("Hearing-Date", ""), pi[0].name), reverse=True)
        for p, info in packages:
            label = f"{info.get('Case-Number', '?')} — {info.get('Hearing-Date', '')} ({p.name})"
            if info.get("Closed-Hearing") == "yes":
                label += " " + self.tr("[closed hearing: no participant copies]")
            self.package_box.addItem(label, str(p))

    def _hearing_chosen(self) -> None:
        path = self.package_box.currentData()
        if path:
            info = read_bag_info(Path(path))
            self.application_form.fill_from_hearing(
                info.get("Case-Number", ""), info.get("Case-Category", "")
            )

    def refresh_media(self) -> None:
        changes = self.poller.poll()
        if not changes.changed and self.media_list.count() == len(changes.current):
            return
        chosen = self.selected_volume()
        self.media_list.clear()
        for vol in changes.current:
            item = QListWidgetItem(self._describe(vol))
            item.setData(Qt.ItemDataRole.UserRole, vol)
            self.media_list.addItem(item)
            if chosen is not None and vol.key == chosen.key:
                self.media_list.setCurrentItem(item)
        if changes.removed and chosen is not None and chosen in changes.removed:
            self.status.setText(
                self.tr("The medium %1 was removed.").replace("%1", chosen.mountpoint)
            )

    def _describe(self, v: Volume) -> str:
        name = v.label or Path(v.mountpoint).name
        text = self.tr("%1 — %2 MB free of %3 MB, %4, at %5")
        for key, val in (
            ("%1", name),
            ("%2", f"{v.free_bytes / 1e6:.0f}"),
            ("%3", f"{v.total_bytes / 1e6:.0f}"),
            ("%4", v.fstype),
            ("%5", v.mountpoint),
        ):
            text = text.replace(key, val)
        return text + (" " + self.tr("(read-only)") if v.read_only else "")

    def selected_volume(self) -> Volume | None:
        item = self.media_list.currentItem()
        vol = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return vol if isinstance(vol, Volume) else None

    def refresh_register(self) -> None:
        self.register_model.refresh()
        late = sum(r.overdue for r in self.register_model.rows)
        self.overdue_label.setText(
            self.tr("%n application(s) OVERDUE (Rules p. 34)", "", late) if late else ""
        )
        self.overdue_label.setStyleSheet("color: #9a2a00; font-weight: bold;")
        self.application_box.clear()
        self.application_box.addItem(self.tr("no application"), None)
        for r in self.register_model.rows:
            if r.status == "waiting":
                self.application_box.addItem(
                    f"#{r.app.id} {r.app.applicant} ({r.app.case_number})", r.app.id
                )

    # ------------------------------------------------------------------ the copy
    def start(self) -> None:
        vol, package = self.selected_volume(), self.package_box.currentData()
        if vol is None or not package:
            self.status.setText(self.tr("Choose a hearing and a medium first."))
            return
        formatting = self.formatting(vol, package)
        if formatting is False:
            return
        try:
            plan = plan_clear(vol.mountpoint)
        except ExportError as e:
            self.status.setText(tr_msg(said(e)))
            return
        token = None
        if not plan.empty and formatting is None:
            if not self.confirm_clear(plan):
                self.status.setText(self.tr("Not confirmed: nothing was deleted or written."))
                return
            token = plan.token
        self._cancel = CancelToken()
        kw: dict[str, Any] = dict(
            clear_token=token,
            progress=self._on_progress,
            cancel=self._cancel,
            catalog=self.catalog,
            operator=self.operator,
            ca_file=self.ca_file,  # both copies only from a package that verifies in full
            registry=station_registry(self.catalog.path) if self.catalog is not None else None,
            lang=documents_language(self),  # the verification report on the medium
        )
        participant, app_id = self.participant.isChecked(), self.application_box.currentData()

        def job() -> ExportResult:
            if callable(formatting):
                formatting()  # the medium is empty afterwards: nothing to clear
            if participant:
                return export_participant_copy(
                    Path(package), vol.mountpoint, application_id=app_id, **kw
                )
            return export_case_copy(Path(package), vol.mountpoint, **kw)

        self._outcome = None
        self._progress = None
        self.write_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(
            self.tr("Formatting the medium, then writing…") if formatting else self.tr("Writing…")
        )
        self._worker = threading.Thread(target=self._run, args=(job,), name="export", daemon=True)
        self._worker.start()
        self._poll.start()

    def _run(self, job: Callable[[], ExportResult]) -> None:
        try:
            outcome: ExportResult | ExportError = job()
        except ExportError as e:
            outcome = e
        except Exception as e:  # noqa: BLE001 - shown to the secretary, never lost
            outcome = ExportError(str(e))
        with self._lock:
            self._outcome = outcome

    def _on_progress(self, p: Progress) -> None:  # worker thread: store only
        with self._lock:
            self._progress = p

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
            self.status.setText(self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def _poll_worker(self) -> None:
        with self._lock:
            p, outcome = self._progress, self._outcome
        if p is not None and outcome is None:
            self.progress.setValue(int(p.fraction * 1000))
            left = format_seconds(p.seconds_left) if p.seconds_left is not None else "…"
            text = self.tr("%1: %2 of %3 MB, %4 MB/s, %5 left")
            for key, val in (
                ("%1", self._phase(p.phase)),
                ("%2", f"{p.done_bytes / 1e6:.1f}"),
                ("%3", f"{p.total_bytes / 1e6:.1f}"),
                ("%4", f"{p.bytes_per_second / 1e6:.1f}"),
                ("%5", left),
            ):
                text = text.replace(key, val)
            if p.phase == "preparing":  # counted in audio frames, not bytes
                text = f"{self._phase(p.phase)}: {p.fraction:.0%}, {left}"
            self.status.setText(text)
        if outcome is None:
            return
        self._poll.stop()
        self.write_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(outcome, ExportResult):
            self.progress.setValue(1000)
            self.status.setText(
                self.tr("DONE: the copy was read back from the medium and verified.")
                + "\n"
                + tr_msg(outcome.verification)
            )
        else:
            self.status.setText(self.tr("NOT DONE:") + " " + tr_msg(said(outcome)))
        self.refresh_register()

    def _phase(self, phase: str) -> str:
        return {
            "preparing": self.tr("preparing the participant copy"),
            "checking": self.tr("checking"),
            "clearing": self.tr("clearing"),
            "writing": self.tr("writing"),
            "reading back": self.tr("reading back"),
            "verifying": self.tr("verifying"),
            "done": self.tr("done"),
        }.get(phase, phase)

    def _receipt(self) -> None:
        rows = self.register_view.selectionModel().selectedRows()
        if not rows or self.catalog is None:
            return
        app = self.register_model.rows[rows[0].row()].app
        text, ok = QInputDialog.getText(
            self, self.tr("Receipt"), self.tr("Who received the copy, and when:")
        )
        if ok and text.strip() and app.id is not None:
            try:
                record_receipt(self.catalog, app.id, text)
            except Exception as e:  # noqa: BLE001
                QMessageBox.warning(self, self.tr("Receipt"), str(e))
            self.refresh_register()
