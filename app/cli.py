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

# Modules that add subcommands; each has register(subparsers) and sets args.func.
COMMAND_MODULES = (
    "app.cli_record",
    "app.cli_signing",
    "app.cli_documents",
    "app.cli_export",
    "app.cli_selfcheck",
    "app.cli_archive",
    "app.cli_accounts",
    "app.cli_station",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhazba", description="Zhazba courtroom recording station"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue  # that area is not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        if argv is None and len(sys.argv) == 1 or argv is not None and not list(argv):
            gui_args = parser.parse_args(["gui"])
            return int(gui_args.func(gui_args))
        parser.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
