"""The window's "Not recorded…" (Rules p. 3): the hearing form's hearing, on a lawful ground."""

from __future__ import annotations

from pathlib import Path

from app.documents import build_document, load_hearing
from app.station import Station as CoreStation
from tests.ui.conftest import fill_form
from ui.recording.not_recorded import NotRecordedDialog, declare_not_recorded

PEOPLE = [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]


def test_dialog_offers_only_the_grounds_that_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    civil = NotRecordedDialog("civil", "first")
    qtbot.addWidget(civil)
    assert civil.codes == ["civil_no_summons", "technical"]
    offence = NotRecordedDialog("administrative_offence", "first")
    qtbot.addWidget(offence)
    assert offence.codes == ["offence_admitted", "technical"]
    appeal = NotRecordedDialog("civil", "appeal")
    qtbot.addWidget(appeal)
    assert appeal.codes == [] and not appeal.buttons.buttons()[0].isEnabled()


def test_window_registers_the_ground_and_writes_the_protocol(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, tmp_path: Path
) -> None:
    core = CoreStation(tmp_path / "core", hearings=station.recordings_root)
    station.after_failed_start = core.after_failed_start
    w = make_window(station)
    fill_form(qtbot, w, PEOPLE, channels=2)
    w.form.category.setCurrentIndex(w.form.category.findData("civil"))
    result = declare_not_recorded(w, "civil_no_summons", "бұйрық тәртібі")
    assert result is not None, w.message.text()
    folder = result.folder
    assert sorted(p.name for p in result.documents) == ["protocol-kk.pdf", "protocol-ru.pdf"]
    facts = load_hearing(folder)
    assert facts.not_recorded_ground == "civil_no_summons" and not facts.recorded
    text = build_document("protocol", facts, "ru").plain_text()
    assert "без вызова сторон" in text and "бұйрық тәртібі" in text
    assert "вследствие технических неполадок" not in text
    assert w.session is None  # nothing is recording; the form stays for the next hearing
