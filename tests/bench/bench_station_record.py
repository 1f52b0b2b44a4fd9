"""Benchmark: what checking a package against the station's own record costs (issue #15).

Run ``.venv/bin/python -m tests.bench.bench_station_record --hours 1`` (figures, no pass/fail).
It reuses the recording of :mod:`tests.bench.bench_seal` (an 8-channel 48 kHz hearing, kept in
``--workdir``), makes a court station (accounts, the court chain installed by the
administrator), writes the hearing's opening into the station's audit log behind ``--padding``
records of other hearings (a station's year), seals it and records the seal, then times
``zhazba verify``'s work with the station record against the same verification without it, and
reading the station record alone (it checks the whole audit log's HMAC chain).

The audio's tie to the hearing (app/evidence/audio_origin.py) is measured on the same hour: the
recording's journal is replayed through the hook a recording calls after each journal write
(one ``segment_recorded`` audit record per closed segment; a minute's progress values in the
station's keyed progress file),
timing each station write (the recorder's writer thread waits for it) and counting what the
audit log grows by; then the check alone (reading the record, matching every file's hash).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from app.accounts.audit import AccountSeal
from app.accounts.roles import AccountStore
from app.catalog.store import Catalog
from app.evidence.audio_origin import (
    PROGRESS_EVERY_S,
    audio_files,
    audio_record,
    findings,
    flush,
    journaled,
    watch,
    watched_key,
)
from app.evidence.binding import _fingerprint, station_registry, subject_key
from app.evidence.register import (
    _CHECKED,
    OPENED,
    record_opening,
    record_sealed,
    station_record,
)
from app.evidence.trust import install_chain
from app.evidence.verify import verify_path
from signing import journal as J
from signing.seal import seal_hearing
from tests.bench.bench_seal import record, working_view
from tests.support.pki import make_pki
from tests.support.sealing import signer_for


def court_station(folder: Path, pki: object, padding: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with Catalog(folder / "catalog.sqlite") as c:
        store = AccountStore(c, scrypt_n=2**12)
        store.create("asanova", "secretary", password="pw-123456",
                     certificate_subject=subject_key(pki.secretary.cert))  # type: ignore[attr-defined]  # fmt: skip
        store.create("admin", "administrator", password="pw-123456")
        seal = AccountSeal(c)
        with c.transaction() as db:
            for i in range(padding):
                detail = {"hearing": f"other-{i}", "secretary": "X", "opened_hash": "0" * 64}
                seal.append(db, "asanova", OPENED, json.dumps(detail), "asanova")
    install_chain(folder, pki.write_chain(folder / "chain.pem"), "admin")  # type: ignore[attr-defined]
    return folder


def cold(fn: Any, *args: Any) -> Any:
    """``fn(*args)`` with the audit log's check not cached (as in a new process)."""
    _CHECKED.clear()
    return fn(*args)


def timed(fn: object, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hours", type=float, default=1.0)
    ap.add_argument("--padding", type=int, nargs="+", default=[0, 2000, 20000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=Path("/var/tmp/zb-bench-seal"))
    args = ap.parse_args()
    pki = make_pki()
    hearing = record(args.workdir, args.hours)
    for padding in args.padding:
        one(args.workdir, hearing, pki, padding, args.runs, args.hours)


def one(workdir: Path, hearing: Path, pki: object, padding: int, runs: int, hours: float) -> None:
    base = workdir / f"station-record-{padding}"
    if base.exists():
        for q in base.rglob("*"):
            q.chmod(0o755 if q.is_dir() else 0o644)
        shutil.rmtree(base)
    station = court_station(base / "station", pki, padding)
    view = working_view(hearing, base / hearing.name)
    record_opening(station, view, "asanova")
    replay(station, view, hours)
    pkg = seal_hearing(view, signer_for(pki.secretary)).package  # type: ignore[attr-defined]
    record_sealed(station, view.name, _fingerprint(pki.secretary.cert), "ASANOVA")  # type: ignore[attr-defined]
    chain = station / "trust" / "court-ca.pem"
    registry = station_registry(station / "catalog.sqlite")
    report = verify_path(pkg, chain, registry, station)
    assert report.ok and report.binding["source"] == "station", report.to_text()
    # each run as a fresh `zhazba verify` process: the audit log's check not cached yet
    alone = timed(lambda: cold(station_record, station, view.name), runs)
    with_record = timed(lambda: cold(verify_path, pkg, chain, registry, station), runs)
    without = timed(lambda: cold(verify_path, pkg, chain, None, station), runs)
    records = J.read_records(view / "journal.jsonl")
    files = audio_files(view, records, report.sha256)
    check = timed(lambda: findings(cold(audio_record, station), view.name, files, 48000, 16), runs)
    print(
        f"  the audio origin check alone: {statistics.median(check) * 1000:.1f} ms "
        f"({len(files)} files)"
    )
    print(
        f"{hours:g} h, {padding} other audit records: verify with the station record "
        f"{statistics.median(with_record):.2f} s, without {statistics.median(without):.2f} s; "
        f"the station record alone {statistics.median(alone) * 1000:.1f} ms"
    )


def _audit_size(station: Path) -> tuple[int, int]:
    with Catalog(station / "catalog.sqlite") as c:
        row = c.query(
            "SELECT COUNT(*) AS n, SUM(LENGTH(utc) + LENGTH(username) + LENGTH(event) + "
            "LENGTH(detail) + LENGTH(by_user) + LENGTH(prev) + LENGTH(hash) + 8) AS b "
            "FROM account_audit"
        )[0]
    return int(row["n"]), int(row["b"] or 0)


def replay(station: Path, view: Path, hours: float) -> None:
    """The recording's journal through the hook a recording calls, each station write timed:
    a closed segment (its record into the keyed spool) and a minute's progress values (the
    keyed file)."""
    watch(station, view, view.name)
    key = watched_key(view)
    n0, b0 = _audit_size(station)
    size0 = (station / "catalog.sqlite").stat().st_size
    closes: list[float] = []
    minutes: list[float] = []
    for r in J.read_records(view / "journal.jsonl"):
        t0 = time.perf_counter()
        journaled(key, [(r["kind"], r["data"], r["frame"])])
        took = time.perf_counter() - t0
        if r["kind"] == J.SEGMENT_CLOSED:
            closes.append(took)
        elif r["kind"] == J.CHECKPOINT and (r["data"]["second"] + 1) % PROGRESS_EVERY_S == 0:
            minutes.append(took)
    flush(station)  # the spooled closed-segment records into the audit log (the background's)
    n1, b1 = _audit_size(station)
    grew = (station / "catalog.sqlite").stat().st_size - size0
    print(
        f"  audio tie, per hour recorded: {(n1 - n0) / hours:.0f} audit records, "
        f"{(b1 - b0) / hours / 1024:.1f} KiB of record text ({grew / hours / 1024:.0f} KiB of "
        f"catalog file); a closed segment's station write {statistics.median(closes) * 1000:.1f}"
        f" ms median ({max(closes) * 1000:.1f} max), a minute's progress values "
        f"{statistics.median(minutes) * 1000:.1f} ms median ({max(minutes) * 1000:.1f} max)"
    )


if __name__ == "__main__":
    main()
