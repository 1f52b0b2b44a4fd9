"""Verify a sealed package or a hearing folder and say, in plain words, what holds and what not.

This is where a verdict is assembled; the checks themselves live beside it. For a sealed package
(a BagIt bag made by :mod:`signing.seal`) :func:`verify_package` runs, in order: every entry a
regular file, the detached signature (:mod:`app.evidence.signature`: valid, signer, signing time,
timestamp, trust against ``--ca``), the tag manifest, the payload manifest (every file present, no
extra file, every hash) and the BagIt form (:mod:`app.evidence.package_checks`); then the hearing
inside (:mod:`app.evidence.hearing_checks`): the journal's hash chain, what the package says it
is, the ``sealed`` record against the signer, every audio segment's hash against its
``segment_closed`` record and, for audio that changed, which seconds of which file. A hearing
folder that is not sealed yet gets the hearing's checks (:func:`verify_hearing_folder`).
:func:`verify_path` verifies either and compares it with the hearing's live anchors
(:mod:`app.evidence.anchors`). :class:`app.evidence.report.VerificationReport` is the result
(``to_json`` for machines, ``to_text`` for people); ``ok`` only when everything holds.
"""

from __future__ import annotations

from pathlib import Path

from app.evidence.anchors import check_anchors
from app.evidence.binding import Registry
from app.evidence.binding_report import anchored_binding
from app.evidence.hearing_checks import check_hearing, check_sealed_files
from app.evidence.package_checks import (
    check_bag_form,
    check_entries,
    check_payload,
    check_tag_manifest,
)
from app.evidence.report import VerificationReport
from app.evidence.signature import check_signature, load_ca_file
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.cades import SIGNATURE_FILE, SIGNED_FILE


def verify_package(
    root: Path, ca_file: str | Path | None = None, registry: Registry | None = None
) -> VerificationReport:
    """``registry``: the station's secretaries and their registered certificates (signer
    binding, :mod:`app.evidence.binding`); without it the signer is not matched to the secretary.
    """
    report = VerificationReport(str(root), "sealed package")
    cas = load_ca_file(ca_file) if ca_file else None
    files = check_entries(report, root)
    if files is None:  # a link, FIFO or device could hang or mislead any read: nothing is opened
        return report
    report.signature = check_signature(root / SIGNATURE_FILE, root / SIGNED_FILE, cas)
    check_tag_manifest(report, root)
    payload = check_payload(report, root, files)
    check_bag_form(report, root, payload, files)
    check_hearing(report, root / "data", sealed=True, registry=registry)
    return report


def verify_hearing_folder(root: Path) -> VerificationReport:
    report = VerificationReport(str(root), "hearing folder")
    check_hearing(report, root, sealed=False)
    check_sealed_files(report, root)
    if report.journal_ok:
        report.notes.append(
            msg(
                "Verifier",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "this is a hearing folder, not a sealed package: there is no signature to "
                    "check. Verify the sealed package (the folder ending in .sealed) for the "
                    "signed proof.",
                ),
            )
        )
    return report


def verify_path(
    path: str | Path,
    ca_file: str | Path | None = None,
    registry: Registry | None = None,
    station: Path | None = None,
) -> VerificationReport:
    """Verify whatever ``path`` is, and compare it with the hearing's live anchors (from the
    archive of the ``station`` folder, the default station's when not given, and the copies)."""
    from app.station_folder import default_folder

    report = _verify_path(path, ca_file, registry)
    root = Path(path)
    data = root / "data" if report.kind == "sealed package" else root
    cas = load_ca_file(ca_file) if ca_file else None
    check_anchors(report, data, station or default_folder(), cas)
    anchored_binding(report)
    return report


def _verify_path(
    path: str | Path, ca_file: str | Path | None = None, registry: Registry | None = None
) -> VerificationReport:
    root = Path(path)
    if not root.is_dir():
        raise FileNotFoundError(
            f"{root} is not a folder. Give the sealed package folder (…{'.sealed'}) or a hearing "
            "folder."
        )
    if (
        (root / "bagit.txt").exists()
        or (root / SIGNATURE_FILE).exists()
        or (root / "data").is_dir()
    ):
        return _mark_simulated(root, verify_package(root, ca_file, registry))
    if (root / "journal.jsonl").exists():
        return _mark_simulated(root, verify_hearing_folder(root))
    raise FileNotFoundError(
        f"{root} is neither a sealed package (no bagit.txt) nor a hearing folder (no "
        "journal.jsonl)."
    )


def _mark_simulated(root: Path, report: VerificationReport) -> VerificationReport:
    """Say first that a hearing from a simulated source is not evidence
    (app/hearing/simulated.py)."""
    from app.hearing.simulated import is_simulated

    if is_simulated(root):
        report.notes.insert(
            0,
            msg(
                "Verifier",
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "SIMULATED — NOT EVIDENCE: recorded from a simulated source — not evidence "
                    "(a demonstration, not a courtroom)",
                ),
            ),
        )
    return report
