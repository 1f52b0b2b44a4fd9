"""The secretary's main window: hearing setup and check, then the recording page.

:class:`MainWindow` holds a two-page stack. The setup page has the hearing form, the input choice
(sound card or simulated microphone), the pre-hearing check and "Start recording", which is
enabled only after the check passed or its failure was acknowledged. Starting validates the form
again, creates the :class:`app.hearing.session.HearingSession` (``hearing_opened``), journals the
check (``precheck``) and starts the engine (``recording_started``), then shows the recording page.
The window cannot be closed while a hearing is being recorded: ending it is the only way, and it is
journaled. When the signed-in role may not record (Rules p. 7, 20),
:meth:`MainWindow.set_recording_allowed` keeps Start disabled and says why. The language menu
switches Kazakh / Russian / English at runtime.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.archive.settings import SettingsDamaged
from app.hearing.details import HearingInfo, Participant
from app.hearing.live import (
    EngineState,
    HeadphoneMonitor,
    MonitorTap,
    SampleFormat,
    SourceError,
    TappedSource,
)
from app.hearing.session import HearingSession, SessionError
from ui.recording.not_recorded import NotRecordedButton, declare_not_recorded
from ui.recording.page import RecordingPage
from ui.recording.setup_form import HearingSetupForm
from ui.recording.viewmodel import RecordingViewModel
from ui.selfcheck.precheck_panel import PrecheckPanel
from ui.station.composition import WindowParts
from ui.station.menu import report_finish
from ui.widgets.i18n import LANGUAGE_NAMES, LANGUAGES, Languages, Retranslatable
from ui.widgets.screen_fit import fit_to_screen, scrolling


def example_hearing(court: str, secretary: str | None) -> HearingInfo:
    """A civil hearing with four microphones, for trying the station out."""
    return HearingInfo(
        court=court,
        courtroom="204",
        instance="first",
        category="civil",
        case_number="7199-26-00-2/1234",
        date=dt.date.today().isoformat(),
        judge="Сейткали А. Б.",
        secretary=secretary or "Жумабекова Д. Е.",
        participants=[
            Participant("judge", "Сейткали А. Б.", 1),
            Participant("plaintiff", "Әбенов Қ. Ж.", 2),
            Participant("respondent", "ТОО «Құрылыс-Сервис»", 3),
            Participant("representative", "Ильина О. В.", 3),
            Participant("witness", "Нұрланұлы Ө.", 4),
        ],
    )


class MainWindow(Retranslatable, QMainWindow):
    def __init__(
        self,
        station: WindowParts,
        languages: Languages,
        beep: Callable[[], None] = QApplication.beep,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.languages = languages
        self.beep = beep
        self.session: HearingSession | None = None
        self.vm: RecordingViewModel | None = None
        self.page: RecordingPage | None = None
        self.monitor: HeadphoneMonitor | None = None
        self.close_warning: QMessageBox | None = None
        self.recording_allowed = True  # False when the signed-in role may not record (p. 20)
        self.stack = QStackedWidget()
        top = self._make_top()
        self.setup_page = self._make_setup_page()
        self.stack.addWidget(self.setup_page)
        self.role_page: QWidget | None = None
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.addLayout(top)
        cl.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.precheck.button.clicked.connect(self.run_precheck)
        self.precheck.readyChanged.connect(self._ready_changed)
        self.form.changed.connect(self.precheck.invalidate)
        self.start_button.clicked.connect(self.start_recording)
        self.example_button.clicked.connect(self.fill_example)
        fit_to_screen(self, 1360, 860)  # 1366×768 courtroom PCs: within the screen, never taller
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _make_top(self) -> QHBoxLayout:
        """The title and the language menu above the pages."""
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self.languages.current))
        self.language.currentIndexChanged.connect(
            lambda i: self.languages.switch(str(self.language.itemData(i)))
        )
        self.languages.changed.connect(self._language_changed)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignRight)
        return top

    def _make_setup_page(self) -> QWidget:
        """The hearing form and the pre-hearing check (scrolling), with Start always below."""
        self.form = HearingSetupForm(self.station)
        self.precheck = PrecheckPanel(self.station)
        self.start_button = QPushButton()
        self.start_button.setMinimumHeight(48)
        self.start_button.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.start_button.setEnabled(False)
        self.example_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00; font-weight: bold;")
        self.role_notice = QLabel()
        self.role_notice.setObjectName("roleNotice")
        self.role_notice.setWordWrap(True)
        self.role_notice.setStyleSheet("color: #7a0000; font-weight: bold;")
        self.role_notice.hide()
        # the form and the check scroll on a small screen; Start stays below them, always seen
        fields = QWidget()
        fl = QVBoxLayout(fields)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.form, 1)
        fl.addWidget(self.precheck)
        fl.addWidget(self.message)
        fl.addWidget(self.role_notice)
        self.setup_scroll = scrolling(fields)
        setup = QWidget()
        sl = QVBoxLayout(setup)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.setup_scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.example_button)
        self.not_recorded_button = NotRecordedButton()  # Rules p. 3: held without recording
        self.not_recorded_button.clicked.connect(lambda: declare_not_recorded(self))
        buttons.addWidget(self.not_recorded_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button, 2)
        sl.addLayout(buttons)
        return setup

    # ------------------------------------------------------------------ setup page
    def run_precheck(self) -> None:
        self.message.setText("")
        self.precheck.start(
            self.form.current_choice(), self.form.channels.value(), self.form.used_channels()
        )

    def _ready_changed(self, ready: bool) -> None:
        self.start_button.setEnabled(ready and self.session is None and self.recording_allowed)

    def set_recording_allowed(self, allowed: bool, reason: str = "") -> None:
        """Whether the signed-in person may start a recording (Rules p. 7, 20); when not, Start
        stays disabled and ``reason`` (already translated) is shown above it."""
        self.recording_allowed = allowed
        self.role_notice.setText("" if allowed else reason)
        self.role_notice.setVisible(not allowed and bool(reason))
        self.start_button.setEnabled(allowed and self.precheck.ready and self.session is None)

    def fill_example(self) -> None:
        """A ready-made hearing for trying the station (the simulated microphone is chosen)."""
        sims = [i for i, c in enumerate(self.form.choices) if c.kind == "speech"]
        if sims:
            self.form.input.setCurrentIndex(sims[0])
        self.form.channels.setValue(min(4, self.form.channels.maximum()))
        self.form.fill(
            example_hearing(
                self.tr("Specialised inter-district economic court of Astana"),
                self.station.secretary,
            )
        )

    def start_recording(self) -> bool:
        """Validate, create the hearing, journal the check, start the engine. False if refused."""
        if not self.recording_allowed:
            self.message.setText(self.role_notice.text())
            return False
        if not self.form.validate():
            self.message.setText(
                self.tr("The hearing details are not complete: see the marked fields.")
            )
            return False
        if not self.precheck.ready:
            self.message.setText(self.tr("Check the equipment first (Rules p. 8)."))
            return False
        st = self.station
        info = self.form.info()
        choice = self.form.current_choice()
        channels = self.form.channels.value()
        session = None
        try:
            source = st.make_source(choice, channels, True)
            session = HearingSession.create(
                st.recordings_root,
                info,
                channels=channels,
                rate=st.rate,
                bits=st.bits,
                source_name=choice.kind if choice.simulated else source.name,
                segment_seconds=st.segment_seconds,
                taken=getattr(st, "hearing_id_taken", None),
            )
            session.record_precheck(
                self.precheck.passed,
                self.precheck.results(),
                None if self.precheck.passed else self.precheck.acknowledged,
            )
            if st.protect is not None:
                st.protect(session)
            tap = MonitorTap()
            session.start(TappedSource(source, tap), st.engine_config)
        except (SessionError, SourceError, OSError, SettingsDamaged) as e:
            # a damaged settings.json (zone, anchors, mirror) stops the start: fail closed (#16)
            self.message.setText(self.tr("Recording could not start: %1").replace("%1", str(e)))
            tried = session is not None and session.engine is not None
            if session is not None and tried and st.after_failed_start is not None:
                st.after_failed_start(session.folder)  # its protocol and act (Rules p. 17)
            return False
        self.session = session
        self.monitor = HeadphoneMonitor(tap, st.rate, SampleFormat(st.bits).full_scale)
        self.vm = RecordingViewModel(session, parent=self, finish=st.finish)
        self.vm.finished.connect(lambda result: report_finish(self, result))
        self.page = RecordingPage(self.vm, info, self.monitor, st.outputs(), self.alarm_sound)
        self.page.controls.ended.connect(self._ended)
        self.page.controls.new_button.clicked.connect(self.new_hearing)
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        self.title.hide()  # the window's title bar says it; the page needs the height (768 px)
        self.start_button.setEnabled(False)
        self.vm.start_polling()
        self.page.markers.setFocus()
        return True

    def alarm_sound(self) -> None:
        if self.monitor is None or not self.monitor.alarm_tone():
            self.beep()

    def _ended(self) -> None:
        if self.monitor is not None:
            self.monitor.stop()
        if self.session is not None and self.page is not None:
            text = self.tr("The hearing has ended; it is saved in %1").replace(
                "%1", str(self.session.folder)
            )
            self.page.case_label.setText(self.page.case_label.text() + "<br><b>" + text + "</b>")

    def new_hearing(self) -> None:
        """Back to the setup page after an ended hearing: the form keeps the courtroom and the
        judge, and clears the case number and the participants."""
        if self.session is not None and self.session.state in (
            EngineState.RECORDING,
            EngineState.PAUSED,
        ):
            return
        if self.vm is not None and self.vm.finishing_now:
            return
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
        self.page = None
        self.session = None
        self.vm = None
        self.stack.setCurrentIndex(0)
        self.form.next_hearing()
        self.title.show()
        self.message.setText("")
        self.precheck.invalidate()
        self.start_button.setEnabled(False)

    # ------------------------------------------------------------------ role pages
    def show_role_page(self, page: QWidget) -> None:
        """Show ``page`` (the judge's library, the technician's self-check) instead of the
        hearing form; the page before is removed. Never while a hearing is recorded."""
        if self.recording:
            return
        self._drop_role_page()
        self.role_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def show_work_page(self) -> None:
        """The secretary's page: the running hearing when there is one, else the form."""
        self._drop_role_page()
        self.stack.setCurrentWidget(self.page if self.page is not None else self.setup_page)

    def _drop_role_page(self) -> None:
        page, self.role_page = self.role_page, None
        if page is not None:
            self.stack.removeWidget(page)
            page.close()
            page.deleteLater()

    def _language_changed(self, lang: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(LANGUAGES.index(lang))
        self.language.blockSignals(False)

    # ------------------------------------------------------------------ window
    @property
    def recording(self) -> bool:
        return self.session is not None and self.session.state in (
            EngineState.RECORDING,
            EngineState.PAUSED,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.vm is not None and self.vm.finishing_now:
            event.ignore()
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("The hearing is being sealed"),
                self.tr(
                    "The hearing is being sealed and signed. Wait until the report appears; "
                    "then the program can be closed."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.close_warning = box
            box.open()
            return
        if self.recording:
            event.ignore()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The hearing is being recorded"),
                self.tr(
                    "End the hearing first: recording can only be stopped "
                    "by ending it, which is written into the journal."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.finished.connect(lambda _r: self.activateWindow())
            self.close_warning = box
            box.open()  # not exec(): the recording page stays live behind it
            return
        self.precheck.cancel()
        if self.monitor is not None:
            self.monitor.stop()
        event.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Zhazba — court hearing recording"))
        self.title.setText(self.tr("Zhazba — court hearing recording"))
        self.start_button.setText(self.tr("● Start recording"))
        self.example_button.setText(self.tr("Fill in an example hearing"))
        self.language.setToolTip(self.tr("Language"))
        align = Qt.AlignmentFlag.AlignLeft
        self.message.setAlignment(align)
