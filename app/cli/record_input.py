"""What `zhazba record` takes in, checked: the bounds on its numbers, the hearing details file
and the output folder (docs/CLI.md); the markers read from standard input are
:mod:`app.cli.record_markers`.

Every number has bounds (an argparse type that refuses anything else with a one-line usage
error); the hearing details go through :mod:`app.hearing.schema`; a hearing is never put inside a
sealed package or another hearing's folder.
"""

from __future__ import annotations

import argparse
import json
import math
import os
from pathlib import Path
from typing import Any

from app.cli.errors import describe_os_error, reason_of
from app.hearing.details import HearingInfo
from app.hearing.schema import (
    NAME_MAX,
    bad_characters,
    hearing_from_json,
    text_problems,
)
from app.hearing.session import SessionError
from audio.text import QT_TRANSLATE_NOOP, join, msg

# Bounds on the numbers a command takes (docs/CLI.md).
SEGMENT_SECONDS_MIN, SEGMENT_SECONDS_MAX = 10.0, 3600.0
SHORT_SEGMENT_SECONDS_MIN = 0.5  # only with the hidden --allow-short-segments (tests)
SECONDS_MAX = 48 * 3600.0  # a headless recording longer than two days is a mistake
HEARING_FILE_MAX_BYTES = 1_000_000
DEMO_ENV = "ZHAZBA_DEMO"


def _said(template: str, **params: Any) -> str:
    """A bound's message in the user's language (argparse keeps only its text)."""
    from app.cli.errors import cli_language
    from app.translations import translate
    from audio.text import msg

    return translate(msg("Cli", template, **params), cli_language())


def _seconds(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _said(QT_TRANSLATE_NOOP("Cli", "{text} is not a number of seconds"), text=repr(text))
        ) from None


def positive_seconds(text: str) -> float:
    """An argparse type: a finite number of seconds, at least one, at most two days."""
    value = _seconds(text)
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(
            _said(
                QT_TRANSLATE_NOOP("Cli", "{text} s: give a number of seconds greater than 0"),
                text=text,
            )
        )
    if value < 1:  # 1e-320 or 0.00001 s is no frame at all: an empty hearing
        raise argparse.ArgumentTypeError(
            _said(QT_TRANSLATE_NOOP("Cli", "{text} s: give at least 1 second"), text=text)
        )
    if value > SECONDS_MAX:
        raise argparse.ArgumentTypeError(
            _said(
                QT_TRANSLATE_NOOP("Cli", "{text} s: at most {most} s (48 hours)"),
                text=text,
                most=f"{SECONDS_MAX:.0f}",
            )
        )
    return value


def segment_seconds(text: str) -> float:
    """An argparse type: a segment length in seconds, finite (the range is checked later)."""
    value = _seconds(text)
    if not math.isfinite(value) or not SHORT_SEGMENT_SECONDS_MIN <= value <= SEGMENT_SECONDS_MAX:
        raise argparse.ArgumentTypeError(
            _said(
                QT_TRANSLATE_NOOP("Cli", "{text} s: a segment is {low} s to {high} s"),
                text=text,
                low=f"{SEGMENT_SECONDS_MIN:.0f}",
                high=f"{SEGMENT_SECONDS_MAX:.0f}",
            )
        )
    return value


def bounded_int(low: int, high: int, what: str) -> Any:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _said(QT_TRANSLATE_NOOP("Cli", "{text} is not a whole number"), text=repr(text))
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _said(
                    QT_TRANSLATE_NOOP("Cli", "{value} {what}: the station records {low} to {high}"),
                    value=value,
                    what=_said(QT_TRANSLATE_NOOP("Cli", "channels"))
                    if what == "channels"
                    else what,
                    low=low,
                    high=high,
                )
            )
        return value

    return parse


def _err(text: str) -> None:
    from app.cli.errors import say

    say(text)


def _not_usable(path: Path, why: str) -> str:
    return msg(
        "Cli",
        QT_TRANSLATE_NOOP("Cli", "the hearing details in {path} are not usable: {why}"),
        path=path,
        why=why,
    )


def demo_hearing_for(args: argparse.Namespace, channels: int) -> HearingInfo:
    from app.cli.record import demo_hearing

    return demo_hearing(args.case, channels)


def _load_info(args: argparse.Namespace, channels: int) -> HearingInfo:
    if args.hearing is None:
        return demo_hearing_for(args, channels)
    if args.hearing.exists() and not args.hearing.is_file():  # a FIFO would block for ever
        raise SessionError(
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "{path} is not a regular file; give the hearing's JSON file"
                ),
                path=args.hearing,
            )
        )
    try:
        with args.hearing.open("rb") as f:
            raw = f.read(HEARING_FILE_MAX_BYTES + 1)
        if len(raw) > HEARING_FILE_MAX_BYTES:
            larger = QT_TRANSLATE_NOOP("Cli", "the file is larger than {most} kB")
            raise ValueError(msg("Cli", larger, most=HEARING_FILE_MAX_BYTES // 1000))
        info = hearing_from_json(json.loads(raw.decode("utf-8")))
    except OSError as e:
        raise SessionError(msg("Cli", QT_TRANSLATE_NOOP(
            "Cli", "cannot read the hearing details from {path}: {why}"),
            path=args.hearing, why=describe_os_error(e)))  from e  # fmt: skip
    except (ValueError, TypeError, RecursionError) as e:  # JSON, UTF-8 and schema errors
        why = reason_of(e)
        if isinstance(e, (json.JSONDecodeError, UnicodeDecodeError)):
            why = msg("Cli", QT_TRANSLATE_NOOP("Cli", "the file is not JSON in UTF-8"))
        raise SessionError(_not_usable(args.hearing, why)) from e
    if args.case:
        info.case_number = args.case
    bad = text_problems(info)  # before anything else is judged: what the file holds
    if bad:
        field = QT_TRANSLATE_NOOP("Cli", "{field}: {why}")
        whys = [msg("Cli", field, field=p.field, why=p.message) for p in bad]
        raise SessionError(_not_usable(args.hearing, join("; ", whys)))
    return info


def _demo_station() -> bool:
    """Whether the station is set up as a demonstration station (settings.json)."""
    from app.cli.errors import EXIT_STATION_FILES, CliError
    from app.hearing.simulated import SettingsDamaged, demo_station
    from app.station_folder import default_folder

    if os.environ.get(DEMO_ENV) == "1":  # the same as --demo, for scripts and test runs
        return True
    try:
        return demo_station(default_folder())
    except SettingsDamaged as e:
        raise CliError(EXIT_STATION_FILES, reason_of(e)) from e


def checked_text(option: str, value: str, limit: int = NAME_MAX) -> str:
    """``value`` of a text option (a person's name, a mark) when the hearing schema's rules
    allow it; otherwise the command stops with one line (code 2) before anything is written."""
    from app.cli.errors import EXIT_USAGE, CliError
    from audio.text import QT_TRANSLATE_NOOP, msg

    if len(value) > limit:
        raise CliError(
            EXIT_USAGE,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{option} is longer than {limit} characters; give it as a person writes it",
                ),
                option=option,
                limit=limit,
            ),
        )
    bad = bad_characters(value)
    if bad is not None:
        code = bad.rsplit("(", 1)[-1].rstrip(")")
        raise CliError(
            EXIT_USAGE,
            msg(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{option} holds an invisible control or text-direction character ({code}); "
                    "type it again without it",
                ),
                option=option,
                code=code,
            ),
        )
    return value


def station_folder(given: Path | None = None) -> Path:
    """The station folder: ``--station``, else :func:`app.station_folder.default_folder`."""
    from app.station_folder import default_folder

    return given or default_folder()


def check_station_settings(station: Path) -> None:
    """Read every section of the station's settings.json that a recording uses (the court's
    zone, the station's demo flag, live anchors, the archive, the second copy) before anything
    is recorded: a damaged file stops the command (SettingsDamaged, code 7) instead of a hearing
    silently recorded without its anchors or in the wrong zone."""
    from app.anchoring.anchors import AnchorSettings
    from app.archive.settings import archive_section
    from app.hearing.court_time import zone_name
    from app.hearing.mirror import mirror_folder_setting
    from app.hearing.simulated import station_section

    settings = station / "settings.json"
    zone_name(settings)
    station_section(station)
    AnchorSettings.load(settings)
    archive_section(settings)
    mirror_folder_setting(settings)


def _check_out_folder(out: Path) -> None:
    """Refuse to put a hearing inside a sealed package or inside another hearing's folder."""
    here = out.resolve()
    for folder in (here, *here.parents):
        if folder.name.endswith(".sealed") or (folder / "bagit.txt").exists():
            raise SessionError(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{out} is inside the sealed package {folder}; a package is never written "
                        "into. Record into the station's hearings folder instead",
                    ),
                    out=out,
                    folder=folder,
                )
            )
    for folder in (here, *here.parents):
        if (folder / "journal.jsonl").exists() and (folder / "hearing.json").exists():
            raise SessionError(
                msg(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{out} is inside the hearing folder {folder}; record into the folder that "
                        "holds the hearings instead",
                    ),
                    out=out,
                    folder=folder,
                )
            )
