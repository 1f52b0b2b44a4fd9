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

from app.cli import archive as cli_archive


def zhazba(*argv: str) -> tuple[int, Any]:
    parser = argparse.ArgumentParser(prog="zhazba")
    cli_archive.register(parser.add_subparsers(dest="command"))  # brings `account` along
    args = parser.parse_args([*argv, "--json"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = args.func(args)
    return code, json.loads(out.getvalue())


def zhazba_text(*argv: str) -> str:
    parser = argparse.ArgumentParser(prog="zhazba")
    cli_archive.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        args.func(args)
    return out.getvalue()


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


def test_unlock_list_and_log_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = ["--station", str(tmp_path)]
    monkeypatch.setenv("ZHAZBA_NEW_PASSWORD", "admin-pw")
    assert zhazba("account", "add", "admin", "--role", "administrator", *station)[0] == 0
    monkeypatch.setenv("ZHAZBA_PASSWORD", "admin-pw")
    monkeypatch.setenv("ZHAZBA_NEW_PASSWORD", "sec-pw")
    assert (
        zhazba("account", "add", "gulnar", "--role", "secretary", "--user", "admin", *station)[0]
        == 0
    )

    monkeypatch.setenv("ZHAZBA_PASSWORD", "not-her-password")  # someone guesses at the terminal
    for _ in range(4):
        code, doc = zhazba("account", "log", "--user", "gulnar", *station)
        assert code == 1 and doc["error"] == "wrong username or password"
    code, doc = zhazba("account", "log", "--user", "gulnar", *station)
    assert code == 1 and "locked after too many wrong passwords" in doc["error"]
    assert "zhazba account unlock gulnar" in doc["error"]

    code, doc = zhazba("account", "list", *station)
    locked = {a["username"]: a["locked_until_utc"] for a in doc["accounts"]}
    assert locked["admin"] is None and locked["gulnar"] is not None
    text = zhazba_text("account", "list", *station)
    assert "(locked until " in next(line for line in text.splitlines() if "gulnar" in line)
    assert "locked" not in next(line for line in text.splitlines() if "admin" in line)

    monkeypatch.setenv("ZHAZBA_PASSWORD", "sec-pw")  # the right password: still locked
    code, doc = zhazba("account", "unlock", "gulnar", "--user", "gulnar", *station)
    assert code == 1 and "locked" in doc["error"]
    monkeypatch.setenv("ZHAZBA_PASSWORD", "admin-pw")
    code, doc = zhazba("account", "unlock", "nobody-here", "--user", "admin", *station)
    assert code == 1 and "no account" in doc["error"]
    assert zhazba("account", "unlock", "gulnar", "--user", "admin", *station)[0] == 0
    code, doc = zhazba("account", "list", *station)
    assert all(a["locked_until_utc"] is None for a in doc["accounts"])

    code, doc = zhazba("account", "log", "--user", "admin", *station)
    assert code == 0
    assert [e["event"] for e in doc["events"]] == (
        ["failed"] * 5 + ["locked", "refused_locked", "unlocked"]
    )
    assert doc["events"][-1]["detail"].endswith("by admin")

    monkeypatch.setenv("ZHAZBA_PASSWORD", "sec-pw")  # unlocked: she signs in, but only an
    code, doc = zhazba("account", "unlock", "admin", "--user", "gulnar", *station)  # admin unlocks
    assert code == 1 and "accounts is for administrator" in doc["error"]
