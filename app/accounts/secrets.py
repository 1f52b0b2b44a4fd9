"""Encrypted storage of the station's secrets, chiefly the archive credentials (Rules p. 20).

Secrets are kept in one JSON file, each entry encrypted with AES-256-GCM under a key derived
(HKDF-SHA256) from a 32-byte random *station secret* in its own file, created with mode 0600 and
refused when group or others can read it. The entry's name is authenticated data, so an entry
cannot be moved to another name unnoticed.

Threat model. The point is that no secret is ever stored in plain text: not in the settings file,
not in the catalog, not in their backups, not in a support bundle or on a screen. Someone who
copies the settings, the catalog or the secrets file alone learns nothing and cannot alter an
entry without detection. The station secret is deliberately not derived from the administrator's
password: the archive upload runs unattended in the nightly replication window (p. 23), when
nobody is signed in. So a process running as the station's own account (or root) with the key
file can decrypt the secrets, as it must to upload; protect that account, and use full-disk
encryption on the station PC against a stolen disk. Lose the key file and the secrets are lost:
the administrator enters them again.
"""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.archive.settings import ArchiveCredentials
from audio.durable import write_atomically
from audio.text import QT_TRANSLATE_NOOP, msg

_FORMAT = "zhazba-secrets/1"
_KEY_INFO = b"zhazba secrets aes-256-gcm v1"
_ARCHIVE_ENTRY = "archive_credentials"


class SecretsError(Exception):
    """The secrets cannot be read or written; the message says why and what to do."""


def _write_private(path: Path, data: bytes) -> None:
    """Write atomically, readable and writable by the owner only."""
    write_atomically(path, data, mode=0o600)


def load_station_key(path: Path, *, create: bool = True) -> bytes:
    """The 32-byte station secret, created on first use; refused if others can read it."""
    if not path.exists():
        if not create:
            raise SecretsError(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "the station secret {path} does not exist; "
                        "restore station.key from the backup",
                    ),
                    path=path,
                )
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_private(path, os.urandom(32))
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise SecretsError(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "the station secret {path} can be read by other users (mode {mode}); "
                        "run `chmod 600 {path}` and enter the archive credentials again",
                    ),
                    path=path,
                    mode=f"{mode:o}",
                )
            )
    key = path.read_bytes()
    if len(key) != 32:
        raise SecretsError(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the station secret {path} is damaged (not 32 bytes); nothing was done. "
                    "Restore it from the backup",
                ),
                path=path,
            )
        )
    return key


class SecretStore:
    """Named secrets encrypted with AES-256-GCM in ``path``, keyed from ``key_path``."""

    def __init__(self, path: str | Path, key_path: str | Path) -> None:
        self.path = Path(path)
        self.key_path = Path(key_path)

    def _aead(self) -> AESGCM:
        station = load_station_key(self.key_path)
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(station)
        return AESGCM(key)

    def _entries(self) -> dict[str, dict[str, str]]:
        if not self.path.exists():
            return {}
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise SecretsError(f"cannot read the secrets file {self.path}: {e}") from e
        if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
            raise SecretsError(f"{self.path} is not a Zhazba secrets file")
        entries = doc.get("entries", {})
        if not isinstance(entries, dict):  # fail closed: never taken for "no secrets"
            raise SecretsError(
                f"the secrets file {self.path} is damaged; restore it from a backup, or move it "
                "away and have an administrator enter the archive credentials again"
            )
        return entries

    def put(self, name: str, value: bytes) -> None:
        nonce = os.urandom(12)
        sealed = self._aead().encrypt(nonce, value, name.encode("utf-8"))
        entries = self._entries()
        entries[name] = {
            "nonce": base64.b64encode(nonce).decode("ascii"),
            "ciphertext": base64.b64encode(sealed).decode("ascii"),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"format": _FORMAT, "entries": entries}, indent=2) + "\n"
        _write_private(self.path, body.encode("utf-8"))

    def get(self, name: str) -> bytes | None:
        entry = self._entries().get(name)
        if entry is None:
            return None
        try:
            nonce = base64.b64decode(entry["nonce"])
            sealed = base64.b64decode(entry["ciphertext"])
            return self._aead().decrypt(nonce, sealed, name.encode("utf-8"))
        except (KeyError, ValueError, InvalidTag) as e:
            raise SecretsError(
                f"the secret {name!r} in {self.path} cannot be decrypted (altered, or the station "
                "secret changed); an administrator must enter it again"
            ) from e

    def delete(self, name: str) -> None:
        entries = self._entries()
        if entries.pop(name, None) is not None:
            body = json.dumps({"format": _FORMAT, "entries": entries}, indent=2) + "\n"
            _write_private(self.path, body.encode("utf-8"))

    def names(self) -> list[str]:
        return sorted(self._entries())

    # ---------------------------------------------------------------- archive credentials
    def set_archive_credentials(self, credentials: ArchiveCredentials) -> None:
        value = {"access_key": credentials.access_key, "secret_key": credentials.secret_key}
        self.put(_ARCHIVE_ENTRY, json.dumps(value).encode("utf-8"))

    def archive_credentials(self) -> ArchiveCredentials | None:
        raw = self.get(_ARCHIVE_ENTRY)
        if raw is None:
            return None
        doc = json.loads(raw.decode("utf-8"))
        return ArchiveCredentials(str(doc["access_key"]), str(doc["secret_key"]))
