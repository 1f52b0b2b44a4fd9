"""Audit anchors end to end: the real `zhazba` CLI as a subprocess on a station whose court archive
is the real Ceph RGW (Object Lock). A role change puts the audit log's head into the archive under
COMPLIANCE retention; a catalog copied, changed and put back is refused at sign-in naming the
rollback; a record rewritten with station.key and its HMAC chain recomputed (the local check says
nothing) is named as rewritten at its record; with the archive down the check says it could not be
made and the anchors queue, then go when the archive is back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.accounts.audit import AccountSeal
from app.accounts.secrets import SecretStore
from app.anchoring.audit_anchor import STREAM, audit_prefix, outbox_folder, station_id
from app.archive.settings import ArchiveSettings, save_archive_settings
from app.catalog.store import Catalog
from app.cli.errors import EXIT_OK, EXIT_STATION_FILES
from tests.integration.test_cli_fail_closed import one_line, run

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]
ADMIN = {"ZHAZBA_PASSWORD": "admin-pw", "ZHAZBA_USER": "admin"}


def make_station(folder: Path, settings: ArchiveSettings, s3_server: Any) -> Path:
    folder.mkdir(parents=True)
    save_archive_settings(folder / "settings.json", settings)
    doc = json.loads((folder / "settings.json").read_text())
    doc["anchors"] = {"retention_margin_days": 0}
    (folder / "settings.json").write_text(json.dumps(doc))
    SecretStore(folder / "secrets.json", folder / "station.key").set_archive_credentials(
        s3_server.credentials
    )
    r = run(folder, "account", "add", "admin", "--role", "administrator",
            ZHAZBA_NEW_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    r = run(folder, "account", "add", "clerk", "--role", "secretary", "--name", "Clerk One",
            ZHAZBA_NEW_PASSWORD="clerk-pw", **ADMIN)  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    return folder


def rechain(station: Path, who: str, detail: str) -> int:
    """What an insider holding station.key does: ``who``'s "created" record says ``detail``,
    every HMAC of the chain, the head and the rows recomputed (the station's own check passes).
    Returns the record's seq."""
    with Catalog(station / "catalog.sqlite") as catalog:
        seal = AccountSeal(catalog)
        rows = catalog.query("SELECT * FROM account_audit ORDER BY id")
        target = next(i for i, row in enumerate(rows, 1)
                      if row["event"] == "created" and row["username"] == who)  # fmt: skip
        with catalog.transaction() as db:
            prev = "0" * 64
            for i, row in enumerate(rows, 1):
                text = detail if i == target else row["detail"]
                digest = seal._mac("audit", prev, row["utc"], row["username"], row["event"],
                                   text, row["by_user"])  # fmt: skip
                db.execute("UPDATE account_audit SET detail = ?, prev = ?, hash = ? WHERE id = ?",
                           (text, prev, digest, row["id"]))  # fmt: skip
                prev = digest
            value = f"{len(rows)}:{prev}"
            db.execute("UPDATE station_meta SET value = ? WHERE key = 'audit_head'",
                       (f"{value}:{seal._mac('head', value)}",))  # fmt: skip
            for name in ("admin", "clerk"):
                seal.reseal(db, name)
        assert seal.verify() == []  # the station's own check is fooled
    return target


def anchored(s3: Any, settings: ArchiveSettings, station: Path) -> list[str]:
    prefix = audit_prefix(settings, station_id(station))
    listed = s3.list_objects_v2(Bucket=settings.bucket, Prefix=prefix)
    return sorted(o["Key"] for o in listed.get("Contents", []))


def records(station: Path) -> int:
    with Catalog(station / "catalog.sqlite") as catalog:
        return int(catalog.query("SELECT count(*) AS n FROM account_audit")[0]["n"])


def check(station: Path) -> tuple[int, dict[str, Any]]:
    r = run(station, "anchors", "check-audit", "--json", **ADMIN)
    assert "Traceback" not in r.stderr, r.stderr
    return r.returncode, json.loads(r.stdout)


def test_a_role_change_is_anchored_in_the_archive_under_compliance(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    r = run(station, "account", "role", "clerk", "--role", "judge", **ADMIN)
    assert r.returncode == EXIT_OK, r.stderr
    n = records(station)
    keys = anchored(s3, settings, station)
    newest = keys[-1]
    assert newest.split("/")[-1].startswith(f"{n:010d}-"), keys
    assert f"/anchors/{STREAM}/" in "/" + newest
    retention = s3.get_object_retention(Bucket=settings.bucket, Key=newest)["Retention"]
    assert retention["Mode"] == "COMPLIANCE"
    assert retention["RetainUntilDate"] > dt.datetime.now(dt.UTC) + dt.timedelta(
        hours=12
    )  # the settings: 1 day
    body = json.loads(s3.get_object(Bucket=settings.bucket, Key=newest)["Body"].read())
    assert body["format"] == "zhazba-audit-anchor/1" and body["audit"]["seq"] == n
    assert body["station"] == station_id(station)
    assert not [
        p for p in outbox_folder(station).glob("*.json") if not p.with_suffix(".sent").exists()
    ]
    code, doc = check(station)
    assert code == 0 and doc["state"] == "intact" and doc["seq"] == n, doc


def test_an_older_catalog_put_back_is_refused_at_sign_in_naming_the_rollback(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, qapp: Any, monkeypatch: Any
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    saved = tmp_path / "saved"
    saved.mkdir()
    for p in station.glob("catalog.sqlite*"):
        shutil.copy2(p, saved / p.name)
    before = records(station)
    r = run(station, "account", "disable", "clerk", **ADMIN)  # the change to be undone
    assert r.returncode == EXIT_OK, r.stderr
    after = records(station)
    assert after > before
    for p in station.glob("catalog.sqlite*"):
        p.unlink()
    for p in saved.iterdir():
        shutil.copy2(p, station / p.name)
    r = run(station, "account", "list", **ADMIN)
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    line = one_line(r)
    assert "rolled back" in line and f"ends at record {before}" in line, line
    assert f"anchored record {after} on" in line and str(station / "catalog.sqlite") in line
    assert "restore the newest backup" in line and "administrator" in line
    # the sign-in of the person whose change was undone is refused too (fail closed)
    r = run(station, "account", "list", "--user", "clerk", password="clerk-pw")
    assert r.returncode == EXIT_STATION_FILES and "rolled back" in one_line(r)
    # the window: no sign-in dialog, the same line in a message box (ui.main.run_gui returns 7)
    from PySide6.QtWidgets import QMessageBox

    from app.station import Station
    from ui.main import refused_audit_log

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert refused_audit_log(Station(station)) is True
    assert shown and "rolled back" in shown[0] and f"anchored record {after}" in shown[0]


def test_a_record_rewritten_with_the_station_key_is_named_at_its_seq(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    r = run(station, "account", "role", "clerk", "--role", "judge", **ADMIN)
    assert r.returncode == EXIT_OK, r.stderr
    target = rechain(station, "clerk", "role judge")  # "the clerk always was a judge"
    r = run(station, "account", "list", **ADMIN)
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    line = one_line(r)
    assert f"rewritten at record {target}" in line and "anchored on" in line, line
    assert "restore the newest backup" in line


def test_archive_down_the_check_says_not_checked_and_anchors_queue_then_go(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings, s3: Any
) -> None:
    station = make_station(tmp_path / "station", settings, s3_server)
    s3_server.rgw("stop")
    try:
        r = run(station, "account", "role", "clerk", "--role", "judge", **ADMIN)
        assert r.returncode == EXIT_OK, r.stderr  # the change is made; its anchor waits
        assert "could NOT be checked against the court archive" in r.stderr, r.stderr
        queued = [p for p in outbox_folder(station).glob("*.json")
                  if not p.with_suffix(".sent").exists()]  # fmt: skip
        assert queued and queued[-1].name.startswith(f"{records(station):010d}-")
        code, doc = check(station)
        assert code == 1 and doc["state"] == "not_checked" and doc["queued"] >= 1, doc
        assert "could NOT be checked" in doc["line"] and "holds" not in doc["line"]
    finally:
        s3_server.rgw("start")
    code, doc = check(station)
    assert code == 0 and doc["state"] == "intact" and doc["queued"] == 0, doc
    assert doc["seq"] == records(station)
    names = [k.split("/")[-1] for k in anchored(s3, settings, station)]
    assert queued[-1].name in names


def test_a_replaced_station_key_is_named_and_refused(
    tmp_path: Path, s3_server: Any, settings: ArchiveSettings
) -> None:
    """A new station.key (so a new station id and no anchor under it), the whole log re-chained
    with it and the archive credentials stored again: the other id's anchors give it away."""
    station = make_station(tmp_path / "station", settings, s3_server)
    old_id = station_id(station)
    (station / "station.key").unlink()
    (station / "station.key").write_bytes(os.urandom(32))
    (station / "station.key").chmod(0o600)
    store = SecretStore(station / "secrets.json", station / "station.key")
    store.path.unlink()
    store.set_archive_credentials(s3_server.credentials)
    seq = rechain(station, "clerk", "role administrator")  # after "archive pinned" (3rd record)
    assert station_id(station) != old_id
    r = run(station, "account", "list", **ADMIN)
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    line = one_line(r)
    assert "station secret was replaced" in line and old_id in line, line
    assert seq == 3 and f"against them: the audit log was rewritten at record {seq}" in line, line
