"""Bad input to `zhazba record`: each case a clear message, a non-zero exit code, and nothing
half-written left behind (no hearing folder is created when recording cannot start).

Runs the real `zhazba` command. The device cases use the real PulseAudio server (PortAudio's
"pulse" device); the unwritable folders are a read-only tmpfs (root ignores permissions), a path
under a regular file, and a regular file in place of the folder.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from signing.journal import read_records
from tests.support.audio_servers import (
    Pulse,
    json_lines,
    pulse_fixture,  # noqa: F401 - fixture
    pulse_server_fixture,  # noqa: F401 - fixture
    recorder,
    zhazba,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


def record(out: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    r = subprocess.run(
        [*zhazba(), "record", "--out", str(out), "--no-stdin", "--seconds", "1", *args],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    return r.returncode, r.stderr


def nothing_written(out: Path) -> bool:
    return not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--source", "tones", "--rate", "12345"], "12345 Hz is not supported"),
        (["--source", "tones", "--channels", "33"], "the station records 1 to 32"),
        (["--source", "tones", "--channels", "0"], "the station records 1 to 32"),
        (["--source", "/no/such/file.wav"], "no such audio file"),
        (["--device", "pulse", "--fast"], "--fast works only with a simulated source"),
        (["--source", "tones", "--bits", "20"], "invalid choice"),
    ],
    ids=["rate", "channels-33", "channels-0", "missing-file", "fast-with-device", "bits"],
)
def test_simulated_source_settings(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "hearings"
    code, err = record(out, *args)
    assert code == 2, err
    assert message in err
    assert nothing_written(out)


@pytest.mark.parametrize(("rate", "channels"), [(12000, 2), (22050, 40)], ids=["rate", "ch"])
def test_file_source_with_unsupported_format(tmp_path: Path, rate: int, channels: int) -> None:
    wav = tmp_path / "odd.wav"
    sf.write(str(wav), np.zeros((rate // 10, channels)), rate, subtype="PCM_16")
    out = tmp_path / "hearings"
    code, err = record(out, "--source", str(wav), "--fast")
    assert code == 2, err
    assert ("Hz is not supported" in err) if rate == 12000 else ("1 to 32" in err)
    assert nothing_written(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--device", "no-such-microphone"], "no input device named 'no-such-microphone'"),
        (["--device", "pulse", "--rate", "12345"], "12345 Hz is not a supported sample rate"),
        (["--device", "pulse", "--channels", "64"], "input channels; 64 were asked for"),
        (["--device", "9999"], "no input device named '9999'"),
    ],
    ids=["unknown-device", "device-rate", "device-channels", "device-index"],
)
def test_device_settings(pulse: Pulse, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "hearings"
    code, err = record(out, *args, env=pulse.env)
    assert code == 2, err
    assert message in err
    assert nothing_written(out)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "ro"
    mnt.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a read-only tmpfs here ({r.stderr.strip()}); needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_read_only_output_folder(read_only_dir: Path) -> None:
    for out in (read_only_dir, read_only_dir / "hearings"):
        code, err = record(out, "--source", "tones")
        assert code == 2, err
        assert "cannot create the hearing folder" in err and "Read-only file system" in err
        assert not any(read_only_dir.iterdir())


def test_output_folder_is_a_file_or_under_one(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for out in (blocker, blocker / "hearings"):
        code, err = record(out, "--source", "tones")
        assert code == 2, err
        assert "cannot create the hearing folder" in err
    assert blocker.read_text() == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_bad_marker_line_is_reported_and_the_next_ones_still_saved(tmp_path: Path) -> None:
    lines = "Participant 1\tfirst\nevent:nonsense\tbad\nevent:oath\tsworn\nParticipant 2\tlast\n"
    r = subprocess.run(
        [
            *recorder(),
            "record",
            "--out",
            str(tmp_path),
            "--source",
            "tones",
            "--channels",
            "2",
            "--seconds",
            "1.5",
            "--json",
        ],
        input=lines,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert r.returncode == 0, r.stderr
    assert "marker not saved" in r.stderr and "unknown event 'nonsense'" in r.stderr
    assert "Traceback" not in r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    records = read_records(folder / "journal.jsonl")
    notes = [rec["data"]["note"] for rec in records if rec["kind"] == "marker"]
    assert notes == ["first", "sworn", "last"]
