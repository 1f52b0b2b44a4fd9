"""What the archive needs to know about a sealed package, read from the package itself.

A sealed package is a BagIt directory with the payload under ``data/``, the manifests and the
detached signature of the tag manifest. Here: whether a folder looks like one (before it is
queued), the SHA-256 each manifest promises for each file (so a package damaged on the station's
disk is never uploaded as if it were sound), the hearing it holds, and the judgment's effective
date when the package names it (for the retention period).
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

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
    hashes: dict[str, str] = {}
    for name in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        path = package / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            digest, _, rel = line.strip().partition(" ")
            if rel:
                hashes[rel.strip().lstrip("*")] = digest.lower()
    return hashes


def _hearing_doc(package: Path) -> dict[str, Any]:
    try:
        doc = json.loads((package / "data" / "hearing.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return doc if isinstance(doc, dict) else {}


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
