"""The copy register and the self-check history, kept in the station catalog.

The copy register (Rules p. 31–35) lists each written application for a copy of a recording:
who applied and in what role, for which case, when the application was received, on which form,
its deadline, and what was issued on which medium, when, with the recipient's receipt. This
module only stores and lists entries; the deadline rules (p. 34) belong to the copy register's
own logic, which passes the computed deadline in. The self-check history keeps every equipment
self-check (time, who ran it, whether it passed, the per-check results as JSON).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from app.catalog.store import Catalog, CatalogError, utc_now


@dataclass
class CopyApplication:
    """One application for a copy (Appendix 1 or 2 form) and, once done, what was issued."""

    applicant: str
    case_number: str
    received_date: str  # ISO date the application was received
    applicant_role: str = ""
    hearing_id: str | None = None
    category: str = ""
    form: str = ""  # e.g. "appendix-1", "appendix-2"
    deadline: str | None = None  # ISO date, computed by the copy register (p. 34)
    issued_what: str | None = None
    issued_medium: str | None = None
    issued_utc: str | None = None
    receipt: str | None = None  # the recipient's mark (p. 35)
    note: str = ""
    id: int | None = None
    created_utc: str | None = None


_COPY_FIELDS = [f.name for f in fields(CopyApplication) if f.name != "id"]
_ISSUE_FIELDS = {"deadline", "issued_what", "issued_medium", "issued_utc", "receipt", "note"}


def add_copy_application(catalog: Catalog, app: CopyApplication) -> int:
    """Store a new application; returns its register number."""
    app.created_utc = app.created_utc or utc_now()
    app.id = catalog.insert("copy_applications", {f: getattr(app, f) for f in _COPY_FIELDS})
    return app.id


def update_copy_application(catalog: Catalog, application_id: int, **changes: Any) -> None:
    """Record what was issued, the receipt, the deadline or a note (only those fields)."""
    unknown = set(changes) - _ISSUE_FIELDS
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))} of an application")
    if not changes:
        return
    sets = ", ".join(f"{name} = ?" for name in changes)
    with catalog.transaction() as db:
        cur = db.execute(
            f"UPDATE copy_applications SET {sets} WHERE id = ?", [*changes.values(), application_id]
        )
        if cur.rowcount == 0:
            raise CatalogError(f"no copy application number {application_id}")


def list_copy_applications(
    catalog: Catalog, *, case_number: str | None = None, not_issued: bool = False
) -> list[CopyApplication]:
    """Applications in the order received, optionally one case's or those not yet issued."""
    where, params = [], []
    if case_number:
        where.append("case_number = ?")
        params.append(case_number)
    if not_issued:
        where.append("issued_utc IS NULL")
    sql = "SELECT * FROM copy_applications"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = catalog.query(sql + " ORDER BY received_date, id", params)
    return [CopyApplication(**_row_dict(row)) for row in rows]


@dataclass
class SelfCheckEntry:
    utc: str
    who: str
    passed: bool
    results: list[dict[str, Any]]
    id: int | None = None


def add_selfcheck(
    catalog: Catalog,
    who: str,
    results: list[dict[str, Any]],
    passed: bool,
    utc: str | None = None,
) -> int:
    """Store one self-check run; ``results`` are the per-check dicts as the self-check made them."""
    with catalog.transaction() as db:
        cur = db.execute(
            "INSERT INTO selfchecks (utc, who, passed, results_json) VALUES (?, ?, ?, ?)",
            (utc or utc_now(), who, int(passed), json.dumps(results, ensure_ascii=False)),
        )
    return int(cur.lastrowid or 0)


def list_selfchecks(catalog: Catalog, limit: int = 100) -> list[SelfCheckEntry]:
    """The latest self-checks, newest first."""
    rows = catalog.query("SELECT * FROM selfchecks ORDER BY utc DESC, id DESC LIMIT ?", (limit,))
    return [
        SelfCheckEntry(
            r["utc"], r["who"], bool(r["passed"]), json.loads(r["results_json"]), r["id"]
        )
        for r in rows
    ]


def _row_dict(row: Any) -> dict[str, Any]:
    """A sqlite3.Row as a dict (iterating a Row gives its values, not its keys)."""
    return dict(zip(row.keys(), tuple(row), strict=True))
