"""The station checks run once at start-up; a failure is shown in the window's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.selfcheck.station import check_media
from ui.main import _startup_checks
from ui.widgets.i18n import tr_msg


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


def test_a_key_opened_at_start_up_seals_the_waiting_hearings_once_the_window_is_up(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path
) -> None:
    import threading

    from app.station import Station as CoreStation
    from signing.seal import mark_seal_pending
    from tests.conftest import record_hearing
    from tests.support.pki import PASSWORD, shared_pki
    from ui.main import seal_waiting_in_background

    core = CoreStation(tmp_path / "core", hearings=tmp_path / "hearings")
    folder = record_hearing(core.hearings, "--source", "tones", "--seconds", "1", "--fast")
    assert mark_seal_pending(folder)
    key = tmp_path / "secretary.p12"
    key.write_bytes(shared_pki().secretary.p12())
    info, sealed_now = core.open_key(key, PASSWORD, seal_waiting=False)
    assert sealed_now == [] and not list(core.hearings.glob("*.sealed"))
    where: list[int] = []
    real = core.seal_waiting

    def recorded() -> list:  # type: ignore[type-arg]
        where.append(threading.get_ident())
        return real()

    core.seal_waiting = recorded  # type: ignore[method-assign]
    languages.switch("ru")
    window = QWidget()
    qtbot.addWidget(window)
    worker = seal_waiting_in_background(window, core)
    assert worker is not None
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "sealedWaitingReport") is not None, timeout=30000
    )
    assert where and where[0] != threading.get_ident()
    assert len(list(core.hearings.glob("*.sealed"))) == 1
    box = window.findChild(QMessageBox, "sealedWaitingReport")
    assert box.text().endswith(": 1"), box.text()
    assert "Hearings that were waiting" not in box.text()  # in Russian
    box.done(0)


def test_nothing_is_sealed_or_shown_without_a_key(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.station import Station as CoreStation
    from ui.main import seal_waiting_in_background

    window = QWidget()
    qtbot.addWidget(window)
    assert seal_waiting_in_background(window, CoreStation(tmp_path / "core")) is None
