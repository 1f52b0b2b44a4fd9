"""The command line: every command is found by its home module alone (lazy start-up)."""

from __future__ import annotations

import subprocess
import sys

from app.cli import COMMAND_HOME, build_parser


def _commands(parser) -> set[str]:  # type: ignore[no-untyped-def]
    return set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001


def test_every_command_has_a_home_that_registers_it() -> None:
    everything = _commands(build_parser())
    assert everything == set(COMMAND_HOME)
    for command in everything:
        assert command in _commands(build_parser(command)), command


def test_recording_commands_do_not_load_signing_archive_or_qt() -> None:
    code = (
        "import sys; from app.cli import build_parser; build_parser('record');"
        "bad = [m for m in ('pyhanko', 'boto3', 'PySide6') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
