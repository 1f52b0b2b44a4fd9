"""The setup page: invalid input is refused with a message at the field, templates round-trip,
a failed equipment check blocks recording until acknowledged with a reason (both journaled)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from signing.journal import read_records
from tests.ui.conftest import DeadChannelTones, fill_form, run_check, tones_factory, type_text
from ui.recording.setup_form import INVALID_STYLE
from ui.station.composition import Station

PEOPLE = [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]


def test_empty_form_is_refused_with_messages(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    run_check(qtbot, w)
    assert w.start_button.isEnabled()
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    assert w.session is None
    assert not station.recordings_root.exists() or not any(station.recordings_root.iterdir())
    text = w.form.problems_label.text()
    for field in ("Court", "Courtroom", "Case number", "Judge"):
        assert f"{field} must be filled in" in text
    assert "Add the participants" in text
    assert w.form.court.styleSheet() == INVALID_STYLE
    assert "not complete" in w.message.text()


def test_bad_case_number_and_empty_name_are_pointed_at(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE, channels=2, case="2-12<34>/26")
    qtbot.mouseClick(w.form.add_button, Qt.MouseButton.LeftButton)  # a row without a name
    run_check(qtbot, w)
    assert not w.start_recording()
    text = w.form.problems_label.text()
    assert "characters not used in case numbers: < >" in text
    assert "Participant 3: the name is empty" in text
    assert w.form.case_number.styleSheet() == INVALID_STYLE
    assert w.form.table.cellWidget(2, 1).styleSheet() == INVALID_STYLE
    assert w.form.table.cellWidget(0, 1).styleSheet() == ""
    # Corrected, the same form is accepted; the folder name is safe whatever the case number.
    w.form.case_number.setText("2-1234/26 №5")
    w.form.table.cellWidget(2, 1).setText("Ильина О. В.")
    run_check(qtbot, w)
    assert w.start_recording(), w.form.problems_label.text()
    assert "/" not in w.session.folder.name and "№" not in w.session.folder.name
    w.page.controls.end()


def test_courtroom_template_round_trip(qtbot, make_window, station) -> None:  # type: ignore[no-untyped-def]
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE + [("witness", "Нұрланұлы Ө.", 2)], channels=2)
    qtbot.mouseClick(w.form.save_button, Qt.MouseButton.LeftButton)
    assert list(station.templates_dir.glob("*.json"))
    w2 = make_window(station)
    type_text(qtbot, w2.form.courtroom, "204")
    qtbot.mouseClick(w2.form.load_button, Qt.MouseButton.LeftButton)
    seats = [(p.role, p.channel) for p in w2.form.participants()]
    assert seats == [("judge", 1), ("plaintiff", 2), ("witness", 2)]
    assert w2.form.channels.value() == 2
    assert w2.form.participants()[0].name == "Сейткали А. Б."  # the judge is kept
    assert w2.form.participants()[1].name == ""  # the parties change with every case
    type_text(qtbot, w2.form.courtroom, "5")
    assert not w2.form.load_template()
    assert "no saved template" in w2.form.problems_label.text()


def test_failed_check_needs_an_acknowledged_reason(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import SIMULATED

    station = Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(DeadChannelTones),
        precheck_max_seconds=3.0,
    )
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE, channels=2)
    run_check(qtbot, w)
    assert not w.precheck.passed
    assert "microphone(s): 2" in w.precheck.status.text()
    assert not w.start_button.isEnabled()
    assert not w.start_recording()  # refused in code too, not only by a disabled button
    qtbot.mouseClick(w.precheck.ack_button, Qt.MouseButton.LeftButton)  # no reason written
    assert not w.start_button.isEnabled()
    type_text(qtbot, w.precheck.reason, "microphone 2 replaced by the spare, judge informed")
    qtbot.keyClick(w.precheck.reason, Qt.Key.Key_Return)
    assert w.start_button.isEnabled()
    # Recording starts (the dead channel records silence) and both facts are in the journal.
    # (the plaintiff stays at microphone 2: the check listens to the hearing's microphones only)
    w.form.courtroom.setText("205")
    run_check(qtbot, w)  # the form changed: the check must be run again
    assert not w.start_button.isEnabled()
    type_text(qtbot, w.precheck.reason, "microphone 2 out of order")
    assert w.precheck.acknowledge()
    assert w.start_recording()
    w.page.controls.end()
    rec = [r for r in read_records(w.session.folder / "journal.jsonl") if r["kind"] == "precheck"]
    assert len(rec) == 1
    assert rec[0]["data"]["passed"] is False
    assert rec[0]["data"]["acknowledged"] == "microphone 2 out of order"
    verdicts = {r["check"]: r["verdict"] for r in rec[0]["data"]["results"]}
    assert verdicts == {"device": "pass", "signal": "fail"}


def test_the_form_refuses_control_and_direction_characters_like_the_command_line(
    qtbot, make_window, station
) -> None:  # type: ignore[no-untyped-def]
    """The window's form and `zhazba record --hearing` share app/hearing/schema.py (#16)."""
    people = [("judge", "Сейткали \u202eА. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]
    w = make_window(station)
    fill_form(qtbot, w, people, channels=2)
    w.form.judge.setText("Judge\x07")
    w.form.court.setText("C" * 201)
    run_check(qtbot, w)
    assert not w.start_recording()
    text = w.form.problems_label.text()
    assert "Participant 1: the name contains invisible control or text-direction" in text
    assert "Judge: contains invisible control or text-direction characters" in text
    assert "Court: the text is too long" in text
    assert w.form.judge.styleSheet() == INVALID_STYLE
    assert w.form.table.cellWidget(0, 1).styleSheet() == INVALID_STYLE
    assert w.session is None
