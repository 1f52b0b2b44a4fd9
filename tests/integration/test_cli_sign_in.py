"""Sign-in on the command line once the station has accounts (issue #16), through the real
`zhazba` as a subprocess: every evidence command needs the right person, `verify` stays open, a
password given in the environment is gone from ``/proc/<pid>/environ`` while the command runs.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from app.accounts.roles import AccountStore
from app.catalog.store import Catalog
from app.cli.errors import EXIT_OK, EXIT_SIGN_IN, EXIT_STATION_FILES
from signing.seal import seal_hearing
from tests.support.audio_servers import recorder, zhazba
from tests.support.hearing import make_hearing
from tests.support.pki import shared_pki
from tests.support.sealing import signer_for

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signin-station")
    with Catalog(folder / "catalog.sqlite") as catalog:
        store = AccountStore(catalog, scrypt_n=2**10)
        store.create("admin", "administrator", password="admin-pw")
        store.create("sec", "secretary", password="sec-pw", display_name="Secretary S.")
        store.create("judge", "judge", password="judge-pw")
    return folder


def run(
    station: Path,
    argv: list[str],
    password: str | None = None,
    *,
    user_env: str | None = None,
    cmd: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHAZBA_PASSWORD")}
    env["ZHAZBA_STATION"] = str(station)
    if password is not None:
        env["ZHAZBA_PASSWORD"] = password
    if user_env is not None:
        env["ZHAZBA_USER"] = user_env
    return subprocess.run(
        [*(cmd or zhazba()), *argv], capture_output=True, text=True, timeout=120, env=env,
        stdin=subprocess.DEVNULL, start_new_session=True,  # no terminal to type a password at
    )  # fmt: skip


def record_args(out: Path) -> list[str]:
    return ["record", "--out", str(out), "--source", "tones", "--channels", "2", "--seconds",
            "1", "--fast", "--no-stdin", "--demo"]  # fmt: skip


@pytest.mark.parametrize(
    ("user", "password", "message"),
    [
        (None, None, "this station has accounts: sign in with --user NAME"),
        ("sec", None, "no terminal to type the password of sec at"),
        ("sec", "wrong", "wrong username or password"),
        ("judge", "judge-pw", "(judge) may not do this: recording is for secretary"),
        ("nobody", "x", "wrong username or password"),
    ],
    ids=[
        "no-user",
        "no-password-no-terminal",
        "wrong-password",
        "judge-may-not-record",
        "unknown-user",
    ],  # fmt: skip
)
def test_record_is_refused_without_the_secretary(
    station: Path, tmp_path: Path, user: str | None, password: str | None, message: str
) -> None:
    for cmd in (zhazba(), recorder()):  # `zhazba` and the fast `python -m app.cli.record`
        argv = record_args(tmp_path / "out") + (["--user", user] if user else [])
        r = run(station, argv, password, cmd=cmd)
        assert r.returncode == EXIT_SIGN_IN, r.stderr
        assert message in r.stderr and "Traceback" not in r.stderr
        assert not (tmp_path / "out").exists()


def test_the_secretary_records_and_the_password_leaves_the_environment(
    station: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, ZHAZBA_STATION=str(station), ZHAZBA_PASSWORD="sec-pw",
               ZHAZBA_KEY_PASSWORD="key-secret-42")  # fmt: skip
    argv = ["record", "--out", str(tmp_path / "out"), "--source", "tones", "--channels", "1",
            "--seconds", "4", "--no-stdin", "--user", "sec", "--demo"]  # fmt: skip
    proc = subprocess.Popen([*zhazba(), *argv], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "out").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        environ = Path(f"/proc/{proc.pid}/environ").read_bytes()
        assert b"sec-pw" not in environ and b"key-secret-42" not in environ
        assert f"ZHAZBA_STATION={station}".encode() in environ  # the rest is untouched
    finally:
        out, err = proc.communicate(timeout=90)
    assert proc.returncode == EXIT_OK, err
    assert "signed in: Secretary S. (secretary)" in err


def test_zhazba_user_names_the_person(station: Path, tmp_path: Path) -> None:
    r = run(station, record_args(tmp_path / "out"), "sec-pw", user_env="sec")
    assert r.returncode == EXIT_OK, r.stderr


@pytest.mark.parametrize(
    ("argv", "user", "password", "code"),
    [
        (["catalog", "rebuild", "{tmp}"], "sec", "sec-pw", EXIT_SIGN_IN),
        (["catalog", "rebuild", "{tmp}"], "admin", "admin-pw", EXIT_OK),
        (["catalog", "search"], None, None, EXIT_SIGN_IN),
        (["catalog", "search"], "judge", "judge-pw", EXIT_OK),
        (["account", "list"], None, None, EXIT_SIGN_IN),
        (["account", "list"], "sec", "sec-pw", EXIT_SIGN_IN),
        (["account", "list"], "admin", "admin-pw", EXIT_OK),
        (["copies", "list"], None, None, EXIT_SIGN_IN),
        (
            ["copies", "add", "--applicant", "A", "--category", "civil"],
            "judge",
            "judge-pw",
            EXIT_SIGN_IN,
        ),
        (["archive", "status"], None, None, EXIT_SIGN_IN),
        (["archive", "queue", "{tmp}/x.sealed"], "judge", "judge-pw", EXIT_SIGN_IN),
        (["seal", "{tmp}", "--key", "{tmp}/k.p12"], None, None, EXIT_SIGN_IN),
        (["recover", "{tmp}"], "judge", "judge-pw", EXIT_SIGN_IN),
        (["protocol", "{tmp}"], None, None, EXIT_SIGN_IN),
        (["export", "{tmp}/x.sealed", "--to", "{tmp}"], "judge", "judge-pw", EXIT_SIGN_IN),
    ],
    ids=lambda v: v if isinstance(v, str | int) and not isinstance(v, bool) else None,
)
def test_role_rules(
    station: Path, tmp_path: Path, argv: list[str], user: str | None, password: str | None,
    code: int,
) -> None:  # fmt: skip
    words = [w.format(tmp=tmp_path) for w in argv] + (["--user", user] if user else [])
    r = run(station, words, password)
    assert "Traceback" not in r.stderr + r.stdout
    assert r.returncode == code, r.stderr + r.stdout


def test_verify_stays_open(station: Path, tmp_path: Path) -> None:
    pki = shared_pki()
    package = seal_hearing(make_hearing(tmp_path / "h", seconds=2, channels=2),
                           signer_for(pki.secretary)).package  # fmt: skip
    chain = pki.write_chain(tmp_path / "chain.pem")
    r = run(station, ["verify", str(package), "--ca", str(chain)])
    assert r.returncode == EXIT_OK, r.stderr + r.stdout
    assert "sign in" not in r.stderr


def test_a_damaged_catalog_is_never_taken_for_no_accounts(tmp_path: Path) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / "catalog.sqlite").write_bytes(b"\x00garbage, not SQLite" * 100)
    r = run(station, record_args(tmp_path / "out"))
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    assert f"the station catalog {station / 'catalog.sqlite'} cannot be read" in r.stderr
    assert not (tmp_path / "out").exists()


def test_the_window_keeps_no_key_password_in_its_environment(tmp_path: Path) -> None:
    """`zhazba gui --key FILE` with ZHAZBA_KEY_PASSWORD: the window opens the key, and the
    password is gone from /proc/<pid>/environ while the window is up (it stayed there for the
    whole session before)."""
    import signal
    import sys

    key = tmp_path / "sec.p12"
    key.write_bytes(shared_pki().secretary.p12())
    from tests.support.pki import PASSWORD

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHAZBA_STATION=str(tmp_path / "st"),
               ZHAZBA_KEY_PASSWORD=PASSWORD, HOME=str(tmp_path))  # fmt: skip
    code = ("import sys\nfrom ui.main import run_gui\n"
            f"sys.exit(run_gui(['zhazba', '--key', {str(key)!r}, '--out', "
            f"{str(tmp_path / 'h')!r}]))\n")  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if (tmp_path / "st" / "catalog.sqlite").exists():  # the key was opened (counted)
                break
            time.sleep(0.2)
        time.sleep(1.0)
        assert proc.poll() is None, proc.communicate()
        environ = Path(f"/proc/{proc.pid}/environ").read_bytes()
        assert PASSWORD.encode() not in environ
        assert b"QT_QPA_PLATFORM=offscreen" in environ
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
