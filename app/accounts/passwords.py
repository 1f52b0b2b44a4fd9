"""Passwords (scrypt) and the account key of a certificate, for :mod:`app.accounts.roles`."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.accounts.rules import AccountError
from audio.text import QT_TRANSLATE_NOOP, msg

# scrypt cost: 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per check on a court PC; stored with the hash
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """``scrypt$n$r$p$salt$key`` (base64) for a new password, with a fresh random salt."""
    if not password:
        raise AccountError(
            msg("Accounts", QT_TRANSLATE_NOOP("Accounts", "the password must not be empty"))
        )
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
