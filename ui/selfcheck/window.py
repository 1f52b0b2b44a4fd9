"""The technician's self-check window: run the checks, read what is wrong and what to do.

A list of checks with a pass / warning / failure icon and colour; selecting one shows its
explanation and remedy. "Run self-check" runs :func:`app.selfcheck.checks.run_checks` on a worker
thread (results arrive one by one through a queued signal, the window never blocks); the guided
microphone step shows a big prompt ("Speak into microphone 3 now") while a
:class:`app.selfcheck.checks.GuidedSession` listens, polled by a timer; "Export signed report…"
writes the run as PDF in Kazakh and Russian (:mod:`ui.selfcheck.pdf`) and as JSON and text, each
signed with the open key, into the reports folder (no file dialog). Every run is kept in the
history given to the window. Titles and the window's own words go through Qt translation; the
checks' messages come from the Qt-free layers as :class:`audio.text.Msg` (English text that carries
its template) and are shown in the window's language with :func:`ui.widgets.i18n.tr_msg`.
Self-contained: the main window opens it with the station's settings, history and a function that
returns the open key (or None).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.accounts.keys import KeyProblem, OpenedKey
from app.selfcheck.checks import (
    ALL_CHECKS,
    GuidedSession,
    SelfCheckSettings,
    SourceFactory,
    default_source,
    floors_from,
    run_checks,
)
from app.selfcheck.findings import CheckResult, SourceError, check_msg
from app.selfcheck.report import SelfCheckHistory, SelfCheckRun, export_report_with_key
from app.translations import QT_TRANSLATE_NOOP
from ui.widgets.i18n import tr_msg
from ui.widgets.screen_fit import fit_to_screen

COLOURS = {"pass": "#2e7d32", "warn": "#f9a825", "fail": "#c62828"}
TINTS = {"pass": "#e8f5e9", "warn": "#fff8e1", "fail": "#ffebee"}
TEXT_COLOURS = {"pass": "#1b5e20", "warn": "#8a5a00", "fail": "#b71c1c"}  # readable on white
GLYPHS = {"pass": "✓", "warn": "!", "fail": "✗"}
GUIDED_TIMEOUT_MS = 60_000


def verdict_icon(verdict: str, size: int = 22) -> QIcon:
    """A filled circle in the verdict's colour with its glyph (readable without colour too)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QBrush(QColor(COLOURS[verdict])))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.65))
    p.setFont(font)
    p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, GLYPHS[verdict])
    p.end()
    return QIcon(pix)


class _Bridge(QObject):
    """Carries results from the worker thread to the window (queued across threads)."""

    result = Signal(object)
    done = Signal(object)


# every check but the guided one, which has its own button
WINDOW_CHECKS: tuple[str, ...] = tuple(c for c in ALL_CHECKS if c != "guided")


class SelfCheckWindow(QWidget):
    """The self-check window; ``finished`` carries each finished :class:`SelfCheckRun`."""

    finished = Signal(object)
    guided_finished = Signal(object)

    def __init__(
        self,
        settings: SelfCheckSettings,
        *,
        who: str = "",
        key: Callable[[], OpenedKey | None] = lambda: None,
        history: SelfCheckHistory | None = None,
        checks: tuple[str, ...] = WINDOW_CHECKS,
        source_factory: SourceFactory = default_source,
        runner: Callable[..., SelfCheckRun] = run_checks,
        reports_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.reports_dir = reports_dir or settings.recordings.parent / "zhazba-selfcheck-reports"
        self.report_pdfs: list[Path] = []
        self.who = who
        self._key = key
        self.history = history
        self.checks = checks
        self._source_factory = source_factory
        self._runner = runner
        self.run: SelfCheckRun | None = None
        self._worker: threading.Thread | None = None
        self._session: GuidedSession | None = None
        self._guided_last: CheckResult | None = None
        self._bridge = _Bridge(self)
        self._bridge.result.connect(self._add_result)
        self._bridge.done.connect(self._run_done)
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll_guided)
        self._guided_clock = QTimer(self)
        self._guided_clock.setSingleShot(True)
        self._guided_clock.timeout.connect(self._guided_timeout)
        self._build()
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setIconSize(
            self.list.iconSize().expandedTo(verdict_icon("pass").actualSize(self.list.iconSize()))
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(320)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.start_run)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export_clicked)
        self.export_button.setEnabled(False)

        self.guided_box = QGroupBox()
        self.mic = QSpinBox()
        self.mic.setRange(1, max(1, self.settings.channels))
        self.mic_label = QLabel()
        self.guided_button = QPushButton()
        self.guided_button.clicked.connect(self._guided_clicked)
        self.prompt = QLabel()
        big = self.prompt.font()
        big.setPointSize(big.pointSize() + 16)
        big.setBold(True)
        self.prompt.setFont(big)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.guided_result = QLabel()
        self.guided_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.mic_label)
        row.addWidget(self.mic)
        row.addWidget(self.guided_button)
        row.addStretch(1)
        g = QVBoxLayout(self.guided_box)
        g.addLayout(row)
        g.addWidget(self.prompt)
        g.addWidget(self.guided_result)

        middle = QHBoxLayout()
        middle.addWidget(self.list, 3)
        middle.addWidget(self.details, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.guided_box)
        fit_to_screen(self, 900, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Equipment self-check"))
        self.heading.setText(self.tr("Equipment self-check"))
        self.run_button.setText(self.tr("Run self-check"))
        self.export_button.setText(self.tr("Export signed report…"))
        self.guided_box.setTitle(self.tr("Microphone test"))
        self.mic_label.setText(self.tr("Microphone:"))
        self.guided_button.setText(self.tr("Test this microphone"))
        if self.run is None and self._worker is None:
            self.summary.setText(self.tr("Not run yet. Press “Run self-check”."))
        elif self.run is not None and self._worker is None:
            self._update_summary()
        if self._session is None and not self.prompt.text():
            self.prompt.setText("")
        for row in range(self.list.count()):
            self._render_item(self.list.item(row))
        if self._guided_last is not None:
            self._show_guided_result(self._guided_last)
        self._show_details(self.list.currentRow())

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def title(self, check: str) -> str:
        if check.startswith("microphone_"):
            return self.tr("Microphone {0}").format(check.split("_", 1)[1])
        titles = {
            "input_device": self.tr("Input device"),
            "input_settings": self.tr("Channels and sample rate"),
            "test_recording": self.tr("Test recording"),
            "signal_present": self.tr("Signal on every channel"),
            "noise_floor": self.tr("Noise floor"),
            "clipping": self.tr("Clipping"),
            "dc_offset": self.tr("DC offset"),
            "loopback": self.tr("Loopback tone"),
            "output_device": self.tr("Headphone output"),
            "disk_space": self.tr("Free disk space"),
            "write_speed": self.tr("Write speed"),
            "clock": self.tr("System clock"),
            "certificate": self.tr("Signing certificate"),
            "archive": self.tr("Archive server"),
            "mirror": self.tr("Second copy"),
            "media": self.tr("Removable media"),
            "guided": self.tr("Microphone test"),
        }
        return titles.get(check, check)

    def verdict_word(self, verdict: str) -> str:
        return {"pass": self.tr("Passed"), "warn": self.tr("Warning"), "fail": self.tr("Failed")}[
            verdict
        ]

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self._worker is not None

    def start_run(self) -> None:
        """Run the checks on a worker thread; ``finished`` is emitted with the run."""
        if self._worker is not None:
            return
        self.list.clear()
        self.run = None
        self.export_button.setEnabled(False)
        self.run_button.setEnabled(False)
        self.guided_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("Checking… the test recording takes a few seconds; please keep the room quiet.")
        )
        key = self._key()
        self._worker = threading.Thread(
            target=self._work, args=(key,), name="selfcheck", daemon=True
        )
        self._worker.start()

    def _work(self, key: OpenedKey | None) -> None:
        bridge = self._bridge

        def emit(signal: Any, value: object) -> None:
            with contextlib.suppress(RuntimeError):  # the window was closed and deleted
                signal.emit(value)

        try:
            run = self._runner(
                self.settings,
                self.checks,
                key=key,
                who=self.who,
                kind="selfcheck",
                source_factory=self._source_factory,
                on_result=lambda r: emit(bridge.result, r),
            )
        except Exception as e:  # noqa: BLE001 - shown, never lost in a thread
            run = SelfCheckRun.begin(self.who, "selfcheck", {})
            stopped = check_msg(
                QT_TRANSLATE_NOOP("SelfCheck", "The self-check stopped: {error}."), error=str(e)
            )
            run.results.append(CheckResult("selfcheck", "fail", stopped))
            run.finish()
        emit(bridge.done, run)

    def _add_result(self, result: CheckResult) -> None:
        item = QListWidgetItem(verdict_icon(result.verdict), "")
        item.setData(Qt.ItemDataRole.UserRole, result)
        item.setBackground(QColor(TINTS[result.verdict]))
        self._render_item(item)
        self.list.addItem(item)
        if (
            self.list.currentRow() < 0
            or result.verdict == "fail"
            and not any(self._result_at(i).verdict == "fail" for i in range(self.list.count() - 1))
        ):
            self.list.setCurrentRow(self.list.count() - 1)

    def _render_item(self, item: QListWidgetItem) -> None:
        """The item's text and tooltip in the current language."""
        result: CheckResult = item.data(Qt.ItemDataRole.UserRole)
        item.setText(f"{self.title(result.check)} — {tr_msg(result.message)}")
        item.setToolTip(tr_msg(result.remedy or result.message))

    def _result_at(self, row: int) -> CheckResult:
        item = self.list.item(row)
        result: CheckResult = item.data(Qt.ItemDataRole.UserRole)
        return result

    def _run_done(self, run: SelfCheckRun) -> None:
        if self._worker is not None:
            self._worker.join(timeout=1)
        self._worker = None
        self.run = run
        if self.list.count() != len(run.results):  # a runner that did not report as it went
            self.list.clear()
            for r in run.results:
                self._add_result(r)
        if self.history is not None:
            self.history.add(run)
        self._update_summary()
        self.run_button.setEnabled(True)
        self.guided_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.finished.emit(run)

    def _update_summary(self) -> None:
        results = self.run.results if self.run else []
        fails = sum(r.verdict == "fail" for r in results)
        warns = sum(r.verdict == "warn" for r in results)
        if fails:
            text = self.tr("%n problem(s) must be fixed before recording.", "", fails)
            verdict = "fail"
        elif warns:
            text = self.tr("The station can record; %n warning(s) to look at.", "", warns)
            verdict = "warn"
        else:
            text = self.tr("Everything works: the station is ready to record.")
            verdict = "pass"
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {TEXT_COLOURS[verdict]}; font-weight: bold;")

    def _show_details(self, row: int) -> None:
        if row < 0 or row >= self.list.count():
            self.details.setText(self.tr("Select a check to see what it found and what to do."))
            return
        r = self._result_at(row)
        html = (
            f"<h3 style='color:{TEXT_COLOURS[r.verdict]}'>{GLYPHS[r.verdict]} "
            f"{_esc(self.title(r.check))}: {_esc(self.verdict_word(r.verdict))}</h3>"
            f"<p>{_esc(tr_msg(r.message))}</p>"
        )
        if r.remedy:
            what = self.tr("What to do:")
            html += f"<p><b>{_esc(what)}</b> {_esc(tr_msg(r.remedy))}</p>"
        self.details.setText(html)

    # ------------------------------------------------------------------ guided step
    def start_guided(self, channel: int) -> bool:
        """Start listening for microphone ``channel``; False (with the reason shown) if not."""
        if self._session is not None or self._worker is not None:
            return False
        self._guided_last = None
        try:
            self._session = GuidedSession(
                self.settings, channel, floors_from(self.run), self._source_factory
            )
        except (SourceError, ValueError) as e:
            self.guided_result.setText(self.tr("The microphone test cannot start: {0}").format(e))
            return False
        self.guided_result.setText("")
        self.guided_button.setEnabled(False)
        self.run_button.setEnabled(False)
        self._poll_guided()
        self._timer.start()
        self._guided_clock.start(GUIDED_TIMEOUT_MS)
        return True

    def _guided_clicked(self) -> None:
        self.start_guided(self.mic.value())

    def _poll_guided(self) -> None:
        if self._session is None:
            return
        step = self._session.step
        if step.state == "quiet":
            self.prompt.setText(self.tr("Please keep quiet for a moment…"))
            self.prompt.setStyleSheet("color: #555;")
        elif step.state == "speak":
            self.prompt.setText(self.tr("Speak into microphone {0} now").format(step.channel))
            self.prompt.setStyleSheet(f"color: {TEXT_COLOURS['pass']};")
        else:
            self._finish_guided()

    def _guided_timeout(self) -> None:
        if self._session is not None:
            self._finish_guided()

    def _finish_guided(self) -> None:
        assert self._session is not None
        result = self._session.stop()
        self._session = None
        self._timer.stop()
        self._guided_clock.stop()
        self.prompt.setText("")
        self._guided_last = result
        self._show_guided_result(result)
        if self.run is not None:
            self.run.results = [r for r in self.run.results if r.check != result.check]
            self.run.results.append(result)
            self.run.finish()
        self._add_result(result)
        if self.history is not None:
            single = SelfCheckRun.begin(self.who, "guided", {"channel": result.check})
            single.results.append(result)
            single.finish()
            self.history.add(single)
        self.guided_button.setEnabled(True)
        self.run_button.setEnabled(True)
        if self.run is not None:
            self._update_summary()
        self.guided_finished.emit(result)

    def _show_guided_result(self, result: CheckResult) -> None:
        text = f"{GLYPHS[result.verdict]} {tr_msg(result.message)} {tr_msg(result.remedy)}"
        self.guided_result.setText(text.strip())
        self.guided_result.setStyleSheet(f"color: {TEXT_COLOURS[result.verdict]};")

    # ------------------------------------------------------------------ report
    def export_report(self, path: str | Path) -> str:
        """Write the signed report; returns what to tell the user."""
        if self.run is None:
            return self.tr("Run the self-check first.")
        key = self._key()
        if key is None:
            return self.tr("Open the signing key first: the report is signed with it.")
        try:
            report = export_report_with_key(self.run, path, key)
        except (KeyProblem, OSError) as e:
            return self.tr("The report was not written: {0}").format(e)
        return self.tr("Signed report written: {0} and {1}").format(
            report.json_path, report.text_path
        )

    def export_pdf_reports(self) -> str:
        """The signed report as PDF in Kazakh and Russian (and the signed JSON for machines)
        in the reports folder, no file dialog; returns what to tell the user."""
        if self.run is None:
            return self.tr("Run the self-check first.")
        key = self._key()
        if key is None:
            return self.tr("Open the signing key first: the report is signed with it.")
        from ui.selfcheck.pdf import write_signed_pdfs

        try:
            pdfs = write_signed_pdfs(self.run, self.reports_dir, key, self.who)
            export_report_with_key(self.run, pdfs[0].with_suffix(""), key)
        except (KeyProblem, OSError) as e:
            return self.tr("The report was not written: {0}").format(e)
        self.report_pdfs = pdfs
        return (
            self.tr("Signed report written in Kazakh and Russian: {0}").format(
                ", ".join(p.name for p in pdfs)
            )
            + f" ({self.reports_dir})"
        )

    def _export_clicked(self) -> None:
        self.summary.setText(self.export_pdf_reports())

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._session is not None:
            self._finish_guided()
        super().closeEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
