"""The station checks run once at start-up; a failure is shown in the window's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.selfcheck_station import check_media
from ui.i18n import tr_msg
from ui.main import _startup_checks


class FakeCore:
    def __init__(self, results: list[dict[str, Any]]) -> None:
        self.results = results
        self.asked: list[str] = []

    def station_checks(self, channels: int, rate: int, bits: int, **kw: Any) -> list[dict]:
        self.asked.append(kw["kind"])
        return self.results


class FakeStation:
    rate = 48000
    bits = 16


def test_a_failed_start_up_check_is_shown_in_russian(qtbot, languages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = check_media(tmp_path / "no-medium")
    assert result.verdict == "fail"
    languages.switch("ru")
    window = QWidget()
    qtbot.addWidget(window)
    core = FakeCore([result.to_json()])
    _startup_checks(window, FakeStation(), core, lambda: "tester")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=10000)
    box = window.findChild(QMessageBox)
    assert core.asked == ["station-start"]
    translated = tr_msg(result.message)
    assert translated != str(result.message)  # there is a Russian translation
    assert translated in box.text(), box.text()
    assert str(result.message) not in box.text()
    box.done(0)
