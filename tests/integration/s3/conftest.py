"""A real Ceph RGW (S3 with Object Lock) on 127.0.0.1 for the archive tests.

The session fixture runs ``scripts/s3-server.sh start`` (installs Ceph with apt if missing, starts
one monitor, one memstore OSD and radosgw) and ``stop`` at the end; a cluster that was already
running before the session (a benchmark, a developer's) is reused and left running.
Each test gets its own Object Lock bucket, so tests do not see each other's objects.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.archive.s3 import make_client
from app.archive.settings import ArchiveCredentials, ArchiveSettings
from tests.support.archive_package import make_settings

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "s3-server.sh"


@dataclass
class S3Server:
    endpoint: str
    credentials: ArchiveCredentials

    def rgw(self, action: str) -> None:
        """``stop`` or ``start`` only radosgw (mon and OSD keep the data)."""
        subprocess.run([str(SCRIPT), f"{action}-rgw"], check=True, timeout=120)


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    if os.geteuid() != 0:
        pytest.skip("the Ceph test archive is started as root")
    # a cluster someone else started (a benchmark, a developer) is used and left running
    already = subprocess.run([str(SCRIPT), "env"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [str(SCRIPT), "start"], capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        pytest.fail(f"scripts/s3-server.sh start failed:\n{done.stderr[-3000:]}")
    env = {}
    for line in done.stdout.splitlines():
        if line.startswith("export ") and "=" in line:
            key, value = line[len("export ") :].split("=", 1)
            env[key] = value
    yield S3Server(
        env["ZHAZBA_S3_ENDPOINT"],
        ArchiveCredentials(env["ZHAZBA_S3_ACCESS_KEY"], env["ZHAZBA_S3_SECRET_KEY"]),
    )
    if not already:
        subprocess.run([str(SCRIPT), "stop"], capture_output=True, timeout=120, check=False)


@pytest.fixture
def s3(s3_server: S3Server) -> Any:
    """A boto3 client with the test user's credentials (for checks from outside the station)."""
    return make_client(make_settings(s3_server.endpoint, "unused"), s3_server.credentials)


@pytest.fixture
def lock_bucket(s3: Any) -> str:
    name = f"hearings-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=name, ObjectLockEnabledForBucket=True)
    return name


@pytest.fixture
def settings(s3_server: S3Server, lock_bucket: str) -> ArchiveSettings:
    return make_settings(s3_server.endpoint, lock_bucket)
