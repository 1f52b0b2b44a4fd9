"""The copy register's rules: deadlines (Rules p. 34), issuing (p. 31), receipts (p. 35), overdue.

Storage is the catalog's ``copy_applications`` table (:mod:`app.catalog.registers`); this module
adds what the Rules say about it:

- the deadline, counted from the day the application reached the court (that day not counted):
  criminal cases 5 calendar days ("пять суток"), administrative offences 3 calendar days, civil
  and administrative cases 5 working days (Saturdays, Sundays and public holidays skipped, see
  :mod:`app.copies.calendar`);
- the form: Appendix 1 (audio and video copy) for criminal cases, Appendix 2 (audio copy) for
  civil, administrative and administrative-offence cases (p. 31), on a medium or through the
  information service;
- a closed hearing gets no copy (p. 32): an application for one is refused when it is added;
- issuing a copy and the recipient's receipt, and the overdue applications (not issued by the
  end of the deadline day), which the register view shows first and in red.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.catalog.registers import (
    CopyApplication,
    add_copy_application,
    list_copy_applications,
    update_copy_application,
)
from app.catalog.store import Catalog, CatalogError, utc_now
from app.copies.calendar import WorkCalendar
from app.hearing.details import CATEGORIES
from audio.text import QT_TRANSLATE_NOOP, msg

CALENDAR_DAYS = {"criminal": 5, "administrative_offence": 3}
WORKING_DAYS = {"civil": 5, "administrative": 5}
FORMS = {
    "criminal": "appendix-1",
    "civil": "appendix-2",
    "administrative": "appendix-2",
    "administrative_offence": "appendix-2",
}
DELIVERY = ("medium", "service")  # на материальном носителе / посредством информационного сервиса


class RegisterError(Exception):
    """The application cannot be registered or changed; the message says why."""


def deadline_for(category: str, received: dt.date, calendar: WorkCalendar | None = None) -> dt.date:
    """The last day to issue the copy (Rules p. 34)."""
    if category in CALENDAR_DAYS:
        return received + dt.timedelta(days=CALENDAR_DAYS[category])
    if category in WORKING_DAYS:
        return (calendar or WorkCalendar.default()).add_working_days(
            received, WORKING_DAYS[category]
        )
    raise RegisterError(f"unknown case category {category!r}; one of {', '.join(CATEGORIES)}")


def closed_hearing_refusal(case_number: str) -> str:
    """The refusal of a copy of a closed hearing (a :class:`audio.text.Msg`)."""
    return msg(
        "Copies",
        QT_TRANSLATE_NOOP(
            "Copies",
            "the hearing in case {case} was closed (закрытое судебное заседание): the Rules "
            "(p. 32) allow no copy of its recording. The participant may listen to it in court "
            "(p. 28); offer a listening session instead.",
        ),
        case=case_number,
    )


def add_application(
    catalog: Catalog,
    *,
    applicant: str,
    case_number: str,
    category: str,
    received: dt.date,
    role: str = "",
    delivery: str = "medium",
    hearing_id: str | None = None,
    closed_hearing: bool = False,
    note: str = "",
    calendar: WorkCalendar | None = None,
) -> CopyApplication:
    """Register a written application; the deadline and the form follow from the category."""
    if not applicant.strip() or not case_number.strip():
        raise RegisterError("the applicant's name and the case number must be filled in")
    if closed_hearing:
        raise RegisterError(closed_hearing_refusal(case_number))
    if delivery not in DELIVERY:
        raise RegisterError(f"delivery must be one of {', '.join(DELIVERY)}")
    app = CopyApplication(
        applicant=applicant.strip(),
        applicant_role=role,
        case_number=case_number.strip(),
        received_date=received.isoformat(),
        hearing_id=hearing_id,
        category=category,
        form=f"{FORMS.get(category, '')}, {delivery}".strip(", "),
        deadline=deadline_for(category, received, calendar).isoformat(),
        note=note,
    )
    add_copy_application(catalog, app)
    return app


def issue(
    catalog: Catalog, application_id: int, what: str, medium: str, when: str | None = None
) -> None:
    """Record what was issued on which medium (the export fills this in after a verified copy)."""
    _get(catalog, application_id)
    update_copy_application(
        catalog,
        application_id,
        issued_what=what,
        issued_medium=medium,
        issued_utc=when or utc_now(),
    )


def record_receipt(catalog: Catalog, application_id: int, receipt: str) -> None:
    """The recipient's mark that they received or listened to the copy (p. 35)."""
    app = _get(catalog, application_id)
    if not app.issued_utc:
        raise RegisterError(
            f"application {application_id} has no copy issued yet; issue it before the receipt"
        )
    if not receipt.strip():
        raise RegisterError("the receipt must say who received the copy and when")
    update_copy_application(catalog, application_id, receipt=receipt.strip())


def _get(catalog: Catalog, application_id: int) -> CopyApplication:
    for app in list_copy_applications(catalog):
        if app.id == application_id:
            return app
    raise CatalogError(f"no copy application number {application_id}")


@dataclass
class RegisterRow:
    app: CopyApplication
    status: str  # waiting | issued | received
    overdue: bool  # waiting past the deadline day
    days_left: int | None  # days to the deadline (negative: overdue), None once issued

    def as_dict(self) -> dict[str, object]:
        return {
            **self.app.__dict__,
            "status": self.status,
            "overdue": self.overdue,
            "days_left": self.days_left,
        }


def row_for(app: CopyApplication, today: dt.date) -> RegisterRow:
    if app.issued_utc:
        return RegisterRow(app, "received" if app.receipt else "issued", False, None)
    deadline = dt.date.fromisoformat(app.deadline) if app.deadline else None
    if deadline is None:
        return RegisterRow(app, "waiting", False, None)
    left = (deadline - today).days
    return RegisterRow(app, "waiting", left < 0, left)


def register_rows(
    catalog: Catalog, today: dt.date | None = None, *, case_number: str | None = None
) -> list[RegisterRow]:
    """Every application, overdue ones first, then by deadline."""
    today = today or dt.date.today()
    rows = [row_for(a, today) for a in list_copy_applications(catalog, case_number=case_number)]
    return sorted(
        rows,
        key=lambda r: (not r.overdue, r.status != "waiting", r.app.deadline or "", r.app.id or 0),
    )


def overdue(catalog: Catalog, today: dt.date | None = None) -> list[RegisterRow]:
    """Applications not issued by the end of their deadline day."""
    return [r for r in register_rows(catalog, today) if r.overdue]
