"""Sending anchors to the court archive: small objects under Object Lock, in order, retried.

:class:`AnchorSender` is one thread that empties the station's anchor outbox
(:class:`app.anchoring.anchors.Outbox`) into ``s3://<bucket>/<prefix>/anchors/<hearing
id>/NNNNNN.json``, each object with Content-MD5, its SHA-256 in the metadata and a COMPLIANCE lock
until the hearing's retention (as the archive computes it for a package uploaded now) plus a
margin. When a timestamp authority is configured the anchor's SHA-256 is first timestamped (RFC
3161) and the token stored beside it (``NNNNNN.tsr``). The archive's answer (version id, time) is
written to ``NNNNNN.sent``; an anchor without one is sent again, so anchors made while the archive
was down go as soon as it is back (the sender looks again after 1 s, doubling to 30 s, and at once
when a new anchor is made). Nothing here is ever waited for by the recording; only the end of a
hearing waits, for at most ``flush_seconds``, so that its last anchors usually leave with it.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.anchoring.anchors import Outbox, anchor_bytes, sent_path, token_path, write_private
from app.anchoring.audit_vet import Quarantined, vet
from app.archive.s3 import Lock, explain, md5_b64
from app.archive.settings import ArchiveSettings
from audio.text import message_of

log = logging.getLogger(__name__)

ANCHOR_FOLDER = "anchors"
AUDIT_FORMAT = "zhazba-audit-anchor/1"  # app.anchoring.audit_anchor.FORMAT (which imports this)


def anchor_prefix(settings: ArchiveSettings, hearing: str) -> str:
    """Where a hearing's anchors live in the bucket (one place decides it)."""
    parts = [settings.prefix.strip("/"), ANCHOR_FOLDER, hearing]
    return "/".join(p for p in parts if p) + "/"


def object_key(settings: ArchiveSettings, anchor: dict[str, Any], name: str) -> str:
    """The anchor's key in the bucket: a hearing's, or the station audit log's."""
    from app.anchoring.audit_anchor import FORMAT, audit_prefix

    if anchor.get("format") == FORMAT:
        return audit_prefix(settings, str(anchor["station"])) + name
    return anchor_prefix(settings, anchor["hearing"]) + name


def timestamp_token(data: bytes, tsa_url: str) -> bytes:
    """An RFC 3161 timestamp token (DER ``ContentInfo``) over SHA-256 of ``data``."""
    from signing.cades import UrllibTimeStamper

    digest = hashlib.sha256(data).digest()
    token = asyncio.run(UrllibTimeStamper(tsa_url).async_timestamp(digest, "sha256"))
    return bytes(token.dump())


class AnchorSender:
    """Uploads the outbox's anchors; ``client_factory`` builds a boto3 S3 client."""

    def __init__(
        self,
        outbox: Outbox,
        settings: ArchiveSettings,
        client_factory: Callable[[], Any],
        *,
        tsa_url: str | None = None,
        retention_margin_days: int = 30,
        max_backoff: float = 30.0,
    ) -> None:
        self.outbox = outbox
        self.settings = settings
        self.client_factory = client_factory
        self.tsa_url = tsa_url
        self.margin = _dt.timedelta(days=retention_margin_days)
        self.max_backoff = max_backoff
        self.sent = 0
        self.requests = 0
        self.bytes_sent = 0
        self.last_problem = ""
        self.quarantined: list[str] = []  # what was set aside (app.anchoring.audit_vet)
        self.attempts = 0  # passes over the outbox, finished
        self.durable: dict[tuple[str, int], float] = {}  # (hearing, journal seq) → wall time
        self._client: Any = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="anchor-sender", daemon=True)

    def prepare(self) -> None:
        """Build the S3 client now (about 0.15 s of CPU under the GIL): before the recording
        starts, never in the middle of it; it is kept for every later attempt."""
        if self._client is None:
            self._client = self.client_factory()

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def flush(self, hearing: str, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds until ``hearing`` has no unsent anchor; no longer than
        one more attempt when the archive cannot be reached (the anchors stay queued)."""
        deadline = time.monotonic() + timeout
        started = self.attempts
        self.wake()
        while self.outbox.pending(hearing):
            if time.monotonic() >= deadline:
                return False
            if self.attempts > started + 1 and self.last_problem:
                return False
            time.sleep(0.05)
        return True

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _run(self) -> None:
        backoff = 1.0
        while not self._stop.is_set():
            self._wake.clear()
            ok = self.send_pending()
            self.attempts += 1
            backoff = 1.0 if ok else min(self.max_backoff, backoff * 2)
            self._wake.wait(None if ok else backoff)

    def send_pending(self) -> bool:
        """Send every unsent anchor in order; False when the archive could not take one."""
        for path in self.outbox.pending():
            if self._stop.is_set() and not self._wake.is_set():
                return True
            try:
                self.send(path)
            except Quarantined as e:  # set aside, never sent; the others go on
                self.quarantined.append(str(e))
                continue
            except Exception as e:  # noqa: BLE001 - kept in the outbox; said in plain words
                self.last_problem = message_of(explain(e, self.settings))
                log.warning("anchor %s not sent: %s", path.name, self.last_problem)
                return False
        self.last_problem = ""
        return True

    def send(self, path: Path) -> dict[str, Any]:
        """Timestamp (when configured) and upload one anchor; returns the receipt written."""
        data = path.read_bytes()
        anchor = json.loads(data)
        if anchor_bytes(anchor) != data:
            raise ValueError(f"{path} is not a canonical anchor")
        if anchor.get("format") == AUDIT_FORMAT:  # a hand-made one is set aside, never locked
            vet(path, anchor)
        token = token_path(path)
        if self.tsa_url and not token.exists():
            try:
                write_private(token, timestamp_token(data, self.tsa_url))
            except Exception as e:  # noqa: BLE001 - the anchor goes anyway; the token can't
                log.warning("anchor %s not timestamped: %s", path.name, e)
        self.prepare()
        key = object_key(self.settings, anchor, path.name)
        lock = Lock(self._retain_until(path))
        version = self._put(key, data, lock)
        receipt: dict[str, Any] = {"key": key, "version_id": version, "sent_utc": _utc()}
        if token.exists():
            receipt["token_version_id"] = self._put(key[: -len(".json")] + ".tsr",
                                                    token.read_bytes(), lock)  # fmt: skip
        write_private(sent_path(path), (json.dumps(receipt) + "\n").encode())
        self.sent += 1
        if "hearing" in anchor:  # an audit anchor (app.anchoring.audit_anchor) has none
            self.durable[(anchor["hearing"], int(anchor["journal"]["seq"]))] = time.time()
        return receipt

    def _put(self, key: str, data: bytes, lock: Lock) -> str | None:
        digest_b64, _ = md5_b64(data)
        self.requests += 1
        answer = self._client.put_object(
            Bucket=self.settings.bucket, Key=key, Body=data, ContentMD5=digest_b64,
            Metadata={"sha256": hashlib.sha256(data).hexdigest()}, **lock.args(),
        )  # fmt: skip
        self.bytes_sent += len(data)
        version = answer.get("VersionId")
        return str(version) if version else None

    def _retain_until(self, anchor: Path) -> _dt.datetime:
        """The package's retention as if it were uploaded now, plus the margin, so that an
        anchor is not released before the package it protects (which is uploaded after it)."""
        return self.settings.retain_until(_now(), None) + self.margin


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _utc() -> str:
    return _now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
