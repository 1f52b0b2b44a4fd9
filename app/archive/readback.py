"""Read the archive's copy of a package back and verify it in full, before the local one goes.

The station deletes its own copy of a hearing (the package and the hearing folder it was sealed
from) only once the archive is proven to hold the evidence: a HEAD of every object (size,
SHA-256 metadata, ETag, lock) is not enough, because it compares the archive with what the
station *planned*, not with the seal. Here every object is downloaded (the exact version that
was uploaded) into a temporary folder beside the package, named like it, and the full
verification runs on that copy (:func:`app.evidence.gate.require_verified`: signature, trust,
manifests, journal, audio). The temporary folder is removed in every case.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from app.archive.queue import PlannedObject
from app.archive.s3 import ArchiveError
from app.evidence.binding import Registry
from app.evidence.gate import PackageRefused, inside, require_verified
from audio.text import QT_TRANSLATE_NOOP, msg

READ_CHUNK = 4 * 1024 * 1024
_m = partial(msg, "Archive")
DELETED = _m(QT_TRANSLATE_NOOP("Archive", "deleted from the station"))
LIST_NOT_SOUND = QT_TRANSLATE_NOOP("Archive", "the upload list is not sound: {why}")
READ_BACK_REFUSED = QT_TRANSLATE_NOOP(
    "Archive",
    "the copy read back from the archive did not verify, so the local copy is kept:\n{problems}",
)


def download(client: Any, bucket: str, obj: PlannedObject, dest: Path) -> None:
    args: dict[str, Any] = {"Bucket": bucket, "Key": obj.key}
    if obj.version_id:
        args["VersionId"] = obj.version_id
    body = client.get_object(**args)["Body"]
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(dest, "wb") as f:
        for chunk in iter(lambda: body.read(READ_CHUNK), b""):
            f.write(chunk)


def read_back_and_verify(
    client: Any,
    bucket: str,
    objects: list[PlannedObject],
    package: Path,
    ca_file: Path | None,
    registry: Registry | None = None,
) -> None:
    """Download every object of ``package`` and verify the copy; ArchiveError when it fails
    ("not_verified": the archive copy is not sound; any other kind: the archive did not answer).
    """
    where = package.parent if package.parent.is_dir() else None  # the local copy may be gone
    work = Path(tempfile.mkdtemp(prefix=".readback-", dir=where))
    try:
        copy = work / package.name
        copy.mkdir()
        try:
            for obj in objects:
                download(client, bucket, obj, inside(copy, obj.rel_path))
        except ValueError as e:
            raise ArchiveError("not_verified", _m(LIST_NOT_SOUND, why=str(e))) from e
        except Exception as e:  # noqa: BLE001 - the archive did not answer: try again later
            raise ArchiveError("unreachable", f"reading the archive copy back failed: {e}") from e
        try:
            require_verified(copy, DELETED, ca_file, registry)
        except PackageRefused as e:
            problems = e.problems or str(e).split("\n", 1)[-1]
            raise ArchiveError("not_verified", _m(READ_BACK_REFUSED, problems=problems)) from e
    finally:
        shutil.rmtree(work, ignore_errors=True)
