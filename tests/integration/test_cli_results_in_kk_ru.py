"""What the command line says when it works, in a Kazakh or Russian terminal (issue #16): the
technician's self-check, the anchors' status and the court's time zone, run for real through the
real `zhazba` with the suite's PulseAudio server (its null sink delivers digital silence, so the
self-check fails one check and warns of others: every kind of line is said).

Each line on both streams must be free of English words, as the refusals are
(tests/integration/test_cli_no_english.py says what may stand in any language); ``fsync`` is the
name of a system call, like FLAC is a format's. In English the self-check keeps PASS/WARN/FAIL.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.integration.test_cli_no_english import english_words
from tests.support.audio_servers import (
    pulse_server_fixture,  # noqa: F401 - fixture
    zhazba,
)

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

LANGS = ("kk", "ru")
TECHNICAL = ["fsync"]


def _run(
    station: Path, argv: list[str], lang: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_USER"}
    env.update(ZHAZBA_STATION=str(station), ZHAZBA_LANG=lang, **extra)
    return subprocess.run([*zhazba(), *argv], capture_output=True, text=True, timeout=240,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def _english(r: subprocess.CompletedProcess[str], typed: list[str]) -> dict[str, list[str]]:
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    lines = [ln for ln in (r.stdout + r.stderr).splitlines() if ln.strip()]
    assert lines, (r.returncode, r.stdout, r.stderr)
    found = {ln: english_words(ln, [*typed, *TECHNICAL]) for ln in lines}
    return {ln: w for ln, w in found.items() if w}


def _selfcheck(tmp_path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    argv = ["selfcheck", "--no-history", "--seconds", "1", "--recordings", str(tmp_path / "rec")]
    (tmp_path / "rec").mkdir(exist_ok=True)
    return _run(tmp_path / "station", argv, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_self_check_is_said_in_the_users_language(
    pulse_server: dict[str, str],  # noqa: F811 - the suite's PulseAudio server
    tmp_path: Path,
    lang: str,
) -> None:
    r = _selfcheck(tmp_path, lang)
    assert r.returncode == 1, r.stdout + r.stderr  # digital silence: one check fails
    lines = r.stdout.splitlines()
    assert len([ln for ln in lines if ln and not ln.startswith(" ")]) >= 10, r.stdout
    assert any(ln.startswith("      ") for ln in lines), r.stdout  # what to do
    assert not _english(r, [str(tmp_path)]), r.stdout + r.stderr


def test_the_self_check_keeps_its_verdict_codes_in_english(
    pulse_server: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    r = _selfcheck(tmp_path, "en")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "FAIL  Signal on every channel: " in r.stdout, r.stdout
    assert "      What to do: " in r.stdout and "The self-check FAILED: 1 problem" in r.stdout


@pytest.mark.parametrize("lang", LANGS)
def test_anchors_and_the_time_zone_are_said_in_the_users_language(
    tmp_path: Path, lang: str
) -> None:
    station = tmp_path / "station"
    r = _run(station, ["anchors", "status"], lang)
    assert r.returncode == 0, r.stdout + r.stderr
    assert not _english(r, []), r.stdout
    r = _run(station, ["time-zone"], lang)
    assert r.returncode == 0 and r.stdout.startswith("Asia/"), r.stdout + r.stderr
    assert not _english(r, ["Asia/Almaty", "Asia/Qostanay"]), r.stdout


@pytest.fixture
def admin_station(tmp_path: Path) -> Path:
    station = tmp_path / "station"
    r = _run(station, ["account", "add", "admin", "--role", "administrator"], "en",
             ZHAZBA_NEW_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == 0, r.stderr
    return station


ADMIN = {"ZHAZBA_USER": "admin", "ZHAZBA_PASSWORD": "admin-pw"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_administrators_commands_are_said_in_the_users_language(
    admin_station: Path, tmp_path: Path, lang: str
) -> None:
    """Accounts, the copy register and the catalog: what each change and listing says."""
    hearings = tmp_path / "hearings"
    hearings.mkdir()
    secretary = {"ZHAZBA_USER": "sec", "ZHAZBA_PASSWORD": "new-pw"}
    steps = [
        (["account", "add", "judge", "--role", "judge", "--name", "Сейткали А. Б."], ADMIN),
        (["account", "add", "sec", "--role", "secretary", "--name", "Жумабекова Д. Е."], ADMIN),
        (["account", "disable", "judge"], ADMIN),
        (["account", "enable", "judge"], ADMIN),
        (["account", "role", "judge", "--role", "technician"], ADMIN),
        (["account", "unlock", "judge"], ADMIN),
        (["account", "list"], ADMIN),
        (["copies", "add", "--applicant", "Әбенов Қ. Ж.", "--category", "civil",
          "--case", "2-1234/2026", "--received", "2026-11-20"], secretary),
        (["copies", "list", "--today", "2026-12-04"], secretary),
        (["copies", "writes"], secretary),
        (["catalog", "rebuild", str(hearings)], ADMIN),
        (["catalog", "search", "--case", "2-1234/2026"], secretary),
    ]  # fmt: skip
    for argv, who in steps:
        r = _run(admin_station, argv, lang, ZHAZBA_NEW_PASSWORD="new-pw", **who)
        assert r.returncode == 0, (argv, r.stdout + r.stderr)
        typed = [*argv, "admin", "judge", "sec"]
        assert not _english(r, typed), (argv, r.stdout + r.stderr)
