"""What a hostile or careless user found after issue #16's first round, through the real `zhazba`
as a subprocess: wrong passwords are counted across terminals (a fresh pseudo-terminal per guess
resets nothing); each fix below has its test here. Each refusal is one line, never a traceback."""

from __future__ import annotations

import contextlib
import os
import pty
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from app.cli.errors import EXIT_FAILED, EXIT_OK, EXIT_SIGN_IN, EXIT_STATION_FILES, EXIT_USAGE
from tests.integration.test_cli_fail_closed import one_line, run
from tests.support.audio_servers import zhazba
from tests.support.hearing import make_hearing
from tests.support.pki import shared_pki

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]


def add_admin(station: Path) -> None:
    r = run(station, "account", "add", "admin", "--role", "administrator",
            ZHAZBA_NEW_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr


def test_a_fresh_terminal_per_guess_does_not_reset_the_lock(tmp_path: Path) -> None:
    station = tmp_path / "station"
    add_admin(station)
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k and k != "ZHAZBA_USER"}
    env.update(ZHAZBA_STATION=str(station), ZHAZBA_LANG="en")
    terminals: list[int] = []
    results = []
    for guess in ["guess1", "guess2", "guess3", "guess4", "guess5", "guess6", "admin-pw"]:
        master, slave = pty.openpty()  # each guess from its own pseudo-terminal
        terminals += [master, slave]
        r = subprocess.run([*zhazba(), "account", "list", "--user", "admin"], stdin=slave,
                           capture_output=True, text=True, timeout=120,
                           env={**env, "ZHAZBA_PASSWORD": guess})  # fmt: skip
        results.append(r)
    for fd in terminals:
        os.close(fd)
    assert all(r.returncode == EXIT_SIGN_IN for r in results), [r.stderr for r in results]
    assert "locked" in one_line(results[5])
    assert "locked" in one_line(results[6])  # the right password, not even tried


def test_an_older_row_put_back_is_refused(tmp_path: Path) -> None:
    station = tmp_path / "station"
    add_admin(station)
    admin = {"ZHAZBA_PASSWORD": "admin-pw"}
    r = run(station, "account", "add", "bob", "--role", "administrator", "--user", "admin",
            ZHAZBA_NEW_PASSWORD="bob-pw", **admin)  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    catalog = station / "catalog.sqlite"
    with sqlite3.connect(catalog) as db:  # an insider keeps his row while administrator
        saved = db.execute("SELECT role, disabled, mac FROM accounts WHERE username = 'bob'")
        role, disabled, mac = saved.fetchone()
    for argv in (["role", "bob", "--role", "judge"], ["disable", "bob"]):
        r = run(station, "account", *argv, "--user", "admin", **admin)
        assert r.returncode == EXIT_OK, r.stderr
    with sqlite3.connect(catalog) as db:
        db.execute("UPDATE accounts SET role = ?, disabled = ?, mac = ? WHERE username = 'bob'",
                   (role, disabled, mac))  # fmt: skip
    db.close()
    r = run(station, "account", "list", "--user", "bob", password="bob-pw")
    assert r.returncode == EXIT_SIGN_IN
    assert "older version" in one_line(r) and "bob" in one_line(r)
    r = run(station, "account", "log", "--user", "admin", **admin)
    assert "bob" in r.stdout[r.stdout.index("PROBLEMS") :], r.stdout


def record_args(out: Path) -> list[str]:
    return ["record", "--out", str(out), "--source", "tones", "--channels", "1", "--seconds", "1",
            "--fast", "--no-stdin", "--demo"]  # fmt: skip


def test_an_empty_station_folder_cannot_use_a_stations_hearings(tmp_path: Path) -> None:
    station, out = tmp_path / "station", tmp_path / "hearings"
    add_admin(station)
    r = run(station, "account", "add", "sec", "--role", "secretary", "--user", "admin",
            ZHAZBA_NEW_PASSWORD="sec-pw", ZHAZBA_PASSWORD="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stderr
    r = run(station, *record_args(out), "--user", "sec", password="sec-pw")
    assert r.returncode == EXIT_OK, r.stderr
    assert stat.S_IMODE((out / ".zhazba-station").stat().st_mode) == 0o600
    hearing = next(p for p in out.iterdir() if p.is_dir())
    before = sorted(out.iterdir())
    key = tmp_path / "sec.p12"
    key.write_bytes(shared_pki().secretary.p12())
    for n, argv in enumerate([record_args(out), ["protocol", str(hearing)],
                              ["seal", str(hearing), "--key", str(key)]]):  # fmt: skip
        empty = tmp_path / f"empty{n}"
        empty.mkdir()
        r = run(empty, *argv, ZHAZBA_KEY_PASSWORD="guess")
        assert r.returncode == EXIT_SIGN_IN, r.stdout + r.stderr
        assert str(out) in one_line(r) and "another station" in one_line(r)
    assert sorted(out.iterdir()) == before  # nothing recorded, no protocol, no package


def test_a_mirrored_recording_is_the_stations_only(tmp_path: Path) -> None:
    out, mirror = tmp_path / "hearings", tmp_path / "mirror"
    r = run(tmp_path / "station", *record_args(out), "--mirror", str(mirror), "--seconds", "2")
    assert r.returncode == EXIT_OK, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o750
    walked = [p for top in (out, mirror) for p in top.rglob("*")]
    assert any(p.suffix == ".flac" for p in walked if mirror in p.parents)
    for path in [mirror, *walked]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mirror in path.parents or path == mirror:  # the second copy: 0750 folders, 0640 files
            assert mode == (0o750 if path.is_dir() else 0o640), (path, oct(mode))
        elif path.parent == out:  # the hearing folder itself
            assert mode == 0o750, (path, oct(mode))


@pytest.mark.parametrize("argv", [["protocol"], ["document", "protocol"]], ids=["protocol", "docx"])
def test_a_document_onto_a_full_drive_fails_and_leaves_nothing(
    tmp_path: Path, argv: list[str]
) -> None:
    hearing = make_hearing(tmp_path / "h", seconds=2, channels=1)
    full = tmp_path / "full"
    full.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(full)]
    m = subprocess.run(mount, capture_output=True, text=True)
    if m.returncode != 0:
        pytest.fail(f"cannot mount a small tmpfs ({m.stderr.strip()}): run as root, as CI does")
    try:
        with (full / "fill").open("wb", buffering=0) as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
        name = "p.pdf" if argv == ["protocol"] else "p.docx"
        r = run(tmp_path / "station", *argv, str(hearing), "--out", str(full / name))
        assert r.returncode == EXIT_FAILED, r.stdout + r.stderr
        line = one_line(r)
        assert str(full / name) in line and "Free space" in line, line
        assert sorted(p.name for p in full.iterdir()) == ["fill"]  # no empty file left
        assert "wrote" not in r.stdout
    finally:
        subprocess.run(["umount", "-l", str(full)], capture_output=True)


@pytest.mark.parametrize("seconds", ["1e-320", "0.00001", "0.5"])
def test_less_than_a_second_is_refused(tmp_path: Path, seconds: str) -> None:
    out = tmp_path / "hearings"
    r = run(tmp_path / "station", *record_args(out), "--seconds", seconds)
    assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
    assert "at least 1 second" in one_line(r)
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("damage", ["delete", "chmod-644", "short"])
def test_a_damaged_or_missing_station_key_stops_the_command(tmp_path: Path, damage: str) -> None:
    station = tmp_path / "station"
    add_admin(station)
    key = station / "station.key"
    if damage == "delete":
        key.unlink()
    elif damage == "chmod-644":
        key.chmod(0o644)
    else:
        key.write_bytes(b"short")
        key.chmod(0o600)
    r = run(station, "account", "list", "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_STATION_FILES, r.stdout + r.stderr
    line = one_line(r)
    assert str(key) in line and "unexpected" not in line, line
    if damage == "delete":
        assert "backup" in line and not key.exists()  # no new key made: accounts stay usable


SECTIONS_DAMAGED = {"court-text": '{"court": "Asia/Almaty"}', "archive-list": '{"archive": [1]}',
                    "archive-text": '{"archive": "x"}'}  # fmt: skip


@pytest.mark.parametrize("content", SECTIONS_DAMAGED.values(), ids=SECTIONS_DAMAGED.keys())
def test_a_damaged_section_stops_archive_status_and_time_zone(tmp_path: Path, content: str) -> None:
    station = tmp_path / "station"
    add_admin(station)
    settings = station / "settings.json"
    settings.write_text(content)
    for argv in (["archive", "status"], ["time-zone", "Asia/Almaty"]):
        r = run(station, *argv, "--user", "admin", password="admin-pw")
        assert r.returncode == EXIT_STATION_FILES, r.stdout + r.stderr
        said = [ln for ln in (r.stdout + r.stderr).splitlines() if not ln.startswith("signed")]
        assert len(said) == 1 and "Traceback" not in said[0], said  # archive: on stdout
        assert str(settings) in said[0] and "section" in said[0], said
    assert settings.read_text() == content  # never overwritten


BAD_NAMES = {"escape": "evil\x1b[2J\x1b]0;pwned\x07", "rtl": "adm\u202enimda", "newline": "a\nb",
             "10k": "L" * 10_000, "space": " ", "trailing-space": "admin "}  # fmt: skip


@pytest.mark.parametrize("name", BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_account_names_follow_the_schema(tmp_path: Path, name: str) -> None:
    station = tmp_path / "station"
    add_admin(station)
    for argv in (["account", "add", name, "--role", "judge"],
                 ["account", "add", "judge1", "--role", "judge", "--name", name]):  # fmt: skip
        r = run(station, *argv, "--user", "admin", password="admin-pw", ZHAZBA_NEW_PASSWORD="x")
        assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
        one_line(r)
    r = run(station, "account", "list", "--user", "admin", password="admin-pw")
    assert r.stdout.split() == ["admin", "administrator"], r.stdout


def test_names_typed_at_sign_in_are_shown_escaped_in_the_log(tmp_path: Path) -> None:
    station = tmp_path / "station"
    add_admin(station)
    r = run(
        station, "account", "list", "--user", "x\x1b[2J\n2026-01-01 unlocked admin", password="w"
    )
    assert r.returncode == EXIT_SIGN_IN
    r = run(station, "account", "log", "--user", "admin", password="admin-pw")
    assert "\x1b" not in r.stdout and "\\x1b[2J\\x0a2026" in r.stdout, r.stdout
    assert not any(ln.startswith("2026-01-01") for ln in r.stdout.splitlines())


COPIES_BAD = {
    "10k-applicant": ["--applicant", "Z" * 10_000],
    "escape-case": ["--applicant", "Ok", "--case", "A\x1b[2J"],
    "rtl-note": ["--applicant", "Ok", "--note", "n\u202e\x07"],
    "bad-date": ["--applicant", "Ok", "--received", "9999-99-99"],
    "holidays-not-json": ["--applicant", "Ok", "--holidays", "/etc/passwd"],
    "holidays-device": ["--applicant", "Ok", "--holidays", "/dev/zero"],
}


@pytest.mark.parametrize("argv", COPIES_BAD.values(), ids=COPIES_BAD.keys())
def test_copies_add_bounds_its_input(tmp_path: Path, argv: list[str]) -> None:
    station = tmp_path / "station"
    r = run(station, "copies", "add", "--category", "civil", "--case", "A1", *argv)
    assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
    one_line(r)
    r = run(station, "copies", "list")
    assert "no applications" in r.stdout, r.stdout


def test_a_device_recording_needs_the_hearings_details(tmp_path: Path) -> None:
    from tests.integration.test_simulated_documents import audio_env_without_demo

    out = tmp_path / "out"
    argv = ["record", "--out", str(out), "--device", "pulse", "--channels", "2", "--seconds",
            "1", "--no-stdin", "--json"]  # fmt: skip
    r = run(tmp_path / "station", *argv, **audio_env_without_demo())
    assert r.returncode == EXIT_USAGE, r.stdout + r.stderr
    assert "--hearing" in one_line(r) and "--demo" in one_line(r)
    assert not out.exists() or not any(out.iterdir())
    # with --demo it records: test_simulated_documents.test_a_live_hearing_does_not


SIGN_IN_SAID = {
    "kk": ("бұл станцияда тіркелгілер бар", "кіру орындалмады: пайдаланушы аты немесе құпиясөз"),
    "ru": ("на этой станции есть учётные записи", "вход не выполнен: неверное имя пользователя"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_sign_in_refusals_in_the_users_language(tmp_path: Path, lang: str) -> None:
    station = tmp_path / "station"
    add_admin(station)
    no_user, wrong = SIGN_IN_SAID[lang]
    r = run(station, "account", "list", ZHAZBA_LANG=lang)
    assert r.returncode == EXIT_SIGN_IN and no_user in one_line(r), r.stderr
    r = run(station, "account", "list", "--user", "admin", password="bad", ZHAZBA_LANG=lang)
    assert r.returncode == EXIT_SIGN_IN and wrong in one_line(r), r.stderr
