"""Helpers shared by the sealing, tamper and openssl tests: a PKI, signers and sealed packages.

The PKI is made once per test session (RSA key generation is the slow part); each test gets its
own hearing and package in its own temporary folder. :func:`detached_copy` copies a package
with real copies (``shutil.copytree``), never hard links, so tampering with one copy cannot touch
another or the hearing it came from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from signing.cades import RsaCadesSigner
from signing.keys import load_pkcs12
from signing.seal import SealResult, seal_hearing
from tests.support.hearing import make_hearing
from tests.support.pki import PASSWORD, Issued, TestPKI


def signer_for(who: Issued) -> RsaCadesSigner:
    """A signer for any test identity, bypassing the fitness checks (to make bad packages)."""
    return RsaCadesSigner(load_pkcs12(who.p12(), PASSWORD))


def sealed_package(
    tmp: Path, pki: TestPKI, who: Issued | None = None, tsa_url: str | None = None, **kw: float
) -> SealResult:
    hearing = make_hearing(tmp / "hearings", **kw)  # type: ignore[arg-type]
    return seal_hearing(hearing, signer_for(who or pki.secretary), tsa_url)


def detached_copy(package: Path, dest: Path) -> Path:
    shutil.copytree(package, dest, copy_function=shutil.copy2)
    for p in dest.rglob("*"):
        if p.is_file():
            p.chmod(0o644)
    return dest


def open_and_closed(base: Path, pki: TestPKI) -> dict[str, Path]:
    """Two hearings of one marker each, sealed by the secretary — an open one ("open") and a
    closed one ("closed") — and the CA chain that trusts her ("chain"): the packages the
    tamper tests copy and attack."""
    from tests.support.export_hearing import hearing_with_markers, speech

    markers = [(48000, speech(1, "Иванов И.", "plaintiff", 2, "first words"))]
    hearing = hearing_with_markers(base / "open", markers, seconds=4.0)
    closed = hearing_with_markers(base / "closed", markers, seconds=4.0, closed_hearing=True)
    return {
        "open": seal_hearing(hearing, signer_for(pki.secretary)).package,
        "closed": seal_hearing(closed, signer_for(pki.secretary)).package,
        "chain": pki.write_chain(base / "chain.pem"),
    }
