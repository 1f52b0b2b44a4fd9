"""Live help for the secretary: who is speaking now, and a suggested marker when one is missed.

:class:`SpeakerHelp` reads the engine's speaker detector (:mod:`audio.activity`, fed by the
writer thread) on the recording view model's own timer: no timer, thread or wake-up of its own.
It highlights the participant whose microphone is speaking on their F-key button and on the
level meter (:class:`SpeakingOverlay`, drawn over the meter without changing it). When a turn on
a participant's microphone has gone on for ``quiet_s`` and no speech marker was put since just
before it began, and the last speech marker was not for that microphone, it *suggests* a marker
at the turn's start (:class:`SuggestionBar`): Insert puts it, Escape dismisses it. An accepted
suggestion is journaled like any marker, with ``"suggested": true``; nothing is ever put
without the secretary, and a marker put by hand withdraws the suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.hearing.details import Participant
from app.hearing.live import EngineState
from app.review.model import format_hearing_time
from ui.recording.meter import LevelMeterWidget
from ui.recording.viewmodel import RecordingViewModel
from ui.widgets import terms
from ui.widgets.i18n import Retranslatable

ACCEPT_KEY, DISMISS_KEY = "Ins", "Esc"
SPEAKING_COLOUR = QColor(0, 170, 255)
BUTTON_STYLE = (
    "QPushButton { background: #0a84c6; color: white; font-weight: bold;"
    " border: 2px solid #00aaff; border-radius: 3px; }"
)


@dataclass(frozen=True)
class Suggestion:
    """A marker the station proposes: ``participant`` began speaking at hearing ``frame``."""

    frame: int
    channel: int  # 1-based microphone
    participant: Participant


class SpeakerHelp(QObject):
    """Follows the detector; see the module docstring."""

    speakerChanged = Signal(int)  # 1-based microphone speaking now, 0 for nobody
    bar: SuggestionBar
    highlighter: ButtonHighlighter
    overlay: SpeakingOverlay
    suggestionChanged = Signal(object)  # Suggestion | None

    def __init__(
        self,
        vm: RecordingViewModel,
        participants: list[Participant],
        *,
        quiet_s: float = 3.0,
        lead_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self.participants = participants
        self.quiet_frames = int(quiet_s * vm.rate)
        self.lead_frames = int(lead_s * vm.rate)
        self.speaker = 0
        self.suggestion: Suggestion | None = None
        self._last_marker_frame: int | None = None
        self._last_marker_channel: int | None = None
        self._considered: tuple[int, int] | None = None  # (start, channel) of the last turn seen
        vm.timer.timeout.connect(self.poll)
        vm.markerAdded.connect(self._marker_added)

    def seated(self, channel: int) -> Participant | None:
        return next((p for p in self.participants if p.channel == channel), None)

    def poll(self) -> None:
        engine = self.vm.session.engine
        activity = getattr(engine, "activity", None)
        recording = self.vm.session.state is EngineState.RECORDING
        current = activity.current if activity is not None and recording else None
        speaker = 0 if current is None else current + 1
        if speaker != self.speaker:
            self.speaker = speaker
            self.speakerChanged.emit(speaker)
        if self.suggestion is not None and self.vm.session.state in (
            EngineState.ENDED,
            EngineState.FAILED,
        ):
            self._set(None)  # the journal is closed: nothing can be put any more
        if activity is None or not recording:
            return
        turn = activity.current_turn()
        if turn is None or (turn.start, turn.channel) == self._considered:
            return
        if self.vm.hearing_frame() - turn.start < self.quiet_frames:
            return
        self._considered = (turn.start, turn.channel)
        channel = turn.channel + 1
        who = self.seated(channel)
        if who is None or channel == self._last_marker_channel:
            return
        if self._last_marker_frame is not None and (
            self._last_marker_frame >= turn.start - self.lead_frames
        ):
            return
        self._set(Suggestion(turn.start, channel, who))

    def _marker_added(self, record: dict[str, Any]) -> None:
        data = record.get("data") or {}
        if data.get("type") != "speech":
            return
        self._last_marker_frame = int(record.get("frame") or 0)
        ch = data.get("channel")
        self._last_marker_channel = int(ch) if isinstance(ch, int) else None
        if self.suggestion is not None:
            self._set(None)  # a marker by hand (or the accepted one) answers the suggestion

    def _set(self, suggestion: Suggestion | None) -> None:
        self.suggestion = suggestion
        self.suggestionChanged.emit(suggestion)

    def accept(self) -> dict[str, Any] | None:
        """Put the suggested marker at the turn's start, noting that it was suggested."""
        s = self.suggestion
        if s is None:
            return None
        p = s.participant
        return self.vm.add_marker(
            s.frame, speaker=p.name, role=p.role, channel=p.channel, suggested=True
        )

    def dismiss(self) -> None:
        if self.suggestion is not None:
            self._set(None)


class SuggestionBar(Retranslatable, QFrame):
    """One line above the marker buttons: the suggested marker, Insert to put it, Esc to not."""

    def __init__(self, help_: SpeakerHelp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.help = help_
        self.setObjectName("suggestionBar")
        self.setStyleSheet(
            "#suggestionBar { background: #e3f4fd; border: 2px solid #0a84c6; border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(help_.accept)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(help_.dismiss)
        lay = QHBoxLayout(self)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.accept_button)
        lay.addWidget(self.dismiss_button)
        self.shortcuts = []
        for key, slot in ((ACCEPT_KEY, help_.accept), (DISMISS_KEY, help_.dismiss)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)
        help_.suggestionChanged.connect(self._show)
        self._show(None)
        self.retranslate()

    def _show(self, suggestion: Suggestion | None) -> None:
        self.retranslate()
        self.setVisible(suggestion is not None)
        for sc in self.shortcuts:  # Insert and Esc are the window's only while there is one
            sc.setEnabled(suggestion is not None)

    def retranslate(self) -> None:
        s = self.help.suggestion
        if s is not None:
            p = s.participant
            self.label.setText(
                self.tr("Speaking on microphone %1 since %2: %3 — no marker yet.")
                .replace("%1", str(s.channel))
                .replace("%2", format_hearing_time(s.frame / self.help.vm.rate))
                .replace("%3", f"{terms.role_label(p.role)}: {p.name}")
            )
        self.accept_button.setText(self.tr("Put the marker (%1)").replace("%1", "Insert"))
        self.dismiss_button.setText(self.tr("Dismiss (%1)").replace("%1", "Esc"))


class SpeakingOverlay(QWidget):
    """A frame around the speaking microphone's bar, drawn over the level meter."""

    def __init__(self, meter: LevelMeterWidget, help_: SpeakerHelp) -> None:
        super().__init__(meter)
        self.meter = meter
        self.speaker = 0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(meter.rect())
        meter.installEventFilter(self)
        help_.speakerChanged.connect(self._speaker)

    def _speaker(self, speaker: int) -> None:
        self.speaker = speaker
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.meter.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        ch = self.speaker - 1
        if not 0 <= ch < self.meter.channels:
            return
        lamp: QRect = self.meter.lamp_rect(ch)
        p = QPainter(self)
        p.setPen(QPen(SPEAKING_COLOUR, 3))
        p.drawRoundedRect(QRect(lamp.x() - 3, 1, lamp.width() + 6, self.height() - 3), 4, 4)
        p.end()


class ButtonHighlighter(QObject):
    """Highlights the F-key buttons of the participants at the speaking microphone."""

    def __init__(self, buttons: list[QPushButton], participants: list[Participant], help_: Any):
        super().__init__(help_)
        self.buttons = buttons
        self.participants = participants
        self.lit: list[int] = []
        help_.speakerChanged.connect(self._speaker)

    def _speaker(self, speaker: int) -> None:
        for i in self.lit:
            self.buttons[i].setStyleSheet("")
        self.lit = [
            i
            for i, p in enumerate(self.participants[: len(self.buttons)])
            if speaker and p.channel == speaker
        ]
        for i in self.lit:
            self.buttons[i].setStyleSheet(BUTTON_STYLE)


def attach_speaker_help(
    vm: RecordingViewModel,
    participants: list[Participant],
    markers: Any,
    meter: LevelMeterWidget,
) -> SpeakerHelp:
    """Wire the help into a recording page: the bar above the marker buttons, the button
    highlight and the meter overlay."""
    help_ = SpeakerHelp(vm, participants, parent=markers)
    help_.bar = SuggestionBar(help_, markers)
    markers.layout().insertWidget(0, help_.bar)
    help_.highlighter = ButtonHighlighter(markers.speaker_buttons, participants, help_)
    help_.overlay = SpeakingOverlay(meter, help_)
    return help_
