"""Review dialogs without the review window: choosing a hearing from the station catalog (the
sealed package when there is one), and the span of a clip typed as hearing times."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.catalog.store import Catalog, HearingRecord
from ui.review.dialogs import ClipDialog, OpenHearingDialog, parse_hearing_time


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0:00:01", 1.0),
        ("1:02:03.5", 3723.5),
        ("02:03", 123.0),
        ("7", 7.0),
        ("0:00:01,25", 1.25),
        ("", None),
        ("a:b", None),
        ("1:2:3:4", None),
    ],
)
def test_parse_hearing_time(text: str, seconds: float | None) -> None:
    assert parse_hearing_time(text) == seconds


def test_open_from_the_catalog_prefers_the_sealed_package(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "hearings" / "2026-11-21_x_0930"
    package = tmp_path / "hearings" / "2026-11-21_x_0930.sealed"
    folder.mkdir(parents=True)
    package.mkdir()
    doc = {
        "id": folder.name,
        "case_number": "7199-26-00-2/1234",
        "date": "2026-11-21",
        "courtroom": "204",
    }
    (folder / "hearing.json").write_text(json.dumps(doc))
    with Catalog(tmp_path / "catalog.sqlite") as cat:
        rec = HearingRecord.from_hearing_json(doc, folder, state="sealed")
        rec.package = str(package)
        cat.upsert_hearing(rec)
        dlg = OpenHearingDialog(cat)
        qtbot.addWidget(dlg)
        assert dlg.table.rowCount() == 1
        assert dlg.table.item(0, 0).text() == "7199-26-00-2/1234"
        dlg.table.selectRow(0)
        dlg.findChild(QDialogButtonBox).accepted.emit()
        assert dlg.chosen == package


def test_clip_dialog_checks_the_span(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = ClipDialog(48000, 48000 * 90, 48000 * 10)
    qtbot.addWidget(dlg)
    assert dlg.start.text() == "0:00:10" and dlg.end.text() == "0:01:10"
    dlg.end.setText("0:00:05")
    dlg._accept()
    assert dlg.span is None and dlg.problem.text()
    dlg.end.setText("0:02:00")  # past the end: held at the end of the recording
    dlg._accept()
    assert dlg.span == (48000 * 10, 48000 * 90)
