"""Rules p. 9 while recording: "Judge informed" in the alarm strip journals that the secretary
told the judge of the failure (and acknowledges the alarm); the incident report then says so.

The device is lost for real inside the engine (a simulated source that stalls, which the
watchdog sees as a loss) and the secretary presses the strip's button; the journal shows
``judge_informed`` by the hearing's secretary, and the incident report made from it states the
time instead of leaving the line blank.
"""

from __future__ import annotations

from app.documents import build_document, load_hearing
from app.documents.texts import Texts
from signing.journal import read_records
from tests.ui.conftest import SIMULATED, tones_factory
from tests.ui.test_markers_alarms import StallingTones, _recording
from ui.station.composition import WindowParts


def test_judge_informed_from_the_alarm_strip(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    station = WindowParts(
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
    while banner.shown is not None and banner.shown.alarm.kind != "device_lost":
        banner.acknowledge_shown()  # the loss on top
    assert banner.judge_button.isVisible()
    banner.judge_button.click()
    w.page.controls.end()
    records = read_records(w.session.folder / "journal.jsonl")
    told = [r for r in records if r["kind"] == "judge_informed"]
    assert len(told) == 1 and told[0]["data"]["by"] == w.session.info.secretary
    acked = [r["data"]["alarm"] for r in records if r["kind"] == "alarm_acknowledged"]
    assert "device_lost" in acked
    facts = load_hearing(w.session.folder)
    t = Texts.for_hearing("ru", facts)
    text = build_document("incident", facts, "ru").plain_text()
    told_at = t.clock(facts.judge_informed_utc, facts.get("date"))[:-3]
    assert t("incident.reported", time=told_at) in text
    assert t("incident.reported_blank") not in text
