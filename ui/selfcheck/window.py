"""The technician's self-check window: run the checks, read what is wrong and what to do.

A list of checks with a pass / warning / failure icon and colour; selecting one shows its
explanation and remedy. "Run self-check" runs :func:`app.selfcheck.checks.run_checks` on a worker
thread (results arrive one by one through a queued signal, the window never blocks); the guided
microphone test is its own group (:mod:`ui.selfcheck.guided`), whose results join the run; the
icons and colours come from :mod:`ui.selfcheck.verdicts`. "Export signed report…"
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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.keys import KeyProblem, OpenedKey
from app.selfcheck.checks import (
    ALL_CHECKS,
    SelfCheckSettings,
    SourceFactory,
    default_source,
    floors_from,
    run_checks,
)
from app.selfcheck.findings import CheckResult, check_msg
from app.selfcheck.report import SelfCheckHistory, SelfCheckRun, export_report_with_key
from app.translations import QT_TRANSLATE_NOOP
from ui.selfcheck.guided import GuidedTestBox
from ui.selfcheck.verdicts import (
    GLYPHS,
    TEXT_COLOURS,
    TINTS,
    check_title,
    verdict_icon,
    verdict_word,
)
from ui.selfcheck.verdicts import escape_html as _esc
from ui.widgets.i18n import Retranslatable, tr_msg
from ui.widgets.screen_fit import fit_to_screen


class _Bridge(QObject):
    """Carries results from the worker thread to the window (queued across threads)."""

    result = Signal(object)
    done = Signal(object)


# every check but the guided one, which has its own button
WINDOW_CHECKS: tuple[str, ...] = tuple(c for c in ALL_CHECKS if c != "guided")


class SelfCheckWindow(Retranslatable, QWidget):
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
        self._bridge = _Bridge(self)
        self._bridge.result.connect(self._add_result)
        self._bridge.done.connect(self._run_done)
        self._build()
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self._make_results()
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.start_run)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export_clicked)
        self.export_button.setEnabled(False)
        self.guided_box = GuidedTestBox(self.settings, self._source_factory)
        self.guided_box.button.clicked.connect(
            lambda: self.start_guided(self.guided_box.mic.value())
        )
        self.guided_box.finished.connect(self._guided_done)
        # the box's parts, by the names the window has always had
        self.mic, self.guided_button = self.guided_box.mic, self.guided_box.button
        self.prompt, self.guided_result = self.guided_box.prompt, self.guided_box.result
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

    def _make_results(self) -> None:
        """The heading and summary, the list of checks and the details of the one selected."""
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

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Equipment self-check"))
        self.heading.setText(self.tr("Equipment self-check"))
        self.run_button.setText(self.tr("Run self-check"))
        self.export_button.setText(self.tr("Export signed report…"))
        if self.run is None and self._worker is None:
            self.summary.setText(self.tr("Not run yet. Press “Run self-check”."))
        elif self.run is not None and self._worker is None:
            self._update_summary()
        for row in range(self.list.count()):
            self._render_item(self.list.item(row))
        self._show_details(self.list.currentRow())

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
        item.setText(f"{check_title(result.check)} — {tr_msg(result.message)}")
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
            f"{_esc(check_title(r.check))}: {_esc(verdict_word(r.verdict))}</h3>"
            f"<p>{_esc(tr_msg(r.message))}</p>"
        )
        if r.remedy:
            what = self.tr("What to do:")
            html += f"<p><b>{_esc(what)}</b> {_esc(tr_msg(r.remedy))}</p>"
        self.details.setText(html)

    # ------------------------------------------------------------------ guided step
    def start_guided(self, channel: int) -> bool:
        """Start listening for microphone ``channel``; False (with the reason shown) if not."""
        if self.guided_box.running or self._worker is not None:
            return False
        if not self.guided_box.start(channel, floors_from(self.run)):
            return False
        self.run_button.setEnabled(False)
        return True

    def _guided_done(self, result: CheckResult) -> None:
        """File a microphone's result with the run shown and in the history."""
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
        self.run_button.setEnabled(True)
        if self.run is not None:
            self._update_summary()
        self.guided_finished.emit(result)

    # ------------------------------------------------------------------ report
    def _report_key(self) -> tuple[OpenedKey | None, str]:
        """The key that signs the report, or (None, why not): no run yet, or no key open."""
        if self.run is None:
            return None, self.tr("Run the self-check first.")
        key = self._key()
        if key is None:
            return None, self.tr("Open the signing key first: the report is signed with it.")
        return key, ""

    def export_report(self, path: str | Path) -> str:
        """Write the signed report; returns what to tell the user."""
        key, refusal = self._report_key()
        if key is None or self.run is None:
            return refusal
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
        key, refusal = self._report_key()
        if key is None or self.run is None:
            return refusal
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
        self.guided_box.stop()
        super().closeEvent(event)
