"""Uploading sealed packages to the court archive (Rules p. 14, 23, 24, 27).

A sealed package (a BagIt directory: payload under ``data/``, the manifests, and the detached
signature ``tagmanifest-sha256.txt.p7s``) is queued in the catalog and uploaded file by file to
``<prefix>/<package name>/<path>`` in the archive bucket, every object under S3 Object Lock in
COMPLIANCE mode. The payload goes first, then the tag files, and the signature last: an archive
copy with a signature is complete. Each object is then checked by HEAD (size, SHA-256, ETag,
lock) before the package is marked uploaded. A failure keeps the package queued with the reason
in plain words and a retry time (exponential back-off with jitter), so the station works offline
and catches up; uploads start only inside the daily replication window. The local package is
deleted only after a verified upload, once the local retention has passed, and after a fresh
check that the archive still holds it. Nothing here is global: the composition root (or the CLI)
builds an :class:`Archiver` from a catalog, settings and a client factory.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from app.archive.multipart import PartLog, put_multipart
from app.archive.package import (
    delete_local_copy,
    hearing_id,
    judgment_date,
    sealed_package_problems,
)
from app.archive.plan import cleared_for_upload, plan_objects, upload_order
from app.archive.queue import PlannedObject, QueueItem, UploadQueue, iso, parse_iso
from app.archive.readback import read_back_and_verify
from app.archive.s3 import (
    ArchiveError,
    Lock,
    already_stored,
    check_bucket,
    check_object,
    explain,
    extend_lock,
    put_small,
)
from app.archive.settings import ArchiveSettings
from app.catalog.store import Catalog, CatalogError, state_rank
from app.evidence.binding import Registry
from app.evidence.gate import Cleared
from audio.text import QT_TRANSLATE_NOOP, msg

__all__ = [  # upload_order and sealed_package_problems are imported from here too
    "ARCHIVE_WIDE_FAILURES",
    "ArchiveError",
    "Archiver",
    "PackageResult",
    "RunReport",
    "backoff_delay",
    "sealed_package_problems",
    "upload_order",
    "utc_now",
]

_m = partial(msg, "Archive")
NOT_SEALED = QT_TRANSLATE_NOOP("Archive", "{path} is not a sealed package: {problem}")
GONE = QT_TRANSLATE_NOOP("Archive", "the package {package} is no longer on this station")
NO_MATCH_ARCHIVE = QT_TRANSLATE_NOOP(
    "Archive", "the archive copy does not match the package: {problems}"
)
STAYS_QUEUED = QT_TRANSLATE_NOOP(
    "Archive", "{message} The package stays queued; next attempt at {when} UTC."
)

# failures of the archive itself, not of one package: the rest of a pass is not tried
ARCHIVE_WIDE_FAILURES = frozenset({"unreachable", "credentials", "no_bucket", "no_object_lock"})


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def backoff_delay(attempts: int, base: float, cap: float, rng: random.Random) -> float:
    """Seconds before the next attempt: exponential, capped, with "equal jitter" (½…1 × delay)."""
    delay = min(cap, base * (2 ** max(0, attempts - 1)))
    return rng.uniform(delay / 2, delay)


@dataclass
class PackageResult:
    package: str
    outcome: str  # uploaded | failed | verify_failed | waiting
    message: str = ""
    kind: str = ""
    next_attempt_utc: str | None = None


@dataclass
class RunReport:
    window_open: bool
    results: list[PackageResult] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    next_window_start: str | None = None

    @property
    def ok(self) -> bool:
        return all(r.outcome in ("uploaded", "waiting") for r in self.results)


class Archiver:
    """Works the upload queue. ``client_factory()`` gives a boto3 S3 client (credentials inside).

    ``clock`` and ``rng`` are injectable so that back-off and windows are testable; ``on_part``
    (key, part number, part count, skipped) is called after each multipart part.
    """

    def __init__(
        self,
        catalog: Catalog,
        settings: ArchiveSettings,
        client_factory: Callable[[], Any],
        *,
        clock: Callable[[], _dt.datetime] = utc_now,
        rng: random.Random | None = None,
        on_part: Callable[[str, int, int, bool], None] | None = None,
        ca_file: Path | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.ca_file = ca_file  # the court chain a package's signer must lead to
        self.registry = registry  # the secretaries' registered certificates
        self.catalog = catalog
        self.queue = UploadQueue(catalog)
        self.settings = settings
        self._client_factory = client_factory
        self._client: Any = None
        self.clock = clock
        self.rng = rng or random.Random()
        self.on_part = on_part

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._client_factory()
        return self._client

    # ------------------------------------------------------------------ queueing
    def queue_package(self, package: str | Path) -> QueueItem:
        """Queue a sealed package for upload (checks that it looks like one)."""
        path = Path(package).resolve()
        problems = sealed_package_problems(path)
        if problems:
            raise ArchiveError("not_sealed", _m(NOT_SEALED, path=str(path), problem=problems[0]))
        return self.queue.enqueue(path, self.settings.prefix.strip("/"), hearing_id(path))

    # ------------------------------------------------------------------ running
    def run_once(self, *, ignore_window: bool = False, retry_now: bool = False) -> RunReport:
        """Upload every due package (inside the window), then delete expired local copies.

        ``retry_now`` ignores the back-off (after the administrator fixed the credentials).
        """
        now = self.clock()
        report = RunReport(window_open=ignore_window or self.settings.in_window(now))
        if not report.window_open:
            report.next_window_start = self.settings.next_window_start(now).isoformat()
        else:
            due = self.queue.items("queued") if retry_now else self.queue.due(now)
            for n, item in enumerate(due):
                if not (ignore_window or self.settings.in_window(self.clock())):
                    break  # the window closed during this pass: the rest waits for tomorrow's
                report.results.append(self.process(item))
                if report.results[-1].kind in ARCHIVE_WIDE_FAILURES:
                    # the same failure would meet every package: do not hammer the archive
                    reason = f"not tried: {report.results[-1].message.split('. ')[0]}"
                    report.results += [
                        PackageResult(rest.package, "waiting", reason, "") for rest in due[n + 1 :]
                    ]
                    break
        for item in self.queue.items("queued"):
            waiting = item.next_attempt_utc and parse_iso(item.next_attempt_utc) > now
            if waiting and not any(r.package == item.package for r in report.results):
                report.results.append(
                    PackageResult(
                        item.package, "waiting", item.last_error or "", "", item.next_attempt_utc
                    )
                )
        report.deleted = self.delete_expired_local_copies()
        return report

    def run_forever(self, stop: threading.Event, idle_seconds: float = 60.0) -> None:
        """Keep working the queue until ``stop`` is set (the station's background uploader)."""
        while not stop.is_set():
            self.run_once()
            stop.wait(self.seconds_until_next_work(idle_seconds))

    def seconds_until_next_work(self, idle_seconds: float) -> float:
        """Sleep until the window opens or a back-off runs out (at most ``idle_seconds``)."""
        now = self.clock()
        times = [self.settings.next_window_start(now)]
        times += [
            parse_iso(i.next_attempt_utc)
            for i in self.queue.items("queued")
            if i.next_attempt_utc is not None
        ]
        waits = [(t - now).total_seconds() for t in times]
        future = [w for w in waits if w > 0]
        return min(idle_seconds, max(1.0, min(future))) if future else idle_seconds

    def process(self, item: QueueItem) -> PackageResult:
        """One attempt at one package: upload what is missing, verify, mark or reschedule."""
        try:
            self.upload(item)
            problems = self.verify(item)
        except Exception as exc:  # every failure keeps the package queued, with a reason
            error = explain(exc, self.settings)
            return self._failed(item, "failed", error.message, error.kind)
        if problems:
            message = _m(NO_MATCH_ARCHIVE, problems="; ".join(problems))
            return self._failed(item, "verify_failed", message, "mismatch")
        when = self.clock()
        self.queue.mark_uploaded(item.id, when)
        if item.hearing_id:
            self._mark_hearing_uploaded(item.hearing_id, when)
        return PackageResult(item.package, "uploaded", f"{len(self.queue.objects(item.id))} files")

    def _failed(self, item: QueueItem, outcome: str, message: str, kind: str) -> PackageResult:
        fresh = self.queue.get(item.id)
        attempts = (fresh.attempts if fresh else item.attempts) + 1
        settings = self.settings
        delay = backoff_delay(
            attempts, settings.backoff_base_seconds, settings.backoff_max_seconds, self.rng
        )
        when = self.clock() + _dt.timedelta(seconds=delay)
        message = _m(STAYS_QUEUED, message=message, when=f"{when:%Y-%m-%d %H:%M}")
        self.queue.record_failure(item.id, message, when)
        return PackageResult(item.package, outcome, message, kind, when.isoformat())

    def _mark_hearing_uploaded(self, hearing_id: str, when: _dt.datetime) -> None:
        hearing = self.catalog.get_hearing(hearing_id)
        if hearing is not None and state_rank(hearing.state) < state_rank("uploaded"):
            # the hearing may have been removed meanwhile; the queue entry still says uploaded
            with contextlib.suppress(CatalogError):
                self.catalog.set_state(hearing_id, "uploaded", when=iso(when))

    # ------------------------------------------------------------------ upload
    def cleared(self, package: Path) -> Cleared:
        """Verify the package in full (signature, trust, manifests, journal, hearing.json) and
        return what passed, pinned (:func:`app.archive.plan.cleared_for_upload`)."""
        return cleared_for_upload(package, self.ca_file, self.registry)

    def plan(self, item: QueueItem) -> list[PlannedObject]:
        """The files to upload in order, with sizes, SHA-256 and expected ETags (made once).

        Only the files the manifests list (and the tag files and signature) are planned, and
        only once the package has verified in full."""
        package = Path(item.package)
        cleared = self.cleared(package)
        planned = self.queue.objects(item.id)
        if planned:
            return planned
        plan = plan_objects(package, cleared, item.key_prefix, self.settings)
        self.queue.save_plan(item.id, plan)
        return self.queue.objects(item.id)

    def retain_until(self, item: QueueItem) -> _dt.datetime:
        fresh = self.queue.get(item.id) or item
        if fresh.retain_until_utc:
            return parse_iso(fresh.retain_until_utc)
        until = self.settings.retain_until(self.clock(), judgment_date(Path(item.package)))
        self.queue.set_retain_until(item.id, until)
        return until

    def upload(self, item: QueueItem) -> None:
        """Upload every object of the package not yet uploaded (resuming multipart uploads)."""
        if not Path(item.package).is_dir():
            raise ArchiveError("local", _m(GONE, package=item.package))
        plan = self.plan(item)
        check_bucket(self.client, self.settings)
        lock = Lock(self.retain_until(item))
        bucket = self.settings.bucket
        for obj in plan:
            if obj.state != "pending":
                continue
            path = Path(item.package) / obj.rel_path
            found = already_stored(
                self.client, bucket, obj.key, size=obj.size, sha256=obj.sha256,
                etag=obj.expected_etag, lock=lock,
            )  # fmt: skip
            if found is not None:
                version: str | None = found
            elif obj.part_size:
                version = put_multipart(
                    self.client, bucket, obj.key, path, obj.sha256, obj.part_size, lock,
                    self._part_log(item.id, obj), self._part_callback(obj.key),
                    threads=self.settings.upload_threads,
                )  # fmt: skip
            else:
                version = put_small(self.client, bucket, obj.key, path, obj.sha256, lock)
            self.queue.mark_object(item.id, obj.rel_path, "uploaded", version)

    def _part_log(self, item_id: int, obj: PlannedObject) -> PartLog:
        def load() -> str | None:
            return next(
                (o.upload_id for o in self.queue.objects(item_id) if o.rel_path == obj.rel_path),
                None,
            )

        return PartLog(
            load,
            lambda upload_id: self.queue.set_upload_id(item_id, obj.rel_path, upload_id),
            lambda upload_id, n, etag: self.queue.record_part(
                item_id, obj.rel_path, upload_id, n, etag
            ),
        )

    def _part_callback(self, key: str) -> Callable[[int, int, bool], None] | None:
        if self.on_part is None:
            return None
        callback = self.on_part
        return lambda number, count, skipped: callback(key, number, count, skipped)

    # ------------------------------------------------------------------ verify
    def verify(self, item: QueueItem) -> list[str]:
        """HEAD every object: size, stored SHA-256, ETag, COMPLIANCE lock. Problems, or [].

        An object that fails goes back to pending, so the next attempt uploads it again.
        """
        fresh = self.queue.get(item.id) or item
        until = parse_iso(fresh.retain_until_utc) if fresh.retain_until_utc else None
        problems: list[str] = []
        for obj in self.queue.objects(item.id):
            found = check_object(
                self.client, self.settings.bucket, obj.key, size=obj.size, sha256=obj.sha256,
                etag=obj.expected_etag, retain_until=until, version_id=obj.version_id,
            )  # fmt: skip
            self.queue.mark_object(item.id, obj.rel_path, "pending" if found else "verified")
            problems += found
        return problems

    def extend_retention(self, item: QueueItem, judgment_effective: _dt.date) -> _dt.datetime:
        """Once the judgment's date is known, lock the archive copy until the date p. 24 needs.

        COMPLIANCE retention is only ever extended; an earlier date leaves the lock as it is.
        Works after the local copy is gone (the queue remembers every object and version).
        """
        fresh = self.queue.get(item.id) or item
        until = self.settings.retain_until(self.clock(), judgment_effective)
        if fresh.retain_until_utc:
            until = max(until, parse_iso(fresh.retain_until_utc))
        for obj in self.queue.objects(item.id):
            extend_lock(self.client, self.settings.bucket, obj.key, obj.version_id, until)
        self.queue.set_retain_until(item.id, until)
        return until

    # ------------------------------------------------------------------ local copies
    def delete_expired_local_copies(self) -> list[str]:
        """Delete local packages whose verified upload is older than the local retention."""
        days = self.settings.local_retention_days
        if days is None:
            return []
        now = self.clock()
        deleted = []
        for item in self.queue.items("uploaded"):
            if item.uploaded_utc is None:
                continue
            if parse_iso(item.uploaded_utc) + _dt.timedelta(days=days) > now:
                continue
            package = Path(item.package)
            try:
                problems = self.verify(item)  # the archive must still hold it, unchanged
            except Exception:
                continue  # archive unreachable now: keep the local copy, try next time
            if problems:
                reason = "before deleting the local copy: " + "; ".join(problems)
                self.queue.requeue(item.id, reason)
                continue
            try:  # read the archive copy back and verify it in full, signature included
                read_back_and_verify(
                    self.client, self.settings.bucket, self.queue.objects(item.id), package,
                    self.ca_file, self.registry,
                )  # fmt: skip
            except ArchiveError as e:
                if e.kind == "not_verified":
                    self.queue.requeue(item.id, "before deleting the local copy: " + e.message)
                continue  # unreachable or refused: keep the local copy
            deleted += delete_local_copy(
                package, with_hearing_folder=self.settings.delete_hearing_folder
            )
            self.queue.mark_local_deleted(item.id, now)
        return deleted
