"""The page the secretary works in while a hearing is recorded.

:class:`RecordingPage` composes, for one :class:`RecordingViewModel`: the alarm banners across the
top, the state banner with the large clock and the pause/resume/end buttons, the level meter with
one bar per microphone labelled with who sits there, headphone monitoring, and the marker panel.
It only wires signals: the view model polls, the widgets show, the session journals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.hearing.details import HearingInfo
from app.hearing.live import Alarm, DeviceInfo, HeadphoneMonitor
from ui.recording.alarms import AlarmBanner
from ui.recording.controls import RecordingControls
from ui.recording.markers import MarkerPanel
from ui.recording.meter import LevelMeterWidget
from ui.recording.monitor import MonitorPanel
from ui.recording.speaker_help import attach_speaker_help
from ui.recording.viewmodel import RecordingViewModel
from ui.widgets import terms
from ui.widgets.i18n import Retranslatable

METER_MIN_HEIGHT = 130


def channel_labels(info: HearingInfo, channels: int) -> list[str]:
    """Who sits at each microphone, for the meter's labels ('' for an unused one)."""
    out = []
    for ch in range(1, channels + 1):
        names = [p.name for p in info.participants if p.channel == ch]
        out.append(", ".join(names))
    return out


class RecordingPage(Retranslatable, QWidget):
    def __init__(
        self,
        vm: RecordingViewModel,
        info: HearingInfo,
        monitor: HeadphoneMonitor,
        outputs: list[DeviceInfo],
        sound: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self.info = info
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        self.alarms = AlarmBanner(info, vm.rate, sound, self)
        self.controls = RecordingControls(vm, self)
        self.meter = LevelMeterWidget(self)
        self.meter.setMinimumHeight(METER_MIN_HEIGHT)  # with alarms, on a 768 px screen
        self.meter.set_labels(channel_labels(info, vm.channels))
        self.monitor_panel = MonitorPanel(monitor, outputs, info, vm.channels, self)
        self.markers = MarkerPanel(vm, [p for p in info.participants], self)
        self.speaker_help = attach_speaker_help(vm, info.participants, self.markers, self.meter)
        self.meter_box = QGroupBox()
        mb = QVBoxLayout(self.meter_box)
        mb.addWidget(self.meter, 1)
        mb.addWidget(self.monitor_panel)
        left = QVBoxLayout()
        left.addWidget(self.controls)
        left.addWidget(self.meter_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addWidget(self.markers, 6)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)  # the window's own margins are enough
        # the alarm strip has a fixed height, however many alarms wait (ui/recording/alarms.py): the
        # buttons below it (end, markers) stay on a 768 px screen
        lay.addWidget(self.alarms)
        lay.addWidget(self.case_label)  # across the page: two lines, not six in one column
        lay.addLayout(body, 1)
        vm.meterChanged.connect(self.meter.set_snapshot)
        vm.signalChanged.connect(self.meter.set_no_signal)
        vm.alarmRaised.connect(self.alarms.add)
        self.alarms.acknowledged.connect(self._acknowledge)
        self.alarms.judgeInformed.connect(lambda _alarm: vm.judge_informed(info.secretary))
        self.meter.clipResetRequested.connect(vm.reset_clip)
        self.retranslate()

    def _acknowledge(self, alarm: Alarm) -> None:
        self.vm.acknowledge(alarm, self.info.secretary)

    def retranslate(self) -> None:
        i = self.info
        closed = (" · " + terms.field_label("closed_hearing")) if i.closed_hearing else ""
        self.case_label.setText(
            f"<b>{i.case_number}</b> · {terms.tr_term(terms.CATEGORY_TEXTS, i.category)} · "
            f"{terms.tr_term(terms.INSTANCE_TEXTS, i.instance)}{closed}<br>"
            f"{i.court}, {terms.field_label('courtroom')} {i.courtroom} · "
            f"{terms.field_label('judge')}: {i.judge} · {terms.field_label('secretary')}: "
            f"{i.secretary}"
        )
        self.meter_box.setTitle(self.tr("Recording level, dBFS (click a red lamp to reset it)"))
