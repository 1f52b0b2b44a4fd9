"""Benchmark: what anchoring the account audit log in the court archive costs (figures only).

Run ``.venv/bin/python -m tests.bench.bench_audit_anchor [--sizes 100 1000 5000]``. It starts the
local Ceph RGW with ``scripts/s3-server.sh start`` (reused when running) and, for each size, makes
a station whose audit log holds that many records, then times:

- one audit-log append (``AccountSeal.log_alone``: one station-record entry) with the audit anchor
  hook (chain head recomputed, anchor fsynced into the outbox, background send started) against
  the same append with the hook switched off — the added cost the caller waits for;
- how long until that anchor is durable in the archive (the background send);
- the check at sign-in (``check_audit``: chain recomputed, archive listed, every anchor compared),
  with one anchor in the archive and with one per record (``--anchors-all``, the worst case).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from app.accounts.audit import AccountSeal
from app.accounts.secrets import SecretStore
from app.anchoring import audit_anchor as A
from app.anchoring import audit_send as S
from app.archive.s3 import make_client
from app.archive.settings import ArchiveCredentials, ArchiveSettings, save_archive_settings
from app.catalog.store import Catalog
from tests.bench.bench_anchors import start_s3


def make_station(root: Path, env: dict[str, str], size: int) -> Path:
    station = root / f"station-{size}"
    station.mkdir()
    settings = ArchiveSettings(
        endpoint=env["ZHAZBA_S3_ENDPOINT"], bucket=f"bench-{uuid.uuid4().hex[:8]}",
        prefix="court", retention_days=1, retention_days_unknown_judgment=1,
    )  # fmt: skip
    creds = ArchiveCredentials(env["ZHAZBA_S3_ACCESS_KEY"], env["ZHAZBA_S3_SECRET_KEY"])
    make_client(settings, creds).create_bucket(
        Bucket=settings.bucket, ObjectLockEnabledForBucket=True
    )
    save_archive_settings(station / "settings.json", settings)
    doc = json.loads((station / "settings.json").read_text())
    doc["anchors"] = {"retention_margin_days": 0}
    (station / "settings.json").write_text(json.dumps(doc))
    SecretStore(station / "secrets.json", station / "station.key").set_archive_credentials(creds)
    with Catalog(station / "catalog.sqlite") as catalog:
        seal = AccountSeal(catalog)
        with catalog.transaction() as db:  # one transaction: one anchor (the head)
            for i in range(size):
                detail = {"hearing": f"h-{i}", "secretary": "X", "opened_hash": "0" * 64}
                seal.append(db, "clerk", "hearing_opened", json.dumps(detail), "clerk")
    wait_sent(station)
    return station


def wait_sent(station: Path, timeout: float = 60.0) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if not S.AuditOutbox(station / "anchors").pending():
            return time.perf_counter() - t0
        time.sleep(0.005)
    raise RuntimeError("audit anchors not sent")


def appends(station: Path, runs: int, hook: bool) -> tuple[list[float], list[float]]:
    """Foreground time of each append, and (hook on) the time until its anchor was sent."""
    fg, sent = [], []
    with Catalog(station / "catalog.sqlite") as catalog:
        if not hook:
            catalog.after_commit = lambda key, hook: None  # type: ignore[method-assign,assignment]
        seal = AccountSeal(catalog)
        for i in range(runs):
            t0 = time.perf_counter()
            seal.log_alone("clerk", "hearing_opened", json.dumps({"hearing": f"x-{i}"}), "clerk")
            fg.append(time.perf_counter() - t0)
            if hook:
                sent.append(fg[-1] + wait_sent(station))
    return fg, sent


def checks(station: Path, runs: int) -> tuple[list[float], Any]:
    out = []
    result = None
    with Catalog(station / "catalog.sqlite") as catalog:
        for _ in range(runs):
            t0 = time.perf_counter()
            result = A.check_audit(catalog)
            out.append(time.perf_counter() - t0)
    return out, result


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--anchors-all", type=int, default=500,
                    help="a log whose every record is anchored (one append each)")  # fmt: skip
    args = ap.parse_args()
    env = start_s3()
    with TemporaryDirectory(prefix="bench-audit-") as tmp:
        root = Path(tmp)
        for size in args.sizes:
            station = make_station(root, env, size)
            check, result = checks(station, args.runs)
            off, _ = appends(station, args.runs, hook=False)
            on, sent = appends(station, args.runs, hook=True)
            added = statistics.median(on) - statistics.median(off)
            print(f"audit log of {size} records:")
            print(f"  append without anchor: {ms(off)}")
            print(f"  append with anchor:    {ms(on)}  (added {added * 1000:.1f} ms)")
            print(f"  anchor durable in the archive after: {ms(sent)}")
            print(f"  check at sign-in (1 anchor): {ms(check)}  [{result.state}]")
        station = make_station(root, env, 0)
        with Catalog(station / "catalog.sqlite") as catalog:
            seal = AccountSeal(catalog)
            for i in range(args.anchors_all):
                seal.log_alone("clerk", "role_changed", f"role {i}", "admin")
        wait_sent(station, 600)
        check, result = checks(station, args.runs)
        print(f"audit log of {args.anchors_all} records, every one anchored "
              f"({result.anchors} anchors listed):")  # fmt: skip
        print(f"  check at sign-in: {ms(check)}  [{result.state}]")
        S._join_at_exit()  # the background senders, before the folder goes
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
