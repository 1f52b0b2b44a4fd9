"""The page the secretary works in while a hearing is recorded.

:class:`RecordingPage` composes, for one :class:`RecordingViewModel`: the alarm banners across the
top, the state banner with the large clock and the pause/resume/end buttons, the level meter with
one bar per microphone labelled with who sits there, headphone monitoring, and the marker panel.
It only wires signals: the view model polls, the widgets show, the session journals.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.hearing import HearingInfo
from audio.devices import DeviceInfo
from audio.engine import Alarm
from audio.monitor import HeadphoneMonitor
from ui import terms
from ui.alarms import AlarmBanner
from ui.controls import RecordingControls
from ui.markers import MarkerPanel
from ui.meter_widget import LevelMeterWidget
from ui.monitor_panel import MonitorPanel
from ui.screen_fit import scrolling
from ui.viewmodel import RecordingViewModel

METER_MIN_HEIGHT = 130
ALARMS_MAX_HEIGHT = 104  # two alarm rows: more are scrolled to


def channel_labels(info: HearingInfo, channels: int) -> list[str]:
    """Who sits at each microphone, for the meter's labels ('' for an unused one)."""
    out = []
    for ch in range(1, channels + 1):
        names = [p.name for p in info.participants if p.channel == ch]
        out.append(", ".join(names))
    return out


class RecordingPage(QWidget):
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
        # many alarms at once scroll in a strip of bounded height: the buttons below them (end,
        # markers) stay on a 768 px screen; the strip is shown exactly when the banner is
        self.alarm_scroll = scrolling(self.alarms)  # (which shows the banner: hidden again)
        self.alarm_scroll.setMaximumHeight(ALARMS_MAX_HEIGHT)
        self.alarms.setVisible(bool(self.alarms.rows))
        self.alarm_scroll.setVisible(bool(self.alarms.rows))
        self.alarms.installEventFilter(self)
        lay.addWidget(self.alarm_scroll)
        lay.addWidget(self.case_label)  # across the page: two lines, not six in one column
        lay.addLayout(body, 1)
        vm.meterChanged.connect(self.meter.set_snapshot)
        vm.signalChanged.connect(self.meter.set_no_signal)
        vm.alarmRaised.connect(self.alarms.add)
        self.alarms.acknowledged.connect(self._acknowledge)
        self.meter.clipResetRequested.connect(vm.reset_clip)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        shown, hidden = QEvent.Type.ShowToParent, QEvent.Type.HideToParent
        if watched is self.alarms and event.type() in (shown, hidden):
            self.alarm_scroll.setVisible(event.type() == shown)
        if watched is self.alarms and event.type() in (
            shown,
            QEvent.Type.LayoutRequest,
            QEvent.Type.ChildAdded,
            QEvent.Type.ChildRemoved,
        ):
            QTimer.singleShot(0, self, self._fit_alarms)  # once the row is in the banner's layout
        return False

    def _fit_alarms(self) -> None:
        """The strip as tall as the alarms, up to :data:`ALARMS_MAX_HEIGHT`."""
        if not (shiboken6.isValid(self.alarms) and shiboken6.isValid(self.alarm_scroll)):
            return  # the page is being deleted
        # the alarm strip may be of fixed height (ui/alarms.py): never cut, never scrolled
        fixed = self.alarms.minimumHeight()
        wanted = max(self.alarms.sizeHint().height(), fixed) + 2 * self.alarm_scroll.frameWidth()
        self.alarm_scroll.setMinimumHeight(min(max(ALARMS_MAX_HEIGHT, fixed), max(0, wanted)))
        self.alarm_scroll.setMaximumHeight(max(ALARMS_MAX_HEIGHT, fixed))

    def _acknowledge(self, alarm: Alarm) -> None:
        self.vm.acknowledge(alarm, self.info.secretary)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
