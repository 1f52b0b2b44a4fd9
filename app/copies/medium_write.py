"""Writing one copy onto a removable medium and proving the medium holds it (Rules p. 12, 33).

Both copies — the case-file copy (:mod:`app.copies.case_file`) and a participant's copy
(:mod:`app.copies.participant_write`) — are a :class:`MediumJob` handed to :func:`write_to_medium`:

1. check the medium: removable, mounted, writable, empty or confirmed for clearing, enough space
   (before anything is deleted);
2. write ``INCOMPLETE-COPY.txt`` first; it is removed last, so a medium pulled out, a full medium,
   a crash or a cancel at any moment leaves a medium that says it is incomplete;
3. clear the medium (p. 33), only with the token of a :func:`~app.copies.medium.plan_clear` the
   person confirmed;
4. write the copy's folder, fsync every file and folder, ``sync``;
5. read every file back from the medium with its cached pages dropped and compare the hashes,
   then let the job check the copy (against the seal, or against its checksum list);
6. write the verification report beside the copy (:mod:`app.copies.medium_report`), read it back;
7. remove the marker.

Every attempt, done or failed, is logged in the catalog (:mod:`app.copies.write_log`) when a
catalog is given; every refusal is a :class:`audio.text.Msg`, said in the reader's language.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from app.catalog.store import Catalog
from app.copies.media import Volume, volume_at
from app.copies.medium import (
    MARKER_NAME,
    ClearPlan,
    ExportError,
    Medium,
    MediumFull,
    MediumNotEmpty,
    ReadBackFailed,
    SourceDamaged,
    medium_error,
    medium_problem,
    plan_clear,
)
from app.copies.medium_io import CopyItem, ReadBack, read_back, write_files
from app.copies.medium_texts import marker_text
from app.copies.progress import CancelToken, Progress, ProgressMeter
from app.copies.write_log import MediaWrite, log_media_write, store_media_write
from audio.text import QT_TRANSLATE_NOOP, msg

FAT_FILE_LIMIT = (4 << 30) - 1
_m = partial(msg, "Copies")
KILLED = _m(
    QT_TRANSLATE_NOOP(
        "Copies",
        "the copy was interrupted (the station stopped, crashed or was killed) before it "
        "finished: the medium holds an incomplete copy (INCOMPLETE-COPY.txt). Write it again.",
    )
)
NOT_REMOVABLE = QT_TRANSLATE_NOOP(
    "Copies",
    "{where} is not a removable medium (USB stick, memory card or disc): the station writes "
    "copies only to removable media, and never clears its own disks.",
)
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Copies",
    "the medium at {where} is not empty. The Rules (p. 33) require clearing it before a copy is "
    "written; confirm the deletion of what is listed below (--clear in the command line).\n"
    "{listing}",
)
TOO_SMALL = QT_TRANSLATE_NOOP(
    "Copies",
    "the medium at {where} is too small: the copy needs {need} MB, the medium has {available} "
    "MB free. Use a larger medium. Nothing was written or deleted.",
)
TOO_SMALL_CLEARED = QT_TRANSLATE_NOOP(
    "Copies",
    "the medium at {where} is too small: the copy needs {need} MB, the medium has {available} "
    "MB once cleared. Use a larger medium. Nothing was written or deleted.",
)
FAT_TOO_BIG = QT_TRANSLATE_NOOP(
    "Copies",
    "{file} is larger than 4 GB, which a FAT medium cannot hold in one file. Use a medium "
    "formatted as exFAT or NTFS.",
)
READ_BACK_DIFFERS = QT_TRANSLATE_NOOP(
    "Copies",
    "what was read back from the medium at {where} differs from what was written ({files}): "
    "the medium is faulty. Use another medium.",
)
REPORT_DIFFERS = QT_TRANSLATE_NOOP(
    "Copies",
    "the verification report read back from the medium at {where} differs from what was "
    "written: the medium is faulty. Use another medium.",
)
COPY_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Copies", "the copy on the medium at {where} did not verify:\n{summary}"
)


class CopyNotVerified(ReadBackFailed):
    """The copy read back from the medium is not the verified package, or does not verify with
    the same station record: it is removed from the medium."""


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


@dataclass
class WriteOptions:
    """How a copy is written: the clearing the person confirmed, progress and cancel, where the
    attempt is logged and by whom, and whether the place must be a mounted removable medium."""

    clear_token: str | None = None
    progress: Callable[[Progress], None] | None = None
    cancel: CancelToken | None = None
    catalog: Catalog | None = None
    operator: str = ""
    require_mount: bool = True


def space_needed(items: list[CopyItem], root_files: dict[str, bytes], unit: int) -> int:
    """Bytes the copy takes on a file system of allocation ``unit``, with room for folders."""

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
    job: MediumJob, mountpoint: str | Path, options: WriteOptions | None = None
) -> ExportResult:
    """Write ``job`` onto the medium at ``mountpoint``, read it back and verify it there."""
    return _Writing(job, mountpoint, options or WriteOptions()).run()


class _Writing:
    """One attempt at writing a job: the steps of :func:`write_to_medium`, sharing its state."""

    def __init__(self, job: MediumJob, mountpoint: str | Path, options: WriteOptions) -> None:
        self.job, self.options = job, options
        self.t0 = time.monotonic()
        self.where = str(mountpoint)
        self.volume: Volume | None = volume_at(mountpoint)
        self.mountpoint = mountpoint
        self.total = sum(i.size for i in job.items) + sum(len(b) for b in job.root_files.values())
        self.meter = ProgressMeter(2 * self.total, options.progress, options.cancel)
        self.log = MediaWrite(
            kind=job.kind,
            package=str(job.package),
            outcome="failed",
            hearing_id=job.hearing_id,
            case_number=job.case_number,
            medium=self.where,
            medium_label=self.volume.label if self.volume else "",
            fstype=self.volume.fstype if self.volume else "",
            folder=job.folder,
            application_id=job.application_id,
            operator=options.operator,
        )
        self.medium: Medium | None = None
        self.marker_written = False

    def run(self) -> ExportResult:
        try:
            plan = self.check()
            self.start(plan)
            written, write_seconds = self.write()
            back, read_seconds, summary = self.prove(written)
        except ExportError as e:
            self.fail(e)
            raise
        except OSError as e:
            err = medium_error(e, self.where, self.meter.phase)
            self.fail(err)
            raise err from e
        finally:
            if self.medium is not None:
                self.medium.close()
        return self.done(plan, back, write_seconds, read_seconds, summary)

    def check(self) -> ClearPlan:
        """The medium may take the copy: nothing is written or deleted before this passes."""
        where = self.where
        if self.options.require_mount and self.volume is None:
            raise ExportError(_m(NOT_REMOVABLE, where=where))
        self.medium = medium = Medium(self.mountpoint, self.options.require_mount)
        self.meter.set_phase("checking")
        if medium.read_only():
            raise medium_problem("read_only", where, "checking")
        plan: ClearPlan = plan_clear(medium.real_path())
        plan.mountpoint = where
        if not plan.empty and self.options.clear_token is None:
            raise MediumNotEmpty(_m(NOT_EMPTY, where=where, listing=plan.describe()))
        free, unit = medium.free_bytes()
        available = free + (sum(-(-e.bytes // unit) * unit for e in plan.entries))
        need = space_needed(self.job.items, self.job.root_files, unit)
        if need > available:
            template = TOO_SMALL if plan.empty else TOO_SMALL_CLEARED
            mb = {"need": f"{need / 1e6:.1f}", "available": f"{available / 1e6:.1f}"}
            raise MediumFull(_m(template, where=where, **mb))
        fat = self.volume is not None and self.volume.fstype in ("vfat", "msdos", "fusefat")
        big = [i.dest for i in self.job.items if i.size > FAT_FILE_LIMIT]
        if fat and big:
            raise MediumFull(_m(FAT_TOO_BIG, file=big[0]))
        return plan

    def start(self, plan: ClearPlan) -> None:
        """Log the attempt, mark the medium incomplete, then clear it when confirmed."""
        assert self.medium is not None
        catalog = self.options.catalog
        if catalog is not None:  # logged before the medium is touched: a kill leaves this entry
            self.log.id = log_media_write(catalog, replace(self.log, code="killed", message=KILLED))
        marker = marker_text(self.job.folder, "writing").encode("utf-8")
        self.medium.write_small(MARKER_NAME, marker)
        self.marker_written = True
        if not plan.empty:
            self.meter.set_phase("clearing")
            assert self.options.clear_token is not None
            self.medium.clear(self.options.clear_token)
            self.log.message = f"cleared {plan.files} files ({plan.bytes} bytes) first; "

    def write(self) -> tuple[dict[str, str], float]:
        """Write the copy's folder (straight under its final name: the marker says it is
        incomplete until the end; a folder renamed on some FAT drivers loses its contents, and
        nothing may change on the medium after it was verified) and the files beside it."""
        assert self.medium is not None
        self.meter.set_phase("writing")
        t_write = time.monotonic()
        folder = self.job.folder
        items = [
            CopyItem(i.source, f"{folder}/{i.dest}", i.size, i.expected_sha256)
            for i in self.job.items
        ]
        written = write_files(self.medium, items, self.meter.tick)
        for name, data in self.job.root_files.items():
            self.medium.write_small(name, data)
            written[name] = hashlib.sha256(data).hexdigest()
            self.meter.tick(len(data), name)
        return written, time.monotonic() - t_write

    def prove(self, written: dict[str, str]) -> tuple[ReadBack, float, str]:
        """Read everything back, verify the copy, write the report, remove the marker."""
        medium, where = self.medium, self.where
        assert medium is not None
        self.meter.set_phase("reading back")
        t_read = time.monotonic()
        back = read_back(medium, written, self.meter.tick)
        read_seconds = time.monotonic() - t_read
        if back.mismatched:
            raise ReadBackFailed(
                _m(READ_BACK_DIFFERS, where=where, files=", ".join(back.mismatched[:5]))
            )
        self.meter.set_phase("verifying")
        ok, summary = self.job.verify(medium, self.job.folder)
        if not ok:
            raise CopyNotVerified(_m(COPY_NOT_VERIFIED, where=where, summary=summary))
        if self.job.reports is not None:
            write_reports(medium, self.job.reports(), where)
        medium.remove(MARKER_NAME)
        medium.fsync_dir()
        medium.sync()
        medium.check_present()
        self.meter.set_phase("done")
        return back, read_seconds, summary

    def done(
        self,
        plan: ClearPlan,
        back: ReadBack,
        write_seconds: float,
        read_seconds: float,
        summary: str,
    ) -> ExportResult:
        """The result, logged as done in the catalog when one is given."""
        notes = []
        if back.cold_files < back.files:
            notes.append(
                f"{back.files - back.cold_files} of {back.files} files could not be confirmed "
                "to be read from the medium rather than from memory"
            )
        job, log = self.job, self.log
        result = ExportResult(
            kind=job.kind,
            package=str(job.package),
            mountpoint=self.where,
            folder=job.folder,
            files=back.files,
            bytes=back.bytes,
            seconds=time.monotonic() - self.t0,
            write_seconds=write_seconds,
            read_seconds=read_seconds,
            verified=True,
            verification=summary,
            cold_files=back.cold_files,
            cleared_files=plan.files,
            checksum=job.checksum,
            notes=notes,
        )
        if self.options.catalog is not None:
            log.outcome, log.bytes, log.seconds = "done", self.total, result.seconds
            log.message += summary
            log.checksum = job.checksum
            result.register_id = store_media_write(self.options.catalog, log)
        return result

    def fail(self, err: ExportError) -> None:
        """Remove what must not stay, say on the medium why it is incomplete, log the failure."""
        medium, job, log = self.medium, self.job, self.log
        if medium is not None and isinstance(err, (SourceDamaged, CopyNotVerified)):
            # not the verified package (or not all of it): nothing of it stays on the medium
            shutil.rmtree(medium.real_path(job.folder), ignore_errors=True)
        if medium is not None and self.marker_written:
            try:  # best effort: the medium may be gone
                text = "\n" + marker_text(job.folder, err.code, str(err))
                medium.write_small(MARKER_NAME, text.encode("utf-8"), append=True)
            except OSError:
                pass
        catalog = self.options.catalog
        if catalog is not None:
            log.outcome = "cancelled" if err.code == "cancelled" else "failed"
            log.code, log.message = err.code, log.message + str(err)
            log.seconds = time.monotonic() - self.t0
            store_media_write(catalog, log)


def write_reports(medium: Medium, reports: dict[str, bytes], where: str) -> None:
    """The verification report beside the copy, read back like every other file."""
    written = {}
    for name, data in reports.items():
        medium.write_small(name, data)
        written[name] = hashlib.sha256(data).hexdigest()
    back = read_back(medium, written, lambda _n, _rel: None)
    if back.mismatched:
        raise ReadBackFailed(_m(REPORT_DIFFERS, where=where))
