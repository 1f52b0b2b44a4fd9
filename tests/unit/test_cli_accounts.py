"""``zhazba account``: the first account must be an administrator, then only an administrator
manages accounts; the password never reaches the catalog in plain text."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from app import cli_archive


def zhazba(*argv: str) -> tuple[int, Any]:
    parser = argparse.ArgumentParser(prog="zhazba")
    cli_archive.register(parser.add_subparsers(dest="command"))  # brings `account` along
    args = parser.parse_args([*argv, "--json"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = args.func(args)
    return code, json.loads(out.getvalue())


def test_accounts_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    station = ["--station", str(tmp_path)]
    monkeypatch.setenv("ZHAZBA_NEW_PASSWORD", "admin-pw")
    code, doc = zhazba("account", "add", "gulnar", "--role", "secretary", *station)
    assert code == 1 and "must be an administrator" in doc["error"]
    assert zhazba("account", "add", "admin", "--role", "administrator", *station)[0] == 0

    monkeypatch.setenv("ZHAZBA_NEW_PASSWORD", "sec-pw")
    code, doc = zhazba("account", "add", "gulnar", "--role", "secretary", *station)
    assert code == 1 and "--user" in doc["error"]
    monkeypatch.setenv("ZHAZBA_PASSWORD", "admin-pw")
    args = ("account", "add", "gulnar", "--role", "secretary", "--name", "Омарова Г.", *station)
    assert zhazba(*args, "--user", "admin")[0] == 0

    monkeypatch.setenv("ZHAZBA_PASSWORD", "sec-pw")  # a secretary may not manage accounts
    code, doc = zhazba("account", "disable", "admin", "--user", "gulnar", *station)
    assert code == 1 and "accounts is for administrator" in doc["error"]

    code, doc = zhazba("account", "list", *station)
    assert [(a["username"], a["role"]) for a in doc["accounts"]] == [
        ("admin", "administrator"),
        ("gulnar", "secretary"),
    ]
    catalog_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("catalog.sqlite*"))  # + WAL
    assert b"gulnar" in catalog_bytes
    assert b"sec-pw" not in catalog_bytes and b"admin-pw" not in catalog_bytes
