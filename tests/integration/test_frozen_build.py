"""The desktop bundle built from build.spec works on its own (issue 10).

Builds the one-folder bundle with scripts/build.sh (or uses ZHAZBA_FROZEN_DIST when it points at
one already built), then runs the frozen program headless: it must report that PortAudio,
libsndfile and Qt's plugins are loaded from inside the bundle, list devices, record 5 s from the
simulated microphone, seal with a test key and verify — any missing library fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.support.pki import PASSWORD, shared_pki

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("ZHAZBA_FROZEN_DIST")
    if given and (Path(given) / "zhazba" / "zhazba").exists():
        return Path(given) / "zhazba"
    dist = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, ZHAZBA_DIST=str(dist), ZHAZBA_BUILD=str(dist.parent / "pyi-build"))
    subprocess.run([str(ROOT / "scripts" / "build.sh")], check=True, env=env, timeout=1500)
    return dist / "zhazba"


def _run(bundle: Path, *args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHAZBA_KEY_PASSWORD=PASSWORD)
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(bundle / "zhazba"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=bundle.parent,  # not the source tree: nothing may be imported from it
        **kw,  # type: ignore[arg-type]
    )


def test_native_libraries_come_from_the_bundle(bundle: Path) -> None:
    r = _run(bundle, "about", "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    inside = str(bundle)
    assert info["frozen"] is True
    assert info["version"] == (bundle / "VERSION").read_text().strip()
    assert info["portaudio"]["path"].startswith(inside), info["portaudio"]
    assert info["libsndfile"]["path"].startswith(inside), info["libsndfile"]
    assert info["qt"]["plugins"].startswith(inside), info["qt"]
    assert (Path(info["qt"]["plugins"]) / "platforms").is_dir()


def test_frozen_program_records_seals_and_verifies(bundle: Path, tmp_path: Path) -> None:
    assert _run(bundle, "devices", "--json").returncode == 0
    out = tmp_path / "hearings"
    r = _run(
        bundle,
        "record",
        "--out",
        str(out),
        "--source",
        "speech",
        "--channels",
        "4",
        "--seconds",
        "5",
        "--no-stdin",
        "--json",
    )
    assert r.returncode == 0, r.stderr
    folder = Path(json.loads(r.stdout.strip().splitlines()[-1])["folder"])
    assert json.loads(r.stdout.strip().splitlines()[-1])["frames"] == 5 * 48000

    pki = shared_pki()
    key = tmp_path / "secretary.p12"
    key.write_bytes(pki.secretary.p12())
    chain = pki.write_chain(tmp_path / "chain.pem")
    r = _run(bundle, "seal", str(folder), "--key", str(key), "--json")
    assert r.returncode == 0, r.stderr + r.stdout
    package = Path(json.loads(r.stdout)["package"])
    r = _run(bundle, "verify", str(package), "--ca", str(chain), "--json")
    assert r.returncode == 0, r.stdout + r.stderr
