"""Hearing details: validation that points at fields, safe folder names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.hearing.details import HearingInfo, Participant, case_slug, check_case_number, folder_name


def _info(**kw: object) -> HearingInfo:
    base = dict(
        court="Есіл аудандық соты",
        courtroom="12",
        instance="first",
        category="criminal",
        case_number="7199-26-00-1/123",
        date="2026-11-21",
        judge="Ахметова А.",
        secretary="Серікова Д.",
        participants=[Participant("judge", "Ахметова А.", 1)],
    )
    base.update(kw)
    return HearingInfo(**base)  # type: ignore[arg-type]


def test_valid_hearing_has_no_problems() -> None:
    assert _info().validate(channels=8) == []


def test_every_missing_field_is_named() -> None:
    problems = HearingInfo().validate(channels=8)
    named = {p.field for p in problems}
    assert {"court", "courtroom", "case_number", "date", "judge", "secretary"} <= named


@pytest.mark.parametrize(
    "kw, field",
    [
        ({"instance": "supreme"}, "instance"),
        ({"category": "family"}, "category"),
        ({"date": "21.11.2026"}, "date"),
        ({"participants": [Participant("judge", "X", 9)]}, "participants[1]"),
        ({"participants": [Participant("jester", "X", 1)]}, "participants[1]"),
        ({"participants": [Participant("witness", " ", 1)]}, "participants[1]"),
    ],
)
def test_invalid_fields_are_pointed_at(kw: dict, field: str) -> None:
    assert field in {p.field for p in _info(**kw).validate(channels=8)}


@pytest.mark.parametrize(
    "number", ["7199-26-00-1/123", "2-1234/2026", "№ 1-55/26", "6294-26-00-2а/17 (ИЭС)"]
)
def test_court_case_numbers_are_accepted(number: str) -> None:
    assert check_case_number(number) == []


@pytest.mark.parametrize("number", ["a\x00b", "x" * 65, "<script>", "*?", "---"])
def test_malformed_case_numbers_are_refused(number: str) -> None:
    assert check_case_number(number), number


@pytest.mark.parametrize(
    "number", ["7199-26-00-1/123", "№ 1-55/26", "..\\..\\etc", "CON", "6294-26-00-2а/17 (ИЭС)"]
)
def test_folder_name_is_always_safe(number: str) -> None:
    name = folder_name(_info(case_number=number), dt.datetime(2026, 11, 21, 9, 30))
    assert name.startswith("2026-11-21_") and name.endswith("_0930")
    assert not set(name) & set('/\\:*?"<>|') and ".." not in name
    assert case_slug(number)


def test_round_trip_json() -> None:
    info = _info()
    assert HearingInfo.from_json(info.to_json()) == info
