"""Small sealed-looking packages for the archive tests: a real BagIt bag (``bagit`` library) with
a hearing.json, a hash-chained journal, audio-sized random files and a real detached signature
of the tag manifest by a test secretary (the archive uploads only packages that verify)."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import bagit

from app.archive.settings import MIB, ArchiveSettings
from signing.journal import HearingJournal


def make_package(
    root: Path,
    hearing_id: str = "2026-11-21_2-1234-26_0930",
    *,
    audio_sizes: tuple[int, ...] = (200_000,),
    case_number: str = "7199-26-00-2/1234",
    extra: dict[str, object] | None = None,
) -> Path:
    """A BagIt directory ``root/<hearing_id>`` that looks like a sealed hearing package."""
    bag = root / hearing_id
    (bag / "audio").mkdir(parents=True)
    hearing = {
        "format": "zhazba-hearing/1",
        "id": hearing_id,
        "court": "Specialised inter-district economic court of Astana",
        "courtroom": "204",
        "instance": "first",
        "category": "civil",
        "case_number": case_number,
        "date": "2026-11-21",
        "judge": "Сейітқали Ә.",
        "secretary": "Омарова Г.",
        "closed_hearing": False,
        "participants": [
            {"role": "plaintiff", "name": "Ахметов Б.", "channel": 2},
            {"role": "respondent", "name": "ТОО Жазба", "channel": 3},
        ],
        "created_utc": "2026-11-21T09:30:00.000000Z",
        "finished": True,
        **(extra or {}),
    }
    (bag / "hearing.json").write_text(json.dumps(hearing, ensure_ascii=False), encoding="utf-8")
    with HearingJournal(bag / "journal.jsonl") as journal:
        journal.append("hearing_opened", {"hearing": hearing})
        journal.append("recording_ended", {"frames": 48000}, frame=48000)
        journal.append("sealed", {"files": {}, "signer": "test"})
    for n, size in enumerate(audio_sizes, start=1):
        with open(bag / "audio" / f"{n:04d}.flac", "wb") as f:
            left = size
            while left:
                chunk = os.urandom(min(left, 1 << 20))
                f.write(chunk)
                left -= len(chunk)
    bagit.make_bag(
        str(bag),
        {"Source-Organization": hearing["court"], "External-Identifier": hearing_id},
        checksums=["sha256"],
    )
    sign_package(bag)
    return bag


@functools.lru_cache(maxsize=1)
def _pki() -> Any:
    from tests.support.pki import make_pki

    return make_pki()


def sign_package(bag: Path) -> None:
    """Sign the tag manifest as the station does (a test secretary of the test PKI): the archive
    uploads only packages that verify in full."""
    from tests.support.sealing import signer_for

    content = (bag / "tagmanifest-sha256.txt").read_bytes()
    der = signer_for(_pki().secretary).sign_detached(content).der
    (bag / "tagmanifest-sha256.txt.p7s").write_bytes(der)


def chain_file(path: Path) -> Path:
    """The test PKI's chain (PEM), for archivers that check the signer's trust."""
    return _pki().write_chain(path)  # type: ignore[no-any-return]


def make_settings(endpoint: str, bucket: str, **overrides: object) -> ArchiveSettings:
    """Settings for tests: 5 MiB parts (the S3 minimum), short lock, immediate retries."""
    values: dict[str, object] = {
        "endpoint": endpoint,
        "bucket": bucket,
        "prefix": "court-7199/station-1",
        "retention_days": 1,
        "retention_days_unknown_judgment": 1,
        "multipart_threshold": 5 * MIB,
        "part_size": 5 * MIB,
        "upload_threads": 1,  # parts in order: the resume test stops the server after part 2
        "local_retention_days": None,
        "max_request_attempts": 2,
        "backoff_base_seconds": 0.0,
        "backoff_max_seconds": 0.0,
        "connect_timeout": 2.0,
        "read_timeout": 20.0,
        **overrides,
    }
    return ArchiveSettings(**values)  # type: ignore[arg-type]
