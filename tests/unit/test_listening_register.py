"""Listening sessions in the copy register (Rules p. 28, 35): a real catalog, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.catalog.store import Catalog, CatalogError
from app.cli.commands import main
from app.copies.listening import LISTENED, end_session, list_sessions, start_session
from app.copies.register import RegisterError, add_application, register_rows
from tests.support.documents_fixture import make_hearing


def test_a_session_on_an_application_completes_it(tmp_path: Path) -> None:
    folder = make_hearing(tmp_path)
    with Catalog(tmp_path / "catalog.sqlite") as catalog:
        app = add_application(
            catalog,
            applicant="Сүлейменов Ө. Қ.",
            case_number="7199-26-00-2/1234",
            category="civil",
            received=dt.date(2026, 11, 23),
            role="plaintiff",
        )
        assert app.id is not None
        session = start_session(
            catalog,
            folder,
            "Сүлейменов Ө. Қ.",
            role="plaintiff",
            application_id=app.id,
            operator="Жұмабаева А. С.",
        )
        assert session.case_number == "7199-26-00-2/1234" and session.ended_utc is None
        assert session.hearing_id == "2026-11-21_7199-26-00-2-1234_0930"
        ended = end_session(catalog, session.id or 0, "Тыңдадым. Сүлейменов")
        assert ended.ended_utc and ended.mark == "Тыңдадым. Сүлейменов"
        row = register_rows(catalog)[0]
        assert row.status == "received" and row.app.issued_what == LISTENED
        assert row.app.receipt == "Тыңдадым. Сүлейменов"
        with pytest.raises(RegisterError):
            end_session(catalog, session.id or 0, "again")
        with pytest.raises(RegisterError):
            start_session(catalog, folder, "  ")
        with pytest.raises(CatalogError):
            start_session(catalog, folder, "Иванов", application_id=999)
        other = start_session(catalog, folder, "Иванов И. И.", role="witness")
        with pytest.raises(RegisterError):
            end_session(catalog, other.id or 0, " ")
        assert [s.applicant for s in list_sessions(catalog)] == ["Иванов И. И.", "Сүлейменов Ө. Қ."]


def test_cli_registers_a_session(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = make_hearing(tmp_path)
    station = str(tmp_path / "station")
    argv = ["listening", "start", str(folder), "--applicant", "Ізбасарова Г. Һ."]
    assert main([*argv, "--role", "respondent", "--station", station, "--json"]) == 0
    started = json.loads(capsys.readouterr().out)
    assert started["applicant"] == "Ізбасарова Г. Һ." and started["ended_utc"] is None
    end = ["listening", "end", str(started["id"]), "--mark", "Ознакомлена", "--station", station]
    assert main(end) == 0
    capsys.readouterr()
    assert main(["listening", "list", "--case", "7199-26-00-2/1234", "--station", station]) == 0
    assert "Ознакомлена" in capsys.readouterr().out
    assert main(["listening", "end", "99", "--mark", "x", "--station", station]) == 1
    assert "no listening session number 99" in capsys.readouterr().err
