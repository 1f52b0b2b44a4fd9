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

from app.cli.errors import EXIT_INTERNAL, CliError, run_guarded
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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only the module of ``command`` when it is known."""
    parser = argparse.ArgumentParser(
        prog="zhazba", description="Zhazba courtroom recording station"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
    return int(func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
