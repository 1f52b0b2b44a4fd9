"""What a package or hearing folder says it is, and whether its parts agree on it.

:func:`identity` is which hearing this is (case, hearing id, court, date, secretary, length), from
``hearing.json``; :func:`identity_lines` is how the English report opens with it.
:func:`check_identity` compares the parts that name the hearing: ``data/hearing.json`` against the
journal's ``hearing_opened`` record (case number, closed flag, secretary… cannot be edited
afterwards), ``bag-info.txt`` against ``hearing.json``, and the folder's name against the
hearing's id. Each finding is an :class:`app.evidence.bag.BagFinding`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.evidence.bag import BagFinding, finding
from audio.text import QT_TRANSLATE_NOOP
from signing import journal as J
from signing.seal_checks import IDENTITY_KEYS

BAG_INFO_KEYS = {  # bag-info.txt field → hearing.json key
    "Case-Number": "case_number",
    "Hearing-Id": "id",
    "Court": "court",
    "Courtroom": "courtroom",
    "Hearing-Date": "date",
    "Secretary": "secretary",
    "Judge": "judge",
}


def identity(info: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    """Which hearing this is, from hearing.json (checked against the journal elsewhere)."""
    ended = next((r for r in reversed(records) if r.get("kind") == J.RECORDING_ENDED), None)
    try:
        rate = int((info.get("audio") or {}).get("rate") or 0)
        frames = int((ended or {}).get("data", {}).get("frames") or 0)
    except (AttributeError, TypeError, ValueError):
        rate = frames = 0
    return {
        "case_number": str(info.get("case_number", "")),
        "hearing_id": str(info.get("id", "")),
        "court": str(info.get("court", "")),
        "courtroom": str(info.get("courtroom", "")),
        "date": str(info.get("date", "")),
        "closed_hearing": bool(info.get("closed_hearing")),
        "secretary": str(info.get("secretary", "")),
        "seconds": round(frames / rate, 3) if rate else None,
    }


def identity_lines(ident: dict[str, Any]) -> list[str]:
    """The head of the text report: what the archivist compares with the case file."""
    seconds = ident.get("seconds")
    lines = [
        f"Case:          {ident.get('case_number')}"
        + ("  (CLOSED hearing)" if ident.get("closed_hearing") else ""),
        f"Hearing:       {ident.get('hearing_id')}, {ident.get('date')}",
        f"Court:         {ident.get('court')}, courtroom {ident.get('courtroom')}",
        f"Secretary:     {ident.get('secretary')}",
    ]
    if "signer" in ident:
        lines.append(f"Signer:        {ident.get('signer') or '(none)'}")
    lines.append(
        f"Recording:     {ident.get('files')} files"
        + (f", {seconds:.1f} s" if isinstance(seconds, float | int) else "")
    )
    return [*lines, ""]


def opened_hearing(records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The hearing as the journal recorded it when it was opened (None if no such record)."""
    rec = next((r for r in records if r.get("kind") == J.HEARING_OPENED), None)
    data = (rec or {}).get("data", {}).get("hearing") if rec else None
    return data if isinstance(data, dict) else None


def check_identity(
    root: Path, info: dict[str, Any], records: list[dict[str, Any]], sealed: bool
) -> list[BagFinding]:
    """hearing.json against the journal, bag-info.txt against hearing.json, folder against id."""
    out = _hearing_json_against_journal(info, records)
    if not sealed:
        return out
    out += _bag_info_against_hearing_json(root, info)
    hid = str(info.get("id") or "")
    if hid and root.name not in (hid, hid + ".sealed"):
        out.append(
            finding(
                "package_name_mismatch",
                "",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the folder is named {folder} but holds hearing {id}: it was renamed or "
                    "swapped with another hearing's package",
                ),
                folder=root.name,
                id=hid,
            )
        )
    return out


def _hearing_json_against_journal(
    info: dict[str, Any], records: list[dict[str, Any]]
) -> list[BagFinding]:
    """The identity fields of hearing.json that differ from the journal's ``hearing_opened``,
    or that there is no such record to check them against."""
    opened = opened_hearing(records)
    params: dict[str, Any] = {}
    if opened is None:
        template = QT_TRANSLATE_NOOP(
            "Verifier",
            "the journal has no hearing_opened record, so hearing.json cannot be "
            "checked against it",
        )
        differ = bool(records)
    else:
        changed = [k for k in IDENTITY_KEYS if k in opened and info.get(k) != opened.get(k)]
        template = QT_TRANSLATE_NOOP(
            "Verifier",
            "hearing.json was CHANGED after the hearing was opened: {fields} "
            "differ from the journal's hearing_opened record",
        )
        params["fields"] = ", ".join(changed)
        differ = bool(changed)
    return [finding("hearing_json_mismatch", "hearing.json", template, **params)] if differ else []


def _bag_info_against_hearing_json(root: Path, info: dict[str, Any]) -> list[BagFinding]:
    """The fields of bag-info.txt that say otherwise than hearing.json."""
    bag_info = read_bag_info(root)
    differ = [
        k
        for k, key in BAG_INFO_KEYS.items()
        if k in bag_info and bag_info[k] != " ".join(str(info.get(key, "")).split())
    ]
    closed = bag_info.get("Closed-Hearing")
    if closed is not None and closed != ("yes" if info.get("closed_hearing") else "no"):
        differ.append("Closed-Hearing")
    if not differ:
        return []
    return [
        finding(
            "bag_info_mismatch",
            "bag-info.txt",
            QT_TRANSLATE_NOOP("Verifier", "bag-info.txt and hearing.json disagree on {fields}"),
            fields=", ".join(differ),
        )
    ]


def read_bag_info(root: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        text = (root / "bag-info.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return out
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            out[key.strip()] = value.strip()
    return out
