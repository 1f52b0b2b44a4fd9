"""`zhazba copies …` and `zhazba media` from the command line, catalog in a temp folder."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from app.cli.commands import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


def test_copies_add_list_issue_receipt(tmp_path: Path) -> None:
    st = ["--station", str(tmp_path)]
    code, out = run(
        "copies",
        "add",
        *st,
        "--applicant",
        "Иванов И.",
        "--role",
        "plaintiff",
        "--case",
        "2-1234",
        "--category",
        "civil",
        "--received",
        "2026-11-20",
    )
    assert code == 0 and "due by 2026-11-27" in out
    code, out = run(
        "copies",
        "add",
        *st,
        "--applicant",
        "Петров П.",
        "--case",
        "1-9",
        "--category",
        "criminal",
        "--received",
        "2026-11-01",
        "--json",
    )
    assert code == 0 and json.loads(out)["application"]["deadline"] == "2026-11-06"
    code, out = run("copies", "list", *st, "--today", "2026-11-22")
    lines = out.splitlines()
    assert lines[0].startswith("OVERDUE #2 Петров П.") and "due 2026-11-27 (5 d)" in lines[1]
    code, out = run("copies", "list", *st, "--today", "2026-11-22", "--overdue", "--json")
    assert [a["id"] for a in json.loads(out)["applications"]] == [2]
    assert run("copies", "receipt", *st, "2", "--text", "received")[0] == 1  # not issued yet
    assert run("copies", "issue", *st, "2", "--what", "audio copy", "--medium", "STICK")[0] == 0
    assert run("copies", "receipt", *st, "2", "--text", "received, Петров П.")[0] == 0
    code, out = run("copies", "list", *st, "--today", "2026-11-22", "--json")
    apps = {a["id"]: a for a in json.loads(out)["applications"]}
    assert apps[2]["status"] == "received" and not apps[2]["overdue"]


def test_copies_add_refuses_a_closed_hearing_package(tmp_path: Path) -> None:
    pkg = tmp_path / "x.sealed"
    pkg.mkdir()
    (pkg / "bag-info.txt").write_text(
        "Case-Number: 2-77\nCase-Category: civil\nHearing-Id: h1\nClosed-Hearing: yes\n"
    )
    code, out = run(
        "copies",
        "add",
        "--station",
        str(tmp_path / "st"),
        "--applicant",
        "X",
        "--package",
        str(pkg),
    )
    assert code == 1 and "p. 32" in out


def test_media_lists_without_failing() -> None:
    code, out = run("media", "--json")
    assert code == 0 and isinstance(json.loads(out)["media"], list)


def test_export_of_a_non_package_fails_plainly(tmp_path: Path) -> None:
    code, out = run(
        "export", str(tmp_path), "--to", str(tmp_path), "--station", str(tmp_path / "st"), "--json"
    )
    assert code == 1 and "not a sealed package" in json.loads(out)["error"]
