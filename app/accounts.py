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
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.catalog import Catalog, utc_now

ROLES = ("secretary", "judge", "technician", "administrator")


class Action(StrEnum):
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    ARCHIVE_CREDENTIALS = "archive_credentials"
    RECORDING = "recording"
    REVIEW = "review"
    SELFCHECK = "selfcheck"


PERMISSIONS: dict[Action, frozenset[str]] = {
    Action.SETTINGS: frozenset({"administrator"}),
    Action.ACCOUNTS: frozenset({"administrator"}),
    Action.ARCHIVE_CREDENTIALS: frozenset({"administrator"}),
    Action.RECORDING: frozenset({"secretary"}),
    Action.REVIEW: frozenset({"judge", "secretary"}),
    Action.SELFCHECK: frozenset({"technician", "administrator"}),
}

# scrypt cost: 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per check on a court PC; stored with the hash
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32


class AccountError(Exception):
    """Sign-in failed or an account operation is not possible; the message says why."""


class PermissionDenied(AccountError):
    pass


def allowed(role: str, action: Action) -> bool:
    return role in PERMISSIONS[action]


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """``scrypt$n$r$p$salt$key`` (base64) for a new password, with a fresh random salt."""
    if not password:
        raise AccountError("the password must not be empty")
    salt = os.urandom(_SALT_BYTES)
    key = _scrypt(password, salt, n, r, p)
    return "$".join(("scrypt", str(n), str(r), str(p), _b64(salt), _b64(key)))


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a hash made by :func:`hash_password` (constant-time)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES,
        maxmem=256 * r * n + 1024 * 1024,
    )  # fmt: skip


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def certificate_subject_key(cert: x509.Certificate) -> str:
    """The account key of a certificate: its serialNumber (IIN), else the RFC 4514 subject."""
    serial = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if serial:
        return f"serialNumber={serial[0].value!s}"
    return cert.subject.rfc4514_string()


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
                f"{self.display_name or self.username} ({self.role}) may not do this: "
                f"{action.value} is for {', '.join(sorted(PERMISSIONS[action]))}"
            )


# Checked against when the name is unknown, so that costs as much as a wrong password.
_DUMMY_SALT_KEY = _b64(b"\0" * 16) + "$" + _b64(b"\0" * 32)


class AccountStore:
    """Local accounts in the catalog: create, change, sign in by password or certificate."""

    def __init__(self, catalog: Catalog, *, scrypt_n: int = SCRYPT_N) -> None:
        self.catalog = catalog
        self.scrypt_n = scrypt_n

    def create(
        self,
        username: str,
        role: str,
        *,
        password: str | None = None,
        display_name: str = "",
        certificate_subject: str | None = None,
    ) -> Account:
        if role not in ROLES:
            raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        if not username.strip():
            raise AccountError("the username must not be empty")
        if password is None and certificate_subject is None:
            raise AccountError("an account needs a password or a certificate")
        hashed = hash_password(password, n=self.scrypt_n) if password is not None else None
        now = utc_now()
        with self.catalog.transaction() as db:
            if db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone():
                raise AccountError(f"an account {username!r} already exists")
            db.execute(
                "INSERT INTO accounts (username, display_name, role, password_hash, "
                "certificate_subject, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (username, display_name, role, hashed, certificate_subject, now, now),
            )
        return Account(username, role, display_name, certificate_subject)

    def get(self, username: str) -> Account | None:
        rows = self.catalog.query("SELECT * FROM accounts WHERE username = ?", (username,))
        return _account(rows[0]) if rows else None

    def list(self) -> list[Account]:
        return [_account(r) for r in self.catalog.query("SELECT * FROM accounts ORDER BY username")]

    def count(self) -> int:
        return int(self.catalog.query("SELECT COUNT(*) AS n FROM accounts")[0]["n"])

    def set_password(self, username: str, password: str) -> None:
        self._update(username, password_hash=hash_password(password, n=self.scrypt_n))

    def set_role(self, username: str, role: str) -> None:
        if role not in ROLES:
            raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        self._update(username, role=role)

    def set_disabled(self, username: str, disabled: bool) -> None:
        self._update(username, disabled=int(disabled))

    def _update(self, username: str, **values: object) -> None:
        sets = ", ".join(f"{k} = ?" for k in values)
        with self.catalog.transaction() as db:
            cur = db.execute(
                f"UPDATE accounts SET {sets}, updated_utc = ? WHERE username = ?",
                [*values.values(), utc_now(), username],
            )
            if cur.rowcount == 0:
                raise AccountError(f"no account {username!r}")

    def sign_in(self, username: str, password: str) -> Account:
        """The account, if the password is right and the account enabled; else AccountError."""
        rows = self.catalog.query("SELECT * FROM accounts WHERE username = ?", (username,))
        stored = rows[0]["password_hash"] if rows else None
        dummy = f"scrypt${self.scrypt_n}${SCRYPT_R}${SCRYPT_P}${_DUMMY_SALT_KEY}"
        ok = check_password(password, stored or dummy)
        if not rows or not stored or not ok:
            raise AccountError("wrong username or password")
        account = _account(rows[0])
        if account.disabled:
            raise AccountError(f"the account {username!r} is disabled; ask the administrator")
        return account

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
