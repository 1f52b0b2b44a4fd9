"""``zhazba export``, ``zhazba media`` and ``zhazba copies …``: copies to media and the register.

``zhazba export PACKAGE --to MOUNTPOINT`` writes the case-file copy (the sealed package) and
verifies it on the medium; ``--participant-copy`` writes a participant's copy instead. A medium
that is not empty is refused unless ``--clear`` is given: the list of what will be deleted is
printed and must be confirmed (typed at the terminal, or ``--yes`` in scripts). Ctrl-C cancels
cleanly. Every attempt is logged in the station catalog (``--station``, default
``$ZHAZBA_STATION`` or ``~/.zhazba``). ``zhazba media`` lists removable media.
``zhazba copies add|list|issue|receipt|writes`` keeps the copy register (Rules p. 31–35).
Plain words, ``--json`` for machines, exit code 0 on success, 1 on failure, 130 when cancelled.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

from app.catalog.store import Catalog, CatalogError
from app.cli.errors import describe_os_error, one_line, said
from app.cli.said_lines import code_word
from app.copies.calendar import WorkCalendar
from app.copies.case_file import ExportResult, export_case_copy, read_bag_info
from app.copies.media import list_volumes
from app.copies.medium import ExportError, plan_clear
from app.copies.participant_write import export_participant_copy
from app.copies.progress import CancelToken, Progress
from app.copies.register import (
    DELIVERY,
    RegisterError,
    add_application,
    issue,
    record_receipt,
    register_rows,
)
from app.copies.write_log import list_media_writes
from app.hearing.details import CATEGORIES
from audio.text import QT_TRANSLATE_NOOP, msg


def _station_catalog(args: argparse.Namespace) -> Catalog:
    from app.cli.archive import Station

    station = Station(getattr(args, "station", None))
    station.folder.mkdir(parents=True, exist_ok=True)
    return Catalog(station.catalog_path)


def _station_chain(args: argparse.Namespace) -> Path | None:
    """The court chain installed on the station (what the signer must lead to), if any."""
    from app.cli.archive import Station
    from app.evidence.trust import installed_chain

    return installed_chain(Station(getattr(args, "station", None)).folder)


def _station_registry(args: argparse.Namespace) -> Any:
    """The secretaries' registered certificates on this station (signer binding)."""
    from app.cli.archive import Station
    from app.evidence.binding import station_registry

    return station_registry(Station(getattr(args, "station", None)).catalog_path)


def _said(what: Exception | str) -> str:
    """A refusal (of the copies: a :class:`audio.text.Msg`) in the user's language, one line;
    an operating system's error in plain words."""
    from app.evidence.register import said as refusal

    if isinstance(what, OSError):
        what = describe_os_error(what)
    elif isinstance(what, Exception):
        what = refusal(what)
    return one_line(said(what))


def _emit(args: argparse.Namespace, doc: dict[str, Any], text: str) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2, default=str) if args.json else text)


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write a verified copy of a sealed hearing to a medium")
    p.add_argument("package", type=Path, help="the sealed package (folder ending in .sealed)")
    p.add_argument("--to", required=True, type=Path, metavar="MOUNTPOINT", help="the medium")
    p.add_argument("--participant-copy", action="store_true", help="a participant's copy")
    p.add_argument("--clear", action="store_true", help="clear the medium first (Rules p. 33)")
    p.add_argument("--yes", action="store_true", help="confirm the clearing without asking")
    p.add_argument("--ca", type=Path, help="trusted root certificates (PEM) to check the signer")
    p.add_argument("--application", type=int, help="copy register number this copy answers")
    p.add_argument(
        "--lang",
        choices=("kk", "ru", "en"),
        default="kk",
        help="language of the verification report on the medium (kk, ru; en: both) and the player",
    )
    p.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    p.add_argument("--operator", default="", help="who makes the copy (for the register)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    m = sub.add_parser("media", help="list removable media")
    m.add_argument("--include-images", action="store_true", help="also loop-mounted images")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_media)

    c = sub.add_parser("copies", help="the copy register (applications for copies)")
    cs = c.add_subparsers(dest="copies_command", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    common.add_argument("--json", action="store_true")
    a = cs.add_parser("add", parents=[common], help="register an application")
    a.add_argument("--applicant", required=True)
    a.add_argument("--role", default="")
    a.add_argument("--package", type=Path, help="take case, category and hearing from a package")
    a.add_argument("--case", default="")
    a.add_argument("--category", choices=CATEGORIES)
    a.add_argument("--received", default=None, help="date received (default today), YYYY-MM-DD")
    a.add_argument("--delivery", choices=DELIVERY, default="medium")
    a.add_argument("--holidays", type=Path, help="extra days off / working days (JSON)")
    a.add_argument("--note", default="")
    lst = cs.add_parser("list", parents=[common], help="list applications, overdue first")
    lst.add_argument("--overdue", action="store_true", help="only overdue ones")
    lst.add_argument("--case", default=None)
    lst.add_argument("--today", default=None, help="as of this date (YYYY-MM-DD)")
    i = cs.add_parser("issue", parents=[common], help="record what was issued")
    i.add_argument("id", metavar="ID", type=int)
    i.add_argument("--what", required=True)
    i.add_argument("--medium", required=True)
    r = cs.add_parser("receipt", parents=[common], help="record the recipient's receipt")
    r.add_argument("id", metavar="ID", type=int)
    r.add_argument("--text", required=True, help="e.g. 'received, Иванов И., 2026-11-25'")
    w = cs.add_parser("writes", parents=[common], help="every write to a medium, done or failed")
    w.add_argument("--package", default=None)
    c.set_defaults(func=cmd_copies)


def _confirm(args: argparse.Namespace) -> str | None:
    plan = plan_clear(args.to)
    if plan.empty:
        return None
    if not args.clear:
        return None  # the export refuses with the listing
    print(_said(plan.describe()), file=sys.stderr)
    if args.yes:
        return plan.token
    if not sys.stdin.isatty():
        ask = QT_TRANSLATE_NOOP(
            "Cli", "confirm the deletion listed above with --yes (no terminal to ask)"
        )
        raise ExportError(msg("Cli", ask))
    answer = input(said(msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Type DELETE to delete all of this and write the copy: "))))  # fmt: skip
    if answer.strip() != "DELETE":
        raise ExportError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "not confirmed; nothing was deleted or written")))  # fmt: skip
    return plan.token


def cmd_export(args: argparse.Namespace) -> int:
    cancel = CancelToken()
    last = [0.0]

    def progress(p: Progress) -> None:
        if not args.json and (time.monotonic() - last[0] > 1 or p.phase == "done"):
            last[0] = time.monotonic()
            print(said(p.describe()), file=sys.stderr)

    previous = signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
    try:
        with _station_catalog(args) as catalog:
            token = _confirm(args)
            kw: dict[str, Any] = dict(
                clear_token=token,
                progress=progress,
                cancel=cancel,
                catalog=catalog,
                operator=args.operator,
            )
            result: ExportResult
            kw["ca_file"] = args.ca or _station_chain(args)
            kw["registry"] = _station_registry(args)
            if args.participant_copy:
                result = export_participant_copy(
                    args.package, args.to, application_id=args.application, lang=args.lang, **kw
                )
            else:
                result = export_case_copy(args.package, args.to, lang=args.lang, **kw)
    except ExportError as e:  # the refusal in the user's language (ZHAZBA_LANG), JSON in English
        _emit(args, {"ok": False, "code": e.code, "error": str(e)}, f"zhazba export: {_said(e)}")
        return 130 if e.code == "cancelled" else 1
    except (CatalogError, OSError, ValueError) as e:
        _emit(args, {"ok": False, "code": "failed", "error": str(e)}, f"zhazba export: {_said(e)}")
        return 1
    finally:
        signal.signal(signal.SIGINT, previous)
    _emit(args, {"ok": True, **result.as_dict()}, _done_text(result, args.package))
    return 0


_DONE = {
    "case-file": QT_TRANSLATE_NOOP(
        "Cli", "DONE: the case-file copy is written to {where}, read back and verified."),
    "participant": QT_TRANSLATE_NOOP(
        "Cli", "DONE: the participant's copy is written to {where}, read back and verified."),
}  # fmt: skip


def _done_text(result: ExportResult, package: Path) -> str:
    """What a finished copy says: where, verified, how much and how fast, notes, what next."""
    where = Path(result.mountpoint) / result.folder
    done = _DONE.get(result.kind, _DONE["case-file"])
    lines = [said(msg("Cli", done, where=where)), said(result.verification)]
    lines.append(said(msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "{files} files, {mb:.1f} MB: written in {write:.1f} s, read back in {read:.1f} s."),
        files=result.files, mb=result.bytes / 1e6, write=result.write_seconds,
        read=result.read_seconds)))  # fmt: skip
    note = QT_TRANSLATE_NOOP("Cli", "Note: {note}")
    lines += [said(msg("Cli", note, note=n)) for n in result.notes]
    if result.kind == "case-file":
        lines.append(said(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Put the medium into its envelope with the label (Rules p. 15): `zhazba "
            "document envelope {package}`"), package=package)))  # fmt: skip
    return "\n".join(lines)


def cmd_media(args: argparse.Namespace) -> int:
    vols = list_volumes(include_loop=args.include_images)
    none = QT_TRANSLATE_NOOP("Cli", "no removable medium is mounted")
    text = "\n".join(said(v.describe()) for v in vols) or said(msg("Cli", none))
    _emit(args, {"ok": True, "media": [v.as_dict() for v in vols]}, text)
    return 0


def cmd_copies(args: argparse.Namespace) -> int:
    try:
        with _station_catalog(args) as catalog:
            return _copies(args, catalog)
    except (RegisterError, CatalogError, ValueError, OSError) as e:
        _emit(args, {"ok": False, "error": str(e)}, f"zhazba copies: {_said(e)}")
        return 1


def _copies(args: argparse.Namespace, catalog: Catalog) -> int:
    cmd = args.copies_command
    if cmd == "add":
        _copies_add(args, catalog)
    elif cmd == "list":
        _copies_list(args, catalog)
    elif cmd == "issue":
        issue(catalog, args.id, args.what, args.medium)
        issued = QT_TRANSLATE_NOOP("Cli", "application {id}: issued")
        _emit(args, {"ok": True}, said(msg("Cli", issued, id=args.id)))
    elif cmd == "receipt":
        record_receipt(catalog, args.id, args.text)
        receipt = QT_TRANSLATE_NOOP("Cli", "application {id}: receipt recorded")
        _emit(args, {"ok": True}, said(msg("Cli", receipt, id=args.id)))
    elif cmd == "writes":
        writes = list_media_writes(catalog, package=args.package)
        text = "\n".join(
            f"{w.utc} {_word(w.kind)} {_word(w.outcome).upper()} {w.package} -> {w.medium}"
            + (f" [{w.code}] {_said(w.message)}" if w.outcome != "done" else "")
            for w in writes
        )
        none = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "none")))
        _emit(args, {"ok": True, "writes": [w.__dict__ for w in writes]}, text or none)
    return 0


def _copies_add(args: argparse.Namespace, catalog: Catalog) -> None:
    """`copies add`: the application's input bounded (code 2), then registered with its deadline."""
    from app.cli.input_bounds import checked_date, checked_name, holiday_dates
    from app.cli.record_input import checked_text

    checked_name("--applicant", args.applicant)
    for option, value in (("--role", args.role), ("--case", args.case), ("--note", args.note)):
        checked_text(option, value or "", 1000 if option == "--note" else 200)
    if args.holidays:
        holiday_dates("--holidays", args.holidays)  # a regular, small file of dates
    received_day = checked_date("--received", args.received) if args.received else None
    case, category, hearing_id, closed = args.case, args.category, None, False
    if args.package:
        info = read_bag_info(args.package)
        case = case or info.get("Case-Number", "")
        category = category or info.get("Case-Category") or None
        hearing_id = info.get("Hearing-Id") or None
        closed = info.get("Closed-Hearing") == "yes"
    if not category:
        raise RegisterError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "give --category (or --package to take it from the package)")))  # fmt: skip
    calendar = WorkCalendar.default()
    if args.holidays:
        calendar.load_extra(args.holidays)
    received = received_day or dt.date.today()
    app = add_application(
        catalog,
        applicant=args.applicant,
        role=args.role,
        case_number=case,
        category=category,
        received=received,
        delivery=args.delivery,
        hearing_id=hearing_id,
        closed_hearing=closed,
        note=args.note,
        calendar=calendar,
    )
    registered = QT_TRANSLATE_NOOP(
        "Cli", "application {id} registered; the copy is due by {deadline} ({form})"
    )
    text = said(msg("Cli", registered, id=app.id, deadline=app.deadline, form=_form(app.form)))
    _emit(args, {"ok": True, "application": app.__dict__}, text)  # fmt: skip


def _copies_list(args: argparse.Namespace, catalog: Catalog) -> None:
    """`copies list`: the applications, with what was issued and the receipt; overdue flagged."""
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    rows = [
        r
        for r in register_rows(catalog, today, case_number=args.case)
        if r.overdue or not args.overdue
    ]
    lines = [_application_line(r) for r in rows]
    none = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "no applications")))
    _emit(args, {"ok": True, "applications": [r.as_dict() for r in rows]}, "\n".join(lines) or none)


def _application_line(r: Any) -> str:
    """One application of `copies list`, in the user's language (its codes in English)."""
    a = r.app
    line = said(msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "#{id} {applicant} ({role}) case {case} [{category}] received {received}, due "
        "{deadline}"), id=a.id, applicant=a.applicant, role=a.applicant_role, case=a.case_number,
        category=_word(a.category), received=a.received_date, deadline=a.deadline))  # fmt: skip
    if r.overdue:
        line = said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "OVERDUE {line}"), line=line))
    if r.days_left is not None:
        line += " " + said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "({n} d)"), n=r.days_left))
    line += ", " + _word(r.status)
    if a.issued_what:
        issued = QT_TRANSLATE_NOOP("Cli", ": {what} on {medium}")
        line += said(msg("Cli", issued, what=a.issued_what, medium=a.issued_medium))
    if a.receipt:
        line += said(
            msg("Cli", QT_TRANSLATE_NOOP("Cli", "; receipt: {receipt}"), receipt=a.receipt)
        )
    return line


# the codes `copies` shows: as they are in English (for scripts), in words in Kazakh or Russian
_WORDS = {
    "waiting": QT_TRANSLATE_NOOP("Cli", "waiting"),
    "issued": QT_TRANSLATE_NOOP("Cli", "issued"),
    "received": QT_TRANSLATE_NOOP("Cli", "received"),
    "criminal": QT_TRANSLATE_NOOP("Cli", "criminal"),
    "civil": QT_TRANSLATE_NOOP("Cli", "civil"),
    "administrative": QT_TRANSLATE_NOOP("Cli", "administrative"),
    "administrative_offence": QT_TRANSLATE_NOOP("Cli", "administrative offence"),
    "appendix-1": QT_TRANSLATE_NOOP("Cli", "form of appendix 1"),
    "appendix-2": QT_TRANSLATE_NOOP("Cli", "form of appendix 2"),
    "medium": QT_TRANSLATE_NOOP("Cli", "on a medium"),
    "service": QT_TRANSLATE_NOOP("Cli", "through the information service"),
    "case-file": QT_TRANSLATE_NOOP("Cli", "case-file copy"),
    "participant": QT_TRANSLATE_NOOP("Cli", "participant's copy"),
    "done": QT_TRANSLATE_NOOP("Cli", "done"),
    "failed": QT_TRANSLATE_NOOP("Cli", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("Cli", "cancelled"),
}


def _word(code: str) -> str:
    return code_word(_WORDS, code)


def _form(form: str) -> str:
    """An application's form ("appendix-2, medium") in words."""
    return ", ".join(_word(part) for part in form.split(", "))
