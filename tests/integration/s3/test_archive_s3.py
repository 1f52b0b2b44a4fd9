"""The archive upload against a real Ceph RGW on 127.0.0.1: upload and verification, Object Lock,
resume after the server went away mid-upload, clear failures that keep the package queued,
detection of an archive copy that does not match, and deletion of the local copy only after a
verified upload."""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError

from app.archive.s3 import make_client
from app.archive.settings import MIB, ArchiveCredentials, ArchiveSettings
from app.archive.upload import Archiver
from app.catalog.store import Catalog
from tests.support.archive_package import make_package

pytestmark = pytest.mark.integration

HEARING = "2026-11-21_2-1234-26_0930"


def archiver(catalog: Catalog, settings: ArchiveSettings, creds: ArchiveCredentials, **kw: Any):
    return Archiver(catalog, settings, lambda: make_client(settings, creds), **kw)


def error_code(call: Any) -> str:
    with pytest.raises(ClientError) as e:
        call()
    return str(e.value.response["Error"]["Code"])


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_upload_in_order_verified_locked_and_hearing_marked(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    package = make_package(tmp_path / "sealed", audio_sizes=(11 * MIB, 70_000))
    settings.upload_threads = 3  # the three parts of the large file at once
    catalog = Catalog(tmp_path / "catalog.sqlite")
    catalog.rebuild_from_folders(tmp_path / "sealed")
    assert catalog.get_hearing(HEARING).state == "sealed"  # type: ignore[union-attr]
    station = archiver(catalog, settings, s3_server.credentials)
    sent: list[str] = []
    client = station.client
    for op in ("PutObject", "CompleteMultipartUpload"):
        client.meta.events.register(
            f"before-call.s3.{op}", lambda params, **_: sent.append(params["url_path"])
        )
    station.queue_package(package)

    report = station.run_once()

    assert [r.outcome for r in report.results] == ["uploaded"], report
    assert catalog.get_hearing(HEARING).state == "uploaded"  # type: ignore[union-attr]
    names = [p.split(f"{HEARING}/", 1)[1].split("?")[0] for p in sent]
    assert names[-1] == "tagmanifest-sha256.txt.p7s"
    assert names[-2] == "tagmanifest-sha256.txt"
    data_positions = [i for i, n in enumerate(names) if n.startswith("data/")]
    assert data_positions == list(range(len(data_positions)))  # payload first
    assert len(names) == 9
    prefix = f"court-7199/station-1/{HEARING}"
    big = s3.head_object(Bucket=settings.bucket, Key=f"{prefix}/data/audio/0001.flac")
    local = (package / "data/audio/0001.flac").read_bytes()
    assert big["ContentLength"] == len(local)
    assert big["Metadata"]["sha256"] == hashlib.sha256(local).hexdigest()
    assert big["ETag"].strip('"').endswith("-3")  # 5 + 5 + 1 MiB
    assert big["ObjectLockMode"] == "COMPLIANCE"
    assert big["ObjectLockRetainUntilDate"] > big["LastModified"]
    status = station.queue.items()[0]
    assert status.state == "uploaded" and status.retain_until_utc


def test_locked_versions_cannot_be_deleted_or_overwritten(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    package = make_package(tmp_path, audio_sizes=(6 * MIB,))
    station = archiver(Catalog(tmp_path / "c.sqlite"), settings, s3_server.credentials)
    station.queue_package(package)
    assert station.run_once().results[0].outcome == "uploaded"
    bucket = settings.bucket
    for rel in ("data/audio/0001.flac", "data/journal.jsonl"):
        key = f"court-7199/station-1/{HEARING}/{rel}"
        version = s3.head_object(Bucket=bucket, Key=key)["VersionId"]
        original = s3.get_object(Bucket=bucket, Key=key, VersionId=version)["Body"].read()

        assert (
            error_code(lambda k=key, v=version: s3.delete_object(Bucket=bucket, Key=k, VersionId=v))
            == "AccessDenied"
        )
        assert (
            error_code(
                lambda k=key, v=version: s3.delete_object(
                    Bucket=bucket, Key=k, VersionId=v, BypassGovernanceRetention=True
                )
            )
            == "AccessDenied"
        )
        # an overwrite only adds a version above the locked one, which stays as it was
        s3.put_object(Bucket=bucket, Key=key, Body=b"forged")
        kept = s3.get_object(Bucket=bucket, Key=key, VersionId=version)["Body"].read()
        assert kept == original
        soon = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
        for mode in ("COMPLIANCE", "GOVERNANCE"):  # neither shortened nor weakened
            assert error_code(
                lambda k=key, v=version, m=mode, u=soon: s3.put_object_retention(
                    Bucket=bucket, Key=k, VersionId=v,
                    Retention={"Mode": m, "RetainUntilDate": u},
                    BypassGovernanceRetention=True,
                )
            ) in ("AccessDenied", "InvalidRequest")  # fmt: skip
    # and the station notices that the current object is no longer what it uploaded
    problems = station.verify(station.queue.items()[0])
    assert any("newer version" in p for p in problems)


def test_resume_after_the_archive_went_away_mid_upload(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    package = make_package(tmp_path, audio_sizes=(16 * MIB,))  # 4 parts of 5, 5, 5, 1 MiB
    parts: list[tuple[int, bool]] = []

    def stop_after_second_part(key: str, number: int, count: int, skipped: bool) -> None:
        parts.append((number, skipped))
        if number == 2 and not skipped:
            s3_server.rgw("stop")

    first = archiver(
        Catalog(tmp_path / "c.sqlite"), settings, s3_server.credentials,
        on_part=stop_after_second_part,
    )  # fmt: skip
    first.queue_package(package)
    try:
        result = first.run_once().results[0]
    finally:
        s3_server.rgw("start")
    first.catalog.close()

    assert result.outcome == "failed" and result.kind == "unreachable", result
    assert "cannot reach the archive" in result.message
    assert "stays queued" in result.message
    assert parts == [(1, False), (2, False)]

    # the station restarts: a new catalog object, the same file
    parts.clear()
    catalog = Catalog(tmp_path / "c.sqlite")
    item = catalog.query("SELECT * FROM upload_queue")[0]
    assert item["state"] == "queued" and item["attempts"] == 1
    assert catalog.query("SELECT COUNT(*) AS n FROM upload_parts")[0]["n"] == 2
    second = archiver(
        catalog, settings, s3_server.credentials,
        on_part=lambda key, number, count, skipped: parts.append((number, skipped)),
    )  # fmt: skip
    assert second.run_once().results[0].outcome == "uploaded"
    assert parts == [(1, True), (2, True), (3, False), (4, False)]
    key = f"court-7199/station-1/{HEARING}/data/audio/0001.flac"
    body = s3.get_object(Bucket=settings.bucket, Key=key)["Body"].read()
    assert body == (package / "data/audio/0001.flac").read_bytes()
    uploads = s3.list_multipart_uploads(Bucket=settings.bucket).get("Uploads", [])
    assert uploads == []


def test_wrong_credentials_are_named_and_the_package_stays_queued(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    package = make_package(tmp_path)
    for creds in (
        ArchiveCredentials(s3_server.credentials.access_key, "not-the-secret"),
        ArchiveCredentials("NOSUCHACCESSKEY00000", "whatever"),
    ):
        station = archiver(Catalog(tmp_path / "c.sqlite"), settings, creds)
        station.queue_package(package)
        result = station.run_once().results[0]
        assert result.outcome == "failed" and result.kind == "credentials", result
        assert "refused the station's credentials" in result.message
        assert "stays queued" in result.message
        assert station.queue.items()[0].state == "queued"
        station.catalog.close()


def test_unreachable_endpoint_keeps_the_package_queued(tmp_path: Path, lock_bucket: str) -> None:
    from tests.support.archive_package import make_settings

    settings = make_settings(f"http://127.0.0.1:{closed_port()}", lock_bucket)
    station = archiver(Catalog(tmp_path / "c.sqlite"), settings, ArchiveCredentials("a", "b"))
    station.queue_package(make_package(tmp_path))
    result = station.run_once().results[0]
    assert result.outcome == "failed" and result.kind == "unreachable", result
    assert "cannot reach the archive at http://127.0.0.1:" in result.message
    item = station.queue.items()[0]
    assert item.state == "queued" and item.last_error == result.message


def test_bucket_without_object_lock_is_refused(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    s3.create_bucket(Bucket=settings.bucket + "-plain")
    settings.bucket += "-plain"
    station = archiver(Catalog(tmp_path / "c.sqlite"), settings, s3_server.credentials)
    station.queue_package(make_package(tmp_path))
    result = station.run_once().results[0]
    assert result.kind == "no_object_lock", result
    assert "has no Object Lock" in result.message
    assert s3.list_objects_v2(Bucket=settings.bucket).get("KeyCount") == 0
    assert station.queue.items()[0].state == "queued"


def test_a_tampered_archive_copy_is_detected_and_uploaded_again(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    package = make_package(tmp_path, audio_sizes=(300_000,))
    station = archiver(Catalog(tmp_path / "c.sqlite"), settings, s3_server.credentials)
    item = station.queue_package(package)
    station.upload(item)
    prefix = f"court-7199/station-1/{HEARING}"
    audio = (package / "data/audio/0001.flac").read_bytes()
    forged = bytes([audio[0] ^ 0xFF]) + audio[1:]  # same size, one byte changed
    s3.put_object(
        Bucket=settings.bucket, Key=f"{prefix}/data/audio/0001.flac", Body=forged,
        Metadata={"sha256": hashlib.sha256(audio).hexdigest()},  # claims the right hash
        ObjectLockMode="COMPLIANCE", ObjectLockRetainUntilDate="2030-01-01T00:00:00Z",
    )  # fmt: skip
    hearing = (package / "data/hearing.json").read_bytes()
    s3.put_object(
        Bucket=settings.bucket, Key=f"{prefix}/data/hearing.json", Body=hearing,
        Metadata={"sha256": "0" * 64},
    )  # fmt: skip

    result = station.process(item)  # uploaded objects are not sent again; the check fails

    assert result.outcome == "verify_failed" and result.kind == "mismatch", result
    assert "0001.flac: stored ETag" in result.message
    assert "hearing.json: stored SHA-256" in result.message
    assert station.queue.get(item.id).state == "queued"  # type: ignore[union-attr]
    # the mismatching objects went back to pending: the next run uploads them again
    assert station.run_once().results[0].outcome == "uploaded"
    assert station.verify(item) == []


def test_local_copy_is_deleted_only_after_verified_upload_and_retention(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    keep = make_package(tmp_path / "a", audio_sizes=(10_000,))
    settings.local_retention_days = 1.0
    station = archiver(Catalog(tmp_path / "c.sqlite"), settings, s3_server.credentials)
    station.queue_package(keep)
    report = station.run_once()
    assert report.results[0].outcome == "uploaded" and report.deleted == []
    assert keep.is_dir()  # retention not over yet

    settings.local_retention_days = 0.0
    prefix = f"court-7199/station-1/{HEARING}"
    s3.put_object(Bucket=settings.bucket, Key=f"{prefix}/bagit.txt", Body=b"altered")
    assert station.run_once().deleted == []  # the archive copy changed: keep, upload again
    assert keep.is_dir()
    assert station.queue.items()[0].state == "queued"

    report = station.run_once()  # re-uploads the bad object, verifies, then deletes
    assert [r.outcome for r in report.results] == ["uploaded"]
    assert report.deleted == [str(keep.resolve())]
    assert not keep.exists()
    assert station.queue.items()[0].state == "local_deleted"


def test_offline_station_catches_up_in_queue_order(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    from dataclasses import replace

    catalog = Catalog(tmp_path / "c.sqlite")
    offline = replace(settings, endpoint=f"http://127.0.0.1:{closed_port()}")
    station = archiver(catalog, offline, s3_server.credentials)
    packages = [make_package(tmp_path / f"p{n}", f"2026-11-2{n}_case_0930") for n in (1, 2, 3)]
    for package in packages:
        station.queue_package(package)
    results = station.run_once().results
    assert [(r.outcome, r.kind) for r in results] == [
        ("failed", "unreachable"), ("waiting", ""), ("waiting", "")
    ]  # fmt: skip
    assert results[1].message.startswith("not tried: cannot reach the archive")
    assert [i.attempts for i in station.queue.items()] == [1, 0, 0]

    back_online = archiver(catalog, settings, s3_server.credentials)
    report = back_online.run_once()
    assert [(r.package, r.outcome) for r in report.results] == [
        (str(p.resolve()), "uploaded") for p in packages
    ]


def test_an_object_stored_before_a_crash_is_not_sent_again(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    catalog = Catalog(tmp_path / "c.sqlite")
    package = make_package(tmp_path, audio_sizes=(6 * MIB,))
    station = archiver(catalog, settings, s3_server.credentials)
    item = station.queue_package(package)
    station.upload(item)
    # the station died after S3 had the objects but before the queue recorded them
    with catalog.transaction() as db:
        db.execute("UPDATE upload_objects SET state = 'pending', version_id = NULL")
    sent: list[str] = []
    again = archiver(catalog, settings, s3_server.credentials)
    for op in ("PutObject", "CreateMultipartUpload", "UploadPart"):
        again.client.meta.events.register(
            f"before-call.s3.{op}", lambda params, **_: sent.append(params["url_path"])
        )
    assert again.run_once().results[0].outcome == "uploaded"
    assert sent == []


def test_resume_of_a_concurrent_upload_keeps_exactly_the_parts_the_archive_holds(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    settings.upload_threads = 3
    package = make_package(tmp_path, audio_sizes=(26 * MIB,))  # 6 parts
    first_run: list[int] = []

    def stop_after_first_part(key: str, number: int, count: int, skipped: bool) -> None:
        first_run.append(number)
        if len(first_run) == 1:
            s3_server.rgw("stop")

    catalog = Catalog(tmp_path / "c.sqlite")
    first = archiver(catalog, settings, s3_server.credentials, on_part=stop_after_first_part)
    first.queue_package(package)
    try:
        assert first.run_once().results[0].kind == "unreachable"
    finally:
        s3_server.rgw("start")
    recorded = {r["part_number"] for r in catalog.query("SELECT part_number FROM upload_parts")}
    assert recorded and len(recorded) < 6

    second_run: dict[int, bool] = {}
    again = archiver(
        catalog, settings, s3_server.credentials,
        on_part=lambda key, number, count, skipped: second_run.__setitem__(number, skipped),
    )  # fmt: skip
    assert again.run_once().results[0].outcome == "uploaded"
    assert sorted(second_run) == [1, 2, 3, 4, 5, 6]
    skipped = {n for n, s in second_run.items() if s}
    assert recorded <= skipped  # every recorded part was kept, none sent twice
    key = f"court-7199/station-1/{HEARING}/data/audio/0001.flac"
    body = s3.get_object(Bucket=settings.bucket, Key=key)["Body"].read()
    assert body == (package / "data/audio/0001.flac").read_bytes()


def test_retention_is_extended_when_the_judgment_date_is_known(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    package = make_package(tmp_path, audio_sizes=(6 * MIB,))  # one multipart object too
    station = archiver(Catalog(tmp_path / "c.sqlite"), settings, s3_server.credentials)
    item = station.queue_package(package)
    assert station.run_once().results[0].outcome == "uploaded"
    settings.retention_days = 365
    judged = dt.date.today() + dt.timedelta(days=10)
    until = station.extend_retention(item, judged)
    assert until.date() == judged + dt.timedelta(days=366)
    for obj in station.queue.objects(item.id):
        head = s3.head_object(Bucket=settings.bucket, Key=obj.key, VersionId=obj.version_id)
        assert head["ObjectLockRetainUntilDate"] >= until - dt.timedelta(seconds=1)
    # an earlier judgment date never shortens the lock
    assert station.extend_retention(item, judged - dt.timedelta(days=300)) == until
    assert station.verify(item) == []
