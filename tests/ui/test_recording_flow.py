"""The secretary's whole flow in the window, driven as a user would, checked against the journal.

Fill the form, check the equipment, start, mark speakers with F-keys and an event with its hotkey,
pause with each of the three reasons and resume, end with confirmation; then the journal must hold
exactly those events, in that order, each marker stamped with a frame taken between the moments
just before and just after its key press, and no frames recorded during any pause.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from audio.engine_types import PAUSE_REASONS, EngineState
from signing.journal import read_records, verify_journal
from tests.ui.conftest import fill_form, run_check, type_text

FLOW_KINDS = {
    "hearing_opened",
    "precheck",
    "recording_started",
    "marker",
    "paused",
    "resumed",
    "recording_ended",
    "marker_amended",
}
PEOPLE = [
    ("judge", "Сейткали А. Б.", 1),
    ("plaintiff", "Әбенов Қ. Ж.", 2),
    ("witness", "Нұрланұлы Ө.", 3),
]


def _advance(qtbot, w, frames: int = 4800) -> None:  # type: ignore[no-untyped-def]
    """Wait until the hearing has recorded at least ``frames`` more frames."""
    start = w.vm.hearing_frame()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() >= start + frames, timeout=10000)


def _press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    """The frames sounding just before and just after the key press (a marker goes on the sound
    at the microphones, not on the count of frames received: audio/frameclock.py)."""
    before = w.vm.marker_frame()[0]
    qtbot.keyClick(w.page.markers.table, key, modifier)
    after = w.vm.marker_frame()[0]
    return before, after


def test_whole_hearing_flow_is_journaled_in_order(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE)
    assert not w.start_button.isEnabled()  # no recording before the equipment check
    run_check(qtbot, w)
    assert w.precheck.passed
    assert w.start_button.isEnabled()
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    assert w.session is not None, w.message.text()
    qtbot.waitUntil(lambda: w.vm.state is EngineState.RECORDING)
    assert "RECORDING" in w.page.controls.banner.text()
    _advance(qtbot, w)

    windows: list[tuple[str, int, int]] = []  # (what, frame before, frame after)
    for i, key in enumerate((Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3)):
        b, a = _press(qtbot, w, key)
        windows.append((f"speaker:{PEOPLE[i][1]}", b, a))
        _advance(qtbot, w, 960)
    qtbot.keyClicks(w.page.markers.note, "exhibit 3, the contract")
    b, a = _press(qtbot, w, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # third event
    windows.append(("event:exhibit", b, a))
    assert w.page.markers.note.text() == ""  # the note went with the marker

    for reason in PAUSE_REASONS:
        _advance(qtbot, w, 2400)
        qtbot.mouseClick(w.page.controls.pause_button, Qt.MouseButton.LeftButton)
        dialog = w.page.controls.pause_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.mouseClick(dialog.buttons[reason], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.vm.state is EngineState.PAUSED)
        w.vm.poll()
        assert w.page.controls.pause_button.isEnabled() is False
        windows.append((f"paused:{reason}", 0, 0))
        qtbot.mouseClick(w.page.controls.resume_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.vm.state is EngineState.RECORDING)
        windows.append(("resumed", 0, 0))
    b, a = _press(qtbot, w, Qt.Key.Key_F1)
    windows.append((f"speaker:{PEOPLE[0][1]}", b, a))
    _advance(qtbot, w, 2400)

    qtbot.mouseClick(w.page.controls.end_button, Qt.MouseButton.LeftButton)
    box = w.page.controls.end_dialog
    assert box is not None
    qtbot.mouseClick(w.page.controls.end_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.session.state is EngineState.ENDED)
    assert not w.recording

    path = w.session.folder / "journal.jsonl"
    assert verify_journal(path).ok
    records = [r for r in read_records(path) if r["kind"] in FLOW_KINDS]
    kinds = [r["kind"] for r in records]
    assert kinds == (
        ["hearing_opened", "precheck", "recording_started"]
        + ["marker"] * 4
        + ["paused", "resumed"] * 3
        + ["marker", "recording_ended"]
    )
    assert records[1]["data"]["passed"] is True and records[1]["data"]["acknowledged"] is None
    flow = records[3:-1]
    for (what, before, after), rec in zip(windows, flow, strict=True):
        if what.startswith("speaker:"):
            assert rec["data"]["type"] == "speech"
            assert rec["data"]["speaker"] == what.split(":", 1)[1]
            assert before <= rec["frame"] <= after
        elif what.startswith("event:"):
            assert rec["data"]["event"] == "exhibit"
            assert rec["data"]["note"] == "exhibit 3, the contract"
            assert before <= rec["frame"] <= after
        elif what.startswith("paused:"):
            assert rec["data"]["reason"] == what.split(":", 1)[1]
        else:
            assert rec["kind"] == "resumed"
    for paused, resumed in zip(flow[4:10:2], flow[5:10:2], strict=True):
        assert paused["frame"] == resumed["frame"]  # a pause adds no frames
    frames = [r["frame"] for r in records[2:]]
    assert frames == sorted(frames)
    assert records[-1]["frame"] == records[-1]["data"]["frames"]
    assert w.page.markers.model.rowCount() == 5


def test_pausing_without_a_reason_is_impossible(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE[:1], channels=1)
    run_check(qtbot, w)
    assert w.start_recording()
    controls = w.page.controls
    qtbot.mouseClick(controls.pause_button, Qt.MouseButton.LeftButton)
    dialog = controls.pause_dialog
    assert dialog is not None
    # The dialog offers the three reasons and Cancel, nothing else: no OK, no free text.
    assert set(dialog.buttons) == set(PAUSE_REASONS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.mouseClick(controls.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(controls.pause_dialog.cancel, Qt.MouseButton.LeftButton)
    _advance(qtbot, w, 960)
    assert w.vm.state is EngineState.RECORDING
    for bad in ("", "lunch"):
        try:
            w.vm.pause(bad)
        except Exception as e:  # noqa: BLE001 - the session refuses with its own error
            assert "Rules p. 6" in str(e)
        else:
            raise AssertionError(f"pause({bad!r}) was accepted")
    assert w.vm.state is EngineState.RECORDING
    w.page.controls.end()
    kinds = [r["kind"] for r in read_records(w.session.folder / "journal.jsonl")]
    assert "paused" not in kinds


def test_window_cannot_be_closed_while_recording(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE[:1], channels=1)
    run_check(qtbot, w)
    assert w.start_recording()
    assert not w.close()
    assert w.vm.state is EngineState.RECORDING
    assert w.close_warning is not None and w.close_warning.isVisible()
    w.close_warning.accept()
    w.page.controls.end()
    assert w.close()


def test_after_the_end_markers_are_off_and_a_next_hearing_can_be_set_up(  # type: ignore[no-untyped-def]
    qtbot, make_window, station
) -> None:
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE[:2], channels=2)
    run_check(qtbot, w)
    assert w.start_recording()
    first = w.session.folder
    w.page.controls.end()
    qtbot.waitUntil(lambda: not w.page.markers.speakers_box.isEnabled())
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_F1)  # nothing happens: the journal is closed
    assert w.page.markers.model.rowCount() == 0
    assert w.page.controls.new_button.isVisible()
    qtbot.mouseClick(w.page.controls.new_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentIndex() == 0 and w.session is None
    assert not w.start_button.isEnabled()  # the equipment is checked again before each hearing
    assert w.form.courtroom.text() == "204"
    # the last hearing's case and people are not carried into the next one (issue 18)
    assert w.form.case_number.text() == "" and w.form.participants() == []
    assert w.form.judge.text() == "Сейткали А. Б."  # the courtroom's judge stays
    type_text(qtbot, w.form.case_number, "7199-26-00-2/1235")
    qtbot.mouseClick(w.form.add_button, Qt.MouseButton.LeftButton)  # the judge's row, filled in
    assert [(p.role, p.name, p.channel) for p in w.form.participants()] == [
        ("judge", "Сейткали А. Б.", 1)
    ]
    run_check(qtbot, w)
    assert w.start_recording()
    assert w.session.folder != first
    w.page.controls.end()


def test_pause_resume_and_end_with_the_keyboard_alone(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    w = make_window(station)
    fill_form(qtbot, w, PEOPLE[:1], channels=1)
    run_check(qtbot, w)
    assert w.start_recording()
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # a button's shortcut clicks it with a short animation, so the dialog opens a moment later
    qtbot.waitUntil(lambda: w.page.controls.pause_dialog is not None)
    dialog = w.page.controls.pause_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # the court retires to deliberate
    qtbot.waitUntil(lambda: w.vm.state is EngineState.PAUSED)
    assert "since" in w.page.controls.banner.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.vm.state is EngineState.RECORDING)
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.page.controls.end_dialog is not None)
    box = w.page.controls.end_dialog
    assert box.defaultButton() is w.page.controls.end_no  # Enter keeps the recording going
    qtbot.mouseClick(w.page.controls.end_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.vm.state is EngineState.ENDED)
    recs = read_records(w.session.folder / "journal.jsonl")
    assert [r["data"]["reason"] for r in recs if r["kind"] == "paused"] == ["deliberation"]
