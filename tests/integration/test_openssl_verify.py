"""Anyone can check a package without Zhazba: exactly the README's openssl and sha256sum commands.

The package is made by the station's own sealing (with a timestamp from the local ``openssl ts``
authority); the commands run in a shell inside the package folder with ``chain.pem`` (the test
CA's root and intermediate) beside it, as an archivist would run them. A changed manifest must
make them fail.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.pki import TestPKI, shared_pki
from tests.support.sealing import detached_copy, sealed_package
from tests.support.tsa import LocalTSA

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed"),
]

README_COMMANDS = (
    "openssl cms -verify -binary -purpose any -inform DER -in tagmanifest-sha256.txt.p7s "
    "-content tagmanifest-sha256.txt -CAfile chain.pem -out /dev/null\n"
    "sha256sum -c tagmanifest-sha256.txt && sha256sum -c manifest-sha256.txt\n"
)


def _run(package: Path, pki: TestPKI) -> subprocess.CompletedProcess[str]:
    (package / "chain.pem").write_bytes(pki.chain_pem())
    try:
        return subprocess.run(
            ["bash", "-e", "-c", README_COMMANDS], cwd=package, capture_output=True, text=True
        )
    finally:
        (package / "chain.pem").unlink()


def test_readme_commands_accept_a_sealed_package(tmp_path: Path) -> None:
    pki = shared_pki()
    with LocalTSA(pki.tsa) as tsa:
        result = sealed_package(tmp_path, pki, tsa_url=tsa.url)
    assert result.timestamped
    done = _run(result.package, pki)
    assert done.returncode == 0, done.stderr
    assert "CMS Verification successful" in done.stderr
    assert "data/journal.jsonl: OK" in done.stdout and "FAILED" not in done.stdout


def test_readme_commands_reject_changes(tmp_path: Path) -> None:
    pki = shared_pki()
    package = sealed_package(tmp_path, pki).package

    audio = detached_copy(package, tmp_path / "audio")
    flac = sorted((audio / "data" / "audio").glob("*.flac"))[0]
    data = bytearray(flac.read_bytes())
    data[len(data) // 2] ^= 0x01
    flac.write_bytes(bytes(data))
    done = _run(audio, pki)
    assert done.returncode != 0 and "FAILED" in done.stdout

    manifest = detached_copy(package, tmp_path / "manifest")
    (manifest / "manifest-sha256.txt").write_text("0" * 64 + "  data/hearing.json\n")
    done = _run(manifest, pki)
    assert done.returncode != 0 and "FAILED" in done.stdout

    tags = detached_copy(package, tmp_path / "tags")
    (tags / "tagmanifest-sha256.txt").write_text("0" * 64 + "  bagit.txt\n")
    done = _run(tags, pki)
    assert done.returncode != 0 and "Verification failure" in done.stderr

    stranger = detached_copy(
        sealed_package(tmp_path / "s", pki, who=pki.stranger).package, tmp_path / "stranger"
    )
    done = _run(stranger, pki)
    assert done.returncode != 0 and "certificate verify error" in done.stderr
