"""The composition root: a hearing that ends is registered, sealed with the open key or left
pending, and sealed the moment a key is opened (Rules p. 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.cli.record import demo_hearing
from app.hearing.session import HearingSession
from app.station import Station
from audio.engine import EngineConfig
from audio.sources import ToneSource
from signing.journal import read_records, verify_journal
from tests.support.pki import PASSWORD, shared_pki


def _record(station: Station, seconds: float = 1.0) -> HearingSession:
    session = HearingSession.create(
        station.hearings,
        demo_hearing("2-77/2026", 2),
        channels=2,
        rate=48000,
        bits=16,
        source_name="tones",
        now=dt.datetime(2026, 11, 21, 10, 0),
    )
    session.start(
        ToneSource(2, 48000, 16, realtime=False, max_frames=int(seconds * 48000)),
        EngineConfig(stop_after_frames=int(seconds * 48000)),
    )
    assert session.wait(timeout=60)
    return session


def _key(tmp_path: Path) -> Path:
    key = tmp_path / "secretary.p12"
    key.write_bytes(shared_pki().secretary.p12())
    return key


def test_hearing_ended_with_key_open_is_sealed_at_once(tmp_path: Path) -> None:
    station = Station(tmp_path / "station")
    info, waiting = station.open_key(_key(tmp_path), PASSWORD)
    assert waiting == [] and "ASANOVA" in info.describe()
    result = station.finish(_record(station))
    assert result.sealed is not None and not result.pending, result.message
    assert result.sealed.package.exists()
    assert read_records(result.sealed.package / "data" / "journal.jsonl")[-1]["kind"] == "sealed"
    # the brief protocol in both languages is inside the sealed package; no act (nothing failed)
    assert result.problems == []
    names = sorted(p.name for p in (result.sealed.package / "data" / "protocol").iterdir())
    assert len(names) == 2 and all(n.endswith(".pdf") for n in names), names
    assert all("act" not in n for n in names)
    with station.catalog() as catalog:
        (record,) = catalog.list_hearings()
        assert record.state == "sealed"


def test_hearing_ended_without_key_waits_and_is_sealed_when_key_opens(tmp_path: Path) -> None:
    station = Station(tmp_path / "station")
    result = station.finish(_record(station))
    assert result.pending and result.sealed is None
    kinds = [r["kind"] for r in read_records(result.folder / "journal.jsonl")]
    assert kinds[-1] == "seal_pending"
    _, sealed = station.open_key(_key(tmp_path), PASSWORD)
    assert [r.folder for r in sealed] == [result.folder]
    assert sealed[0].sealed is not None
    assert verify_journal(sealed[0].sealed.package / "data" / "journal.jsonl").ok


def test_station_checks_run_and_are_kept_in_the_history(tmp_path: Path) -> None:
    station = Station(tmp_path / "station")
    results = station.station_checks(2, 48000, 16, kind="station-start", who="technician")
    checks = {r["check"]: r["verdict"] for r in results}
    assert {"disk_space", "write_speed", "clock", "certificate"} <= set(checks)
    assert checks["certificate"] == "warn"  # no key open yet: said, not fatal
    assert checks["write_speed"] == "pass"
    from app.selfcheck.report import open_history

    with station.catalog() as catalog:
        (run,) = open_history(station.folder, catalog).recent()
    assert run.kind == "station-start" and run.who == "technician"
