"""One court time zone: the station setting, folder names, documents and the date check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli.commands import main
from app.documents import build_document, load_hearing
from app.hearing import court_time
from app.hearing.details import HearingInfo
from app.hearing.session import HearingSession
from tests.support.documents_fixture import hearing_json, make_hearing

EVENING_UTC = dt.datetime(2026, 11, 21, 20, 30, tzinfo=dt.UTC)  # 01:30 on the 22nd in Almaty


def test_default_is_almaty_and_the_setting_wins(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(court_time.ENV, raising=False)
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"archive": {"bucket": "b"}}), "utf-8")
    assert court_time.zone_name(settings) == "Asia/Almaty"
    court_time.save_zone_name(settings, "Asia/Qostanay")
    doc = json.loads(settings.read_text("utf-8"))
    assert doc == {"archive": {"bucket": "b"}, "court": {"time_zone": "Asia/Qostanay"}}
    assert court_time.zone_name(settings) == "Asia/Qostanay"
    monkeypatch.setenv(court_time.ENV, "Europe/Moscow")
    assert court_time.zone_name(settings) == "Europe/Moscow"
    with pytest.raises(court_time.TimeZoneError):
        court_time.save_zone_name(settings, "Mars/Base")


def test_folder_name_and_date_check_use_the_court_zone(tmp_path: Path) -> None:
    info = HearingInfo.from_json(hearing_json(date="2026-11-21"))
    session = HearingSession.create(
        tmp_path,
        info,
        channels=4,
        rate=16000,
        bits=16,
        source_name="tones",
        now=EVENING_UTC,
        time_zone="Asia/Almaty",
    )
    assert session.folder.name == "2026-11-22_7199-26-00-2-1234_0130"
    assert json.loads((session.folder / "hearing.json").read_text("utf-8"))["time_zone"] == (
        "Asia/Almaty"
    )
    assert session.date_differs == "2026-11-22"  # the card says the 21st: a warning
    session.journal.close()


@pytest.mark.parametrize(
    ("zone", "offset", "hours"), [("Asia/Almaty", "+05:00", 5), ("Europe/Moscow", "+03:00", 3)]
)
def test_documents_show_the_hearings_zone(
    tmp_path: Path, zone: str, offset: str, hours: int
) -> None:
    folder = make_hearing(tmp_path, time_zone=zone)
    facts = load_hearing(folder)
    text = build_document("protocol", facts, "ru").plain_text()
    assert facts.started_utc is not None
    local = facts.started_utc + dt.timedelta(hours=hours)
    assert f"Начало аудиозаписи {local:%H:%M:%S}" in text
    assert f"всемирное время {offset}" in text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_protocol_warns_when_the_card_date_is_not_the_recording_date(
    tmp_path: Path, lang: str
) -> None:
    folder = make_hearing(tmp_path, date="2020-01-01")
    text = build_document("protocol", load_hearing(folder), lang).plain_text()
    assert "01.01.2020" in text
    assert ("сәйкес келмейді" if lang == "kk" else "не совпадает") in text


def test_cli_shows_and_sets_the_zone(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(court_time.ENV, raising=False)
    assert main(["time-zone", "--station", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("Asia/Almaty (now ")
    assert main(["time-zone", "Asia/Qostanay", "--station", str(tmp_path)]) == 0
    assert "Asia/Qostanay" in capsys.readouterr().out
    assert main(["time-zone", "Nowhere/City", "--station", str(tmp_path)]) == 2
    assert "unknown time zone" in capsys.readouterr().err
