"""Fail closed (issue #16): a damaged settings file, secrets file or command module stops the
work with a message naming the file; it is never taken for "not configured" or "not there"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.accounts.secrets import SecretsError, SecretStore
from app.archive.settings import (
    ArchiveSettings,
    SettingsDamaged,
    archive_section,
    save_archive_settings,
)
from app.station import Station


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"archive": [1]}'],
    ids=["syntax", "not-utf8", "list", "section-not-object"],
)
def test_a_damaged_settings_file_is_not_an_unconfigured_archive(
    tmp_path: Path, content: bytes
) -> None:
    station = Station(tmp_path)
    station.settings_path.write_bytes(content)
    with pytest.raises(SettingsDamaged, match=str(station.settings_path)):
        station.archive_configured()
    if b"archive" not in content:  # a file that is not settings is never overwritten
        with pytest.raises(SettingsDamaged):
            save_archive_settings(station.settings_path, ArchiveSettings())
        assert station.settings_path.read_bytes() == content


def test_no_settings_or_no_archive_section_is_not_configured(tmp_path: Path) -> None:
    station = Station(tmp_path)
    assert station.archive_configured() is False
    station.settings_path.write_text(json.dumps({"station": {"name": "1"}}))
    assert archive_section(station.settings_path) is None
    assert station.archive_configured() is False


def test_an_unreadable_settings_file_names_the_file(tmp_path: Path) -> None:
    station = Station(tmp_path)
    station.settings_path.mkdir()  # reading it fails (EISDIR), as an unreadable file would
    with pytest.raises(SettingsDamaged, match="cannot be read"):
        station.archive_configured()


def test_a_damaged_secrets_file_is_not_an_empty_one(tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "secrets.json", tmp_path / "station.key")
    (tmp_path / "secrets.json").write_text(
        json.dumps({"format": "zhazba-secrets/1", "entries": ["x"]})
    )
    with pytest.raises(SecretsError, match="is damaged"):
        store.archive_credentials()


def test_a_command_module_that_cannot_be_imported_stops_zhazba(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import commands as cli

    monkeypatch.setitem(cli.COMMAND_HOME, "archive", "app.cli_archive_missing")
    assert cli.main(["archive", "status"]) == 70
    err = capsys.readouterr().err
    assert "app.cli_archive_missing cannot be loaded" in err and "Traceback" not in err
