"""`zhazba devices`, `zhazba record` and `zhazba recover`: the recording engine from a terminal.

`record` runs a whole hearing headless: from a real device or a simulated microphone, in real
time or as fast as the machine allows (``--fast``), with markers read from standard input (one per
line, ``SPEAKER<TAB>NOTE``; ``event:NAME<TAB>NOTE`` for an event marker), each stamped with the
hearing frame at the moment it arrives. Ctrl-C or SIGTERM ends the hearing cleanly.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from app.cli.errors import describe_os_error, reason_of, said, say
from app.cli.record_input import (  # noqa: F401 - bounded_int, positive_seconds: cli_station
    SEGMENT_SECONDS_MAX,
    SEGMENT_SECONDS_MIN,
    _check_out_folder,
    _demo_station,
    _load_info,
    bounded_int,
    check_station_settings,
    positive_seconds,
    segment_seconds,
    station_folder,
)
from app.cli.record_markers import _read_markers
from app.cli.record_run import report, watch
from app.cli.record_source import bad_numbers, build_source, demo_hearing  # noqa: F401 - demo_hearing: callers
from app.hearing.disk_watch import DiskWatch
from app.hearing.recovery import find_unfinished, recover_hearing
from app.hearing.session import HearingSession, SessionError
from audio.engine_types import EngineConfig
from audio.pcm import SUPPORTED_BITS
from audio.recover import SalvageError
from audio.sources import InputSource, SourceError
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.journal import JournalError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(sub: Any) -> None:
    p = sub.add_parser("devices", help="list audio input and output devices")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("record", help="record a hearing headless")
    p.add_argument("--out", required=True, type=Path, help="folder that holds hearing folders")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--device", help="input device (index or name)")
    g.add_argument("--source", help="simulated microphone: tones | speech | a WAV/FLAC file")
    p.add_argument("--channels", type=int, default=None)
    p.add_argument("--rate", type=bounded_int(1, 384000, "Hz"), default=48000)
    p.add_argument("--bits", type=int, default=16, choices=SUPPORTED_BITS)
    p.add_argument(
        "--seconds", type=positive_seconds, default=None, help="stop after this much audio"
    )
    p.add_argument("--fast", action="store_true", help="simulated source as fast as possible")
    p.add_argument(
        "--segment-seconds",
        type=segment_seconds,
        default=600.0,
        help=f"length of one audio file, {SEGMENT_SECONDS_MIN:.0f} to "
        f"{SEGMENT_SECONDS_MAX:.0f} s (default 600)",
    )
    # Tests and benchmarks rotate segments every second or two to exercise rotation quickly.
    p.add_argument("--allow-short-segments", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--case", default=None, help="case number")
    p.add_argument("--hearing", type=Path, help="hearing details in the form of hearing.json")
    p.add_argument("--no-stdin", action="store_true", help="do not read markers from stdin")
    p.add_argument("--station", type=Path, help="station folder (archive settings for anchors)")
    p.add_argument(
        "--anchor-seconds", type=positive_seconds, help="anchor the journal this often (60)"
    )
    p.add_argument("--mirror", type=Path, help="second copy of the hearing while recording")
    p.add_argument("--tsa", default=os.environ.get("ZHAZBA_TSA_URL"), help="RFC 3161 URL")
    p.add_argument(
        "--demo",
        action="store_true",
        help="a demonstration, never evidence: allows a simulated source (tones, speech, a "
        "file), and a --device recording without --hearing (the demonstration's details)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_record)

    p = sub.add_parser("recover", help="close hearings left unfinished by a crash")
    p.add_argument("dir", type=Path, help="a hearing folder, or the folder that holds them")
    p.add_argument("--mirror", type=Path, help="the mirror folder: missing files come from it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recover)


def _err(text: str) -> None:
    """One line on standard error, in the user's language when it is a translatable message."""
    say(text)


def cmd_devices(args: argparse.Namespace) -> int:
    from audio.devices import list_devices

    try:
        devices = list_devices()
    except SourceError as e:
        _err(reason_of(e))
        return EXIT_FAILED
    if args.json:
        print(json.dumps([d.to_json() for d in devices], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not devices:
        none = QT_TRANSLATE_NOOP(
            "Cli", "No audio devices. The simulated microphone is available: --source tones"
        )
        print(said(msg("Cli", none)))
    for d in devices:
        line = msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{index:3d}  {name}  [{hostapi}]  in: {inputs}  out: {outputs}  {rate:.0f} Hz"),
            index=d.index, name=d.name, hostapi=d.hostapi, inputs=d.max_input_channels,
            outputs=d.max_output_channels, rate=d.default_samplerate)  # fmt: skip
        if d.is_default_input:
            line = msg("Cli", QT_TRANSLATE_NOOP("Cli", "{line} (default input)"), line=line)
        print(said(line))
    return EXIT_OK


def _open_hearing(args: argparse.Namespace) -> tuple[HearingSession, InputSource] | int:
    """The source and the new hearing's session, or the exit code of a refusal (said)."""
    from app.evidence.register import id_taken_check

    try:
        _check_out_folder(args.out)
        source = build_source(args)
        simulated = args.device is None
        if not simulated and args.hearing is None and not args.demo:
            _err(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "a recording from --device needs --hearing FILE (the hearing's details): "
                        "without it the demonstration's details (DEMO-0001) would be recorded; "
                        "give --demo for a demonstration",
                    ),
                )
            )
            return EXIT_USAGE
        info = _load_info(args, source.channels)
        if simulated and not args.demo and not _demo_station():
            _err(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "a simulated source ({name}) records no evidence: give --demo for a "
                        "demonstration (the hearing is marked SIMULATED — NOT EVIDENCE), or "
                        "--device for the courtroom's microphones",
                    ),
                    name=source.name,
                )
            )
            return EXIT_USAGE
        session = HearingSession.create(
            args.out,
            info,
            channels=source.channels,
            rate=source.rate,
            bits=source.bits,
            source_name=source.name,
            segment_seconds=args.segment_seconds,
            simulated=simulated,
            taken=id_taken_check(station_folder(args.station)),  # an id is never given twice (#15)
        )
    except (SourceError, SessionError, JournalError) as e:
        _err(reason_of(e))
        return EXIT_USAGE
    if session.date_differs:
        _err(
            f"warning: the hearing date {info.date} is not today's court date "
            f"({session.date_differs}); check the hearing details"
        )
    refused = _record_opening(args, session)
    if refused is not None:
        return refused
    return session, source


def _record_opening(args: argparse.Namespace, session: HearingSession) -> int | None:
    """The station's own record of the hearing's opening; the exit code when it cannot be made."""
    try:  # the station's own record of who the secretary is (app/evidence/register.py)
        from app.evidence.register import record_opening

        account = getattr(args, "signed_in", None)
        record_opening(
            station_folder(args.station), session.folder, account.username if account else ""
        )
    except Exception as e:  # noqa: BLE001 - a hearing the station cannot vouch for is not recorded
        _err(
            f"the hearing was not started: the station's record of it could not be written "
            f"({e}); ask the technician to check the station catalog"
        )
        return EXIT_FAILED
    return None


def cmd_record(args: argparse.Namespace) -> int:
    problem = bad_numbers(args)
    if problem is not None:
        _err(problem)
        return EXIT_USAGE
    check_station_settings(station_folder(args.station))  # fail closed (code 7)
    opened = _open_hearing(args)
    if isinstance(opened, int):
        return opened
    session, source = opened
    anchors = _protect(session, args)
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    stop_after = int(args.seconds * source.rate) if args.seconds else None
    config = EngineConfig(segment_seconds=args.segment_seconds, stop_after_frames=stop_after)
    t0 = time.monotonic()
    try:
        session.start(source, config)
    except (SourceError, SessionError, JournalError, OSError) as e:
        _err(reason_of(e))
        return EXIT_FAILED
    if not args.no_stdin and not sys.stdin.isatty():
        threading.Thread(target=_read_markers, args=(session, stop), daemon=True).start()
    into = msg("Cli", QT_TRANSLATE_NOOP("Cli", "recording into {folder}"), folder=session.folder)
    sys.stderr.write(f"{said(into)}\n")  # one write: markers say theirs
    sys.stderr.flush()
    watch(session, stop, DiskWatch(session.folder, source.rate, source.channels, source.bits))
    try:
        session.end()
    except (JournalError, OSError) as e:
        _err(f"{e}. Run `zhazba recover {session.folder}` once the drive is back.")
    for s, h in old.items():
        signal.signal(s, h)
    return report(session, source.rate, time.monotonic() - t0, anchors, args.json)


def _protect(session: HearingSession, args: argparse.Namespace) -> Any:
    """Live anchors to the court archive when the station has one (app/anchoring/wiring.py)."""
    station = station_folder(args.station)
    settings = station / "settings.json"
    if args.mirror or settings.exists():
        from app.hearing.mirror import mirror_folder_setting, mirror_session

        mirror = args.mirror or mirror_folder_setting(settings)
        if mirror is not None:
            mirror_session(session, mirror)
    if not settings.exists():
        return None
    from app.anchoring.wiring import protect

    return protect(session, station, interval_seconds=args.anchor_seconds, tsa_url=args.tsa)


def _drive_full(e: BaseException | None) -> bool:
    """Whether ENOSPC is behind this error (directly or as the cause of a wrapped one)."""
    while e is not None:
        if isinstance(e, OSError) and e.errno == errno.ENOSPC:
            return True
        e = e.__cause__
    return False


def cmd_recover(args: argparse.Namespace) -> int:
    if not args.dir.exists():
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "no such folder: {path}"), path=args.dir))
        return EXIT_USAGE
    if not args.dir.is_dir():
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} is not a folder: give a hearing folder, or the folder that holds them"),
            path=args.dir))  # fmt: skip
        return EXIT_USAGE
    folders = find_unfinished(args.dir)
    reports = []
    for folder in folders:
        try:
            if args.mirror is not None:
                from app.hearing.mirror import restore_from_mirror

                for rel in restore_from_mirror(folder, args.mirror / folder.name):
                    print(said(msg("Cli", QT_TRANSLATE_NOOP(
                        "Cli", "{hearing}: {file} taken from the mirror"),
                        hearing=folder.name, file=rel)), file=sys.stderr)  # fmt: skip
            reports.append(recover_hearing(folder))
        except (JournalError, OSError, KeyError, ValueError) as e:
            if _drive_full(e):
                _err(msg("Cli", QT_TRANSLATE_NOOP(
                    "Cli", "{folder}: cannot be recovered automatically: the drive is full. Free "
                    "space on that drive and run `zhazba recover` again; recovery can be "
                    "repeated."), folder=folder))  # fmt: skip
            else:
                # the salvage's own refusal already says what to do; other OS errors in words
                if isinstance(e, OSError) and not isinstance(e, SalvageError):
                    why = describe_os_error(e)
                else:
                    why = reason_of(e)
                _err(msg("Cli", QT_TRANSLATE_NOOP(
                    "Cli", "{folder}: cannot be recovered automatically: {why}"),
                    folder=folder, why=why))  # fmt: skip
            return EXIT_FAILED
    if args.json:
        print(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=2))
    elif not reports:
        print(said(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "nothing to recover: every hearing there was closed normally"))))  # fmt: skip
    for r in reports:
        if not args.json:
            print(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "{folder}: {message}"),
                           folder=r.folder, message=r.message)))  # fmt: skip
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """`python -m app.cli.record record|recover|devices …`: these commands alone, without
    importing every other area of the station (a fast start for tests and benchmarks)."""
    from app.cli.errors import OneLineParser, run_guarded
    from app.cli.signin import add_sign_in_options, require_command_sign_in, take_env_secrets

    words = list(sys.argv[1:] if argv is None else argv)

    def run() -> int:
        secrets = take_env_secrets()
        parser = OneLineParser(prog="zhazba")
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
        register(sub)
        add_sign_in_options(parser)
        args = parser.parse_args(words)
        args.env_secrets = secrets
        require_command_sign_in(args)  # the same sign-in as `zhazba`
        code = int(args.func(args) or 0)
        if code == 0:
            from app.cli.hearing_station import mark_hearings

            mark_hearings(args)
        return code

    return run_guarded(run, words)


if __name__ == "__main__":
    sys.exit(main())
