"""The case-file copy of a sealed hearing (Rules p. 12, 22): the package exactly as sealed.

:func:`export_case_copy` verifies the package in full first (:mod:`app.evidence.gate`), then has
:func:`app.copies.medium_write.write_to_medium` write it onto the medium with
``README-VERIFY.txt`` and ``certificates.pem`` beside it, read it back, and verify the copy on the
medium against the same pinned identity; the verification report in the reader's language goes
beside it. The station's own files are only ever read. A refusal is a :class:`audio.text.Msg`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from app.catalog.store import Catalog, state_rank
from app.copies.medium import ExportError, Medium, SourceDamaged, plan_clear
from app.copies.medium_io import CopyItem
from app.copies.medium_io import _unreadable as unreadable
from app.copies.medium_report import copy_reports
from app.copies.medium_texts import case_readme, certificates_pem
from app.copies.medium_write import (
    CopyNotVerified,
    ExportResult,
    MediumJob,
    WriteOptions,
    write_to_medium,
)
from app.copies.progress import CancelToken, Progress
from app.copies.write_log import MediaWrite, list_media_writes, log_media_write
from app.evidence.binding import Registry
from app.evidence.gate import WITHOUT_ROOTS, Cleared, PackageRefused, check_copy, require_verified
from app.evidence.manifest import read_manifest
from app.evidence.register import said
from app.evidence.verify import VerificationReport
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

__all__ = [
    "CancelToken",
    "CopyNotVerified",
    "ExportError",
    "ExportResult",
    "MediumJob",
    "Progress",
    "export_case_copy",
    "plan_clear",
    "read_bag_info",
    "write_to_medium",
]
_m = partial(msg, "Copies")
NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "Copies",
    "{package} is not a sealed package (no bagit.txt or data/). Give the folder ending in "
    ".sealed that the station made when the hearing ended.",
)
NOT_SIGNED = QT_TRANSLATE_NOOP(
    "Copies", "{package} is not signed ({file} is missing); seal it first."
)
WRITTEN = _m(QT_TRANSLATE_NOOP("Copies", "written to the medium"))
ALREADY_WRITTEN = QT_TRANSLATE_NOOP(
    "Copies",
    "this hearing was already written to a medium for the case file on {utc} ({medium}); the "
    "case file takes one copy (Rules p. 12): keep the extra medium apart or clear it.",
)


def read_bag_info(package: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        for line in (package / "bag-info.txt").read_text(encoding="utf-8").splitlines():
            key, sep, value = line.partition(":")
            if sep:
                out[key.strip()] = value.strip()
    except OSError:
        pass
    return out


def check_package(package: str | Path) -> Path:
    p = Path(package)
    if not (p / "bagit.txt").is_file() or not (p / "data").is_dir():
        raise ExportError(_m(NOT_A_PACKAGE, package=str(p)))
    if not (p / SIGNATURE_FILE).is_file():
        raise ExportError(_m(NOT_SIGNED, package=str(p), file=SIGNATURE_FILE))
    return p


class PackageNotVerified(SourceDamaged):
    """The package did not pass the full verification: nothing is written."""

    code = "not_verified"


def refusal_log(
    kind: str,
    pkg: Path,
    info: dict[str, str],
    mountpoint: str | Path,
    operator: str,
    application_id: int | None = None,
) -> MediaWrite:
    """The media-write log entry of a copy refused before the medium is touched."""
    return MediaWrite(
        kind=kind,
        package=str(pkg),
        outcome="failed",
        hearing_id=info.get("Hearing-Id") or None,
        case_number=info.get("Case-Number", ""),
        medium=str(mountpoint),
        application_id=application_id,
        operator=operator,
    )


def verified_package(
    package: Path,
    action: str,
    ca_file: str | Path | None,
    log: MediaWrite | None = None,
    catalog: Catalog | None = None,
    registry: Registry | None = None,
) -> Cleared:
    """The full verification before a copy is made (:mod:`app.evidence.gate`); a refusal is
    logged in the media-write log (when a catalog is given) and raised as an ExportError."""
    try:
        return require_verified(package, action, ca_file, registry)
    except PackageRefused as e:
        err = PackageNotVerified(said(e))
        if catalog is not None and log is not None:
            log.code, log.message, log.outcome = err.code, str(err), "failed"
            log_media_write(catalog, log)
        raise err from e


def package_items(
    package: Path, listed: list[str] | None = None, pinned: dict[str, str] | None = None
) -> list[CopyItem]:
    """The package's files (only those in ``listed`` when given: the manifests' files, tag files
    and signature), payload first and the signature last, with sealed hashes: ``pinned``, the
    hashes the gate verified and held in memory, when given (never the manifests read again)."""
    expected = pinned if pinned is not None else {
        **read_manifest(package / "manifest-sha256.txt").entries,
        **read_manifest(package / SIGNED_FILE).entries,
    }  # fmt: skip
    if listed is not None:
        files = [package / rel for rel in listed]
    else:
        files = sorted(p for p in package.rglob("*") if p.is_file())
    order = {SIGNED_FILE: 2, SIGNATURE_FILE: 3}

    def key(p: Path) -> tuple[int, str]:
        rel = p.relative_to(package).as_posix()
        return (0 if rel.startswith("data/") else order.get(rel, 1), rel)

    try:
        return [
            CopyItem(
                p,
                p.relative_to(package).as_posix(),
                p.stat().st_size,
                expected.get(p.relative_to(package).as_posix()),
            )
            for p in sorted(files, key=key)
        ]
    except OSError as e:  # a file gone since the verification: the station's side, said so
        raise unreadable(Path(e.filename or package), e) from e


def export_case_copy(
    package: str | Path,
    mountpoint: str | Path,
    *,
    clear_token: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    catalog: Catalog | None = None,
    ca_file: str | Path | None = None,
    operator: str = "",
    require_mount: bool = True,
    registry: Registry | None = None,
    lang: str = "kk",
) -> ExportResult:
    """Write the sealed package onto the medium at ``mountpoint`` and verify it there; the
    verification report in ``lang`` (kk, ru; both for another) goes beside it.

    The package must first pass the full verification (against ``ca_file`` and, for the signer,
    the station's ``registry`` of secretaries' certificates)."""
    pkg = check_package(package)
    info = read_bag_info(pkg)
    refusal = refusal_log("case-file", pkg, info, mountpoint, operator)
    cleared = verified_package(pkg, WRITTEN, ca_file, refusal, catalog, registry)
    job = _case_job(pkg, info, mountpoint, cleared, ca_file, registry, lang)
    earlier = _earlier_copies(catalog, pkg)
    options = WriteOptions(clear_token, progress, cancel, catalog, operator, require_mount)
    result = write_to_medium(job, mountpoint, options)
    if earlier:
        medium = earlier[0].medium_label or earlier[0].medium
        result.notes.append(_m(ALREADY_WRITTEN, utc=earlier[0].utc, medium=medium))
    if catalog is not None and job.hearing_id:
        rec = catalog.get_hearing(job.hearing_id)
        if rec is not None and state_rank(rec.state) < state_rank("exported"):
            catalog.set_state(job.hearing_id, "exported")
    return result


def _case_job(
    pkg: Path,
    info: dict[str, str],
    mountpoint: str | Path,
    cleared: Cleared,
    ca_file: str | Path | None,
    registry: Registry | None,
    lang: str,
) -> MediumJob:
    """The case-file copy as a job: the verified files, the instructions beside them, the check
    of the copy on the medium and the report of that check."""
    seen: list[VerificationReport] = []  # the verification of the copy on the medium

    def verify(medium: Medium, folder: str) -> tuple[bool, str]:
        # the same station record and the same pinned identity as the gate (app/evidence/gate.py)
        try:
            report = check_copy(medium.real_path(folder), cleared, WRITTEN, ca_file, registry)
        except PackageRefused as e:
            return False, said(e)
        report.path = str(Path(mountpoint) / folder)
        seen.append(report)
        counts = dict(files=report.files_checked, records=report.journal_records,
                      segments=report.segments_checked)  # fmt: skip
        if ca_file:
            return True, _m(QT_TRANSLATE_NOOP(
                "Copies", "the copy on the medium matches the seal: signature valid and its signer "
                "confirmed, {files} files, journal of {records} records intact, {segments} audio "
                "files match the journal"), **counts)  # fmt: skip
        return True, _m(QT_TRANSLATE_NOOP(
            "Copies", "the copy on the medium matches the seal: signature valid (signer not "
            "checked: no root given), {files} files, journal of {records} records intact, "
            "{segments} audio files match the journal"), **counts)  # fmt: skip

    return MediumJob(
        kind="case-file",
        package=pkg,
        folder=pkg.name,
        items=package_items(pkg, cleared.files, cleared.pinned.hashes()),
        root_files={
            "README-VERIFY.txt": case_readme(pkg.name, info, pkg / SIGNATURE_FILE).encode("utf-8"),
            "certificates.pem": certificates_pem(pkg / SIGNATURE_FILE),
        },
        verify=verify,
        hearing_id=info.get("Hearing-Id") or None,
        case_number=info.get("Case-Number", ""),
        reports=lambda: copy_reports(
            "case-file",
            seen[-1],
            lang,
            folder=pkg.name,
            medium=str(mountpoint),
            allowed=frozenset() if ca_file else WITHOUT_ROOTS,
        ),
    )


def _earlier_copies(catalog: Catalog | None, pkg: Path) -> list[MediaWrite]:
    """The case-file copies of this package already written (the case file takes one)."""
    if catalog is None:
        return []
    return [
        w
        for w in list_media_writes(catalog, package=str(pkg))
        if w.kind == "case-file" and w.outcome == "done"
    ]
