"""Account rows sealed with the station key, and the hash-chained audit log of account changes.

The accounts live in the station catalog (SQLite), which anyone holding the file can edit:
``UPDATE accounts SET role = 'administrator'`` would make a secretary an administrator. So every
account row carries ``mac``, an HMAC-SHA256 over the row's fields under a key derived (HKDF) from
the station secret ``station.key`` beside the catalog (the same 0600 file that protects the
archive credentials, :mod:`app.accounts.secrets`). A row whose tag does not match was changed
outside Zhazba: sign-in refuses it, and the refusal goes into the audit log.

Every change to an account (created, role changed, password changed, disabled, enabled, lock
lifted) and every detected tampering is a record of ``account_audit``. Each record's ``hash`` is
an HMAC over the record and the previous record's hash, and the catalog's ``station_meta`` keeps
the number of records and the last hash under a tag of their own, so a record removed, altered
or cut off the end is found by :meth:`AccountSeal.verify` (``zhazba account log``).

Limits. Whoever can read ``station.key`` (the station's own account, root) can forge all of it;
the folder is 0700 and the key 0600 for that reason. A catalog from before this seal had no tags:
its accounts are sealed as they are the first time it is opened (``accounts_sealed`` in
``station_meta``); removing that marker *and* every tag *and* the audit log makes the catalog
look like such an old one again, so restore the catalog from a backup if the audit log is gone.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.accounts.secrets import load_station_key
from app.catalog.store import Catalog, utc_now

GENESIS = "0" * 64
_ROW_FIELDS = ("username", "display_name", "role", "password_hash", "certificate_subject",
               "disabled")  # fmt: skip
_KEY_INFO = b"zhazba account rows and audit hmac-sha256 v1"


class AccountSeal:
    """Tags for account rows and the account audit chain, keyed from the station secret."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._key: bytes | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            station = load_station_key(self.catalog.path.parent / "station.key")
            self._key = HKDF(
                algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO
            ).derive(station)
        return self._key

    def _mac(self, *parts: Any) -> str:
        text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
        return hmac.new(self.key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    # ---------------------------------------------------------------- rows
    def row_tag(self, row: sqlite3.Row | dict[str, Any]) -> str:
        values = [row[f] for f in _ROW_FIELDS]
        values[-1] = int(values[-1] or 0)
        return self._mac("account", *values)

    def intact(self, row: sqlite3.Row) -> bool:
        tag = row["mac"]
        return bool(tag) and hmac.compare_digest(str(tag), self.row_tag(row))

    def reseal(self, db: sqlite3.Connection, username: str) -> None:
        row = db.execute("SELECT * FROM accounts WHERE username = ?", (username,)).fetchone()
        if row is not None:
            db.execute("UPDATE accounts SET mac = ? WHERE username = ?",
                       (self.row_tag(row), username))  # fmt: skip

    def ensure_sealed(self) -> None:
        """Seal the accounts of a catalog from before the seal, once (see the module's limits)."""
        if self.catalog.query("SELECT 1 FROM station_meta WHERE key = 'accounts_sealed'"):
            return
        with self.catalog.transaction() as db:
            if db.execute("SELECT 1 FROM station_meta WHERE key = 'accounts_sealed'").fetchone():
                return
            tagged = db.execute("SELECT 1 FROM accounts WHERE mac IS NOT NULL").fetchone()
            if not tagged:  # an old catalog: seal what is there now
                for (name,) in db.execute("SELECT username FROM accounts").fetchall():
                    self.reseal(db, name)
                    self.append(db, name, "sealed", "account sealed on upgrade")
            db.execute("INSERT INTO station_meta (key, value) VALUES ('accounts_sealed', ?)",
                       (utc_now(),))  # fmt: skip

    # ---------------------------------------------------------------- audit chain
    def append(
        self, db: sqlite3.Connection, username: str, event: str, detail: str = "", by: str = ""
    ) -> None:
        """One record of the audit chain, inside the caller's transaction."""
        count, head = self._head(db)
        utc = utc_now()
        digest = self._mac("audit", head, utc, username, event, detail, by)
        db.execute(
            "INSERT INTO account_audit (utc, username, event, detail, by_user, prev, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (utc, username, event, detail, by, head, digest),
        )
        value = f"{count + 1}:{digest}"
        db.execute(
            "INSERT INTO station_meta (key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (f"{value}:{self._mac('head', value)}",),
        )

    @staticmethod
    def _head(db: sqlite3.Connection) -> tuple[int, str]:
        row = db.execute("SELECT value FROM station_meta WHERE key = 'audit_head'").fetchone()
        if row is None:
            return 0, GENESIS
        count, digest, _tag = str(row["value"]).split(":")
        return int(count), digest

    def log_alone(self, username: str, event: str, detail: str, by: str = "") -> None:
        """A record in its own transaction (e.g. just before refusing a sign-in)."""
        with self.catalog.transaction() as db:
            self.append(db, username, event, detail, by)

    def records(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.catalog.query(
            "SELECT utc, username, event, detail, by_user FROM account_audit "
            "ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [dict(r) for r in rows][::-1]

    def verify(self) -> list[str]:
        """Every problem of the audit chain and its head (an empty list: intact)."""
        problems: list[str] = []
        prev = GENESIS
        n = 0
        for r in self.catalog.query("SELECT * FROM account_audit ORDER BY id"):
            n += 1
            expected = self._mac("audit", r["prev"], r["utc"], r["username"], r["event"],
                                 r["detail"], r["by_user"])  # fmt: skip
            if r["prev"] != prev:
                problems.append(f"record {n} ({r['utc']}): a record before it is missing")
            if not hmac.compare_digest(str(r["hash"]), expected):
                problems.append(f"record {n} ({r['utc']}): altered")
            prev = str(r["hash"])
        head = self.catalog.query("SELECT value FROM station_meta WHERE key = 'audit_head'")
        if head:
            value = str(head[0]["value"])
            count, digest, tag = value.rsplit(":", 2)[0], value.split(":")[1], value.split(":")[2]
            if not hmac.compare_digest(tag, self._mac("head", f"{count}:{digest}")):
                problems.append("the audit log's head was altered")
            elif int(count) != n or digest != prev:
                problems.append(f"the audit log should hold {count} records, it holds {n}")
        elif n:
            problems.append("the audit log's head is missing")
        return problems

    def accounts_vanished(self) -> bool:
        """Whether accounts were created (per the audit log) but none is left in the catalog:
        deleting every row must not turn a station into one without sign-in."""
        created = self.catalog.query("SELECT 1 FROM account_audit LIMIT 1")
        head = self.catalog.query("SELECT 1 FROM station_meta WHERE key = 'audit_head'")
        return bool(created or head)
