"""The alarm area (Rules p. 9, 16): one strip of fixed height, whatever happens.

An alarm stays until the secretary acknowledges it, but alarms must never push the clock, the
Pause/End buttons or the meter off a 1366×768 screen. So :class:`AlarmBanner` shows only the
newest unacknowledged alarm — its time, what happened in the current language, the participant
concerned — with how many others wait, an "Acknowledge" button for it and "Acknowledge all"
(:data:`ACK_ALL_KEY`) for every one. Repeats of the same alarm coalesce into one entry with a
count. :class:`AlarmLogDialog` lists every alarm of the hearing, acknowledged or not. A sound
accompanies every new alarm and repeats while any alarm is unacknowledged (every
:data:`LOST_REPEAT_MS` while the microphones are disconnected); how the sound is made is a
callable passed in by the window. Each acknowledgement is journaled through the view model.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.hearing.details import HearingInfo
from app.hearing.live import Alarm
from ui.recording.marker_model import hearing_time
from ui.widgets import terms
from ui.widgets.dialog_buttons import standard_buttons
from ui.widgets.i18n import Retranslatable, tr_msg

REPEAT_MS = 30_000
LOST_REPEAT_MS = 10_000
INFO_KINDS = ("device_returned",)
WARNING_KINDS = ("backlog", "dropout")
ACK_ALL_KEY = "Ctrl+K"
BANNER_HEIGHT = 64
STYLES = {
    "alarm": ("#c40000", "white"),
    "warning": ("#f0b400", "black"),
    "info": ("#1e7a3c", "white"),
}


def severity(kind: str) -> str:
    if kind in INFO_KINDS:
        return "info"
    return "warning" if kind in WARNING_KINDS else "alarm"


@dataclass
class AlarmEntry:
    """One alarm as shown: the first occurrence, the latest, and how many came."""

    alarm: Alarm
    time_text: str
    wall: str
    count: int = 1
    latest: Alarm | None = None
    acknowledged_by: str = ""
    repeats: list[Alarm] = field(default_factory=list)

    def same(self, alarm: Alarm) -> bool:
        return (alarm.kind, alarm.channel) == (self.alarm.kind, self.alarm.channel)


class AlarmBanner(Retranslatable, QFrame):
    """The newest unacknowledged alarm, the count of the others, and the acknowledge buttons;
    hidden when nothing waits. Its height never changes."""

    acknowledged = Signal(object)
    judgeInformed = Signal(object)  # noqa: N815 - Qt signal name: the judge was told (p. 9)

    def __init__(
        self, info: HearingInfo, rate: int, sound: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.rate = rate
        self.sound = sound
        self.rows: list[AlarmEntry] = []  # unacknowledged, oldest first
        self.history: list[AlarmEntry] = []  # every alarm of the hearing
        self.setFixedHeight(BANNER_HEIGHT)
        self.time_label = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.more = QLabel()
        self.button = QPushButton()
        self.all_button = QPushButton()
        self.log_button = QPushButton()
        self.judge_button = QPushButton()  # Rules p. 9: the secretary told the judge
        for b in (self.button, self.all_button, self.log_button, self.judge_button):
            b.setMinimumHeight(36)
            b.setStyleSheet("background: white; color: black; font-weight: bold;")
        self.button.clicked.connect(self.acknowledge_shown)
        self.all_button.clicked.connect(self.acknowledge_all)
        self.log_button.clicked.connect(self.show_log)
        self.judge_button.clicked.connect(self.judge_informed)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.time_label)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.more)
        lay.addWidget(self.judge_button)
        lay.addWidget(self.button)
        lay.addWidget(self.all_button)
        lay.addWidget(self.log_button)
        self.repeat = QTimer(self)
        self.repeat.setInterval(REPEAT_MS)
        self.repeat.timeout.connect(self._repeat_sound)
        self.sounds_made = 0
        self.log_dialog: AlarmLogDialog | None = None
        self.hide()
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def alarm_text(self, alarm: Alarm) -> str:
        text = terms.alarm_label(alarm.kind)
        if alarm.channel:
            who = self.info.speaker_for_channel(alarm.channel)
            mic = self.tr("microphone %1").replace("%1", str(alarm.channel))
            text += f" — {mic}" + (f" ({terms.role_label(who.role)}: {who.name})" if who else "")
        if alarm.kind == "disk_low" and alarm.channel is None and "min" in alarm.message:
            minutes = "".join(c for c in alarm.message if c.isdigit())
            text += " — " + self.tr("Room for about %1 min of recording").replace("%1", minutes)
        elif alarm.kind in ("error", "marker_failed", "mirror_lost"):
            # the recorder's own words, for the technician (translated when they are a Msg)
            text += f" — {tr_msg(alarm.message)}"
        elif alarm.kind == "device_returned" and alarm.value is not None:
            text = self.tr("Recording again after %1 s without sound").replace(
                "%1", f"{alarm.value:.1f}"
            )
        elif alarm.kind in ("dropout", "backlog") and alarm.value is not None:
            text += " " + self.tr("(%1 s)").replace("%1", f"{alarm.value:.1f}")
        return text

    def entry_text(self, entry: AlarmEntry) -> str:
        text = self.alarm_text(entry.latest or entry.alarm)
        if entry.count > 1:
            text += "  " + self.tr("(×%1)").replace("%1", str(entry.count))
        return text

    @property
    def shown(self) -> AlarmEntry | None:
        return self.rows[-1] if self.rows else None

    def retranslate(self) -> None:
        self.button.setText(self.tr("Acknowledge"))
        self.all_button.setText(self.tr("Acknowledge all") + f"   {ACK_ALL_KEY}")
        self.all_button.setShortcut(QKeySequence(ACK_ALL_KEY))
        self.log_button.setText(self.tr("Alarm log…"))
        self.judge_button.setText(self.tr("Judge informed"))
        self.judge_button.setToolTip(
            self.tr("Journal that you have told the judge of this failure (Rules p. 9)")
        )
        self._show()

    def _show(self) -> None:
        entry = self.shown
        if entry is None:
            self.hide()
            return
        back, fore = STYLES[severity(entry.alarm.kind)]
        self.setStyleSheet(
            f"AlarmBanner {{ background: {back}; border-radius: 4px; }} "
            f"QLabel {{ color: {fore}; font-weight: bold; font-size: 13pt; }}"
        )
        self.time_label.setText(entry.time_text)
        self.label.setText(self.entry_text(entry))
        others = len(self.rows) - 1
        self.more.setText(self.tr("+%1 more").replace("%1", str(others)) if others else "")
        self.all_button.setVisible(others > 0)
        self.judge_button.setVisible(severity(entry.alarm.kind) == "alarm")
        self.show()

    # ------------------------------------------------------------------ alarms
    def add(self, alarm: Alarm) -> None:
        for entry in self.rows:
            if entry.same(alarm) and severity(alarm.kind) != "info":
                entry.count += 1
                entry.latest = alarm
                entry.repeats.append(alarm)
                self.rows.remove(entry)
                self.rows.append(entry)  # the newest on top
                self._show()
                self._alert(alarm)
                return
        wall = QDateTime.currentDateTime().toString("HH:mm:ss")
        entry = AlarmEntry(alarm, hearing_time(alarm.frame, self.rate), wall)
        self.rows.append(entry)
        self.history.append(entry)
        self._show()
        self._alert(alarm)
        if self.log_dialog is not None:
            self.log_dialog.refresh()

    def _alert(self, alarm: Alarm) -> None:
        if severity(alarm.kind) == "info":
            return
        self._make_sound()
        lost = any(e.alarm.kind == "device_lost" for e in self.rows)
        self.repeat.setInterval(LOST_REPEAT_MS if lost else REPEAT_MS)
        if not self.repeat.isActive():
            self.repeat.start()

    def _make_sound(self) -> None:
        self.sounds_made += 1
        with contextlib.suppress(Exception):  # a missing sound must not hide the banner
            self.sound()

    def _repeat_sound(self) -> None:
        if any(severity(e.alarm.kind) != "info" for e in self.rows):
            self._make_sound()
        else:
            self.repeat.stop()

    def acknowledge_shown(self) -> None:
        entry = self.shown
        if entry is not None:
            self._acknowledge(entry)

    def judge_informed(self) -> None:
        """The secretary told the judge of the shown failure: journaled, then acknowledged."""
        entry = self.shown
        if entry is not None:
            self.judgeInformed.emit(entry.alarm)
            self._acknowledge(entry)

    def acknowledge_all(self) -> None:
        for entry in list(self.rows):
            self._acknowledge(entry)

    def _acknowledge(self, entry: AlarmEntry) -> None:
        self.acknowledged.emit(entry.alarm)
        entry.acknowledged_by = QDateTime.currentDateTime().toString("HH:mm:ss")
        if entry in self.rows:
            self.rows.remove(entry)
        if not any(severity(e.alarm.kind) != "info" for e in self.rows):
            self.repeat.stop()
        self._show()
        if self.log_dialog is not None:
            self.log_dialog.refresh()

    def show_log(self) -> None:
        if self.log_dialog is None:
            self.log_dialog = AlarmLogDialog(self, self.window())
        self.log_dialog.refresh()
        self.log_dialog.show()
        self.log_dialog.raise_()


class AlarmLogDialog(Retranslatable, QDialog):
    """Every alarm of the hearing: hearing time, time of day, what, how often, acknowledged."""

    def __init__(self, banner: AlarmBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (no trap)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = standard_buttons(self, QDialogButtonBox.StandardButton.Close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(900, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alarms of this hearing"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Hearing time"),
                self.tr("Time of day"),
                self.tr("Alarm"),
                self.tr("Times"),
                self.tr("Acknowledged"),
            ]
        )

    def refill(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        entries = list(reversed(self.banner.history))
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            ack = e.acknowledged_by or (
                "" if e in self.banner.rows or severity(e.alarm.kind) != "info" else "—"
            )
            values = [e.time_text, e.wall, self.banner.entry_text(e), str(e.count), ack]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col != 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
