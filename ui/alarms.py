"""Alarm banners (Rules p. 9, 16): each alarm stays on screen until the secretary acknowledges it.

:class:`AlarmBanner` stacks one red row per alarm (device lost, input overflow, a participant's
microphone silent, disk space below two hours, clock jump, recorder error) with its time, what
happened in the current language, the participant concerned, and an "Acknowledge" button. The
acknowledgement is journaled through the view model. A sound accompanies every new alarm and
repeats while any alarm is unacknowledged; how the sound is made (the system beep, or a tone in
the headphones) is a callable passed in by the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.hearing import HearingInfo
from audio.engine import Alarm
from ui import terms
from ui.marker_model import hearing_time

REPEAT_MS = 30_000
INFO_KINDS = ("device_returned",)


class AlarmRow(QFrame):
    acknowledged = Signal(object)

    def __init__(
        self,
        alarm: Alarm,
        text: Callable[[Alarm], str],
        time_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.alarm = alarm
        self._text = text
        info = alarm.kind in INFO_KINDS
        self.setStyleSheet(
            "QFrame { background: %s; border-radius: 4px; } QLabel { color: %s; "
            "font-weight: bold; font-size: 13pt; }"
            % (("#1e7a3c", "white") if info else ("#c40000", "white"))
        )
        self.time_label = QLabel(time_text)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setMinimumHeight(32)
        self.button.setStyleSheet("background: white; color: black; font-weight: bold;")
        self.button.clicked.connect(lambda: self.acknowledged.emit(self.alarm))
        lay = QHBoxLayout(self)
        lay.addWidget(self.time_label)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self._text(self.alarm))
        self.button.setText(self.tr("Acknowledge"))


class AlarmBanner(QWidget):
    """The stack of unacknowledged alarms; hidden when there are none."""

    acknowledged = Signal(object)

    def __init__(
        self, info: HearingInfo, rate: int, sound: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.rate = rate
        self.sound = sound
        self.rows: list[AlarmRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.repeat = QTimer(self)
        self.repeat.setInterval(REPEAT_MS)
        self.repeat.timeout.connect(self._repeat_sound)
        self.sounds_made = 0
        self.hide()

    def alarm_text(self, alarm: Alarm) -> str:
        text = terms.alarm_label(alarm.kind)
        if alarm.channel:
            who = self.info.speaker_for_channel(alarm.channel)
            mic = self.tr("microphone %1").replace("%1", str(alarm.channel))
            text += f" — {mic}" + (f" ({terms.role_label(who.role)}: {who.name})" if who else "")
        if alarm.kind == "disk_low" and alarm.channel is None and "min" in alarm.message:
            minutes = "".join(c for c in alarm.message if c.isdigit())
            text += "\n" + self.tr("Room for about %1 min of recording").replace("%1", minutes)
        elif alarm.kind in ("error", "marker_failed"):
            text += f"\n{alarm.message}"  # the recorder's own words, for the technician
        return text

    def add(self, alarm: Alarm) -> None:
        row = AlarmRow(alarm, self.alarm_text, hearing_time(alarm.frame, self.rate), self)
        row.acknowledged.connect(self._acknowledge)
        self.rows.append(row)
        self.layout_.addWidget(row)
        self.show()
        if alarm.kind not in INFO_KINDS:
            self._make_sound()
            if not self.repeat.isActive():
                self.repeat.start()

    def _make_sound(self) -> None:
        self.sounds_made += 1
        with contextlib.suppress(Exception):  # a missing sound must not hide the banner
            self.sound()

    def _repeat_sound(self) -> None:
        if any(r.alarm.kind not in INFO_KINDS for r in self.rows):
            self._make_sound()
        else:
            self.repeat.stop()

    def _acknowledge(self, alarm: Alarm) -> None:
        self.acknowledged.emit(alarm)
        for row in list(self.rows):
            if row.alarm is alarm:
                # We are inside the row's own button signal: keep Qt as the owner (no
                # setParent(None), which would let Python free it right here) and let the
                # event loop delete it once the signal has returned.
                self.rows.remove(row)
                self.layout_.removeWidget(row)
                row.hide()
                row.deleteLater()
                break
        if not self.rows:
            self.repeat.stop()
            self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            for row in self.rows:
                row.retranslate()
        super().changeEvent(event)
