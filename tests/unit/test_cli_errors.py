"""The command line's one top-level error handler: one line, the exit code of docs/CLI.md, the
traceback in the station's command log and never on the terminal."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.cli import errors as cli_errors
from app.cli.errors import EXIT_CODES, CliError, run_guarded


def test_an_unexpected_error_is_one_line_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ZHAZBA_STATION", str(tmp_path))

    def broken() -> int:
        return {}["missing"]  # type: ignore[no-any-return]

    assert run_guarded(broken, ["record"]) == cli_errors.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "unexpected error: KeyError" in err and str(tmp_path / "logs") in err
    log = (tmp_path / "logs" / cli_errors.LOG_NAME).read_text()
    assert "Traceback" in log and "zhazba record" in log and "broken" in log
    assert (tmp_path / "logs" / cli_errors.LOG_NAME).stat().st_mode & 0o077 == 0


def test_known_failures_keep_their_code(capsys: pytest.CaptureFixture[str]) -> None:
    def refuse() -> int:
        raise CliError(6, "not signed in:\nwrong username or password")

    assert run_guarded(refuse, []) == 6
    assert capsys.readouterr().err == "zhazba: not signed in: wrong username or password\n"

    def full() -> int:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/x/file")

    assert run_guarded(full, []) == cli_errors.EXIT_FAILED
    assert "No space left on device (/media/x/file): free space" in capsys.readouterr().err

    def interrupted() -> int:
        raise KeyboardInterrupt

    assert run_guarded(interrupted, []) == cli_errors.EXIT_CANCELLED


def test_the_exit_codes_are_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "CLI.md").read_text(encoding="utf-8")
    for code in EXIT_CODES:
        assert f"| {code} |" in doc, code
