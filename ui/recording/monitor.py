"""Headphone monitoring controls (Rules p. 11): output device, channel or mix, listen on/off.

The panel only chooses; the listening is done by :class:`audio.monitor.HeadphoneMonitor`, which
reads a tap beside the recorder and never slows it down. With no output device (a machine without
a sound card) the panel says so and stays disabled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.hearing.details import HearingInfo
from app.hearing.live import DeviceInfo, HeadphoneMonitor
from ui.widgets import terms
from ui.widgets.i18n import Retranslatable
from ui.widgets.screen_fit import ElidedComboBox


class MonitorPanel(Retranslatable, QWidget):
    def __init__(
        self,
        monitor: HeadphoneMonitor,
        outputs: list[DeviceInfo],
        info: HearingInfo,
        channels: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.outputs = outputs
        self.info = info
        self.channels = channels
        self.label = QLabel()
        self.device = ElidedComboBox()
        self.source = ElidedComboBox()
        for combo in (self.device, self.source):
            # a long device or participant name must not widen the window (1366×768 screens)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.listen = QPushButton()
        self.listen.setCheckable(True)
        self.listen.toggled.connect(self._toggle)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00;")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        # the two lists share the room left; a choice longer than that is shortened with "…"
        # (with a fixed 16-letter width both were cut mid-letter in Kazakh and Russian)
        lay.addWidget(self.label)
        lay.addWidget(self.device, 2)
        lay.addWidget(self.source, 3)  # "all microphones together" is read whole
        lay.addWidget(self.listen)
        lay.addWidget(self.error)
        for d in outputs:
            self.device.addItem(d.name, d.index)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Headphones:"))
        current = max(0, self.source.currentIndex())
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("Mix of all microphones"), None)
        for ch in range(1, self.channels + 1):
            who = self.info.speaker_for_channel(ch)
            text = self.tr("Microphone %1").replace("%1", str(ch))
            if who:
                text += f" — {terms.role_label(who.role)}: {who.name}"
            self.source.addItem(text, ch - 1)
        self.source.setCurrentIndex(current)
        self.source.blockSignals(False)
        self.listen.setText(
            self.tr("Stop listening") if self.listen.isChecked() else self.tr("Listen")
        )
        if not self.outputs:
            self.device.addItem(self.tr("no output device")) if self.device.count() == 0 else None
            self.device.setItemText(0, self.tr("no output device"))
            for w in (self.device, self.source, self.listen):
                w.setEnabled(False)

    def _source_changed(self) -> None:
        self.monitor.channel = self.source.currentData()

    def _toggle(self, on: bool) -> None:
        self.error.setText("")
        if on:
            device = self.outputs[self.device.currentIndex()]
            try:
                self._source_changed()
                self.monitor.start(device)
            except Exception as e:  # noqa: BLE001 - PortAudio reports many error types
                self.error.setText(str(e))
                self.listen.blockSignals(True)
                self.listen.setChecked(False)
                self.listen.blockSignals(False)
        else:
            self.monitor.stop()
        self.retranslate()
