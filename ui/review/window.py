"""The judge's review window: seal banner, timeline, marker list, transport, mixer, exports.

Opened on a hearing folder or a sealed package (from the station's library or a medium,
:class:`ui.review.library.HearingLibraryDialog`), it reads the hearing with
:func:`app.review.model.open_review` — read-only, nothing in the package is ever written — plays it
with
:class:`audio.playback.Player` through the output it is given (the default sound device when none
is), and verifies the seal in the background for the banner. A participant's listening session
(Rules p. 28) is the same window with ``listening_session=True``: no export and no file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store import Catalog
from app.evidence.verify import VerificationReport
from app.review.export import clip_name, write_audacity_labels, write_clip, write_markers_csv
from app.review.model import HearingReview, open_review
from app.review.overview import Overview
from app.review.playback import CapturingSink, OutputSink, Player, SoundDeviceSink
from ui.review.dialogs import ClipDialog
from ui.review.markers import ReviewMarkerPanel
from ui.review.timeline import Timeline
from ui.review.transport import MixerPanel, TransportBar
from ui.review.turns import attach_review_turns
from ui.review.viewmodel import PlaybackViewModel, SealCheck, altered_ranges_text, banner
from ui.widgets.file_dialogs import ask_save_path
from ui.widgets.i18n import Retranslatable
from ui.widgets.screen_fit import fit_to_screen

BANNER_STYLE = {
    "wait": "background:#e8eaed; color:#333;",
    "ok": "background:#d7f0dc; color:#11501f; border:1px solid #6ab47c;",
    "warn": "background:#fff2cc; color:#5a4300; border:1px solid #d6b656;",
    "bad": "background:#f8d0d0; color:#7a0000; border:2px solid #c0392b; font-weight:bold;",
}


class ReviewWindow(Retranslatable, QMainWindow):
    def __init__(
        self,
        path: str | Path,
        *,
        sink: OutputSink | None = None,
        listening_session: bool = False,
        ca_file: Path | None = None,
        verify: bool = True,
        catalog: Catalog | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.ca_file = ca_file
        self.successor: ReviewWindow | None = None
        self.review: HearingReview = open_review(path)
        self.listening_session = listening_session
        self.overview = Overview(self.review)
        self.sound_problem = ""
        self.player = self._player(sink)
        self.vm = PlaybackViewModel(self.player, parent=self)
        self.report: VerificationReport | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setMargin(6)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.timeline = Timeline(self.review, self.overview)
        self.transport = TransportBar(self.review)
        self.markers = ReviewMarkerPanel(self.review)
        self.mixer = MixerPanel(self.review.microphone_names(self.tr("Microphone {n}")))
        self.export_csv = QPushButton()
        self.export_labels = QPushButton()
        self.export_clip = QPushButton()
        self.open_other = QPushButton()
        self.output = QComboBox()
        self._fill_outputs()
        self._layout()
        self._wire()
        self._space_everywhere()
        self.turns = attach_review_turns(self)  # who spoke when: a lane, never markers
        self.retranslate()
        self.banner_level = "wait"
        self._show_banner("wait", self.tr("Checking the seal…"))
        self.seal_check: SealCheck | None = None
        if verify:
            self.seal_check = SealCheck(self.review.package or self.review.root, ca_file, self)
            self.seal_check.finished.connect(self.show_report)
            self.seal_check.failed.connect(
                lambda msg: self._show_banner("bad", self.tr("The seal cannot be checked: ") + msg)
            )
            self.seal_check.start()

    def _player(self, sink: OutputSink | None) -> Player:
        if sink is not None:
            return Player(self.review, sink)
        try:
            return Player(self.review, SoundDeviceSink(self.review.rate, channels=2))
        except Exception as e:  # noqa: BLE001 - no sound card: the review still works, silently
            self.sound_problem = str(e)
            return Player(self.review, CapturingSink(self.review.rate, 2))

    def _fill_outputs(self) -> None:
        """Output devices to choose from, when playing to a sound device."""
        self.output.addItem("", None)
        if not isinstance(self.player.sink, SoundDeviceSink):
            self.output.clear()
            self.output.hide()
            return
        try:
            from app.review.playback import list_devices

            devices = [d for d in list_devices() if d.max_output_channels > 0]
        except Exception:  # noqa: BLE001 - no PortAudio: only the default is offered
            devices = []
        for d in devices:
            self.output.addItem(f"{d.name} [{d.hostapi}]", d.index)

    def _output_chosen(self) -> None:
        if not isinstance(self.player.sink, SoundDeviceSink):
            return
        device = self.output.currentData()
        channels = 2
        try:
            self.player.set_sink(SoundDeviceSink(self.review.rate, channels, device=device))
        except Exception as e:  # noqa: BLE001 - say why, keep reviewing
            QMessageBox.warning(self, self.tr("Output"), str(e))

    # ------------------------------------------------------------------ layout
    def _layout(self) -> None:
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setWidget(self.mixer)
        right.setMinimumWidth(self.mixer.sizeHint().width() + 24)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.markers)
        lower.addWidget(right)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        exports = QHBoxLayout()
        self.output_label = QLabel()
        exports.addWidget(self.output_label)
        exports.addWidget(self.output)
        self.output_label.setVisible(self.output.count() > 0)
        exports.addStretch(1)
        exports.addWidget(self.open_other)
        self.open_other.setVisible(not self.listening_session)
        for b in (self.export_csv, self.export_labels, self.export_clip):
            exports.addWidget(b)
            b.setVisible(not self.listening_session)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.addWidget(self.banner)
        lay.addWidget(self.details)
        lay.addWidget(split, 1)
        lay.addWidget(self.transport)
        lay.addLayout(exports)
        self.setCentralWidget(central)
        fit_to_screen(self, 1280, 820)  # play controls on a 1366×768 screen too

    def _wire(self) -> None:
        vm, tl = self.vm, self.timeline.view
        vm.positionChanged.connect(tl.set_position)
        vm.positionChanged.connect(self.transport.show_position)
        vm.playingChanged.connect(self.transport.show_playing)
        tl.seekRequested.connect(lambda f: vm.seek(f))
        self.markers.markerActivated.connect(self.play_from)
        self.markers.markerSelected.connect(lambda f: vm.seek(f))
        self.mixer.heardChanged.connect(tl.set_silenced)
        self.transport.playToggled.connect(self.toggle_play)
        self.transport.skipRequested.connect(self.skip)
        self.transport.markerStep.connect(self.step_marker)
        self.transport.volumeChanged.connect(self.player.set_volume)
        self.transport.speedChanged.connect(self.player.set_speed)
        self.mixer.muteToggled.connect(self.player.set_muted)
        self.mixer.soloToggled.connect(self.player.set_soloed)
        if not self.listening_session:
            self.export_csv.clicked.connect(lambda: self._ask_path("csv"))
            self.export_labels.clicked.connect(lambda: self._ask_path("labels"))
            self.export_clip.clicked.connect(self._ask_clip)
            self.open_other.clicked.connect(self._ask_open)
        self.output.currentIndexChanged.connect(self._output_chosen)

    def retranslate(self) -> None:
        rv = self.review
        title = self.tr("Review of the hearing {title}").format(title=rv.title)
        if self.listening_session:
            title = self.tr("Listening session (read-only) — {title}").format(title=rv.title)
        self.setWindowTitle(title)
        info = rv.info
        parts = [
            self.tr("Case {case}").format(case=info.get("case_number", "")),
            str(info.get("court", "")),
            self.tr("courtroom {room}").format(room=info.get("courtroom", "")),
            str(info.get("date", "")),
            self.tr("judge {name}").format(name=info.get("judge", "")),
            self.tr("secretary {name}").format(name=info.get("secretary", "")),
        ]
        if rv.closed_hearing:
            parts.append(self.tr("CLOSED HEARING: listening in court only, no copies"))
        if self.sound_problem:
            parts.append(self.tr("No sound output device: playback is silent"))
        self.details.setText(" · ".join(p for p in parts if p.strip()))
        self.export_csv.setText(self.tr("Markers as CSV…"))
        self.export_labels.setText(self.tr("Markers as Audacity labels…"))
        self.export_clip.setText(self.tr("Export a clip (not the original)…"))
        self.open_other.setText(self.tr("Open another hearing…"))
        self.output_label.setText(self.tr("Output"))
        if self.output.count():
            self.output.setItemText(0, self.tr("Default output"))
        for w in (self.timeline, self.transport, self.markers, self.mixer):
            w.retranslate()
        if self.report is not None:
            self.show_report(self.report)

    # ------------------------------------------------------------------ seal banner
    def show_report(self, report: VerificationReport) -> None:
        self.report = report
        level, text = banner(report)
        altered = altered_ranges_text(report, self.review.rate)
        self._show_banner(level, f"{text} {altered}".strip())
        self.timeline.view.set_altered([r for c in report.audio_changes for r in c.ranges])

    def _show_banner(self, level: str, text: str) -> None:
        self.banner_level = level
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLE[level])

    # ------------------------------------------------------------------ keyboard
    def _space_everywhere(self) -> None:
        """Space plays or pauses wherever the focus is (the marker list, a mixer button, the
        timeline), except in a text field, where it is typed."""
        for w in [self, *self.findChildren(QWidget)]:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if (
            event.type() in kinds
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not isinstance(watched, QLineEdit)
        ):
            event.accept()  # the override: the key press comes here, not to the button's shortcut
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.toggle_play()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ playback
    def play_from(self, frame: int) -> None:
        """Double-click on a marker: play from its frame."""
        self.vm.seek(frame, play=True)

    def toggle_play(self) -> None:
        self.player.toggle()
        self.vm.poll()

    def skip(self, seconds: float) -> None:
        self.player.skip(seconds)
        self.vm.poll()

    def step_marker(self, direction: int) -> None:
        here = self.player.position
        m = self.review.next_marker(here) if direction > 0 else self.review.previous_marker(here)
        if m is not None:
            self.vm.seek(m.frame)

    # ------------------------------------------------------------------ exports
    def _ask_path(self, kind: str) -> None:
        stem = str(self.review.info.get("case_number") or "hearing").replace("/", "-")
        if kind == "csv":
            name, flt = f"{stem}_markers.csv", self.tr("CSV table (*.csv)")
        else:
            name, flt = f"{stem}_markers.txt", self.tr("Audacity labels (*.txt)")
        path = ask_save_path(self, self.tr("Export markers"), name, [flt])
        if path:
            self.export_markers(Path(path), kind)

    def export_markers(self, path: Path, kind: str) -> Path:
        """Write the markers shown in the list (the filter applies) as CSV or Audacity labels."""
        if self.listening_session:
            raise PermissionError("no export in a listening session")
        markers = [m for m in self.markers.visible_markers() if m.type != "detected"]
        if kind == "csv":
            write_markers_csv(self.review, markers, path)
        else:
            write_audacity_labels(self.review, markers, path)
        return path

    def _ask_clip(self) -> None:
        dlg = ClipDialog(self.review.rate, self.review.total_frames, self.player.position, self)
        if not dlg.exec() or dlg.span is None:
            return
        start, end = dlg.span
        path = ask_save_path(
            self,
            self.tr("Export a clip"),
            clip_name(self.review, start, end),
            [self.tr("WAV sound file (*.wav)")],
        )
        if path:
            try:
                done = self.export_clip_to(Path(path), start, end)
            except (OSError, ValueError, RuntimeError) as e:
                QMessageBox.warning(self, self.tr("Export a clip"), str(e))
                return
            QMessageBox.information(
                self, self.tr("Export a clip"), self.tr("Written: {path}").format(path=done)
            )

    def export_clip_to(self, path: Path, start: int, end: int) -> Path:
        if self.listening_session:
            raise PermissionError("no export in a listening session")
        return write_clip(self.review, start, end, path, self.player.heard())

    def _ask_open(self) -> None:
        """Another hearing, from the station's library (every hearing, its state in words) or
        from a medium (:class:`ui.review.medium_picker.MediumPicker`)."""
        from ui.review.library import DOCUMENTS, HearingLibraryDialog
        from ui.review.medium_picker import MediumPicker

        def from_medium() -> Path | None:
            picker = MediumPicker(parent=self)
            try:
                return picker.chosen if picker.exec() else None
            finally:
                picker.deleteLater()

        dlg = HearingLibraryDialog(self.catalog, from_medium, parent=self)
        try:
            if not dlg.exec() or dlg.chosen is None:
                return
            if dlg.chosen_view == DOCUMENTS:  # not recorded: nothing to listen to
                from ui.copies.documents_dialog import DocumentsDialog, documents_language

                DocumentsDialog(dlg.chosen, self, lang=documents_language(self)).open()
                return
            self.open_hearing(dlg.chosen)
        finally:
            dlg.deleteLater()

    def open_hearing(self, path: Path) -> ReviewWindow:
        """Open another hearing in a new review window and close this one."""
        self.successor = ReviewWindow(path, ca_file=self.ca_file, catalog=self.catalog)
        self.successor.show()
        self.close()
        return self.successor

    # ------------------------------------------------------------------ closing
    def closeEvent(self, e: QEvent) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(e)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        self.vm.stop()
        self.player.close()
