"""The court's time zone: one setting for folder names, documents, the window and the commands.

Kazakhstan has used one zone, UTC+5, since March 2024 (``Asia/Almaty``; ``Asia/Qostanay`` is the
same). The station keeps the court's zone in its settings file (``settings.json``, section
``"court"``: ``{"time_zone": "Asia/Almaty"}``); ``ZHAZBA_COURT_TZ`` overrides it (tests, a
technician's one-off). Each hearing records the zone it was made in (``hearing.json``:
``"time_zone"``), so its documents show the same local times wherever they are printed later.
Times on a recording are never local: the journal holds UTC and frames; only what people read is
turned into court time here.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Almaty"
ENV = "ZHAZBA_COURT_TZ"
# Without a time-zone database (a Windows PC without the tzdata package) the Kazakh zones are
# still known: UTC+5 since 1 March 2024.
_FIXED = {"Asia/Almaty": 5, "Asia/Qostanay": 5, "Asia/Aqtobe": 5, "Asia/Aqtau": 5}


class TimeZoneError(ValueError):
    """An unknown time zone name; the message says what to give instead."""


def zone(name: str | None = None) -> dt.tzinfo:
    """The tzinfo for ``name`` (the court's default when empty)."""
    name = name or DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        if name in _FIXED:
            return dt.timezone(dt.timedelta(hours=_FIXED[name]), name)
        raise TimeZoneError(
            f"unknown time zone {name!r}; give a name like {DEFAULT_ZONE} or Asia/Qostanay"
        ) from e


def _settings_path(settings: str | Path | None) -> Path:
    if settings is not None:
        return Path(settings)
    from app.station_folder import default_folder  # the station's own folder (~/.zhazba)

    return default_folder() / "settings.json"


def zone_name(settings: str | Path | None = None) -> str:
    """The court's zone: ``ZHAZBA_COURT_TZ``, else the station settings, else Asia/Almaty."""
    env = os.environ.get(ENV)
    if env:
        return env
    from app.archive.settings import settings_section  # fail closed: SettingsDamaged

    name = settings_section(_settings_path(settings), "court").get("time_zone")
    return name if isinstance(name, str) and name else DEFAULT_ZONE


def save_zone_name(settings: str | Path, name: str) -> None:
    """Set the court's zone in the station settings, keeping every other section."""
    zone(name)  # refuse an unknown name before writing anything
    from app.archive.settings import (
        SECTIONS,
        read_settings_file,
        section_damaged,
        write_settings_file,
    )

    path = Path(settings)
    doc = read_settings_file(path) or {}  # a damaged file is refused, never overwritten
    for part in SECTIONS:  # nor a file with a damaged section
        if part in doc and not isinstance(doc[part], dict):
            raise section_damaged(path, part)
    doc["court"] = {**doc.get("court", {}), "time_zone": name}
    write_settings_file(path, doc)


@functools.cache
def station_zone() -> dt.tzinfo:
    """The court's zone as the station is set up (read once per process): what the window shows."""
    from app.archive.settings import SettingsDamaged

    try:
        return zone(zone_name())
    except (TimeZoneError, SettingsDamaged):
        # Only the clock the window shows beside markers: a damaged settings file stops every
        # command and the start of a hearing (zone_name), never a table being painted.
        return zone(DEFAULT_ZONE)


def court_now(name: str | None = None) -> dt.datetime:
    """Now, in the court's zone (folder names, the date a form proposes)."""
    return dt.datetime.now(zone(name))


def date_differs(hearing_date: str, moment: dt.datetime, name: str | None = None) -> str | None:
    """The court-local date of ``moment`` (ISO) when it is not the hearing's date, else None."""
    local = moment.astimezone(zone(name)).date().isoformat()
    return None if local == hearing_date else local
