"""Recording controls, the state banner and the large clock (Rules p. 6).

:class:`RecordingControls` shows what nobody may misread: a solid red "● RECORDING" banner while
sound is being written, an amber "PAUSED — recess" one while paused, grey when ended; the hearing
time (hh:mm:ss of recorded sound, counted in frames, so pauses and clock changes do not move it)
in large digits beside the wall time. Pausing opens :class:`PauseDialog`, which offers only the
three reasons the Rules allow and has no OK button: there is no pause without a reason. Ending asks
for confirmation. Every action goes through the view model to the session, which journals it.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.hearing.live import PAUSE_REASONS, EngineState
from ui.recording.viewmodel import RecordingViewModel
from ui.widgets import terms
from ui.widgets.i18n import Retranslatable

PAUSE_KEY, RESUME_KEY, END_KEY = "Ctrl+P", "Ctrl+R", "Ctrl+E"
BANNER_MIN_HEIGHT = 52
STATE_STYLES = {
    EngineState.RECORDING: "background: #d00000; color: white;",
    EngineState.PAUSED: "background: #f0b400; color: black;",
    EngineState.ENDED: "background: #5a5a5a; color: white;",
    EngineState.FAILED: "background: #000000; color: #ff4040;",
    EngineState.IDLE: "background: #5a5a5a; color: white;",
}
LOST_STYLE = "background: #000000; color: #ff3030; border: 4px solid #ff3030;"


class PauseDialog(QDialog):
    """Choose why the recording pauses; the dialog closes only with a reason or with Cancel."""

    reasonChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause the recording"))
        self.label = QLabel(
            self.tr(
                "Recording may be paused only when the court announces one of these (Rules p. 6):"
            )
        )
        self.label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        self.buttons: dict[str, QPushButton] = {}
        for n, reason in enumerate(PAUSE_REASONS, start=1):
            b = QPushButton(f"{n}   {terms.pause_label(reason)}")
            b.setShortcut(QKeySequence(str(n)))
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _=False, r=reason: self._choose(r))
            lay.addWidget(b)
            self.buttons[reason] = b
        self.cancel = QPushButton(self.tr("Cancel: keep recording"))
        self.cancel.clicked.connect(self.reject)
        lay.addWidget(self.cancel)
        self.cancel.setDefault(True)

    def _choose(self, reason: str) -> None:
        self.reasonChosen.emit(reason)
        self.accept()


class RecordingControls(Retranslatable, QWidget):
    """State banner, clock and the start/pause/resume/end buttons for one hearing."""

    ended = Signal()

    def __init__(self, vm: RecordingViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.reason = ""
        self.paused_at = ""
        self._make_banner_and_clocks()
        self._make_buttons()
        self._lay_out()
        vm.stateChanged.connect(lambda _s: self.refresh())
        vm.finishing.connect(self.refresh)
        vm.finished.connect(lambda _r: self.refresh())
        vm.clockChanged.connect(self.show_clock)
        vm.signalChanged.connect(lambda _lost: self.refresh())
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _make_banner_and_clocks(self) -> None:
        """The state banner and the two clocks: hearing time (recorded) and time of day."""
        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = QFont(self.font())
        f.setPointSize(22)
        f.setBold(True)
        self.banner.setFont(f)
        self.banner.setMinimumHeight(BANNER_MIN_HEIGHT)
        self.banner.setWordWrap(True)  # "PAUSED — deliberation (since …)" must not widen the window
        self.clock = QLabel("00:00:00")
        big = QFont(self.font())
        big.setPointSize(36)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace)
        self.clock.setFont(big)
        self.wall = QLabel("--:--:--")
        mid = QFont(self.font())
        mid.setPointSize(18)
        self.wall.setFont(mid)
        self.clock_caption = QLabel()
        self.wall_caption = QLabel()

    def _make_buttons(self) -> None:
        """Pause, resume, end and next hearing; the advice and device choice while lost."""
        self.pause_button = QPushButton()
        self.resume_button = QPushButton()
        self.end_button = QPushButton()
        self.new_button = QPushButton()
        self.new_button.hide()
        # while the device is away: what to do, and (if another device answered) the choice
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: #b00000; font-weight: bold; font-size: 12pt;")
        self.advice.hide()
        self.accept_device_button = QPushButton()
        self.accept_device_button.hide()
        self.accept_device_button.clicked.connect(self.accept_device)
        for b in (self.pause_button, self.resume_button, self.end_button, self.new_button):
            b.setMinimumHeight(38)
        self.pause_button.clicked.connect(self.ask_pause)
        self.resume_button.clicked.connect(self.resume)
        self.end_button.clicked.connect(self.ask_end)
        self.pause_dialog: PauseDialog | None = None
        self.end_dialog: QMessageBox | None = None

    def _lay_out(self) -> None:
        """The banner on top, the advice while lost, the clocks, then the buttons."""
        clocks = QGridLayout()
        clocks.addWidget(self.clock_caption, 0, 0)
        clocks.addWidget(self.wall_caption, 0, 1)
        clocks.addWidget(self.clock, 1, 0)
        clocks.addWidget(self.wall, 1, 1, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.new_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.banner)
        lay.addWidget(self.advice)
        lay.addWidget(self.accept_device_button)
        lay.addLayout(clocks)
        lay.addLayout(buttons)

    def show_clock(self, seconds: int, wall: str) -> None:
        self.clock.setText(f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}")
        self.wall.setText(wall)
        if self.vm.signal_lost:
            self.refresh()  # the "for how long" counts on

    def lost_text(self) -> str:
        """The banner while no audio arrives: not recording, since when, for how long."""
        since = self.vm.lost_since()
        if since is None:
            return self.tr("✖ NOT RECORDING: no sound from the microphones")
        start = QDateTime.fromMSecsSinceEpoch(int(since * 1000))
        seconds = max(0, start.secsTo(QDateTime.currentDateTime()))
        duration = (
            self.tr("%1 min %2 s")
            .replace("%1", str(seconds // 60))
            .replace("%2", f"{seconds % 60:02d}")
            if seconds >= 60
            else self.tr("%1 s").replace("%1", str(seconds))
        )
        return (
            self.tr("✖ NOT RECORDING: the microphones are disconnected since %1 (%2)")
            .replace("%1", start.toString("HH:mm:ss"))
            .replace("%2", duration)
        )

    def accept_device(self) -> None:
        self.vm.accept_changed_device()
        self.accept_device_button.setEnabled(False)

    def retranslate(self) -> None:
        self.clock_caption.setText(self.tr("Hearing time (recorded)"))
        self.wall_caption.setText(self.tr("Time of day"))
        self.pause_button.setText(self.tr("Pause…") + f"   {PAUSE_KEY}")
        self.resume_button.setText(self.tr("Resume recording") + f"   {RESUME_KEY}")
        self.end_button.setText(self.tr("End the hearing…") + f"   {END_KEY}")
        # after setText: a button's text resets its shortcut to the text's mnemonic
        self.pause_button.setShortcut(QKeySequence(PAUSE_KEY))
        self.resume_button.setShortcut(QKeySequence(RESUME_KEY))
        self.end_button.setShortcut(QKeySequence(END_KEY))
        self.new_button.setText(self.tr("Next hearing"))
        self.refresh()

    def refresh(self) -> None:
        state = self.vm.state
        finishing = self.vm.finishing_now
        if finishing:
            text = self.tr("■ Recording ended — sealing the hearing, please wait…")
            state = EngineState.ENDED
        elif state is EngineState.RECORDING and self.vm.signal_lost:
            text = self.lost_text()
        elif state is EngineState.RECORDING:
            text = self.tr("● RECORDING")
        elif state is EngineState.PAUSED:
            # the reason a size smaller: the banner stays two lines in every language (768 px)
            reason = f"<span style='font-size: 16pt'>{terms.pause_label(self.reason)}</span>"
            text = self.tr("❚❚ PAUSED — %1").replace("%1", reason)
            since = self.tr("since %1").replace("%1", self.paused_at)
            text += f" <span style='font-size: 13pt; font-weight: normal'>({since})</span>"
        elif state is EngineState.ENDED:
            text = self.tr("■ Recording ended")
        elif state is EngineState.FAILED:
            text = self.tr("✖ RECORDING STOPPED BY AN ERROR")
        else:
            text = self.tr("Not recording")
        lost = state is EngineState.RECORDING and self.vm.signal_lost and not finishing
        self.banner.setText(text)
        style = LOST_STYLE if lost else STATE_STYLES[state]
        self.banner.setStyleSheet(style + " border-radius: 6px; padding: 6px;")
        self._show_device_advice(lost)
        self._fit_banner()
        self.pause_button.setEnabled(state is EngineState.RECORDING)
        self.resume_button.setEnabled(state is EngineState.PAUSED)
        self.end_button.setEnabled(
            state in (EngineState.RECORDING, EngineState.PAUSED, EngineState.FAILED)
        )
        done = state is EngineState.ENDED
        self.new_button.setVisible(done)
        self.new_button.setEnabled(not finishing)
        for b in (self.pause_button, self.resume_button, self.end_button):
            b.setVisible(not done)

    def _show_device_advice(self, lost: bool) -> None:
        """While no sound arrives: what to check, and which device answered instead (one to
        record from after a yes, or one with too few inputs to connect the right one)."""
        self.advice.setVisible(lost)
        if not lost:
            self.accept_device_button.hide()
            return
        self.advice.setText(
            self.tr(
                "Check the microphone cable and the USB connection of the audio interface. "
                "The station resumes recording by itself when the device is back. If it "
                "does not come back, call the technician."
            )
        )
        unusable = self.vm.changed_device(usable=False)
        if unusable is not None:
            self.advice.setText(
                self.tr(
                    "Another device answered (%1), but it has fewer inputs than this hearing "
                    "records: nothing is recorded from it. Connect the audio interface the "
                    "hearing was recording from, or call the technician."
                ).replace("%1", unusable)
            )
        changed = self.vm.changed_device()
        self.accept_device_button.setVisible(changed is not None)
        if changed is not None:
            self.accept_device_button.setEnabled(True)
            self.accept_device_button.setText(
                self.tr("Another device answered (%1): record from it").replace("%1", changed)
            )

    def _fit_banner(self) -> None:
        """As tall as its wrapped text: a long pause reason is read whole, never cut off."""
        width = self.banner.width() or self.width()
        self.banner.setMinimumHeight(max(BANNER_MIN_HEIGHT, self.banner.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_banner()

    # ------------------------------------------------------------------ actions
    def ask_pause(self) -> None:
        if self.vm.state is not EngineState.RECORDING:
            return
        self.pause_dialog = PauseDialog(self)
        self.pause_dialog.reasonChosen.connect(self.pause)
        self.pause_dialog.finished.connect(self.return_focus)
        self.pause_dialog.open()

    def return_focus(self) -> None:
        """Give the keyboard back to the main window, so the marker hotkeys work at once."""
        self.window().activateWindow()

    def pause(self, reason: str) -> None:
        self.reason = reason
        self.paused_at = QTime.currentTime().toString("HH:mm")
        self.vm.pause(reason)
        self.refresh()

    def resume(self) -> None:
        self.vm.resume()
        self.refresh()

    def ask_end(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End the hearing"),
            self.tr(
                "End the hearing and stop recording? The recording cannot be continued afterwards."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        self.end_yes = box.addButton(self.tr("End the hearing"), QMessageBox.ButtonRole.AcceptRole)
        self.end_no = box.addButton(
            self.tr("Continue recording"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.end_no)
        box.buttonClicked.connect(lambda b: self.end() if b is self.end_yes else None)
        box.finished.connect(self.return_focus)
        self.end_dialog = box
        box.open()

    def end(self) -> None:
        self.vm.end()
        self.refresh()
        self.ended.emit()
