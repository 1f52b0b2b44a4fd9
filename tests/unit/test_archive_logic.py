"""The archive upload's pure parts, without a server: upload order, back-off, the daily window,
retention, expected ETags, queue persistence, package checks and plain-words errors."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError

from app.archive.queue import UploadQueue
from app.archive.s3 import digest_file, explain
from app.archive.settings import MIB, ArchiveSettings, SettingsError
from app.archive.upload import Archiver, backoff_delay, sealed_package_problems, upload_order
from app.catalog.store import Catalog
from tests.support.archive_package import make_package, make_settings

UTC = dt.UTC


def no_client() -> Any:
    raise AssertionError("no request may be sent")


def test_payload_first_signature_last() -> None:
    files = [
        "tagmanifest-sha256.txt.p7s", "manifest-sha256.txt", "bagit.txt", "data/b.flac",
        "tagmanifest-sha256.txt", "bag-info.txt", "data/a/hearing.json", "extra-tag.txt",
    ]  # fmt: skip
    assert upload_order(files) == [
        "data/a/hearing.json", "data/b.flac", "extra-tag.txt", "bag-info.txt", "bagit.txt",
        "manifest-sha256.txt", "tagmanifest-sha256.txt", "tagmanifest-sha256.txt.p7s",
    ]  # fmt: skip


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(7)
    for attempts, full in ((1, 30), (2, 60), (3, 120), (8, 3600), (30, 3600)):
        delays = [backoff_delay(attempts, 30, 3600, rng) for _ in range(50)]
        assert all(full / 2 <= d <= full for d in delays)
        assert len(set(delays)) > 1  # jittered


def local(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 21, hour, minute).astimezone()


def test_upload_window_including_past_midnight() -> None:
    night = ArchiveSettings(window_start="22:00", window_end="06:00")
    assert night.in_window(local(23)) and night.in_window(local(5, 59))
    assert not night.in_window(local(6)) and not night.in_window(local(12))
    assert night.next_window_start(local(12)) == local(22)
    assert night.next_window_start(local(23)) == local(23)
    day = ArchiveSettings(window_start="13:00", window_end="14:00")
    assert day.in_window(local(13, 30)) and not day.in_window(local(14))
    assert day.next_window_start(local(15)) == local(13) + dt.timedelta(days=1)
    assert ArchiveSettings().in_window(local(3))
    with pytest.raises(SettingsError):
        ArchiveSettings(endpoint="http://x", bucket="b", window_start="22:00").validate()


def test_retention_from_judgment_date_or_from_upload() -> None:
    settings = ArchiveSettings(retention_days=365, retention_days_unknown_judgment=730)
    uploaded = dt.datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    judged = settings.retain_until(uploaded, dt.date(2027, 1, 15))
    assert judged == dt.datetime(2028, 1, 16, tzinfo=UTC)  # a full year after the day
    assert settings.retain_until(uploaded, None) == uploaded + dt.timedelta(days=730)
    old = settings.retain_until(uploaded, dt.date(2020, 1, 1))
    assert old == uploaded + dt.timedelta(days=365)


def test_expected_etag_single_and_multipart(tmp_path: Path) -> None:
    data = random.Random(1).randbytes(11 * MIB)
    path = tmp_path / "f"
    path.write_bytes(data)
    digest, part = digest_file(path, 5 * MIB, 5 * MIB)
    parts = [data[i : i + 5 * MIB] for i in range(0, len(data), 5 * MIB)]
    md5s = b"".join(hashlib.md5(p).digest() for p in parts)
    assert part == 5 * MIB
    with ThreadPoolExecutor(max_workers=1) as pool:  # SHA-256 beside MD5: the same digest
        assert digest_file(path, 5 * MIB, 5 * MIB, pool) == (digest, part)
    assert digest.etag == hashlib.md5(md5s).hexdigest() + "-3"
    assert digest.sha256 == hashlib.sha256(data).hexdigest() and digest.size == len(data)
    small, part = digest_file(path, 64 * MIB, 5 * MIB)
    assert part == 0 and small.etag == hashlib.md5(data).hexdigest()
    path.write_bytes(data[: 10 * MIB])  # exactly two parts
    two, _ = digest_file(path, 5 * MIB, 5 * MIB)
    assert two.etag == hashlib.md5(md5s[:32]).hexdigest() + "-2"
    path.write_bytes(b"")
    empty, part = digest_file(path, 5 * MIB, 5 * MIB)
    assert part == 0 and empty.etag == hashlib.md5(b"").hexdigest() and empty.size == 0


def test_queue_and_parts_survive_a_restart(tmp_path: Path) -> None:
    with Catalog(tmp_path / "c.sqlite") as catalog:
        queue = UploadQueue(catalog)
        item = queue.enqueue(tmp_path / "pkg", "court", "h1")
        assert queue.enqueue(tmp_path / "pkg", "court", "h1").id == item.id
        from app.archive.queue import PlannedObject

        queue.save_plan(item.id, [PlannedObject("data/a", "court/pkg/data/a", 1, "s", "e-2", 5)])
        queue.set_upload_id(item.id, "data/a", "UPLOAD-1")
        queue.record_part(item.id, "data/a", "UPLOAD-1", 1, '"abc"')
        later = dt.datetime.now(UTC) + dt.timedelta(hours=1)
        queue.record_failure(item.id, "cannot reach the archive", later)
    with Catalog(tmp_path / "c.sqlite") as catalog:
        queue = UploadQueue(catalog)
        [again] = queue.items()
        assert again.attempts == 1 and again.last_error == "cannot reach the archive"
        assert queue.due(dt.datetime.now(UTC)) == []
        assert queue.due(later) == [again]
        [obj] = queue.objects(again.id)
        assert obj.upload_id == "UPLOAD-1" and obj.multipart
        assert queue.parts(again.id, "data/a", "UPLOAD-1") == {1: '"abc"'}


def test_only_sealed_packages_are_queued(tmp_path: Path) -> None:
    package = make_package(tmp_path)
    assert sealed_package_problems(package) == []
    (package / "tagmanifest-sha256.txt.p7s").unlink()
    assert "tagmanifest-sha256.txt.p7s" in sealed_package_problems(package)[0]
    archiver = Archiver(Catalog(tmp_path / "c.sqlite"), make_settings("http://x", "b"), no_client)
    with pytest.raises(Exception, match="not a sealed package"):
        archiver.queue_package(package)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda p: (p / "data/journal.jsonl").write_bytes(b"x\n"), "journal.jsonl does not match"),
        (lambda p: (p / "data/audio/0001.flac").unlink(), "data/audio/0001.flac is missing"),
        (lambda p: (p / "bag-info.txt").write_text("X: y\n"), "bag-info.txt does not match"),
    ],
)
def test_a_damaged_local_package_is_not_uploaded(tmp_path: Path, damage: Any, words: str) -> None:
    package = make_package(tmp_path)
    damage(package)
    archiver = Archiver(Catalog(tmp_path / "c.sqlite"), make_settings("http://x", "b"), no_client)
    archiver.queue_package(package)
    [result] = archiver.run_once().results
    assert result.outcome == "failed" and result.kind == "damaged_package"
    assert words in result.message
    assert archiver.queue.items()[0].state == "queued"


def test_outside_the_window_nothing_is_sent(tmp_path: Path) -> None:
    now = local(12)
    settings = make_settings("http://x", "b", window_start="22:00", window_end="06:00")
    archiver = Archiver(Catalog(tmp_path / "c.sqlite"), settings, no_client, clock=lambda: now)
    archiver.queue_package(make_package(tmp_path))
    report = archiver.run_once()
    assert not report.window_open and report.results == []
    assert report.next_window_start == local(22).isoformat()
    assert archiver.seconds_until_next_work(idle_seconds=1e6) == 10 * 3600


def test_errors_are_explained_in_plain_words() -> None:
    settings = make_settings("http://127.0.0.1:9", "hearings")

    def client_error(code: str, status: int) -> ClientError:
        response: Any = {"Error": {"Code": code}, "ResponseMetadata": {"HTTPStatusCode": status}}
        return ClientError(response, "PutObject")

    cases = {
        EndpointConnectionError(endpoint_url="http://127.0.0.1:9"): ("unreachable", "cannot reach"),
        client_error("InvalidAccessKeyId", 403): ("credentials", "refused the station's"),
        client_error("SignatureDoesNotMatch", 403): ("credentials", "access key and secret"),
        client_error("NoSuchBucket", 404): ("no_bucket", "'hearings' does not exist"),
        client_error("ObjectLockConfigurationNotFoundError", 404): ("no_object_lock", "p. 24"),
        client_error("BadDigest", 400): ("transfer", "damaged data"),
    }
    for exc, (kind, words) in cases.items():
        error = explain(exc, settings)
        assert error.kind == kind and words in error.message, error.message
