"""Multipart upload of one large file with Content-MD5 per part, resumable and concurrent.

The UploadId is recorded (through a :class:`PartLog`, the upload queue) before the first part
and every accepted part right after S3 accepted it. A later attempt asks S3 which parts it holds
(``list_parts``) and keeps a part only when its ETag equals the MD5 of the same bytes of the
local file, so a resumed upload never trusts a part it cannot check. Parts go up on
``threads`` worker threads (each reads its own part, so memory stays at threads × part size);
boto3 clients are thread-safe and the catalog serialises its writes. Ceph 16 ignores the Object
Lock headers of CreateMultipartUpload, so the finished object's retention is set explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError

from app.archive.s3 import ArchiveError, Lock, md5_b64


class PartLog:
    """Where a multipart upload keeps its UploadId and accepted parts (the upload queue)."""

    def __init__(
        self,
        load_upload_id: Callable[[], str | None],
        save_upload_id: Callable[[str | None], None],
        save_part: Callable[[str, int, str], None],
    ) -> None:
        self.load_upload_id = load_upload_id
        self.save_upload_id = save_upload_id
        self.save_part = save_part


def put_multipart(
    client: Any,
    bucket: str,
    key: str,
    path: Path,
    sha256: str,
    part_size: int,
    lock: Lock,
    log: PartLog,
    on_part: Callable[[int, int, bool], None] | None = None,
    threads: int = 1,
) -> str | None:
    """Multipart upload with Content-MD5 per part, resuming a recorded UploadId.

    On resume the parts S3 already holds (``list_parts``) are kept when their ETag equals the
    MD5 of the same bytes of the local file, and only the rest is sent. ``on_part(number, count,
    skipped)`` is called after each part (from the worker threads when ``threads`` > 1). Returns the
    version id of the completed object.
    """
    size = path.stat().st_size
    count = max(1, -(-size // part_size))
    upload_id, held = _resume_or_create(client, bucket, key, sha256, lock, log)
    send = _PartSender(client, bucket, key, path, part_size, upload_id, held, log, on_part, count)
    etags = _send_all(send, count, threads)
    answer = client.complete_multipart_upload(
        Bucket=bucket,
        Key=key,
        UploadId=upload_id,
        MultipartUpload={"Parts": [{"PartNumber": n, "ETag": etags[n]} for n in sorted(etags)]},
    )
    log.save_upload_id(None)
    version = answer.get("VersionId") or client.head_object(Bucket=bucket, Key=key).get("VersionId")
    # Ceph 16 ignores the lock headers of CreateMultipartUpload: set the retention explicitly
    client.put_object_retention(
        Bucket=bucket,
        Key=key,
        VersionId=version,
        Retention={"Mode": "COMPLIANCE", "RetainUntilDate": lock.until},
    )
    return version


class _PartSender:
    """Sends one part (or keeps the one S3 holds with the same MD5) and records it; one call per
    part number, from the worker threads."""

    def __init__(
        self,
        client: Any,
        bucket: str,
        key: str,
        path: Path,
        part_size: int,
        upload_id: str,
        held: dict[int, str],
        log: PartLog,
        on_part: Callable[[int, int, bool], None] | None,
        count: int,
    ) -> None:
        self.client, self.bucket, self.key, self.path = client, bucket, key, path
        self.part_size, self.upload_id, self.held, self.log = part_size, upload_id, held, log
        self.on_part, self.count = on_part, count

    def __call__(self, number: int) -> str:
        with open(self.path, "rb") as f:
            f.seek((number - 1) * self.part_size)
            data = f.read(self.part_size)
        digest_b64, digest_hex = md5_b64(data)
        skipped = self.held.get(number) == digest_hex
        if not skipped:
            answer = self.client.upload_part(
                Bucket=self.bucket, Key=self.key, UploadId=self.upload_id, PartNumber=number,
                Body=data, ContentMD5=digest_b64,
            )  # fmt: skip
            etag = str(answer.get("ETag", "")).strip('"')
            if etag and etag != digest_hex:
                raise ArchiveError(
                    "transfer",
                    f"part {number} of {self.key}: the archive stored {etag}, sent {digest_hex}",
                )
        self.log.save_part(self.upload_id, number, f'"{digest_hex}"')
        if self.on_part:
            self.on_part(number, self.count, skipped)
        return f'"{digest_hex}"'


def _resume_or_create(
    client: Any, bucket: str, key: str, sha256: str, lock: Lock, log: PartLog
) -> tuple[str, dict[int, str]]:
    """The recorded upload and the parts S3 holds of it, or a new upload with none."""
    upload_id = log.load_upload_id()
    held: dict[int, str] = {}
    if upload_id:
        try:
            held = _list_parts(client, bucket, key, upload_id)
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") != "NoSuchUpload":
                raise
            upload_id = None  # aborted or expired on the server: start again
    if not upload_id:
        upload_id = client.create_multipart_upload(
            Bucket=bucket, Key=key, Metadata={"sha256": sha256}, **lock.args()
        )["UploadId"]
        log.save_upload_id(upload_id)
    return str(upload_id), held


def _send_all(send: Callable[[int], str], count: int, threads: int) -> dict[int, str]:
    """Every part's ETag, sent in order or by ``threads`` workers (the first failure stops all)."""
    numbers = range(1, count + 1)
    if threads <= 1:
        return {n: send(n) for n in numbers}
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = {pool.submit(send, n): n for n in numbers}
        try:
            return {futures[f]: f.result() for f in as_completed(futures)}
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _list_parts(client: Any, bucket: str, key: str, upload_id: str) -> dict[int, str]:
    held: dict[int, str] = {}
    marker = 0
    while True:
        page = client.list_parts(
            Bucket=bucket, Key=key, UploadId=upload_id, PartNumberMarker=marker
        )
        for part in page.get("Parts", []):
            held[int(part["PartNumber"])] = str(part["ETag"]).strip('"')
        if not page.get("IsTruncated"):
            return held
        marker = int(page.get("NextPartNumberMarker", 0))
