"""The command line under hostile or careless input (issue #16), through the real `zhazba`:
undecodable and overlong marker lines on standard input, a read-only output drive, a window
asked for with no screen, a station catalog that cannot be opened.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.errors import EXIT_FAILED, EXIT_STATION_FILES
from signing.journal import read_records, verify_journal
from tests.support.audio_servers import json_lines, recorder, zhazba
from tests.support.hearing import make_hearing

pytestmark = [pytest.mark.integration, pytest.mark.timeout(180)]


def test_bad_bytes_on_stdin_never_stop_the_markers(tmp_path: Path) -> None:
    lines = (
        b"Participant 1\tfirst\n"
        b"\xff\xfe not utf-8\n"
        b"Participant 1\tbell \x07 and escape \x1b[31m\n"
        b"Participant 1\t\xe2\x80\xae reversed\n" + b"x" * 10_000 + b"\n"
        b"Participant 2\tlast\n"
    )
    r = subprocess.run(
        [*recorder(), "record", "--out", str(tmp_path), "--source", "tones", "--channels", "2",
         "--seconds", "2", "--json"],
        input=lines, capture_output=True, timeout=120,
    )  # fmt: skip
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0, err
    assert "Traceback" not in err
    assert "not UTF-8 text (byte 0xFF at 0)" in err
    assert "control character" in err and "text-direction" in err
    assert "longer than 4096 bytes" in err
    folder = Path(json_lines(r.stdout.decode())[-1]["folder"])
    records = read_records(folder / "journal.jsonl")
    assert [rec["data"]["note"] for rec in records if rec["kind"] == "marker"] == ["first", "last"]
    rejected = [rec["data"] for rec in records if rec["kind"] == "marker_rejected"]
    assert len(rejected) == 4
    assert bytes.fromhex(rejected[0]["line_hex"]).startswith(b"\xff\xfe")
    assert verify_journal(folder / "journal.jsonl").ok


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "ro"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)  # fmt: skip
    if r.returncode != 0:
        pytest.skip(f"cannot mount a read-only tmpfs here ({r.stderr.strip()}); needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_protocol_onto_a_read_only_drive(tmp_path: Path, read_only_dir: Path) -> None:
    hearing = make_hearing(tmp_path / "h", seconds=2, channels=2)
    r = subprocess.run(
        [*zhazba(), "protocol", str(hearing), "--out", str(read_only_dir / "p.pdf")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == EXIT_FAILED, r.stderr
    assert "Traceback" not in r.stderr
    assert "Read-only file system" in r.stderr and "write somewhere else" in r.stderr


def test_gui_without_a_screen_records_into_out(tmp_path: Path) -> None:
    out = tmp_path / "demo-hearings"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    r = subprocess.run([*zhazba(), "gui", "--out", str(out)], capture_output=True, text=True,
                       timeout=150, env=env)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert f"into {out}" in r.stderr
    assert any(p.name.endswith(".sealed") for p in out.iterdir())
    assert not (tmp_path / "home" / "zhazba-hearings").exists()


def test_a_catalog_that_cannot_be_opened_stops_the_command(tmp_path: Path) -> None:
    station = tmp_path / "station"
    (station / "catalog.sqlite").mkdir(parents=True)  # not a database file
    env = dict(os.environ, ZHAZBA_STATION=str(station))
    r = subprocess.run([*zhazba(), "copies", "list"], capture_output=True, text=True,
                       timeout=60, env=env)  # fmt: skip
    assert "Traceback" not in r.stderr + r.stdout
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    assert f"the station catalog {station / 'catalog.sqlite'} cannot be read" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr


@pytest.fixture
def small_drive(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)  # fmt: skip
    if r.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({r.stderr.strip()}); needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


@pytest.mark.parametrize(("free_mb", "warned"), [(20, [30]), (6, [10])], ids=["30min", "10min"])
def test_record_warns_before_the_drive_fills(
    small_drive: Path, free_mb: int, warned: list[int]
) -> None:
    """1 channel, 8 kHz, 16 bit: 16 kB/s, so 30 min of recording is 28.8 MB and 10 min 9.6 MB.
    With 20 MB free the 30-minute warning comes; with 6 MB free the 10-minute one."""
    import shutil

    free = shutil.disk_usage(small_drive).free
    filler = small_drive / "filler"
    with filler.open("wb") as f:
        f.write(b"\0" * (free - free_mb * 1_000_000))
    r = subprocess.run(
        [*recorder(), "record", "--out", str(small_drive / "h"), "--source", "tones",
         "--channels", "1", "--rate", "8000", "--seconds", "1.5", "--no-stdin", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    lines = [line for line in r.stderr.splitlines() if line.startswith("ALARM disk_low")]
    assert [int(line.split("(under ")[1].split(" ")[0]) for line in lines] == warned, r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    alarms = [rec["data"] for rec in read_records(folder / "journal.jsonl")
              if rec["kind"] == "alarm" and rec["data"]["alarm"] == "disk_low"]  # fmt: skip
    assert len(alarms) == 1 and f"under {warned[0]} min" in alarms[0]["message"]
