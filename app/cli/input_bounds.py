"""Bounds on what the account and copy-register commands take in, and on what they print back
(issue #16, review 9): names follow the hearing schema's rules (length, no control or
text-direction characters) and carry no leading or trailing space (``admin `` is not a second
``admin``); a date is a date; a file read is a regular file of bounded size; stored text is
printed with its control characters escaped, so a name cannot write escape codes or fake lines
into ``account list`` or ``account log``. Every refusal is code 2, one line."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import unicodedata
from pathlib import Path
from typing import Any

from app.cli.errors import EXIT_USAGE, CliError, describe_os_error
from app.cli.record_input import checked_text
from app.hearing.schema import BIDI_CONTROLS, NAME_MAX
from audio.text import QT_TRANSLATE_NOOP, msg

FILE_MAX = 64 * 1024  # a holidays file is a few hundred bytes


def checked_name(option: str, value: str, limit: int = NAME_MAX) -> str:
    """A name given on the command line, by the hearing schema's rules, without spaces around."""
    checked_text(option, value, limit)
    if not value.strip() or value != value.strip():
        raise CliError(
            EXIT_USAGE,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "{option} is empty or starts or ends with a space; type it again"
                ),
                option=option,
            ),
        )
    return value


def checked_date(option: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(
            EXIT_USAGE,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "{option} {value} is not a date; give it as YYYY-MM-DD"),
                option=option,
                value=shown(value[:40]),
            ),
        ) from None


def bounded_json_file(option: str, path: Path, limit: int = FILE_MAX) -> Any:
    """The JSON in ``path``: a regular file of at most ``limit`` bytes (never a device or a
    FIFO that would be read for ever), in UTF-8."""

    def refuse(why: str) -> CliError:
        return CliError(
            EXIT_USAGE,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "{option} {path}: {why}"),
                option=option,
                path=str(path),
                why=why,
            ),
        )

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as e:
        raise refuse(describe_os_error(e)) from e
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise refuse(msg("Cli", QT_TRANSLATE_NOOP("Cli", "not a regular file")))
        data = f.read(limit + 1)
    if len(data) > limit:
        raise refuse(
            msg("Cli", QT_TRANSLATE_NOOP("Cli", "larger than {most} KB"), most=limit // 1024)
        )
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise refuse(msg("Cli", QT_TRANSLATE_NOOP("Cli", "not JSON in UTF-8"))) from e


def holiday_dates(option: str, path: Path) -> None:
    """Refuse a holidays file that is not ``{"days_off": [dates], "working_days": [dates]}``."""
    doc = bounded_json_file(option, path)
    lists = [doc.get(k, []) for k in ("days_off", "working_days")] if isinstance(doc, dict) else []
    if not lists or not all(isinstance(v, list) for v in lists):
        raise CliError(
            EXIT_USAGE,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", '{option} {path}: give {{"days_off": [dates], "working_days": [dates]}}'
                ),
                option=option,
                path=str(path),
            ),
        )
    for day in (d for v in lists for d in v):
        checked_date(option, str(day))


def shown(text: object) -> str:
    """Stored text for a terminal: control and text-direction characters escaped (``\\x1b``,
    ``\\u202e``), so that it cannot move the cursor, ring, or start a line of its own."""
    out = []
    for c in str(text):
        if c in BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)
