"""What the gate verified, pinned in memory: every file's SHA-256 as the verified manifests say.

The gate (:mod:`app.evidence.gate`) verifies a package by its path; an insider with the station's
files could swap the folder between the verification and the copy. So the tag manifest, the
signature and the payload manifest are read once into memory, their SHA-256 taken, before and
after the verification (a package that changed meanwhile is refused), and from then on only the
pinned hashes count: a copy takes only files whose bytes match them as they are copied, and the
medium (or archive) read-back must carry the same identity — the same tag manifest and
signature — and verify with the same station record.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.evidence.manifest import unescape
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

PAYLOAD_MANIFEST = "manifest-sha256.txt"
_LINE = re.compile(r"^([0-9a-fA-F]+)[ \t]+\*?(.+)$")


@dataclass(frozen=True)
class Pinned:
    """The identity of a verified package: payload and tag entries, and the SHA-256 of the tag
    manifest and of the signature."""

    payload: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    tagmanifest: str = ""
    signature: str = ""

    def hashes(self) -> dict[str, str]:
        """Every file that may leave, with the SHA-256 its bytes must have."""
        return {
            **self.payload,
            **self.tags,
            SIGNED_FILE: self.tagmanifest,
            SIGNATURE_FILE: self.signature,
        }

    def files(self) -> list[str]:
        """Payload first, then the tag files, the tag manifest, the signature last."""
        return [*sorted(self.payload), *sorted(self.tags), SIGNED_FILE, SIGNATURE_FILE]


class PinError(Exception):
    """The package's manifests or signature cannot be read, or do not agree with each other."""


def _entries(raw: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in raw.decode("utf-8-sig").splitlines():
        m = _LINE.match(line)
        if m:
            out[unescape(m.group(2))] = m.group(1).lower()
    return out


def pin_package(package: Path) -> Pinned:
    """Read the manifests and signature once and pin them (PinError when they cannot be read
    or the payload manifest is not the one the tag manifest lists)."""
    try:
        tag_raw = (package / SIGNED_FILE).read_bytes()
        sig_raw = (package / SIGNATURE_FILE).read_bytes()
        man_raw = (package / PAYLOAD_MANIFEST).read_bytes()
        tags = _entries(tag_raw)
    except (OSError, UnicodeDecodeError) as e:
        raise PinError(str(e)) from e
    if tags.get(PAYLOAD_MANIFEST) != hashlib.sha256(man_raw).hexdigest():
        raise PinError(f"{PAYLOAD_MANIFEST} is not the one {SIGNED_FILE} lists")
    try:
        payload = _entries(man_raw)
    except UnicodeDecodeError as e:
        raise PinError(str(e)) from e
    return Pinned(
        payload,
        tags,
        hashlib.sha256(tag_raw).hexdigest(),
        hashlib.sha256(sig_raw).hexdigest(),
    )


def try_pin(package: Path) -> Pinned | None:
    try:
        return pin_package(package)
    except PinError:
        return None


def snapshot(package: Path, pinned: Pinned, dest: Path) -> Path:
    """Copy the verified package into ``dest`` (a private folder), each file hashed as it is
    copied against the pinned hash: what is then read (a participant's copy is made from it)
    is exactly what was verified. PinError (and nothing left in ``dest``) on any difference."""
    want = pinned.hashes()
    try:
        for rel in pinned.files():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            h = hashlib.sha256()
            with open(package / rel, "rb") as src, open(target, "xb") as out:
                while chunk := src.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
            if h.hexdigest() != want[rel]:
                raise PinError(f"{rel} is not what was verified")
    except (OSError, PinError) as e:
        import shutil

        shutil.rmtree(dest, ignore_errors=True)
        raise PinError(str(e)) from e
    return dest
