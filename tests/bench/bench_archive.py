"""Benchmark: archive upload throughput of Zhazba next to ``aws s3 cp`` of the same files.

Run as root from the repository: ``.venv/bin/python tests/bench/bench_archive.py``. It starts the
local Ceph RGW with ``scripts/s3-server.sh start`` (reused when running, stopped at the end only
if this run started it), builds one sealed-looking package (``ZHAZBA_BENCH_FILES`` audio files of
``ZHAZBA_BENCH_MB`` MiB each, default 4 × 64 MiB, plus the BagIt tag files), then in the same run:

* Zhazba, phase by phase: SHA-256/ETag planning, upload in order with Content-MD5 and Object
  Lock COMPLIANCE, HEAD verification of every object; the station's defaults (16 MiB parts,
  4 threads), and the upload again with one thread;
* ``aws s3 cp --recursive`` of the same folder (awscli defaults: 8 MiB parts, 10 threads) and
  again with one thread, which is what Zhazba does.

awscli is installed into ``.venv`` with pip when ``.venv/bin/aws`` is missing, pinned to the
installed botocore so the project's boto3 is not moved. ``ZHAZBA_BENCH_ROUNDS`` (3) rounds,
median and best printed; awscli's unlocked copies are deleted after each round. Figures, not
judgements.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.archive.s3 import make_client  # noqa: E402
from app.archive.settings import MIB, ArchiveCredentials, ArchiveSettings  # noqa: E402
from app.archive.upload import Archiver  # noqa: E402
from app.catalog.store import Catalog  # noqa: E402
from tests.support.archive_package import make_package  # noqa: E402

VENV_BIN = Path(sys.executable).parent
AWS = VENV_BIN / "aws"


def ensure_awscli() -> None:
    if AWS.exists():
        return
    import botocore

    print(f"installing awscli into {VENV_BIN.parent} (botocore=={botocore.__version__} kept)")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "awscli",
         f"botocore=={botocore.__version__}"],
        check=True,
    )  # fmt: skip


def start_s3() -> tuple[dict[str, str], bool]:
    script = ROOT / "scripts" / "s3-server.sh"
    running = subprocess.run([str(script), "env"], capture_output=True, check=False)
    # memstore keeps everything in RAM; the locked copies of every round stay until the end
    env_start = {
        **os.environ,
        "ZHAZBA_S3_MEMSTORE_MB": os.environ.get("ZHAZBA_S3_MEMSTORE_MB", "8192"),
    }
    done = subprocess.run(
        [str(script), "start"], capture_output=True, text=True, check=True, env=env_start
    )
    env = {}
    for line in done.stdout.splitlines():
        if line.startswith("export ") and "=" in line:
            key, value = line[len("export ") :].split("=", 1)
            env[key] = value
    return env, running.returncode != 0


def mib_per_s(size: int, seconds: float) -> str:
    return f"{size / MIB / seconds:7.1f} MiB/s"


def aws_cp(env: dict[str, str], package: Path, bucket: str, prefix: str, threads: int) -> float:
    config = Path(tempfile.mkdtemp()) / "aws-config"
    config.write_text(
        "[default]\nregion = us-east-1\n"
        "request_checksum_calculation = when_required\n"
        "response_checksum_validation = when_required\n"
        f"s3 =\n  max_concurrent_requests = {threads}\n  addressing_style = path\n"
    )
    aws_env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": env["ZHAZBA_S3_ACCESS_KEY"],
        "AWS_SECRET_ACCESS_KEY": env["ZHAZBA_S3_SECRET_KEY"],
        "AWS_CONFIG_FILE": str(config),
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    }
    argv = [str(AWS), "s3", "cp", "--recursive", "--only-show-errors", str(package),
            f"s3://{bucket}/{prefix}/", "--endpoint-url", env["ZHAZBA_S3_ENDPOINT"]]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(argv, env=aws_env, check=True)
    return time.perf_counter() - start


def delete_prefix(client: Any, bucket: str, prefix: str) -> None:
    """Remove awscli's (unlocked) copies so that memstore does not fill up between rounds."""
    pages = client.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=prefix)
    for page in pages:
        for v in page.get("Versions", []) + page.get("DeleteMarkers", []):
            client.delete_object(Bucket=bucket, Key=v["Key"], VersionId=v["VersionId"])


def main() -> int:
    if os.geteuid() != 0:
        print("run as root (the Ceph test archive is started as root)")
        return 2
    files = int(os.environ.get("ZHAZBA_BENCH_FILES", "4"))
    size_mb = int(os.environ.get("ZHAZBA_BENCH_MB", "64"))
    rounds = int(os.environ.get("ZHAZBA_BENCH_ROUNDS", "3"))
    ensure_awscli()
    env, started = start_s3()
    work = Path(tempfile.mkdtemp(prefix="zhazba-bench-"))
    try:
        creds = ArchiveCredentials(env["ZHAZBA_S3_ACCESS_KEY"], env["ZHAZBA_S3_SECRET_KEY"])
        package = make_package(work / "pkg", audio_sizes=(size_mb * MIB,) * files)
        total = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
        bucket = f"bench-{uuid.uuid4().hex[:8]}"
        settings = ArchiveSettings(endpoint=env["ZHAZBA_S3_ENDPOINT"], bucket=bucket,
                                   retention_days=1, retention_days_unknown_judgment=1)  # fmt: skip
        client = make_client(settings, creds)
        client.create_bucket(Bucket=bucket, ObjectLockEnabledForBucket=True)
        print(f"package: {files} × {size_mb} MiB + tag files = {total / MIB:.1f} MiB; "
              f"{rounds} rounds; {os.cpu_count()} CPUs")  # fmt: skip
        print(f"endpoint {settings.endpoint} (Ceph RGW 16, memstore OSD, loopback)")
        times: dict[str, list[float]] = {}
        for n in range(rounds):
            settings.prefix = f"zhazba-{n}"
            archiver = Archiver(Catalog(work / f"{n}.sqlite"), settings, lambda: client)
            item = archiver.queue_package(package)
            t0 = time.perf_counter()
            archiver.plan(item)
            t1 = time.perf_counter()
            archiver.upload(item)
            t2 = time.perf_counter()
            assert archiver.verify(item) == []
            t3 = time.perf_counter()
            single = replace(settings, prefix=f"zhazba-1thread-{n}", upload_threads=1)
            one = Archiver(Catalog(work / f"{n}-1.sqlite"), single, lambda: client)
            one_item = one.queue_package(package)
            one.plan(one_item)
            t4 = time.perf_counter()
            one.upload(one_item)
            t5 = time.perf_counter()
            for name, value in (
                ("zhazba: hash + upload + verify", t3 - t0), ("  hash (SHA-256, ETag)", t1 - t0),
                (f"  upload, {settings.upload_threads} threads", t2 - t1),
                ("  verify (HEAD each object)", t3 - t2), ("zhazba upload, 1 thread", t5 - t4),
            ):  # fmt: skip
                times.setdefault(name, []).append(value)
            for threads in (10, 1):
                seconds = aws_cp(env, package, bucket, f"aws{threads}", threads)
                name = f"aws s3 cp --recursive, {threads} thread" + ("s" if threads > 1 else "")
                times.setdefault(name, []).append(seconds)
                delete_prefix(client, bucket, f"aws{threads}/")
        print(f"{'':36} {'median':>9} {'best':>9}   per round (s)")
        for name, values in times.items():
            med = statistics.median(values)
            rate = "" if name.startswith("  verify") else mib_per_s(total, med)
            each = " ".join(f"{v:.2f}" for v in values)
            print(f"{name:36} {med:8.2f}s {min(values):8.2f}s   {each}   {rate}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if started:
            subprocess.run([str(ROOT / "scripts" / "s3-server.sh"), "stop"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
