"""Screenshots of the main states in each language, kept as test artifacts to be looked at.

For Kazakh, Russian and English: the filled setup page after a passed equipment check, recording
with the meters moving and a few markers, paused for a recess, and an alarm banner (disk space
below two hours, raised by the real check with a small free-space figure). Plus one recording page
with 32 microphones, to see the meter at its widest. Files: test-artifacts/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from audio.engine import EngineState
from audio.sources import InputSource, SpeechSource, ToneSource
from tests.ui.conftest import SIMULATED, run_check
from ui.station.composition import InputChoice, Station


def speech_or_tones(choice: InputChoice, channels: int, realtime: bool) -> InputSource:
    cls = SpeechSource if choice.kind == "speech" else ToneSource
    return cls(channels, 48000, 16, realtime=realtime)


def _save(w, path: Path) -> None:  # type: ignore[no-untyped-def]
    assert w.grab().save(str(path))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_screenshots_of_the_main_states(
    qtbot,
    make_window,
    languages,
    tmp_path,
    shots,  # type: ignore[no-untyped-def]
    lang,
) -> None:
    station = Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=speech_or_tones,
    )
    w = make_window(station)
    languages.switch(lang)
    qtbot.waitUntil(lambda: w.precheck.button.text() != "Check the equipment" or lang == "en")
    w.fill_example()
    run_check(qtbot, w)
    assert w.precheck.passed
    _save(w, shots / f"{lang}-1-setup.png")

    assert w.start_recording(), w.message.text()
    meter = w.page.meter
    qtbot.waitUntil(
        lambda: meter.snapshot is not None and meter.snapshot.display_db.max() > -30, timeout=10000
    )
    for key in (Qt.Key.Key_F1, Qt.Key.Key_F2):
        qtbot.keyClick(w.page.markers.table, key)
    w.page.markers.note.setText("№ 3")
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 2 * 48000, timeout=10000)
    frames = meter.frames_painted
    qtbot.waitUntil(lambda: meter.frames_painted > frames + 3)
    _save(w, shots / f"{lang}-2-recording.png")

    w.page.controls.pause("recess")
    qtbot.waitUntil(lambda: w.page.controls.banner.text().startswith("❚❚"))
    _save(w, shots / f"{lang}-3-paused.png")

    w.page.controls.resume()
    qtbot.waitUntil(lambda: w.vm.state is EngineState.RECORDING)
    w.vm.check_disk(free_bytes=48000 * 4 * 2 * 1800)  # half an hour left
    banner = w.page.alarms
    qtbot.waitUntil(lambda: bool(banner.rows) and banner.isVisible() and banner.height() > 20)
    _save(w, shots / f"{lang}-4-alarm.png")
    w.page.controls.end()


def test_screenshot_of_32_microphones(qtbot, make_window, tmp_path, shots) -> None:  # type: ignore[no-untyped-def]
    from app.hearing.details import ROLES

    station = Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=speech_or_tones,
    )
    w = make_window(station)
    w.resize(1600, 900)
    f = w.form
    f.input.setCurrentIndex(0)
    f.channels.setValue(32)
    w.fill_example()
    f.input.setCurrentIndex(0)  # test tones: every bar moves
    f.channels.setValue(32)
    for i in range(5, 33):
        f.add_participant(ROLES[i % len(ROLES)], f"Participant {i}", i)
    run_check(qtbot, w)
    assert w.start_recording(), w.message.text() + f.problems_label.text()
    meter = w.page.meter
    qtbot.waitUntil(
        lambda: meter.snapshot is not None and meter.snapshot.display_db.min() > -30, timeout=10000
    )
    _save(w, shots / "en-5-recording-32-channels.png")
    w.page.controls.end()
