"""Benchmark: archive upload throughput of Zhazba next to ``aws s3 cp`` of the same files.

Run as root from the repository: ``.venv/bin/python tests/bench/bench_archive.py``. It starts the
local Ceph RGW with ``scripts/s3-server.sh start`` (reused when running, stopped at the end only
if this run started it), builds one sealed-looking package (``ZHAZBA_BENCH_FILES`` audio files of
``ZHAZBA_BENCH_MB`` MiB each, default 4 × 64 MiB, plus the BagIt tag files), then in the same run:

* Zhazba: queue + ``run_once`` (SHA-256/ETag planning, upload in order with Content-MD5, Object
  Lock COMPLIANCE, HEAD verification of every object), with the station's default 16 MiB parts,
  once as a whole and once split into its phases;
* ``aws s3 cp --recursive`` of the same folder (awscli defaults: 8 MiB parts, 10 threads) and
  again with one thread, which is what Zhazba does.

awscli is installed into ``.venv`` with pip when ``.venv/bin/aws`` is missing, pinned to the
installed botocore so the project's boto3 is not moved. Figures are printed, not judged.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.archive import Archiver  # noqa: E402
from app.archive_s3 import make_client  # noqa: E402
from app.archive_settings import MIB, ArchiveCredentials, ArchiveSettings  # noqa: E402
from app.catalog import Catalog  # noqa: E402
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
    done = subprocess.run([str(script), "start"], capture_output=True, text=True, check=True)
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


def main() -> int:
    if os.geteuid() != 0:
        print("run as root (the Ceph test archive is started as root)")
        return 2
    files = int(os.environ.get("ZHAZBA_BENCH_FILES", "4"))
    size_mb = int(os.environ.get("ZHAZBA_BENCH_MB", "64"))
    ensure_awscli()
    env, started = start_s3()
    try:
        creds = ArchiveCredentials(env["ZHAZBA_S3_ACCESS_KEY"], env["ZHAZBA_S3_SECRET_KEY"])
        work = Path(tempfile.mkdtemp(prefix="zhazba-bench-"))
        package = make_package(work / "pkg", audio_sizes=(size_mb * MIB,) * files)
        total = sum(p.stat().st_size for p in package.rglob("*") if p.is_file())
        bucket = f"bench-{uuid.uuid4().hex[:8]}"
        settings = ArchiveSettings(endpoint=env["ZHAZBA_S3_ENDPOINT"], bucket=bucket,
                                   prefix="zhazba", retention_days=1,
                                   retention_days_unknown_judgment=1)  # fmt: skip
        client = make_client(settings, creds)
        client.create_bucket(Bucket=bucket, ObjectLockEnabledForBucket=True)
        print(f"package: {files} × {size_mb} MiB + tag files = {total / MIB:.1f} MiB")
        print(f"endpoint {settings.endpoint} (Ceph RGW, memstore OSD, loopback)")

        archiver = Archiver(Catalog(work / "a.sqlite"), settings, lambda: client)
        archiver.queue_package(package)
        start = time.perf_counter()
        report = archiver.run_once()
        whole = time.perf_counter() - start
        assert report.results[0].outcome == "uploaded", report

        settings.prefix = "zhazba-phases"
        phases = Archiver(Catalog(work / "b.sqlite"), settings, lambda: client)
        item = phases.queue_package(package)
        t0 = time.perf_counter()
        phases.plan(item)
        t1 = time.perf_counter()
        phases.upload(item)
        t2 = time.perf_counter()
        assert phases.verify(item) == []
        t3 = time.perf_counter()

        aws10 = aws_cp(env, package, bucket, "aws-10", 10)
        aws1 = aws_cp(env, package, bucket, "aws-1", 1)

        print(
            f"zhazba archive run (hash + upload + verify) {whole:6.2f} s {mib_per_s(total, whole)}"
        )
        print(f"  hash/plan  {t1 - t0:6.2f} s {mib_per_s(total, t1 - t0)}")
        print(f"  upload     {t2 - t1:6.2f} s {mib_per_s(total, t2 - t1)}")
        print(
            f"  verify     {t3 - t2:6.2f} s (HEAD of {len(phases.queue.objects(item.id))} objects)"
        )
        print(f"aws s3 cp --recursive, 10 threads   {aws10:6.2f} s {mib_per_s(total, aws10)}")
        print(f"aws s3 cp --recursive, 1 thread     {aws1:6.2f} s {mib_per_s(total, aws1)}")
    finally:
        if started:
            subprocess.run([str(ROOT / "scripts" / "s3-server.sh"), "stop"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
