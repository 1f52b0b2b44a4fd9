"""Every write of a copy to a medium, done or failed, kept in the station catalog.

The copy register (:mod:`app.catalog.registers`) holds the participants' applications; this table
holds each attempt to write a medium — the case-file copy (Rules p. 12) and participant copies
(p. 31) — with its outcome: done and verified, failed (medium removed, full, read-only, …) or
cancelled. A failed attempt is kept as evidence that the copy was tried and why it did not
happen. The table is made by the catalog's migration 2 (app/catalog/schema.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from app.catalog.store import Catalog, utc_now


@dataclass
class MediaWrite:
    kind: str  # case-file | participant
    package: str
    outcome: str  # done | failed | cancelled
    hearing_id: str | None = None
    case_number: str = ""
    medium: str = ""  # mount point or drive
    medium_label: str = ""
    fstype: str = ""
    folder: str = ""  # the folder written on the medium
    code: str = ""  # machine reason of a failure (medium_gone, medium_full, …)
    message: str = ""
    bytes: int = 0
    seconds: float = 0.0
    checksum: str = ""  # SHA-256 of the copy's checksum list: what exactly was issued
    application_id: int | None = None
    operator: str = ""
    utc: str = ""
    id: int | None = None


_COLUMNS = [f.name for f in fields(MediaWrite) if f.name != "id"]


def log_media_write(catalog: Catalog, entry: MediaWrite) -> int:
    """Store one attempt; returns its number."""
    entry.utc = entry.utc or utc_now()
    entry.id = catalog.insert("media_writes", {c: getattr(entry, c) for c in _COLUMNS})
    return entry.id


def store_media_write(catalog: Catalog, entry: MediaWrite) -> int:
    """Insert the attempt, or update it when it was logged already (``entry.id``)."""
    if entry.id is None:
        return log_media_write(catalog, entry)
    columns = [c for c in _COLUMNS if c != "utc"]
    with catalog.transaction() as db:
        db.execute(
            f"UPDATE media_writes SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(getattr(entry, c) for c in columns), entry.id],
        )
    return entry.id


def list_media_writes(
    catalog: Catalog, *, package: str | None = None, limit: int = 500
) -> list[MediaWrite]:
    """The latest attempts first, optionally one package's."""
    sql, params = "SELECT * FROM media_writes", []
    if package:
        sql += " WHERE package = ?"
        params.append(package)
    rows = catalog.query(sql + " ORDER BY utc DESC, id DESC LIMIT ?", [*params, limit])
    return [MediaWrite(**_row(r)) for r in rows]


def _row(row: Any) -> dict[str, Any]:
    return dict(zip(row.keys(), tuple(row), strict=True))
