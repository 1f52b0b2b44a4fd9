"""`zhazba selfcheck`: the technician's equipment self-check from a terminal.

Runs the checks of :mod:`app.selfcheck.checks` against the given (or default) settings, prints each
result in plain words with what to do, keeps the run in the station's self-check history and,
with ``--report OUT --key FILE.p12``, writes a signed report (``OUT.json``, ``OUT.txt`` and their
``.p7s`` signatures) for the court administrator. ``--guided`` walks through the microphones one
by one ("Speak into microphone 3 now"). Exit code 0 when no check failed, 1 otherwise, 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from app.cli.errors import cli_language, reason_of, said
from app.cli.record import bounded_int, positive_seconds
from app.cli.signin import PASSWORD_FOR, env_secret
from app.selfcheck.checks import (
    ALL_CHECKS,
    PREHEARING_CHECKS,
    GuidedSession,
    SelfCheckSettings,
    floors_from,
    run_checks,
)
from app.selfcheck.report import (
    MARK,
    VERDICT_WORDS,
    SelfCheckRun,
    export_report_with_key,
    open_history,
    title,
)
from audio.os_errors import os_error_name
from audio.pcm import MAX_CHANNELS, SUPPORTED_BITS
from audio.selfcheck import CheckResult
from audio.sources import SourceError
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.keys import KeyProblem, OpenedKey, load_pkcs12

PASSWORD_ENV = "ZHAZBA_KEY_PASSWORD"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "selfcheck",
        help="run the equipment self-check",
        description="Check the station's equipment and say what to do about "
        "anything wrong. Exit code 0 when no check failed.",
    )
    p.add_argument("--json", action="store_true", help="print the run as JSON")
    p.add_argument("--device", help="input device (index or name; default: system default)")
    p.add_argument("--channels", type=bounded_int(1, MAX_CHANNELS, "channels"), default=8)
    p.add_argument("--rate", type=bounded_int(1, 384000, "Hz"), default=48000)
    p.add_argument("--bits", type=int, default=16, choices=SUPPORTED_BITS)
    p.add_argument(
        "--seconds", type=positive_seconds, default=2.0, help="length of the test recording"
    )
    p.add_argument("--guided", action="store_true", help="test each microphone by voice")
    p.add_argument(
        "--microphone",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="with --guided: only these microphones (repeatable)",
    )
    p.add_argument("--loopback", metavar="OUTPUT", help="output cabled to the input: tone test")
    p.add_argument("--output", help="headphone output device (default: system default)")
    p.add_argument(
        "--media",
        type=Path,
        action="append",
        default=[],
        metavar="MOUNT",
        help="mount point of a removable medium to test (repeatable)",
    )
    p.add_argument(
        "--recordings",
        type=Path,
        default=Path.home() / "zhazba-hearings",
        help="the recording folder",
    )
    p.add_argument("--archive", metavar="URL", help="archive endpoint (default: station settings)")
    p.add_argument("--key", type=Path, help="the signing key file (.p12) to check and sign with")
    p.add_argument("--report", type=Path, metavar="OUT", help="write a signed report OUT.json/.txt")
    p.add_argument("--prehearing", action="store_true", help="only the pre-hearing checks")
    p.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    p.add_argument("--user", help="station account to sign in with (needed once accounts exist)")
    p.add_argument(
        "--who",
        default=None,
        help="who runs the check, before accounts exist (default: the login name)",
    )
    p.add_argument("--no-history", action="store_true", help="do not keep this run")
    p.set_defaults(func=cmd_selfcheck)


def _err(message: str) -> None:
    print(f"zhazba: {said(message)}", file=sys.stderr)


def result_lines(r: CheckResult) -> list[str]:
    """A check's verdict, name and message, and what to do, in the user's language (in English
    the verdict is PASS, WARN or FAIL, for scripts)."""
    english = cli_language() == "en"
    mark = MARK[r.verdict] if english else said(msg("SelfCheckWindow", VERDICT_WORDS[r.verdict]))
    lines = [f"{mark}  {said(title(r.check))}: {said(r.message)}"]
    if r.remedy:
        todo = msg("Cli", QT_TRANSLATE_NOOP("Cli", "What to do: {remedy}"), remedy=r.remedy)
        lines.append(f"      {said(todo)}")
    return lines


def _open_key(
    path: Path, args: argparse.Namespace | None = None
) -> tuple[OpenedKey | None, CheckResult | None]:
    """The key, even an expired one (the certificate check reports it); or why it won't open."""
    password = env_secret(args or argparse.Namespace(), PASSWORD_ENV)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(said(msg("Cli", PASSWORD_FOR, name=path.name)))
    problem: str
    if password is None:
        none = QT_TRANSLATE_NOOP("Cli", "no password: type it at a terminal, or set {env}")
        problem = msg("Cli", none, env=PASSWORD_ENV)
    else:
        try:
            return load_pkcs12(path.read_bytes(), password), None
        except OSError as e:
            problem = msg("Cli", QT_TRANSLATE_NOOP(
                "Cli", "the key file {path} cannot be read ({reason})"),
                path=path, reason=os_error_name(e))  # fmt: skip
        except KeyProblem as e:
            problem = reason_of(e)
    return None, CheckResult(
        "certificate",
        "fail",
        msg(
            "SelfCheck",
            QT_TRANSLATE_NOOP("SelfCheck", "The signing key cannot be opened: {problem}."),
            problem=problem,
        ),  # fmt: skip
        msg("SelfCheck", QT_TRANSLATE_NOOP("SelfCheck", "Check the key file and its password.")),
        {"key": str(path)},
    )


def _who(args: argparse.Namespace, station: Path) -> str:
    """Who runs the check: the signed-in account once the station has accounts.

    The full self-check is for a technician or administrator; the pre-hearing check also for
    the secretary (Rules p. 8). A refusal stops the command with code 6 (docs/CLI.md).
    """
    from app.accounts.roles import Action
    from app.cli.errors import EXIT_SIGN_IN, CliError
    from app.cli.signin import sign_in_station_account

    account = sign_in_station_account(args, station)  # fail closed: codes 6 and 7
    if account is None:  # a station without accounts
        return str(args.who or getpass.getuser())
    if not (account.can(Action.SELFCHECK) or args.prehearing and account.can(Action.RECORDING)):
        from app.accounts.rules import role_word
        from audio.text import QT_TRANSLATE_NOOP, msg

        raise CliError(
            EXIT_SIGN_IN,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{name} ({role}) may not run the technician's self-check; the pre-hearing "
                    "check (--prehearing) is open to secretaries",
                ),
                name=account.display_name or account.username,
                role=role_word(account.role),
            ),
        )
    return f"{account.display_name or account.username} ({account.role})"


def _archive_endpoint(args: argparse.Namespace, station: Path) -> str | None:
    if args.archive:
        return str(args.archive)
    from app.archive.settings import SettingsDamaged, SettingsError, load_archive_settings
    from app.cli.errors import EXIT_STATION_FILES, CliError, reason_of

    try:
        return load_archive_settings(station / "settings.json").endpoint or None
    except SettingsDamaged as e:  # fail closed: a damaged file is not "no archive"
        raise CliError(EXIT_STATION_FILES, reason_of(e)) from e
    except SettingsError:
        return None


def guided_steps(
    settings: SelfCheckSettings,
    channels: list[int],
    floors: list[float] | None,
    say: Any = print,
    timeout_s: float = 60.0,
) -> list[CheckResult]:
    """A guided microphone step per channel on the real input, prompting in the terminal."""
    results = []
    for n in channels:
        session = GuidedSession(settings, n, floors)
        shown = ""
        deadline = time.monotonic() + timeout_s
        try:
            while session.step.state != "done" and time.monotonic() < deadline:
                if session.step.prompt != shown:
                    shown = session.step.prompt
                    say(f">>> {said(shown)}")
                time.sleep(0.05)
        finally:
            result = session.stop()
        results.append(result)
        for line in result_lines(result):
            say(line)
    return results


def _print_result(r: CheckResult) -> None:
    for line in result_lines(r):
        print(line, flush=True)


_SUMMARY = {  # (failed, warned) → what the run comes to
    (True, True): QT_TRANSLATE_NOOP(
        "Cli", "The self-check FAILED: {fails} problem(s) must be fixed before recording, and "
        "{warns} warning(s)."),
    (True, False): QT_TRANSLATE_NOOP(
        "Cli", "The self-check FAILED: {fails} problem(s) must be fixed before recording."),
    (False, True): QT_TRANSLATE_NOOP(
        "Cli", "The station is ready ({warns} warning(s) to look at)."),
    (False, False): QT_TRANSLATE_NOOP("Cli", "The station is ready."),
}  # fmt: skip


def _print_summary(run: SelfCheckRun) -> None:
    fails = sum(r.verdict == "fail" for r in run.results)
    warns = sum(r.verdict == "warn" for r in run.results)
    print("\n" + said(msg("Cli", _SUMMARY[fails > 0, warns > 0], fails=fails, warns=warns)))


def _guided(args: argparse.Namespace, settings: SelfCheckSettings, run: Any, say: Any) -> None:
    """The guided microphone test after the checks (none without an input device)."""
    if any(r.check == "input_device" and r.verdict == "fail" for r in run.results):
        skipped = QT_TRANSLATE_NOOP(
            "Cli", "The guided microphone test is skipped: there is no input device."
        )
        say(said(msg("Cli", skipped)))
    else:
        mics = args.microphone or list(range(1, settings.channels + 1))
        try:
            run.results += guided_steps(settings, mics, floors_from(run), say)
        except (SourceError, ValueError) as e:
            run.results.append(
                CheckResult(
                    "guided",
                    "fail",
                    msg(
                        "SelfCheck",
                        QT_TRANSLATE_NOOP("SelfCheck", "The guided test could not run: {error}."),
                        error=reason_of(e),
                    ),  # fmt: skip
                    msg("SelfCheck", QT_TRANSLATE_NOOP("SelfCheck", "Check the input device.")),
                )
            )
    run.finish()


def cmd_selfcheck(args: argparse.Namespace) -> int:
    if args.report and not args.key:
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "a signed report needs the signing key: add --key FILE.p12.")))  # fmt: skip
        return 2
    if args.channels < 1:
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "--channels must be at least 1.")))
        return 2
    station = Path(args.station or os.environ.get("ZHAZBA_STATION") or Path.home() / ".zhazba")
    if args.recordings == Path.home() / "zhazba-hearings":
        args.recordings.mkdir(parents=True, exist_ok=True)  # the default: made on first use
    settings = SelfCheckSettings(
        device=args.device, channels=args.channels, rate=args.rate, bits=args.bits,
        recordings=args.recordings, output_device=args.output, loopback_output=args.loopback,
        archive_endpoint=_archive_endpoint(args, station), media=list(args.media),
        test_seconds=args.seconds,
    )  # fmt: skip
    who = _who(args, station)  # sign-in refused: code 6 (docs/CLI.md)
    key, key_problem = _open_key(args.key, args) if args.key else (None, None)
    checks = PREHEARING_CHECKS if args.prehearing else ALL_CHECKS
    if key_problem is not None:
        checks = tuple(c for c in checks if c != "certificate")
    say = (lambda text: print(text, file=sys.stderr)) if args.json else print
    show = None if args.json else _print_result
    run = run_checks(
        settings,
        checks,
        key=key,
        who=who,
        kind="prehearing" if args.prehearing else "selfcheck",
        on_result=show,
    )
    if key_problem is not None:
        run.results.append(key_problem)
        if show is not None:
            show(key_problem)
    if args.guided and not args.prehearing:
        _guided(args, settings, run, say)
    if not args.no_history:
        try:
            open_history(station).add(run)
        except Exception as e:  # noqa: BLE001 - the check's result matters more than its record
            _err(msg("Cli", QT_TRANSLATE_NOOP(
                "Cli", "the run could not be kept in the station's history: {reason}"),
                reason=reason_of(e)))  # fmt: skip
    if args.json:
        print(json.dumps(run.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_summary(run)
    if args.report:
        code = _signed_report(args.report, run, key, say)
        if code:
            return code
    return 0 if run.passed else 1


def _signed_report(out: Path, run: SelfCheckRun, key: OpenedKey | None, say: Any) -> int:
    """Write the run as a signed report at ``out``; 0, or 1 when it cannot be signed (said)."""
    if key is None:
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "the report is not written: the signing key did not open.")))  # fmt: skip
        return 1
    try:
        report = export_report_with_key(run, out, key)
    except KeyProblem as e:
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "the report is not signed: {reason}"),
                 reason=reason_of(e)))  # fmt: skip
        return 1
    say(said(msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Signed report: {json} and {text} (signatures .p7s), signed by {signer}."),
        json=report.json_path, text=report.text_path, signer=report.signer)))  # fmt: skip
    return 0
