"""`zhazba trust`: the court's CA chain on this station (installed by the administrator).

``zhazba trust install CHAIN.pem`` stores the chain in ``<station>/trust/court-ca.pem``
(:mod:`app.evidence.trust`); ``zhazba trust show`` lists what is installed. Once installed, keys
that do not lead to it may not seal, and every check before a copy or an upload requires the
package's signer to lead to it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.errors import EXIT_USAGE
from app.evidence.trust import describe, install_chain, installed_chain


def _folder(args: argparse.Namespace) -> Path:
    from app.station_folder import default_folder

    return Path(args.station) if args.station else default_folder()


def register(sub: Any) -> None:
    p = sub.add_parser("trust", help="the court's certificate chain trusted on this station")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    common.add_argument("--json", action="store_true", help="print the result as JSON")
    i = tsub.add_parser("install", parents=[common], help="install the court's CA chain (PEM)")
    i.add_argument("chain", type=Path, help="PEM file with the root and intermediate CAs")
    i.set_defaults(func=cmd_install)
    s = tsub.add_parser("show", parents=[common], help="show the installed chain")
    s.set_defaults(func=cmd_show)


def _emit(args: argparse.Namespace, doc: dict[str, Any], text: str) -> None:
    print(json.dumps(doc, ensure_ascii=False) if args.json else text)


def cmd_install(args: argparse.Namespace) -> int:
    try:
        lines = install_chain(_folder(args), args.chain)
    except (OSError, ValueError) as e:  # the file given is not a usable chain: bad input
        print(f"zhazba trust: not installed: {e}", file=sys.stderr)
        return EXIT_USAGE
    path = installed_chain(_folder(args))
    _emit(
        args,
        {"installed": str(path), "certificates": lines},
        f"installed {path}:\n" + "\n".join(f"  {line}" for line in lines),
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    path = installed_chain(_folder(args))
    if path is None:
        _emit(
            args,
            {"installed": None, "certificates": []},
            "no court certificate chain is installed on this station: who signed cannot be "
            "confirmed. Install it with `zhazba trust install CHAIN.pem`.",
        )
        return 1
    lines = describe(path)
    _emit(args, {"installed": str(path), "certificates": lines}, "\n".join([str(path), *lines]))
    return 0
