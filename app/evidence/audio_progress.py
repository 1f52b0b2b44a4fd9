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

Without the key a value cannot be forged or moved to another hearing; an older copy holds only
this hearing's own earlier values; a deleted file leaves a recovered segment longer than a
minute unproven, which is refused (fail closed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"zhazba open segment progress hmac-sha256 v1"
Values = dict[str, dict[str, dict[str, str]]]  # segment → file → second → chain value


def folder(station: Path) -> Path:
    return Path(station) / "progress"


def _path(station: Path, hearing: str) -> Path:
    return folder(station) / (hashlib.sha256(hearing.encode("utf-8")).hexdigest()[:32] + ".json")


def _key(station: Path) -> bytes:
    from app.accounts.secrets import load_station_key

    secret = load_station_key(Path(station) / "station.key", create=False)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(secret)


def _tag(key: bytes, hearing: str, segments: Values) -> str:
    body = json.dumps([hearing, segments], sort_keys=True, ensure_ascii=False)
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def load(station: Path, hearing: str) -> Values:
    """This hearing's values ({} when none); ValueError when the file was altered."""
    path = _path(station, hearing)
    if not path.is_file():
        return {}
    doc = json.loads(path.read_text(encoding="utf-8"))
    segments = doc.get("segments") if isinstance(doc, dict) else None
    if not isinstance(segments, dict) or doc.get("hearing") != hearing:
        raise ValueError(f"{path} is damaged")
    if not hmac.compare_digest(str(doc.get("tag", "")), _tag(_key(station), hearing, segments)):
        raise ValueError(f"{path} was altered outside Zhazba")
    return segments


def every(station: Path) -> dict[str, Values]:
    """Every hearing's open-segment values whose tag holds (for naming another hearing)."""
    out: dict[str, Values] = {}
    if not folder(station).is_dir():
        return out
    for path in sorted(folder(station).glob("*.json")):
        try:
            hearing = str(json.loads(path.read_text(encoding="utf-8")).get("hearing", ""))
            out[hearing] = load(station, hearing)
        except Exception:  # noqa: BLE001 - an altered or unreadable file names no one; its own
            continue  # hearing's recovered segment is then refused on its own
    return out


def _save(station: Path, hearing: str, segments: Values) -> None:
    from audio.durable import write_atomically

    path = _path(station, hearing)
    if not segments:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(mode=0o700, exist_ok=True)
    doc: dict[str, Any] = {
        "hearing": hearing,
        "segments": segments,
        "tag": _tag(_key(station), hearing, segments),
    }
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"), mode=0o600)
    os.chmod(path, 0o600)


def add(station: Path, hearing: str, segment: int, second: int, files: dict[str, str]) -> None:
    segments = load(station, hearing)
    seg = segments.setdefault(str(segment), {})
    for name, value in files.items():
        seg.setdefault(name, {})[str(second)] = value
    _save(station, hearing, segments)


def drop(station: Path, hearing: str, segment: int) -> None:
    """The segment is on the audit log now (closed or recovered): its values go."""
    segments = load(station, hearing)
    if segments.pop(str(segment), None) is not None:
        _save(station, hearing, segments)
