"""Encrypted secrets: the archive credentials never reach a file in plain text, the station
secret is private, and any change to the encrypted entries is detected."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app.accounts.secrets import SecretsError, SecretStore
from app.archive.settings import ArchiveCredentials

CREDS = ArchiveCredentials("AKIAZHAZBA0000000001", "super-secret-archive-key/Қ")


def test_archive_credentials_round_trip_encrypted(tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "secrets.json", tmp_path / "station.key")
    assert store.archive_credentials() is None
    store.set_archive_credentials(CREDS)
    assert (
        SecretStore(tmp_path / "secrets.json", tmp_path / "station.key").archive_credentials()
        == CREDS
    )
    raw = (tmp_path / "secrets.json").read_bytes()
    assert b"super-secret" not in raw and b"AKIAZHAZBA" not in raw
    assert "super-secret" not in repr(CREDS)
    for name in ("secrets.json", "station.key"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600


def test_tampering_and_a_wrong_station_secret_are_detected(tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "secrets.json", tmp_path / "station.key")
    store.set_archive_credentials(CREDS)
    store.put("other", b"x")
    doc = json.loads((tmp_path / "secrets.json").read_text())
    entries = doc["entries"]
    entries["other"] = entries["archive_credentials"]  # moved under another name
    (tmp_path / "secrets.json").write_text(json.dumps(doc))
    with pytest.raises(SecretsError, match="cannot be decrypted"):
        store.get("other")
    assert store.archive_credentials() == CREDS

    other_key = SecretStore(tmp_path / "secrets.json", tmp_path / "another.key")
    with pytest.raises(SecretsError, match="cannot be decrypted"):
        other_key.archive_credentials()


def test_a_station_secret_readable_by_others_is_refused(tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "secrets.json", tmp_path / "station.key")
    store.put("a", b"1")
    os.chmod(tmp_path / "station.key", 0o644)
    with pytest.raises(SecretsError, match="can be read by other users"):
        store.get("a")
