"""What the recording commands say, in a Kazakh or Russian terminal, when things go right and when
the drive fills (issue #16: no English in a kk/ru terminal; the engine's failure is the one line
a secretary must understand).

Made to happen for real: `zhazba record` fills a small tmpfs, `zhazba recover` refuses while it is
still full and closes the hearing once space is freed; `zhazba record` of a short hearing, `zhazba
demo` and `zhazba devices`. Every line on both streams must be
free of English words (tests/integration/test_cli_no_english.py says what may stand in any
language: paths, options, numbers, commands in backquotes), apart from the commands the demo
prints for checking the package with openssl.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app.hearing.details import load_hearing_json
from tests.integration.test_cli_no_english import english_words
from tests.reliability.test_disk_full import small_drive  # noqa: F401 - fixture
from tests.support.audio_servers import json_lines, recorder, zhazba

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(240)]

LANGS = ("kk", "ru")
_COMMANDS = ("cd ", "openssl ", "sha256sum ")  # what the demo prints for the user to type


def _env(tmp_path: Path, lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_USER"}
    env.update(ZHAZBA_STATION=str(tmp_path / "station"), ZHAZBA_LANG=lang)
    return env


def _run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    program = recorder() if argv[0] in ("record", "recover", "devices") else zhazba()
    return subprocess.run([*program, *argv], capture_output=True, text=True, timeout=180,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def _english(out: str, typed: list[str]) -> dict[str, list[str]]:
    """The lines of ``out`` that hold English words (a JSON line is data, not words)."""
    lines = [ln for ln in out.splitlines() if ln.strip() and not ln.lstrip().startswith("{")]
    lines = [ln for ln in lines if not ln.strip().startswith(_COMMANDS)]
    found = {ln: english_words(ln, typed) for ln in lines}
    return {ln: w for ln, w in found.items() if w}


@pytest.mark.parametrize("lang", LANGS)
def test_a_full_drive_and_its_recovery_are_said_in_the_users_language(
    small_drive: Path,  # noqa: F811 - fixture
    tmp_path: Path,
    lang: str,
) -> None:
    env = _env(tmp_path, lang)
    argv = ["record", "--out", str(small_drive), "--source", "tones", "--channels", "8",
            "--json", "--no-stdin", "--demo", "--fast", "--seconds", "120"]  # fmt: skip
    r = _run(argv, env)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and "zhazba recover" in r.stderr, r.stderr
    said = [ln for ln in r.stderr.splitlines() if ln.startswith("zhazba")]
    assert len(said) >= 2, r.stderr  # what stopped the recording, and what to do
    assert not _english(r.stderr, argv), r.stderr
    folder = Path(json_lines(r.stdout)[-1]["folder"])
    assert load_hearing_json(folder)["finished"] is False

    # recovery while the drive is still full: refused, in words
    r = _run(["recover", str(small_drive)], env)
    assert r.returncode == 1 and "zhazba recover" in r.stderr, r.stdout + r.stderr
    assert not _english(r.stdout + r.stderr, [str(small_drive)]), r.stdout + r.stderr

    # space freed: closed, and said so
    subprocess.run(["mount", "-o", "remount,size=16m", str(small_drive)], check=True)
    r = _run(["recover", str(small_drive)], env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert str(folder) in r.stdout, r.stdout
    assert not _english(r.stdout + r.stderr, [str(small_drive)]), r.stdout + r.stderr
    assert load_hearing_json(folder)["finished"] is True


@pytest.mark.parametrize("lang", LANGS)
def test_a_hearing_recorded_and_the_demo_are_said_in_the_users_language(
    tmp_path: Path, lang: str
) -> None:
    env = _env(tmp_path, lang)
    out = tmp_path / "hearings"
    argv = ["record", "--out", str(out), "--source", "tones", "--channels", "2",
            "--seconds", "1.5", "--no-stdin", "--demo"]  # fmt: skip
    r = _run(argv, env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert str(out) in r.stderr and str(out) in r.stdout  # where it went, and how it went
    assert not _english(r.stdout + r.stderr, argv), r.stdout + r.stderr

    r = _run(["demo", "--seconds", "2", "--out", str(out)], env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "openssl cms -verify" in r.stdout  # the commands are there, as commands
    assert not _english(r.stdout + r.stderr, [str(out)]), r.stdout + r.stderr

    # the devices (PulseAudio's, in the suite): their names and host APIs are data, said as is
    listed = json.loads(_run(["devices", "--json"], env).stdout)
    names = [d["name"] for d in listed] + [d["hostapi"] for d in listed]
    r = _run(["devices"], env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert len(r.stdout.strip().splitlines()) == max(1, len(listed)), r.stdout
    assert not _english(r.stdout + r.stderr, names), r.stdout + r.stderr


def test_the_english_alarm_line_keeps_its_code_for_scripts(tmp_path: Path) -> None:
    """In English an alarm stays ``ALARM <code>: …`` (docs/CLI.md): a drive filling is one."""
    env = _env(tmp_path, "en")
    mnt = tmp_path / "drive"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)  # fmt: skip
    assert r.returncode == 0, r.stderr
    try:
        r = _run(["record", "--out", str(mnt), "--source", "tones", "--channels", "8", "--json",
                  "--no-stdin", "--demo", "--fast", "--seconds", "120"], env)  # fmt: skip
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)
    assert r.returncode == 1, r.stderr
    assert "ALARM disk_low: disk space for " in r.stderr, r.stderr
    assert "recording drive is full" in r.stderr or "No space left" in r.stderr, r.stderr
