"""Copy a sealed hearing onto a removable medium and prove the medium holds it (Rules p. 12, 33).

:func:`export_case_copy` writes the case-file copy: the sealed package exactly as sealed, plus
``README-VERIFY.txt`` and ``certificates.pem`` beside it. :func:`export_participant_copy` writes a
participant's copy made by :mod:`app.copies.participant`. Both go through :func:`write_to_medium`:

1. check the medium: mounted, writable, enough space (before anything is deleted);
2. write ``INCOMPLETE-COPY.txt`` first; it is removed last, so a medium pulled out, a full medium,
   a crash or a cancel at any moment leaves a medium that says it is incomplete;
3. clear the medium (p. 33), only with the token of a :func:`~app.copies.medium.plan_clear` the
   person confirmed; a medium that is not empty and not confirmed is refused;
4. write the copy's folder, fsync every file and folder, ``sync``;
5. read every file back from the medium with its cached pages dropped and compare the hashes,
   then check the copy against the seal with :mod:`app.evidence.verify` (case-file copy) or against
   its checksum list (participant copy);
6. write the verification report beside the copy, in the reader's language
   (:mod:`app.copies.medium_report`), and read it back;
7. remove the marker.

The station's own files are only ever read. Every attempt, done or failed, is logged in the
catalog (:mod:`app.copies.write_log`) when a catalog is given.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.catalog.store import Catalog, state_rank
from app.copies.media import volume_at
from app.copies.medium import (
    MARKER_NAME,
    ClearPlan,
    ExportError,
    Medium,
    MediumFull,
    MediumNotEmpty,
    MediumReadOnly,
    ReadBackFailed,
    SourceDamaged,
    medium_error,
    plan_clear,
)
from app.copies.medium_io import CopyItem, read_back, write_files
from app.copies.medium_io import _unreadable as unreadable
from app.copies.medium_report import case_copy_reports
from app.copies.medium_texts import case_readme, certificates_pem, marker_text
from app.copies.progress import CancelToken, Progress, ProgressMeter
from app.copies.write_log import (
    MediaWrite,
    list_media_writes,
    log_media_write,
    store_media_write,
)
from app.evidence.binding import Registry
from app.evidence.gate import WITHOUT_ROOTS, Cleared, PackageRefused, check_copy, require_verified
from app.evidence.manifest import read_manifest
from app.evidence.verify import VerificationReport
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

__all__ = [
    "CancelToken",
    "ExportError",
    "ExportResult",
    "Progress",
    "export_case_copy",
    "plan_clear",
    "read_bag_info",
    "write_to_medium",
]
FAT_FILE_LIMIT = (4 << 30) - 1
KILLED = (
    "the copy was interrupted (the station stopped, crashed or was killed) before it finished: "
    "the medium holds an incomplete copy (INCOMPLETE-COPY.txt). Write it again."
)


@dataclass
class ExportResult:
    kind: str  # case-file | participant
    package: str
    mountpoint: str
    folder: str  # the folder on the medium that holds the copy
    files: int
    bytes: int
    seconds: float
    write_seconds: float
    read_seconds: float
    verified: bool
    verification: str
    cold_files: int  # files read back with none of their pages in memory
    cleared_files: int = 0
    register_id: int | None = None
    checksum: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class MediumJob:
    """What :func:`write_to_medium` writes and how it checks it."""

    kind: str
    package: Path
    folder: str  # final folder name on the medium
    items: list[CopyItem]  # dest relative to the folder
    root_files: dict[str, bytes]  # small files beside the folder (instructions)
    verify: Callable[[Medium, str], tuple[bool, str]]  # (medium, folder written) -> ok, summary
    hearing_id: str | None = None
    case_number: str = ""
    application_id: int | None = None
    checksum: str = ""
    # the verification report (app/copies/medium_report.py), written beside the folder once the
    # copy verified, and read back too: name -> bytes
    reports: Callable[[], dict[str, bytes]] | None = None


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
        raise ExportError(
            f"{p} is not a sealed package (no bagit.txt or data/). Give the folder ending in "
            ".sealed that the station made when the hearing ended."
        )
    if not (p / SIGNATURE_FILE).is_file():
        raise ExportError(f"{p} is not signed ({SIGNATURE_FILE} is missing); seal it first.")
    return p


class CopyNotVerified(ReadBackFailed):
    """The copy read back from the medium is not the verified package, or does not verify with
    the same station record: it is removed from the medium."""


class PackageNotVerified(SourceDamaged):
    """The package did not pass the full verification: nothing is written."""

    code = "not_verified"


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
        err = PackageNotVerified(str(e))
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
    refusal = MediaWrite(
        kind="case-file",
        package=str(pkg),
        hearing_id=info.get("Hearing-Id") or None,
        case_number=info.get("Case-Number", ""),
        medium=str(mountpoint),
        outcome="failed",
        operator=operator,
    )
    cleared = verified_package(pkg, "written to the medium", ca_file, refusal, catalog, registry)

    seen: list[VerificationReport] = []  # the verification of the copy on the medium

    def verify(medium: Medium, folder: str) -> tuple[bool, str]:
        # the same station record and the same pinned identity as the gate (app/evidence/gate.py)
        try:
            report = check_copy(medium.real_path(folder), cleared, "written", ca_file, registry)
        except PackageRefused as e:
            return False, str(e)
        report.path = str(Path(mountpoint) / folder)
        seen.append(report)
        trust = "and its signer confirmed" if ca_file else "(signer not checked: no root given)"
        return True, (
            f"the copy on the medium matches the seal: signature valid {trust}, "
            f"{report.files_checked} files, journal of {report.journal_records} records intact, "
            f"{report.segments_checked} audio files match the journal"
        )

    job = MediumJob(
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
        reports=lambda: case_copy_reports(
            seen[-1],
            lang,
            folder=pkg.name,
            medium=str(mountpoint),
            allowed=frozenset() if ca_file else WITHOUT_ROOTS,
        ),
    )
    earlier = [
        w
        for w in (list_media_writes(catalog, package=str(pkg)) if catalog else [])
        if w.kind == "case-file" and w.outcome == "done"
    ]
    result = write_to_medium(
        job,
        mountpoint,
        clear_token=clear_token,
        progress=progress,
        cancel=cancel,
        catalog=catalog,
        operator=operator,
        require_mount=require_mount,
    )
    if earlier:
        result.notes.append(
            f"this hearing was already written to a medium for the case file on {earlier[0].utc} "
            f"({earlier[0].medium_label or earlier[0].medium}); the case file takes one copy "
            "(Rules p. 12): keep the extra medium apart or clear it."
        )
    if catalog is not None and job.hearing_id:
        rec = catalog.get_hearing(job.hearing_id)
        if rec is not None and state_rank(rec.state) < state_rank("exported"):
            catalog.set_state(job.hearing_id, "exported")
    return result


def _space_needed(items: list[CopyItem], root_files: dict[str, bytes], unit: int) -> int:
    def rounded(n: int) -> int:
        return -(-n // unit) * unit

    dirs = {str(Path(i.dest).parent) for i in items}
    return (
        sum(rounded(i.size) for i in items)
        + sum(rounded(len(b)) for b in root_files.values())
        + (len(dirs) + 4) * unit
        + (64 << 10)
    )


def write_to_medium(
    job: MediumJob,
    mountpoint: str | Path,
    *,
    clear_token: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    catalog: Catalog | None = None,
    operator: str = "",
    require_mount: bool = True,
) -> ExportResult:
    t0 = time.monotonic()
    where = str(mountpoint)
    volume = volume_at(mountpoint)
    total = sum(i.size for i in job.items) + sum(len(b) for b in job.root_files.values())
    meter = ProgressMeter(2 * total, progress, cancel)
    # Written straight under its final name (the marker says it is incomplete until the end):
    # no rename afterwards, because a folder renamed on some FAT drivers (fusefat) loses its
    # contents, and nothing may change on the medium after it was verified.
    tmp = job.folder
    log = MediaWrite(
        kind=job.kind,
        package=str(job.package),
        outcome="failed",
        hearing_id=job.hearing_id,
        case_number=job.case_number,
        medium=where,
        medium_label=volume.label if volume else "",
        fstype=volume.fstype if volume else "",
        folder=job.folder,
        application_id=job.application_id,
        operator=operator,
    )
    medium: Medium | None = None
    marker_written = False
    try:
        if require_mount and volume is None:
            raise ExportError(
                f"{where} is not a removable medium (USB stick, memory card or disc): the station "
                "writes copies only to removable media, and never clears its own disks."
            )
        medium = Medium(mountpoint, require_mount)
        meter.set_phase("checking")
        if medium.read_only():
            raise MediumReadOnly(
                f"the medium at {where} is read-only: nothing can be written to it. Slide the "
                "stick's write-protect switch off, or use another medium."
            )
        plan: ClearPlan = plan_clear(medium.real_path())
        plan.mountpoint = where
        if not plan.empty and clear_token is None:
            raise MediumNotEmpty(
                f"the medium at {where} is not empty. The Rules (p. 33) require clearing it "
                "before a copy is written; confirm the deletion of what is listed below "
                "(--clear in the command line).\n" + plan.describe()
            )
        free, unit = medium.free_bytes()
        available = free + (sum(-(-e.bytes // unit) * unit for e in plan.entries))
        need = _space_needed(job.items, job.root_files, unit)
        if need > available:
            raise MediumFull(
                f"the medium at {where} is too small: the copy needs {need / 1e6:.1f} MB, the "
                f"medium has {available / 1e6:.1f} MB"
                + (" once cleared" if not plan.empty else " free")
                + ". Use a larger medium. Nothing was written or deleted."
            )
        fat = volume is not None and volume.fstype in ("vfat", "msdos", "fusefat")
        big = [i.dest for i in job.items if i.size > FAT_FILE_LIMIT]
        if fat and big:
            raise MediumFull(
                f"{big[0]} is larger than 4 GB, which a FAT medium cannot hold in one file. Use "
                "a medium formatted as exFAT or NTFS."
            )
        if catalog is not None:  # logged before the medium is touched: a kill leaves this entry
            log.id = log_media_write(catalog, replace(log, code="killed", message=KILLED))
        medium.write_small(MARKER_NAME, marker_text(job.folder, "writing").encode("utf-8"))
        marker_written = True
        if not plan.empty:
            meter.set_phase("clearing")
            assert clear_token is not None
            medium.clear(clear_token)
            log.message = f"cleared {plan.files} files ({plan.bytes} bytes) first; "
        meter.set_phase("writing")
        t_write = time.monotonic()
        items = [
            CopyItem(i.source, f"{tmp}/{i.dest}", i.size, i.expected_sha256) for i in job.items
        ]
        written = write_files(medium, items, meter.tick)
        for name, data in job.root_files.items():
            medium.write_small(name, data)
            written[name] = hashlib.sha256(data).hexdigest()
            meter.tick(len(data), name)
        write_seconds = time.monotonic() - t_write
        meter.set_phase("reading back")
        t_read = time.monotonic()
        back = read_back(medium, written, meter.tick)
        read_seconds = time.monotonic() - t_read
        if back.mismatched:
            raise ReadBackFailed(
                f"what was read back from the medium at {where} differs from what was written "
                f"({', '.join(back.mismatched[:5])}): the medium is faulty. Use another medium."
            )
        meter.set_phase("verifying")
        ok, summary = job.verify(medium, tmp)
        if not ok:
            raise CopyNotVerified(f"the copy on the medium at {where} did not verify:\n{summary}")
        if job.reports is not None:
            _write_reports(medium, job.reports(), where)
        medium.remove(MARKER_NAME)
        medium.fsync_dir()
        medium.sync()
        medium.check_present()
        meter.set_phase("done")
    except ExportError as e:
        _fail(medium, job, log, e, marker_written, catalog, t0)
        raise
    except OSError as e:
        err = medium_error(e, where, f"{meter.phase}")
        _fail(medium, job, log, err, marker_written, catalog, t0)
        raise err from e
    finally:
        if medium is not None:
            medium.close()
    notes = []
    if back.cold_files < back.files:
        notes.append(
            f"{back.files - back.cold_files} of {back.files} files could not be confirmed to be "
            "read from the medium rather than from memory"
        )
    result = ExportResult(
        kind=job.kind,
        package=str(job.package),
        mountpoint=where,
        folder=job.folder,
        files=back.files,
        bytes=back.bytes,
        seconds=time.monotonic() - t0,
        write_seconds=write_seconds,
        read_seconds=read_seconds,
        verified=True,
        verification=summary,
        cold_files=back.cold_files,
        cleared_files=plan.files,
        checksum=job.checksum,
        notes=notes,
    )
    if catalog is not None:
        log.outcome, log.bytes, log.seconds = "done", total, result.seconds
        log.message += summary
        log.checksum = job.checksum
        result.register_id = store_media_write(catalog, log)
    return result


def _write_reports(medium: Medium, reports: dict[str, bytes], where: str) -> None:
    """The verification report beside the copy, read back like every other file."""
    written = {}
    for name, data in reports.items():
        medium.write_small(name, data)
        written[name] = hashlib.sha256(data).hexdigest()
    back = read_back(medium, written, lambda _n, _rel: None)
    if back.mismatched:
        raise ReadBackFailed(
            f"the verification report read back from the medium at {where} differs from what "
            "was written: the medium is faulty. Use another medium."
        )


def _fail(
    medium: Medium | None,
    job: MediumJob,
    log: MediaWrite,
    err: ExportError,
    marker_written: bool,
    catalog: Catalog | None,
    t0: float,
) -> None:
    if medium is not None and isinstance(err, (SourceDamaged, CopyNotVerified)):
        # not the verified package (or not all of it): nothing of it stays on the medium
        shutil.rmtree(medium.real_path(job.folder), ignore_errors=True)
    if medium is not None and marker_written:
        try:  # best effort: the medium may be gone
            text = "\n" + marker_text(job.folder, err.code, str(err))
            medium.write_small(MARKER_NAME, text.encode("utf-8"), append=True)
        except OSError:
            pass
    if catalog is not None:
        log.outcome = "cancelled" if err.code == "cancelled" else "failed"
        log.code, log.message = err.code, log.message + str(err)
        log.seconds = time.monotonic() - t0
        store_media_write(catalog, log)
