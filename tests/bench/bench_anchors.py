"""Benchmark: what live anchors cost, and how soon a journal record is durable in the archive.

Run as root from the repository: ``.venv/bin/python -m tests.bench.bench_anchors [--seconds 120]
[--interval 5 60]``. It starts the local Ceph RGW with ``scripts/s3-server.sh start`` (reused when
running), makes a station with an Object Lock bucket, and for each interval records the simulated
8-channel microphone *in real time* through the real engine and session with anchors attached,
then prints:

* CPU of the anchor threads (``anchorer`` and ``anchor-sender``, from
  ``/proc/self/task/<tid>/schedstat``), anchors made, requests and bytes sent, scaled to one hour;
* the delay from each journal record's write (its ``utc``) to the moment the first anchor that
  covers it was durable in the archive (the sender's clock after S3 answered): median, p99, max.

And, without a server, the bytes one hour of a 10-minute-segment hearing costs at a 60 s
interval (a synthetic journal of one checkpoint a second fed to the real anchor builder).
Figures, not judgements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.accounts.secrets import SecretStore  # noqa: E402
from app.anchoring.anchors import AnchorBuilder, anchor_bytes  # noqa: E402
from app.anchoring.wiring import protect  # noqa: E402
from app.archive.s3 import make_client  # noqa: E402
from app.archive.settings import (  # noqa: E402
    ArchiveCredentials,
    ArchiveSettings,
    save_archive_settings,
)
from app.cli.record import demo_hearing  # noqa: E402
from app.hearing.session import HearingSession  # noqa: E402
from audio.engine import EngineConfig  # noqa: E402
from audio.sources import ToneSource  # noqa: E402
from signing import journal as J  # noqa: E402


def start_s3() -> dict[str, str]:
    done = subprocess.run(
        [str(ROOT / "scripts" / "s3-server.sh"), "start"],
        capture_output=True,
        text=True,
        check=True,
    )
    env = {}
    for line in done.stdout.splitlines():
        if line.startswith("export ") and "=" in line:
            key, value = line[len("export ") :].split("=", 1)
            env[key] = value
    return env


def thread_cpu_ns(names: set[str]) -> float:
    total = 0
    for t in threading.enumerate():
        if t.name in names and t.native_id is not None:
            try:
                with open(f"/proc/self/task/{t.native_id}/schedstat") as f:
                    total += int(f.read().split()[0])
            except OSError:
                pass
    return total


def one_run(root: Path, env: dict[str, str], seconds: float, interval: float) -> dict[str, Any]:
    station = root / f"station-{interval:g}"
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
    doc["anchors"] = {"interval_seconds": interval, "retention_margin_days": 0}
    (station / "settings.json").write_text(json.dumps(doc))
    SecretStore(station / "secrets.json", station / "station.key").set_archive_credentials(creds)

    session = HearingSession.create(
        root / "hearings", demo_hearing(None, 8), channels=8, rate=48000, bits=16,
        source_name="tones",
    )  # fmt: skip
    companion = protect(session, station)
    assert companion is not None
    session.start(ToneSource(8, 48000, 16, realtime=True), EngineConfig())
    names = {"anchorer", "anchor-sender"}
    cpu = 0.0
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        time.sleep(0.5)
        cpu = max(cpu, thread_cpu_ns(names))
    wall = time.monotonic() - t0
    session.end()
    sender = companion.sender
    records = J.read_records(session.folder / "journal.jsonl")
    durable = sorted(
        (seq, when)
        for (hearing, seq), when in sender.durable.items()
        if hearing == session.folder.name
    )
    delays = []
    for r in records:
        first = next((when for seq, when in durable if seq >= r["seq"]), None)
        if first is None:
            continue
        written = dt.datetime.strptime(r["utc"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        delays.append(first - written.timestamp())
    delays.sort()
    per_hour = 3600 / wall
    return {
        "interval": interval,
        "seconds": wall,
        "anchors": companion.anchorer.builder.n,
        "cpu_ms_per_hour": cpu / 1e6 * per_hour,
        "cpu_ms_per_anchor": cpu / 1e6 / max(1, companion.anchorer.builder.n),
        "requests_per_hour": sender.requests * per_hour,
        "bytes_per_hour": sender.bytes_sent * per_hour,
        "delay_median": statistics.median(delays),
        "delay_p99": delays[int(0.99 * (len(delays) - 1))],
        "delay_max": delays[-1],
        "records": len(delays),
    }


def synthetic_hour(interval: float = 60.0, segment: float = 600.0) -> tuple[int, int]:
    """Anchors and bytes for one hour: one checkpoint a second, a segment closing every
    ``segment`` seconds (two files and a peaks file per close, as 16 channels would give)."""
    b = AnchorBuilder("2026-12-04_7199-26-00-2-1234_0930")
    made, size = 0, 0
    for seq, second in enumerate(range(1, 3601)):
        reasons = []
        rec = {"seq": seq, "hash": f"{seq:064x}", "kind": J.CHECKPOINT}
        if second % int(segment) == 0:
            n = second // int(segment)
            files = {f"audio/{n:04d}-{g}.flac": {"sha256": "a" * 64} for g in (1, 2)}
            rec = {**rec, "kind": J.SEGMENT_CLOSED, "data": {"files": files,
                   "peaks": {f"audio/{n:04d}.peaks": "b" * 64}}}  # fmt: skip
        trigger = b.feed(rec)
        if trigger:
            reasons.append(trigger)
        if second % int(interval) == 0:
            reasons.append("interval")
        for reason in reasons:
            anchor = b.make(reason)
            if anchor is not None:
                made += 1
                size += len(anchor_bytes(anchor))
    return made, size


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--interval", type=float, nargs="+", default=[5.0, 60.0])
    args = parser.parse_args()
    made, size = synthetic_hour()
    print(f"one hour at a 60 s interval, 10-minute segments: {made} anchors, {size / 1e3:.0f} kB")
    env = start_s3()
    with tempfile.TemporaryDirectory(prefix="zhazba-bench-anchors-") as tmp:
        for interval in args.interval:
            r = one_run(Path(tmp), env, args.seconds, interval)
            print(
                f"interval {r['interval']:g} s, {r['seconds']:.0f} s recorded in real time, "
                f"{r['anchors']} anchors: CPU {r['cpu_ms_per_hour']:.0f} ms per hour "
                f"({r['cpu_ms_per_anchor']:.1f} ms per anchor), "
                f"{r['requests_per_hour']:.0f} requests and {r['bytes_per_hour'] / 1e3:.0f} kB "
                f"per hour; record written → anchor durable: median {r['delay_median']:.2f} s, "
                f"p99 {r['delay_p99']:.2f} s, max {r['delay_max']:.2f} s "
                f"({r['records']} records); load {os.getloadavg()[0]:.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
