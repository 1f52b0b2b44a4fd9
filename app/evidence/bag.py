"""Strict BagIt (RFC 8493) checks of a sealed package as a container.

:mod:`app.evidence.verify` asks here for the parts of a verdict that concern the bag itself:

- ``bagit.txt`` parsed (§2.1.1): exactly the two lines ``BagIt-Version: 1.0`` (or ``0.97``) and
  ``Tag-File-Character-Encoding: UTF-8``, no byte-order mark;
- ``fetch.txt`` (§2.2.3) is refused: a sealed package holds all its payload;
- every entry of the folder is walked without following links: a symbolic link, FIFO, device,
  socket or empty folder is flagged (none can be sealed content);
- a listed path that would lead out of the bag (:func:`bad_path`).

It also owns what every bag check returns (:class:`BagFinding`) and how a tag file's bytes are
decoded (:func:`decode_tag_file`: no byte-order mark, UTF-8), which the manifest reader
(:mod:`app.evidence.manifest`) shares. What the package says it is lives in
:mod:`app.evidence.identity`. Each finding carries a machine ``code`` and a translatable
:class:`audio.text.Msg`.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, msg

_v = partial(msg, "Verifier")

BAGIT_VERSIONS = ("1.0", "0.97")


@dataclass
class BagFinding:
    code: str
    message: str
    path: str = ""


def finding(code: str, path: str, template: str, /, **params: Any) -> BagFinding:
    """A finding about ``path``; its message is ``template`` (written as
    ``QT_TRANSLATE_NOOP("Verifier", "...")``) with ``params``, translatable."""
    return BagFinding(code, _v(template, **params), path)


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


def decode_tag_file(raw: bytes, name: str) -> tuple[str | None, list[BagFinding]]:
    """A tag file's text (None when it is not UTF-8) and its encoding defects, in order: a
    byte-order mark (which BagIt forbids; named, then skipped), then text that is not UTF-8."""
    found: list[BagFinding] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        found.append(_bom(name))
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), found
    except UnicodeDecodeError:
        return None, [*found, _not_utf8(name)]


def _bom(name: str) -> BagFinding:
    return finding(
        "bag_bom",
        name,
        QT_TRANSLATE_NOOP("Verifier", "{file} starts with a byte-order mark, which BagIt forbids"),
        file=name,
    )


def _not_utf8(name: str) -> BagFinding:
    return finding(
        "bag_encoding", name, QT_TRANSLATE_NOOP("Verifier", "{file} is not UTF-8 text"), file=name
    )


def check_bagit_txt(root: Path) -> list[BagFinding]:
    """RFC 8493 §2.1.1: the bag declaration, parsed; and no ``fetch.txt`` (§2.2.3)."""
    path = root / "bagit.txt"
    try:
        raw = path.read_bytes()
    except OSError:
        return [
            finding(
                "bag_declaration",
                "bagit.txt",
                QT_TRANSLATE_NOOP("Verifier", "bagit.txt is missing: this is not a BagIt bag"),
            )
        ]
    text, out = decode_tag_file(raw, "bagit.txt")
    if text is None:
        return out
    out += _declaration_problems(text.splitlines())
    if (root / "fetch.txt").exists() or (root / "fetch.txt").is_symlink():
        out.append(
            finding(
                "bag_fetch",
                "fetch.txt",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the bag has a fetch.txt (payload to be downloaded from elsewhere): a "
                    "sealed package must hold all its files",
                ),
            )
        )
    return out


def _declaration_fields(lines: list[str]) -> dict[str, str]:
    """``bagit.txt``'s ``key: value`` lines; the first line that is not one is kept as ``?``."""
    fields: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(": ")
        if not sep:
            fields.setdefault("?", line)
            continue
        fields[key] = value
    return fields


def _declaration_problems(lines: list[str]) -> list[BagFinding]:
    """The version, the tag file encoding and the two lines that ``bagit.txt`` must declare."""
    out: list[BagFinding] = []
    fields = _declaration_fields(lines)
    version = fields.get("BagIt-Version")
    encoding = fields.get("Tag-File-Character-Encoding")
    if version not in BAGIT_VERSIONS:
        out.append(
            finding(
                "bag_version",
                "bagit.txt",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "bagit.txt declares BagIt version {version}; only 1.0 and 0.97 are accepted",
                ),
                version=str(version or "none"),
            )
        )
    if encoding is None or encoding.upper() != "UTF-8":
        out.append(
            finding(
                "bag_encoding",
                "bagit.txt",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "bagit.txt declares the tag file encoding {encoding}; it must be UTF-8",
                ),
                encoding=str(encoding or "none"),
            )
        )
    if len(lines) != 2 or "?" in fields:
        out.append(
            finding(
                "bag_declaration",
                "bagit.txt",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "bagit.txt must hold exactly two lines (BagIt-Version and "
                    "Tag-File-Character-Encoding)",
                ),
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
                    finding(
                        "bag_empty_folder",
                        rel,
                        QT_TRANSLATE_NOOP(
                            "Verifier", "{file} is an EMPTY folder that was not sealed"
                        ),
                        file=rel,
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
    return finding(
        "entry_not_regular",
        rel,
        QT_TRANSLATE_NOOP(
            "Verifier",
            "{file} is a {kind}, not a regular file: a sealed package holds only files",
        ),
        file=rel,
        kind=kind,
    )
