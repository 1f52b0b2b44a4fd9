"""`zhazba anchors`: the live anchors' outbox from a terminal.

``zhazba anchors status`` lists, per hearing, how many anchors the station made and how many the
court archive has confirmed; ``zhazba anchors send`` sends the ones still queued (left by a
recorder that was stopped while the archive was away) — also done by every recording that starts.
``zhazba anchors check-audit`` compares the station's audit log with the audit anchors in the
archive (:mod:`app.anchoring.audit_anchor`; also done at every sign-in): 0 when it holds, 1 when it
was rolled back or rewritten, or could not be checked (the JSON's ``state`` tells which).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from app.cli.errors import said, say
from audio.text import QT_TRANSLATE_NOOP, msg


def register(sub: Any) -> None:
    p = sub.add_parser("anchors", help="live anchors: status of the outbox, send queued ones")
    p.add_argument("action", metavar="ACTION", choices=("status", "send", "check-audit"))
    p.add_argument("--station", type=Path, help="station folder (default $ZHAZBA_STATION)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_anchors)


def _station(args: argparse.Namespace) -> Path:
    return Path(args.station or os.environ.get("ZHAZBA_STATION") or Path.home() / ".zhazba")


def cmd_anchors(args: argparse.Namespace) -> int:
    from app.anchoring.wiring import outbox_for

    station = _station(args)
    if args.action == "check-audit":
        return _check_audit(station, args.json)
    outbox = outbox_for(station)
    problem = ""
    if args.action == "send" and outbox.pending():
        problem = _send(station)
    status = {
        folder.name: {
            "made": len(outbox.anchors(folder.name)),
            "queued": len(outbox.pending(folder.name)),
        }
        for folder in sorted(outbox.root.glob("*"))
        if folder.is_dir()
    }
    if args.json:
        print(json.dumps({"hearings": status, "problem": problem}, ensure_ascii=False))
    else:
        for name, s in status.items():
            line = QT_TRANSLATE_NOOP("Cli", "{hearing}: {made} anchors, {queued} queued")
            print(said(msg("Cli", line, hearing=name, made=s["made"], queued=s["queued"])))
        if not status:
            print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "no anchors on this station"))))
    if problem:
        say(msg("Cli", QT_TRANSLATE_NOOP("Cli", "anchors not sent: {problem}"), problem=problem))
        return 1
    return 0


def _send(station: Path) -> str:
    from app.accounts.secrets import SecretStore
    from app.anchoring.anchors import AnchorSettings
    from app.anchoring.upload import AnchorSender
    from app.anchoring.wiring import outbox_for
    from app.archive.s3 import make_client
    from app.archive.settings import SettingsDamaged, SettingsError, load_archive_settings

    try:
        settings = load_archive_settings(station / "settings.json")
        settings.validate()
    except SettingsDamaged:
        raise  # the command stops (code 7), naming the file
    except SettingsError as e:
        return str(e)
    credentials = SecretStore(
        station / "secrets.json", station / "station.key"
    ).archive_credentials()
    if credentials is None:
        return "no archive credentials are stored on this station"
    sender = AnchorSender(
        outbox_for(station), settings, lambda: make_client(settings, credentials),
        tsa_url=AnchorSettings.load(station / "settings.json").tsa_url
        or os.environ.get("ZHAZBA_TSA_URL")
        or None,
    )  # fmt: skip
    sender.send_pending()
    return sender.last_problem


def _check_audit(station: Path, as_json: bool) -> int:
    import sqlite3

    from app.anchoring.audit_anchor import check_audit
    from app.catalog.store import Catalog, CatalogError
    from app.cli.errors import EXIT_STATION_FILES, say
    from app.cli.said_lines import audit_line, catalog_unreadable
    from audio.text import QT_TRANSLATE_NOOP, msg

    path = station / "catalog.sqlite"
    if not path.exists():
        say(msg("Cli", QT_TRANSLATE_NOOP("Cli", "there is no station catalog at {path}"),
                path=str(path)))  # fmt: skip
        return 2
    try:
        with Catalog(path) as catalog:
            check = check_audit(catalog)
    except (CatalogError, sqlite3.DatabaseError) as e:
        say(catalog_unreadable(path, e))
        return EXIT_STATION_FILES
    line = audit_line(check, station)
    if as_json:
        doc = {"state": check.state, "line": line, "seq": check.seq,
               "anchored_utc": check.anchored_utc, "anchors": check.anchors,
               "records": check.local, "queued": check.queued, "catalog": str(path)}  # fmt: skip
        print(json.dumps(doc, ensure_ascii=False))
    else:
        print(line)
    return 0 if check.state == "intact" else 1
