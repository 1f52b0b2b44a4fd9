"""Lines the command line builds from what Qt-free layers report, said in the user's language.

The signing key's description (:class:`signing.keys.KeyInfo`, English only: signing/ is not
translated), the "signed in:" line, why the station catalog cannot be opened (SQLite's own words
are English only) and why the audit log could not be checked against the court archive are each
put together here from translatable templates (:class:`audio.text.Msg`), said with
:func:`app.cli.errors.said`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from app.cli.errors import cli_language, describe_os_error, reason_of, said
from audio.text import QT_TRANSLATE_NOOP, Msg, msg

# RFC 5280's names of a certificate's key usages, in words
_USAGES = {
    "digitalSignature": QT_TRANSLATE_NOOP("Cli", "digital signature"),
    "nonRepudiation": QT_TRANSLATE_NOOP("Cli", "non-repudiation"),
    "keyEncipherment": QT_TRANSLATE_NOOP("Cli", "key encipherment"),
    "dataEncipherment": QT_TRANSLATE_NOOP("Cli", "data encipherment"),
    "keyAgreement": QT_TRANSLATE_NOOP("Cli", "key agreement"),
    "keyCertSign": QT_TRANSLATE_NOOP("Cli", "signing certificates"),
    "cRLSign": QT_TRANSLATE_NOOP("Cli", "signing revocation lists"),
}

# SQLite's error names → what they mean for the station catalog
_SQLITE = {
    "SQLITE_NOTADB": QT_TRANSLATE_NOOP("Cli", "the file is not a database"),
    "SQLITE_CORRUPT": QT_TRANSLATE_NOOP("Cli", "the database in it is damaged"),
    "SQLITE_CANTOPEN": QT_TRANSLATE_NOOP("Cli", "the file cannot be opened"),
    "SQLITE_BUSY": QT_TRANSLATE_NOOP("Cli", "another program is using it"),
    "SQLITE_LOCKED": QT_TRANSLATE_NOOP("Cli", "another program is using it"),
    "SQLITE_READONLY": QT_TRANSLATE_NOOP("Cli", "it may not be written (read-only)"),
    "SQLITE_FULL": QT_TRANSLATE_NOOP("Cli", "the drive is full"),
    "SQLITE_IOERR": QT_TRANSLATE_NOOP("Cli", "the drive reports a read or write error"),
    "SQLITE_PERM": QT_TRANSLATE_NOOP("Cli", "this account may not use it"),
}


def key_description(info: Any, now: dt.datetime | None = None) -> str:
    """:meth:`signing.keys.KeyInfo.describe`, said in the user's language."""
    usage = ", ".join(said(msg("Cli", _USAGES[u])) if u in _USAGES else u for u in info.key_usage)
    lines = [
        msg("Cli", QT_TRANSLATE_NOOP("Cli", "Holder:   {holder}"), holder=info.holder),
        msg("Cli", QT_TRANSLATE_NOOP("Cli", "Issuer:   {issuer}"), issuer=info.issuer),
        msg(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Valid:    {start} to {end} (UTC)"),
            start=f"{info.not_before:%Y-%m-%d}",
            end=f"{info.not_after:%Y-%m-%d}",
        ),
        msg(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "Usage:    {usage}"),
            usage=usage or msg("Cli", QT_TRANSLATE_NOOP("Cli", "not stated")),
        ),
    ]
    if info.warnings:  # the one warning signing/ makes: the certificate expires soon
        left = info.not_after - (now or dt.datetime.now(dt.UTC))
        lines.append(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "WARNING:  the certificate expires in {days} day(s), on {date}. Apply to the "
                    "NCA for a new key now.",
                ),
                days=max(left.days, 0),
                date=f"{info.not_after:%Y-%m-%d}",
            )
        )
    return "\n".join(said(line) for line in lines)


def signed_in_line(account: Any) -> str:
    """ "signed in: NAME (ROLE)", the role in words."""
    from app.accounts.rules import role_word

    return said(
        msg(
            "Cli",
            QT_TRANSLATE_NOOP("Cli", "signed in: {name} ({role})"),
            name=account.display_name or account.username,
            role=role_word(account.role),
        )
    )


def catalog_problem(error: BaseException) -> str:
    """Why the catalog cannot be opened or read, in words (SQLite's reason named, not quoted)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error):
            name = getattr(seen, "sqlite_errorname", "") or ""
            known = _SQLITE.get("_".join(name.split("_")[:2]))  # SQLITE_IOERR_READ: SQLITE_IOERR
            if known:
                return msg("Cli", known)
            if "not a database" in str(seen):
                return msg("Cli", _SQLITE["SQLITE_NOTADB"])
            if "malformed" in str(seen):
                return msg("Cli", _SQLITE["SQLITE_CORRUPT"])
        if isinstance(seen, OSError):
            return describe_os_error(seen)
        seen = seen.__cause__ or seen.__context__
    return reason_of(error)


def catalog_unreadable(path: Path, error: BaseException) -> str:
    """The one line for a station catalog that cannot be opened."""
    return msg(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli",
            "the station catalog {path} cannot be read ({error}); nothing was done. Restore "
            "it from a backup, or ask the technician",
        ),
        path=str(path),
        error=catalog_problem(error),
    )


def audit_line(check: Any, station: Path) -> str:
    """:func:`app.anchoring.audit_anchor.check_audit`'s line in the user's language, its reason
    for not checking too (the archive settings' own message, which reaches it as plain text)."""
    line = check.line
    why = line.params.get("why") if isinstance(line, Msg) else None
    if isinstance(why, str) and not isinstance(why, Msg):
        known = _settings_problem(station)
        if known is not None and str(known) == why:
            line = Msg(line.context, line.template, {**line.params, "why": known})
    return said(line)


def _settings_problem(station: Path) -> str | None:
    from app.archive.settings import SettingsError, load_archive_settings

    try:
        load_archive_settings(Path(station) / "settings.json").validate()
    except SettingsError as e:
        return reason_of(e)
    except Exception:  # noqa: BLE001 - only a reason to say; the check said what it found
        return None
    return None


def sealed_lines(result: Any) -> str:
    """`zhazba seal`'s two lines of success (:class:`signing.seal.SealResult`)."""
    sealed = msg(
        "Cli",
        QT_TRANSLATE_NOOP(
            "Cli",
            "sealed: {package} ({files} files, {megabytes} MB, {seconds} s; {hashes} hashes "
            "taken from the journal)",
        ),
        package=str(result.package),
        files=result.files,
        megabytes=f"{result.payload_bytes / 1e6:.1f}",
        seconds=f"{result.seconds:.2f}",
        hashes=result.hashes_from_journal,
    )
    stamp = (
        msg("Cli", QT_TRANSLATE_NOOP("Cli", "timestamp: added"))
        if result.timestamped
        else msg("Cli", QT_TRANSLATE_NOOP("Cli", "timestamp: none"))
    )
    return said(sealed) + "\n" + said(stamp)


def code_word(words: dict[str, str], code: str) -> str:
    """A code the command line shows (a state, an outcome, a category): the code itself in
    English, for scripts; its word from ``words`` (``Cli`` context) in Kazakh or Russian."""
    if cli_language() == "en" or code not in words:
        return code
    return said(msg("Cli", words[code]))
