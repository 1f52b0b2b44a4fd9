"""The command line: every command is found by its home module alone (lazy start-up)."""

from __future__ import annotations

import subprocess
import sys

from app.cli.commands import COMMAND_HELP, COMMAND_HOME, build_parser, help_parser


def _commands(parser) -> set[str]:  # type: ignore[no-untyped-def]
    return set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001


def test_every_command_has_a_home_that_registers_it() -> None:
    everything = _commands(build_parser())
    assert everything == set(COMMAND_HOME)
    for command in everything:
        assert command in _commands(build_parser(command)), command


def test_the_quick_help_says_what_every_module_registers() -> None:
    """`zhazba --help` loads no command module, so its lines are kept apart: they must agree."""
    import argparse

    def lines(parser: argparse.ArgumentParser) -> dict[str, str | None]:
        sub = parser._subparsers._group_actions[0]  # noqa: SLF001
        return {a.dest: a.help for a in sub._choices_actions}  # noqa: SLF001

    assert lines(help_parser()) == lines(build_parser()) == COMMAND_HELP
    assert help_parser().format_help() == build_parser().format_help()


def test_help_loads_no_command_module() -> None:
    code = (
        "import sys, contextlib, io; from app.cli.commands import main;"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out): rc = main(['--help'])\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('app.', 'audio', 'signing', 'ui'))"
        " and m not in ('app.cli.commands', 'app.cli.errors', 'app.cli.signin', 'app.cli'));"
        "heavy = [m for m in ('pyhanko', 'boto3', 'PySide6', 'numpy') if m in sys.modules];"
        "print(rc, 'verify' in out.getvalue(), bad, heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 True [] []"


def test_recording_commands_do_not_load_signing_archive_or_qt() -> None:
    code = (
        "import sys; from app.cli.commands import build_parser; build_parser('record');"
        "bad = [m for m in ('pyhanko', 'boto3', 'PySide6') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_recover_on_a_full_drive_says_to_free_space(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Wherever the drive fills up during recovery, the message says what to do."""
    import errno

    import app.cli.record as cli_record
    from app.cli.commands import main
    from signing.journal import JournalError

    folder = tmp_path / "h"
    folder.mkdir()
    (folder / "hearing.json").write_text('{"finished": false}')
    for failure in (
        OSError(errno.ENOSPC, "No space left on device"),
        JournalError("cannot write to the journal"),
    ):
        if isinstance(failure, JournalError):
            failure.__cause__ = OSError(errno.ENOSPC, "No space left on device")

        def fail(_folder, _failure=failure):  # type: ignore[no-untyped-def]
            raise _failure

        monkeypatch.setattr(cli_record, "recover_hearing", fail)
        assert main(["recover", str(tmp_path)]) == 1
        err = capsys.readouterr().err
        assert "the drive is full" in err and "Free space" in err, err
