"""Marker corrections keep the original (Rules p. 19); alarms stay until acknowledged and are
journaled (p. 9, 16); the meter's clip lamp latches and resets on a click; languages switch."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt

from audio.engine import EngineState
from audio.meter import LevelMeter
from audio.sources import ToneSource
from signing.journal import read_records
from tests.ui.conftest import OverflowOnceTones, fill_form, run_check, tones_factory
from ui.recording.marker_model import MarkerTableModel
from ui.recording.meter import LevelMeterWidget
from ui.station.composition import Station

PEOPLE = [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]


def _recording(qtbot, make_window, station):  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE, channels=2)
    run_check(qtbot, w)
    assert w.start_recording()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 4800, timeout=10000)
    return w


def test_correcting_a_marker_appends_an_amendment(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = _recording(qtbot, make_window, station)
    markers = w.page.markers
    qtbot.keyClick(markers.table, Qt.Key.Key_F1)
    assert markers.model.rowCount() == 1
    markers.table.selectRow(0)
    markers.edit_selected()
    dialog = markers.edit_dialog
    assert dialog is not None
    dialog.speaker.setCurrentIndex(2)  # the plaintiff, not the judge, was speaking
    dialog.note.setText("correction by the secretary")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    row = markers.model.rows[0]
    assert row.current()["speaker"] == "Әбенов Қ. Ж."
    assert "✎" in markers.model.cell_text(row, "speaker")
    markers.show_history()
    history = markers.model.history(row)
    assert [h[1] for h in history] == ["Original", "Correction"]
    assert history[0][2] == "Сейткали А. Б." and history[1][2] == "Әбенов Қ. Ж."
    w.page.controls.end()
    recs = read_records(w.session.folder / "journal.jsonl")
    marker = next(r for r in recs if r["kind"] == "marker")
    amended = next(r for r in recs if r["kind"] == "marker_amended")
    assert marker["data"]["speaker"] == "Сейткали А. Б."  # the original stays as it was
    assert amended["data"] == {
        "marker": marker["seq"],
        "speaker": "Әбенов Қ. Ж.",
        "role": "plaintiff",
        "note": "correction by the secretary",
    }


def test_marker_model_without_a_window(qapp) -> None:  # type: ignore[no-untyped-def]
    model = MarkerTableModel(48000)
    model.add_record(
        {
            "seq": 7,
            "frame": 48000 * 3725,
            "utc": "2026-11-21T09:30:00.000000Z",
            "kind": "marker",
            "data": {"speaker": "A", "role": "judge", "event": "", "note": ""},
        }
    )
    model.add_amendment(
        {
            "seq": 9,
            "utc": "2026-11-21T09:31:00.000000Z",
            "frame": 0,
            "kind": "marker_amended",
            "data": {"marker": 7, "note": "n"},
        }
    )
    assert model.data(model.index(0, 0)) == "01:02:05"
    assert model.data(model.index(0, 4)) == "n"
    assert model.data(model.index(0, 2)) == "A ✎"
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Judge: A\n") and "Corrected 1 time" in tip


def test_alarm_banner_stays_until_acknowledged(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import SIMULATED

    station = Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(OverflowOnceTones),
        precheck_max_seconds=3.0,
    )
    w = _recording(qtbot, make_window, station)
    banner = w.page.alarms
    qtbot.waitUntil(lambda: len(banner.rows) == 1, timeout=5000)
    assert banner.isVisible()
    assert "Input overflow" in banner.label.text()
    assert w.beeps.count == 1
    # Free disk space for less than two hours of recording raises its own alarm: the newest is
    # shown, with the count of the others; the strip keeps its height.
    height = banner.height()
    seconds = w.vm.check_disk(free_bytes=48000 * 2 * 2 * 3600)
    assert seconds < 2 * 3600
    assert len(banner.rows) == 2 and "2 hours" in banner.label.text()
    assert banner.more.text() == "+1 more" and banner.height() == height
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert len(banner.rows) == 1 and banner.isVisible()
    assert "Input overflow" in banner.label.text() and banner.more.text() == ""
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert not banner.rows and not banner.isVisible()
    w.page.controls.end()
    recs = read_records(w.session.folder / "journal.jsonl")
    raised = [r["data"]["alarm"] for r in recs if r["kind"] == "alarm"]
    acked = [r["data"]["alarm"] for r in recs if r["kind"] == "alarm_acknowledged"]
    assert raised == ["overflow", "disk_low"]
    assert acked == ["disk_low", "overflow"]
    assert all(
        r["data"]["by"] == "Жумабекова Д. Е." for r in recs if r["kind"] == "alarm_acknowledged"
    )


def test_meter_clip_lamp_latches_and_resets_on_click(qtbot, artifacts) -> None:  # type: ignore[no-untyped-def]
    meter = LevelMeter(4, 48000, 32768, silence_s=0.005)
    block = np.zeros((480, 4), dtype=np.int16)
    block[:, 2] = 32767  # channel 3 at full scale: clipping
    block[:, 0] = 8000
    block[:, 1] = 500
    meter.feed(block)
    widget = LevelMeterWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.set_labels(["Judge", "", "Witness", ""])
    widget.show()
    widget.set_snapshot(meter.snapshot())
    qtbot.waitUntil(lambda: widget.frames_painted > 0)
    assert bool(widget.snapshot.clipped[2])
    img = widget.grab().toImage()
    lamp = widget.lamp_rect(2).center()
    assert img.pixelColor(lamp).red() > 200 and img.pixelColor(lamp).green() < 80
    assert list(widget.snapshot.silent) == [False, False, False, True]  # channel 4: no sound
    badge = widget._bar_rect(3).bottomLeft() + QPoint(widget._bar_rect(3).width() // 2, -10)
    assert (
        img.pixelColor(badge).name()
        != img.pixelColor(
            widget._bar_rect(1).bottomLeft() + QPoint(widget._bar_rect(1).width() // 2, -10)
        ).name()
    )
    (artifacts / "screenshots").mkdir(exist_ok=True)
    img.save(str(artifacts / "screenshots" / "meter-clip-silent.png"))
    widget.clipResetRequested.connect(
        lambda ch: (meter.reset_clip(ch), widget.set_snapshot(meter.snapshot()))
    )
    with qtbot.waitSignal(widget.clipResetRequested) as sig:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.lamp_rect(2).center())
    assert sig.args == [2]
    assert not bool(widget.snapshot.clipped[2])
    assert widget.channel_at(QPoint(5, 100)) is None  # the scale is not a channel


def test_language_switch_at_runtime(qtbot, make_window, station, languages) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    assert languages.switch("kk")
    qtbot.waitUntil(lambda: w.start_button.text() == "● Жазуды бастау")
    assert w.form.instance.itemText(0) == "Бірінші саты"
    assert w.precheck.button.text() == "Жабдықты тексеру"
    assert languages.switch("ru")
    qtbot.waitUntil(lambda: w.start_button.text() == "● Начать запись")
    assert w.form.category.itemText(3) == "Об административном правонарушении"
    assert languages.switch("en")
    qtbot.waitUntil(lambda: w.start_button.text() == "● Start recording")
    assert w.vm is None or w.vm.state is EngineState.IDLE


class StallingTones(ToneSource):
    """Real-time test tones whose sound stops once, as when a USB interface is pulled out and
    put back: the engine's watchdog reports the device lost, then returned."""

    stall_seconds = 1.2

    def _generate(self, start: int, frames: int) -> np.ndarray:
        if start == 48000:
            self._stop.wait(self.stall_seconds)
        return super()._generate(start, frames)


class LongStallTones(StallingTones):
    stall_seconds = 6.0


def test_device_lost_is_shown_until_acknowledged(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import SIMULATED

    station = Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(StallingTones),
        precheck_max_seconds=3.0,
    )
    w = _recording(qtbot, make_window, station)
    banner = w.page.alarms
    qtbot.waitUntil(lambda: any(r.alarm.kind == "device_lost" for r in banner.rows), timeout=10000)
    lost = next(r for r in banner.rows if r.alarm.kind == "device_lost")
    assert "lost" in banner.label.text()
    qtbot.waitUntil(
        lambda: any(r.alarm.kind == "device_returned" for r in banner.rows), timeout=10000
    )
    assert lost in banner.rows  # sound is back, the lost span still waits for the secretary
    assert banner.more.text() == "+1 more" and banner.all_button.isVisible()
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not banner.rows)  # a button's shortcut clicks it a moment later
    assert not banner.isVisible()
    assert [e.alarm.kind for e in banner.history] == ["device_lost", "device_returned"]
    w.page.controls.end()
    kinds = [r["kind"] for r in read_records(w.session.folder / "journal.jsonl")]
    assert kinds.index("device_lost") < kinds.index("device_returned")
    assert "alarm_acknowledged" in kinds


def test_while_no_sound_arrives_the_screen_says_not_recording(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path, languages, shots
) -> None:
    """Never "RECORDING" when nothing arrives: the banner says since when and for how long, the
    meter is greyed with "no signal", the advice says what to do; when sound returns, the banner
    is RECORDING again and the interruption is one line. Screenshots in kk, ru and en."""
    from tests.ui.conftest import SIMULATED

    station = Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(LongStallTones),
        precheck_max_seconds=3.0,
    )
    w = _recording(qtbot, make_window, station)
    w.resize(1366, 768)
    controls = w.page.controls
    qtbot.waitUntil(lambda: w.vm.signal_lost, timeout=10000)
    assert controls.banner.text().startswith("✖ NOT RECORDING: the microphones are disconnected")
    assert "RECORDING" not in controls.banner.text().replace("NOT RECORDING", "")
    assert controls.advice.isVisible() and "technician" in controls.advice.text()
    assert w.page.meter.no_signal
    for lang in ("kk", "ru", "en"):
        assert languages.switch(lang)
        qtbot.wait(200)
        w.grab().save(str(shots / f"{lang}-device-lost.png"))
        assert not controls.banner.text().startswith("●")
    kk_ru = []
    for lang in ("kk", "ru"):
        languages.switch(lang)
        qtbot.wait(100)
        kk_ru.append(controls.banner.text() + controls.advice.text())
    assert kk_ru[0].startswith("✖ ЖАЗЫЛМАЙДЫ") and kk_ru[1].startswith("✖ ЗАПИСЬ НЕ ИДЁТ")
    assert all("NOT RECORDING" not in t and "technician" not in t for t in kk_ru)
    languages.switch("en")
    qtbot.waitUntil(lambda: not w.vm.signal_lost, timeout=15000)
    assert controls.banner.text() == "● RECORDING"
    assert not controls.advice.isVisible() and not w.page.meter.no_signal
    # the return's alarm comes with the next poll of the engine's alarms
    qtbot.waitUntil(
        lambda: any(e.alarm.kind == "device_returned" for e in w.page.alarms.history),
        timeout=5000,
    )
    returned = [e for e in w.page.alarms.history if e.alarm.kind == "device_returned"]
    assert len(returned) == 1 and "again" in w.page.alarms.entry_text(returned[0])
    w.page.controls.end()


def test_fifty_alarms_leave_every_control_on_a_1366x768_screen(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, shots
) -> None:
    from audio.engine import Alarm

    w = _recording(qtbot, make_window, station)
    w.resize(1366, 768)
    qtbot.wait(100)
    banner = w.page.alarms
    before = banner.height()
    for n in range(50):
        kind = ("overflow", "silent", "device_lost", "dropout", "disk_low")[n % 5]
        w.vm.alarmRaised.emit(Alarm(kind, f"alarm {n}", 48000 * n, (n % 2) + 1))
    qtbot.wait(100)
    assert banner.height() == before or before == 0
    assert len(banner.rows) <= 10  # repeats of one alarm coalesce
    assert banner.rows[-1].count >= 5
    screen_h, screen_w = 768, 1366
    c = w.page.controls
    for widget in (c.banner, c.clock, c.pause_button, c.end_button, w.page.meter, banner):
        assert widget.isVisible(), widget
        top_left = widget.mapTo(w, widget.rect().topLeft())
        bottom_right = widget.mapTo(w, widget.rect().bottomRight())
        assert top_left.y() >= 0 and bottom_right.y() < screen_h, (widget, bottom_right)
        assert top_left.x() >= 0 and bottom_right.x() < screen_w, (widget, bottom_right)
    assert w.height() <= screen_h
    w.grab().save(str(shots / "en-fifty-alarms.png"))
    banner.show_log()
    assert banner.log_dialog is not None and banner.log_dialog.table.rowCount() == len(
        banner.history
    )
    banner.acknowledge_all()
    assert not banner.isVisible()
    w.page.controls.end()


def test_secretary_comes_from_the_open_certificate(
    qtbot,
    make_window,
    tmp_path,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    from tests.support.pki import PASSWORD, shared_pki
    from ui.main import secretary_from_key

    key = tmp_path / "secretary.p12"
    key.write_bytes(shared_pki().secretary.p12())
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", PASSWORD)
    holder = secretary_from_key(key)
    assert holder == "ASANOVA AIGERIM"
    station = Station(
        tmp_path / "h", tmp_path / "s", secretary=holder, inputs=lambda: [], outputs=lambda: []
    )
    w = make_window(station)
    assert w.form.secretary.text() == "ASANOVA AIGERIM" and w.form.secretary.isReadOnly()
    monkeypatch.setenv("ZHAZBA_KEY_PASSWORD", "wrong")
    assert secretary_from_key(key) is None
