"""Racing the gate (issue #15, the review): the package is swapped after it was verified.

An insider with the station's files watches the export read the package and, once the
verification is done, puts a re-signed package (his own certificate, the secretary renamed, the
closed flag cleared) at the same path. What was verified is pinned in memory
(:mod:`app.evidence.pin`): only files whose bytes match the pinned hashes are copied, hashed as
they are copied, and the copy read back from the medium must verify with the same station
record and carry the same identity; anything else is removed from the medium and refused. Real
seals, a real court station, a loop-mounted ext4 medium.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes

from app.copies.case_file import export_case_copy
from app.copies.medium import ExportError
from app.copies.progress import Progress
from app.evidence.binding import station_registry
from app.evidence.gate import require_verified
from signing import journal as J
from tests.reliability.test_evidence_guard import rechain, remanifest, resign
from tests.reliability.test_insider import (
    SECRETARY_PW,
    court_station,
    medium,
    opened_hearing,
    pki,
    rename_secretary,
    seal,
)
from tests.support.media import MountedImage
from tests.support.pki import TestPKI
from tests.support.sealing import detached_copy

pytestmark = [pytest.mark.integration]
__all__ = ["medium", "pki"]  # the fixtures, shared with test_insider


def _forge(pkg: Path, who: Any) -> None:
    """Secretary renamed, closed flag cleared, the seal record's hashes and certificate his."""
    rename_secretary(pkg, "Беков Д.", closed=False)
    data = pkg / "data"
    fp = who.cert.fingerprint(hashes.SHA256()).hex()

    def edit(rec: dict[str, Any]) -> dict[str, Any]:
        if rec["kind"] == J.SEALED:
            files = {k: hashlib.sha256((data / k).read_bytes()).hexdigest()
                     for k in rec["data"]["files"]}  # fmt: skip
            rec["data"] = {**rec["data"], "files": files, "certificate_sha256": fp}
        return rec

    rechain(data / "journal.jsonl", edit)
    remanifest(pkg)
    resign(pkg, who)


def _setup(tmp: Path, pki: TestPKI) -> tuple[Path, Path, Path]:
    """(station, the package at the path the export is given, the forged package)."""
    station = court_station(tmp, pki, "ASANOVA AIGERIM")
    hearing = opened_hearing(tmp, station, closed=True)
    assert seal(station, tmp, hearing, pki.secretary, "asanova", SECRETARY_PW).returncode == 0
    real = hearing.with_name(hearing.name + ".sealed")
    at = detached_copy(real, tmp / "x" / real.name)
    bad = detached_copy(real, tmp / "bad" / real.name)
    _forge(bad, pki.colleague)
    return station, at, bad


def _swap(at: Path, bad: Path) -> None:
    os.rename(at, at.with_name("old"))
    shutil.copytree(bad, at)


def _no_copy(m: MountedImage, name: str) -> bool:
    return not (m.mountpoint / name / "data").exists()


def test_a_package_swapped_after_its_verification_is_not_copied(
    tmp_path: Path, pki: TestPKI, medium: MountedImage
) -> None:
    station, at, bad = _setup(tmp_path, pki)
    chain = station / "trust" / "court-ca.pem"
    registry = station_registry(station / "catalog.sqlite")
    fired: list[bool] = []

    def swap_once_writing(p: Progress) -> None:
        if p.phase == "writing" and not fired:
            fired.append(True)
            _swap(at, bad)

    with pytest.raises(ExportError) as e:
        export_case_copy(at, medium.mountpoint, ca_file=chain, registry=registry,
                         progress=swap_once_writing)  # fmt: skip
    assert fired and e.value.code in ("source_damaged", "read_back_failed"), str(e.value)
    assert _no_copy(medium, at.name), list(medium.mountpoint.rglob("*"))


def test_a_copy_replaced_on_the_medium_before_its_read_back_is_removed(
    tmp_path: Path, pki: TestPKI, medium: MountedImage
) -> None:
    station, at, bad = _setup(tmp_path, pki)
    chain = station / "trust" / "court-ca.pem"
    registry = station_registry(station / "catalog.sqlite")
    fired: list[bool] = []

    def replace_on_medium(p: Progress) -> None:
        if p.phase == "verifying" and not fired:
            fired.append(True)
            target = medium.mountpoint / at.name
            shutil.rmtree(target)
            shutil.copytree(bad, target)

    with pytest.raises(ExportError, match="did not verify") as e:
        export_case_copy(at, medium.mountpoint, ca_file=chain, registry=registry,
                         progress=replace_on_medium)  # fmt: skip
    assert fired and e.value.code == "read_back_failed"
    assert "NOT the hearing's secretary" in str(e.value) or "not the package" in str(e.value)
    assert _no_copy(medium, at.name)


def test_the_gate_pins_what_it_verified(tmp_path: Path, pki: TestPKI) -> None:
    station, at, bad = _setup(tmp_path, pki)
    cleared = require_verified(at, "written", station / "trust" / "court-ca.pem",
                               station_registry(station / "catalog.sqlite"))  # fmt: skip
    pinned = cleared.pinned.hashes()
    for rel in cleared.files:
        assert hashlib.sha256((at / rel).read_bytes()).hexdigest() == pinned[rel], rel
    assert cleared.files[-1] == "tagmanifest-sha256.txt.p7s"
