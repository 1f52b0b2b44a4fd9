"""``zhazba archive`` and ``zhazba catalog`` end to end against the real Ceph RGW: an
administrator configures the archive and stores the credentials (encrypted), a package is queued
and uploaded, the status and search answer in JSON, and failures exit non-zero with the reason."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from app.accounts.roles import AccountStore
from app.catalog.store import Catalog
from app.cli import archive as cli_archive
from tests.support.archive_package import make_package

pytestmark = pytest.mark.integration


def zhazba(*argv: str) -> tuple[int, Any]:
    """Run this area's commands in-process (only its parser) with --json; the last JSON printed."""
    parser = argparse.ArgumentParser(prog="zhazba")
    cli_archive.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args([*argv, "--json"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = args.func(args)
    decoder, text, i, doc = json.JSONDecoder(), out.getvalue(), 0, None
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        doc, i = decoder.raw_decode(text, i)
    return code, doc


def test_configure_queue_run_status_search(
    tmp_path: Path, s3_server: Any, lock_bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = str(tmp_path / "station")
    hearings = tmp_path / "hearings"
    package = make_package(hearings, audio_sizes=(50_000,))
    creds = s3_server.credentials
    code, _ = zhazba(
        "archive", "configure", "--station", station, "--endpoint", s3_server.endpoint,
        "--bucket", lock_bucket, "--prefix", "court-7199", "--retention-days", "1",
    )  # fmt: skip
    assert code == 0
    # once accounts exist, only an administrator may change the credentials
    with Catalog(Path(station) / "catalog.sqlite") as catalog:
        accounts = AccountStore(catalog, scrypt_n=2**12)
        accounts.create("admin", "administrator", password="admin-pw")
        # the packages' secretary, with the test PKI's secretary certificate (#15: binding)
        from app.evidence.binding import subject_key
        from tests.support.archive_package import _pki

        accounts.create("gulnar", "secretary", password="sec-pw", display_name="Омарова Г.",
                        certificate_subject=subject_key(_pki().secretary.cert))  # fmt: skip
    # a court station has the court chain, and its record of the hearings it opened (#15)
    from app.evidence.trust import install_chain
    from tests.support.archive_package import chain_file
    from tests.support.station_record import opened_as_recorded

    install_chain(Path(station), chain_file(tmp_path / "chain.pem"), "admin")
    opened_as_recorded(Path(station), package / "data")
    monkeypatch.setenv("ZHAZBA_ARCHIVE_SECRET_KEY", creds.secret_key)
    monkeypatch.setenv("ZHAZBA_PASSWORD", "sec-pw")
    code, doc = zhazba(
        "archive", "credentials", "--station", station, "--access-key", creds.access_key,
        "--user", "gulnar",
    )  # fmt: skip
    assert code == 1 and "is for administrator" in doc["error"]
    monkeypatch.setenv("ZHAZBA_PASSWORD", "admin-pw")
    code, _ = zhazba(
        "archive", "credentials", "--station", station, "--access-key", creds.access_key,
        "--user", "admin",
    )  # fmt: skip
    assert code == 0
    for path in Path(station).rglob("*"):  # settings, secrets, catalog and its WAL, trust
        if path.is_file():
            assert creds.secret_key.encode() not in path.read_bytes(), path

    assert zhazba("catalog", "rebuild", str(hearings), "--station", station)[1]["hearings"] == 1
    code, doc = zhazba("archive", "queue", str(package), "--station", station)
    assert code == 0 and doc["state"] == "queued"
    code, doc = zhazba("archive", "run", "--once", "--station", station)
    assert code == 0 and [r["outcome"] for r in doc["results"]] == ["uploaded"], doc
    code, doc = zhazba("archive", "status", "--station", station)
    assert [i["state"] for i in doc["items"]] == ["uploaded"]
    code, doc = zhazba("catalog", "search", "--participant", "ахметов", "--station", station)
    assert [h["state"] for h in doc["hearings"]] == ["uploaded"]
    code, doc = zhazba(
        "archive", "extend", str(package), "--judgment-date", "2030-01-01", "--station", station
    )  # fmt: skip
    assert code == 0 and doc["retain_until"].startswith("2030-01-03")  # + retention 1 day + 1
    assert zhazba("archive", "verify", str(package), "--station", station) == (
        0, {"ok": True, "problems": []},
    )  # fmt: skip


def test_failures_exit_non_zero_with_the_reason(
    tmp_path: Path, s3_server: Any, lock_bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = str(tmp_path / "station")
    package = make_package(tmp_path / "hearings")
    code, doc = zhazba("archive", "queue", str(package), "--station", station)
    assert code == 1 and "zhazba archive configure" in doc["error"]
    zhazba(
        "archive", "configure", "--station", station, "--endpoint", s3_server.endpoint,
        "--bucket", lock_bucket,
    )  # fmt: skip
    assert zhazba("archive", "queue", str(package), "--station", station)[0] == 0
    code, doc = zhazba("archive", "run", "--once", "--station", station)
    assert code == 1
    assert doc["results"][0]["kind"] == "credentials"
    assert "no archive credentials are stored" in doc["results"][0]["message"]
    monkeypatch.setenv("ZHAZBA_ARCHIVE_SECRET_KEY", "wrong")
    zhazba("archive", "credentials", "--station", station, "--access-key", "NOPE0000000000000000")
    code, doc = zhazba("archive", "run", "--once", "--station", station)
    assert code == 0 and doc["results"][0]["outcome"] == "waiting"  # backing off
    code, doc = zhazba("archive", "run", "--once", "--retry-now", "--station", station)
    assert code == 1 and "refused the station's credentials" in doc["results"][0]["message"]
    code, doc = zhazba("archive", "status", "--station", station)
    [item] = doc["items"]
    assert item["state"] == "queued" and item["attempts"] == 2
