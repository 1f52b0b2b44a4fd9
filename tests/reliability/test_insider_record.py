"""A hostile insider takes the station's own record away or games it (issue #15, the review).

The colleague deletes catalog.sqlite, damages it, empties its accounts or removes trust/ so the
station would look like a demo station where his re-signed package "holds"; he pre-registers a
hearing id so the real hearing's opening is skipped; he re-serialises a sealed hearing's journal
so a protocol is made from the altered folder. Every attack goes through the real `zhazba`
commands in subprocesses, with real seals and loop-mounted media, and must be refused with one
line.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.evidence.register import RegisterError, record_opening
from signing import journal as J
from tests.reliability.test_evidence_guard import rechain, remanifest, resign
from tests.reliability.test_insider import (
    COLLEAGUE_PW,
    SECRETARY_PW,
    _empty,
    _one_refusal,
    court_station,
    medium,
    opened_hearing,
    pki,
    rename_secretary,
    seal,
    secretary_of,
    zhazba,
)
from tests.support.export_hearing import hearing_with_markers, speech
from tests.support.media import MountedImage
from tests.support.pki import TestPKI
from tests.support.sealing import detached_copy

pytestmark = [pytest.mark.integration]
__all__ = ["medium", "pki"]  # the fixtures, shared with test_insider


def _take_away(station: Path, how: str) -> None:
    cat = station / "catalog.sqlite"
    if how == "delete":
        cat.unlink()
    elif how == "corrupt":
        cat.write_bytes(b"garbage" * 100)
    elif how == "empty":
        db = sqlite3.connect(cat)
        db.execute("DELETE FROM accounts")
        db.commit()
        db.close()
    elif how == "trust":
        shutil.rmtree(station / "trust")


@pytest.mark.parametrize("how", ["delete", "corrupt", "empty", "trust"])
def test_a_court_station_without_its_record_fails_closed(
    tmp_path: Path, pki: TestPKI, medium: MountedImage, how: str
) -> None:
    station = court_station(tmp_path, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp_path, station, closed=True)
    assert seal(station, tmp_path, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    pkg = detached_copy(
        hearing.with_name(hearing.name + ".sealed"),
        tmp_path / "attack" / (hearing.name + ".sealed"),
    )
    rename_secretary(pkg, "Беков Д.", closed=False)
    remanifest(pkg)
    resign(pkg, pki.colleague)
    assert zhazba(station, "verify", str(pkg)).returncode == 1
    _take_away(station, how)
    r = zhazba(station, "verify", str(pkg))
    out = r.stdout + r.stderr
    assert r.returncode != 0 and "holds" not in out, out
    assert "NOT proven" in out or "is missing" in out, out
    assert _one_refusal(r.stderr) and "Traceback" not in out
    if how == "corrupt":
        assert "damaged or cannot be read" in r.stderr and "catalog.sqlite" in r.stderr
    r = zhazba(station, "verify", str(pkg), ZHAZBA_LANG="ru")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    for argv in (("export", str(pkg), "--to", str(medium.mountpoint)),
                 ("export", str(pkg), "--to", str(medium.mountpoint), "--participant-copy")):  # fmt: skip
        r = zhazba(station, *argv, user="asanova", password=SECRETARY_PW)
        assert r.returncode != 0 and "Traceback" not in r.stderr, r.stdout + r.stderr
        assert _empty(medium)


def test_a_station_that_never_had_accounts_stays_a_demo_station(tmp_path: Path) -> None:
    from app.evidence.station_state import record_problem, was_court_station

    station = tmp_path / "demo"
    station.mkdir()
    assert not was_court_station(station) and record_problem(station) is None
