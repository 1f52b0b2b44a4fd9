"""Sign-in on the command line: the same accounts and role rules as the window (Rules p. 7, 20).

When the station has accounts, every command that records, seals, gives out, changes or lists
evidence or accounts needs ``--user NAME`` (or ``ZHAZBA_USER``) and that person's password, typed
at the terminal or given once in ``ZHAZBA_PASSWORD``. :func:`require_command_sign_in` runs once
for every command, before it starts, from :mod:`app.cli.commands`; which role may run which
command is :data:`COMMAND_ACTIONS` over :mod:`app.accounts.roles`' permission map. Reading
``verify`` of a package, listing devices or media, ``about`` and the demo stay open to anyone. A
station without accounts (first set-up, a demonstration) asks nobody, as the window does. A catalog
that cannot be read stops the command (fail closed): it is never taken for "no accounts".

Passwords given in the environment are read once, when the command starts, and removed from it
(:func:`take_env_secrets`), so they do not stay in ``/proc/<pid>/environ`` for the whole run nor
pass on to child processes.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from app.cli.errors import EXIT_SIGN_IN, EXIT_STATION_FILES, CliError, said


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the marker lupdate reads
    """:func:`audio.text.QT_TRANSLATE_NOOP`, here: ``zhazba --help`` loads no audio module."""
    return text


def msg(context: str, template: str, /, **params: Any) -> str:
    """:func:`audio.text.msg`, imported when a refusal is made."""
    from audio.text import msg as make

    return make(context, template, **params)


PASSWORD_FOR = QT_TRANSLATE_NOOP("Cli", "Password for {name}: ")
USER_ENV = "ZHAZBA_USER"
PASSWORD_ENV = "ZHAZBA_PASSWORD"
# Read once at start-up and removed from the environment.
SECRET_ENVS = ("ZHAZBA_PASSWORD", "ZHAZBA_KEY_PASSWORD", "ZHAZBA_NEW_PASSWORD")

# (command, sub-command) → the action of app.accounts.roles whose roles may run it; None: open.
COMMAND_ACTIONS: dict[tuple[str, str | None], str | None] = {
    ("record", None): "recording",
    ("recover", None): "recording",
    ("seal", None): "recording",
    ("protocol", None): "review",
    ("document", None): "review",
    ("export", None): "recording",  # the secretary writes the case-file copy (p. 12, 21)
    ("copies", "add"): "recording",
    ("copies", "issue"): "recording",
    ("copies", "receipt"): "recording",
    ("copies", "list"): "review",
    ("copies", "writes"): "review",
    ("archive", "queue"): "archive",
    ("archive", "run"): "archive",
    ("archive", "status"): "archive",
    ("archive", "verify"): "archive",
    ("anchors", None): "archive",  # live anchors: status of the outbox, send (app/cli/anchors.py)
    ("archive", "extend"): "settings",
    ("archive", "configure"): "settings",
    ("archive", "credentials"): "archive_credentials",
    ("catalog", "rebuild"): "settings",
    ("catalog", "search"): "review",
    ("account", "add"): "accounts",
    ("account", "list"): "accounts",
    ("account", "log"): "accounts",
    ("account", "password"): "accounts",
    ("account", "disable"): "accounts",
    ("account", "enable"): "accounts",
    ("account", "unlock"): "accounts",
    ("account", "role"): "accounts",
    ("trust", "install"): "settings",  # the court's CA chain: the administrator's
    ("trust", "show"): None,
    ("trust", "substitute"): "accounts",  # the administrator authorises a substitute signer
    ("turns", None): "review",  # who spoke when: read from the recording
    ("not-recorded", None): "recording",  # an official record of a hearing held unrecorded
    ("listening", "start"): "recording",
    ("listening", "end"): "recording",
    ("listening", "list"): "review",
    ("judge-informed", None): "recording",  # the secretary's statement in the journal (p. 9)
    ("time-zone", None): "settings",  # setting it moves every document's clock (showing: open)
}
_SUBCOMMAND_DESTS = (
    "account_command",
    "archive_command",
    "catalog_command",
    "copies_command",
    "listening_command",
    "trust_command",
)


def take_env_secrets(names: tuple[str, ...] = SECRET_ENVS) -> dict[str, str]:
    """The passwords given in the environment, removed from it (read once): from
    ``os.environ``, from the C library's environment, and from the copy the kernel shows in
    ``/proc/<pid>/environ`` (:func:`scrub_process_environment`)."""
    taken = {name: os.environ.pop(name) for name in names if name in os.environ}
    if taken:
        scrub_process_environment(tuple(taken))
    return taken


def scrub_process_environment(names: tuple[str, ...]) -> None:
    """Overwrite ``NAME=value`` of ``names`` in the process's original environment block.

    ``unsetenv`` only drops the C library's pointer; the bytes the process started with stay in
    memory, and Linux shows exactly that block as ``/proc/<pid>/environ`` to the process's own
    account and root, for as long as the process runs. The block is the process's own writable
    memory (its address is in ``/proc/self/stat``), and once the variable is unset nothing
    points into the overwritten entry. Linux only; elsewhere nothing to do."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        with open("/proc/self/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        start, end = int(fields[-3]), int(fields[-2])  # env_start, env_end (proc(5) 50, 51)
        with open("/proc/self/environ", "rb") as f:
            block = f.read()
    except (OSError, ValueError, IndexError):
        return
    if len(block) > end - start:
        return
    offset = 0
    for entry in block.split(b"\0"):
        if any(entry.startswith(name.encode() + b"=") for name in names):
            ctypes.memset(start + offset, 0, len(entry))
        offset += len(entry) + 1


def env_secret(args: argparse.Namespace, name: str) -> str | None:
    """A password given in the environment: the one :mod:`app.cli.commands` took at start-up,
    else (a handler called directly, as tests do) the environment as it is now."""
    taken = getattr(args, "env_secrets", None)
    if taken is not None:
        return taken.get(name)
    return os.environ.get(name)


def add_sign_in_options(parser: argparse.ArgumentParser) -> None:
    """``--user`` on every command that does not have it yet."""
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public walk
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in set(action.choices.values()):
                _add_user(sub)


def _add_user(parser: argparse.ArgumentParser) -> None:
    has_sub = False
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            has_sub = True
            for sub in set(action.choices.values()):
                _add_user(sub)
    passes_on = any(a.nargs == argparse.REMAINDER for a in parser._actions)  # noqa: SLF001
    if passes_on:
        return  # `gui` hands its options to the window, which signs in itself
    if not has_sub and "--user" not in parser._option_string_actions:  # noqa: SLF001
        parser.add_argument(
            "--user",
            help=f"sign in as this person (or ${USER_ENV}); password from the terminal "
            f"or ${PASSWORD_ENV}",
        )


def terminal_source() -> str:
    """Where a password is typed on the command line, for counting wrong ones apart from the
    window's and other terminals' (:data:`app.accounts.roles.SOURCE_SEPARATOR`)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    try:
        tty = os.ttyname(sys.stdin.fileno()) if sys.stdin and sys.stdin.isatty() else "no terminal"
    except (OSError, ValueError):
        tty = "no terminal"
    return f"command line, uid {uid}, {tty}"


def command_action(args: argparse.Namespace) -> str | None:
    """The action a parsed command needs (None: open to anyone)."""
    sub = next((getattr(args, d) for d in _SUBCOMMAND_DESTS if getattr(args, d, None)), None)
    command = str(getattr(args, "command", ""))
    if command == "time-zone" and not getattr(args, "zone", None):
        return None  # only showing it
    return COMMAND_ACTIONS.get((command, sub))


def _station_folder(args: argparse.Namespace) -> Path:
    from app.station_folder import default_folder

    given = getattr(args, "station", None)
    return Path(given) if given else default_folder()


def refused(error: Exception) -> str:
    """The one line for a refused sign-in, in the user's language (the common reasons
    translated; any other reason, such as a tampered account, as the accounts say it)."""
    from app.accounts.roles import AccountLocked

    text = str(error)
    if isinstance(error, AccountLocked):
        return msg(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "not signed in: the account {name} is locked after too many wrong passwords, "
                "until {until} (for {minutes} min); wait, or ask an administrator to unlock it",
            ),
            name=repr(error.username),
            until=error.until.astimezone().strftime("%H:%M"),
            minutes=error.minutes,
        )
    # the accounts say their reasons as translatable messages (app/accounts/roles.py, rules.py)
    reason = error.args[0] if error.args and isinstance(error.args[0], str) else text
    return msg("Cli", QT_TRANSLATE_NOOP("Cli", "not signed in: {reason}"), reason=reason)


def read_password(args: argparse.Namespace, username: str) -> str:
    """The password of ``username``: given once in the environment, or typed at the terminal."""
    given = env_secret(args, PASSWORD_ENV)
    if given is not None:
        return given
    try:
        tty = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        tty = -1
    if tty < 0:
        raise CliError(
            EXIT_SIGN_IN,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "no terminal to type the password of {user} at; set {env} for scripts"
                ),
                user=username,
                env=PASSWORD_ENV,
            ),
        )
    os.close(tty)
    try:
        return getpass.getpass(said(msg("Cli", PASSWORD_FOR, name=username)))
    except (EOFError, KeyboardInterrupt) as e:
        raise CliError(
            EXIT_SIGN_IN,
            msg("Cli", QT_TRANSLATE_NOOP("Cli", "no password given; nothing was done")),
        ) from e


def require_command_sign_in(args: argparse.Namespace) -> None:
    """Sign the person in and check their role, when the station has accounts (else nothing).

    Sets ``args.signed_in`` to the :class:`app.accounts.roles.Account` for the command to use."""
    args.signed_in = None
    action_name = command_action(args)
    if action_name is None:
        return
    from app.accounts.roles import AccountError, Action
    from app.cli.hearing_station import check_hearings_station

    folder = _station_folder(args)
    account = sign_in_station_account(args, folder)
    check_hearings_station(args, folder, has_accounts=account is not None)
    if account is None:
        return
    try:
        account.require(Action(action_name))
    except AccountError as e:
        raise CliError(EXIT_SIGN_IN, refused(e)) from e
    args.signed_in = account
    from app.cli.said_lines import signed_in_line

    print(signed_in_line(account), file=sys.stderr)


def sign_in_station_account(args: argparse.Namespace, folder: Path) -> Any:
    """The :class:`app.accounts.roles.Account` of ``--user``/``ZHAZBA_USER`` after their password,
    or None on a station without accounts. Fail closed: a catalog that cannot be read, or one
    that is missing or emptied on a station that had accounts, stops the command (code 7);
    no user, a wrong password or a locked name is code 6. The role is the caller's to check."""
    from app.accounts.marker import had_accounts, mark_accounts, missing_catalog

    catalog_path = folder / "catalog.sqlite"
    missing = missing_catalog(catalog_path)
    if missing is not None:
        raise CliError(EXIT_STATION_FILES, missing)
    if not catalog_path.exists():
        return None  # no catalog and never any accounts: first set-up
    from app.accounts.roles import AccountError, AccountStore
    from app.catalog.store import Catalog, CatalogError

    try:
        with Catalog(catalog_path) as catalog:
            store = AccountStore(catalog, source=terminal_source())
            if store.count() == 0:
                if store.seal.accounts_vanished() or had_accounts(folder):
                    raise _accounts_deleted(catalog_path)
                return None
            mark_accounts(folder)  # a station from before the marker gets it now
            check_audit_log(catalog, catalog_path, moving=_configures_archive(args))
            user = getattr(args, "user", None) or os.environ.get(USER_ENV)
            if not user:
                raise _no_user()
            password = read_password(args, user)
            try:
                account = store.sign_in(user, password)
            except AccountError as e:
                raise CliError(EXIT_SIGN_IN, refused(e)) from e
    except (CatalogError, sqlite3.DatabaseError, OSError) as e:
        raise _unreadable_catalog(catalog_path, e) from e
    args.user = user
    return account


def check_audit_log(catalog: Any, catalog_path: Path, moving: bool = False) -> None:
    """When the station has a court archive: its audit log against the archive's audit anchors
    (:mod:`app.anchoring.audit_anchor`); rolled back or rewritten stops the command (code 7),
    an archive that cannot be asked is said on stderr and the command goes on. An archive moved
    or removed since it was pinned is refused too, except for ``moving`` (`zhazba archive
    configure`, administrators only): said, and the administrator sets it right."""
    from app.anchoring.audit_anchor import audit_gate, refusal

    check = audit_gate(catalog)  # no archive: None, unless the station had pinned one
    if check is None:
        return
    if check.refused and not (moving and check.state == "unpinned"):
        raise CliError(EXIT_STATION_FILES, refusal(check, catalog_path))
    from app.cli.errors import say
    from app.cli.said_lines import audit_line

    for line in check.details.get("quarantined", []):  # hand-made anchors set aside: said
        say(line)
    if check.state != "intact":  # not checked, or nothing anchored yet: said, never hidden
        say(audit_line(check, catalog_path.parent))


def _configures_archive(args: argparse.Namespace) -> bool:
    """`zhazba archive configure`: the one command that may run on a moved archive (it re-pins)."""
    subs = [getattr(args, d, None) for d in _SUBCOMMAND_DESTS]
    return str(getattr(args, "command", "")) == "archive" and "configure" in subs


def _accounts_deleted(catalog_path: Path) -> CliError:
    return CliError(
        EXIT_STATION_FILES,
        msg(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "the accounts in {path} were deleted outside Zhazba (its audit "
                "log or the station's had-accounts.json records accounts); "
                "nothing was done. Restore the catalog from a backup",
            ),
            path=str(catalog_path),
        ),
    )


def _no_user() -> CliError:
    return CliError(
        EXIT_SIGN_IN,
        msg(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "this station has accounts: sign in with --user NAME (password from "
                "the terminal or {env})",
            ),
            env=PASSWORD_ENV,
        ),
    )


def _unreadable_catalog(catalog_path: Path, e: Exception) -> CliError:
    from app.cli import said_lines

    return CliError(
        EXIT_STATION_FILES,
        msg(
            "Cli",
            QT_TRANSLATE_NOOP(
                "Cli",
                "the station catalog {path} cannot be read ({error}); nothing was done. "
                "Restore it from a backup, or ask the technician (`zhazba catalog rebuild` "
                "rebuilds the hearings but not the accounts)",
            ),
            path=str(catalog_path),
            error=said_lines.catalog_problem(e),
        ),
    )


def signed_in(args: Any) -> Any:
    """The account :func:`require_command_sign_in` signed in, if any."""
    return getattr(args, "signed_in", None)
