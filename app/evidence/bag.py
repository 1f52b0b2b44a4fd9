"""Strict BagIt (RFC 8493) checks of a sealed package, and what the package says it is.

:mod:`app.evidence.verify` asks here for the parts of a verdict that concern the bag as a container
and the identity of the hearing inside it:

- ``bagit.txt`` parsed (§2.1.1): exactly the two lines ``BagIt-Version: 1.0`` (or ``0.97``) and
  ``Tag-File-Character-Encoding: UTF-8``, no byte-order mark;
- manifests parsed (§2.1.3): ``<checksum> <path>`` with one or more spaces (RFC 8493) or
  ``sha256sum``'s two spaces / `` *``; a path listed twice, a path with ``..`` or an absolute
  path is a defect, never "the last line wins";
- ``fetch.txt`` (§2.2.3) is refused: a sealed package holds all its payload;
- every entry of the folder is walked without following links: a symbolic link, FIFO, device,
  socket or empty folder is flagged (none can be sealed content);
- identity: ``data/hearing.json`` against the journal's ``hearing_opened`` record (case number,
  closed flag, secretary… cannot be edited afterwards), ``bag-info.txt`` against
  ``hearing.json``, and the folder's name against the hearing's id.

Each finding carries a machine ``code`` and a translatable :class:`audio.text.Msg`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J
from signing.seal_checks import IDENTITY_KEYS

_v = partial(msg, "Verifier")

BAGIT_VERSIONS = ("1.0", "0.97")
BAG_INFO_KEYS = {  # bag-info.txt field → hearing.json key
    "Case-Number": "case_number",
    "Hearing-Id": "id",
    "Court": "court",
    "Courtroom": "courtroom",
    "Hearing-Date": "date",
    "Secretary": "secretary",
    "Judge": "judge",
}
_LINE = re.compile(r"^([0-9A-Fa-f]+)[ \t]+(\*?)(.*)$")


@dataclass
class BagFinding:
    code: str
    message: str
    path: str = ""


@dataclass
class Manifest:
    entries: dict[str, str] = field(default_factory=dict)
    problems: list[BagFinding] = field(default_factory=list)


def unescape(rel: str) -> str:
    """RFC 8493 §2.1.3: manifests percent-encode CR, LF and %."""
    return rel.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def bad_path(name: str) -> bool:
    """A listed path that would lead out of the bag (absolute, ``..``, a drive or backslash)."""
    p = Path(name)
    return (
        p.is_absolute()
        or name.startswith(("/", "\\"))
        or ".." in p.parts
        or ".." in name.split("\\")
        or bool(re.match(r"^[A-Za-z]:", name))
    )


def read_manifest(path: Path) -> Manifest:
    """Parse one manifest strictly; problems name the line and the defect."""
    out = Manifest()
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError:
        out.problems.append(
            BagFinding(
                "bag_unreadable",
                _v(QT_TRANSLATE_NOOP("Verifier", "{file} cannot be read"), file=name),
                name,
            )
        )
        return out
    if raw.startswith(b"\xef\xbb\xbf"):
        out.problems.append(_bom(name))
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        out.problems.append(_not_utf8(name))
        return out
    for n, line in enumerate(text.splitlines(), 1):
        m = _LINE.match(line)
        if not m or len(m.group(1)) != 64 or not m.group(3):
            out.problems.append(
                BagFinding(
                    "bag_manifest_line",
                    _v(
                        QT_TRANSLATE_NOOP(
                            "Verifier",
                            'line {line} of {file} is malformed (BagIt: "checksum path" '
                            "with a SHA-256 checksum)",
                        ),
                        line=n,
                        file=name,
                    ),
                    name,
                )
            )
            continue
        rel = unescape(m.group(3))
        if rel in out.entries:
            out.problems.append(
                BagFinding(
                    "bag_duplicate_entry",
                    _v(
                        QT_TRANSLATE_NOOP(
                            "Verifier",
                            "{file} lists {path} twice (line {line}): a manifest must name each "
                            "file once",
                        ),
                        file=name,
                        path=rel,
                        line=n,
                    ),
                    name,
                )
            )
            continue
        out.entries[rel] = m.group(1).lower()
    return out


def _bom(name: str) -> BagFinding:
    return BagFinding(
        "bag_bom",
        _v(
            QT_TRANSLATE_NOOP(
                "Verifier", "{file} starts with a byte-order mark, which BagIt forbids"
            ),
            file=name,
        ),
        name,
    )


def _not_utf8(name: str) -> BagFinding:
    return BagFinding(
        "bag_encoding",
        _v(QT_TRANSLATE_NOOP("Verifier", "{file} is not UTF-8 text"), file=name),
        name,
    )


def check_bagit_txt(root: Path) -> list[BagFinding]:
    """RFC 8493 §2.1.1: the bag declaration, parsed."""
    path = root / "bagit.txt"
    try:
        raw = path.read_bytes()
    except OSError:
        return [
            BagFinding(
                "bag_declaration",
                _v(QT_TRANSLATE_NOOP("Verifier", "bagit.txt is missing: this is not a BagIt bag")),
                "bagit.txt",
            )
        ]
    out: list[BagFinding] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        out.append(_bom("bagit.txt"))
        raw = raw[3:]
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return [*out, _not_utf8("bagit.txt")]
    fields: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(": ")
        if not sep:
            fields.setdefault("?", line)
            continue
        fields[key] = value
    version = fields.get("BagIt-Version")
    encoding = fields.get("Tag-File-Character-Encoding")
    if version not in BAGIT_VERSIONS:
        out.append(
            BagFinding(
                "bag_version",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "bagit.txt declares BagIt version {version}; only 1.0 and 0.97 are "
                        "accepted",
                    ),
                    version=str(version or "none"),
                ),
                "bagit.txt",
            )
        )
    if encoding is None or encoding.upper() != "UTF-8":
        out.append(
            BagFinding(
                "bag_encoding",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "bagit.txt declares the tag file encoding {encoding}; it must be UTF-8",
                    ),
                    encoding=str(encoding or "none"),
                ),
                "bagit.txt",
            )
        )
    if len(lines) != 2 or "?" in fields:
        out.append(
            BagFinding(
                "bag_declaration",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "bagit.txt must hold exactly two lines (BagIt-Version and "
                        "Tag-File-Character-Encoding)",
                    )
                ),
                "bagit.txt",
            )
        )
    if (root / "fetch.txt").exists() or (root / "fetch.txt").is_symlink():
        out.append(
            BagFinding(
                "bag_fetch",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "the bag has a fetch.txt (payload to be downloaded from elsewhere): a "
                        "sealed package must hold all its files",
                    )
                ),
                "fetch.txt",
            )
        )
    return out


def walk_entries(root: Path) -> tuple[list[str], list[BagFinding]]:
    """Every regular file (relative POSIX path), and every entry that is not one, flagged."""
    files: list[str] = []
    problems: list[BagFinding] = []
    link = _v(QT_TRANSLATE_NOOP("Verifier", "symbolic link"))
    for top, dirs, names in os.walk(root, followlinks=False):
        base = Path(top)
        for d in list(dirs):
            p = base / d
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                problems.append(
                    _not_regular(rel, _v(QT_TRANSLATE_NOOP("Verifier", "symbolic link")))
                )
                dirs.remove(d)
            elif _empty(p):
                problems.append(
                    BagFinding(
                        "bag_empty_folder",
                        _v(
                            QT_TRANSLATE_NOOP(
                                "Verifier", "{file} is an EMPTY folder that was not sealed"
                            ),
                            file=rel,
                        ),
                        rel,
                    )
                )
        for name in names:
            p = base / name
            rel = p.relative_to(root).as_posix()
            mode = os.lstat(p).st_mode
            if stat.S_ISREG(mode):
                files.append(rel)
            else:
                kind = (
                    link
                    if stat.S_ISLNK(mode)
                    else _v(QT_TRANSLATE_NOOP("Verifier", "FIFO"))
                    if stat.S_ISFIFO(mode)
                    else _v(QT_TRANSLATE_NOOP("Verifier", "device"))
                    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                    else _v(QT_TRANSLATE_NOOP("Verifier", "socket"))
                )
                problems.append(_not_regular(rel, kind))
    return sorted(files), problems


def _empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is None


def _not_regular(rel: str, kind: str) -> BagFinding:
    return BagFinding(
        "entry_not_regular",
        _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "{file} is a {kind}, not a regular file: a sealed package holds only files",
            ),
            file=rel,
            kind=kind,
        ),
        rel,
    )


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
    out: list[BagFinding] = []
    opened = opened_hearing(records)
    if opened is None:
        if records:
            out.append(
                BagFinding(
                    "hearing_json_mismatch",
                    _v(
                        QT_TRANSLATE_NOOP(
                            "Verifier",
                            "the journal has no hearing_opened record, so hearing.json cannot be "
                            "checked against it",
                        )
                    ),
                    "hearing.json",
                )
            )
    else:
        changed = [k for k in IDENTITY_KEYS if k in opened and info.get(k) != opened.get(k)]
        if changed:
            out.append(
                BagFinding(
                    "hearing_json_mismatch",
                    _v(
                        QT_TRANSLATE_NOOP(
                            "Verifier",
                            "hearing.json was CHANGED after the hearing was opened: {fields} "
                            "differ from the journal's hearing_opened record",
                        ),
                        fields=", ".join(changed),
                    ),
                    "hearing.json",
                )
            )
    if not sealed:
        return out
    bag_info = read_bag_info(root)
    differ = [
        k
        for k, key in BAG_INFO_KEYS.items()
        if k in bag_info and bag_info[k] != " ".join(str(info.get(key, "")).split())
    ]
    closed = bag_info.get("Closed-Hearing")
    if closed is not None and closed != ("yes" if info.get("closed_hearing") else "no"):
        differ.append("Closed-Hearing")
    if differ:
        out.append(
            BagFinding(
                "bag_info_mismatch",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "bag-info.txt and hearing.json disagree on {fields}"
                    ),
                    fields=", ".join(differ),
                ),
                "bag-info.txt",
            )
        )
    hid = str(info.get("id") or "")
    if hid and root.name not in (hid, hid + ".sealed"):
        out.append(
            BagFinding(
                "package_name_mismatch",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "the folder is named {folder} but holds hearing {id}: it was renamed or "
                        "swapped with another hearing's package",
                    ),
                    folder=root.name,
                    id=hid,
                ),
            )
        )
    return out


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
