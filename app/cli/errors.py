"""The command line's exit codes and its one top-level error handler (docs/CLI.md).

Every `zhazba` command ends in one of the exit codes below. A command that knows what went wrong
raises :class:`CliError` with the code and one line for the user; anything else that escapes a
command — a full disk, a read-only folder, a bug — is caught once, here, by :func:`run_guarded`:
the user gets one line saying what failed and where the details are, the traceback goes to the
station's command log, and no Python traceback ever reaches the terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

EXIT_OK = 0  # done; for verify: the package or folder is intact
EXIT_FAILED = 1  # the work failed or the thing checked is not intact (the message says why)
EXIT_USAGE = 2  # bad input: an option, a number out of bounds, a file that is not what it should be
EXIT_KEY = 3  # the signing key cannot be used (wrong password, expired, not for signing)
EXIT_NOT_SEALED = 4  # sealing failed; the hearing folder is unchanged
EXIT_TSA = 5  # the timestamp authority did not answer
EXIT_SIGN_IN = 6  # sign-in needed, refused, or the role may not do this
EXIT_STATION_FILES = 7  # a station file (settings, accounts, keys) is damaged or unreadable
EXIT_INTERNAL = 70  # an unexpected error (a bug): one line here, the traceback in the log
EXIT_CANCELLED = 130  # Ctrl-C / SIGINT

EXIT_CODES = {
    EXIT_OK: "done (verify: intact)",
    EXIT_FAILED: "failed or not intact",
    EXIT_USAGE: "bad input",
    EXIT_KEY: "the key cannot be used",
    EXIT_NOT_SEALED: "not sealed",
    EXIT_TSA: "no timestamp authority",
    EXIT_SIGN_IN: "sign-in needed or refused",
    EXIT_STATION_FILES: "a station file is damaged or unreadable",
    EXIT_INTERNAL: "unexpected error",
    EXIT_CANCELLED: "cancelled",
}

LOG_NAME = "zhazba-cli.log"
_LOG_MAX_BYTES = 1_000_000


class CliError(Exception):
    """A failure the command can name: ``message`` is shown as one line, ``code`` is the exit."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def cli_language() -> str:
    """The language of the command's messages: ``ZHAZBA_LANG``, else the locale (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``) when it is Kazakh or Russian, else English. The one rule (also
    :func:`app.translations.env_lang`); light, as ``zhazba --help`` asks it."""
    for name in ("ZHAZBA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            lang = value[:2].lower()
            return lang if lang in ("kk", "ru") else "en"
    return "en"


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a bad option or value is one line and code 2 (:class:`CliError`), never
    the usage block: the same shape as every other refusal. ``--help`` still shows it all.
    argparse's own words ("usage:", "invalid choice", "unrecognized arguments") are said in the
    user's language (:mod:`app.cli.argparse_texts`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        speak_argparse()
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        from audio.text import QT_TRANSLATE_NOOP, msg

        see = QT_TRANSLATE_NOOP("Cli", "{message} (see `{prog} --help`)")
        raise CliError(EXIT_USAGE, msg("Cli", see, message=message, prog=self.prog))


def _argparse_gettext(text: str) -> str:
    """argparse's gettext: its own words in the user's language (the window's translations)."""
    lang = cli_language()
    if lang == "en":
        return text
    from app.cli.argparse_texts import translated

    return translated(text, lang)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_gettext(singular if n == 1 else plural)


def speak_argparse() -> None:
    """Route argparse's words through :func:`_argparse_gettext` (argparse looks up its module's
    ``_`` and ``ngettext`` each time it says something; in English nothing changes)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def said(message: str) -> str:
    """``message`` in the user's language (:func:`cli_language`) when it is a translatable
    :class:`audio.text.Msg`, else as it is."""
    from audio.text import Msg

    if isinstance(message, Msg):
        from app.translations import translate

        return translate(message, cli_language())
    return message


def say(message: str, command: str = "") -> None:
    """One line for the user on standard error, prefixed with the program's name (and the
    command's, when given); a :class:`audio.text.Msg` is said in the user's language."""
    prefix = f"zhazba {command}:" if command else "zhazba:"
    # one write per line: a line said from another thread (a rejected marker) never lands
    # in the middle of this one
    sys.stderr.write(f"{prefix} {one_line(said(message))}\n")
    sys.stderr.flush()


def reason_of(error: BaseException) -> str:
    """:func:`audio.text.message_of`, imported when an error is said (``zhazba --help`` loads no
    audio module)."""
    from audio.text import message_of

    return message_of(error)


def one_line(text: str, limit: int = 1000) -> str:
    """``text`` without line breaks or other control characters, and not endless."""
    flat = "".join(c if c.isprintable() else " " for c in text.replace("\n", " "))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def log_path() -> Path:
    """Where tracebacks go: the station folder's ``logs/``, else the temporary folder."""
    station = os.environ.get("ZHAZBA_STATION") or str(Path.home() / ".zhazba")
    folder = Path(station) / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.access(folder, os.W_OK):
            return folder / LOG_NAME
    except OSError:
        pass
    uid = os.getuid() if os.name == "posix" else 0
    return Path(tempfile.gettempdir()) / f"zhazba-cli-{uid}.log"


def log_traceback(error: BaseException, argv: list[str]) -> Path | None:
    """Append the traceback to the command log (kept short: the previous one is rolled over)."""
    path = log_path()
    text = "".join(traceback.format_exception(error))
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        if path.exists() and path.stat().st_size > _LOG_MAX_BYTES:
            path.replace(path.with_suffix(".log.1"))
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="replace") as f:
            f.write(f"--- {stamp} zhazba {' '.join(argv)}\n{text}\n")
    except OSError:
        return None
    return path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the marker lupdate reads
    """:func:`audio.text.QT_TRANSLATE_NOOP`, here: ``zhazba --help`` loads no audio module."""
    return text


# errno → what to do (what happened: audio.os_errors.OS_ERROR_NAMES; the operating system's
# own words are English only)
_PERMISSIONS = QT_TRANSLATE_NOOP("Cli", "this account may not use that file; check its permissions")
_OS_HINTS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Cli", "free space on that drive and try again"),
    errno.EROFS: QT_TRANSLATE_NOOP("Cli", "the drive is read-only; write somewhere else"),
    errno.EACCES: _PERMISSIONS,
    errno.EPERM: _PERMISSIONS,
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Cli", "use a shorter name"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Cli", "check the path"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Cli", "a folder was expected; check the path"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Cli", "a file was expected, not a folder; check the path"),
    errno.EIO: QT_TRANSLATE_NOOP("Cli", "the drive reports a read or write error; check the drive"),
}


def describe_os_error(e: OSError) -> str:
    """An operating-system error in plain words with the file it concerns and what to do (a
    translatable message: said in the user's language)."""
    from audio.os_errors import os_error_name
    from audio.text import msg

    hint = msg(
        "Cli",
        _OS_HINTS.get(e.errno or -1, QT_TRANSLATE_NOOP("Cli", "check the drive and the path")),
    )
    what = os_error_name(e)
    if e.filename:
        return msg("Cli", QT_TRANSLATE_NOOP("Cli", "{what} ({path}): {hint}"), what=what,
                   path=e.filename, hint=hint)  # fmt: skip
    return msg("Cli", QT_TRANSLATE_NOOP("Cli", "{what}: {hint}"), what=what, hint=hint)


def station_file_problem(error: BaseException) -> str | None:
    """The one line for a damaged settings file, a station secret that is damaged, readable by
    others or missing, or a catalog gone from a station that had accounts (whichever command
    met it), else None. Imported here, when it happens: ``zhazba
    --help`` loads no module of the station's areas."""
    from app.accounts.marker import CatalogMissing
    from app.accounts.secrets import SecretsError
    from app.archive.settings import SettingsDamaged

    if isinstance(error, (CatalogMissing, SettingsDamaged, SecretsError)):
        first = error.args[0] if error.args else None
        return first if isinstance(first, str) else str(error)
    return None


def run_guarded(work: Callable[[], int], argv: list[str]) -> int:
    """Run a command; whatever escapes it becomes one line and an exit code from the table."""
    try:
        return int(work() or 0)
    except CliError as e:
        say(e.message)
        return e.code
    except KeyboardInterrupt:
        from audio.text import msg

        say(msg("Cli", QT_TRANSLATE_NOOP("Cli", "cancelled")))
        return EXIT_CANCELLED
    except BrokenPipeError:
        return EXIT_FAILED  # the reader went away (e.g. `| head`): nothing to say to anyone
    except OSError as e:
        path = log_traceback(e, argv)
        problem: str = describe_os_error(e)
        if path:
            from audio.text import msg

            details = QT_TRANSLATE_NOOP("Cli", "{problem} (details: {path})")
            problem = msg("Cli", details, problem=problem, path=path)
        say(problem)
        return EXIT_FAILED
    except Exception as e:  # noqa: BLE001 - the one place every unexpected error is caught
        damaged = station_file_problem(e)
        if damaged is not None:  # a damaged or missing station file: fail closed, naming it
            say(damaged)
            return EXIT_STATION_FILES
        path = log_traceback(e, argv)
        detail = one_line(str(e), 300)
        say(
            f"unexpected error: {type(e).__name__}{': ' + detail if detail else ''}. "
            + (f"The details are in {path}; " if path else "")
            + "please report it to the station's technician."
        )
        return EXIT_INTERNAL
