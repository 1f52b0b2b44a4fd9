"""The words of the documents, per language, and how times, dates and spans are written.

Texts live in ``assets/templates/<lang>.toml`` (kk, ru) so that a court can correct a wording
without touching code; :class:`Texts` reads one of them and formats values the same way in every
document: local wall time (the court's UTC offset, +05:00 unless the hearing says otherwise),
hearing time counted from the start of the recording, durations and channel lists.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from pathlib import Path
from typing import Any

from app.documents.model import DocumentError, HearingFacts

TEMPLATES = Path(__file__).resolve().parents[2] / "assets" / "templates"
LANGUAGES = ("kk", "ru")
LATIN = re.compile(r"[A-Za-z]")
DEFAULT_OFFSET = dt.timedelta(hours=5)  # Kazakhstan uses one time zone, UTC+5, since March 2024


def parse_offset(text: str | None) -> dt.timedelta:
    """ "+05:00" / "+5" / "-03:30" → timedelta; empty → the Kazakhstan default."""
    if not text:
        return DEFAULT_OFFSET
    sign = -1 if text.strip().startswith("-") else 1
    hours, _, minutes = text.strip().lstrip("+-").partition(":")
    try:
        return sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    except ValueError as e:
        raise DocumentError(f"the time zone offset {text!r} is not like +05:00") from e


def tenths(seconds: float, up: bool = False) -> int:
    """Seconds in tenths, half up (a duration), or up (an upper bound stays true only so)."""
    scaled = seconds * 10
    return max(0, math.ceil(scaled - 1e-6) if up else math.floor(scaled + 0.5 + 1e-9))


def duration_text(
    seconds: float,
    upper_bound: bool = False,
    *,
    unit: str = "{s} s",
    under: str = "under 1 s",
    at_most: str = "at most {d}",
    comma: bool = True,
) -> str:
    """The one rule for a duration on paper, in the window and in a participant's copy.

    A duration is the journal's interval rounded, never floored (a loss of 1.8 s is "1,8 с",
    not 0:00:01): to a tenth of a second under a minute, to the second (half up) from a minute
    on (H:MM:SS); a duration that is not zero but under a second is "under 1 s". An upper bound
    (a crash: the lost span is only bounded) is rounded up, so that it stays true. Moments on
    the recording are not durations: they floor to the second, as a clock does
    (:meth:`Texts.position`)."""
    n = tenths(seconds, upper_bound)
    if 0 < seconds < 1 and not upper_bound:
        return under
    if n < 600:
        whole, tenth = divmod(n, 10)
        text = unit.format(s=f"{whole}{',' if comma else '.'}{tenth}")
    else:
        total = max(0, math.ceil(seconds - 1e-6) if upper_bound else math.floor(seconds + 0.5))
        text = f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
    return at_most.format(d=text) if upper_bound else text


class Texts:
    """One language's document texts and value formatting."""

    def __init__(self, lang: str, offset: dt.timedelta | dt.tzinfo = DEFAULT_OFFSET) -> None:
        if lang not in LANGUAGES:
            raise DocumentError(f"language {lang!r} is not available; use one of: kk, ru")
        path = TEMPLATES / f"{lang}.toml"
        try:
            self.data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise DocumentError(f"cannot read the document texts {path}: {e}") from e
        self.lang = lang
        self.tz: dt.tzinfo = dt.timezone(offset) if isinstance(offset, dt.timedelta) else offset
        self.moment: dt.datetime | None = None  # when the offset is read (a zone's may change)

    @classmethod
    def for_hearing(cls, lang: str, facts: HearingFacts) -> Texts:
        """The hearing's own zone (``time_zone``, recorded when it was made; an older hearing's
        ``utc_offset``), else the court's zone from the station settings."""
        from app.hearing import court_time

        if facts.get("time_zone"):
            try:
                tz: dt.timedelta | dt.tzinfo = court_time.zone(facts.get("time_zone"))
            except court_time.TimeZoneError as e:
                raise DocumentError(str(e)) from e
        elif facts.get("utc_offset"):
            tz = parse_offset(facts.get("utc_offset"))
        else:
            tz = court_time.zone(court_time.zone_name())
        texts = cls(lang, tz)
        texts.moment = facts.started_utc or facts.opened_utc
        return texts

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise DocumentError(f"the {self.lang} document texts have no {key!r}")
            node = node[part]
        return node

    def __call__(self, key: str, **values: object) -> str:
        return str(self.raw(key)).format(**values)

    def lst(self, key: str) -> list[str]:
        return [str(x) for x in self.raw(key)]

    def term(self, group: str, code: str) -> str:
        """A role, category, pause reason… by its code. An unknown code is shown as it is only
        when it is already in the reader's script (a name typed in Kazakh); an English code
        becomes the group's "other" entry (or "—"): no English word reaches a document."""
        table = self.raw(f"common.{group}")
        if not isinstance(table, dict):
            return code
        if code in table:
            return str(table[code])
        if not LATIN.search(code):
            return code
        return str(table.get("other", self("common.none")))

    def detail(self, code: str, values: tuple[tuple[str, str], ...] = ()) -> str:
        """A failure's detail (see :mod:`.details`) in this language; "" when there is none."""
        if not code:
            return ""
        table = self.raw("common.details")
        text = table.get(code) if isinstance(table, dict) else None
        causes = self.data.get("common", {}).get("loss_causes", {})
        if text is None and isinstance(causes, dict):
            text = causes.get(code)  # the engine's own code for a loss (source_removed…)
        if text is None:
            text = table.get("unknown", "") if isinstance(table, dict) else ""
        try:
            return str(text).format(**dict(values))
        except (KeyError, IndexError, ValueError):
            return str(table.get("unknown", "")) if isinstance(table, dict) else ""

    # ---- values ----
    @property
    def offset_text(self) -> str:
        off = (self.moment or dt.datetime.now(dt.UTC)).astimezone(self.tz).utcoffset()
        assert off is not None
        minutes = int(off.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

    def local(self, utc: dt.datetime) -> dt.datetime:
        return utc.astimezone(self.tz)

    def clock(self, utc: dt.datetime | None, hearing_date: str = "") -> str:
        """Local wall time HH:MM:SS, with the date when it is not the hearing's date."""
        if utc is None:
            return self("common.none")
        local = self.local(utc)
        text = local.strftime("%H:%M:%S")
        if hearing_date and local.date().isoformat() != hearing_date:
            text = f"{local.strftime('%d.%m.%Y')} {text}"
        return text

    def stamp(self, utc: dt.datetime) -> str:
        return self.local(utc).strftime("%d.%m.%Y %H:%M:%S")

    def date(self, iso: str) -> str:
        """2026-11-21 → 21.11.2026 (an unparsable date is shown as it is)."""
        try:
            return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")
        except ValueError:
            return iso

    def date_words(self, iso: str) -> str:
        """2026-11-21 → «21» ноября 2026 г. / 2026 жылғы «21» қараша."""
        try:
            d = dt.date.fromisoformat(iso)
        except ValueError:
            return self("common.blank_date")
        month = self.lst("common.months")[d.month - 1]
        return self("common.date_words", day=f"{d.day:02d}", month=month, year=d.year)

    def span(self, seconds: float | None, upper_bound: bool = False) -> str:
        """A duration, by :func:`duration_text`'s one rule ("—" when unknown; "at most …" when
        only bounded): "1,8 с" under a minute, H:MM:SS from a minute, "under 1 s" when shorter
        than a second but not zero — never 0:00:00 for a loss that happened."""
        if seconds is None:
            return self("common.none")
        return duration_text(
            seconds,
            upper_bound,
            unit=str(self.raw("common.seconds")),
            under=self("common.under_second"),
            at_most=str(self.raw("common.at_most")),
        )

    def position(self, seconds: float | None) -> str:
        """A moment on the recording (hearing time): H:MM:SS floored, 0:00:00 at the start."""
        if seconds is None:
            return self("common.none")
        total = max(0, math.floor(seconds + 1e-9))
        return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"

    def channels(self, channels: tuple[int, ...]) -> str:
        """(1, 2, 3, 5) → "1–3, 5"."""
        if not channels:
            return self("common.none")
        parts: list[str] = []
        ordered = sorted(set(channels))
        start = prev = ordered[0]
        for c in [*ordered[1:], None]:
            if c is not None and c == prev + 1:
                prev = c
                continue
            parts.append(str(start) if start == prev else f"{start}–{prev}")
            if c is not None:
                start = prev = c
        return ", ".join(parts)
