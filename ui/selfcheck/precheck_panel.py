"""The pre-hearing check as the secretary sees it (Rules p. 8): one button, a verdict, ticks.

:class:`PrecheckPanel` runs :func:`app.selfcheck.precheck.run_precheck` on a worker thread and
polls its progress on a timer (the worker never touches Qt), ticking off each microphone as it
reacts to sound. A failed check blocks recording until the secretary acknowledges it with a
written reason; the outcome — passed, or failed with that reason — is kept for the session to
journal when the hearing is created (``precheck`` record, followed by ``recording_started``). Any
change to the form (another input, another channel count) makes the check stale, and it must be
run again.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.hearing.inputs import InputChoice
from app.selfcheck.precheck import PrecheckProgress, run_precheck
from ui.station.composition import WindowParts
from ui.widgets.i18n import Retranslatable, tr_msg


class PrecheckPanel(Retranslatable, QWidget):
    """``readyChanged(bool)``: the check passed or its failure was acknowledged."""

    readyChanged = Signal(bool)
    finished = Signal(bool)

    def __init__(self, station: WindowParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.progress: PrecheckProgress | None = None
        self.acknowledged: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.button = QPushButton()
        self.button.setMinimumHeight(40)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.ticks = QLabel()
        self.ticks.setWordWrap(True)
        self.reason = QLineEdit()
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.acknowledge)
        self.reason.returnPressed.connect(self.acknowledge)
        self.ack_row = QWidget()
        row = QHBoxLayout(self.ack_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason, 1)
        row.addWidget(self.ack_button)
        self.ack_row.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.button)
        top.addWidget(self.status, 1)
        lay.addLayout(top)
        lay.addWidget(self.ticks)
        lay.addWidget(self.ack_row)
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)
        self.retranslate()

    # ------------------------------------------------------------------ state
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def ready(self) -> bool:
        p = self.progress
        return bool(p and p.done and (p.passed or self.acknowledged))

    @property
    def passed(self) -> bool:
        return bool(self.progress and self.progress.done and self.progress.passed)

    def results(self) -> list[dict[str, Any]]:
        return list(self.progress.results) if self.progress else []

    def invalidate(self) -> None:
        """The form changed: the check no longer describes what will be recorded."""
        if self.running or self.progress is None:
            return
        self.progress = None
        self.acknowledged = None
        self.ack_row.hide()
        self.ticks.setText("")
        self.retranslate()
        self.readyChanged.emit(False)

    def start(self, choice: InputChoice, channels: int, listen: list[int] | None = None) -> None:
        """Check ``choice`` with ``channels``; only the microphones in ``listen`` (1-based: the
        hearing's, those with someone at them) must react — all when None."""
        if self.running:
            return
        self.acknowledged = None
        self.ack_row.hide()
        self.reason.clear()  # a new check needs its own reason
        self._stop.clear()
        progress = PrecheckProgress(channels, [False] * channels, [-120.0] * channels)
        progress.listened = sorted(set(listen or [])) or list(range(1, channels + 1))
        self.progress = progress
        st = self.station
        self._thread = threading.Thread(
            target=run_precheck,
            name="precheck",
            daemon=True,
            args=(choice, channels, st.rate, st.bits, st.make_source, progress, self._stop),
            kwargs={
                "max_seconds": st.precheck_max_seconds,
                "station_checks": st.station_checks,
                "listen": listen,
            },
        )
        self._thread.start()
        self.button.setEnabled(False)
        self.readyChanged.emit(False)
        self.timer.start()
        self._poll()

    def cancel(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _poll(self) -> None:
        p = self.progress
        if p is None:
            return
        listened = p.listened or list(range(1, p.channels + 1))
        self.ticks.setText(
            "   ".join(("✔ " if p.reacted[c - 1] else "○ ") + str(c) for c in listened)
        )
        if not p.done:
            self.status.setText(
                self.tr(
                    "Checking… ask each participant to say a few words into their microphone (%1 s)"
                ).replace("%1", f"{p.seconds:.0f}")
            )
            return
        self.timer.stop()
        self.button.setEnabled(True)
        self.retranslate()
        if not p.passed:
            self.ack_row.show()
            self.reason.setFocus()
        self.finished.emit(p.passed)
        self.readyChanged.emit(self.ready)

    def acknowledge(self) -> bool:
        reason = self.reason.text().strip()
        if not (self.progress and self.progress.done) or not reason:
            self.status.setText(self.tr("Write why recording starts despite the failed check"))
            return False
        self.acknowledged = reason
        self.ack_row.hide()
        self.retranslate()
        self.readyChanged.emit(True)
        return True

    # ------------------------------------------------------------------ texts
    def unrecorded_text(self, channels: list[int]) -> str:
        """The device has more inputs than the hearing records: say which are left out."""
        span = f"{channels[0]}–{channels[-1]}" if len(channels) > 1 else str(channels[0])
        return self.tr("Inputs %1 of the device are not recorded.").replace("%1", span)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Check the equipment"))
        self.ack_button.setText(self.tr("Acknowledge the failure"))
        self.reason.setPlaceholderText(
            self.tr(
                "Reason for recording despite the failure (goes into the journal and the protocol)"
            )
        )
        p = self.progress
        if p is None:
            self.status.setText(
                self.tr("The equipment must be checked before the hearing (Rules p. 8).")
            )
            self.status.setStyleSheet("")
        elif p.done and p.passed:
            self.status.setText(
                self.tr(
                    "✔ The equipment works: the device is present and every "
                    "microphone reacts to sound."
                )
            )
            self.status.setStyleSheet("color: #1e7a3c; font-weight: bold;")
            if p.unrecorded:
                self.status.setText(self.status.text() + " " + self.unrecorded_text(p.unrecorded))
        elif p.done:
            listened = p.listened or list(range(1, p.channels + 1))
            quiet = [str(c) for c in listened if not p.reacted[c - 1]]
            device_failed = any(
                r["check"] == "device" and r["verdict"] == "fail" for r in p.results
            )
            nothing = any(
                r["check"] == "signal"
                and r["verdict"] == "fail"
                and str(r["message"]).startswith(("no sound at all", "no sound arrives"))
                for r in p.results
            )
            if device_failed:
                msg = self.tr("✖ The sound device is missing or cannot record this many channels.")
            elif nothing:
                msg = self.tr(
                    "✖ No sound at all arrives from the sound input: check that the microphone "
                    "interface is switched on, connected and not muted, then check again."
                )
            elif not quiet:  # the microphones are fine: another check (station) failed
                failed = [r for r in p.results if r["verdict"] == "fail"]
                msg = self.tr("✖ The station check failed: %1").replace(
                    "%1", "; ".join(tr_msg(r["message"]) for r in failed)
                )
            else:
                msg = self.tr("✖ No sound on microphone(s): %1").replace("%1", ", ".join(quiet))
            if p.unrecorded:
                msg += " " + self.unrecorded_text(p.unrecorded)
            if self.acknowledged:
                msg += " " + self.tr("Acknowledged: %1").replace("%1", self.acknowledged)
            self.status.setText(msg)
            self.status.setStyleSheet("color: #b00; font-weight: bold;")
