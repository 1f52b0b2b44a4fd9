"""Which names a sealed package may hold: the journal's, and the station's fixed files.

A package re-signed by someone with a court key can carry any file its manifests list. Only the
audio the journal names (segments, peaks, originals set aside by recovery) and the fixed files
the station writes (``hearing.json``, ``journal.jsonl``, ``protocol/<kind>-<lang>.<fmt>``,
``anchors/NNNNNN.json|tsr``: :data:`signing.seal_checks.FIXED_FILES`) belong in one; anything
else was put there by hand (``name_unlisted``). Two names that differ only in upper and lower
case (``audio/0001.flac`` and ``audio/0001.FLAC``) are one file on a FAT or Windows medium, so a
copy would silently keep only one of them (``name_case_duplicate``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from app.evidence.bag import BagFinding, bad_path
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.seal_checks import journal_names, sealable

_v = partial(msg, "Verifier")


def check_names(data: Path, listed: list[str], present: list[str]) -> list[BagFinding]:
    """Findings for the payload names the manifest ``listed`` and the names ``present`` on disk
    (``data/…``) of the package whose payload is ``data`` (the journal gives its names)."""
    out: list[BagFinding] = []
    try:
        named = journal_names(data)
    except OSError:
        return out  # no journal: already reported as missing
    seen: dict[str, str] = {}
    for path in sorted({*listed, *present}):
        rel = path.removeprefix("data/")
        if bad_path(path):
            continue  # already named: a path outside the package
        if path in listed and not sealable(rel, named):
            out.append(BagFinding("name_unlisted", _v(QT_TRANSLATE_NOOP(
                "Verifier",
                "{file} is in the package, but neither the journal nor the station names it: "
                "it was not recorded in this hearing. Do not give this package out; report it "
                "to the court administrator.",
            ), file=path), path))  # fmt: skip
        folded = path.casefold()
        if folded in seen:
            out.append(BagFinding("name_case_duplicate", _v(QT_TRANSLATE_NOOP(
                "Verifier",
                "{file} and {other} differ only in upper and lower case: on a FAT or Windows "
                "medium they are one file, so a copy would lose one. Do not give this package "
                "out; report it to the court administrator.",
            ), file=path, other=seen[folded]), path))  # fmt: skip
        else:
            seen[folded] = path
    return out
