"""The catalog's write lock never stops a recording, nor its honest seal (issue #15, attack D).

Another process holding a write transaction on catalog.sqlite (BEGIN IMMEDIATE) while Asanova
records used to make the recorder wait on SQLite in its journal path for every closed segment
(backlog alarms) and drop the segments' station records; her own `zhazba seal` then refused her
audio as "put in from elsewhere". Now each closed segment's record goes, keyed, into the spool
in the station folder and a background step moves it into the audit log when it can. Real
`zhazba record` from the PulseAudio null sink of scripts/test.sh, a real second process holding
the lock, real seals and verification.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.evidence import audio_progress
from app.evidence.audio_origin import KINDS
from app.evidence.register import _events
from signing import journal as J
from tests.reliability.test_insider import SECRETARY_PW, court_station, pki, seal, zhazba
from tests.reliability.test_insider_audio import (
    ASANOVA,
    _id,
    _package,
    _popen,
    _record_argv,
    room_fixture,
)
from tests.support.audio_servers import (
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
)
from tests.support.pki import TestPKI

pytestmark = [pytest.mark.integration]
__all__ = ["pki", "room_fixture"]

LOCKER = """
import select, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
select.select([sys.stdin], [], [], float(sys.argv[2]))  # until told, or the time is up
db.execute("ROLLBACK")
"""


def _locked(station: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the catalog's write lock for ``seconds`` or until its stdin
    closes."""
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(station / "catalog.sqlite"),
                               str(seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    return locker


def _record_under_lock(
    tmp: Path, station: Path, room: dict[str, str], lock_s: float, spool_seen: bool = False
) -> Path:
    """8 s recorded in 1.37 s segments; from 2 s in, another process holds the catalog's write
    lock for ``lock_s`` seconds (or until the recorder ended). The journal has no alarm,
    overflow or error. ``spool_seen``: with the lock still held when the recorder ended, every
    closed segment's record is in the keyed spool."""
    argv = _record_argv(tmp, ASANOVA, "2-555/2026", 8)
    argv[argv.index("--segment-seconds") + 1] = "1.37"  # segments of distinct content
    proc = _popen(station, argv, room)
    time.sleep(2.0)  # the hearing is open (its opening is on the record), recording
    locker = _locked(station, lock_s)
    assert proc.wait(timeout=120) == 0
    [hers] = [p for p in (tmp / "hearings").iterdir() if p.is_dir()]
    if spool_seen:
        assert locker.poll() is None  # still locked
        spooled = audio_progress.closed(station, _id(hers))
        assert sorted(int(s) for s in spooled) == _closed(hers)
    assert locker.stdin is not None
    locker.stdin.close()
    locker.wait(timeout=60)
    recs = J.read_records(hers / "journal.jsonl")
    problems = [r for r in recs if r["kind"] in (J.OVERFLOW, J.ALARM, J.ERROR)]
    assert problems == [], problems  # the recorder never waited on the catalog
    return hers


def _closed(hers: Path) -> list[int]:
    recs = J.read_records(hers / "journal.jsonl")
    return [int(r["data"]["segment"]) for r in recs if r["kind"] == J.SEGMENT_CLOSED]


def _on_the_log(station: Path, hearing: str) -> list[int]:
    return sorted(
        int(d["segment"]) for e, d, _ in _events(station, KINDS) if d["hearing"] == hearing
    )


def test_a_catalog_lock_while_recording_leaves_no_alarm_and_her_seal_holds(
    tmp_path: Path, pki: TestPKI, room: dict[str, str]
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _record_under_lock(tmp_path, station, room, 120, spool_seen=True)
    closed = _closed(hers)
    assert len(closed) >= 4
    assert _on_the_log(station, _id(hers)) == []  # they waited in the spool
    r = seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr
    assert _on_the_log(station, _id(hers)) == closed  # the seal moved them into the audit log
    assert audio_progress.closed(station, _id(hers)) == {}
    r = zhazba(station, "verify", str(_package(hers)))
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_records_reach_the_audit_log_once_the_lock_goes(
    tmp_path: Path, pki: TestPKI, room: dict[str, str]
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _record_under_lock(tmp_path, station, room, 3)  # released while still recording
    assert _on_the_log(station, _id(hers)) == _closed(hers)  # moved by the background step
    assert audio_progress.closed(station, _id(hers)) == {}
    r = seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 0, r.stdout + r.stderr


def test_an_altered_spool_is_not_believed_and_a_missing_record_is_said_so(
    tmp_path: Path, pki: TestPKI, room: dict[str, str]
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _record_under_lock(tmp_path, station, room, 120, spool_seen=True)
    [spool] = audio_progress.folder(station).glob("*.json")
    doc = json.loads(spool.read_text(encoding="utf-8"))
    first = sorted(doc["closed"], key=int)[0]
    doc["closed"][first] = {name: "0" * 64 for name in doc["closed"][first]}
    spool.write_text(json.dumps(doc), encoding="utf-8")  # without the key: the tag fails
    r = seal(station, tmp_path, hers, pki.secretary, "asanova", SECRETARY_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert f"the station's record of segment {first} of this hearing is missing" in r.stderr
    assert "from elsewhere" not in r.stderr, r.stderr
