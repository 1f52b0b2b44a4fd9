"""`zhazba protocol` and `zhazba document`: the hearing documents from the command line.

``zhazba protocol DIR --lang kk|ru --format pdf|docx [--out FILE]`` writes the brief protocol;
``zhazba document KIND DIR …`` writes any document (protocol, act, incident, application,
envelope). By default files go to ``DIR/protocol/<kind>-<lang>.<format>`` (``<hearing>.documents/``
once the hearing is sealed: a sealed hearing is never written into). A document the Rules do
not call for (a protocol of a cassation hearing, an act when nothing failed, a copy form for a
closed hearing) is refused with the reason and exit code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_errors import describe_os_error
from app.documents import FORMATS, KINDS, LANGUAGES, DocumentError, make_document


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", metavar="DIR", help="the hearing folder, or its sealed package")
    p.add_argument("--lang", choices=LANGUAGES, default="kk", help="document language (kk, ru)")
    p.add_argument("--format", choices=FORMATS, default="pdf", dest="fmt", help="pdf or docx")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="where to write (default: DIR/protocol/, or <hearing>.documents/ once sealed)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "protocol",
        help="write the brief protocol of a hearing",
        description="Write the brief protocol of a hearing (Rules p. 12-13).",
    )
    _common(p)
    p.set_defaults(func=lambda args: _run("protocol", args), kind="protocol")

    d = subparsers.add_parser(
        "document",
        help="write a hearing document (protocol, act, incident, application, envelope)",
        description=(
            "Write a hearing document: protocol (brief protocol, p. 12-13), act (act of "
            "technical failure, p. 17-18), incident (report to the court administrator, p. 9), "
            "application (copy application form, Appendix 1 or 2), envelope (label for the "
            "medium's envelope, DL 220x110 mm, p. 15)."
        ),
    )
    d.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    _common(d)
    d.add_argument("--applicant", default="", help="applicant's name for the application form")
    d.set_defaults(func=lambda args: _run(args.kind, args))


def _run(kind: str, args: argparse.Namespace) -> int:
    if (Path(args.dir) / "bagit.txt").exists():  # a sealed package: only when it verifies
        from app.station import default_folder
        from app.verify_binding import station_registry
        from app.verify_gate import PackageRefused, require_verified
        from app.verify_trust import installed_chain

        try:
            station = default_folder()
            require_verified(
                args.dir,
                "used for documents",
                installed_chain(station),
                station_registry(station / "catalog.sqlite"),
            )
        except PackageRefused as e:
            print(f"zhazba {args.command}: {e}", file=sys.stderr)
            return 1
    try:
        path = make_document(
            kind, args.dir, args.lang, args.fmt, args.out, applicant=getattr(args, "applicant", "")
        )
    except (DocumentError, OSError) as e:
        message = describe_os_error(e) if isinstance(e, OSError) else str(e)
        if args.json:
            print(json.dumps({"document": kind, "error": message}, ensure_ascii=False))
        print(f"zhazba {args.command}: {message}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"document": kind, "path": str(path)}, ensure_ascii=False))
    else:
        print(f"wrote {path}")
    return 0
