"""What the archive needs to know about a sealed package, read from the package itself.

A sealed package is a BagIt directory with the payload under ``data/``, the manifests and the
detached signature of the tag manifest. Here: whether a folder looks like one (before it is
queued), the SHA-256 each manifest promises for each file (so a package damaged on the station's
disk is never uploaded as if it were sound), the hearing it holds, and the judgment's effective
date when the package names it (for the retention period); and deleting the local copy once the
archive holds a verified one. A package made by :mod:`signing.seal` is ``<hearing>.sealed`` beside
its hearing folder, its payload hard links to the hearing's files and read-only: deleting the
package alone frees no space, so the hearing folder it was sealed from goes with it (when
``with_hearing_folder`` and the folder names the same hearing).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

from app.evidence.manifest import read_manifest

SIGNATURE_SUFFIX = ".p7s"


def sealed_package_problems(package: Path) -> list[str]:
    """Why ``package`` is not a sealed package ([] when it looks like one)."""
    if not package.is_dir():
        return [f"{package} is not a folder"]
    needed = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"]
    needed.append("tagmanifest-sha256.txt" + SIGNATURE_SUFFIX)
    missing = [name for name in needed if not (package / name).is_file()]
    if missing:
        return [f"missing {', '.join(missing)}"]
    if not (package / "data").is_dir():
        return ["no data/ folder"]
    return []


def manifest_hashes(package: Path) -> dict[str, str]:
    """Path → SHA-256 promised by ``manifest-sha256.txt`` and ``tagmanifest-sha256.txt`` (read by
    :func:`app.evidence.manifest.read_manifest`; a missing manifest or an unreadable line promises
    nothing)."""
    hashes: dict[str, str] = {}
    for name in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        path = package / name
        if path.is_file():
            hashes.update(read_manifest(path).entries)
    return hashes


def _read_json(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _hearing_doc(package: Path) -> dict[str, Any]:
    return _read_json(package / "data" / "hearing.json")


def hearing_id(package: Path) -> str | None:
    value = _hearing_doc(package).get("id")
    return str(value) if value else None


def judgment_date(package: Path) -> _dt.date | None:
    """The judgment's effective date when the package names it (hearing.json or bag-info.txt)."""
    value = _hearing_doc(package).get("judgment_effective_date")
    if not value:
        info = package / "bag-info.txt"
        if info.is_file():
            for line in info.read_text(encoding="utf-8").splitlines():
                name, _, rest = line.partition(":")
                if name.strip().lower() == "judgment-effective-date":
                    value = rest.strip()
    try:
        return _dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _writable_then_retry(func: Any, path: str, _exc: Any) -> None:
    """rmtree's error handler: a read-only directory is made writable and the removal retried."""
    parent = os.path.dirname(path)
    os.chmod(parent, os.stat(parent).st_mode | stat.S_IWUSR)
    func(path)


def delete_local_copy(package: Path, *, with_hearing_folder: bool) -> list[str]:
    """Delete a sealed package (and the hearing folder it was sealed from); what was removed."""
    removed: list[str] = []
    hid = hearing_id(package)
    if package.is_dir() and (package / "bagit.txt").is_file():
        shutil.rmtree(package, onerror=_writable_then_retry)
        removed.append(str(package))
    if with_hearing_folder and package.name.endswith(".sealed") and hid:
        folder = package.with_name(package.name[: -len(".sealed")])
        doc = _read_json(folder / "hearing.json")
        if doc.get("id") == hid and not (folder / "bagit.txt").exists():
            shutil.rmtree(folder, onerror=_writable_then_retry)
            removed.append(str(folder))
    return removed
