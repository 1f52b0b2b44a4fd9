"""Simulated sources are for demonstrations only (issue #16), through the real `zhazba`: a
simulated source needs --demo or a demo station, its hearing says SIMULATED — NOT EVIDENCE in
hearing.json, the journal and the verify report, a station that names its court CAs refuses to
seal it with a court key, and it is never queued for the court archive."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app.cli.errors import EXIT_NOT_SEALED, EXIT_OK, EXIT_USAGE
from app.hearing.simulated import MARK
from signing.journal import read_records
from tests.support.audio_servers import json_lines, zhazba
from tests.support.pki import PASSWORD, shared_pki

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


def run(station: Path, *argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_DEMO"}
    env.update(ZHAZBA_STATION=str(station), **extra)
    return subprocess.run([*zhazba(), *argv], capture_output=True, text=True, timeout=120,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def record(station: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run(station, "record", "--out", str(out), "--source", "tones", "--channels", "1",
               "--seconds", "1", "--fast", "--no-stdin", "--json", *extra)  # fmt: skip


def test_a_simulated_source_needs_demo(tmp_path: Path) -> None:
    station = tmp_path / "court-station"
    r = record(station, tmp_path / "out")
    assert r.returncode == EXIT_USAGE, r.stderr
    assert "records no evidence: give --demo" in r.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    demo = tmp_path / "demo-station"
    demo.mkdir()
    (demo / "settings.json").write_text(json.dumps({"station": {"demo": True}}))
    assert record(demo, tmp_path / "out2").returncode == EXIT_OK


def test_a_simulated_hearing_is_marked_and_never_sealed_with_a_court_key(tmp_path: Path) -> None:
    pki = shared_pki()
    station = tmp_path / "court-station"
    station.mkdir()
    chain = pki.write_chain(tmp_path / "court-ca.pem")
    (station / "settings.json").write_text(json.dumps({"station": {"court_ca": str(chain)}}))
    r = record(station, tmp_path / "out", "--demo")
    assert r.returncode == EXIT_OK, r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    doc = json.loads((folder / "hearing.json").read_text(encoding="utf-8"))
    assert doc["audio"]["simulated"] is True and doc["audio"]["notice"] == MARK
    first = read_records(folder / "journal.jsonl")[0]
    assert first["kind"] == "hearing_opened"
    assert first["data"]["hearing"]["audio"]["notice"] == MARK

    court_key = tmp_path / "court.p12"
    court_key.write_bytes(pki.secretary.p12())
    r = run(station, "seal", str(folder), "--key", str(court_key), ZHAZBA_KEY_PASSWORD=PASSWORD)
    assert r.returncode == EXIT_NOT_SEALED, r.stderr
    assert "never sealed with a court key" in r.stderr
    assert not Path(f"{folder}.sealed").exists()

    demo_key = tmp_path / "demo.p12"  # a key the court's CAs did not issue
    demo_key.write_bytes(pki.stranger.p12())
    r = run(station, "seal", str(folder), "--key", str(demo_key), ZHAZBA_KEY_PASSWORD=PASSWORD)
    assert r.returncode == EXIT_OK, r.stderr
    package = Path(f"{folder}.sealed")

    r = run(station, "verify", str(package), "--json")
    assert MARK in json.loads(r.stdout)["notes"][0]
    r = run(station, "verify", str(folder))
    assert r.stdout.splitlines()[1] == f"*** {MARK} ***", r.stdout

    r = run(station, "archive", "queue", str(package))
    assert r.returncode == 1 and "never sent to the court archive" in r.stdout, r.stdout
