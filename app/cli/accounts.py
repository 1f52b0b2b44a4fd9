"""``zhazba account …``: the station's local accounts (Rules p. 20), for the administrator.

``add`` creates an account with a role (the first account on a station must be an
administrator; after that only a signed-in administrator, ``--user``, may add or change
accounts), ``list`` shows them (and which are locked after too many wrong passwords),
``password`` sets a new password, ``disable``/``enable`` lock an account out or let it back in,
``unlock`` lifts a lock after wrong passwords before it runs out, ``log`` shows the accounts'
audit trail (failed sign-ins, locks, unlocks). Passwords come from the terminal, or from
``ZHAZBA_NEW_PASSWORD`` (the new one) and ``ZHAZBA_PASSWORD`` (the administrator's) for scripts.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import getpass
import json
import sqlite3
from typing import Any

from app.accounts.roles import ROLES, AccountError, AccountStore, Action, action_word
from app.accounts.rules import role_word
from app.catalog.store import Catalog, CatalogError
from app.cli.errors import cli_language, reason_of, said
from app.cli.input_bounds import checked_name, shown
from app.cli.said_lines import catalog_unreadable
from app.cli.signin import PASSWORD_FOR, env_secret, signed_in
from audio.text import QT_TRANSLATE_NOOP, msg


def _new_password(args: argparse.Namespace, username: str) -> str:
    given = env_secret(args, "ZHAZBA_NEW_PASSWORD")
    if given:
        return given
    first = getpass.getpass(
        said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "New password for {name}: "), name=username))
    )
    if first != getpass.getpass(said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "Again: ")))):
        raise AccountError(msg("Cli", QT_TRANSLATE_NOOP("Cli", "the two passwords differ")))
    return first


def require_sign_in(args: argparse.Namespace, store: AccountStore, action: Action) -> None:
    """Sign ``--user`` in and check the role may do ``action`` (no accounts yet: first set-up)."""
    if store.count() == 0:
        return
    account = signed_in(args)  # `zhazba` signed the person in before the command started
    if account is not None:
        account.require(action)
        return
    if not args.user:
        sign_in = QT_TRANSLATE_NOOP("Cli", "{action}: sign in as an administrator with --user NAME")
        raise AccountError(msg("Cli", sign_in, action=action_word(action.value)))
    password = env_secret(args, "ZHAZBA_PASSWORD")
    if password is None:
        password = getpass.getpass(said(msg("Cli", PASSWORD_FOR, name=args.user)))
    store.sign_in(args.user, password).require(action)


def _handler(args: argparse.Namespace) -> int:
    from app.station import Station

    try:
        station = Station(args.station)
        station.folder.mkdir(parents=True, exist_ok=True)
        with Catalog(station.catalog_path) as catalog:
            store = AccountStore(catalog)
            if args.account_command == "list":
                return _list(args, store)
            first = store.count() == 0
            require_sign_in(args, store, Action.ACCOUNTS)
            if args.account_command == "log":
                return _log(args, store)
            message = _change(args, store, first)
    except (AccountError, CatalogError) as e:
        why = reason_of(e)
        if isinstance(e.__cause__, sqlite3.Error):  # SQLite's words are English only
            why = catalog_unreadable(Station(args.station).catalog_path, e)
        _print(args, {"ok": False, "error": str(e)}, f"{_error_word()}: {said(why)}")
        return 1
    _print(args, {"ok": True}, said(message))
    return 0


def _list(args: argparse.Namespace, store: AccountStore) -> int:
    """`account list`: every account with its role, and whether it is disabled or locked."""
    accounts = []
    for account in store.list():
        until = store.locked_until(account.username)
        accounts.append(
            {
                **dataclasses.asdict(account),
                "locked_until_utc": until.isoformat() if until else None,
            }
        )
    text = "\n".join(_account_line(a) for a in accounts)
    none = QT_TRANSLATE_NOOP("Cli", "no accounts")
    _print(args, {"ok": True, "accounts": accounts}, text or said(msg("Cli", none)))
    return 0


def _account_line(a: dict[str, Any]) -> str:
    """One account of `account list`: name, role (its code in English, for scripts), shown name,
    disabled, locked."""
    role = a["role"] if cli_language() == "en" else said(role_word(a["role"]))
    line = f"{shown(a['username']):<16} {role:<14} {shown(a['display_name'])}"
    if a["disabled"]:
        line += "  " + said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "(disabled)")))
    if a["locked_until_utc"]:
        locked = QT_TRANSLATE_NOOP("Cli", "(locked until {until})")
        line += "  " + said(msg("Cli", locked, until=_local(a["locked_until_utc"])))
    return line


def _log(args: argparse.Namespace, store: AccountStore) -> int:
    """`account log`: sign-ins and locks, the audit log of account changes, and its problems."""
    events = [dataclasses.asdict(e) for e in store.events(args.limit)]
    text = "\n".join(
        f"{e['utc']}  {e['event']:<14} {shown(e['username']):<16} {shown(e['detail'])}"
        for e in events
    )
    changes = store.seal.records(args.limit)
    problems = store.seal.verify()
    tampered = store.tampered()
    problems += [
        msg("Cli", QT_TRANSLATE_NOOP("Cli", "the account {name} was changed outside Zhazba"),
            name=repr(shown(u)))
        for u in tampered
    ]  # fmt: skip
    text = (
        (text or said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "no sign-in events"))))
        + "\n\n" + said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "account changes:"))) + "\n"
        + "\n".join(
            f"{c['utc']}  {c['event']:<16} {shown(c['username']):<16} {shown(c['detail'])}"
            + (_by_whom(c["by_user"]) if c["by_user"] else "")
            for c in changes
        )
    )  # fmt: skip
    text += "\n" + (
        said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "audit log: intact"))) if not problems
        else said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "AUDIT LOG PROBLEMS:"))) + "\n"
        + "\n".join(f"  {said(p)}" for p in problems)
    )  # fmt: skip
    doc = {"ok": not problems, "events": events, "changes": changes,
           "problems": problems, "tampered": tampered}  # fmt: skip
    _print(args, doc, text)
    return 0 if not problems else 1


def _change(args: argparse.Namespace, store: AccountStore, first: bool) -> str:
    """`account add|password|unlock|role|disable|enable`: the change made, said in a line."""
    if args.account_command == "add":
        checked_name("USERNAME", args.username, 64)
        if args.name:
            checked_name("--name", args.name)
        if first and args.role != "administrator":
            first_admin = QT_TRANSLATE_NOOP(
                "Cli", "the first account on a station must be an administrator"
            )
            raise AccountError(msg("Cli", first_admin))
        password = None if args.certificate_subject else _new_password(args, args.username)
        store.create(
            args.username, args.role, password=password, display_name=args.name or "",
            certificate_subject=args.certificate_subject, by=args.user or "",
        )  # fmt: skip
        message = msg("Cli", QT_TRANSLATE_NOOP("Cli", "account {name} ({role}) created"),
                      name=args.username, role=role_word(args.role))  # fmt: skip
    elif args.account_command == "password":
        store.set_password(args.username, _new_password(args, args.username), by=args.user or "")
        message = msg("Cli", QT_TRANSLATE_NOOP("Cli", "password of {name} changed"),
                      name=args.username)  # fmt: skip
    elif args.account_command == "unlock":
        if store.unlock(args.username, by=args.user or ""):
            message = msg("Cli", QT_TRANSLATE_NOOP("Cli", "account {name} unlocked"),
                          name=args.username)  # fmt: skip
        else:
            message = msg("Cli", QT_TRANSLATE_NOOP("Cli", "account {name} was not locked"),
                          name=args.username)  # fmt: skip
    elif args.account_command == "role":
        store.set_role(args.username, args.role, by=args.user or "")
        message = msg("Cli", QT_TRANSLATE_NOOP("Cli", "account {name} is now {role}"),
                      name=args.username, role=role_word(args.role))  # fmt: skip
    else:
        store.set_disabled(args.username, args.account_command == "disable", by=args.user or "")
        done = (
            QT_TRANSLATE_NOOP("Cli", "account {name} disabled")
            if args.account_command == "disable"
            else QT_TRANSLATE_NOOP("Cli", "account {name} enabled")
        )
        message = msg("Cli", done, name=args.username)
    return message


def _by_whom(user: str) -> str:
    return " " + said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "(by {user})"), user=shown(user)))


def _error_word() -> str:
    return said(msg("Cli", QT_TRANSLATE_NOOP("Cli", "error")))


def _local(utc_iso: str) -> str:
    return datetime.datetime.fromisoformat(utc_iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _print(args: argparse.Namespace, doc: dict[str, Any], text: str) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2) if args.json else text)


def register(subparsers: Any) -> None:
    if "account" in subparsers.choices:  # registered already (app/cli/commands.py lists it too)
        return
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--station", help="station folder (default $ZHAZBA_STATION or ~/.zhazba)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--user", help="the administrator's username")
    account = subparsers.add_parser("account", help="local sign-in accounts (administrator)")
    sub = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", parents=[common], help="create an account")
    p.add_argument("username", metavar="USERNAME")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--name", help="the person's full name")
    p.add_argument(
        "--certificate-subject",
        help="sign in by key instead of password: serialNumber=IIN… or the RFC 4514 subject",
    )
    p = sub.add_parser("list", parents=[common], help="list the accounts")
    for name, text in (
        ("password", "set a new password"),
        ("disable", "lock an account out"),
        ("enable", "let a disabled account sign in again"),
        ("unlock", "lift the lock after too many wrong passwords"),
    ):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("username")
    p = sub.add_parser("role", parents=[common], help="give an account another role")
    p.add_argument("username")
    p.add_argument("--role", choices=ROLES, required=True)
    p = sub.add_parser(
        "log", parents=[common], help="sign-ins, locks and the audit log of account changes"
    )
    p.add_argument("--limit", type=int, default=50, help="how many of the newest (default 50)")
    account.set_defaults(func=_handler)
