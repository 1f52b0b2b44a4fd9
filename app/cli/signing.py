"""`zhazba seal` and `zhazba verify`: sealing, signing and checking hearings from the command line.

``zhazba seal DIR --key FILE.p12 [--tsa URL]`` opens the key (password from the terminal, or
``ZHAZBA_KEY_PASSWORD`` for automation), shows whose it is, and seals the finished hearing into
``DIR.sealed``; ``--timestamp-only`` adds a missing RFC 3161 timestamp to a package sealed while
the TSA was unreachable. ``zhazba verify PATH [--json] [--ca FILE]`` checks a sealed package or a
hearing folder. Both print plain words and exit non-zero on any failure.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from functools import partial
from pathlib import Path
from typing import Any

from app.cli.errors import cli_language, describe_os_error, reason_of, said, say
from app.cli.signin import PASSWORD_FOR, env_secret
from app.evidence.binding import (
    authorised_substitution,
    journal_substitution,
    refusal,
    refuse_wrong_signer,
    station_registry,
)
from app.evidence.register import RegisterError
from app.evidence.trust import installed_chain, refuse_unfit_key
from app.evidence.verify import verify_path
from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing.cades import RsaCadesSigner, TimestampUnavailable, add_timestamp
from signing.keys import KeyProblem
from signing.seal import SealError, package_path_for, seal_hearing
from signing.seal_checks import read_hearing_json

_v = partial(msg, "Evidence")

PASSWORD_ENV = "ZHAZBA_KEY_PASSWORD"
TSA_ENV = "ZHAZBA_TSA_URL"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "seal",
        help="seal and sign a finished hearing",
        description="Seal a finished hearing into a signed BagIt package next to it (DIR.sealed).",
    )
    p.add_argument(
        "dir", type=Path, help="the hearing folder (or, with --timestamp-only, the package)"
    )
    p.add_argument("--key", type=Path, help="the secretary's PKCS#12 key file (.p12)")
    p.add_argument("--tsa", default=os.environ.get(TSA_ENV), help="RFC 3161 timestamp URL")
    p.add_argument(
        "--timestamp-only",
        action="store_true",
        help="add a missing timestamp to an already sealed package (needs --tsa)",
    )
    p.add_argument(
        "--substitute-why",
        help="sealing with a key that is not the hearing secretary's: why (journaled first)",
    )
    p.add_argument("--ordered-by", help="with --substitute-why: on whose order (the judge)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=seal_command)

    v = subparsers.add_parser(
        "verify",
        help="verify a sealed package or a hearing folder",
        description="Check signature, files, hashes, journal and audio; exit 0 only if all hold.",
    )
    v.add_argument("path", type=Path, help="a sealed package (….sealed) or a hearing folder")
    v.add_argument(
        "--ca",
        type=Path,
        help="PEM file with the trusted root (and intermediate) CAs; without it the signer's "
        "identity is not confirmed and the exit code is 1",
    )
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument(
        "--lang",
        choices=("en", "kk", "ru"),
        default=None,
        help="language of the printed report (the court's: kk or ru; Rules p. 22); default: the "
        "user's language ($ZHAZBA_LANG, else the locale)",
    )
    v.set_defaults(func=verify_command)


def _err(message: str) -> None:
    say(message)  # a translatable message in the user's language


def _password(key: Path, args: argparse.Namespace) -> str | None:
    env = env_secret(args, PASSWORD_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "no password: type it at a terminal, or set {env} for automated sealing."),
            env=PASSWORD_ENV))  # fmt: skip
        return None
    try:
        return getpass.getpass(said(msg("Cli", PASSWORD_FOR, name=key.name)))
    except (EOFError, KeyboardInterrupt):
        return None


def _not_sealed(why: str) -> str:
    return msg("Cli", QT_TRANSLATE_NOOP("Cli", "not sealed: {why}"), why=why)


def _open_for_sealing(args: argparse.Namespace) -> tuple[Any, Any] | int:
    """The secretary's key opened and fit for this hearing, or the exit code of a refusal."""
    if args.key is None:
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "give the signing key file with --key FILE.p12.")))
        return 2
    if not args.dir.is_dir():
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "no such hearing folder: {path}"), path=args.dir))
        return 2
    password = _password(args.key, args)
    if password is None:
        return 2
    from app.accounts.key_attempts import open_key_counted
    from app.cli.signin import terminal_source
    from app.station import Station

    try:
        with Station().catalog() as catalog:  # wrong passwords are counted and locked
            opened, info = open_key_counted(catalog, args.key, password, source=terminal_source())
    except KeyProblem as e:
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "cannot use the key {path}: {why}"),
                 path=args.key, why=reason_of(e)))  # fmt: skip
        return 3
    from app.cli.said_lines import key_description

    print(key_description(info), file=sys.stderr)
    from app.hearing.simulated import refuse_court_key

    why = refuse_court_key(args.dir, opened.certificate, Station().folder)
    if why:
        _err(_not_sealed(why))
        return 4
    try:
        refuse_unfit_key(opened, _station_folder())
    except KeyProblem as e:
        _err(_not_sealed(reason_of(e)))
        return 3
    return opened, info


def _print_sealed(result: Any, as_json: bool) -> None:
    if as_json:
        import json

        doc = {
            "package": str(result.package),
            "files": result.files,
            "bytes": result.payload_bytes,
            "hashes_from_journal": result.hashes_from_journal,
            "hashed_now": result.hashed_now,
            "timestamped": result.timestamped,
            "timestamp_problem": result.timestamp_problem,
            "warnings": result.warnings,
            "seconds": round(result.seconds, 3),
        }
        print(json.dumps(doc, ensure_ascii=False))
    else:
        from app.cli.said_lines import sealed_lines

        print(sealed_lines(result))
    if result.timestamp_problem:
        _err(f"warning: {result.timestamp_problem}")
    for w in result.warnings:
        _err(f"warning: {w}")


def seal_command(args: argparse.Namespace) -> int:
    if args.timestamp_only:
        return _timestamp_only(args)
    opened_info = _open_for_sealing(args)
    if isinstance(opened_info, int):
        return opened_info
    opened, info = opened_info
    registry = station_registry(_station_folder() / "catalog.sqlite")
    target = package_path_for(args.dir)
    if target.exists():  # before anything is journaled: the journal is shared with the package
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "not sealed: {target} already exists: this hearing has been sealed. Check it "
            "with `zhazba verify {target}`; never seal twice over an existing package."),
            target=target))  # fmt: skip
        return 4
    try:
        _substitution(args, opened.certificate, info.holder, registry)
        refuse_wrong_signer(args.dir, opened.certificate, registry)
    except (SealError, ValueError, RegisterError) as e:
        _err(_said(e))
        return 4
    try:
        _copy_anchors(args.dir)
        result = seal_hearing(args.dir, RsaCadesSigner(opened), args.tsa)
    except SealError as e:
        _err(_not_sealed(reason_of(e)))
        return 4
    except OSError as e:
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "not sealed: {why}. The hearing folder is unchanged; free disk space or check "
            "the drive, then seal again."), why=describe_os_error(e)))  # fmt: skip
        return 4
    _record_sealed(args.dir, opened.certificate, info.holder)
    _print_sealed(result, args.json)
    return 0


def _said(e: BaseException) -> str:
    """An error's one line in the language of ``ZHAZBA_LANG`` (kk, ru; English otherwise)."""
    from app.translations import env_lang, translate

    text = e.args[0] if e.args else str(e)
    said = translate(text, env_lang())
    return said if isinstance(text, Msg) else f"not sealed: {said}"


def _substitution(args: argparse.Namespace, cert: Any, holder: str, registry: Any) -> None:
    """Journal a substitution before the seal. On a court station only one the administrator
    authorised (`zhazba trust substitute`), and then it is journaled as authorised."""
    wanted = bool(args.substitute_why or args.ordered_by)
    secretary = str(read_hearing_json(args.dir).get("secretary", ""))
    if registry is not None and registry.court:
        auth = authorised_substitution(registry, args.dir, cert)
        if auth is None:
            if wanted:
                raise SealError(refusal("substitution_unauthorised", why=_v(QT_TRANSLATE_NOOP(
                    "Evidence", "no administrator authorised {who} to seal this hearing"),
                    who=holder)))  # fmt: skip
            return
        journal_substitution(
            args.dir, cert, str(auth.get("who") or holder), str(auth.get("why", "")),
            str(auth.get("ordered_by", "")), secretary,
        )  # fmt: skip
        return
    if wanted:
        journal_substitution(
            args.dir, cert, holder, args.substitute_why or "", args.ordered_by or "", secretary
        )


def _record_sealed(hearing: Path, cert: Any, holder: str) -> None:
    """The certificate that sealed the hearing, in the station's audit log (court mode)."""
    from app.evidence.binding import _fingerprint
    from app.evidence.register import record_sealed

    hearing_id = str(read_hearing_json(hearing).get("id") or hearing.name)
    record_sealed(_station_folder(), hearing_id, _fingerprint(cert), holder)


def _timestamp_only(args: argparse.Namespace) -> int:
    if not args.tsa:
        none = QT_TRANSLATE_NOOP(
            "Cli", "give the timestamp authority with --tsa URL (or set {env})."
        )
        _err(msg("Cli", none, env=TSA_ENV))
        return 2
    package = args.dir
    if not (package / "tagmanifest-sha256.txt.p7s").exists():
        candidate = package_path_for(package)
        if (candidate / "tagmanifest-sha256.txt.p7s").exists():
            package = candidate
        else:
            _err(msg("Cli", QT_TRANSLATE_NOOP(
                "Cli", "{path} is not a sealed package (no tagmanifest-sha256.txt.p7s)."),
                path=args.dir))  # fmt: skip
            return 2
    try:
        added = add_timestamp(package, args.tsa)
    except TimestampUnavailable as e:
        _err(reason_of(e))
        return 5
    except ValueError as e:
        _err(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "the signature of {package} cannot be read: {reason}"),
            package=package, reason=reason_of(e)))  # fmt: skip
        return 4
    done = (
        QT_TRANSLATE_NOOP("Cli", "{package}: timestamp added")
        if added
        else QT_TRANSLATE_NOOP("Cli", "{package}: already has a timestamp")
    )
    print(said(msg("Cli", done, package=package)))
    return 0


def _station_folder() -> Path:
    from app.station_folder import default_folder

    return default_folder()


def _copy_anchors(hearing: Path) -> None:
    """The station's live anchors of this hearing go into the package (app/anchoring/wiring.py)."""
    from app.anchoring.wiring import copy_anchors_into

    copy_anchors_into(hearing, _station_folder())


def _not_verifiable(path: Path) -> str:
    """Why ``path`` cannot be verified at all (app/evidence/verify.py says it in English)."""
    if not path.is_dir():
        return msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} is not a folder. Give the sealed package folder (….sealed) or a hearing "
            "folder."), path=path)  # fmt: skip
    return msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "{path} is neither a sealed package (no bagit.txt) nor a hearing folder (no "
        "journal.jsonl)."), path=path)  # fmt: skip


def verify_command(args: argparse.Namespace) -> int:
    # without --ca, the court chain the administrator installed on this station
    ca = args.ca or installed_chain(_station_folder())
    registry = station_registry(_station_folder() / "catalog.sqlite")
    try:
        report = verify_path(args.path, ca, registry, _station_folder())
    except FileNotFoundError:
        _err(_not_verifiable(Path(args.path)))
        return 2
    except ValueError as e:  # a bad --ca file
        _err(str(e))
        return 2
    except OSError as e:  # a name too long, a folder this account may not read
        _err(msg("Cli", QT_TRANSLATE_NOOP("Cli", "cannot verify {path}: {why}"), path=args.path,
                 why=describe_os_error(e)))  # fmt: skip
        return 2
    if args.json:
        print(report.to_json())
    else:
        from app.evidence.text import report_text

        print(report_text(report, getattr(args, "lang", None) or cli_language()))
    return 0 if report.ok else 1
