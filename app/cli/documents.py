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

from app.cli.errors import describe_os_error, reason_of, said, say
from app.documents import FORMATS, KINDS, LANGUAGES, DocumentError, make_document
from audio.text import QT_TRANSLATE_NOOP, msg


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

    n = subparsers.add_parser(
        "not-recorded",
        help="register a hearing held without audio recording, with its ground (Rules p. 3)",
        description=(
            "Register a first-instance hearing that is not recorded, on a ground of Rules p. 3: "
            "civil_no_summons (civil case without summoning the parties), offence_admitted "
            "(administrative offence, guilt fully admitted), technical (equipment faulty, "
            "missing or unusable). Writes its brief protocol (kk, ru) stating the ground, and "
            "the act for a technical ground."
        ),
    )
    n.add_argument("--out", required=True, type=Path, help="folder that holds hearing folders")
    n.add_argument("--hearing", required=True, type=Path, help="hearing details (hearing.json)")
    n.add_argument(
        "--ground",
        required=True,
        choices=("civil_no_summons", "offence_admitted", "technical"),
        help="the ground of Rules p. 3",
    )
    n.add_argument("--note", default="", help="what the secretary adds (in kk or ru)")
    n.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    n.add_argument("--json", action="store_true", help="print the result as JSON")
    n.set_defaults(func=_not_recorded)

    _register_listening(subparsers)
    _register_medium_and_time(subparsers)


def _register_listening(subparsers: Any) -> None:
    """listening start|end|list."""
    ls = subparsers.add_parser(
        "listening",
        help="register listening sessions in court (Rules p. 28, 35)",
        description="Listening sessions in the copy register: start, end with the mark, list.",
    )
    lsub = ls.add_subparsers(dest="listening_command", metavar="ACTION", required=True)
    st = lsub.add_parser("start", help="a person starts listening to a hearing in court")
    st.add_argument("hearing", type=Path, help="the hearing folder or its sealed package")
    st.add_argument("--applicant", required=True, help="who listens")
    st.add_argument("--role", default="", help="as whom (plaintiff, defence_counsel…)")
    st.add_argument("--application", type=int, help="the copy register's application number")
    st.add_argument("--operator", default="", help="the secretary who holds the session")
    en = lsub.add_parser("end", help="the session ends with the applicant's mark (p. 35)")
    en.add_argument("session", metavar="SESSION", type=int, help="the session's number")
    en.add_argument("--mark", required=True, help="the applicant's mark")
    li = lsub.add_parser("list", help="the register's listening sessions")
    li.add_argument("--case", help="only this case number")
    for q in (st, en, li):
        q.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
        q.add_argument("--json", action="store_true", help="print the result as JSON")
    ls.set_defaults(func=_listening)


def _register_medium_and_time(subparsers: Any) -> None:
    """format-medium, judge-informed and time-zone."""
    f = subparsers.add_parser(
        "format-medium",
        help="format the medium for a copy: FAT32 or exFAT, labelled with the case (p. 33)",
        description=(
            "Format the removable medium mounted at MOUNTPOINT (Rules p. 33): a fresh exFAT or "
            "FAT32 file system whose label names the case. Everything on it is lost: asks at a "
            "terminal, or needs --yes."
        ),
    )
    f.add_argument("mountpoint", type=Path, help="where the medium is mounted (E:\\ on Windows)")
    f.add_argument("--case", required=True, help="the case number (the label names it)")
    f.add_argument("--fs", choices=("exfat", "fat32"), default="exfat", help="file system")
    f.add_argument("--device", help="the medium's device, when the mount table does not say")
    f.add_argument("--yes", action="store_true", help="confirmed: format without asking")
    f.set_defaults(func=_format_medium)

    j = subparsers.add_parser(
        "judge-informed",
        help="journal that the judge was told of the technical failure (Rules p. 9)",
        description=(
            "Journal that the presiding judge was informed of the hearing's technical failure "
            "(Rules p. 9); the incident report then states it, with the time. Refused for a "
            "sealed hearing, one being recorded, or one whose journal shows no failure."
        ),
    )
    j.add_argument("dir", metavar="DIR", type=Path, help="the hearing folder (not yet sealed)")
    j.add_argument("--at", help="when the judge was told, HH:MM court time (default: now)")
    j.add_argument("--by", default="", help="who confirms it (default: the signed-in person)")
    j.add_argument("--note", default="", help="what the secretary adds (in kk or ru)")
    j.add_argument("--json", action="store_true", help="print the result as JSON")
    j.set_defaults(func=_judge_informed)

    z = subparsers.add_parser(
        "time-zone",
        help="show or set the court's time zone (folder names, documents, window)",
        description=(
            "Show the court's time zone, or set it in the station settings (settings.json, "
            "section court). Default Asia/Almaty (UTC+5); ZHAZBA_COURT_TZ overrides it."
        ),
    )
    z.add_argument("zone", nargs="?", help="a zone name such as Asia/Almaty or Asia/Qostanay")
    z.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    z.set_defaults(func=_time_zone)


def _time_zone(args: argparse.Namespace) -> int:
    from app.archive.settings import SettingsDamaged
    from app.hearing.court_time import TimeZoneError, court_now, save_zone_name, zone_name
    from app.station import Station

    settings = Station(args.station).settings_path
    if args.zone:
        try:
            save_zone_name(settings, args.zone)
        except SettingsDamaged:
            raise  # code 7, naming the file; a damaged file is never overwritten
        except TimeZoneError:  # bad input (docs/CLI.md: exit 2)
            unknown = QT_TRANSLATE_NOOP(
                "Cli", "unknown time zone {name}; give a name like Asia/Almaty or Asia/Qostanay"
            )
            say(msg("Cli", unknown, name=repr(args.zone)), "time-zone")
            return 2
        except (OSError, ValueError) as e:
            say(describe_os_error(e) if isinstance(e, OSError) else reason_of(e), "time-zone")
            return 1
    name = zone_name(settings)
    now = f"{court_now(name):%Y-%m-%d %H:%M %z}"
    print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "{zone} (now {now})"), zone=name, now=now)))
    return 0


def _run(kind: str, args: argparse.Namespace) -> int:
    from app.cli.record_input import checked_text
    from app.evidence.gate import PackageRefused, sealed_package_of
    from app.evidence.register import said as refusal
    from app.station_folder import default_folder
    from app.translations import env_lang, translate

    checked_text("--applicant", getattr(args, "applicant", ""))  # the hearing schema's rules
    try:  # a sealed package, or the folder of a sealed hearing: only when the package verifies
        package = sealed_package_of(Path(args.dir), default_folder())
    except PackageRefused as e:
        print(f"zhazba {args.command}: {translate(refusal(e), env_lang())}", file=sys.stderr)
        return 1
    if package is not None:
        from app.evidence.binding import station_registry
        from app.evidence.gate import require_verified, same_as_package
        from app.evidence.trust import installed_chain
        from app.station_folder import default_folder

        try:
            station = default_folder()
            require_verified(
                package,
                "used for documents",
                installed_chain(station),
                station_registry(station / "catalog.sqlite"),
            )
            if package != Path(args.dir):
                same_as_package(Path(args.dir), package)
        except PackageRefused as e:
            say(reason_of(e), args.command)
            return 1
    try:
        path = make_document(
            kind, args.dir, args.lang, args.fmt, args.out, applicant=getattr(args, "applicant", "")
        )
    except (DocumentError, OSError) as e:
        cause = e if isinstance(e, OSError) else e.__cause__  # a write's own error says what to do
        message = describe_os_error(cause) if isinstance(cause, OSError) else reason_of(e)
        if args.json:
            print(json.dumps({"document": kind, "error": said(message)}, ensure_ascii=False))
        say(message, args.command)
        return 1
    if args.json:
        print(json.dumps({"document": kind, "path": str(path)}, ensure_ascii=False))
    else:
        print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "wrote {path}"), path=path)))
    return 0


def _not_recorded(args: argparse.Namespace) -> int:
    from app.hearing.details import HearingInfo
    from app.hearing.not_recorded import ground_problem, record_not_recorded
    from app.hearing.session import HearingSession, SessionError
    from app.station import Station

    try:
        info = HearingInfo.from_json(json.loads(args.hearing.read_text(encoding="utf-8")))
        problem = ground_problem(args.ground, info.category, info.instance)
        if problem is not None:  # bad input, refused before any hearing folder is made
            say(problem, "not-recorded")
            return 2
        channels = max([p.channel or 1 for p in info.participants] + [1])
        session = HearingSession.create(
            args.out, info, channels=channels, rate=48000, bits=16, source_name="none",
            taken=Station(args.station, hearings=args.out).hearing_id_taken,  # never twice (#15)
        )  # fmt: skip
        record_not_recorded(session, args.ground, args.note)
    except (OSError, ValueError, SessionError) as e:
        say(describe_os_error(e) if isinstance(e, OSError) else reason_of(e), "not-recorded")
        return 1
    result = Station(args.station, hearings=args.out).after_failed_start(session.folder)
    if args.json:
        documents = [str(p) for p in result.documents]
        out = {"folder": str(session.folder), "documents": documents, "problems": result.problems}
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "not recorded ({ground}): {folder}"),
                       ground=args.ground, folder=session.folder)))  # fmt: skip
        for path in result.documents:
            print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "wrote {path}"), path=path)))
    for finding in result.problems:
        say(finding, "not-recorded")
    return 0


def _listening(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.cli.record_input import checked_text
    from app.hearing.schema import MARKER_NOTE_MAX, NAME_MAX, ROLE_MAX

    limits = {
        "applicant": NAME_MAX,
        "operator": NAME_MAX,
        "role": ROLE_MAX,
        "mark": MARKER_NOTE_MAX,
    }
    for option, limit in limits.items():  # the hearing schema's rules, before anything is written
        checked_text(f"--{option}", getattr(args, option, None) or "", limit)

    from app.catalog.store import CatalogError
    from app.copies.listening import end_session, list_sessions, start_session
    from app.copies.register import RegisterError
    from app.station import Station

    try:
        with Station(args.station).catalog() as catalog:
            if args.listening_command == "start":
                sessions = [
                    start_session(
                        catalog,
                        args.hearing,
                        args.applicant,
                        role=args.role,
                        application_id=args.application,
                        operator=args.operator,
                    )
                ]
            elif args.listening_command == "end":
                sessions = [end_session(catalog, args.session, args.mark)]
            else:
                sessions = list_sessions(catalog, args.case)
    except (RegisterError, CatalogError, OSError, ValueError) as e:
        say(describe_os_error(e) if isinstance(e, OSError) else reason_of(e), "listening")
        return 1
    for s in sessions:
        if args.json:
            print(json.dumps(asdict(s), ensure_ascii=False))
        else:
            span = f"{s.started_utc} – {s.ended_utc or '…'}"
            print(f"{s.id}  {s.case_number}  {s.applicant}  {span}  {s.mark or ''}")
    return 0


def _judge_informed(args: argparse.Namespace) -> int:
    from app.cli.signin import signed_in
    from app.hearing.court_time import zone, zone_name
    from app.hearing.judge_informed import JudgeInformedError, court_moment, record_judge_informed

    account = signed_in(args)
    by = args.by or (account.display_name or account.username if account else "")
    if not by:
        say(
            msg("Cli", QT_TRANSLATE_NOOP("Cli", "say who confirms it: --by NAME")), "judge-informed"
        )
        return 2
    try:
        at = None
        if args.at:
            info = json.loads((args.dir / "hearing.json").read_text(encoding="utf-8"))
            tz = zone(str(info.get("time_zone") or zone_name()))
            at = court_moment(args.at, str(info.get("date", "")), tz)
        rec = record_judge_informed(args.dir, by, at, args.note)
    except (JudgeInformedError, OSError, ValueError) as e:
        say(describe_os_error(e) if isinstance(e, OSError) else reason_of(e), "judge-informed")
        return 1
    if args.json:
        print(json.dumps({"seq": rec["seq"], **rec["data"]}, ensure_ascii=False))
    else:
        print(said(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "journaled: the judge was informed ({at}, by {by})"),
            at=rec["data"]["at_utc"], by=by)))  # fmt: skip
    return 0


YES = QT_TRANSLATE_NOOP("Cli", "yes")


def _format_medium(args: argparse.Namespace) -> int:
    from app.copies.medium_format import FormatError, format_medium
    from app.station import Station

    def confirm(what: str) -> bool:
        if args.yes:
            return True
        if not sys.stdin.isatty():
            confirm_with = QT_TRANSLATE_NOOP("Cli", "{what}. Confirm with --yes.")
            say(msg("Cli", confirm_with, what=what), "format-medium")
            return False
        ask = QT_TRANSLATE_NOOP("Cli", "{what}.\nFormat? Type yes: ")
        return input(said(msg("Cli", ask, what=what))).strip().lower() in ("yes", said(YES))

    station = Station()
    try:
        result = format_medium(
            args.mountpoint,
            args.case,
            args.fs,
            confirm=confirm,
            device=args.device,
            protected=[station.folder, station.hearings, Path.home()],
        )
    except FormatError as e:
        say(reason_of(e), "format-medium")
        return 1
    done = QT_TRANSLATE_NOOP(
        "Cli", "formatted {mountpoint} ({device}) as {filesystem}, label {label}, in {seconds} s"
    )
    print(said(msg("Cli", done, mountpoint=str(result.mountpoint), device=result.device,
                   filesystem=result.filesystem, label=result.label,
                   seconds=f"{result.seconds:.1f}")))  # fmt: skip
    return 0
