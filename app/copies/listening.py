"""Listening sessions in the copy register (Rules p. 28, 35).

A participant may listen to the recording in court on request (p. 28; for a closed hearing this
is the only access, p. 32), and marks the application when they have listened (p. 35). Each
session is registered in the catalog's ``listening_sessions`` table: which hearing (its id, case
number and folder), who listened and as whom, on which copy application (if one was filed),
when it started and ended, the secretary who held it, and the applicant's mark. A session held on
an application also completes that application in the copy register: "listened in court" is
recorded as what was issued and the mark as its receipt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from app.catalog.store import Catalog, CatalogError, utc_now
from app.copies.register import RegisterError, issue, record_receipt

LISTENED = "listening session in court"  # what was "issued" on an application (p. 28)
IN_COURT = "in court"


@dataclass
class ListeningSession:
    applicant: str
    started_utc: str
    hearing_id: str | None = None
    case_number: str = ""
    folder: str = ""
    applicant_role: str = ""
    application_id: int | None = None
    ended_utc: str | None = None
    mark: str | None = None
    operator: str = ""
    note: str = ""
    id: int | None = None


_COLUMNS = [f.name for f in fields(ListeningSession) if f.name != "id"]


def _hearing(folder: Path) -> dict[str, Any]:
    """hearing.json of a hearing folder or of a sealed package's payload."""
    for candidate in (folder / "hearing.json", folder / "data" / "hearing.json"):
        if candidate.is_file():
            data = json.loads(candidate.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
    raise RegisterError(f"{folder} is not a hearing folder or a sealed package")


def start_session(
    catalog: Catalog,
    folder: str | Path,
    applicant: str,
    *,
    role: str = "",
    application_id: int | None = None,
    operator: str = "",
    note: str = "",
) -> ListeningSession:
    """Register that ``applicant`` starts listening to the hearing in ``folder`` now."""
    if not applicant.strip():
        raise RegisterError("the name of the person who listens must be filled in")
    hearing = _hearing(Path(folder))
    if application_id is not None and not catalog.query(
        "SELECT id FROM copy_applications WHERE id = ?", [application_id]
    ):
        raise CatalogError(f"no copy application number {application_id}")
    session = ListeningSession(
        applicant=applicant.strip(),
        started_utc=utc_now(),
        hearing_id=str(hearing.get("id") or "") or None,
        case_number=str(hearing.get("case_number") or ""),
        folder=str(folder),
        applicant_role=role,
        application_id=application_id,
        operator=operator,
        note=note,
    )
    session.id = catalog.insert("listening_sessions", {c: getattr(session, c) for c in _COLUMNS})
    return session


def end_session(catalog: Catalog, session_id: int, mark: str) -> ListeningSession:
    """The session ends with the applicant's mark (p. 35: "ознакомлен(а)", a signature…); an
    application it was held on is marked as done in the copy register."""
    session = get_session(catalog, session_id)
    if session.ended_utc:
        raise RegisterError(f"listening session {session_id} has ended already")
    if not mark.strip():
        raise RegisterError("the applicant's mark must say that they listened (Rules p. 35)")
    ended = utc_now()
    with catalog.transaction() as db:
        db.execute(
            "UPDATE listening_sessions SET ended_utc = ?, mark = ? WHERE id = ?",
            (ended, mark.strip(), session_id),
        )
    if session.application_id is not None:
        issue(catalog, session.application_id, LISTENED, IN_COURT, ended)
        record_receipt(catalog, session.application_id, mark)
    return get_session(catalog, session_id)


def get_session(catalog: Catalog, session_id: int) -> ListeningSession:
    rows = catalog.query("SELECT * FROM listening_sessions WHERE id = ?", [session_id])
    if not rows:
        raise CatalogError(f"no listening session number {session_id}")
    return ListeningSession(**dict(zip(rows[0].keys(), tuple(rows[0]), strict=True)))


def list_sessions(catalog: Catalog, case_number: str | None = None) -> list[ListeningSession]:
    """The register's listening sessions, the latest first (one case's, when given)."""
    sql, params = "SELECT * FROM listening_sessions", []
    if case_number:
        sql += " WHERE case_number = ?"
        params.append(case_number)
    rows = catalog.query(sql + " ORDER BY started_utc DESC, id DESC", params)
    return [ListeningSession(**dict(zip(r.keys(), tuple(r), strict=True))) for r in rows]
