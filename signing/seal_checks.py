"""What must hold before a hearing is sealed, beyond its being finished.

hearing.json must still say what the journal's ``hearing_opened`` record says (case number,
closed flag, secretary… cannot be changed once the hearing was opened), and every file in
``audio/`` must be one the journal names (a segment, its peaks, or an original that recovery
set aside): a file planted there is never sealed as if it had been recorded. Both checks read only
the records sealing reads anyway and one pass over the journal's bytes (≈3.5 ms per hour of
8-channel audio), and refuse with :class:`SealError` before anything is journaled.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from signing import journal as J


class SealError(Exception):
    """The hearing cannot be sealed; the message says why and what to do."""


def read_hearing_json(hearing: Path) -> dict[str, Any]:
    """hearing.json, read only when it is a regular file (a FIFO would block the reader)."""
    path = hearing / "hearing.json"
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            raise SealError(
                f"hearing.json in {hearing.name} is not a regular file (a link, FIFO or device). "
                "Nothing was sealed; report it to the court administrator."
            )
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SealError(f"hearing.json in {hearing.name} cannot be read ({e}).") from e
    if not isinstance(doc, dict):
        raise SealError(f"hearing.json in {hearing.name} does not describe a hearing.")
    return doc


# What hearing.json must still say as the journal's hearing_opened record said it.
IDENTITY_KEYS = (
    "id",
    "case_number",
    "court",
    "courtroom",
    "date",
    "instance",
    "category",
    "closed_hearing",
    "judge",
    "secretary",
    "participants",
)
_AUDIO_NAME = re.compile(rb'"(audio/[^"\\]+)"')


def refuse_changed_identity(
    hearing: Path, info: dict[str, Any], records: list[dict[str, Any]]
) -> None:
    opened = next((r for r in records if r["kind"] == J.HEARING_OPENED), None)
    if opened is None:
        raise SealError(
            f"the journal of {hearing.name} has no hearing_opened record, so hearing.json cannot "
            "be checked against it. A damaged hearing is not sealed; report it to the court "
            "administrator."
        )
    was = opened["data"].get("hearing") or {}
    changed = [k for k in IDENTITY_KEYS if k in was and info.get(k) != was.get(k)]
    if changed:
        raise SealError(
            f"hearing.json in {hearing.name} was changed after the hearing was opened "
            f"({', '.join(changed)} differ from the journal). It is not sealed; report it to the "
            "court administrator."
        )


def refuse_unjournaled_audio(hearing: Path) -> None:
    """Every file in audio/ must be one the journal names (a segment, its peaks, or an original
    set aside by recovery): a file planted there is never sealed as if recorded."""
    named = journal_names(hearing)
    audio = hearing / "audio"
    planted = sorted(
        p.relative_to(hearing).as_posix()
        for p in (audio.rglob("*") if audio.is_dir() else [])
        if p.is_file() and p.relative_to(hearing).as_posix() not in named
    )
    if planted:
        raise SealError(
            f"{', '.join(planted[:3])} in {hearing.name} is not named by the hearing's journal: "
            "it was not recorded in this hearing. Nothing was sealed; move it out of the folder "
            "and seal again, or report it to the court administrator."
        )


# What a hearing folder holds besides the audio the journal names: the card, the journal, the
# line of the journal a crash tore (kept aside by recovery), the documents the station writes
# before sealing (app/documents: ``protocol/<kind>-<lang>.<fmt>``)
# and the live anchors copied from the station (app/anchoring/wiring.py). Nothing else is sealed.
FIXED_FILES = re.compile(
    r"(hearing\.json|journal\.jsonl|journal\.jsonl\.torn"
    r"|protocol/(protocol|act|incident|application|envelope)-(kk|ru|en)\.(pdf|docx)"
    r"|anchors/[0-9]{6}\.(json|tsr))"
)


def journal_names(hearing: Path) -> set[str]:
    """Every ``audio/…`` name the journal mentions (segments, peaks, set-aside originals)."""
    return {
        m.decode("utf-8", "replace")
        for m in _AUDIO_NAME.findall((hearing / "journal.jsonl").read_bytes())
    }


def sealable(rel: str, named: set[str]) -> bool:
    """Whether ``rel`` (a path in the hearing folder) belongs in its sealed package."""
    return rel in named or FIXED_FILES.fullmatch(rel) is not None
