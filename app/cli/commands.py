"""The `zhazba` command: the station's work, scriptable, for technicians, tests and benchmarks.

Each area of the station contributes its subcommands from its own module through a
``register(subparsers)`` function; every command prints plain words, takes ``--json`` where a
machine reads it, and returns a non-zero exit code on failure. With no subcommand the station's
window opens (or, with no screen and no Qt, a headless demo recording runs).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from app.cli.errors import EXIT_INTERNAL, CliError, OneLineParser, run_guarded
from app.cli.signin import add_sign_in_options, require_command_sign_in, take_env_secrets

# Modules that add subcommands; each has register(subparsers) and sets args.func.
COMMAND_MODULES = (
    "app.cli.record",
    "app.cli.signing",
    "app.cli.documents",
    "app.cli.export",
    "app.cli.selfcheck",
    "app.cli.archive",
    "app.cli.accounts",
    "app.cli.station",
    "app.cli.trust",
    "app.cli.anchors",
    "app.cli.turns",
)


# Which module provides each command, so that running one command imports only its area
# (signing, archive and documents pull in pyHanko, boto3 and Qt: seconds of start-up).
COMMAND_HOME = {
    "devices": "app.cli.record",
    "record": "app.cli.record",
    "recover": "app.cli.record",
    "seal": "app.cli.signing",
    "verify": "app.cli.signing",
    "protocol": "app.cli.documents",
    "document": "app.cli.documents",
    "time-zone": "app.cli.documents",
    "not-recorded": "app.cli.documents",
    "listening": "app.cli.documents",
    "format-medium": "app.cli.documents",
    "judge-informed": "app.cli.documents",
    "export": "app.cli.export",
    "media": "app.cli.export",
    "copies": "app.cli.export",
    "selfcheck": "app.cli.selfcheck",
    "archive": "app.cli.archive",
    "catalog": "app.cli.archive",
    "account": "app.cli.accounts",
    "demo": "app.cli.station",
    "gui": "app.cli.station",
    "about": "app.cli.station",
    "trust": "app.cli.trust",
    "anchors": "app.cli.anchors",
    "turns": "app.cli.turns",
}


# One line per command for `zhazba --help`, so that the help loads none of the command modules
# (they pull in pyHanko, boto3, numpy and Qt: seconds of start-up). tests/unit/test_cli.py checks
# that it says what each module registers.
COMMAND_HELP = {
    "devices": "list audio input and output devices",
    "record": "record a hearing headless",
    "recover": "close hearings left unfinished by a crash",
    "seal": "seal and sign a finished hearing",
    "verify": "verify a sealed package or a hearing folder",
    "protocol": "write the brief protocol of a hearing",
    "document": "write a hearing document (protocol, act, incident, application, envelope)",
    "not-recorded": "register a hearing held without audio recording, with its ground (Rules p. 3)",
    "listening": "register listening sessions in court (Rules p. 28, 35)",
    "format-medium": "format the medium for a copy: FAT32 or exFAT, labelled with the case (p. 33)",
    "judge-informed": "journal that the judge was told of the technical failure (Rules p. 9)",
    "time-zone": "show or set the court's time zone (folder names, documents, window)",
    "export": "write a verified copy of a sealed hearing to a medium",
    "media": "list removable media",
    "copies": "the copy register (applications for copies)",
    "selfcheck": "run the equipment self-check",
    "archive": "upload sealed packages to the court archive",
    "catalog": "the station catalog of hearings",
    "account": "local sign-in accounts (administrator)",
    "demo": "record a short demo hearing from the simulated microphone",
    "gui": "open the station's window (the default with a screen)",
    "about": "version and the native libraries in use",
    "trust": "the court's certificate chain trusted on this station",
    "anchors": "live anchors: status of the outbox, send queued ones",
    "turns": "print who spoke when, detected from a recorded hearing's microphones",
}


def _top_parser() -> tuple[argparse.ArgumentParser, Any]:
    # a bad option is one line and code 2, never the usage block (app/cli/errors.py)
    parser = OneLineParser(prog="zhazba", description="Zhazba courtroom recording station")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def help_parser() -> argparse.ArgumentParser:
    """The parser `zhazba --help` prints: every command and its line, no module loaded."""
    parser, sub = _top_parser()
    for name, text in COMMAND_HELP.items():
        sub.add_parser(name, help=text)
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only the module of ``command`` when it is known."""
    parser, sub = _top_parser()
    home = COMMAND_HOME.get(command or "")
    for name in (home,) if home else COMMAND_MODULES:
        # Fail closed: a command module that cannot be imported stops the command (never a
        # command silently missing, and never sign-in skipped because its module is broken).
        try:
            module = importlib.import_module(name)
        except ImportError as e:
            raise CliError(
                EXIT_INTERNAL,
                f"this installation is incomplete: {name} cannot be loaded ({e}); "
                "reinstall the station (scripts/station.sh)",
            ) from e
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure ends as one line and an exit code (docs/CLI.md)."""
    words = list(sys.argv[1:] if argv is None else argv)
    return run_guarded(lambda: _run(words), words)


def _run(words: list[str]) -> int:
    first = next((w for w in words if not w.startswith("-")), None)
    if first is None and words and set(words) <= {"-h", "--help"}:
        help_parser().print_help()
        return 0
    # Passwords given in the environment are read once and gone from it for the whole run (the
    # window reads and removes its own: ui/main.py).
    secrets = {} if first in (None, "gui") else take_env_secrets()
    parser = build_parser(first)
    add_sign_in_options(parser)
    if first == "gui":  # the window's options go to the window as they are
        at = words.index("gui")
        args = parser.parse_args([*words[:at], "gui"])
        args.options = words[at + 1 :]
    else:
        args = parser.parse_args(words)
    args.env_secrets = secrets
    func = getattr(args, "func", None)
    if func is None:
        if not words:
            parser = build_parser("gui")
            gui_args = parser.parse_args(["gui"])
            return int(gui_args.func(gui_args))
        parser.print_help()
        return 2
    require_command_sign_in(args)
    code = int(func(args) or 0)
    if code == 0:
        from app.cli.hearing_station import mark_hearings

        mark_hearings(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
