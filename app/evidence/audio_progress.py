"""The checkpoint-chain values of each hearing's open segments, kept by the station, keyed.

A segment a killed recorder left open never gets its ``segment_recorded`` record in the audit log
(:mod:`app.evidence.audio_origin`); what ties its audio to the hearing is the checkpoint chain
value of each of its files every :data:`~app.evidence.audio_origin.PROGRESS_EVERY_S` seconds
(the chain covers every sample before it). Those values are kept here rather than in the audit
log, which is read whole at every verification and would grow by 60 records an hour: one file
per hearing in the station folder's ``progress/`` (0700; the file 0600, written atomically),
``{"hearing", "segments": {segment: {file: {second: value}}}, "tag"}``, under an HMAC-SHA256 tag
keyed from ``station.key`` that covers the hearing id. A segment's values are dropped once its
``segment_recorded`` (or ``segment_recovered``) record is written: only open segments are here.

The same file is the spool of each closed segment's record (``"closed": {segment: {file:
SHA-256}}``, under the same tag): the recorder's journal path never waits on the catalog (another
process may hold its write lock), so a closed segment's record is written here (fsync) and a
background step (:func:`app.evidence.audio_origin.flush`) moves it into the audit log, with
retries; sealing and verifying read the spooled records whose tag holds as well. And when each
segment opens, its first frame is kept (``"opened"``) until it closes: a segment said to be
recovered after a kill must be one the station saw open.

Without the key a value cannot be forged or moved to another hearing; an older copy holds only
this hearing's own earlier values; a deleted file leaves a recovered segment longer than a
minute unproven, which is refused (fail closed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from audio.text import QT_TRANSLATE_NOOP, msg

_INFO = b"zhazba open segment progress hmac-sha256 v1"
Values = dict[str, dict[str, dict[str, str]]]  # segment → file → second → chain value
Closed = dict[str, dict[str, str]]  # segment → file → SHA-256 (spooled closed segments)
_LOCK = threading.RLock()


def folder(station: Path) -> Path:
    return Path(station) / "progress"


def _path(station: Path, hearing: str) -> Path:
    return folder(station) / (hashlib.sha256(hearing.encode("utf-8")).hexdigest()[:32] + ".json")


def _key(station: Path) -> bytes:
    from app.accounts.secrets import load_station_key

    secret = load_station_key(Path(station) / "station.key", create=False)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(secret)


@dataclass
class Progress:
    """One hearing's file: the open segments' values, when each segment opened (its first
    frame), and the spooled records of the closed segments not yet in the audit log."""

    values: Values = field(default_factory=dict)
    closed: Closed = field(default_factory=dict)
    opened: dict[str, int] = field(default_factory=dict)  # segment → first frame

    def empty(self) -> bool:
        return not (self.values or self.closed or self.opened)


def _tag(key: bytes, hearing: str, p: Progress) -> str:
    parts: list[Any] = [hearing, p.values] + ([p.closed, p.opened] if p.closed or p.opened else [])
    body = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


@contextmanager
def _locked(station: Path) -> Iterator[None]:
    """One writer at a time: this process's threads, and other processes (flock)."""
    with _LOCK:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: this process's threads only
            yield
            return
        fd = os.open(Path(station) / ".progress.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


def _doc(station: Path, hearing: str) -> Progress:
    path = _path(station, hearing)
    if not path.is_file():
        return Progress()
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("hearing") != hearing:
        raise ValueError(msg("Verifier", DAMAGED, path=str(path)))
    p = Progress(doc.get("segments", None) or {}, doc.get("closed", {}), doc.get("opened", {}))
    if not all(isinstance(part, dict) for part in (p.values, p.closed, p.opened)):
        raise ValueError(msg("Verifier", DAMAGED, path=str(path)))
    if not hmac.compare_digest(str(doc.get("tag", "")), _tag(_key(station), hearing, p)):
        raise ValueError(msg("Verifier", ALTERED, path=str(path)))
    return p


def load(station: Path, hearing: str) -> Values:
    """This hearing's values ({} when none); ValueError when the file was altered."""
    return _doc(station, hearing).values


def closed(station: Path, hearing: str) -> Closed:
    """This hearing's spooled closed-segment records; ValueError when the file was altered."""
    return _doc(station, hearing).closed


def every_doc(station: Path) -> dict[str, Progress]:
    """Every hearing's file whose tag holds."""
    out: dict[str, Progress] = {}
    if not folder(station).is_dir():
        return out
    for path in sorted(folder(station).glob("*.json")):
        try:
            hearing = str(json.loads(path.read_text(encoding="utf-8")).get("hearing", ""))
            out[hearing] = _doc(station, hearing)
        except Exception:  # noqa: BLE001 - an altered or unreadable file names no one; its own
            continue  # hearing's recovered segment is then refused on its own
    return out


def every(station: Path) -> dict[str, Values]:
    """Every hearing's open-segment values whose tag holds (for naming another hearing)."""
    return {hearing: p.values for hearing, p in every_doc(station).items()}


def _save(station: Path, hearing: str, p: Progress) -> None:
    from audio.durable import write_atomically

    path = _path(station, hearing)
    if p.empty():
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(mode=0o700, exist_ok=True)
    doc: dict[str, Any] = {
        "hearing": hearing,
        "segments": p.values,
        "tag": _tag(_key(station), hearing, p),
    }
    if p.closed or p.opened:
        doc.update(closed=p.closed, opened=p.opened)
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"), mode=0o600)
    os.chmod(path, 0o600)


def opened(station: Path, hearing: str, segment: int, first_frame: int) -> None:
    """The segment opened at ``first_frame``: a recovered segment must be one the station saw
    open (:mod:`app.evidence.audio_origin`)."""
    with _locked(station):
        p = _doc(station, hearing)
        p.opened[str(segment)] = int(first_frame)
        _save(station, hearing, p)


def add(station: Path, hearing: str, segment: int, second: int, files: dict[str, str]) -> None:
    with _locked(station):
        p = _doc(station, hearing)
        seg = p.values.setdefault(str(segment), {})
        for name, value in files.items():
            seg.setdefault(name, {})[str(second)] = value
        _save(station, hearing, p)


def spool(station: Path, hearing: str, segment: int, files: dict[str, str]) -> None:
    """The segment closed: its record (file → SHA-256) waits here for the audit log, durably,
    and its progress values go (one atomic write)."""
    with _locked(station):
        p = _doc(station, hearing)
        p.values.pop(str(segment), None)
        p.opened.pop(str(segment), None)
        p.closed[str(segment)] = dict(files)
        _save(station, hearing, p)


def drop(station: Path, hearing: str, segment: int) -> None:
    """The segment is on the audit log now (closed or recovered): its values, opening and
    spooled record go."""
    with _locked(station):
        p = _doc(station, hearing)
        had = [part.pop(str(segment), None) for part in (p.values, p.opened, p.closed)]
        if had != [None, None, None]:
            _save(station, hearing, p)


DAMAGED = QT_TRANSLATE_NOOP(
    "Verifier",
    "the station's progress file {path} is damaged; report it to the court administrator",
)
ALTERED = QT_TRANSLATE_NOOP(
    "Verifier",
    "the station's progress file {path} was altered outside Zhazba; report it to the court "
    "administrator",
)
