"""The one reader of BagIt manifests (RFC 8493 §2.1.3), strict.

A manifest line is ``<checksum> <path>`` with one or more spaces (RFC 8493) or ``sha256sum``'s
two spaces / `` *``; the checksum is SHA-256; paths percent-encode CR, LF and % (:func:`unescape`).
A path listed twice is a defect, never "the last line wins"; so are a byte-order mark, text that
is not UTF-8 and a line that does not parse — each named with its line in :attr:`Manifest.problems`
(:class:`app.evidence.bag.BagFinding`). The verifier, the gate, the archive and the copies all
read manifests here; whether a listed path stays inside the bag is
:func:`app.evidence.bag.bad_path`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.evidence.bag import BagFinding, decode_tag_file, finding
from audio.text import QT_TRANSLATE_NOOP

_LINE = re.compile(r"^([0-9A-Fa-f]+)[ \t]+(\*?)(.*)$")


@dataclass
class Manifest:
    entries: dict[str, str] = field(default_factory=dict)
    problems: list[BagFinding] = field(default_factory=list)


def unescape(rel: str) -> str:
    """RFC 8493 §2.1.3: manifests percent-encode CR, LF and %."""
    return rel.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def read_manifest(path: Path) -> Manifest:
    """Parse one manifest strictly; problems name the line and the defect."""
    out = Manifest()
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError:
        out.problems.append(
            finding(
                "bag_unreadable",
                name,
                QT_TRANSLATE_NOOP("Verifier", "{file} cannot be read"),
                file=name,
            )
        )
        return out
    text, found = decode_tag_file(raw, name)
    out.problems += found
    if text is None:
        return out
    for n, line in enumerate(text.splitlines(), 1):
        m = _LINE.match(line)
        if not m or len(m.group(1)) != 64 or not m.group(3):
            out.problems.append(_malformed_line(name, n))
            continue
        rel = unescape(m.group(3))
        if rel in out.entries:
            out.problems.append(_listed_twice(name, rel, n))
            continue
        out.entries[rel] = m.group(1).lower()
    return out


def _malformed_line(name: str, n: int) -> BagFinding:
    return finding(
        "bag_manifest_line",
        name,
        QT_TRANSLATE_NOOP(
            "Verifier",
            'line {line} of {file} is malformed (BagIt: "checksum path" with a SHA-256 checksum)',
        ),
        line=n,
        file=name,
    )


def _listed_twice(name: str, rel: str, n: int) -> BagFinding:
    return finding(
        "bag_duplicate_entry",
        name,
        QT_TRANSLATE_NOOP(
            "Verifier",
            "{file} lists {path} twice (line {line}): a manifest must name each file once",
        ),
        file=name,
        path=rel,
        line=n,
    )
