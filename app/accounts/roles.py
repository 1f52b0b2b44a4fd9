"""Sign-in and roles (Rules p. 7, 20): who may do what on the station.

Four roles: the secretary records and reviews, the judge reviews, the technician runs the
equipment self-check, the administrator manages settings, accounts and the archive credentials
(and may also run the self-check). A person signs in either with a local account (username and
password; the password is kept only as a scrypt hash with a per-user salt and compared in
constant time) or as the holder of an opened key: whoever opened a PKCS#12 key with its password
holds its certificate, and the certificate's subject is mapped to an account (the serialNumber
attribute, which carries the IIN in Kazakh NCA certificates, or else the whole RFC 4514 subject).
Accounts live in the station catalog; :class:`AccountStore` is given the catalog by the
composition root.

Guessing passwords is slowed by a lockout: after :data:`LOCKOUT_THRESHOLD` consecutive wrong
passwords a username is locked for :data:`LOCKOUT_FIRST`, each further wrong password after that
doubles the lock, up to :data:`LOCKOUT_MAX`; a right password (outside a lock) clears the count,
and so does an administrator's :meth:`AccountStore.unlock`. The count is kept per username as
typed, in the catalog (it survives a restart), for unknown names too, so that neither the
message, the timing (one scrypt always runs) nor a lock tells which names exist. The count is
kept apart per *kind* of source only (the window; the command line, every terminal together:
:func:`counted_source`), so that wrong passwords typed at the command line do not lock the
administrator out of the window, while a fresh terminal per guess does not reset the count.
While a name is locked its password is not judged at all. The lock is measured from the last
failure's UTC time; a clock set back before that time restarts the lock from now rather than
ending it. Certificate sign-in is not locked out (the key's own password protects it). Failed
sign-ins, locks and unlocks go to the catalog's ``account_events`` table (``zhazba account log``).
"""

from __future__ import annotations

import builtins
import datetime as _dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509

from app.accounts import rules as R
from app.accounts.audit import AccountSeal
from app.accounts.marker import mark_accounts
from app.accounts.passwords import (  # noqa: F401 - re-exported for the accounts' callers
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    _b64,
    certificate_subject_key,
    check_password,
    hash_password,
)
from app.accounts.rules import (  # noqa: F401 - the accounts' errors and lockout policy
    LOCKOUT_FIRST,
    LOCKOUT_MAX,
    LOCKOUT_THRESHOLD,
    SOURCE_SEPARATOR,
    AccountError,
    AccountLocked,
    AccountReplayed,
    AccountTampered,
    PermissionDenied,
    _locked_until,
    _stamp,
    action_word,
    counted_source,
    disabled_error,
    lock_duration,
    role_word,
)
from app.catalog.store import Catalog, utc_now
from audio.text import QT_TRANSLATE_NOOP, join, msg

ROLES = ("secretary", "judge", "technician", "administrator")


class Action(StrEnum):
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    ARCHIVE_CREDENTIALS = "archive_credentials"
    RECORDING = "recording"
    REVIEW = "review"
    SELFCHECK = "selfcheck"
    ARCHIVE = "archive"  # queue, upload and check packages in the court archive


PERMISSIONS: dict[Action, frozenset[str]] = {
    Action.SETTINGS: frozenset({"administrator"}),
    Action.ACCOUNTS: frozenset({"administrator"}),
    Action.ARCHIVE_CREDENTIALS: frozenset({"administrator"}),
    Action.RECORDING: frozenset({"secretary"}),
    Action.REVIEW: frozenset({"judge", "secretary"}),
    Action.SELFCHECK: frozenset({"technician", "administrator"}),
    Action.ARCHIVE: frozenset({"secretary", "administrator"}),
}


@dataclass(frozen=True)
class AccountEvent:
    """One line of the accounts' audit trail (``account_events``)."""

    utc: str
    username: str
    event: str  # failed, locked, refused_locked, unlocked
    detail: str = ""


def allowed(role: str, action: Action) -> bool:
    return role in PERMISSIONS[action]


@dataclass
class Account:
    username: str
    role: str
    display_name: str = ""
    certificate_subject: str | None = None
    disabled: bool = False

    def can(self, action: Action) -> bool:
        return not self.disabled and allowed(self.role, action)

    def require(self, action: Action) -> None:
        if not self.can(action):
            raise PermissionDenied(
                msg(
                    "Accounts",
                    QT_TRANSLATE_NOOP(
                        "Accounts", "{name} ({role}) may not do this: {action} is for {roles}"
                    ),
                    name=self.display_name or self.username,
                    role=role_word(self.role),
                    action=action_word(action.value),
                    roles=join(", ", [role_word(r) for r in sorted(PERMISSIONS[action])]),
                )
            )


# Checked against when the name is unknown, so that costs as much as a wrong password.
_DUMMY_SALT_KEY = _b64(b"\0" * 16) + "$" + _b64(b"\0" * 32)


class AccountStore:
    """Local accounts in the catalog: create, change, sign in by password or certificate."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        scrypt_n: int = SCRYPT_N,
        clock: Callable[[], _dt.datetime] | None = None,
        source: str = "",
    ) -> None:
        self.catalog = catalog
        self.source = source  # where passwords are typed: counted and locked apart
        self.seal = AccountSeal(catalog)
        self.scrypt_n = scrypt_n
        self.clock = clock or (lambda: _dt.datetime.now(_dt.UTC))  # aware UTC; tests inject

    def create(
        self,
        username: str,
        role: str,
        *,
        password: str | None = None,
        display_name: str = "",
        certificate_subject: str | None = None,
        by: str = "",
    ) -> Account:
        if role not in ROLES:
            raise R.refusal(R.UNKNOWN_ROLE, role=repr(role), roles=", ".join(ROLES))
        if not username.strip():
            raise R.refusal(R.EMPTY_USERNAME)
        if password is None and certificate_subject is None:
            raise R.refusal(R.NO_CREDENTIAL)
        hashed = hash_password(password, n=self.scrypt_n) if password is not None else None
        now = utc_now()
        self.seal.ensure_sealed()
        with self.catalog.transaction() as db:
            if db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone():
                raise R.refusal(R.ACCOUNT_EXISTS, name=repr(username))
            db.execute(
                "INSERT INTO accounts (username, display_name, role, password_hash, "
                "certificate_subject, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (username, display_name, role, hashed, certificate_subject, now, now),
            )
            self.seal.append(db, username, "created", f"role {role}", by)
            self.seal.reseal(db, username)  # bound to the record just written
        mark_accounts(self.catalog.path.parent)  # from now on the catalog may not go missing
        return Account(username, role, display_name, certificate_subject)

    def get(self, username: str) -> Account | None:
        rows = self.catalog.query("SELECT * FROM accounts WHERE username = ?", (username,))
        return _account(rows[0]) if rows else None

    def list(self) -> list[Account]:
        return [_account(r) for r in self.catalog.query("SELECT * FROM accounts ORDER BY username")]

    def count(self) -> int:
        return int(self.catalog.query("SELECT COUNT(*) AS n FROM accounts")[0]["n"])

    def set_password(self, username: str, password: str, *, by: str = "") -> None:
        hashed = hash_password(password, n=self.scrypt_n)
        self._update(username, "password_changed", "", by, password_hash=hashed)

    def set_role(self, username: str, role: str, *, by: str = "") -> None:
        if role not in ROLES:
            raise R.refusal(R.UNKNOWN_ROLE, role=repr(role), roles=", ".join(ROLES))
        old = self.catalog.query("SELECT role FROM accounts WHERE username = ?", (username,))
        was = old[0]["role"] if old else "?"
        self._update(username, "role_changed", f"{was} -> {role}", by, role=role)

    def set_disabled(self, username: str, disabled: bool, *, by: str = "") -> None:
        event = "disabled" if disabled else "enabled"
        self._update(username, event, "", by, disabled=int(disabled))

    def _update(self, username: str, event: str, detail: str, by: str, **values: object) -> None:
        """Change an account, re-seal its row and write the change into the audit log."""
        self.seal.ensure_sealed()
        sets = ", ".join(f"{k} = ?" for k in values)
        with self.catalog.transaction() as db:
            cur = db.execute(
                f"UPDATE accounts SET {sets}, updated_utc = ? WHERE username = ?",
                [*values.values(), utc_now(), username],
            )
            if cur.rowcount == 0:
                raise R.refusal(R.NO_ACCOUNT, name=repr(username))
            self.seal.append(db, username, event, detail, by)
            self.seal.reseal(db, username)  # bound to the record just written

    def sign_in(self, username: str, password: str) -> Account:
        """The account, if the password is right and the account enabled; else AccountError.

        AccountLocked while the name is locked (the password is then not judged at all), and on
        the wrong password that locks it. Unknown names are counted and locked like known ones.
        """
        rows = self.catalog.query("SELECT * FROM accounts WHERE username = ?", (username,))
        stored = rows[0]["password_hash"] if rows else None
        dummy = f"scrypt${self.scrypt_n}${SCRYPT_R}${SCRYPT_P}${_DUMMY_SALT_KEY}"
        ok = check_password(password, stored or dummy)  # always one scrypt, locked or not
        right = bool(rows and stored and ok)
        del password
        now = self.clock()
        locked: AccountLocked | None = None
        with self.catalog.transaction() as db:  # judged after the scrypt: no race past a lock
            counter = self._counter(username)  # per source: see SOURCE_SEPARATOR
            row = db.execute(
                "SELECT failures, last_failure_utc FROM sign_in_failures WHERE username = ?",
                (counter,),
            ).fetchone()
            failures = int(row["failures"]) if row else 0
            until = _locked_until(failures, row["last_failure_utc"], now) if row else None
            if until is not None:
                if _stamp(now) < row["last_failure_utc"]:  # clock set back: lock restarts now
                    db.execute(
                        "UPDATE sign_in_failures SET last_failure_utc = ? WHERE username = ?",
                        (_stamp(now), counter),
                    )
                self._log(db, now, username, "refused_locked", f"locked until {_stamp(until)}")
                locked = AccountLocked(username, until, now)
            elif right:
                db.execute("DELETE FROM sign_in_failures WHERE username = ?", (counter,))
            else:
                failures += 1
                db.execute(
                    "INSERT INTO sign_in_failures (username, failures, last_failure_utc) "
                    "VALUES (?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
                    "failures = excluded.failures, last_failure_utc = excluded.last_failure_utc",
                    (counter, failures, _stamp(now)),
                )
                known = ("" if rows else "; no such account") + self._from()
                self._log(db, now, username, "failed", f"wrong password {failures} in a row{known}")
                until = _locked_until(failures, _stamp(now), now)
                if until is not None:
                    minutes = int((until - now).total_seconds() // 60)
                    self._log(
                        db, now, username, "locked", f"for {minutes} min, until {_stamp(until)}"
                    )
                    locked = AccountLocked(username, until, now)
        if locked is not None:
            raise locked
        if not right:
            raise AccountError(R.WRONG_PASSWORD)
        self._require_intact(rows[0])
        account = _account(rows[0])
        if account.disabled:
            raise disabled_error(username)
        return account

    def _require_intact(self, row: sqlite3.Row) -> None:
        """Refuse (and record) an account whose row was changed outside Zhazba."""
        self.seal.ensure_sealed()
        row = self.catalog.query("SELECT * FROM accounts WHERE username = ?", (row["username"],))[0]
        later = self.seal.replayed(row)
        if later is not None:
            self.seal.log_alone(
                row["username"], "tampered",
                f"an older version of the row was put back (role now {row['role']!r}); "
                "sign-in refused",
            )  # fmt: skip
            raise AccountReplayed(row["username"], later)
        if not self.seal.intact(row):
            self.seal.log_alone(
                row["username"], "tampered",
                f"row does not match its seal (role now {row['role']!r}); sign-in refused",
            )  # fmt: skip
            raise AccountTampered(row["username"])

    def tampered(self) -> builtins.list[str]:
        """The usernames whose rows were changed outside Zhazba."""
        self.seal.ensure_sealed()
        rows = self.catalog.query("SELECT * FROM accounts ORDER BY username")
        return [r["username"] for r in rows if not self.seal.intact(r)]

    def _counter(self, username: str) -> str:
        kind = counted_source(self.source)
        return f"{username}{SOURCE_SEPARATOR}{kind}" if kind else username

    def _from(self) -> str:
        return f"; from {self.source}" if self.source else ""

    def locked_until(self, username: str) -> _dt.datetime | None:
        """When the password lock on ``username`` ends (UTC) from any source (the latest), or
        None if it is not locked anywhere."""
        rows = self.catalog.query(
            "SELECT failures, last_failure_utc FROM sign_in_failures WHERE username = ? "
            "OR substr(username, 1, ?) = ?",
            (username, len(username) + len(SOURCE_SEPARATOR), username + SOURCE_SEPARATOR),
        )
        ends = [
            _locked_until(int(r["failures"]), r["last_failure_utc"], self.clock()) for r in rows
        ]
        return max((e for e in ends if e is not None), default=None)

    def unlock(self, username: str, *, by: str = "") -> bool:
        """Lift a password lock and clear the count of wrong passwords (an administrator's
        action; ``by`` names them in the audit trail). Whether there was anything to clear."""
        now = self.clock()
        with self.catalog.transaction() as db:
            known = db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone()
            where = "username = ? OR substr(username, 1, ?) = ?"  # every source's count
            params = (username, len(username) + len(SOURCE_SEPARATOR), username + SOURCE_SEPARATOR)
            counts = db.execute(
                f"SELECT failures, last_failure_utc FROM sign_in_failures WHERE {where}", params
            ).fetchall()
            if not known and not counts:
                raise R.refusal(R.NO_ACCOUNT, name=repr(username))
            if not counts:
                return False
            db.execute(f"DELETE FROM sign_in_failures WHERE {where}", params)
            row = max(counts, key=lambda r: int(r["failures"]))
            was = any(_locked_until(int(r["failures"]), r["last_failure_utc"], now) for r in counts)
            detail = f"{'was' if was else 'was not'} locked, {row['failures']} wrong passwords"
            self._log(db, now, username, "unlocked", detail + (f"; by {by}" if by else ""))
            self.seal.append(db, username, "unlocked", detail, by)
        return True

    def events(self, limit: int = 50) -> builtins.list[AccountEvent]:
        """The newest ``limit`` lines of the accounts' audit trail, oldest first."""
        rows = self.catalog.query(
            "SELECT utc, username, event, detail FROM account_events ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [AccountEvent(r["utc"], r["username"], r["event"], r["detail"]) for r in rows][::-1]

    @staticmethod
    def _log(
        db: sqlite3.Connection, now: _dt.datetime, username: str, event: str, detail: str
    ) -> None:
        db.execute(
            "INSERT INTO account_events (utc, username, event, detail) VALUES (?, ?, ?, ?)",
            (_stamp(now), username, event, detail),
        )

    def sign_in_with_certificate(
        self, cert: x509.Certificate, now: _dt.datetime | None = None
    ) -> Account:
        """The account of the holder of an opened key (the caller has opened the PKCS#12)."""
        now = now or _dt.datetime.now(_dt.UTC)
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            raise AccountError("the certificate is not valid now (expired or not yet valid)")
        subject = certificate_subject_key(cert)
        rows = self.catalog.query(
            "SELECT * FROM accounts WHERE certificate_subject = ?", (subject,)
        )
        if not rows:
            raise AccountError(f"no account is linked to the certificate {subject}")
        self._require_intact(rows[0])
        account = _account(rows[0])
        if account.disabled:
            raise AccountError(f"the account {account.username!r} is disabled")
        return account


def _account(row: sqlite3.Row) -> Account:
    return Account(
        row["username"],
        row["role"],
        row["display_name"],
        row["certificate_subject"],
        bool(row["disabled"]),
    )
