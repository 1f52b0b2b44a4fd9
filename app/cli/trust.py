"""`zhazba trust`: the court's CA chain on this station (installed by the administrator).

``zhazba trust install CHAIN.pem`` stores the chain in ``<station>/trust/court-ca.pem``
(:mod:`app.evidence.trust`); ``zhazba trust show`` lists what is installed. Once installed, keys
that do not lead to it may not seal, and every check before a copy or an upload requires the
package's signer to lead to it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.errors import EXIT_USAGE, describe_os_error, reason_of, said, say
from app.evidence.trust import describe, install_chain, installed_chain
from audio.text import QT_TRANSLATE_NOOP, msg


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
    u = tsub.add_parser(
        "substitute",
        parents=[common],
        help="authorise another certificate to seal one hearing instead of its secretary",
    )
    u.add_argument("hearing", type=Path, help="the hearing folder")
    u.add_argument("--certificate", type=Path, required=True, help="the substitute's certificate")
    u.add_argument("--why", required=True, help="why the secretary does not seal it")
    u.add_argument("--ordered-by", required=True, help="on whose order (the judge)")
    u.set_defaults(func=cmd_substitute)


def _emit(args: argparse.Namespace, doc: dict[str, Any], text: str) -> None:
    print(json.dumps(doc, ensure_ascii=False) if args.json else text)


def cmd_install(args: argparse.Namespace) -> int:
    try:
        lines = install_chain(_folder(args), args.chain, _by(args))
    except (OSError, ValueError) as e:  # the file given is not a usable chain: bad input
        say(_not_installed(args.chain, e), "trust")
        return EXIT_USAGE
    path = installed_chain(_folder(args))
    _emit(
        args,
        {"installed": str(path), "certificates": lines},
        said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "installed {path}:"), path=str(path)))
        + "\n"
        + "\n".join(f"  {line}" for line in lines),
    )
    return 0


def _not_installed(chain: Path, e: Exception) -> str:
    """Why the chain was not installed, in the user's language (the library's details, English
    only, stay out: the file and what to give instead say enough)."""
    if isinstance(e, OSError):
        why = describe_os_error(e)
    elif "is not a certification authority" in str(e):
        not_ca = QT_TRANSLATE_NOOP(
            "Cli",
            "{path}: a certificate in it is not a certification authority's certificate; "
            "install only the court's root and intermediate CA certificates",
        )
        why = msg("Cli", not_ca, path=chain)
    elif "holds no root certificate" in str(e):
        why = msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} holds no root certificate (one that signs itself); include the NCA "
            "root"), path=chain)  # fmt: skip
    else:
        why = msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} is not a certificate file: give the PEM file with the NCA's root and "
            "intermediate certificates"), path=chain)  # fmt: skip
    return msg("Cli", QT_TRANSLATE_NOOP("Cli", "not installed: {why}"), why=why)


def cmd_show(args: argparse.Namespace) -> int:
    path = installed_chain(_folder(args))
    if path is None:
        _emit(
            args,
            {"installed": None, "certificates": []},
            said(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "no court certificate chain is installed on this station: who signed "
                        "cannot be confirmed. Install it with `zhazba trust install CHAIN.pem`.",
                    ),
                )
            ),
        )
        return 1
    lines = describe(path)
    _emit(args, {"installed": str(path), "certificates": lines}, "\n".join([str(path), *lines]))
    return 0


def _by(args: argparse.Namespace) -> str:
    account = getattr(args, "signed_in", None)
    return str(account.username) if account is not None else ""


def cmd_substitute(args: argparse.Namespace) -> int:
    """The administrator's authorisation, in the station's audit log (app/evidence/register.py):
    only then may the substitute's key seal the hearing (`zhazba seal … --substitute-why`)."""
    from cryptography import x509

    from app.evidence.binding import _fingerprint
    from app.evidence.register import authorise_substitution, court_mode
    from signing.keys import common_name
    from signing.seal_checks import SealError, read_hearing_json

    folder = _folder(args)
    if not court_mode(folder):
        say(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "this station has no accounts, so there is no administrator to authorise a "
                    "substitution; journal it with `zhazba seal … --substitute-why`.",
                ),
            ),
            "trust",
        )
        return EXIT_USAGE
    try:
        data = args.certificate.read_bytes()
        cert = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except (OSError, ValueError) as e:
        _not_authorised(_not_a_certificate(args.certificate, e))
        return EXIT_USAGE
    try:
        info = read_hearing_json(args.hearing)
    except (OSError, ValueError, SealError) as e:
        _not_authorised(describe_os_error(e) if isinstance(e, OSError) else reason_of(e))
        return EXIT_USAGE
    if not (args.why.strip() and args.ordered_by.strip()):
        _not_authorised(msg("Cli", QT_TRANSLATE_NOOP("Cli", "say why, and on whose order")))
        return EXIT_USAGE
    hearing = str(info.get("id") or args.hearing.name)
    who = common_name(cert.subject)
    authorise_substitution(
        folder, hearing, _fingerprint(cert), who, args.why.strip(), args.ordered_by.strip(),
        _by(args),
    )  # fmt: skip
    done = msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "{who} may seal {hearing} instead of its secretary (authorised by {by})"),
        who=who, hearing=hearing, by=_by(args) or "?")  # fmt: skip
    _emit(
        args,
        {"hearing": hearing, "substitute": who, "certificate_sha256": _fingerprint(cert)},
        said(done),
    )
    return 0


def _not_authorised(why: str) -> None:
    say(msg("Cli", QT_TRANSLATE_NOOP("Cli", "not authorised: {why}"), why=why), "trust")


def _not_a_certificate(path: Path, e: Exception) -> str:
    """Why the substitute's certificate file cannot be used (the library's details, English only,
    stay out)."""
    if isinstance(e, OSError):
        return describe_os_error(e)
    return msg("Cli", QT_TRANSLATE_NOOP(
        "Cli", "{path} is not a certificate: give the substitute's certificate file (PEM or "
        "DER), as the certification authority issued it"), path=str(path))  # fmt: skip
