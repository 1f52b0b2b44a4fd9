"""Fixtures for the window tests: a station in temporary folders with simulated inputs only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from audio.sources import InputSource, ToneSource
from ui.recording.window import MainWindow
from ui.station.composition import InputChoice, Station
from ui.widgets import pyside_guard
from ui.widgets.i18n import Languages, load_fonts

SIMULATED = [InputChoice("tones", "tones", 32), InputChoice("speech", "speech", 32)]


class DeadChannelTones(ToneSource):
    """Test tones with one channel (0-based) that never carries sound: a broken microphone."""

    def __init__(
        self, channels: int, rate: int, bits: int = 16, *, dead: int = 1, **kw: object
    ) -> None:
        super().__init__(channels, rate, bits, **kw)
        self.dead = dead

    def _generate(self, start: int, frames: int) -> np.ndarray:
        block = super()._generate(start, frames)
        block[:, self.dead] = 0.0
        return block


class OverflowOnceTones(ToneSource):
    """Test tones whose third block arrives flagged as an input overflow, as PortAudio reports."""

    def start(self, sink: Callable[[np.ndarray, bool], None]) -> None:
        count = [0]

        def flagged(block: np.ndarray, overflowed: bool) -> None:
            count[0] += 1
            sink(block, overflowed or count[0] == 3)

        super().start(flagged)


def tones_factory(cls: type[ToneSource] = ToneSource) -> Callable[..., InputSource]:
    def make(choice: InputChoice, channels: int, realtime: bool) -> InputSource:
        return cls(channels, 48000, 16, realtime=realtime)

    return make


@pytest.fixture(autouse=True, scope="session")
def _pyside_none_guard() -> None:
    """PySide6 6.12.0 on CPython 3.11 leaks a reference to None per void call
    (ui/widgets/pyside_guard.py); without the guard a long UI test run aborts with
    'deallocating None'."""
    pyside_guard.install()


@pytest.fixture
def station(tmp_path: Path) -> Station:
    return Station(
        tmp_path / "hearings",
        tmp_path / "settings",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(),
        precheck_max_seconds=5.0,
    )


@pytest.fixture
def shots(artifacts: Path) -> Path:
    """Where screenshots go, to be looked at (test-artifacts/screenshots)."""
    out = artifacts / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def languages(qapp: QApplication) -> Languages:
    load_fonts(qapp)
    langs = Languages(qapp)
    langs.switch("en")
    yield langs
    langs.switch("en")


class Beeps:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def make_window(qtbot, languages: Languages):  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(station: Station) -> MainWindow:
        beeps = Beeps()
        w = MainWindow(station, languages, beep=beeps)
        w.beeps = beeps  # type: ignore[attr-defined]
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        windows.append(w)
        return w

    yield make
    for w in windows:  # a failed test must not leave an engine running or a seal under way
        if w.vm is not None:
            w.vm.wait_finished(60)
        if w.recording and w.session is not None:
            w.session.end()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a line edit; QTest can synthesise only Latin-1 keys, so other letters (Kazakh,
    Russian) are committed as a keyboard layout's input method would: ``insert``."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def fill_form(
    qtbot,
    w: MainWindow,
    participants: list[tuple[str, str, int]],  # type: ignore[no-untyped-def]
    channels: int = 3,
    case: str = "7199-26-00-2/1234",
) -> None:
    """Type the hearing details as the secretary would."""
    f = w.form
    f.input.setCurrentIndex(0)
    f.channels.setValue(channels)
    type_text(qtbot, f.court, "Specialised inter-district economic court of Astana")
    type_text(qtbot, f.courtroom, "204")
    type_text(qtbot, f.case_number, case)
    type_text(qtbot, f.judge, "Сейткали А. Б.")
    type_text(qtbot, f.secretary, "Жумабекова Д. Е.")
    for role, name, channel in participants:
        qtbot.mouseClick(f.add_button, Qt.MouseButton.LeftButton)
        row = f.table.rowCount() - 1
        combo = f.table.cellWidget(row, 0)
        combo.setCurrentIndex(combo.findData(role))
        f.table.cellWidget(row, 1).clear()  # the judge's row comes filled from the judge field
        type_text(qtbot, f.table.cellWidget(row, 1), name)
        f.table.cellWidget(row, 2).setValue(channel)


def run_check(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.precheck.finished, timeout=15000):
        qtbot.mouseClick(w.precheck.button, Qt.MouseButton.LeftButton)
