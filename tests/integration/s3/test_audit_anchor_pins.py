"""Audit anchors that cannot be got round, end to end: the real `zhazba` CLI as a subprocess on a
station whose court archive is the real Ceph RGW (Object Lock).

A forged anchor dropped into the outbox is set aside (quarantined), never uploaded under
COMPLIANCE, and the station goes on signing in. Once the archive holds the station's audit
anchors its location and station id are pinned (``had-archive.json`` and an ``archive pinned``
record of the audit log): a rolled-back catalog with the archive section deleted, the prefix
pointed at an empty place or a new station.key is refused at sign-in with one line naming
settings.json; even with the marker deleted too, the log's own pin record refuses it. A
deliberate move of the archive with `zhazba archive configure` by an administrator re-pins and
is audited.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.accounts.marker import archive_marker_path, read_archive_marker
from app.anchoring.anchors import anchor_bytes, write_private
from app.anchoring.audit_anchor import FORMAT, anchor_name, outbox_folder, station_id
from app.anchoring.audit_vet import quarantine_folder
from app.archive.settings import ArchiveSettings
from app.catalog.store import Catalog
from app.cli.errors import EXIT_OK, EXIT_STATION_FILES
from tests.integration.s3.test_audit_anchors import ADMIN, make_station, rechain
from tests.integration.test_cli_fail_closed import one_line, run

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]


def _keys(s3: Any, bucket: str) -> list[str]:
    answer = s3.list_objects_v2(Bucket=bucket)
    return [str(item["Key"]) for item in answer.get("Contents", [])]


def test_a_forged_outbox_anchor_is_quarantined_never_sent(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    fake = "f" * 64
    anchor = {"format": FORMAT, "station": station_id(station),
              "audit": {"seq": 1, "sha256": fake, "hash": "0" * 64},
              "made_utc": "2026-01-01T00:00:00.000000Z"}  # fmt: skip
    forged = outbox_folder(station) / anchor_name(1, fake)
    write_private(forged, anchor_bytes(anchor))
    first = run(station, "account", "list", **ADMIN)  # the check sends what is queued
    assert first.returncode == EXIT_OK, first.stderr
    assert "was not sent and was moved to" in first.stderr and forged.name in first.stderr
    assert not forged.exists() and (quarantine_folder(station) / forged.name).exists()
    assert not [k for k in _keys(s3, settings.bucket) if fake in k], "a forged head was locked"
    second = run(station, "account", "list", **ADMIN)
    assert second.returncode == EXIT_OK, second.stderr
    r = run(station, "anchors", "check-audit", "--json", **ADMIN)
    assert json.loads(r.stdout)["state"] == "intact", r.stdout


def _rolled_back(tmp: Path, settings: ArchiveSettings, s3_server: Any) -> Path:
    """A station anchored and pinned, "clerk disabled", then the catalog before it put back."""
    station = make_station(tmp / "station", settings, s3_server)
    assert read_archive_marker(station) is not None  # the archive holds its anchors: pinned
    saved = tmp / "saved"
    saved.mkdir()
    for p in station.glob("catalog.sqlite*"):
        shutil.copy2(p, saved / p.name)
    r = run(station, "account", "disable", "clerk", **ADMIN)
    assert r.returncode == EXIT_OK, r.stderr
    for p in station.glob("catalog.sqlite*"):
        p.unlink()
    for p in saved.iterdir():
        shutil.copy2(p, station / p.name)
    return station


def _edit_settings(station: Path, edit: Any) -> None:
    doc = json.loads((station / "settings.json").read_text())
    edit(doc)
    (station / "settings.json").write_text(json.dumps(doc))


def _refused(station: Path) -> str:
    r = run(station, "account", "list", **ADMIN)
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    line = one_line(r)
    assert "Traceback" not in r.stderr and "not signed in" in line, line
    return line


def test_the_archive_section_deleted_after_anchoring_is_refused_even_without_the_marker(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    station = _rolled_back(tmp_path, settings, s3_server)
    _edit_settings(station, lambda d: d.pop("archive"))
    line = _refused(station)
    assert str(station / "settings.json") in line and "names no archive now" in line, line
    assert "zhazba archive configure" in line and settings.bucket in line, line
    archive_marker_path(station).unlink()  # the audit log's own pin record still says it
    line = _refused(station)
    assert "names no archive now" in line, line
    from app.anchoring.audit_anchor import refusal, startup_check  # what the window asks

    path = station / "catalog.sqlite"
    check = startup_check(path, lambda: Catalog(path))
    assert check is not None and check.refused and check.state == "unpinned", check
    assert "names no archive now" in refusal(check, path)


def test_the_prefix_pointed_elsewhere_is_refused(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    station = _rolled_back(tmp_path, settings, s3_server)
    _edit_settings(station, lambda d: d["archive"].update(prefix="elsewhere"))
    line = _refused(station)
    assert str(station / "settings.json") in line and "elsewhere" in line, line


def test_a_new_station_key_and_the_whole_log_re_chained_is_refused_by_the_pin(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    from app.accounts.secrets import SecretStore

    station = _rolled_back(tmp_path, settings, s3_server)
    old_id = station_id(station)
    (station / "station.key").unlink()
    (station / "station.key").write_bytes(os.urandom(32))
    (station / "station.key").chmod(0o600)
    store = SecretStore(station / "secrets.json", station / "station.key")
    store.path.unlink()
    store.set_archive_credentials(s3_server.credentials)
    rechain(station, "admin", "created (rewritten)")  # record 1 too: no head matches any more
    line = _refused(station)
    assert "station secret was replaced" in line, line
    assert old_id in line and station_id(station) in line, line


def test_a_deliberate_move_by_an_administrator_re_pins_and_is_audited(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    assert read_archive_marker(station) is not None
    r = run(station, "archive", "configure", "--prefix", "court-7199/moved", **ADMIN)
    assert r.returncode == EXIT_OK, r.stderr
    pin = read_archive_marker(station)
    assert pin is not None and pin["prefix"] == "court-7199/moved", pin
    with Catalog(station / "catalog.sqlite") as catalog:
        rows = catalog.query(
            "SELECT by_user, detail FROM account_audit WHERE event = 'archive pinned' ORDER BY id"
        )
    assert [row["by_user"] for row in rows] == ["", "admin"], [dict(x) for x in rows]
    assert "court-7199/moved" in rows[-1]["detail"]
    r = run(station, "account", "list", **ADMIN)
    assert r.returncode == EXIT_OK, r.stderr


def test_every_local_file_rewritten_is_only_warned_of_naming_the_old_station_id(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    """The documented limit: new station.key, the pin records gone, the log re-chained from
    record 1 and had-archive.json deleted look like a new station; check-audit warns, naming
    the old id whose anchors stopped."""
    from app.accounts.secrets import SecretStore

    station = _rolled_back(tmp_path, settings, s3_server)
    old_id = station_id(station)
    (station / "station.key").unlink()
    (station / "station.key").write_bytes(os.urandom(32))
    (station / "station.key").chmod(0o600)
    store = SecretStore(station / "secrets.json", station / "station.key")
    store.path.unlink()
    store.set_archive_credentials(s3_server.credentials)
    archive_marker_path(station).unlink()
    with Catalog(station / "catalog.sqlite") as catalog, catalog.transaction() as db:
        db.execute("DELETE FROM account_audit WHERE event = 'archive pinned'")
    rechain(station, "admin", "created (rewritten)")
    r = run(station, "account", "list", **ADMIN)  # the sign-in check says it, and goes on
    assert r.returncode == EXIT_OK, r.stderr
    warned = [x for x in r.stderr.splitlines() if "WARNING" in x]
    assert warned and old_id in warned[0] and "not anchored" not in warned[0], r.stderr
    assert "archive holds no audit anchor of this station yet" in warned[0], r.stderr


def test_an_administrator_restores_lost_archive_settings_with_archive_configure(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    """The remedy the refusal names works: sign-in refused while the archive section is gone,
    `zhazba archive configure` (administrator) runs with the refusal said as a warning, and
    the station is checked against its archive again."""
    station = make_station(tmp_path / "station", settings, s3_server)
    _edit_settings(station, lambda d: d.pop("archive"))
    _refused(station)
    r = run(station, "archive", "configure", "--endpoint", settings.endpoint, "--bucket",
            settings.bucket, "--prefix", settings.prefix, "--region", settings.region,
            "--no-window", **ADMIN)  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    assert "names no archive now" in r.stderr, r.stderr
    r = run(station, "anchors", "check-audit", "--json", **ADMIN)
    assert r.returncode == EXIT_OK and json.loads(r.stdout)["state"] == "intact", r.stdout
    clerk = {"ZHAZBA_USER": "clerk", "ZHAZBA_PASSWORD": "clerk-pw"}
    r = run(station, "archive", "configure", "--prefix", "court-7199/moved", **clerk)
    assert r.returncode != EXIT_OK  # a secretary moves nothing
    assert read_archive_marker(station)["prefix"] == settings.prefix.strip("/")  # type: ignore[index]
