"""Fail closed, through the real `zhazba` (issue #16, review): every reader of settings.json
stops on a damaged file (code 7) naming it, never a hearing recorded without its anchors or in
the wrong zone; a station that had accounts refuses to run without its catalog; the copy
application's applicant and the listening register's names follow the hearing schema; the
self-check's refusal is code 6. Each refusal is one line, in the user's language."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from app.accounts.marker import MARKER_NAME
from app.cli.errors import EXIT_OK, EXIT_SIGN_IN, EXIT_STATION_FILES, EXIT_USAGE
from tests.support.audio_servers import json_lines, zhazba

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]


def run(station: Path, *argv: str, password: str | None = None, **extra: str) -> subprocess.CompletedProcess[str]:  # fmt: skip  # noqa: E501
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_USER"}
    env.update({"ZHAZBA_STATION": str(station), "ZHAZBA_LANG": "en", **extra})
    if password is not None:
        env["ZHAZBA_PASSWORD"] = password
    return subprocess.run([*zhazba(), *argv], capture_output=True, text=True, timeout=180,
                          env=env, stdin=subprocess.DEVNULL, start_new_session=True)  # fmt: skip


def one_line(r: subprocess.CompletedProcess[str]) -> str:
    """The refusal: exactly one line on standard error (sign-in notes aside), no traceback."""
    assert "Traceback" not in r.stdout + r.stderr, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("signed in:")]
    assert len(lines) == 1, r.stderr
    return lines[0]


def record(station: Path, out: Path, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    argv = ["record", "--out", str(out), "--source", "tones", "--channels", "1", "--seconds", "1",
            "--fast", "--no-stdin", "--demo", "--json"]  # fmt: skip
    return run(station, *argv, *extra, **env)


# ------------------------------------------------------------------ settings.json, fail closed
DAMAGED = {
    "not-json": b'{"archive": {"endpoint": "http://x", ',
    "not-utf8": b'{"court": {"time_zone": "\xff"}}',
    "a-list": b"[1, 2]",
    "court-not-an-object": b'{"court": "Asia/Almaty"}',
    "anchors-not-an-object": b'{"anchors": ["off"]}',
    "anchors-wrong-type": b'{"anchors": {"enabled": "no"}}',
    "mirror-not-a-name": b'{"mirror": {"folder": 5}}',
    "station-not-an-object": b'{"station": true}',
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_record_stops_on_a_damaged_settings_file(tmp_path: Path, content: bytes) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / "settings.json").write_bytes(content)
    r = record(station, tmp_path / "out")
    assert r.returncode == EXIT_STATION_FILES, r.stdout + r.stderr
    assert str(station / "settings.json") in one_line(r)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_time_zone_stops_and_never_overwrites_a_damaged_file(tmp_path: Path) -> None:
    station = tmp_path / "station"
    station.mkdir()
    damaged = b'{"archive": {"endpoint": "http://archive", "bucket": "court"'  # cut short
    (station / "settings.json").write_bytes(damaged)
    r = run(station, "time-zone")
    assert r.returncode == EXIT_STATION_FILES and "settings.json" in one_line(r)
    r = run(station, "time-zone", "Asia/Qostanay")
    assert r.returncode == EXIT_STATION_FILES and "settings.json" in one_line(r)
    assert (station / "settings.json").read_bytes() == damaged  # the archive section is kept


@pytest.mark.parametrize(
    "argv",
    [["archive", "status"], ["selfcheck", "--no-history", "--json"]],
    ids=["archive", "selfcheck"],
)
def test_other_readers_stop_too(tmp_path: Path, argv: list[str]) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / "settings.json").write_bytes(b"\x00garbage")
    r = run(station, *argv)
    assert r.returncode == EXIT_STATION_FILES, r.stdout + r.stderr
    assert str(station / "settings.json") in r.stdout + r.stderr  # archive: its own format
    assert "Traceback" not in r.stdout + r.stderr


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ru", "файл настроек"), ("kk", "баптаулар файлы"), ("en", "the settings file")],
)
def test_the_refusal_is_in_the_users_language(tmp_path: Path, lang: str, words: str) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / "settings.json").write_bytes(b"{")
    r = record(station, tmp_path / "out", ZHAZBA_LANG=lang)
    assert r.returncode == EXIT_STATION_FILES
    line = one_line(r)
    assert words in line and str(station / "settings.json") in line, line


# ------------------------------------------------------------------ a catalog that vanished
@pytest.fixture
def station_with_accounts(tmp_path: Path) -> Path:
    station = tmp_path / "station"
    r = run(station, "account", "add", "admin", "--role", "administrator",
            ZHAZBA_NEW_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    r = run(station, "account", "add", "judge", "--role", "judge", "--user", "admin",
            password="admin-pw", ZHAZBA_NEW_PASSWORD="judge-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    return station


def test_a_station_that_had_accounts_refuses_to_run_without_its_catalog(
    station_with_accounts: Path, tmp_path: Path
) -> None:
    station = station_with_accounts
    marker = station / MARKER_NAME
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600
    for name in ("catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm"):
        (station / name).unlink(missing_ok=True)
    for argv in (
        ["record", "--out", str(tmp_path / "out"), "--source", "tones", "--seconds", "1",
         "--fast", "--no-stdin", "--demo"],
        ["account", "list"],
        ["catalog", "rebuild", str(tmp_path)],
        ["archive", "status"],
        ["selfcheck", "--no-history"],
    ):  # fmt: skip
        r = run(station, *argv)
        assert r.returncode == EXIT_STATION_FILES, (argv, r.stdout + r.stderr)
        line = one_line(r)
        assert str(station / "catalog.sqlite") in line and "Restore the catalog" in line, line
        assert not (station / "catalog.sqlite").exists(), argv  # never a fresh, empty one
    assert not (tmp_path / "out").exists()
    # with the catalog back from a backup, the station runs again, signed in
    r = run(station, "account", "list", "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_STATION_FILES  # still missing: no backup restored yet


def test_a_restored_catalog_runs_again(station_with_accounts: Path, tmp_path: Path) -> None:
    station = station_with_accounts
    backup = tmp_path / "backup.sqlite"
    r = run(station, "account", "list", "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_OK, r.stderr
    shutil.copy2(station / "catalog.sqlite", backup)
    (station / "catalog.sqlite").unlink()
    assert run(station, "account", "list").returncode == EXIT_STATION_FILES
    shutil.copy2(backup, station / "catalog.sqlite")
    r = run(station, "account", "list")
    assert r.returncode == EXIT_SIGN_IN, r.stderr  # sign-in is on again
    r = run(station, "account", "list", "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_OK, r.stderr


def test_the_window_refuses_too(station_with_accounts: Path) -> None:
    """The window's check (ui/main.py asks accounts_gone before anything else)."""
    from app.accounts.marker import accounts_gone

    catalog = station_with_accounts / "catalog.sqlite"
    assert accounts_gone(catalog) is None
    catalog.unlink()
    problem = accounts_gone(catalog)
    assert problem is not None and "Restore the catalog from a backup" in problem
    assert not catalog.exists()


def test_the_selfcheck_refusal_is_code_6(station_with_accounts: Path) -> None:
    station = station_with_accounts
    r = run(station, "selfcheck", "--no-history", "--user", "judge", password="judge-pw")
    assert r.returncode == EXIT_SIGN_IN, r.stdout + r.stderr
    assert "may not run the technician's self-check" in one_line(r)
    r = run(station, "selfcheck", "--no-history", "--user", "judge", password="wrong")
    assert r.returncode == EXIT_SIGN_IN and "wrong username or password" in one_line(r)
    r = run(station, "selfcheck", "--no-history")
    assert r.returncode == EXIT_SIGN_IN and "sign in with --user" in one_line(r)


# ------------------------------------------------------------------ names on the command line
BAD_NAMES = {
    "too-long": ("x" * 10_000, "longer than 200 characters"),
    "rtl-override": ("Иванов\u202eвонавИ", "U+202E"),
    "bell": ("Ivanov\x07", "U+0007"),
    "newline": ("Ivanov\nJudge", "U+000A"),
    "escape": ("\x1b[31mIvanov", "U+001B"),
}


@pytest.fixture(scope="module")
def demo_hearing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("applicant")
    station = base / "station"
    r = record(station, base / "out")
    assert r.returncode == EXIT_OK, r.stderr
    return station, Path(json_lines(r.stdout)[-1]["folder"])


@pytest.mark.parametrize(("name", "why"), BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_the_applicant_follows_the_hearing_schema(
    demo_hearing: tuple[Path, Path], tmp_path: Path, name: str, why: str
) -> None:
    station, folder = demo_hearing
    out = tmp_path / "application.pdf"
    r = run(station, "document", "application", str(folder), "--applicant", name,
            "--out", str(out))  # fmt: skip
    assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
    line = one_line(r)
    assert "--applicant" in line and why in line, line
    assert not out.exists()
    r = run(station, "listening", "start", str(folder), "--applicant", name)
    assert r.returncode == EXIT_USAGE and why in one_line(r)


def test_a_good_applicant_is_written(demo_hearing: tuple[Path, Path], tmp_path: Path) -> None:
    station, folder = demo_hearing
    out = tmp_path / "application.docx"
    r = run(station, "document", "application", str(folder), "--applicant", "Әлия Нұрланқызы",
            "--format", "docx", "--out", str(out))  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    assert out.stat().st_size > 0
    assert json.loads((folder / "hearing.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the careless user, again
CARELESS = {
    "seconds-nan": (["--seconds", "nan"], "give a number of seconds greater than 0"),
    "seconds-inf": (["--seconds", "inf"], "give a number of seconds greater than 0"),
    "seconds-negative": (["--seconds", "-5"], "give a number of seconds greater than 0"),
    "seconds-words": (["--seconds", "ten"], "is not a number of seconds"),
    "segment-0": (["--seconds", "1", "--segment-seconds", "0"], "a segment is 10 s to 3600 s"),
    "unknown-option": (["--seconds", "1", "--colour", "red"], "unrecognized arguments"),
}


@pytest.mark.parametrize(("extra", "why"), CARELESS.values(), ids=CARELESS.keys())
def test_a_bad_option_is_one_line_not_the_usage_block(
    tmp_path: Path, extra: list[str], why: str
) -> None:
    r = run(tmp_path / "station", "record", "--out", str(tmp_path / "out"), "--source", "tones",
            "--demo", "--no-stdin", *extra)  # fmt: skip
    assert r.returncode == EXIT_USAGE, r.stderr
    line = one_line(r)
    assert why in line and "--help`" in line, line
    assert not (tmp_path / "out").exists()


def test_a_bound_is_said_in_the_users_language(tmp_path: Path) -> None:
    r = run(tmp_path / "station", "record", "--out", str(tmp_path / "out"), "--source", "tones",
            "--demo", "--seconds", "nan", ZHAZBA_LANG="ru")  # fmt: skip
    assert r.returncode == EXIT_USAGE and "укажите число секунд больше 0" in one_line(r)
    r = run(tmp_path / "station", "record", "--out", str(tmp_path / "out"), "--source", "tones",
            "--demo", "--seconds", "1", "--segment-seconds", "0", ZHAZBA_LANG="kk")  # fmt: skip
    assert r.returncode == EXIT_USAGE and "жазба файлының ұзақтығы" in one_line(r)
