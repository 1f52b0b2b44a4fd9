"""Write a participant's copy onto a medium: build it, write it, read it back, log it.

The copy is built by :mod:`app.copies.participant` in a temporary folder on the station (removed
afterwards), then written with the same steps as the case-file copy
(:func:`app.copies.case_file.write_to_medium`): clear after confirmation, marker first, fsync, read
back with cached pages dropped, and a check of every file against ``SHA256SUMS.txt`` on the medium.
When the copy answers a registered application, the register records what was issued, on which
medium and when (p. 34–35); the SHA-256 of ``SHA256SUMS.txt`` names exactly what was issued.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.catalog.store import Catalog
from app.copies.case_file import (
    ExportResult,
    MediumJob,
    check_package,
    read_bag_info,
    verified_package,
    write_to_medium,
)
from app.copies.media import volume_at
from app.copies.medium import ExportError, Medium, SourceDamaged
from app.copies.medium_io import CopyItem
from app.copies.medium_report import participant_copy_reports
from app.copies.participant import build_participant_copy
from app.copies.progress import CancelToken, Progress, ProgressMeter
from app.copies.register import issue
from app.copies.write_log import MediaWrite, log_media_write
from app.evidence.binding import Registry
from app.evidence.gate import WITHOUT_ROOTS
from app.evidence.pin import PinError, snapshot
from audio.pcm import file_sha256


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
    pkg = check_package(package)
    info = read_bag_info(pkg)
    folder = copy_folder_name(info)
    refusal = MediaWrite(
        kind="participant",
        package=str(pkg),
        outcome="failed",
        hearing_id=info.get("Hearing-Id"),
        case_number=info.get("Case-Number", ""),
        medium=str(mountpoint),
        application_id=application_id,
        operator=operator,
    )
    cleared = verified_package(pkg, "copied for a participant", ca_file, refusal, catalog, registry)
    stage_root = Path(tempfile.mkdtemp(prefix="zhazba-participant-", dir=work_dir))
    try:
        try:  # made from a private copy of exactly what was verified (app/evidence/pin.py)
            verified = snapshot(pkg, cleared.pinned, stage_root / "verified" / pkg.name)
        except PinError as e:
            raise SourceDamaged(
                f"{pkg.name} changed after it was verified ({e}), so no copy was made. Tell the "
                "court administrator: someone is altering the station's files."
            ) from e
        meter: list[ProgressMeter] = []

        def preparing(done: int, total: int) -> None:
            if not meter:
                meter.append(ProgressMeter(total, progress, cancel))
                meter[0].set_phase("preparing")
            meter[0].tick(done - meter[0].done, "audio")

        try:
            copy = build_participant_copy(verified, stage_root / folder, lang, preparing)
        except ExportError as e:  # a closed hearing, or cancelled: nothing reached the medium
            if catalog is not None:
                log_media_write(
                    catalog,
                    MediaWrite(
                        kind="participant",
                        package=str(pkg),
                        hearing_id=info.get("Hearing-Id"),
                        case_number=info.get("Case-Number", ""),
                        medium=str(mountpoint),
                        outcome="cancelled" if e.code == "cancelled" else "failed",
                        code=e.code,
                        message=str(e),
                        application_id=application_id,
                        operator=operator,
                    ),
                )
            raise
        items = [
            CopyItem(copy.folder / rel, rel, (copy.folder / rel).stat().st_size, digest)
            for rel, digest in sorted(copy.files.items())
        ]

        def verify(medium: Medium, written: str) -> tuple[bool, str]:
            root = medium.real_path(written)
            bad = [rel for rel, h in copy.files.items() if file_sha256(root / rel) != h]
            if bad:
                return False, "files differ from SHA256SUMS.txt: " + ", ".join(bad[:5])
            closed = (
                f", {len(copy.closed_spans)} closed part(s) silenced" if copy.closed_spans else ""
            )
            return True, (
                f"participant copy of {copy.seconds:.0f} s, {copy.channels} microphones, "
                f"{copy.markers} markers{closed}; every file matches SHA256SUMS.txt "
                f"(sha256 {copy.checksum})"
            )

        job = MediumJob(
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
            reports=lambda: participant_copy_reports(
                cleared.report,
                lang,
                folder=folder,
                medium=str(mountpoint),
                files=len(copy.files),
                checksum=copy.checksum,
                allowed=frozenset() if ca_file else WITHOUT_ROOTS,
            ),
        )
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
    finally:
        shutil.rmtree(stage_root, ignore_errors=True)
    if copy.closed_spans:
        result.notes.append(f"{len(copy.closed_spans)} closed part(s) of the hearing are silenced")
    if catalog is not None and application_id is not None:
        vol = volume_at(mountpoint)
        name = f"{vol.label or vol.device} ({vol.fstype}) at " if vol else ""
        medium = f"{name}{mountpoint}"
        issue(
            catalog,
            application_id,
            f"audio copy {folder} (SHA256SUMS.txt sha256 {copy.checksum})",
            medium,
        )
    return result
