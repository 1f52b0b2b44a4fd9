"""The guided microphone test of the self-check window: "Speak into microphone 3 now".

:class:`GuidedTestBox` is the window's "Microphone test" group: the technician picks a microphone
and presses the button; a :class:`app.selfcheck.checks.GuidedSession` listens while a big prompt
says first to keep quiet, then to speak into that microphone (polled by a timer, never blocking
the window), and gives up after :data:`GUIDED_TIMEOUT_MS`. The result is shown under the prompt in
the window's language and handed on through ``finished``; the window files it with the run and
the history.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.selfcheck.checks import GuidedSession, SelfCheckSettings, SourceFactory
from app.selfcheck.findings import CheckResult, SourceError
from ui.selfcheck.verdicts import GLYPHS, TEXT_COLOURS
from ui.widgets.i18n import Retranslatable, tr_msg

GUIDED_TIMEOUT_MS = 60_000


class GuidedTestBox(Retranslatable, QGroupBox):
    """One microphone tested at a time; ``finished`` carries its :class:`CheckResult`."""

    finished = Signal(object)

    def __init__(
        self,
        settings: SelfCheckSettings,
        source_factory: SourceFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._source_factory = source_factory
        self.session: GuidedSession | None = None
        self.last: CheckResult | None = None
        self.mic = QSpinBox()
        self.mic.setRange(1, max(1, settings.channels))
        self.mic_label = QLabel()
        self.button = QPushButton()
        self.prompt = QLabel()
        big = self.prompt.font()
        big.setPointSize(big.pointSize() + 16)
        big.setBold(True)
        self.prompt.setFont(big)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.mic_label)
        row.addWidget(self.mic)
        row.addWidget(self.button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.prompt)
        lay.addWidget(self.result)
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)
        self._clock = QTimer(self)
        self._clock.setSingleShot(True)
        self._clock.timeout.connect(self._timeout)
        self.retranslate()

    @property
    def running(self) -> bool:
        return self.session is not None

    def start(self, channel: int, floors: Any) -> bool:
        """Listen for microphone ``channel``; False (with the reason shown) if it cannot."""
        self.last = None
        try:
            self.session = GuidedSession(self.settings, channel, floors, self._source_factory)
        except (SourceError, ValueError) as e:
            self.result.setText(self.tr("The microphone test cannot start: {0}").format(e))
            return False
        self.result.setText("")
        self.button.setEnabled(False)
        self._poll()
        self._timer.start()
        self._clock.start(GUIDED_TIMEOUT_MS)
        return True

    def stop(self) -> None:
        """End a test now (the window closes): its result is what was heard so far."""
        if self.session is not None:
            self._finish()

    def _poll(self) -> None:
        if self.session is None:
            return
        step = self.session.step
        if step.state == "quiet":
            self.prompt.setText(self.tr("Please keep quiet for a moment…"))
            self.prompt.setStyleSheet("color: #555;")
        elif step.state == "speak":
            self.prompt.setText(self.tr("Speak into microphone {0} now").format(step.channel))
            self.prompt.setStyleSheet(f"color: {TEXT_COLOURS['pass']};")
        else:
            self._finish()

    def _timeout(self) -> None:
        if self.session is not None:
            self._finish()

    def _finish(self) -> None:
        assert self.session is not None
        result = self.session.stop()
        self.session = None
        self._timer.stop()
        self._clock.stop()
        self.prompt.setText("")
        self.last = result
        self._show_result(result)
        self.button.setEnabled(True)
        self.finished.emit(result)

    def _show_result(self, result: CheckResult) -> None:
        text = f"{GLYPHS[result.verdict]} {tr_msg(result.message)} {tr_msg(result.remedy)}"
        self.result.setText(text.strip())
        self.result.setStyleSheet(f"color: {TEXT_COLOURS[result.verdict]};")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Microphone test"))
        self.mic_label.setText(self.tr("Microphone:"))
        self.button.setText(self.tr("Test this microphone"))
        if self.last is not None:
            self._show_result(self.last)
