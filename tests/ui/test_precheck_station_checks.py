"""The window's pre-hearing check includes the self-check's station checks (issue 8): a warning
there does not fail the check, a failure does."""

from __future__ import annotations

import threading
from typing import Any

from audio.sources import ToneSource
from ui.selfcheck.precheck import PrecheckProgress, run_precheck
from ui.station.composition import InputChoice


def _run(extra: list[dict[str, Any]]) -> PrecheckProgress:
    choice = InputChoice("tones", "tones", 32)
    progress = PrecheckProgress(2, [False, False], [-120.0, -120.0])

    def make_source(_choice: InputChoice, channels: int, realtime: bool) -> ToneSource:
        return ToneSource(channels, 48000, 16, realtime=realtime)

    calls: list[tuple[int, int, int]] = []

    def station_checks(ch: int, rate: int, bits: int) -> list[dict[str, Any]]:
        calls.append((ch, rate, bits))
        return extra

    run_precheck(choice, 2, 48000, 16, make_source, progress, threading.Event(),
                 max_seconds=2.0, station_checks=station_checks)  # fmt: skip
    assert calls == [(2, 48000, 16)]
    return progress


def test_station_warning_keeps_the_check_passed() -> None:
    warn = {"check": "certificate", "verdict": "warn", "message": "no signing key is open"}
    progress = _run([warn])
    assert progress.passed and warn in progress.results


def test_station_failure_fails_the_check() -> None:
    full = {"check": "disk_space", "verdict": "fail", "message": "the drive is full"}
    progress = _run([full])
    assert not progress.passed and full in progress.results
