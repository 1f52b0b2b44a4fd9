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
