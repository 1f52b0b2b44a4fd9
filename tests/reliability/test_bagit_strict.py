"""Broken bags, one RFC 8493 rule each: the verifier names the defect itself.

Each bag is a real sealed package, changed in one BagIt rule and then re-listed and re-signed by
the secretary's own key, so that the only thing wrong with it is the rule it breaks (a forged
bag would fail on its signature first and hide the defect).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from app.evidence.verify import verify_package
from signing.cades import SIGNATURE_FILE, SIGNED_FILE
from signing.seal import manifest_text
from tests.support.pki import TestPKI, make_pki
from tests.support.sealing import detached_copy, sealed_package, signer_for


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("bags")
    package = sealed_package(base, pki, seconds=2.0, channels=2).package
    return package, pki.write_chain(base / "chain.pem")


def relist_and_sign(pkg: Path, pki: TestPKI) -> None:
    """What a station would do after the change: tag manifest recomputed, signed again."""
    tags = {
        n: hashlib.sha256((pkg / n).read_bytes()).hexdigest()
        for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
    }
    (pkg / SIGNED_FILE).write_text(manifest_text(tags), encoding="utf-8")
    der = signer_for(pki.secretary).sign_detached((pkg / SIGNED_FILE).read_bytes()).der
    (pkg / SIGNATURE_FILE).write_bytes(der)


def _bagit(text: bytes) -> Callable[[Path], None]:
    return lambda pkg: (pkg / "bagit.txt").write_bytes(text)


def _manifest(change: Callable[[list[str]], list[str]]) -> Callable[[Path], None]:
    def apply(pkg: Path) -> None:
        lines = (pkg / "manifest-sha256.txt").read_text(encoding="utf-8").splitlines()
        (pkg / "manifest-sha256.txt").write_text("\n".join(change(lines)) + "\n", encoding="utf-8")

    return apply


def _fetch(pkg: Path) -> None:
    (pkg / "fetch.txt").write_text("https://example.org/0001.flac - data/audio/0001.flac\n")


def _empty_folder(pkg: Path) -> None:
    (pkg / "data" / "later").mkdir()


CASES: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "bad version": (
        _bagit(b"BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n"),
        {"bag_version"},
    ),
    "BOM": (
        _bagit(b"\xef\xbb\xbfBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        {"bag_bom"},
    ),
    "missing encoding line": (_bagit(b"BagIt-Version: 1.0\n"), {"bag_encoding", "bag_declaration"}),
    "wrong encoding": (
        _bagit(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n"),
        {"bag_encoding"},
    ),
    "not UTF-8": (
        _bagit(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n\xff\n"),
        {"bag_encoding"},
    ),
    "duplicate entry": (
        _manifest(lambda ls: [*ls, ls[0][:64] + "  " + ls[1][66:]]),
        {"bag_duplicate_entry"},
    ),
    "path with ..": (
        _manifest(lambda ls: [*ls, "0" * 64 + "  data/../../../etc/passwd"]),
        {"path_outside"},
    ),
    "fetch.txt": (_fetch, {"bag_fetch", "file_extra"}),
    "wrong separator": (
        _manifest(lambda ls: [ls[0].replace("  ", ",", 1), *ls[1:]]),
        {"manifest_malformed", "file_extra"},
    ),
    "empty folder": (_empty_folder, {"bag_empty_folder"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_rfc8493_rule_is_named(
    case: str, sealed: tuple[Path, Path], pki: TestPKI, tmp_path: Path
) -> None:
    package, chain = sealed
    pkg = detached_copy(package, tmp_path / package.name)
    change, expected = CASES[case]
    change(pkg)
    relist_and_sign(pkg, pki)
    report = verify_package(pkg, chain)
    assert not report.ok
    assert report.codes() == expected, report.to_text()
    assert "NOT INTACT" in report.to_text()


@pytest.mark.parametrize(
    "separator", [" ", "  ", " *", "\t"], ids=["one space", "two spaces", "binary", "tab"]
)
def test_either_separator_is_accepted(
    separator: str, sealed: tuple[Path, Path], pki: TestPKI, tmp_path: Path
) -> None:
    package, chain = sealed
    pkg = detached_copy(package, tmp_path / package.name)
    _manifest(lambda ls: [line[:64] + separator + line[66:] for line in ls])(pkg)
    relist_and_sign(pkg, pki)
    report = verify_package(pkg, chain)
    assert report.ok, report.to_text()


def test_version_097_is_accepted(sealed: tuple[Path, Path], pki: TestPKI, tmp_path: Path) -> None:
    package, chain = sealed
    pkg = detached_copy(package, tmp_path / package.name)
    _bagit(b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n")(pkg)
    relist_and_sign(pkg, pki)
    assert verify_package(pkg, chain).ok
