"""Kazakhstan's working-day calendar, as data, for the copy deadlines of Rules p. 34.

Weekends are Saturday and Sunday. Public holidays (Law "On holidays in the Republic of
Kazakhstan") are fixed dates; when one falls on a weekend, the next working day is a day off
(Labour Code, art. 85). Religious holidays (Orthodox Christmas, the first day of Kurban ait) do not
move. Kurban ait's date and the government's yearly moves of days off are announced each year:
they are data, in :data:`MOVED_DAYS_OFF`, :data:`EXTRA_WORKING_DAYS` and :data:`KURBAN_AIT`, and a
station adds more from a JSON file (``{"days_off": [...], "working_days": [...]}``) with
:meth:`WorkCalendar.load_extra` without a new release.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

# (month, day, name): public holidays that are days off
FIXED_HOLIDAYS: tuple[tuple[int, int, str], ...] = (
    (1, 1, "New Year"),
    (1, 2, "New Year"),
    (3, 8, "International Women's Day"),
    (3, 21, "Nauryz meirami"),
    (3, 22, "Nauryz meirami"),
    (3, 23, "Nauryz meirami"),
    (5, 1, "Unity Day of the people of Kazakhstan"),
    (5, 7, "Defender of the Fatherland Day"),
    (5, 9, "Victory Day"),
    (7, 6, "Capital Day"),
    (8, 30, "Constitution Day"),
    (10, 25, "Republic Day"),
    (12, 16, "Independence Day"),
)
RELIGIOUS_FIXED: tuple[tuple[int, int, str], ...] = ((1, 7, "Orthodox Christmas"),)
# First day of Kurban ait as announced (moves with the lunar calendar; add each year's date).
KURBAN_AIT: tuple[str, ...] = ("2024-06-16", "2025-06-06", "2026-05-27")
# Days off moved by government decree, and the Saturdays made working days in exchange.
# None are listed here yet: each year's decree is added by the court's technician (load_extra).
MOVED_DAYS_OFF: tuple[str, ...] = ()
EXTRA_WORKING_DAYS: tuple[str, ...] = ()


@dataclass
class WorkCalendar:
    extra_days_off: set[dt.date] = field(default_factory=set)
    extra_working_days: set[dt.date] = field(default_factory=set)
    _cache: dict[int, set[dt.date]] = field(default_factory=dict, repr=False)

    @classmethod
    def default(cls) -> WorkCalendar:
        return cls(
            {dt.date.fromisoformat(d) for d in MOVED_DAYS_OFF},
            {dt.date.fromisoformat(d) for d in EXTRA_WORKING_DAYS},
        )

    def load_extra(self, path: str | Path) -> WorkCalendar:
        """Add the days off and working days listed in a JSON file (ISO dates)."""
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        self.extra_days_off |= {dt.date.fromisoformat(d) for d in doc.get("days_off", [])}
        self.extra_working_days |= {dt.date.fromisoformat(d) for d in doc.get("working_days", [])}
        self._cache.clear()
        return self

    def holidays(self, year: int) -> set[dt.date]:
        """The public-holiday days off of a year, with weekend holidays carried over."""
        if year in self._cache:
            return self._cache[year]
        days: set[dt.date] = set()
        for month, day, _ in FIXED_HOLIDAYS:
            d = dt.date(year, month, day)
            days.add(d)
        carried: set[dt.date] = set()
        for d in sorted(days):
            if d.weekday() >= 5:
                nxt = d + dt.timedelta(days=1)
                while nxt.weekday() >= 5 or nxt in days or nxt in carried:
                    nxt += dt.timedelta(days=1)
                carried.add(nxt)
        days |= carried
        days |= {dt.date(year, m, d) for m, d, _ in RELIGIOUS_FIXED}
        days |= {dt.date.fromisoformat(d) for d in KURBAN_AIT if d.startswith(f"{year}-")}
        self._cache[year] = days
        return days

    def is_working_day(self, d: dt.date) -> bool:
        if d in self.extra_working_days:
            return True
        if d in self.extra_days_off:
            return False
        return d.weekday() < 5 and d not in self.holidays(d.year)

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (``start`` itself is not counted)."""
        d = start
        while n > 0:
            d += dt.timedelta(days=1)
            if self.is_working_day(d):
                n -= 1
        return d
