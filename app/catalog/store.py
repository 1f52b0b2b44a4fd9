"""The station catalog: one SQLite file (WAL) that lists the station's hearings and their state.

The catalog answers "which hearings are on this station, where are they, how far along are
they" (recording → ended → sealed → exported → uploaded) and finds them by case number, date or
participant. It also holds the copy register and the self-check history (see
:mod:`app.catalog.registers`), the archive upload queue (:mod:`app.archive.queue`) and the local
accounts (:mod:`app.accounts.roles`), so that one file, one schema version and one backup cover the
station's own bookkeeping. The catalog is never the evidence: hearing folders and sealed packages
are, and :meth:`Catalog.rebuild_from_folders` recreates the hearings table from them. The schema
is versioned with ``PRAGMA user_version`` and an append-only list of migrations. One
:class:`Catalog` object is made by the composition root and passed to whoever needs it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.accounts.marker import require_catalog
from app.catalog.records import (
    HEARING_COLUMNS,
    STATE_RANK,
    STATE_TIMESTAMP,
    STATES,
    HearingRecord,
    Participant,
    fold,
    state_rank,
    utc_now,
)
from app.catalog.schema import MIGRATIONS

__all__ = [  # the records are imported from here by the station's modules
    "STATES",
    "Catalog",
    "CatalogError",
    "HearingRecord",
    "Participant",
    "RebuildReport",
    "fold",
    "make_private",
    "state_rank",
    "utc_now",
]


def make_private(path: Path) -> None:
    """The catalog file 0600 in a 0700 station folder (its accounts' password hashes, names of
    participants and case numbers are nobody else's business): created so, and tightened when
    an older station left them readable. Files of another owner are left alone (root reading a
    station's catalog must not take it over)."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "posix":
        return
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for p in (folder, path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            st = p.stat()
            wanted = 0o700 if p == folder else 0o600
            if st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) & 0o077:
                os.chmod(p, wanted)


class CatalogError(Exception):
    """The catalog cannot be opened or used; the message says why."""


class Catalog:
    """The station catalog in one SQLite file. Safe to share between threads (one lock)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        # a station that had accounts never gets a fresh, empty catalog (sign-in would be off)
        require_catalog(self.path)
        try:
            make_private(self.path)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout = 5000")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise CatalogError(f"the catalog {self.path} cannot use WAL mode ({mode})")
            # FULL: a queued upload or a register entry survives a power cut once committed
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.Error as e:
            raise CatalogError(f"cannot open the station catalog {self.path}: {e}") from e

    # ------------------------------------------------------------------ plumbing
    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise CatalogError(
                f"the catalog {self.path} has schema version {current}, newer than this program "
                f"({len(MIGRATIONS)}); update Zhazba or rebuild the catalog from the folders"
            )
        for version in range(current + 1, len(MIGRATIONS) + 1):
            with self.transaction() as db:
                for statement in MIGRATIONS[version - 1]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on an exception), under the lock."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row (column → value) into one of the catalog's own tables; its id."""
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        with self.transaction() as db:
            cur = db.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
            )
        return int(cur.lastrowid or 0)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ hearings
    def upsert_hearing(self, rec: HearingRecord) -> None:
        """Insert or replace a hearing and its participants."""
        if rec.state not in STATE_RANK:
            raise ValueError(f"unknown hearing state {rec.state!r}; one of {', '.join(STATES)}")
        rec.updated_utc = utc_now()
        rec.created_utc = rec.created_utc or rec.updated_utc
        with self.transaction() as db:
            self._write_hearing(db, rec)

    def _write_hearing(self, db: sqlite3.Connection, rec: HearingRecord) -> None:
        values = [getattr(rec, c) for c in HEARING_COLUMNS]
        values[HEARING_COLUMNS.index("closed_hearing")] = int(rec.closed_hearing)
        marks = ", ".join("?" * len(HEARING_COLUMNS))
        db.execute(
            f"INSERT OR REPLACE INTO hearings ({', '.join(HEARING_COLUMNS)},"
            f" case_fold, staff_fold) VALUES ({marks}, ?, ?)",
            [*values, fold(rec.case_number), f"{fold(rec.judge)}|{fold(rec.secretary)}"],
        )
        db.execute("DELETE FROM hearing_participants WHERE hearing_id = ?", (rec.id,))
        db.executemany(
            "INSERT INTO hearing_participants (hearing_id, name, name_fold, role, channel) "
            "VALUES (?, ?, ?, ?, ?)",
            [(rec.id, p.name, fold(p.name), p.role, p.channel) for p in rec.participants],
        )

    def set_state(
        self, hearing_id: str, state: str, *, package: str | None = None, when: str | None = None
    ) -> str:
        """Record that a hearing reached ``state``: stamp its time, never move the state back.

        The state only advances (an export after the upload keeps "uploaded", with both times
        stamped). ``package`` records the sealed copy. Returns the hearing's state afterwards.
        """
        if state not in STATE_RANK:
            raise ValueError(f"unknown hearing state {state!r}; one of {', '.join(STATES)}")
        when = when or utc_now()
        with self.transaction() as db:
            row = db.execute("SELECT state FROM hearings WHERE id = ?", (hearing_id,)).fetchone()
            if row is None:
                raise CatalogError(f"no hearing {hearing_id!r} in the catalog")
            current = str(row["state"])
            new = state if state_rank(state) > state_rank(current) else current
            sets = ["state = ?", "updated_utc = ?"]
            params: list[Any] = [new, when]
            if state in STATE_TIMESTAMP:
                sets.append(f"{STATE_TIMESTAMP[state]} = ?")
                params.append(when)
            if package is not None:
                sets.append("package = ?")
                params.append(package)
            db.execute(f"UPDATE hearings SET {', '.join(sets)} WHERE id = ?", [*params, hearing_id])
        return new

    def get_hearing(self, hearing_id: str) -> HearingRecord | None:
        rows = self.query("SELECT * FROM hearings WHERE id = ?", (hearing_id,))
        return self._hydrate(rows)[0] if rows else None

    def search(
        self,
        *,
        case_number: str | None = None,
        date: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        participant: str | None = None,
        state: str | None = None,
        limit: int = 200,
    ) -> list[HearingRecord]:
        """Hearings matching every given criterion, newest first.

        ``case_number`` and ``participant`` match any part, ignoring case and spaces (so
        "1234" finds "7199-26-00-2/1234" and "ахметов" finds "Ахметов А."); dates are ISO
        ``YYYY-MM-DD``, ``date`` exact, ``date_from``/``date_to`` inclusive.
        """
        where: list[str] = []
        params: list[Any] = []
        if case_number:
            where.append("h.case_fold LIKE ? ESCAPE '\\'")
            params.append(f"%{_like(fold(case_number))}%")
        if date:
            where.append("h.date = ?")
            params.append(date)
        if date_from:
            where.append("h.date >= ?")
            params.append(date_from)
        if date_to:
            where.append("h.date <= ?")
            params.append(date_to)
        if participant:
            where.append(
                "h.id IN (SELECT hearing_id FROM hearing_participants "
                "WHERE name_fold LIKE ? ESCAPE '\\') OR h.staff_fold LIKE ? ESCAPE '\\'"
            )
            like = f"%{_like(fold(participant))}%"
            params += [like, like]
            where[-1] = f"({where[-1]})"
        if state:
            where.append("h.state = ?")
            params.append(state)
        sql = "SELECT h.* FROM hearings h"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY h.date DESC, h.id DESC LIMIT ?"
        return self._hydrate(self.query(sql, [*params, limit]))

    def list_hearings(self, limit: int = 1000) -> list[HearingRecord]:
        return self.search(limit=limit)

    def _hydrate(self, rows: Sequence[sqlite3.Row]) -> list[HearingRecord]:
        out: list[HearingRecord] = []
        for row in rows:
            values = {c: row[c] for c in HEARING_COLUMNS}
            values["closed_hearing"] = bool(values["closed_hearing"])
            rec = HearingRecord(**values)
            rec.participants = [
                Participant(p["name"], p["role"], p["channel"])
                for p in self.query(
                    "SELECT name, role, channel FROM hearing_participants "
                    "WHERE hearing_id = ? ORDER BY rowid",
                    (rec.id,),
                )
            ]
            out.append(rec)
        return out

    def register_folder(self, folder: str | Path) -> HearingRecord:
        """Add or refresh one hearing from its folder or sealed package (hearing.json, journal).

        States the folder cannot show (exported, uploaded) are kept from the existing row.
        """
        from app.catalog.rebuild import scan_one

        problems: list[str] = []
        rec = scan_one(Path(folder), problems)
        if rec is None:
            raise CatalogError("; ".join(problems) or f"{folder} is not a hearing folder")
        old = self.get_hearing(rec.id)
        if old is not None:
            if state_rank(old.state) > state_rank(rec.state):
                rec.state = old.state
            rec.folder = old.folder if rec.package and rec.folder == rec.package else rec.folder
            rec.package = rec.package or old.package
            for column in STATE_TIMESTAMP.values():
                setattr(rec, column, getattr(rec, column) or getattr(old, column))
            rec.created_utc = old.created_utc
        self.upsert_hearing(rec)
        return rec

    # ------------------------------------------------------------------ rebuild
    def rebuild_from_folders(self, root: str | Path) -> RebuildReport:
        """Recreate the hearings table from the hearing folders and sealed packages under root.

        Later states the folders cannot show (exported, uploaded) are kept from the old rows;
        an uploaded package found in the upload queue also marks its hearing uploaded. A hearing
        in the court archive whose local copy is gone (deleted after the upload) keeps its row.
        A root that is not a folder is refused (a typo must not empty the catalog).
        """
        from app.catalog.rebuild import scan_folders

        if not Path(root).is_dir():
            raise CatalogError(
                f"{root} is not a folder; give the folder that holds the hearings (nothing changed)"
            )
        found, problems = scan_folders(Path(root))
        old = {h.id: h for h in self.list_hearings(limit=1_000_000)}
        uploaded = {
            r["hearing_id"]: r["uploaded_utc"]
            for r in self.query(
                "SELECT hearing_id, uploaded_utc FROM upload_queue "
                "WHERE state IN ('uploaded', 'local_deleted') AND hearing_id IS NOT NULL"
            )
        }
        now = utc_now()
        with self.transaction() as db:
            db.execute("DELETE FROM hearing_participants")
            db.execute("DELETE FROM hearings")
            for rec in found:
                prev = old.get(rec.id)
                if prev is not None:
                    for state in ("exported", "uploaded"):
                        stamp = getattr(prev, STATE_TIMESTAMP[state])
                        if stamp and state_rank(prev.state) >= state_rank(state):
                            setattr(rec, STATE_TIMESTAMP[state], stamp)
                            if state_rank(rec.state) < state_rank(state):
                                rec.state = state
                if rec.id in uploaded and state_rank(rec.state) >= state_rank("sealed"):
                    rec.state = "uploaded"
                    rec.uploaded_utc = uploaded[rec.id] or now
                rec.updated_utc = now
                rec.created_utc = rec.created_utc or now
                self._write_hearing(db, rec)
            seen = {rec.id for rec in found}
            kept = [h for h in old.values() if h.id not in seen
                    and (h.state == "uploaded" or h.id in uploaded)]  # fmt: skip
            for rec in kept:  # archived: its only copy is the archive's; never dropped
                self._write_hearing(db, rec)
        return RebuildReport(hearings=len(found), problems=problems, archived_kept=len(kept))


@dataclass
class RebuildReport:
    hearings: int
    problems: list[str] = field(default_factory=list)
    archived_kept: int = 0  # rows of archived hearings with no local copy, kept


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
