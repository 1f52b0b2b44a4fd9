"""Transport and mixer of the review window: play/pause, ±5 s, markers, position, volume, speed,
and mute/solo per microphone.

Both widgets only emit what the user asked for; the window passes it to the player. The position
readout shows the hearing time (time on the recording) and the wall-clock time at that moment of
the hearing, from the journal (:meth:`app.review.model.HearingReview.wall_time`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from app.hearing.court_time import station_zone
from app.review.model import HearingReview, format_hearing_time

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
# a pressed Mute or Solo must be seen across the room, not a faint grey
MUTE_STYLE = (
    "QPushButton:checked { background: #c62828; color: white; font-weight: bold;"
    " border: 1px solid #7f0000; border-radius: 3px; padding: 3px 6px; }"
)
SILENCED_LABEL = "color: #9a9a9a; text-decoration: line-through;"
SOLO_STYLE = (
    "QPushButton:checked { background: #f9a825; color: black; font-weight: bold;"
    " border: 1px solid #8a5a00; border-radius: 3px; padding: 3px 6px; }"
)


class TransportBar(QWidget):
    playToggled = Signal()
    skipRequested = Signal(float)  # seconds, negative back
    markerStep = Signal(int)  # +1 next marker, -1 previous
    volumeChanged = Signal(float)
    speedChanged = Signal(float)

    def __init__(self, review: HearingReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.prev_marker = QPushButton("⏮")
        self.back = QPushButton("−5 s")
        self.play = QPushButton("▶")
        self.forward = QPushButton("+5 s")
        self.next_marker = QPushButton("⏭")
        self.play.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.back.setShortcut(QKeySequence(Qt.Key.Key_Left))
        self.forward.setShortcut(QKeySequence(Qt.Key.Key_Right))
        self.play.setMinimumWidth(56)
        self.position = QLabel()
        self.position.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.position.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.position.setFont(font)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 200)
        self.volume.setValue(100)
        self.volume.setFixedWidth(120)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.volume_label = QLabel()
        self.speed_label = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.prev_marker, self.back, self.play, self.forward, self.next_marker):
            lay.addWidget(w)
        lay.addSpacing(12)
        lay.addWidget(self.position, 1)
        for other in (self.volume_label, self.volume, self.speed_label, self.speed):
            lay.addWidget(other)
        self.play.clicked.connect(self.playToggled)
        self.back.clicked.connect(lambda: self.skipRequested.emit(-5.0))
        self.forward.clicked.connect(lambda: self.skipRequested.emit(5.0))
        self.prev_marker.clicked.connect(lambda: self.markerStep.emit(-1))
        self.next_marker.clicked.connect(lambda: self.markerStep.emit(1))
        self.volume.valueChanged.connect(lambda v: self.volumeChanged.emit(v / 100))
        self.speed.currentIndexChanged.connect(
            lambda: self.speedChanged.emit(float(self.speed.currentData()))
        )
        self.retranslate()
        self.show_position(0)

    def retranslate(self) -> None:
        self.prev_marker.setToolTip(self.tr("Previous marker"))
        self.next_marker.setToolTip(self.tr("Next marker"))
        self.back.setToolTip(self.tr("Back 5 seconds (←)"))
        self.forward.setToolTip(self.tr("Forward 5 seconds (→)"))
        self.play.setToolTip(self.tr("Play or pause (space)"))
        self.volume_label.setText(self.tr("Volume"))
        self.speed_label.setText(self.tr("Speed"))
        self.speed.setToolTip(self.tr("Playback speed; the pitch of voices stays the same"))

    def show_playing(self, playing: bool) -> None:
        self.play.setText("⏸" if playing else "▶")

    def show_position(self, frame: int) -> None:
        rv = self.review
        here = format_hearing_time(frame / rv.rate)
        total = format_hearing_time(rv.seconds)
        wall = rv.wall_time(frame)
        clock = wall.astimezone(station_zone()).strftime("%H:%M:%S") if wall else "—"
        self.position.setText(
            self.tr("{here} / {total}   clock {clock}").format(here=here, total=total, clock=clock)
        )


class MixerPanel(QWidget):
    """A row per microphone: its name, Mute and Solo."""

    muteToggled = Signal(int, bool)  # 0-based microphone
    soloToggled = Signal(int, bool)
    heardChanged = Signal(object)  # frozenset of the 0-based microphones not heard

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.mute: list[QPushButton] = []
        self.solo: list[QPushButton] = []
        self.labels: list[QLabel] = []
        for i, name in enumerate(names):
            label = QLabel(name)
            m, s = QPushButton(), QPushButton()
            for b in (m, s):
                b.setCheckable(True)
                b.setMinimumWidth(52)
            m.setStyleSheet(MUTE_STYLE)
            s.setStyleSheet(SOLO_STYLE)
            m.toggled.connect(lambda on, i=i: self.muteToggled.emit(i, on))
            s.toggled.connect(lambda on, i=i: self.soloToggled.emit(i, on))
            grid.addWidget(label, i, 0)
            grid.addWidget(m, i, 1)
            grid.addWidget(s, i, 2)
            self.labels.append(label)
            self.mute.append(m)
            self.solo.append(s)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(names), 1)
        self.muteToggled.connect(lambda *_: self._show_heard())
        self.soloToggled.connect(lambda *_: self._show_heard())
        self.retranslate()

    def silenced(self) -> frozenset[int]:
        """The microphones not heard now: muted, or left out because others are soloed."""
        soloed = {i for i, b in enumerate(self.solo) if b.isChecked()}
        return frozenset(
            i for i, m in enumerate(self.mute) if m.isChecked() or (soloed and i not in soloed)
        )

    def _show_heard(self) -> None:
        off = self.silenced()
        for i, label in enumerate(self.labels):
            label.setStyleSheet(
                "color: #9a9a9a; text-decoration: line-through;" if i in off else ""
            )
        self.heardChanged.emit(off)

    def retranslate(self) -> None:
        for m, s in zip(self.mute, self.solo, strict=True):
            m.setText(self.tr("Mute"))
            s.setText(self.tr("Solo"))
            m.setToolTip(self.tr("Do not hear this microphone"))
            s.setToolTip(self.tr("Hear only the soloed microphones"))
