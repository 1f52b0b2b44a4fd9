"""While the interface is lost and another device answers under its name, the recording page
says what the secretary can do (Rules p. 9): record from it (a device that can carry the
hearing's microphones, after her yes) or connect the right one (a device with fewer inputs,
which no yes can make usable). In Kazakh and Russian, without English words.

The loss is real (simulated tones that stop, seen by the engine's watchdog); the device that
answers is put where the engine's reconnect puts it (``changed_device``), because a simulated
source has no device list to answer from — tests/integration/test_capture_pulse.py makes the
same happen on a real PulseAudio server."""

from __future__ import annotations

import pytest

from tests.ui.conftest import SIMULATED, tones_factory
from tests.ui.screen_check import WORD
from tests.ui.test_markers_alarms import LongStallTones, _recording
from ui.station.composition import WindowParts


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_another_device_answering_is_offered_only_when_it_can_record(  # type: ignore[no-untyped-def]
    qtbot, make_window, languages, lang, tmp_path
) -> None:
    languages.switch(lang)
    station = WindowParts(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(LongStallTones),
        precheck_max_seconds=3.0,
    )
    w = _recording(qtbot, make_window, station)
    engine = w.session.engine
    qtbot.waitUntil(lambda: w.vm.signal_lost, timeout=10000)  # the screen knows it
    controls = w.page.controls
    engine.changed_device = {"name": "USB Audio", "channels": 1}  # fewer than the 2 recorded
    controls.refresh()
    assert not controls.accept_device_button.isVisible()
    advice = controls.advice.text()
    assert "USB Audio" in advice and "1" in advice
    assert not WORD.findall(advice.replace("USB Audio", "")), advice
    engine.accept_changed_device()
    assert not engine._accept_change.is_set()  # no yes for a device that cannot record
    engine.changed_device = {"name": "USB Audio", "channels": 8}
    controls.refresh()
    assert controls.accept_device_button.isVisible()
    text = controls.accept_device_button.text()
    assert not WORD.findall(text.replace("USB Audio", "")), text
    controls.end()
