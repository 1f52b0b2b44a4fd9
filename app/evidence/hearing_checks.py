"""The checks of a hearing's own record: its journal, its description and its audio.

They run on a hearing folder and on the ``data/`` folder of a sealed package alike
(:func:`check_hearing`): the journal's hash chain; ``hearing.json`` readable, its audio format,
and what it says the hearing is (:mod:`app.evidence.identity`); for a sealed package, the journal
ending with the ``sealed`` record of the same signer, and the signer bound to the hearing's
secretary (:mod:`app.evidence.binding_report`); every audio segment and level overview against
the hash its ``segment_closed`` record holds, and for audio that changed, which seconds of which
channel (:mod:`app.evidence.audio`). A hearing folder sealed but not yet packaged also has its
files checked against the ``sealed`` record (:func:`check_sealed_files`). Each problem goes into
the :class:`app.evidence.report.VerificationReport`.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

from app.evidence.audio import channel_digests_by_file, checkpoints_by_file, locate_changes
from app.evidence.binding import Registry
from app.evidence.binding_report import check_binding
from app.evidence.identity import check_identity, identity
from app.evidence.package_checks import outside
from app.evidence.report import VerificationReport
from audio.text import QT_TRANSLATE_NOOP, msg
from signing import journal as J

_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)


def check_hearing(
    report: VerificationReport, root: Path, sealed: bool, registry: Registry | None = None
) -> None:
    """All the hearing's checks on the folder ``root`` (a package's ``data/`` when ``sealed``)."""
    journal = root / "journal.jsonl"
    _check_chain(report, journal, sealed)
    records = _readable_records(journal)
    info = _hearing_info(report, root)
    audio, rate, bits = _audio_format(report, info, records)
    if info:
        _check_identity(report, root, info, records, sealed)
    if sealed:
        _check_sealed_record(report, records)
        sig = report.signature
        if sig is not None and sig.signer_subject and info:
            check_binding(report, info, records, registry)
    _check_segments(report, root, records, rate, bits, audio)


def _check_chain(report: VerificationReport, journal: Path, sealed: bool) -> None:
    chain = J.verify_journal(journal)
    report.journal_records, report.journal_ok = chain.records, chain.ok
    if not chain.ok:
        report.problem(
            "journal_broken",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the journal (event log) is NOT intact: {problem}. Records from that line on "
                    "cannot be trusted.",
                ),
                problem=str(chain.problem),
            ),
            "journal.jsonl" if not sealed else "data/journal.jsonl",
        )


def _readable_records(journal: Path) -> list[dict[str, Any]]:
    """Every line that still parses, so a damaged journal does not hide the audio checks."""
    return [r for r in J.read_readable(journal).records if isinstance(r.get("data"), dict)]


def _hearing_info(report: VerificationReport, root: Path) -> Any:
    """hearing.json as it parses ({} when it is missing or unreadable, which is a problem)."""
    try:
        return json.loads((root / "hearing.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        report.problem(
            "hearing_json_unreadable",
            _v(QT_TRANSLATE_NOOP("Verifier", "hearing.json is missing or unreadable.")),
        )
        return {}


def _audio_format(
    report: VerificationReport, info: Any, records: list[dict[str, Any]]
) -> tuple[dict[str, Any], int, int]:
    """The audio format the recording started with, hearing.json's rate and bits first:
    (all of it, rate, bits); 48 kHz, 16 bits when unreadable, which is a problem."""
    started = next((r for r in records if r.get("kind") == J.RECORDING_STARTED), None)
    try:
        audio = {
            **(started or {}).get("data", {}),
            **{k: v for k, v in info.get("audio", {}).items() if k in ("rate", "bits")},
        }
        return audio, int(audio.get("rate") or 48000), int(audio.get("bits") or 16)
    except (AttributeError, TypeError, ValueError):
        report.problem(
            "hearing_json_unreadable",
            _v(QT_TRANSLATE_NOOP("Verifier", "the audio format in hearing.json is unreadable.")),
        )
        return {}, 48000, 16


def _check_identity(
    report: VerificationReport,
    root: Path,
    info: dict[str, Any],
    records: list[dict[str, Any]],
    sealed: bool,
) -> None:
    """What the package says it is, and whether its parts agree on it (app.evidence.identity)."""
    package = root.parent if sealed else root
    report.identity = identity(info, records)
    for f in check_identity(package, info, records, sealed):
        if f.code == "package_name_mismatch":
            report.name_mismatch = f.message
            report.notes.append(f.message)
        elif f.code == "bag_info_mismatch" and report.files.get("bag-info.txt") == "altered":
            continue  # already named: bag-info.txt was altered after signing
        elif f.code == "hearing_json_mismatch" and not report.journal_ok:
            continue  # already named: the journal is broken, its records cannot be trusted
        else:
            report.problem(f.code, f.message, f.path)


def _check_sealed_record(report: VerificationReport, records: list[dict[str, Any]]) -> None:
    last = records[-1] if records else {}
    if last.get("kind") != J.SEALED:
        report.problem(
            "journal_not_sealed",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the journal does not end with the sealing record: "
                    "records were removed or added after sealing.",
                )
            ),
            "data/journal.jsonl",
        )
        return
    sig = report.signature
    fp = last["data"].get("certificate_sha256")
    if sig and sig.signer_certificate_sha256 and fp and fp != sig.signer_certificate_sha256:
        report.problem(
            "signer_mismatch",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the package is signed by {signer}, but the journal says it was sealed by "
                    "{sealer}: it was RE-SIGNED with another certificate.",
                ),
                signer=sig.signer,
                sealer=str(last["data"].get("signer")),
            ),
        )


def _check_segments(
    report: VerificationReport,
    root: Path,
    records: list[dict[str, Any]],
    rate: int,
    bits: int,
    audio: dict[str, Any],
) -> None:
    """Every closed segment's files against the journal; a malformed record is a problem."""
    try:
        checkpoints = checkpoints_by_file(records)
        channel_digests = channel_digests_by_file(records)
    except (KeyError, TypeError, ValueError, AttributeError):
        checkpoints, channel_digests = {}, {}
        report.problem(
            "journal_broken",
            _v(QT_TRANSLATE_NOOP("Verifier", "checkpoint records in the journal are malformed.")),
        )
    for r in records:
        if r.get("kind") != J.SEGMENT_CLOSED:
            continue
        try:
            _check_segment(report, root, r["data"], rate, bits, audio, checkpoints, channel_digests)
        except (KeyError, TypeError, ValueError, AttributeError):
            report.problem(
                "journal_broken",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "journal record {seq} (a closed segment) is malformed, so its audio "
                        "cannot be checked.",
                    ),
                    seq=str(r.get("seq")),
                ),
            )


def _check_segment(
    report: VerificationReport,
    root: Path,
    d: dict[str, Any],
    rate: int,
    bits: int,
    audio: dict[str, Any],
    checkpoints: dict[str, dict[int, tuple[str, int]]],
    channel_digests: dict[str, dict[int, list[str]]] | None = None,
) -> None:
    """One closed segment's audio files (locating any change) and level overviews."""
    channel_digests = channel_digests or {}
    for name, meta in d.get("files", {}).items():
        report.segments_checked += 1
        p = root / name
        if outside(report, name):
            continue
        if p.is_file() and report.sha256(p) == meta["sha256"]:
            continue
        change = locate_changes(
            p,
            name,
            int(d["segment"]),
            int(d["first_frame"]),
            rate,
            bits,
            len(meta.get("channels") or []) or int(audio.get("channels", 1)),
            checkpoints.get(name, {}),
            channel_digests.get(name),
            int((meta.get("channels") or [1])[0]),
        )
        report.audio_changes.append(change)
        report.problem(
            "audio_header_altered" if change.header_only else "audio_altered",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "audio segment {file} does not match the hash the journal recorded when it "
                    "closed. {description}",
                ),
                file=name,
                description=change.description,
            ),
            name,
        )
    for name, digest in d.get("peaks", {}).items():
        p = root / name
        if outside(report, name):
            continue
        if not p.is_file() or report.sha256(p) != digest:
            report.problem(
                "peaks_altered",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "{file} (level overview) does not match the journal."
                    ),
                    file=name,
                ),
                name,
            )


def check_sealed_files(report: VerificationReport, root: Path) -> None:
    """A sealed hearing folder: the ``sealed`` record lists every file's hash, so the files
    without a segment record are checked too (when the journal's chain holds)."""
    records = J.read_records(root / "journal.jsonl") if report.journal_ok else []
    if not records or records[-1]["kind"] != J.SEALED:
        return
    for name, digest in sorted(records[-1]["data"].get("files", {}).items()):
        p = root / name
        if not p.is_file():
            report.problem(
                "file_missing",
                _v(
                    QT_TRANSLATE_NOOP("Verifier", "{file} is MISSING (it was sealed)."),
                    file=name,
                ),
                name,
            )
        elif report.sha256(p) != digest:
            report.problem(
                "file_altered",
                _v(
                    QT_TRANSLATE_NOOP("Verifier", "{file} was ALTERED after sealing."),
                    file=name,
                ),
                name,
            )
