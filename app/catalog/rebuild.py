"""Rebuilding the catalog's hearings from what is on disk: hearing folders and sealed packages.

A hearing folder holds ``hearing.json`` and ``journal.jsonl``; its state follows from the journal
(a ``sealed`` record → sealed, ``recording_ended`` or ``"finished": true`` → ended, otherwise still
recording). A sealed package is a BagIt directory (``bagit.txt``) whose ``data/hearing.json`` names
the hearing; finding one means the hearing is sealed and where its package is. The scan never
descends into a hearing folder or a package, and a damaged file is reported, not fatal: the
rebuild is what an administrator runs when the catalog itself is lost or doubtful.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.catalog.store import HearingRecord, state_rank
from signing.journal import RECORDING_ENDED, SEALED, iter_lines

MAX_DEPTH = 4


def scan_folders(root: Path) -> tuple[list[HearingRecord], list[str]]:
    """Every hearing found under ``root`` (merged by hearing id) and the problems met."""
    problems: list[str] = []
    by_id: dict[str, HearingRecord] = {}
    if not root.is_dir():
        return [], [f"{root} is not a folder"]
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        depth = len(here.relative_to(root).parts)
        if "bagit.txt" in filenames:
            dirnames[:] = []
            rec = _from_package(here, problems)
        elif "hearing.json" in filenames:
            dirnames[:] = []
            rec = _from_folder(here, problems)
        else:
            if depth >= MAX_DEPTH:
                dirnames[:] = []
            dirnames.sort()
            continue
        if rec is not None:
            _merge(by_id, rec)
    return sorted(by_id.values(), key=lambda r: (r.date, r.id)), problems


def scan_one(path: Path, problems: list[str]) -> HearingRecord | None:
    """The record of one hearing folder or sealed package (None, with a problem, otherwise)."""
    if (path / "bagit.txt").is_file():
        return _from_package(path, problems)
    if (path / "hearing.json").is_file():
        return _from_folder(path, problems)
    problems.append(f"{path} is neither a hearing folder nor a sealed package")
    return None


def _merge(by_id: dict[str, HearingRecord], rec: HearingRecord) -> None:
    old = by_id.get(rec.id)
    if old is None:
        by_id[rec.id] = rec
        return
    folder_rec, package_rec = (old, rec) if rec.package else (rec, old)
    if not package_rec.package:  # two folders with one id: keep the first, it is reported
        return
    folder_rec.package = package_rec.package
    if state_rank(folder_rec.state) < state_rank("sealed"):
        folder_rec.state = "sealed"
    folder_rec.sealed_utc = folder_rec.sealed_utc or package_rec.sealed_utc
    by_id[rec.id] = folder_rec


def _read_json(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        problems.append(f"{path}: cannot be read ({e})")
        return None
    if not isinstance(doc, dict):
        problems.append(f"{path}: not a hearing description")
        return None
    return doc


def _journal_events(path: Path, problems: list[str]) -> dict[str, str]:
    """First UTC time of each journal kind (only the kinds that set a state are needed)."""
    seen: dict[str, str] = {}
    if not path.exists():
        return seen
    try:
        for lineno, raw in iter_lines(path):
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                if raw.endswith(b"\n"):
                    problems.append(f"{path}: line {lineno} is not valid JSON")
                continue
            if isinstance(rec, dict) and isinstance(rec.get("kind"), str):
                seen.setdefault(rec["kind"], str(rec.get("utc") or ""))
    except OSError as e:
        problems.append(f"{path}: cannot be read ({e})")
    return seen


def _from_folder(folder: Path, problems: list[str]) -> HearingRecord | None:
    doc = _read_json(folder / "hearing.json", problems)
    if doc is None:
        return None
    events = _journal_events(folder / "journal.jsonl", problems)
    rec = HearingRecord.from_hearing_json(doc, folder)
    if RECORDING_ENDED in events or doc.get("finished"):
        rec.state = "ended"
        rec.ended_utc = events.get(RECORDING_ENDED) or None
    if SEALED in events:
        rec.state = "sealed"
        rec.sealed_utc = events[SEALED] or None
    return rec


def _from_package(bag: Path, problems: list[str]) -> HearingRecord | None:
    if not (bag / "data" / "hearing.json").is_file():
        problems.append(f"{bag}: a BagIt package without data/hearing.json")
        return None
    doc = _read_json(bag / "data" / "hearing.json", problems)
    if doc is None:
        return None
    events = _journal_events(bag / "data" / "journal.jsonl", problems)
    rec = HearingRecord.from_hearing_json(doc, bag, state="sealed")
    rec.package = str(bag)
    rec.ended_utc = events.get(RECORDING_ENDED) or None
    rec.sealed_utc = events.get(SEALED) or None
    return rec
