"""Write a participant's copy onto a medium: build it, write it, read it back, log it.

The copy is built by :mod:`app.copies.participant` in a temporary folder on the station (removed
afterwards), then written with the same steps as the case-file copy
(:func:`app.copies.medium_write.write_to_medium`): clear after confirmation, marker first, fsync,
read back with cached pages dropped, and a check of every file against ``SHA256SUMS.txt`` on the
medium.
When the copy answers a registered application, the register records what was issued, on which
medium and when (p. 34–35); the SHA-256 of ``SHA256SUMS.txt`` names exactly what was issued.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from app.catalog.store import Catalog
from app.copies.case_file import check_package, read_bag_info, refusal_log, verified_package
from app.copies.media import volume_at
from app.copies.medium import ExportError, Medium, SourceDamaged
from app.copies.medium_io import CopyItem
from app.copies.medium_report import copy_reports
from app.copies.medium_write import ExportResult, MediumJob, WriteOptions, write_to_medium
from app.copies.participant import ParticipantCopy, build_participant_copy
from app.copies.progress import CancelToken, Progress, ProgressMeter
from app.copies.register import issue
from app.copies.write_log import MediaWrite, log_media_write
from app.evidence.binding import Registry
from app.evidence.gate import WITHOUT_ROOTS, Cleared
from app.evidence.pin import PinError, snapshot
from audio.pcm import file_sha256
from audio.text import QT_TRANSLATE_NOOP, msg

_m = partial(msg, "Copies")
COPIED = _m(QT_TRANSLATE_NOOP("Copies", "copied for a participant"))
CHANGED_AFTER = QT_TRANSLATE_NOOP(
    "Copies",
    "{package} changed after it was verified ({why}), so no copy was made. Tell the court "
    "administrator: someone is altering the station's files.",
)
FILES_DIFFER = QT_TRANSLATE_NOOP("Copies", "files differ from SHA256SUMS.txt: {files}")


def copy_folder_name(info: dict[str, str]) -> str:
    from app.hearing.details import case_slug

    return f"{case_slug(info.get('Case-Number', 'case'))}_{info.get('Hearing-Date', '')}-copy"


def export_participant_copy(
    package: str | Path,
    mountpoint: str | Path,
    *,
    clear_token: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    catalog: Catalog | None = None,
    application_id: int | None = None,
    operator: str = "",
    lang: str = "kk",
    work_dir: str | Path | None = None,
    require_mount: bool = True,
    ca_file: str | Path | None = None,
    registry: Registry | None = None,
) -> ExportResult:
    """Verify the package, build the participant's copy from what was verified, write it onto
    the medium at ``mountpoint`` and check it there; record the issue when it answers an
    application."""
    pkg = check_package(package)
    info = read_bag_info(pkg)
    folder = copy_folder_name(info)
    refusal = refusal_log("participant", pkg, info, mountpoint, operator, application_id)
    cleared = verified_package(pkg, COPIED, ca_file, refusal, catalog, registry)
    stage_root = Path(tempfile.mkdtemp(prefix="zhazba-participant-", dir=work_dir))
    try:
        copy = _build(pkg, cleared, stage_root, folder, lang, progress, cancel, catalog, refusal)
        job = _participant_job(pkg, info, copy, folder, application_id)
        job.reports = lambda: copy_reports(
            "participant",
            cleared.report,
            lang,
            folder=folder,
            medium=str(mountpoint),
            files=len(copy.files),
            checksum=copy.checksum,
            allowed=frozenset() if ca_file else WITHOUT_ROOTS,
        )
        options = WriteOptions(clear_token, progress, cancel, catalog, operator, require_mount)
        result = write_to_medium(job, mountpoint, options)
    finally:
        shutil.rmtree(stage_root, ignore_errors=True)
    if copy.closed_spans:
        result.notes.append(f"{len(copy.closed_spans)} closed part(s) of the hearing are silenced")
    if catalog is not None and application_id is not None:
        _record_issue(catalog, application_id, mountpoint, folder, copy.checksum)
    return result


def _build(
    pkg: Path,
    cleared: Cleared,
    stage_root: Path,
    folder: str,
    lang: str,
    progress: Callable[[Progress], None] | None,
    cancel: CancelToken | None,
    catalog: Catalog | None,
    refusal: MediaWrite,
) -> ParticipantCopy:
    """The copy, made in ``stage_root`` from a private snapshot of exactly what was verified
    (app/evidence/pin.py); a refusal (a closed hearing, a cancel) is logged."""
    try:
        verified = snapshot(pkg, cleared.pinned, stage_root / "verified" / pkg.name)
    except PinError as e:
        raise SourceDamaged(_m(CHANGED_AFTER, package=pkg.name, why=str(e))) from e
    meter: list[ProgressMeter] = []

    def preparing(done: int, total: int) -> None:
        if not meter:
            meter.append(ProgressMeter(total, progress, cancel))
            meter[0].set_phase("preparing")
        meter[0].tick(done - meter[0].done, "audio")

    try:
        return build_participant_copy(verified, stage_root / folder, lang, preparing)
    except ExportError as e:  # a closed hearing, or cancelled: nothing reached the medium
        if catalog is not None:
            outcome = "cancelled" if e.code == "cancelled" else "failed"
            log_media_write(catalog, replace(refusal, outcome=outcome, code=e.code, message=str(e)))
        raise


def _participant_job(
    pkg: Path, info: dict[str, str], copy: ParticipantCopy, folder: str, application_id: int | None
) -> MediumJob:
    """The participant's copy as a job, checked on the medium against its own checksum list."""
    items = [
        CopyItem(copy.folder / rel, rel, (copy.folder / rel).stat().st_size, digest)
        for rel, digest in sorted(copy.files.items())
    ]

    def verify(medium: Medium, written: str) -> tuple[bool, str]:
        root = medium.real_path(written)
        bad = [rel for rel, h in copy.files.items() if file_sha256(root / rel) != h]
        if bad:
            return False, _m(FILES_DIFFER, files=", ".join(bad[:5]))
        counts = dict(seconds=copy.seconds, channels=copy.channels, markers=copy.markers,
                      checksum=copy.checksum)  # fmt: skip
        if copy.closed_spans:
            return True, _m(QT_TRANSLATE_NOOP(
                "Copies", "participant copy of {seconds:.0f} s, {channels} microphones, {markers} "
                "markers, {closed} closed part(s) silenced; every file matches SHA256SUMS.txt "
                "(sha256 {checksum})"), closed=len(copy.closed_spans), **counts)  # fmt: skip
        return True, _m(QT_TRANSLATE_NOOP(
            "Copies", "participant copy of {seconds:.0f} s, {channels} microphones, {markers} "
            "markers; every file matches SHA256SUMS.txt (sha256 {checksum})"),
            **counts)  # fmt: skip

    return MediumJob(
        kind="participant",
        package=pkg,
        folder=folder,
        items=items,
        root_files={},
        verify=verify,
        hearing_id=info.get("Hearing-Id") or None,
        case_number=info.get("Case-Number", ""),
        application_id=application_id,
        checksum=copy.checksum,
    )


def _record_issue(
    catalog: Catalog, application_id: int, mountpoint: str | Path, folder: str, checksum: str
) -> None:
    """The copy register records what was issued, on which medium (p. 34–35)."""
    vol = volume_at(mountpoint)
    name = f"{vol.label or vol.device} ({vol.fstype}) at " if vol else ""
    medium = f"{name}{mountpoint}"
    issue(
        catalog, application_id, f"audio copy {folder} (SHA256SUMS.txt sha256 {checksum})", medium
    )
