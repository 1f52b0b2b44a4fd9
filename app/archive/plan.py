"""What is uploaded of a package: only what verified, in an order that makes a complete copy.

Before anything goes to the archive the package passes the full verification
(:func:`app.evidence.gate.require_verified`: signature, trust, manifests, journal, hearing.json);
a package that does not is refused as damaged, with the files that are missing or altered named
first. What is planned is exactly the files the manifests list (and the tag files and the
signature), each hashed again and compared with the hash that was verified and held in memory,
in the order :func:`upload_order` gives: payload first, the signature last, so an archive copy
with a signature is complete. The refusals are :class:`audio.text.Msg`, said in the reader's
language.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from app.archive.package import SIGNATURE_SUFFIX
from app.archive.queue import PlannedObject
from app.archive.s3 import ArchiveError, digest_file
from app.archive.settings import ArchiveSettings
from app.evidence.binding import Registry
from app.evidence.gate import Cleared, PackageRefused, require_verified
from app.evidence.register import said
from audio.text import QT_TRANSLATE_NOOP, join, msg

_LAST_TAG_FILES = ("bagit.txt", "bag-info.txt")
_DAMAGE = frozenset(
    {"file_altered", "file_missing", "bagit_altered", "bag_info_altered", "manifest_altered"}
)
_m = partial(msg, "Archive")
UPLOADED = _m(QT_TRANSLATE_NOOP("Archive", "uploaded to the archive"))
IS_MISSING = QT_TRANSLATE_NOOP("Archive", "{file} is missing")
NO_MATCH = QT_TRANSLATE_NOOP("Archive", "{file} does not match its manifest")
DAMAGED = QT_TRANSLATE_NOOP(
    "Archive",
    "the local package is damaged: {files}; it was not uploaded. Verify it with `zhazba "
    "verify` and report it to the administrator.",
)
DAMAGED_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Archive", "the local package is damaged: {files}; it was not uploaded. {verdict}"
)


def upload_order(rel_paths: list[str]) -> list[str]:
    """Payload first, then other tag files, bagit/bag-info, manifests, tag manifests, signatures."""

    def rank(rel: str) -> tuple[int, str]:
        name = rel.rsplit("/", 1)[-1]
        if rel.startswith("data/"):
            return 0, rel
        if rel.endswith(SIGNATURE_SUFFIX):
            return 5, rel
        if name.startswith("tagmanifest-"):
            return 4, rel
        if name.startswith("manifest-"):
            return 3, rel
        if rel in _LAST_TAG_FILES:
            return 2, rel
        return 1, rel

    return sorted(rel_paths, key=rank)


def damaged(rel: str, missing: bool = False) -> ArchiveError:
    """The refusal of a package whose file ``rel`` is missing or does not match its manifest."""
    what = _m(IS_MISSING if missing else NO_MATCH, file=rel)
    return ArchiveError("damaged_package", _m(DAMAGED, files=what))


def cleared_for_upload(package: Path, ca_file: Path | None, registry: Registry | None) -> Cleared:
    """Verify the package in full and return what passed, pinned (the files its manifests list
    and the hashes they must have, held in memory); ArchiveError("damaged_package") with the
    verdict when it does not verify."""
    try:
        return require_verified(package, UPLOADED, ca_file, registry)
    except PackageRefused as e:
        files = [
            _m(IS_MISSING if p.code == "file_missing" else NO_MATCH, file=p.path)
            for p in (e.report.problems if e.report else [])
            if p.code in _DAMAGE and p.path
        ]
        if not files:
            raise ArchiveError("damaged_package", said(e)) from e
        listed = join("; ", files[:3])
        verdict = _m(DAMAGED_NOT_VERIFIED, files=listed, verdict=said(e))
        raise ArchiveError("damaged_package", verdict) from e


def plan_objects(
    package: Path, cleared: Cleared, key_prefix: str, settings: ArchiveSettings
) -> list[PlannedObject]:
    """The objects to upload, in order, each hashed again and checked against the hash that
    was verified (never the manifests read again)."""
    files = cleared.files
    manifest = cleared.pinned.hashes()
    missing = sorted(set(manifest) - set(files))
    if missing:
        raise damaged(missing[0], missing=True)
    prefix = "/".join(x for x in (key_prefix, package.name) if x)
    plan: list[PlannedObject] = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        for rel in upload_order(files):
            digest, part_size = digest_file(
                package / rel, settings.multipart_threshold, settings.part_size, pool
            )
            if manifest.get(rel) != digest.sha256:
                raise damaged(rel)
            plan.append(
                PlannedObject(
                    rel, f"{prefix}/{rel}", digest.size, digest.sha256, digest.etag, part_size
                )
            )
    return plan
