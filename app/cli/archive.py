"""``zhazba archive …`` and ``zhazba catalog …``: the upload queue and the station catalog.

The station's own files live in one folder (``--station``, default ``$ZHAZBA_STATION`` or
``~/.zhazba``): ``catalog.sqlite``, ``settings.json`` (its ``"archive"`` section),
``secrets.json`` with the encrypted archive credentials and ``station.key``, the 0600 station
secret that encrypts them. Changing the archive settings or credentials is for an administrator:
once accounts exist, ``--user`` must name one (password from ``ZHAZBA_PASSWORD`` or the terminal).
The ``zhazba account`` commands (:mod:`app.cli.accounts`) are registered from here too.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import os
import time
from pathlib import Path
from typing import Any

from app.accounts.roles import AccountError, AccountStore, Action
from app.accounts.secrets import SecretsError
from app.archive.readback import read_back_and_verify
from app.archive.s3 import ArchiveError
from app.archive.settings import (
    ArchiveCredentials,
    ArchiveSettings,
    SettingsDamaged,
    SettingsError,
    archive_section,
    save_archive_settings,
)
from app.archive.upload import RunReport
from app.catalog.store import STATES, CatalogError
from app.cli import accounts as cli_accounts
from app.cli.accounts import require_sign_in
from app.cli.errors import EXIT_STATION_FILES, EXIT_USAGE, cli_language, one_line, reason_of, said
from app.cli.said_lines import code_word
from app.hearing.simulated import MARK, is_simulated
from app.station import Station
from audio.text import QT_TRANSLATE_NOOP, msg

# the states and outcomes the archive commands show: the code in English (for scripts), a word in
# Kazakh or Russian
_WORDS = {
    "pending": QT_TRANSLATE_NOOP("Cli", "pending"),
    "queued": QT_TRANSLATE_NOOP("Cli", "queued"),
    "uploaded": QT_TRANSLATE_NOOP("Cli", "uploaded"),
    "local_deleted": QT_TRANSLATE_NOOP("Cli", "uploaded, local copy deleted"),
    "failed": QT_TRANSLATE_NOOP("Cli", "failed"),
    "verify_failed": QT_TRANSLATE_NOOP("Cli", "did not verify"),
    "waiting": QT_TRANSLATE_NOOP("Cli", "waiting"),
    "recording": QT_TRANSLATE_NOOP("Cli", "recording"),
    "ended": QT_TRANSLATE_NOOP("Cli", "ended"),
    "sealed": QT_TRANSLATE_NOOP("Cli", "sealed"),
    "exported": QT_TRANSLATE_NOOP("Cli", "copied to a medium"),
}


def _word(code: str) -> str:
    return code_word(_WORDS, code)


def _out(args: argparse.Namespace, doc: dict[str, Any], text: str) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2) if args.json else text)


def _fail(args: argparse.Namespace, message: str, kind: str = "error") -> int:
    if args.json:
        print(json.dumps({"ok": False, "kind": kind, "error": message}, ensure_ascii=False))
    else:
        error = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "error")))
        print(f"{error}: {one_line(_said(message))}")
    return 1


def _said(message: str) -> str:
    """A message of the archive (a :class:`audio.text.Msg`) in the user's language."""
    from app.translations import translate

    return translate(message, cli_language())


# ---------------------------------------------------------------------- archive handlers
def _queue(args: argparse.Namespace) -> int:
    if is_simulated(Path(args.package)):
        return _fail(args, msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{package} was recorded from a simulated source ({mark}); it is never sent to "
            "the court archive"), package=args.package, mark=MARK), "simulated")  # fmt: skip
    station = Station(args.station)
    with station.catalog() as catalog:
        item = station.archiver(catalog).queue_package(args.package)
    queued = QT_TRANSLATE_NOOP("Cli", "queued {package} (#{id})")
    _out(args, {"ok": True, **dataclasses.asdict(item)},
         said(msg("Cli", queued, package=item.package, id=item.id)))  # fmt: skip
    return 0


def _report_text(report: RunReport) -> str:
    if not report.window_open:
        outside = QT_TRANSLATE_NOOP("Cli", "outside the upload window; it opens at {start}")
        return said(msg("Cli", outside, start=report.next_window_start))
    lines = [f"{_word(r.outcome)}: {r.package}" + (f" — {_said(r.message)}" if r.message else "")
             for r in report.results]  # fmt: skip
    deleted = QT_TRANSLATE_NOOP("Cli", "local copy deleted: {package}")
    lines += [said(msg("Cli", deleted, package=d)) for d in report.deleted]
    return "\n".join(lines) or said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "nothing to upload")))


def _run(args: argparse.Namespace) -> int:
    station = Station(args.station)
    with station.catalog() as catalog:
        archiver = station.archiver(catalog)
        while True:
            report = archiver.run_once(ignore_window=args.ignore_window, retry_now=args.retry_now)
            doc = {"ok": report.ok, **dataclasses.asdict(report)}
            _out(args, doc, _report_text(report))
            if args.once:
                return 0 if report.ok else 1
            time.sleep(archiver.seconds_until_next_work(60.0))


def _status(args: argparse.Namespace) -> int:
    station = Station(args.station)
    with station.catalog() as catalog:
        archiver = station.archiver(catalog)
        items = archiver.queue.items()
        window = archiver.settings.describe_window()
    doc = {"ok": True, "window": window, "items": [dataclasses.asdict(i) for i in items]}
    lines = [said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "upload window: {window}"), window=window))]
    for i in items:
        line = f"#{i.id} {_word(i.state):<13} {i.package}"
        if i.state == "queued" and i.last_error:
            last = QT_TRANSLATE_NOOP("Cli", "last error (attempt {n}): {error}")
            line += "\n    " + said(msg("Cli", last, n=i.attempts, error=_said(i.last_error)))
        lines.append(line)
    if not items:
        lines.append(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "the upload queue is empty"))))
    _out(args, doc, "\n".join(lines))
    return 0


def _verify(args: argparse.Namespace) -> int:
    station = Station(args.station)
    with station.catalog() as catalog:
        archiver = station.archiver(catalog)
        item = archiver.queue.find(Path(args.package).resolve())
        if item is None:
            not_queued = QT_TRANSLATE_NOOP("Cli", "{package} is not in the upload queue")
            return _fail(args, msg("Cli", not_queued, package=args.package), "not_queued")
        problems = archiver.verify(item)
        if not problems:  # every object as uploaded: now read it back and verify it in full
            try:
                read_back_and_verify(
                    archiver.client, archiver.settings.bucket, archiver.queue.objects(item.id),
                    Path(item.package), archiver.ca_file, archiver.registry,
                )  # fmt: skip
            except ArchiveError as e:
                problems = [e.message]
    doc = {"ok": not problems, "problems": problems}
    holds = QT_TRANSLATE_NOOP(
        "Cli", "the archive copy matches and, read back, verifies in full (signature, manifests, "
        "journal, audio)")  # fmt: skip
    text = said(msg("Cli", holds)) if not problems else "\n".join(_said(p) for p in problems)
    _out(args, doc, text)
    return 0 if not problems else 1


def _extend(args: argparse.Namespace) -> int:
    station = Station(args.station)
    with station.catalog() as catalog:
        archiver = station.archiver(catalog)
        item = archiver.queue.find(Path(args.package).resolve())
        if item is None or item.state == "queued":
            not_uploaded = QT_TRANSLATE_NOOP("Cli", "{package} has not been uploaded")
            return _fail(args, msg("Cli", not_uploaded, package=args.package), "not_uploaded")
        try:
            judged = dt.date.fromisoformat(args.judgment_date)
        except ValueError:
            not_a_date = QT_TRANSLATE_NOOP("Cli", "{value} is not a date (YYYY-MM-DD)")
            return _fail(args, msg("Cli", not_a_date, value=repr(args.judgment_date)), "usage")
        until = archiver.extend_retention(item, judged)
    locked = said(
        msg("Cli", QT_TRANSLATE_NOOP("Cli", "locked until {date}"), date=f"{until:%Y-%m-%d}")
    )
    _out(args, {"ok": True, "retain_until": until.isoformat()}, locked)
    return 0


def _configure(args: argparse.Namespace) -> int:
    station = Station(args.station)
    station.folder.mkdir(parents=True, exist_ok=True)
    with station.catalog() as catalog:
        require_sign_in(args, AccountStore(catalog), Action.SETTINGS)
    section = archive_section(station.settings_path)  # damaged: refused (fail closed)
    settings = ArchiveSettings.from_dict(section) if section is not None else ArchiveSettings()
    names = ("endpoint", "bucket", "prefix", "region", "ca_bundle", "window_start", "window_end",
             "retention_days", "retention_days_unknown_judgment", "local_retention_days",
             "upload_threads")  # fmt: skip
    for name in names:
        if getattr(args, name) is not None:
            setattr(settings, name, getattr(args, name))
    if args.no_window:
        settings.window_start = settings.window_end = None
    if args.keep_local:
        settings.local_retention_days = None
    settings.validate()
    save_archive_settings(station.settings_path, settings)
    with station.catalog() as catalog:  # a pinned station is pinned here now, audited
        from app.anchoring.archive_pin import repin

        repin(station.folder, catalog, getattr(args, "user", None) or "")
    _out(
        args,
        {"ok": True, **settings.to_dict()},
        said(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "archive settings saved to {path}"),
                path=station.settings_path,
            )
        ),  # fmt: skip
    )
    return 0


def _credentials(args: argparse.Namespace) -> int:
    station = Station(args.station)
    station.folder.mkdir(parents=True, exist_ok=True)
    with station.catalog() as catalog:
        require_sign_in(args, AccountStore(catalog), Action.ARCHIVE_CREDENTIALS)
    secret = os.environ.get("ZHAZBA_ARCHIVE_SECRET_KEY") or getpass.getpass(
        said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "Archive secret key: ")))
    )
    station.secrets.set_archive_credentials(ArchiveCredentials(args.access_key, secret))
    stored = QT_TRANSLATE_NOOP("Cli", "archive credentials stored (encrypted)")
    _out(args, {"ok": True}, said(msg("Cli", stored)))
    return 0


# ---------------------------------------------------------------------- catalog handlers
def _rebuild(args: argparse.Namespace) -> int:
    if not Path(args.root).is_dir():
        _fail(args, msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{root} is not a folder; give the folder that holds the hearings (the catalog "
            "was not changed)"), root=args.root), "usage")  # fmt: skip
        return EXIT_USAGE
    station = Station(args.station)
    with station.catalog() as catalog:
        report = catalog.rebuild_from_folders(args.root)
    doc = {"ok": True, "hearings": report.hearings, "problems": report.problems,
           "archived_kept": report.archived_kept}  # fmt: skip
    rebuilt = QT_TRANSLATE_NOOP("Cli", "catalog rebuilt: {n} hearings")
    kept = QT_TRANSLATE_NOOP(
        "Cli",
        "catalog rebuilt: {n} hearings (and {kept} archived hearings with no local copy, kept)",
    )
    text = said(msg("Cli", kept if report.archived_kept else rebuilt, n=report.hearings,
                    kept=report.archived_kept))  # fmt: skip
    problem = QT_TRANSLATE_NOOP("Cli", "problem: {problem}")
    text += "".join("\n  " + said(msg("Cli", problem, problem=_said(p))) for p in report.problems)
    _out(args, doc, text)
    return 0


def _search(args: argparse.Namespace) -> int:
    station = Station(args.station)
    with station.catalog() as catalog:
        found = catalog.search(
            case_number=args.case, date=args.date, date_from=args.date_from,
            date_to=args.date_to, participant=args.participant, state=args.state,
        )  # fmt: skip
    doc = {"ok": True, "hearings": [dataclasses.asdict(h) for h in found]}
    lines = [
        f"{h.date}  {h.case_number:<22} {h.courtroom:<6} {_word(h.state):<9} {h.folder}"
        for h in found
    ]
    none = QT_TRANSLATE_NOOP("Cli", "no hearing found")
    _out(args, doc, "\n".join(lines) or said(msg("Cli", none)))
    return 0


def _guarded(handler: Any) -> Any:
    """Turn the expected failures into a plain message and exit code 1."""

    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args))
        except ArchiveError as e:
            return _fail(args, e.message, e.kind)
        except (SettingsDamaged, SecretsError) as e:  # a damaged station file: fail closed
            _fail(args, reason_of(e), type(e).__name__)
            return EXIT_STATION_FILES
        except (SettingsError, CatalogError, AccountError) as e:
            return _fail(args, reason_of(e), type(e).__name__)

    return run


def register(subparsers: Any) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    _register_archive(subparsers, common)
    _register_catalog(subparsers, common)
    # app/cli/commands.py does not list app.cli.accounts yet; the accounts commands come in
    # from here
    cli_accounts.register(subparsers)


def _register_archive(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """`zhazba archive queue|run|status|verify|extend|configure|credentials`."""
    archive = subparsers.add_parser("archive", help="upload sealed packages to the court archive")
    sub = archive.add_subparsers(dest="archive_command", metavar="ACTION", required=True)
    p = sub.add_parser("queue", parents=[common], help="queue a sealed package for upload")
    p.add_argument("package")
    p.set_defaults(func=_guarded(_queue))
    p = sub.add_parser("run", parents=[common], help="upload what is queued")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.add_argument("--ignore-window", action="store_true", help="upload outside the daily window")
    p.add_argument("--retry-now", action="store_true", help="do not wait for the retry back-off")
    p.set_defaults(func=_guarded(_run))
    p = sub.add_parser("status", parents=[common], help="show the upload queue")
    p.set_defaults(func=_guarded(_status))
    p = sub.add_parser("verify", parents=[common], help="check an uploaded package in the archive")
    p.add_argument("package")
    p.set_defaults(func=_guarded(_verify))
    p = sub.add_parser(
        "extend", parents=[common], help="lock an uploaded package until judgment + retention"
    )
    p.add_argument("package")
    p.add_argument("--judgment-date", required=True, help="when the judgment took effect")
    p.set_defaults(func=_guarded(_extend))
    p = sub.add_parser("configure", parents=[common], help="set the archive (administrator)")
    for name in ("endpoint", "bucket", "prefix", "region", "ca-bundle"):
        p.add_argument(f"--{name}")
    p.add_argument("--window-start", help="daily upload window start, HH:MM station time")
    p.add_argument("--window-end", help="daily upload window end, HH:MM")
    p.add_argument("--no-window", action="store_true", help="upload at any time")
    p.add_argument("--retention-days", type=int, help="lock after the judgment (365)")
    p.add_argument(
        "--retention-days-unknown-judgment", type=int, help="lock from upload when unknown (730)"
    )
    p.add_argument("--local-retention-days", type=float, help="keep local copies (30)")
    p.add_argument("--keep-local", action="store_true", help="never delete local copies")
    p.add_argument("--upload-threads", type=int)
    p.add_argument("--user", help="administrator's username")
    p.set_defaults(func=_guarded(_configure))
    p = sub.add_parser(
        "credentials", parents=[common], help="store the archive access key (administrator)"
    )
    p.add_argument("--access-key", required=True)
    p.add_argument("--user", help="administrator's username")
    p.set_defaults(func=_guarded(_credentials))


def _register_catalog(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """`zhazba catalog rebuild|search`."""
    catalog = subparsers.add_parser("catalog", help="the station catalog of hearings")
    sub = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    p = sub.add_parser("rebuild", parents=[common], help="rebuild from the hearing folders")
    p.add_argument("root")
    p.set_defaults(func=_guarded(_rebuild))
    p = sub.add_parser("search", parents=[common], help="find hearings")
    p.add_argument("--case", help="case number or a part of it")
    p.add_argument("--date", help="YYYY-MM-DD")
    p.add_argument("--from", dest="date_from", help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="YYYY-MM-DD")
    p.add_argument("--participant", help="a participant's name or a part of it")
    p.add_argument("--state", choices=STATES)
    p.set_defaults(func=_guarded(_search))
