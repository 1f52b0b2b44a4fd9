"""Copy register rules: deadlines of Rules p. 34 (calendar and working days), closed hearings
(p. 32), issuing and receipts (p. 35), overdue applications."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.catalog.store import Catalog
from app.copies.calendar import WorkCalendar
from app.copies.register import (
    RegisterError,
    add_application,
    deadline_for,
    issue,
    overdue,
    record_receipt,
    register_rows,
)

D = dt.date


def test_criminal_five_calendar_days_even_over_a_weekend() -> None:
    # Thursday 2026-11-19 + 5 days (сутки) = Tuesday 2026-11-24; weekends count
    assert deadline_for("criminal", D(2026, 11, 19)) == D(2026, 11, 24)
    assert deadline_for("criminal", D(2026, 11, 20)) == D(2026, 11, 25)


def test_administrative_offence_three_calendar_days() -> None:
    assert deadline_for("administrative_offence", D(2026, 11, 20)) == D(2026, 11, 23)


def test_civil_and_administrative_five_working_days_skip_weekends() -> None:
    # received Friday 2026-11-20: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27
    assert deadline_for("civil", D(2026, 11, 20)) == D(2026, 11, 27)
    # received Wednesday 2026-11-18: Thu 19, Fri 20, Mon 23, Tue 24, Wed 25
    assert deadline_for("administrative", D(2026, 11, 18)) == D(2026, 11, 25)
    # received on a Saturday: the count starts on Monday
    assert deadline_for("civil", D(2026, 11, 21)) == D(2026, 11, 27)


def test_working_days_skip_public_holidays_and_carry_weekend_ones() -> None:
    cal = WorkCalendar.default()
    # Independence Day, Wednesday 2026-12-16, is not a working day
    assert not cal.is_working_day(D(2026, 12, 16))
    # received Monday 2026-12-14: Tue 15, (16 holiday), Thu 17, Fri 18, Mon 21, Tue 22
    assert deadline_for("civil", D(2026, 12, 14), cal) == D(2026, 12, 22)
    # Nauryz 2026: 21 March is a Saturday, 22 a Sunday, 23 a Monday: days off move to 24, 25
    assert not cal.is_working_day(D(2026, 3, 24)) and not cal.is_working_day(D(2026, 3, 25))
    assert cal.is_working_day(D(2026, 3, 26))
    # the first day of Kurban ait (religious, announced yearly) does not move
    assert not cal.is_working_day(D(2026, 5, 27))


def test_calendar_extends_from_a_file(tmp_path: Path) -> None:
    extra = tmp_path / "holidays.json"
    extra.write_text(json.dumps({"days_off": ["2026-11-23"], "working_days": ["2026-11-28"]}))
    cal = WorkCalendar.default().load_extra(extra)
    # received Friday 2026-11-20: (23 off) Tue 24, Wed 25, Thu 26, Fri 27, Sat 28 (working)
    assert deadline_for("civil", D(2026, 11, 20), cal) == D(2026, 11, 28)


def test_unknown_category_is_refused() -> None:
    with pytest.raises(RegisterError, match="unknown case category"):
        deadline_for("divorce", D(2026, 11, 20))


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path / "catalog.sqlite")


def test_applications_overdue_issue_and_receipt(catalog: Catalog) -> None:
    late = add_application(
        catalog,
        applicant="Иванов И.",
        role="plaintiff",
        case_number="2-1",
        category="civil",
        received=D(2026, 11, 2),
    )
    fresh = add_application(
        catalog,
        applicant="Петров П.",
        role="defendant",
        case_number="1-7",
        category="criminal",
        received=D(2026, 11, 20),
    )
    assert late.deadline == "2026-11-09" and late.form == "appendix-2, medium"
    assert fresh.deadline == "2026-11-25" and fresh.form.startswith("appendix-1")
    today = D(2026, 11, 22)
    rows = register_rows(catalog, today)
    assert [r.app.id for r in rows] == [late.id, fresh.id]  # overdue first
    assert rows[0].overdue and rows[0].days_left == -13
    assert not rows[1].overdue and rows[1].days_left == 3
    assert [r.app.id for r in overdue(catalog, today)] == [late.id]
    assert late.id is not None
    with pytest.raises(RegisterError, match="no copy issued"):
        record_receipt(catalog, late.id, "received")
    issue(catalog, late.id, "audio copy", "STICK (vfat) at /media/stick")
    assert overdue(catalog, today) == []
    record_receipt(catalog, late.id, "received, Иванов И., 2026-11-22")
    row = next(r for r in register_rows(catalog, today) if r.app.id == late.id)
    assert row.status == "received" and row.app.receipt and "Иванов" in row.app.receipt


def test_closed_hearing_application_is_refused(catalog: Catalog) -> None:
    with pytest.raises(RegisterError, match=r"p\. 32"):
        add_application(
            catalog,
            applicant="X",
            case_number="2-1",
            category="civil",
            received=D(2026, 11, 20),
            closed_hearing=True,
        )
    assert register_rows(catalog) == []
