"""The station's files as another local user sees them (issue #16), and edits of the catalog
made behind Zhazba's back.

A second, unprivileged account is created for the test (``useradd``) and every read is tried as
that account (``runuser``): the catalog (password hashes, participants, case numbers), the
settings and secrets, hearing folders and sealed packages must all be closed to it. The station
itself is made with the real `zhazba` command. Needs root (to create the account).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.accounts.roles import AccountStore
from app.catalog.store import Catalog
from app.cli.errors import EXIT_OK, EXIT_SIGN_IN, EXIT_STATION_FILES
from app.cli.record import demo_hearing
from app.evidence.binding import subject_key
from tests.support.audio_servers import zhazba
from tests.support.pki import shared_pki

SECRETARY = "Асанова Айгерим"

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def other_user() -> Iterator[str]:
    if os.geteuid() != 0:
        pytest.skip("needs root to create a second local account (useradd)")
    name = f"zhz{secrets.token_hex(4)}"
    subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                   check=True, capture_output=True)  # fmt: skip
    try:
        yield name
    finally:
        subprocess.run(["userdel", name], capture_output=True)


def as_user(user: str, *cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["runuser", "-u", user, "--", *cmd], capture_output=True, text=True,
                          timeout=120, cwd="/")  # fmt: skip


def cli(station: Path, *argv: str, password: str | None = None, **extra: str) -> subprocess.CompletedProcess[str]:  # fmt: skip  # noqa: E501
    env = {k: v for k, v in os.environ.items() if "PASSWORD" not in k}
    env.update(ZHAZBA_STATION=str(station), **extra)
    if password is not None:
        env["ZHAZBA_PASSWORD"] = password
    return subprocess.run([*zhazba(), *argv], capture_output=True, text=True, timeout=120,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("perm")
    base.chmod(0o755)  # the test's own folder lets anyone in: what is inside must not
    folder = base / "station"
    assert cli(folder, "account", "add", "admin", "--role", "administrator",
               ZHAZBA_NEW_PASSWORD="admin-pw").returncode == 0  # fmt: skip
    # the secretary with her certificate registered: the station record binds the hearing to
    # her account, and sealing to her certificate (#15), as the administrator sets it up
    with Catalog(folder / "catalog.sqlite") as c:
        AccountStore(c, scrypt_n=2**12).create(
            "sec", "secretary", password="sec-pw", display_name=SECRETARY,
            certificate_subject=subject_key(shared_pki().secretary.cert),
        )  # fmt: skip
    r = cli(folder, "archive", "configure", "--endpoint", "http://127.0.0.1:1", "--bucket", "b",
            "--user", "admin", password="admin-pw")  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    r = cli(folder, "archive", "credentials", "--access-key", "AK", "--user", "admin",
            password="admin-pw", ZHAZBA_ARCHIVE_SECRET_KEY="very-secret")  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    hearings = base / "hearings"  # outside the station folder, as `--out` may put them
    card = base / "hearing.json"
    card.write_text(json.dumps({**demo_hearing(None, 1).to_json(), "secretary": SECRETARY}),
                    encoding="utf-8")  # fmt: skip
    r = cli(folder, "record", "--out", str(hearings), "--source", "tones", "--channels", "1",
            "--seconds", "1", "--fast", "--no-stdin", "--user", "sec", "--demo",
            "--hearing", str(card), password="sec-pw")  # fmt: skip
    assert r.returncode == 0, r.stderr
    hearing = next(p for p in hearings.iterdir() if p.is_dir())  # beside .zhazba-station
    # a demonstration hearing on a court station is never sealed with a court key, and the
    # station record binds sealing to the secretary's registered certificate (#15): the package
    # these permission checks need is sealed by the sealing code itself, as the station does
    from signing.seal import seal_hearing
    from tests.support.sealing import signer_for

    seal_hearing(hearing, signer_for(shared_pki().secretary))
    return {"folder": folder, "hearing": hearing, "package": Path(f"{hearing}.sealed"),
            "base": base}  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_modes(station: dict[str, Path]) -> None:
    folder = station["folder"]
    assert mode(folder) == 0o700
    for name in ("catalog.sqlite", "settings.json", "secrets.json", "station.key"):
        assert mode(folder / name) == 0o600, name
    assert mode(station["hearing"]) == 0o750
    assert mode(station["package"]) == 0o750


def test_another_user_reads_nothing(station: dict[str, Path], other_user: str) -> None:
    folder, hearing, package = station["folder"], station["hearing"], station["package"]
    assert as_user(other_user, "true").returncode == 0  # the account itself works
    for path in (folder / "catalog.sqlite", folder / "settings.json", folder / "secrets.json",
                 hearing / "hearing.json", hearing / "journal.jsonl",
                 package / "data" / "hearing.json", package / "bag-info.txt"):  # fmt: skip
        r = as_user(other_user, "cat", str(path))
        assert r.returncode != 0 and "Permission denied" in r.stderr, path
    r = as_user(other_user, "ls", str(hearing), str(package))
    assert r.returncode != 0 and "Permission denied" in r.stderr


def test_verify_as_another_user_is_one_line(
    station: dict[str, Path], other_user: str, tmp_path: Path
) -> None:
    """A package another user may open, but with one file they may not read: verify says so
    in plain words (it crashed with a traceback before)."""
    import tempfile

    open_dir = Path(tempfile.mkdtemp(prefix="zhazba-perm-", dir="/tmp"))  # reachable by all
    copy = open_dir / "copy.sealed"
    shutil.copytree(station["package"], copy)
    for p in [open_dir, *copy.rglob("*"), copy]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    (copy / "data" / "journal.jsonl").chmod(0o600)
    # the station's code is not readable by the new account (it lives under the tester's
    # home): the verifier is loaded first, then the process drops to that account's ids
    import pwd

    entry = pwd.getpwnam(other_user)
    code = (
        "import importlib, os, pkgutil, sys\n"
        "import app.evidence, app.cli.errors, app.cli.signin, app.station  # noqa\n"
        "from app.cli import commands as cli, signing as cli_signing  # noqa\n"
        "for m in pkgutil.iter_modules(app.evidence.__path__):\n"
        "    importlib.import_module('app.evidence.' + m.name)\n"
        f"os.setgroups([]); os.setgid({entry.pw_gid}); os.setuid({entry.pw_uid})\n"
        f"sys.exit(cli.main(['verify', {str(copy)!r}]))\n"
    )
    env = dict(os.environ, HOME=str(tmp_path), ZHAZBA_STATION=str(tmp_path / "st"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120, env=env, cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    shutil.rmtree(open_dir)
    assert "Traceback" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert r.returncode in (1, 2), r.stdout + r.stderr
    assert "journal.jsonl" in r.stdout + r.stderr


def test_a_role_changed_in_the_catalog_is_refused_and_reported(
    station: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "station"
    shutil.copytree(station["folder"], folder)
    with sqlite3.connect(folder / "catalog.sqlite") as db:
        db.execute("UPDATE accounts SET role = 'administrator' WHERE username = 'sec'")
    r = cli(folder, "account", "list", "--user", "sec", password="sec-pw")
    assert r.returncode == EXIT_SIGN_IN, r.stderr
    assert "was changed outside Zhazba" in r.stderr and "sign-in refused" in r.stderr
    r = cli(folder, "account", "log", "--user", "admin", password="admin-pw")
    assert r.returncode == 1, r.stdout
    assert "tampered" in r.stdout and "the account 'sec' was changed outside Zhazba" in r.stdout
    # the administrator sets it right; the change is in the audit log; she signs in again
    r = cli(folder, "account", "role", "sec", "--role", "secretary", "--user", "admin",
            password="admin-pw")  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    r = cli(folder, "account", "log", "--user", "admin", password="admin-pw")
    assert r.returncode == 0, r.stdout
    assert "role_changed" in r.stdout and "administrator -> secretary (by admin)" in r.stdout
    assert "audit log: intact" in r.stdout
    r = cli(folder, "catalog", "search", "--user", "sec", password="sec-pw")
    assert r.returncode == EXIT_OK, r.stderr


def test_an_edited_or_shortened_audit_log_is_found(
    station: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "station"
    shutil.copytree(station["folder"], folder)
    with sqlite3.connect(folder / "catalog.sqlite") as db:
        db.execute("UPDATE account_audit SET detail = 'role judge' WHERE username = 'sec'")
    r = cli(folder, "account", "log", "--user", "admin", password="admin-pw")
    assert r.returncode == 1 and "altered" in r.stdout, r.stdout
    with sqlite3.connect(folder / "catalog.sqlite") as db:
        db.execute("DELETE FROM account_audit WHERE id = (SELECT MAX(id) FROM account_audit)")
    r = cli(folder, "account", "log", "--user", "admin", password="admin-pw")
    assert r.returncode == 1 and "AUDIT LOG PROBLEMS" in r.stdout, r.stdout


def test_deleting_every_account_does_not_open_the_station(
    station: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "station"
    shutil.copytree(station["folder"], folder)
    with sqlite3.connect(folder / "catalog.sqlite") as db:
        db.execute("DELETE FROM accounts")
    r = cli(folder, "record", "--out", str(tmp_path / "out"), "--seconds", "1", "--fast",
            "--no-stdin")  # fmt: skip
    assert r.returncode == EXIT_STATION_FILES, r.stderr
    assert "were deleted outside Zhazba" in r.stderr
    assert not (tmp_path / "out").exists()


def test_every_station_file_is_private_after_a_whole_session(
    station: dict[str, Path], tmp_path: Path
) -> None:
    """After a real session — recorded, sealed (the fixture), exported onto a loop-mounted
    medium, documents written, the court's zone set, the archive configured again — every file
    in the station folder is 0600 and every folder 0700: nothing for group or others (#16;
    `zhazba time-zone` wrote settings.json 0644 before)."""
    from tests.support.media import ext4_medium, media_unavailable

    if (why := media_unavailable()) is not None:
        pytest.fail(why)
    folder, package = station["folder"], station["package"]
    # a court station gives nothing out without the court's chain (#15): the administrator
    # installs it, as on a real station
    chain = shared_pki().write_chain(tmp_path / "chain.pem")
    r = cli(folder, "trust", "install", str(chain), "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    medium = ext4_medium(tmp_path, "32M", "PERMS")
    try:
        r = cli(folder, "export", str(package), "--to", str(medium.mountpoint), "--user", "sec",
                "--json", password="sec-pw")  # fmt: skip
        assert r.returncode == EXIT_OK, r.stdout + r.stderr
    finally:
        medium.cleanup()
    r = cli(folder, "protocol", str(package), "--out", str(tmp_path / "p.pdf"), "--user", "sec",
            password="sec-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    r = cli(folder, "time-zone", "Asia/Qostanay", "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    r = cli(folder, "archive", "configure", "--endpoint", "http://127.0.0.1:1", "--bucket", "c",
            "--user", "admin", password="admin-pw")  # fmt: skip
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    r = cli(folder, "account", "list", "--user", "admin", password="admin-pw")
    assert r.returncode == EXIT_OK, r.stdout + r.stderr
    assert "Asia/Qostanay" in (folder / "settings.json").read_text(encoding="utf-8")
    assert (folder / "had-accounts.json").exists()
    walked = [folder, *folder.rglob("*")]
    assert len(walked) > 6, walked
    open_to_others = {
        str(p.relative_to(folder)): oct(stat.S_IMODE(p.lstat().st_mode))
        for p in walked
        if stat.S_IMODE(p.lstat().st_mode) & 0o077
    }
    assert not open_to_others, open_to_others
    assert mode(folder / "settings.json") == 0o600
