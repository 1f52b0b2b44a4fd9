"""The archive upload queue, persisted in the station catalog so that it survives restarts.

A queued package has one row in ``upload_queue`` (state queued → uploaded → local_deleted, the
attempts so far, when to try next and the last error in plain words) and one row per file in
``upload_objects`` (its object key, size, SHA-256, the ETag S3 must end up with, and for a
multipart upload its UploadId). Every part that S3 accepted is written to ``upload_parts`` at
once, so an upload cut off by a crash, a power cut or a lost network resumes where it stopped.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.catalog.store import Catalog, CatalogError, utc_now


@dataclass
class QueueItem:
    id: int
    package: str
    hearing_id: str | None
    key_prefix: str
    state: str
    attempts: int
    next_attempt_utc: str | None
    last_error: str | None
    retain_until_utc: str | None
    queued_utc: str
    uploaded_utc: str | None
    local_deleted_utc: str | None


@dataclass
class PlannedObject:
    rel_path: str
    key: str
    size: int
    sha256: str
    expected_etag: str
    part_size: int
    upload_id: str | None = None
    version_id: str | None = None
    state: str = "pending"

    @property
    def multipart(self) -> bool:
        return self.expected_etag.find("-") >= 0


def iso(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> _dt.datetime:
    return _dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=_dt.UTC)


class UploadQueue:
    """The queue's rows in the catalog; the archiver decides what to do with them."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    # ------------------------------------------------------------------ packages
    def enqueue(self, package: Path, key_prefix: str, hearing_id: str | None) -> QueueItem:
        """Queue a package (again queuing one that is already queued is a no-op)."""
        existing = self.find(package)
        if existing is not None:
            return existing
        with self.catalog.transaction() as db:
            cur = db.execute(
                "INSERT INTO upload_queue (package, hearing_id, key_prefix, state, queued_utc) "
                "VALUES (?, ?, ?, 'queued', ?)",
                (str(package), hearing_id, key_prefix, utc_now()),
            )
        item = self.get(int(cur.lastrowid or 0))
        assert item is not None
        return item

    def get(self, item_id: int) -> QueueItem | None:
        rows = self.catalog.query("SELECT * FROM upload_queue WHERE id = ?", (item_id,))
        return _item(rows[0]) if rows else None

    def find(self, package: Path) -> QueueItem | None:
        rows = self.catalog.query("SELECT * FROM upload_queue WHERE package = ?", (str(package),))
        return _item(rows[0]) if rows else None

    def items(self, state: str | None = None) -> list[QueueItem]:
        sql, params = "SELECT * FROM upload_queue", []
        if state:
            sql += " WHERE state = ?"
            params.append(state)
        return [_item(r) for r in self.catalog.query(sql + " ORDER BY id", params)]

    def due(self, now: _dt.datetime) -> list[QueueItem]:
        """Queued packages whose back-off has run out, oldest first (catch-up keeps order)."""
        return [
            item
            for item in self.items("queued")
            if item.next_attempt_utc is None or parse_iso(item.next_attempt_utc) <= now
        ]

    def _update(self, item_id: int, **values: Any) -> None:
        sets = ", ".join(f"{k} = ?" for k in values)
        with self.catalog.transaction() as db:
            cur = db.execute(
                f"UPDATE upload_queue SET {sets} WHERE id = ?", [*values.values(), item_id]
            )
            if cur.rowcount == 0:
                raise CatalogError(f"no upload queue entry {item_id}")

    def set_retain_until(self, item_id: int, until: _dt.datetime) -> None:
        self._update(item_id, retain_until_utc=iso(until))

    def record_failure(self, item_id: int, message: str, next_attempt: _dt.datetime) -> None:
        item = self.get(item_id)
        attempts = (item.attempts if item else 0) + 1
        self._update(
            item_id, attempts=attempts, last_error=message, next_attempt_utc=iso(next_attempt)
        )

    def mark_uploaded(self, item_id: int, when: _dt.datetime) -> None:
        self._update(
            item_id,
            state="uploaded",
            uploaded_utc=iso(when),
            last_error=None,
            next_attempt_utc=None,
        )

    def mark_local_deleted(self, item_id: int, when: _dt.datetime) -> None:
        self._update(item_id, state="local_deleted", local_deleted_utc=iso(when))

    def requeue(self, item_id: int, message: str) -> None:
        """Back to the queue (a later check found the archive copy wrong): upload again."""
        with self.catalog.transaction() as db:
            db.execute(
                "UPDATE upload_queue SET state = 'queued', last_error = ?, next_attempt_utc = NULL,"
                " uploaded_utc = NULL WHERE id = ?",
                (message, item_id),
            )
            db.execute(
                "UPDATE upload_objects SET state = 'pending', upload_id = NULL, version_id = NULL"
                " WHERE queue_id = ?",
                (item_id,),
            )

    def remove(self, item_id: int) -> None:
        with self.catalog.transaction() as db:
            db.execute("DELETE FROM upload_queue WHERE id = ?", (item_id,))

    # ------------------------------------------------------------------ objects and parts
    def objects(self, item_id: int) -> list[PlannedObject]:
        rows = self.catalog.query(
            "SELECT * FROM upload_objects WHERE queue_id = ? ORDER BY rowid", (item_id,)
        )
        return [
            PlannedObject(
                r["rel_path"],
                r["key"],
                r["size"],
                r["sha256"],
                r["expected_etag"],
                r["part_size"],
                r["upload_id"],
                r["version_id"],
                r["state"],
            )  # fmt: skip
            for r in rows
        ]

    def save_plan(self, item_id: int, plan: list[PlannedObject]) -> None:
        """Store the files to upload, in upload order (replaces an earlier plan)."""
        with self.catalog.transaction() as db:
            db.execute("DELETE FROM upload_objects WHERE queue_id = ?", (item_id,))
            db.executemany(
                "INSERT INTO upload_objects (queue_id, rel_path, key, size, sha256, expected_etag,"
                " part_size, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')",
                [
                    (item_id, o.rel_path, o.key, o.size, o.sha256, o.expected_etag, o.part_size)
                    for o in plan
                ],
            )

    def set_upload_id(self, item_id: int, rel_path: str, upload_id: str | None) -> None:
        with self.catalog.transaction() as db:
            db.execute(
                "DELETE FROM upload_parts WHERE queue_id = ? AND rel_path = ?", (item_id, rel_path)
            )
            db.execute(
                "UPDATE upload_objects SET upload_id = ? WHERE queue_id = ? AND rel_path = ?",
                (upload_id, item_id, rel_path),
            )

    def record_part(
        self, item_id: int, rel_path: str, upload_id: str, part_number: int, etag: str
    ) -> None:
        with self.catalog.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO upload_parts (queue_id, rel_path, upload_id, part_number,"
                " etag) VALUES (?, ?, ?, ?, ?)",
                (item_id, rel_path, upload_id, part_number, etag),
            )

    def parts(self, item_id: int, rel_path: str, upload_id: str) -> dict[int, str]:
        rows = self.catalog.query(
            "SELECT part_number, etag FROM upload_parts WHERE queue_id = ? AND rel_path = ? "
            "AND upload_id = ?",
            (item_id, rel_path, upload_id),
        )
        return {int(r["part_number"]): str(r["etag"]) for r in rows}

    def mark_object(
        self, item_id: int, rel_path: str, state: str, version_id: str | None = None
    ) -> None:
        with self.catalog.transaction() as db:
            if version_id is not None:
                db.execute(
                    "UPDATE upload_objects SET version_id = ? WHERE queue_id = ? AND rel_path = ?",
                    (version_id, item_id, rel_path),
                )
            db.execute(
                "UPDATE upload_objects SET state = ? WHERE queue_id = ? AND rel_path = ?",
                (state, item_id, rel_path),
            )
            if state != "pending":
                db.execute(
                    "UPDATE upload_objects SET upload_id = NULL"
                    " WHERE queue_id = ? AND rel_path = ?",
                    (item_id, rel_path),
                )
                db.execute(
                    "DELETE FROM upload_parts WHERE queue_id = ? AND rel_path = ?",
                    (item_id, rel_path),
                )


def _item(row: Any) -> QueueItem:
    return QueueItem(**_row_dict(row))


def _row_dict(row: Any) -> dict[str, Any]:
    """A sqlite3.Row as a dict (iterating a Row gives its values, not its keys)."""
    return dict(zip(row.keys(), tuple(row), strict=True))
