"""The recording drive fills up while the window records, in Kazakh and in Russian: the alarm
strip says why recording stopped in the window's language — the recorder's own words included,
which used to follow in English (issue #18: no English in a kk/ru window).

Made to happen for real: the hearings folder is a small tmpfs, recording starts, and another
program fills the drive; the engine's write fails with ENOSPC.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
from pathlib import Path

import pytest

from tests.integration.test_cli_no_english import english_words
from tests.ui.conftest import fill_form, run_check

PEOPLE = [("judge", "Сейткали А. Б.", 1), ("plaintiff", "Әбенов Қ. Ж.", 2)]
LETTERS = re.compile("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.fixture
def small_drive(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The ``station`` fixture's hearings folder, as a drive of its own (a 64 MB tmpfs)."""
    mnt = tmp_path / "hearings"
    mnt.mkdir(exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)  # fmt: skip
    assert r.returncode == 0, f"a small tmpfs is needed (root): {r.stderr.strip()}"
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(drive: Path) -> None:
    """Another program takes every byte left on the drive."""
    with contextlib.suppress(OSError), (drive / "filler").open("wb") as f:
        while True:
            f.write(b"\0" * (1 << 20))
            f.flush()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_full_drive_is_said_in_the_windows_language(  # type: ignore[no-untyped-def]
    qtbot, make_window, languages, station, small_drive: Path, shots: Path, lang: str
) -> None:
    w = make_window(station)
    assert languages.switch(lang)
    fill_form(qtbot, w, PEOPLE, channels=2)
    run_check(qtbot, w)
    assert w.start_recording()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 4800, timeout=10000)
    _fill(small_drive)
    banner = w.page.alarms
    qtbot.waitUntil(lambda: any(r.alarm.kind == "error" for r in banner.rows), timeout=20000)
    error = next(r for r in banner.rows if r.alarm.kind == "error")
    text = banner.alarm_text(error.alarm)
    assert "drive" in error.alarm.message or "space" in error.alarm.message  # the English
    assert LETTERS.search(text) and " — " in text, text  # the label and the recorder's words
    assert english_words(text, [str(small_drive)]) == [], text
    w.grab().save(str(shots / f"{lang}-drive-full.png"))  # to be looked at
    (small_drive / "filler").unlink()
