"""A hearings folder belongs to its station (issue #16, review 3).

Sign-in and the key-password lock live in the station folder, which the caller names
(``ZHAZBA_STATION``, ``--station``): without this, pointing it at an empty folder recorded into,
sealed, exported from or documented the real hearings folder with no sign-in, and every fresh
station folder tried key passwords again. So the first time a station with accounts uses a
hearings folder (the folder that holds the hearing folders) — once a signed-in command has
succeeded there (:func:`mark_hearings`) — it writes ``.zhazba-station`` there, mode 0600,
naming the station's id and that it has accounts. (A station without accounts, a first set-up or
a demonstration, claims nothing.) The id is derived from the station secret
``station.key`` (:mod:`app.accounts.secrets`), so an empty station folder has another id. A
command that needs sign-in refuses a hearings folder of another station, or of a station with
accounts while the current one has none (code 6, one line naming the folder); a marker that
cannot be read is code 7. ``verify`` and the other open commands never read or write it.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
from pathlib import Path

from app.cli.errors import EXIT_SIGN_IN, EXIT_STATION_FILES, CliError, describe_os_error
from audio.text import QT_TRANSLATE_NOOP, msg

MARKER = ".zhazba-station"
_ROOT_ATTRS = {"record": ("out",), "not-recorded": ("out",)}  # --out: the hearings folder
_HEARING_ATTRS = ("dir", "package", "hearing")  # a hearing folder or its sealed package


def station_id(station: Path) -> str:
    """The station's id: from its secret (made on first use, as the accounts' seal does)."""
    from app.accounts.marker import had_accounts
    from app.accounts.secrets import SecretsError, load_station_key

    path = station / "station.key"
    if not path.exists() and had_accounts(station):
        raise CliError(
            EXIT_STATION_FILES,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the station secret {path} is missing, but this station has accounts; "
                    "nothing was done. Restore station.key from the backup",
                ),
                path=path,
            ),
        )
    try:
        key = load_station_key(path)
    except SecretsError as e:
        raise CliError(EXIT_STATION_FILES, e.args[0]) from e
    except OSError as e:
        raise CliError(EXIT_STATION_FILES, describe_os_error(e)) from e
    return hmac.new(key, b"zhazba station id", hashlib.sha256).hexdigest()[:16]


def hearings_roots(args: argparse.Namespace) -> list[Path]:
    """The hearings folders a command writes into or reads evidence from."""
    command = str(getattr(args, "command", ""))
    roots: list[Path] = []
    if command in _ROOT_ATTRS:
        roots += [Path(getattr(args, a)) for a in _ROOT_ATTRS[command] if getattr(args, a, None)]
        return roots
    for attr in _HEARING_ATTRS:
        value = getattr(args, attr, None)
        if not isinstance(value, str | Path) or not str(value):
            continue
        path = Path(value)
        hearing = (path / "hearing.json").exists() or (path / "bag-info.txt").exists()
        roots.append(path.parent if hearing or path.suffix == ".sealed" else path)
    return roots


def _read_mark(marker: Path) -> tuple[str, bool]:
    """(station id, had accounts) of a hearings folder's station mark; fail closed."""
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return str(data["station"]), bool(data["accounts"])
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise CliError(
            EXIT_STATION_FILES,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the station mark {marker} of the hearings folder cannot be read; nothing "
                    "was done. Restore it from the backup, or ask the technician",
                ),
                marker=str(marker),
            ),
        ) from e


def check_hearings_station(args: argparse.Namespace, station: Path, has_accounts: bool) -> None:
    """Refuse a hearings folder of another station; note an unmarked one, for
    :func:`mark_hearings` to mark as this station's once the command has succeeded."""
    args.hearings_to_mark = []
    roots = [r for r in hearings_roots(args) if r.is_dir() or r == getattr(args, "out", None)]
    if not roots:
        return
    mine = ""
    for root in roots:
        marker = root / MARKER
        if not marker.exists() and not has_accounts:
            continue  # a station without accounts claims nothing
        mine = mine or station_id(station)
        if not marker.exists():
            args.hearings_to_mark.append((root, mine, has_accounts))
            continue
        theirs, had = _read_mark(marker)
        if theirs != mine:
            raise CliError(
                EXIT_SIGN_IN,
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "the hearings folder {root} belongs to another station (id {theirs}, "
                        "this one is {mine}); nothing was done. Run the command on that station",
                    ),
                    root=str(root),
                    theirs=theirs,
                    mine=mine,
                ),
            )
        if had and not has_accounts:
            raise CliError(
                EXIT_SIGN_IN,
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "the hearings folder {root} belongs to a station with accounts, and this "
                        "station folder has none; nothing was done. Run the command on that "
                        "station",
                    ),
                    root=str(root),
                ),
            )
        if has_accounts and not had:
            args.hearings_to_mark.append((root, mine, True))


def mark_hearings(args: argparse.Namespace) -> None:
    """After a command succeeded: mark the hearings folders it used as this station's."""
    for root, station, accounts in getattr(args, "hearings_to_mark", []):
        if root.is_dir():
            _write(root, station, accounts)


def _write(root: Path, station: str, accounts: bool) -> None:
    try:
        tmp = root / f"{MARKER}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"station": station, "accounts": accounts}, f)
        os.replace(tmp, root / MARKER)
    except OSError:
        pass  # a folder nothing can be written into: the command itself says what is wrong
