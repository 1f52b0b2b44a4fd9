"""The accounts' errors and the password lockout policy (:mod:`app.accounts.roles` uses them and
re-exports them; :mod:`app.accounts.key_attempts` applies the same policy to key-file passwords)."""

from __future__ import annotations

import datetime as _dt
import math

from audio.text import QT_TRANSLATE_NOOP, msg


class AccountError(Exception):
    """Sign-in failed or an account operation is not possible; the message says why."""


class PermissionDenied(AccountError):
    pass


class AccountTampered(AccountError):
    """The account's row was changed outside Zhazba (its tag does not match): refused."""

    def __init__(self, username: str) -> None:
        self.username = username
        super().__init__(
            msg(
                "Accounts",
                QT_TRANSLATE_NOOP(
                    "Accounts",
                    "the account {name} was changed outside Zhazba (its row in the station "
                    "catalog does not match its seal); sign-in refused and recorded. An "
                    "administrator checks `zhazba account log` and sets it right (`zhazba "
                    "account role {username} --role …`, or restores the catalog from a backup)",
                ),
                name=repr(username),
                username=username,
            )
        )


# Password lockout: LOCKOUT_THRESHOLD wrong passwords in a row lock the name for LOCKOUT_FIRST;
# every further wrong password after a lock doubles it (10, 20, 40 min), never beyond LOCKOUT_MAX.
LOCKOUT_THRESHOLD = 5
LOCKOUT_FIRST = _dt.timedelta(minutes=5)
LOCKOUT_MAX = _dt.timedelta(hours=1)
# Wrong passwords are counted per kind of source (the window; the command line): someone who
# types wrong passwords for the administrator at the window locks the name there only, and the
# administrator can still sign in at a terminal and lift the lock (``zhazba account unlock``).
# Every terminal counts together: a fresh pseudo-terminal per guess does not reset the count.
SOURCE_SEPARATOR = "\x1f@"


def counted_source(source: str) -> str:
    """The part of a source that wrong passwords are counted by: its kind ("window",
    "command line"), without the terminal or OS account that the audit log still names."""
    return source.split(",", 1)[0].strip()


def lock_duration(failures: int) -> _dt.timedelta | None:
    """How long ``failures`` consecutive wrong passwords lock a name (None: not locked)."""
    if failures < LOCKOUT_THRESHOLD:
        return None
    doublings = min(failures - LOCKOUT_THRESHOLD, 32)  # the cap is reached long before
    return min(LOCKOUT_FIRST * 2**doublings, LOCKOUT_MAX)


class AccountReplayed(AccountTampered):
    """The account's row is an older version put back (the audit log records a later change)."""

    def __init__(self, username: str, later_utc: str) -> None:
        AccountError.__init__(
            self,
            msg(
                "Accounts",
                QT_TRANSLATE_NOOP(
                    "Accounts",
                    "the account {name} in the station catalog is an older version than the "
                    "audit log's last change to it ({later}): it was put back outside Zhazba; "
                    "sign-in refused and recorded. An administrator checks `zhazba account log`",
                ),
                name=repr(username),
                later=later_utc,
            ),
        )
        self.username = username


class AccountLocked(AccountError):
    """Too many wrong passwords: the name is locked until :attr:`until` (UTC)."""

    def __init__(self, username: str, until: _dt.datetime, now: _dt.datetime) -> None:
        self.username = username
        self.until = until
        self.minutes = max(1, math.ceil((until - now).total_seconds() / 60))
        local = until.astimezone().strftime("%H:%M")
        super().__init__(
            f"the account {username!r} is locked after too many wrong passwords, until {local} "
            f"(for {self.minutes} min); wait, or ask an administrator to unlock it "
            f"(zhazba account unlock {username})"
        )


def _stamp(when: _dt.datetime) -> str:
    return when.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _locked_until(failures: int, last_failure: str, now: _dt.datetime) -> _dt.datetime | None:
    """The end of the lock that ``failures`` wrong passwords, the last at ``last_failure``,
    put on a name, if it is still in force at ``now``. A clock now earlier than the last failure
    (set back) keeps the lock in force for its whole length from now: never an early unlock."""
    duration = lock_duration(failures)
    if duration is None:
        return None
    try:
        last = _dt.datetime.fromisoformat(last_failure)
    except ValueError:
        last = now  # unreadable: as if the failure were now
    start = min(last, now)
    until = start + duration
    return until if now < until else None


# The words of roles and actions in a refusal, translatable (the window's "Roles" say the same).
_ROLE_WORDS = {
    "secretary": QT_TRANSLATE_NOOP("Accounts", "secretary"),
    "judge": QT_TRANSLATE_NOOP("Accounts", "judge"),
    "technician": QT_TRANSLATE_NOOP("Accounts", "technician"),
    "administrator": QT_TRANSLATE_NOOP("Accounts", "administrator"),
}
_ACTION_WORDS = {
    "settings": QT_TRANSLATE_NOOP("Accounts", "settings"),
    "accounts": QT_TRANSLATE_NOOP("Accounts", "accounts"),
    "archive_credentials": QT_TRANSLATE_NOOP("Accounts", "archive_credentials"),
    "recording": QT_TRANSLATE_NOOP("Accounts", "recording"),
    "review": QT_TRANSLATE_NOOP("Accounts", "review"),
    "selfcheck": QT_TRANSLATE_NOOP("Accounts", "selfcheck"),
    "archive": QT_TRANSLATE_NOOP("Accounts", "archive"),
}
WRONG_PASSWORD = msg("Accounts", QT_TRANSLATE_NOOP("Accounts", "wrong username or password"))


def role_word(role: str) -> str:
    """A role's name as a translatable message (an unknown one as it is)."""
    return msg("Accounts", _ROLE_WORDS[role]) if role in _ROLE_WORDS else role


def action_word(action: str) -> str:
    """An action's name as a translatable message (an unknown one as it is)."""
    return msg("Accounts", _ACTION_WORDS[action]) if action in _ACTION_WORDS else action


def disabled_error(username: str) -> AccountError:
    """The refusal of a disabled account's sign-in."""
    return AccountError(
        msg(
            "Accounts",
            QT_TRANSLATE_NOOP("Accounts", "the account {name} is disabled; ask the administrator"),
            name=repr(username),
        )
    )


def refusal(template: str, **params: object) -> AccountError:
    """An account refusal as a translatable message (the command line says it in kk/ru)."""
    return AccountError(msg("Accounts", template, **params))


# The accounts' other refusals (app/accounts/roles.py raises them with :func:`refusal`).
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Accounts", "unknown role {role}; one of {roles}")
EMPTY_USERNAME = QT_TRANSLATE_NOOP("Accounts", "the username must not be empty")
NO_CREDENTIAL = QT_TRANSLATE_NOOP("Accounts", "an account needs a password or a certificate")
ACCOUNT_EXISTS = QT_TRANSLATE_NOOP("Accounts", "an account {name} already exists")
NO_ACCOUNT = QT_TRANSLATE_NOOP("Accounts", "no account {name}")
