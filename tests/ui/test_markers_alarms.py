"""Marker corrections keep the original (Rules p. 19); alarms stay until acknowledged and are
journaled (p. 9, 16); the meter's clip lamp latches and resets on a click; languages switch."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt

from audio.engine import EngineState
from audio.meter import LevelMeter
from signing.journal import read_records
from tests.ui.conftest import OverflowOnceTones, fill_form, run_check, tones_factory
from ui.marker_model import MarkerTableModel
from ui.meter_widget import LevelMeterWidget
from ui.station import Station

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
    assert model.data(model.index(0, 2)) == "Judge: A ✎"


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
    assert "Input overflow" in banner.rows[0].label.text()
    assert w.beeps.count == 1
    # Free disk space for less than two hours of recording raises its own alarm.
    seconds = w.vm.check_disk(free_bytes=48000 * 2 * 2 * 3600)
    assert seconds < 2 * 3600
    assert len(banner.rows) == 2 and "2 hours" in banner.rows[1].label.text()
    qtbot.mouseClick(banner.rows[0].button, Qt.MouseButton.LeftButton)
    assert len(banner.rows) == 1 and banner.isVisible()
    qtbot.mouseClick(banner.rows[0].button, Qt.MouseButton.LeftButton)
    assert not banner.rows and not banner.isVisible()
    w.page.controls.end()
    recs = read_records(w.session.folder / "journal.jsonl")
    raised = [r["data"]["alarm"] for r in recs if r["kind"] == "alarm"]
    acked = [r["data"]["alarm"] for r in recs if r["kind"] == "alarm_acknowledged"]
    assert raised == ["overflow", "disk_low"]
    assert acked == ["overflow", "disk_low"]
    assert all(
        r["data"]["by"] == "Жумабекова Д. Е." for r in recs if r["kind"] == "alarm_acknowledged"
    )


def test_meter_clip_lamp_latches_and_resets_on_click(qtbot) -> None:  # type: ignore[no-untyped-def]
    meter = LevelMeter(4, 48000, 32768)
    block = np.zeros((480, 4), dtype=np.int16)
    block[:, 2] = 32767  # channel 3 at full scale: clipping
    block[:, 0] = 8000
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
