"""Verification against the live anchors: was the journal or the audio rewritten before sealing?

A hearing's anchors (:mod:`app.anchoring.anchors`) are found in the court archive (every stored
version of every anchor object under ``<prefix>/anchors/<hearing id>/``, with the archive's own
time of upload), in the package or hearing folder (``anchors/``, copied there at sealing) and in the
station's outbox. Each anchor lists the hash of every journal record since the previous one and
the SHA-256 of every closed segment; a record or a file that differs from any anchor was changed
after that anchor was made — even if the journal's chain was rebuilt and the package sealed and
signed afterwards. The report names the first changed record (or the changed file) and the anchor
that contradicts it, says how many times the hearing was anchored and when (first, last), or says
plainly that it was not anchored. An anchor's time is the archive's (``LastModified``), else its
RFC 3161 timestamp's when the token is valid, else the station's clock, which proves nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from app.accounts.secrets import SecretStore
from app.anchoring.anchors import FORMAT, token_path
from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing.journal import read_readable

_v = partial(msg, "Verifier")


@dataclass
class FoundAnchor:
    anchor: dict[str, Any]
    sha256: str
    where: str  # "archive", "package" or "station"
    time: str
    independent: bool  # the time comes from the archive or a valid timestamp


def archive_anchors(client: Any, bucket: str, prefix: str) -> list[FoundAnchor]:
    """Every version of every anchor object under ``prefix`` (a rewrite cannot hide an old one)."""
    out = []
    pages = client.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=prefix)
    for page in pages:
        for v in page.get("Versions", []):
            if not v["Key"].endswith(".json"):
                continue
            body = client.get_object(Bucket=bucket, Key=v["Key"], VersionId=v["VersionId"])
            data = body["Body"].read()
            anchor = _parse(data)
            if anchor is not None:
                when = v["LastModified"].strftime("%Y-%m-%dT%H:%M:%SZ")
                out.append(FoundAnchor(anchor, _sha(data), "archive", when, True))
    return out


def local_anchors(folder: Path, where: str, cas: list[Any] | None) -> list[FoundAnchor]:
    out = []
    for path in sorted(folder.glob("[0-9]*.json")) if folder.is_dir() else []:
        data = path.read_bytes()
        anchor = _parse(data)
        if anchor is None:
            continue
        stamped = _token_time(token_path(path), data, cas)
        when = stamped or str(anchor.get("made_utc", ""))
        out.append(FoundAnchor(anchor, _sha(data), where, when, stamped is not None))
    return out


def _parse(data: bytes) -> dict[str, Any] | None:
    try:
        anchor = json.loads(data)
    except ValueError:
        return None
    if not isinstance(anchor, dict) or anchor.get("format") != FORMAT:
        return None
    return anchor


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _token_time(token: Path, data: bytes, cas: list[Any] | None) -> str | None:
    """The genTime of a valid RFC 3161 token over ``data`` (trusted when ``cas`` are given)."""
    if not token.is_file():
        return None
    try:
        from asn1crypto import cms
        from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
        from pyhanko_certvalidator import ValidationContext

        sd = cms.ContentInfo.load(token.read_bytes())["content"]
        vc = ValidationContext(trust_roots=cas or [], allow_fetching=False)
        status = asyncio.run(
            validate_tst_signed_data(sd, vc, lambda algo: hashlib.new(algo, data).digest())
        )
    except Exception:  # noqa: BLE001 - an unreadable token is no timestamp
        return None
    if not (status.get("intact") and status.get("valid")):
        return None
    trusted = status.get("trust_problem_indic") is None and status.get("validation_path")
    if cas and not trusted:
        return None
    return str(status["timestamp"].strftime("%Y-%m-%dT%H:%M:%SZ"))


def _label(a: FoundAnchor) -> Msg:
    if a.where == "archive":
        return _v(
            QT_TRANSLATE_NOOP("Verifier", "anchor {n}, stored in the court archive at {time}"),
            n=a.anchor.get("n"),
            time=a.time,
        )
    if a.independent:
        return _v(
            QT_TRANSLATE_NOOP("Verifier", "anchor {n}, timestamped at {time}"),
            n=a.anchor.get("n"),
            time=a.time,
        )
    return _v(
        QT_TRANSLATE_NOOP("Verifier", "anchor {n}, made at {time} by the station's clock"),
        n=a.anchor.get("n"),
        time=a.time,
    )


def compare(
    anchors: list[FoundAnchor], records: list[dict[str, Any]], file_hash: Any
) -> list[tuple[str, Msg, str]]:
    """``(code, message, path)`` for the first changed record and every changed file."""
    return _changed_record(anchors, records) + _changed_segments(anchors, file_hash)


def _changed_record(
    anchors: list[FoundAnchor], records: list[dict[str, Any]]
) -> list[tuple[str, Msg, str]]:
    """The first journal record (lowest seq) that differs from an anchor, or is missing."""
    by_seq = {int(r["seq"]): r for r in records if isinstance(r.get("seq"), int)}
    first: tuple[int, FoundAnchor] | None = None
    for a in anchors:
        j = a.anchor.get("journal") or {}
        for i, digest in enumerate(j.get("hashes") or []):
            seq = int(j.get("first_seq", 0)) + i
            rec = by_seq.get(seq)
            if (rec is None or rec.get("hash") != digest) and (first is None or seq < first[0]):
                first = (seq, a)
                break
    if first is None:
        return []
    seq, a = first
    rec = by_seq.get(seq)
    if rec is None:
        text = _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "journal record {seq} is MISSING, but {anchor} holds it: records were removed "
                "after that anchor was made.",
            ),
            seq=seq,
            anchor=_label(a),
        )
    else:
        text = _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "journal record {seq} ({kind}) was REWRITTEN: it differs from {anchor}. The "
                "journal was changed after that anchor, so records from {seq} on are not "
                "what the station recorded.",
            ),
            seq=seq,
            kind=str(rec.get("kind")),
            anchor=_label(a),
        )
    return [("anchor_journal_mismatch", text, "journal.jsonl")]


def _changed_segments(anchors: list[FoundAnchor], file_hash: Any) -> list[tuple[str, Msg, str]]:
    """Every anchored segment file that is missing or differs now, named once."""
    out: list[tuple[str, Msg, str]] = []
    reported: set[str] = set()
    for a in anchors:
        for name, digest in sorted((a.anchor.get("segments") or {}).items()):
            if name in reported or Path(name).is_absolute() or ".." in Path(name).parts:
                continue
            actual = file_hash(name)
            if actual == digest:
                continue
            reported.add(name)
            if actual is None:
                template = QT_TRANSLATE_NOOP(
                    "Verifier", "{file} is MISSING, but {anchor} holds it."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Verifier",
                    "{file} was REPLACED after it was anchored: it differs from {anchor}.",
                )
            out.append(("anchor_segment_mismatch", _v(template, file=name, anchor=_label(a)), name))
    return out


def summary(anchors: list[FoundAnchor], unreachable: str = "") -> tuple[Msg, dict[str, Any]]:
    """The plain-words line and the JSON summary of what anchored the hearing."""
    numbers = {a.anchor.get("n") for a in anchors}
    independent = [a for a in anchors if a.independent]
    info: dict[str, Any] = {
        "count": len(numbers),
        "in_archive": len({a.anchor.get("n") for a in anchors if a.where == "archive"}),
        "archive_unreachable": unreachable,
    }
    info["short"] = _v(QT_TRANSLATE_NOOP("Verifier", "Not anchored while recorded."))
    if not anchors:
        return _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "not anchored: no anchor of this hearing was found, so nothing shows that the "
                "journal and the audio were not rewritten before sealing.",
            )
        ), info
    times = sorted(a.time for a in (independent or anchors))
    info.update(first=times[0], last=times[-1], independent=bool(independent))
    if independent:
        info["short"] = _v(
            QT_TRANSLATE_NOOP(
                "Verifier", "Anchored {count} times while recorded ({first} – {last})."
            ),
            count=len(numbers),
            first=times[0],
            last=times[-1],
        )
    if independent:
        text = _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "anchored {count} times while recorded: first anchor {first}, last {last}.",
            ),
            count=len(numbers),
            first=times[0],
            last=times[-1],
        )
    else:
        text = _v(
            QT_TRANSLATE_NOOP(
                "Verifier",
                "{count} anchors were found only on the station, none in the court archive or "
                "timestamped: they show no rewrite, but prove nothing on their own.",
            ),
            count=len(numbers),
        )
    if unreachable:
        text = _v(
            QT_TRANSLATE_NOOP("Verifier", "{summary} The court archive could not be asked: {why}"),
            summary=text,
            why=unreachable,
        )
    return text, info


def find_anchors(
    data_root: Path, hearing: str, station: Path | None, cas: list[Any] | None
) -> tuple[list[FoundAnchor], str]:
    """The archive's anchors of ``hearing`` (when the station can reach it) and the local ones,
    each distinct anchor once (the archive's copy first); and why the archive was not asked."""
    found: list[FoundAnchor] = []
    unreachable = ""
    if station is not None:
        try:
            found += _from_archive(station, hearing)
        except Exception as e:  # noqa: BLE001 - offline: the package's copies still count
            unreachable = str(getattr(e, "message", "") or e)
        found += local_anchors(station / "anchors" / hearing, "station", cas)
    found += local_anchors(data_root / "anchors", "package", cas)
    seen: set[str] = set()
    out = []
    for a in found:
        if a.sha256 not in seen:
            seen.add(a.sha256)
            out.append(a)
    out.sort(key=lambda a: (int(a.anchor.get("n") or 0), a.where != "archive"))
    return out, unreachable


def _from_archive(station: Path, hearing: str) -> list[FoundAnchor]:
    # loaded here: boto3 costs a quarter of a second, and only a station with an archive needs it
    from app.anchoring.upload import anchor_prefix
    from app.archive.s3 import explain, make_client
    from app.archive.settings import SettingsDamaged, SettingsError, load_archive_settings

    try:
        settings = load_archive_settings(station / "settings.json")
        settings.validate()
    except SettingsDamaged:
        raise  # fail closed: a damaged settings file is never "no archive"
    except SettingsError:
        return []
    credentials = SecretStore(
        station / "secrets.json", station / "station.key"
    ).archive_credentials()
    if credentials is None:
        return []
    quick = replace(settings, max_request_attempts=1, connect_timeout=3.0, read_timeout=10.0)
    try:
        client = make_client(quick, credentials)
        return archive_anchors(client, settings.bucket, anchor_prefix(settings, hearing))
    except Exception as e:
        raise explain(e, settings) from e


def check_anchors(
    report: Any, data_root: Path, station: Path | None = None, cas: list[Any] | None = None
) -> None:
    """Add the anchors' findings and summary to a
    :class:`app.evidence.report.VerificationReport`."""
    try:
        info = json.loads((data_root / "hearing.json").read_text(encoding="utf-8"))
        hearing = str(info.get("id") or data_root.name)
    except (OSError, ValueError, AttributeError):
        hearing = data_root.name
    anchors, unreachable = find_anchors(data_root, hearing, station, cas)
    records = _records(data_root / "journal.jsonl")

    def file_hash(name: str) -> str | None:
        path = data_root / name
        return report.sha256(path) if path.is_file() else None

    for code, text, path in compare(anchors, records, file_hash):
        report.problem(code, text, path)
    text, info_json = summary(anchors, unreachable)
    report.notes.append(text)
    # the court archive holds the anchor of the journal's first record (hearing_opened: the
    # secretary, the closed flag), so what the journal says of them is what was recorded
    info_json["opening_in_archive"] = any(
        a.where == "archive" and (a.anchor.get("journal") or {}).get("first_seq") == 0
        for a in anchors
    )
    report.anchors = {**info_json, "summary": text}


def _records(journal: Path) -> list[dict[str, Any]]:
    return read_readable(journal).records
