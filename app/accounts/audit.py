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

A row's tag also covers the id and hash of the latest audit record that changed that account
(:data:`ROW_EVENTS`), and every change writes its record before sealing the row. So a saved copy
of an older row and its tag (an administrator since demoted or disabled, an old password) does
not match any more once the audit log records a later change: sign-in refuses it
(:meth:`AccountSeal.replayed` names the record it is older than). Catalogs whose rows were
sealed without that binding are bound once, when first opened (``account_rows_bound``).

Limits. Whoever can read ``station.key`` (the station's own account, root) can forge all of it;
the folder is 0700 and the key 0600 for that reason. A catalog from before this seal had no tags:
its accounts are sealed as they are the first time it is opened (``accounts_sealed`` in
``station_meta``); removing that marker *and* every tag *and* the audit log makes the catalog
look like such an old one again, so restore the catalog from a backup if the audit log is gone.
Putting back the whole catalog as it was (rows, audit log and its head together) is a restore
from a backup, which this seal cannot tell from one; nor can it tell a log rewritten with the key.
Both are caught against the court archive: after each commit that grew the log its head is
anchored there (:mod:`app.anchoring.audit_anchor`, checked at sign-in).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.accounts.secrets import SecretsError, load_station_key
from app.catalog.store import Catalog, utc_now
from audio.text import QT_TRANSLATE_NOOP, msg

GENESIS = "0" * 64
_ROW_FIELDS = ("username", "display_name", "role", "password_hash", "certificate_subject",
               "disabled")  # fmt: skip
_KEY_INFO = b"zhazba account rows and audit hmac-sha256 v1"
ROW_EVENTS = ("created", "password_changed", "role_changed", "disabled", "enabled", "sealed",
              "bound")  # fmt: skip
_LATEST = (
    "SELECT id, hash, utc FROM account_audit WHERE username = ? AND event IN "
    f"({', '.join('?' * len(ROW_EVENTS))}) ORDER BY id DESC"
)


class AccountSeal:
    """Tags for account rows and the account audit chain, keyed from the station secret."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._key: bytes | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            path = self.catalog.path.parent / "station.key"
            if not path.exists() and self._sealed_before():
                raise SecretsError(
                    msg(
                        "Cli",
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "the station secret {path} is missing, but the station's accounts "
                            "are sealed with it; nothing was done. Restore station.key from the "
                            "backup (a new one would lock every account out)",
                        ),
                        path=path,
                    )
                )
            station = load_station_key(path)
            self._key = HKDF(
                algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO
            ).derive(station)
        return self._key

    def _sealed_before(self) -> bool:
        """Whether anything was sealed with the station secret (a row's tag, the audit log)."""
        return bool(
            self.catalog.query("SELECT 1 FROM accounts WHERE mac IS NOT NULL LIMIT 1")
            or self.catalog.query("SELECT 1 FROM account_audit LIMIT 1")
        )

    def _mac(self, *parts: Any) -> str:
        text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
        return hmac.new(self.key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    # ---------------------------------------------------------------- rows
    def row_tag(self, row: sqlite3.Row | dict[str, Any], ref: str | None = "") -> str:
        """The row's tag, bound to ``ref`` (the latest change record, ``id:hash``; None: the
        tag of a catalog from before that binding)."""
        values = [row[f] for f in _ROW_FIELDS]
        values[-1] = int(values[-1] or 0)
        return self._mac("account", *values) if ref is None else self._mac("account", *values, ref)

    def _changes(self, db: sqlite3.Connection | None, username: str) -> list[sqlite3.Row]:
        params = (username, *ROW_EVENTS)
        if db is not None:
            return list(db.execute(_LATEST, params).fetchall())
        return self.catalog.query(_LATEST, params)

    def _ref(self, db: sqlite3.Connection | None, username: str) -> str:
        changes = self._changes(db, username)
        return f"{changes[0]['id']}:{changes[0]['hash']}" if changes else ""

    def intact(self, row: sqlite3.Row) -> bool:
        tag = row["mac"]
        expected = self.row_tag(row, self._ref(None, row["username"]))
        return bool(tag) and hmac.compare_digest(str(tag), expected)

    def replayed(self, row: sqlite3.Row) -> str | None:
        """When a row is an older version of the account put back (its tag matches an earlier
        change record): the UTC time of the later change the audit log records, else None."""
        changes = self._changes(None, row["username"])
        tag = str(row["mac"] or "")
        for older in changes[1:]:
            if hmac.compare_digest(tag, self.row_tag(row, f"{older['id']}:{older['hash']}")):
                return str(changes[0]["utc"])
        return None

    def reseal(self, db: sqlite3.Connection, username: str) -> None:
        """Seal the row as it is now, bound to its latest change record (written before)."""
        row = db.execute("SELECT * FROM accounts WHERE username = ?", (username,)).fetchone()
        if row is not None:
            db.execute("UPDATE accounts SET mac = ? WHERE username = ?",
                       (self.row_tag(row, self._ref(db, username)), username))  # fmt: skip

    def ensure_sealed(self) -> None:
        """Seal the accounts of a catalog from before the seal, and bind rows sealed before the
        binding to the audit log, once (see the module's limits)."""
        if self.catalog.query("SELECT 1 FROM station_meta WHERE key = 'account_rows_bound'"):
            return
        with self.catalog.transaction() as db:
            if db.execute("SELECT 1 FROM station_meta WHERE key = 'account_rows_bound'").fetchone():
                return
            sealed = db.execute("SELECT 1 FROM station_meta WHERE key = 'accounts_sealed'")
            tagged = db.execute("SELECT 1 FROM accounts WHERE mac IS NOT NULL").fetchone()
            unsealed = not tagged and sealed.fetchone() is None
            for row in db.execute("SELECT * FROM accounts").fetchall():
                name = row["username"]
                if unsealed:  # an old catalog: seal what is there
                    self.append(db, name, "sealed", "account sealed on upgrade")
                    self.reseal(db, name)
                elif row["mac"] and hmac.compare_digest(str(row["mac"]), self.row_tag(row, None)):
                    self.append(db, name, "bound", "account row bound to the audit log")
                    self.reseal(db, name)  # an unbound tag that does not match stays refused
            for key in ("accounts_sealed", "account_rows_bound"):
                db.execute("INSERT OR IGNORE INTO station_meta (key, value) VALUES (?, ?)",
                           (key, utc_now()))  # fmt: skip

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
        self.catalog.after_commit("audit anchor", self._anchor)

    def _anchor(self) -> None:
        from app.anchoring.audit_anchor import anchor_after_commit

        anchor_after_commit(self.catalog)

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
