"""Hearings recorded from a simulated source: allowed for demonstrations, never evidence.

A simulated microphone (tones, synthetic speech) or a WAV/FLAC file drives the very same
pipeline as a sound card, which is what demonstrations, tests and benchmarks need — and why such
a "hearing" must never pass for a real one. ``zhazba record`` takes a simulated source only with
``--demo`` (or ``ZHAZBA_DEMO=1``, the same for scripts) or on a demo station (``settings.json``:
``{"station": {"demo": true}}``); the hearing
is marked ``"simulated": true`` in ``hearing.json`` and in the journal's first record, with
:data:`MARK`; the verify report says so; it is never queued for the court archive; and on a
station that names its court's certificate authorities (``{"station": {"court_ca": "FILE.pem"}}``)
it cannot be sealed with a court key — only with a demo key (one not issued by those CAs, such as
the throw-away "NOT A COURT KEY" of ``zhazba demo``).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from cryptography import x509

from app.archive.settings import SettingsDamaged, read_settings_file

MARK = "SIMULATED — NOT EVIDENCE"


def station_section(folder: Path) -> dict[str, Any]:
    """The ``"station"`` section of the station's settings ({} when none); SettingsDamaged when
    the file or the section is damaged (fail closed)."""
    doc = read_settings_file(folder / "settings.json") or {}
    section = doc.get("station", {})
    if not isinstance(section, dict):
        raise SettingsDamaged(f"the station section of {folder / 'settings.json'} is damaged")
    return section


def demo_station(folder: Path) -> bool:
    return station_section(folder).get("demo") is True


def hearing_doc(path: Path) -> dict[str, Any]:
    """``hearing.json`` of a hearing folder or of a sealed package ({} when unreadable)."""
    for candidate in (path / "hearing.json", path / "data" / "hearing.json"):
        try:
            if not stat.S_ISREG(os.lstat(candidate).st_mode):
                continue  # a FIFO would block the reader; the seal's own check names it
            doc = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return doc if isinstance(doc, dict) else {}
    return {}


def is_simulated(path: Path) -> bool:
    audio = hearing_doc(path).get("audio")
    return isinstance(audio, dict) and audio.get("simulated") is True


def court_key(cert: x509.Certificate, station_folder: Path) -> bool:
    """Whether ``cert`` was issued by one of the court CAs the station names (none named: no
    key counts as a court key, as on a demonstration or test station)."""
    ca_file = station_section(station_folder).get("court_ca")
    if not ca_file:
        return False
    try:
        cas = x509.load_pem_x509_certificates(Path(ca_file).read_bytes())
    except (OSError, ValueError) as e:
        raise SettingsDamaged(f"the court CA file {ca_file} cannot be read ({e})") from e
    for ca in cas:
        try:
            cert.verify_directly_issued_by(ca)
        except Exception:  # noqa: BLE001 - a wrong signature or key type: not this CA
            continue
        return True
    return False


def refuse_court_key(hearing: Path, cert: x509.Certificate, station_folder: Path) -> str | None:
    """Why ``hearing`` may not be sealed with ``cert`` (a simulated hearing, a court key)."""
    if is_simulated(hearing) and court_key(cert, station_folder):
        return (
            f"{hearing.name} was recorded from a simulated source ({MARK}); it is never sealed "
            "with a court key. Seal it with a demo key, or record the hearing from the "
            "courtroom's microphones"
        )
    return None
