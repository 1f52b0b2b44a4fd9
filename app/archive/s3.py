"""S3 object storage as the court archive sees it: client, transfers with integrity, checks.

Everything here speaks to one S3 endpoint through boto3, with what Ceph 16 (Pacific) needs:
path-style addressing, SigV4, and botocore's flexible checksums only where an operation requires
them (RGW 16 ignores them and chokes on aws-chunked bodies). Integrity therefore rests on
Content-MD5 for every request body (S3 refuses a body that does not match), a SHA-256 of the
whole file in the object's metadata, and a check of every stored object by HEAD afterwards: size,
SHA-256 metadata, ETag (for a multipart object the MD5 of the parts' MD5s, "-N"; Ceph 16 returns
an empty ETag from CompleteMultipartUpload, so only the stored one is trusted) and the Object Lock.
botocore's exceptions are turned into :class:`ArchiveError` with a plain-words message. Large
files go multipart through :mod:`app.archive.multipart`.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    NoCredentialsError,
    ReadTimeoutError,
)

from app.archive.settings import ArchiveCredentials, ArchiveSettings

READ_BLOCK = 4 * 1024 * 1024


class ArchiveError(Exception):
    """A failure in plain words; ``kind`` says what sort (for --json and for tests)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def make_client(settings: ArchiveSettings, credentials: ArchiveCredentials) -> Any:
    config = Config(
        region_name=settings.region,
        signature_version="s3v4",
        s3={"addressing_style": "path"},
        retries={"max_attempts": settings.max_request_attempts, "mode": "standard"},
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )
    return boto3.session.Session().client(
        "s3",
        endpoint_url=settings.endpoint,
        aws_access_key_id=credentials.access_key,
        aws_secret_access_key=credentials.secret_key,
        verify=settings.ca_bundle or None,
        config=config,
    )


def explain(exc: BaseException, settings: ArchiveSettings) -> ArchiveError:
    """An :class:`ArchiveError` saying what went wrong and what to do."""
    where = f"the archive at {settings.endpoint}"
    if isinstance(exc, ArchiveError):
        return exc
    if isinstance(exc, EndpointConnectionError | ConnectTimeoutError | ConnectionClosedError):
        return ArchiveError(
            "unreachable",
            f"cannot reach {where} (no answer: {exc}). The station works on offline and "
            "uploads when the archive can be reached; check the network or ask the technician.",
        )
    if isinstance(exc, ReadTimeoutError):
        return ArchiveError("unreachable", f"{where} stopped answering ({exc}); will retry.")
    if isinstance(exc, NoCredentialsError):
        return ArchiveError(
            "credentials", "no archive credentials are stored; an administrator must enter them"
        )
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        code = str(error.get("Code", ""))
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken") or (
            code == "AccessDenied" and status == 403
        ):
            return ArchiveError(
                "credentials",
                f"{where} refused the station's credentials ({code}). An administrator must "
                "enter the archive access key and secret again (`zhazba archive credentials`).",
            )
        if code == "NoSuchBucket":
            return ArchiveError(
                "no_bucket",
                f"the bucket {settings.bucket!r} does not exist at {where}; ask the archive "
                "administrators to create it with Object Lock enabled.",
            )
        if code in ("ObjectLockConfigurationNotFoundError", "InvalidBucketState"):
            return ArchiveError("no_object_lock", _no_lock_message(settings))
        if code in ("BadDigest", "InvalidDigest"):
            return ArchiveError(
                "transfer", f"{where} received damaged data ({code}); the transfer will be retried"
            )
        message = error.get("Message") or ""
        return ArchiveError("server", f"{where} answered {code or status}: {message}".strip())
    if isinstance(exc, BotoCoreError):
        return ArchiveError("client", f"talking to {where} failed: {exc}")
    if isinstance(exc, OSError):
        return ArchiveError("local", f"cannot read the package: {exc}")
    return ArchiveError("other", f"{type(exc).__name__}: {exc}")


def _no_lock_message(settings: ArchiveSettings) -> str:
    return (
        f"the bucket {settings.bucket!r} at {settings.endpoint} has no Object Lock, so the archive "
        "could not keep the recordings unalterable for the period the Rules require (p. 24). "
        "Nothing was uploaded; ask the archive administrators for a bucket created with Object "
        "Lock enabled."
    )


def check_bucket(client: Any, settings: ArchiveSettings) -> None:
    """The bucket exists, the credentials work, and Object Lock is enabled on it."""
    try:
        config = client.get_object_lock_configuration(Bucket=settings.bucket)
    except ClientError as e:
        raise explain(e, settings) from e
    enabled = config.get("ObjectLockConfiguration", {}).get("ObjectLockEnabled")
    if enabled != "Enabled":
        raise ArchiveError("no_object_lock", _no_lock_message(settings))


@dataclass
class FileDigest:
    size: int
    sha256: str
    etag: str  # what S3 stores: md5 hex, or md5-of-part-md5s "-N" for a multipart object


def digest_file(
    path: Path, multipart_threshold: int, part_size: int, pool: ThreadPoolExecutor | None = None
) -> tuple[FileDigest, int]:
    """SHA-256 and the expected ETag in one read; returns the digest and the part size used.

    With a ``pool`` (one worker is enough) the SHA-256 of each block runs beside its MD5: both
    release the GIL, so on two cores planning takes the time of the slower hash, not the sum.
    """
    size = path.stat().st_size
    multipart = size >= multipart_threshold
    chunk = part_size if multipart else max(size, 1)  # one MD5 per part, or one for the file
    sha = hashlib.sha256()
    md5s: list[bytes] = []
    with open(path, "rb") as f:
        while True:
            md5 = hashlib.md5()
            left = chunk
            while left > 0:
                block = f.read(min(READ_BLOCK, left))
                if not block:
                    break
                pending = pool.submit(sha.update, block) if pool else None
                md5.update(block)
                if pending is None:
                    sha.update(block)
                else:
                    pending.result()
                left -= len(block)
            if left == chunk and md5s:
                break
            md5s.append(md5.digest())
            if left > 0:
                break
    joined = hashlib.md5(b"".join(md5s)).hexdigest()
    etag = f"{joined}-{len(md5s)}" if multipart else md5s[0].hex()
    return FileDigest(size, sha.hexdigest(), etag), part_size if multipart else 0


def md5_b64(data: bytes) -> tuple[str, str]:
    digest = hashlib.md5(data).digest()
    return base64.b64encode(digest).decode("ascii"), digest.hex()


@dataclass
class Lock:
    until: _dt.datetime

    def args(self) -> dict[str, Any]:
        return {"ObjectLockMode": "COMPLIANCE", "ObjectLockRetainUntilDate": self.until}


def put_small(
    client: Any, bucket: str, key: str, path: Path, sha256: str, lock: Lock
) -> str | None:
    """One PUT with Content-MD5; returns the new object's version id."""
    data = path.read_bytes()
    digest_b64, _ = md5_b64(data)
    answer = client.put_object(
        Bucket=bucket, Key=key, Body=data, ContentMD5=digest_b64, Metadata={"sha256": sha256},
        **lock.args(),
    )  # fmt: skip
    return answer.get("VersionId")


def _head(client: Any, bucket: str, key: str) -> dict[str, Any] | None:
    try:
        return dict(client.head_object(Bucket=bucket, Key=key))
    except ClientError as e:
        if str(e.response.get("Error", {}).get("Code")) in ("404", "NoSuchKey", "NotFound"):
            return None
        raise


def already_stored(
    client: Any, bucket: str, key: str, *, size: int, sha256: str, etag: str, lock: Lock
) -> str | None:
    """If the current object is exactly this file, lock it and return its version id.

    After a crash between S3 accepting an object and the queue recording it, the next attempt
    finds it here instead of uploading (and storing) the same bytes again.
    """
    head = _head(client, bucket, key)
    if head is None or head.get("ContentLength") != size:
        return None
    if (head.get("Metadata") or {}).get("sha256") != sha256:
        return None
    if str(head.get("ETag", "")).strip('"') != etag:
        return None
    until = head.get("ObjectLockRetainUntilDate")
    short = until is None or until < lock.until - _dt.timedelta(seconds=1)
    if head.get("ObjectLockMode") != "COMPLIANCE" or short:
        client.put_object_retention(
            Bucket=bucket,
            Key=key,
            VersionId=head.get("VersionId"),
            Retention={"Mode": "COMPLIANCE", "RetainUntilDate": lock.until},
        )
    version = head.get("VersionId")
    return str(version) if version else None


def check_object(
    client: Any,
    bucket: str,
    key: str,
    *,
    size: int,
    sha256: str,
    etag: str,
    retain_until: _dt.datetime | None,
    version_id: str | None,
) -> list[str]:
    """What is wrong with the stored object (empty when it is exactly what was sent)."""
    head = _head(client, bucket, key)
    if head is None:
        return [f"{key}: missing from the archive"]
    problems = []
    if version_id and head.get("VersionId") and head["VersionId"] != version_id:
        problems.append(f"{key}: a newer version {head['VersionId']} was written over the upload")
    if head.get("ContentLength") != size:
        problems.append(f"{key}: {head.get('ContentLength')} bytes in the archive, {size} sent")
    stored_sha = (head.get("Metadata") or {}).get("sha256")
    if stored_sha != sha256:
        problems.append(f"{key}: stored SHA-256 {stored_sha} differs from the file's {sha256}")
    stored_etag = str(head.get("ETag", "")).strip('"')
    if stored_etag != etag:
        problems.append(f"{key}: stored ETag {stored_etag or '(none)'} where {etag} was expected")
    if head.get("ObjectLockMode") != "COMPLIANCE":
        problems.append(f"{key}: not locked in COMPLIANCE mode ({head.get('ObjectLockMode')})")
    elif retain_until is not None:
        until = head.get("ObjectLockRetainUntilDate")
        if until is None or until < retain_until - _dt.timedelta(seconds=1):
            problems.append(f"{key}: locked only until {until}, not {retain_until}")
    return problems


def extend_lock(
    client: Any, bucket: str, key: str, version_id: str | None, until: _dt.datetime
) -> bool:
    """Extend one object version's COMPLIANCE lock to ``until`` (never shorten); True if changed."""
    version = {"VersionId": version_id} if version_id else {}
    head = client.head_object(Bucket=bucket, Key=key, **version)
    current = head.get("ObjectLockRetainUntilDate")
    if current is not None and current >= until:
        return False
    client.put_object_retention(
        Bucket=bucket, Key=key, Retention={"Mode": "COMPLIANCE", "RetainUntilDate": until},
        **version,
    )  # fmt: skip
    return True
