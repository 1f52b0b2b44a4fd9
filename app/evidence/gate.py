"""Nothing leaves the station unproven: the one check before a package is copied or uploaded.

Every path that gives evidence out — the archive upload, the case-file copy, a participant's
copy, a protocol made from a package — first runs the full verification (:mod:`app.evidence.verify`:
signature, trust, manifests, strict BagIt, journal, hearing.json against the journal, audio) and
refuses with the verdict when anything fails. Trust is judged against the roots given (``--ca``,
or the court chain the administrator installed on the station, :mod:`app.trust_store`); only when
no root is known at all does an untrusted signer pass, and the result says so. The folder's name
must be the hearing's id (the archive and the medium name the copy after it). What may then be
copied is exactly the files the manifests list (:func:`listed_files`): links, FIFOs, devices and
unlisted files never reach a medium or the archive.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from app.evidence.binding import Registry
from app.evidence.binding_report import NOT_OPENED_HERE
from app.evidence.manifest import read_manifest
from app.evidence.pin import PinError, Pinned, pin_package, try_pin
from app.evidence.verify import VerificationReport, verify_package
from audio.text import QT_TRANSLATE_NOOP, join, msg
from signing import journal as J
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

# Codes accepted when no trusted root is known on this station (and none was given).
WITHOUT_ROOTS = frozenset({"trust_not_checked"})


class PackageRefused(Exception):
    """The package did not verify; ``report`` holds the verdict, ``code`` is "not_verified"."""

    code = "not_verified"

    def __init__(
        self, message: str, report: VerificationReport | None = None, problems: str = ""
    ) -> None:
        super().__init__(message)
        self.report = report
        self.problems = problems  # the verdict's problems, one "  - …" line each


@dataclass
class Cleared:
    """A package that passed: its report and the files that may leave (payload first)."""

    report: VerificationReport
    files: list[str]
    trust_confirmed: bool
    pinned: Pinned = field(default_factory=Pinned)  # what was verified, held in memory


def require_verified(
    package: str | Path,
    action: str,
    ca_file: str | Path | None = None,
    registry: Registry | None = None,
) -> Cleared:
    """Verify ``package`` in full before ``action`` ("uploaded to the archive", …); refuse if not.

    The refusal's message is one line for the person (what and what to do) followed by the
    problems of the verdict. What passed is pinned (:mod:`app.evidence.pin`): a package whose
    manifests or signature changed while it was verified is refused."""
    root = Path(package)
    before = try_pin(root)
    report = verify_package(root, ca_file, registry)
    refuse_unless_holds(root, report, action, ca_file, registry)
    try:
        after = pin_package(root)
    except PinError as e:
        raise PackageRefused(_g(CHANGED, package=root.name, why=str(e)), report) from e
    if before != after:
        raise PackageRefused(_g(CHANGED, package=root.name, why="—"), report)
    return Cleared(report, after.files(), ca_file is not None, after)


def refuse_unless_holds(
    root: Path,
    report: VerificationReport,
    action: str,
    ca_file: str | Path | None,
    registry: Registry | None,
) -> None:
    """PackageRefused unless ``report`` holds as the gate requires (the same judgement for the
    package on the station and for its copy read back from a medium or the archive)."""
    allowed = WITHOUT_ROOTS if ca_file is None else frozenset()
    failed = sorted(report.codes() - allowed)
    if report.name_mismatch:
        failed.append("package_name_mismatch")
    unbound = (
        registry is not None
        and getattr(registry, "court", False)
        and report.signature is not None
        and report.binding.get("source") != "station"
    )
    if unbound:  # a court station gives out only what its own record vouches for
        failed.append("hearing_not_registered")
    if failed:
        problems: list[str] = [p.message for p in report.problems]
        if report.signature is not None:
            problems += list(report.signature.problems or [])
        if report.name_mismatch:
            problems.append(report.name_mismatch)
        if unbound:
            problems.append(NOT_OPENED_HERE)
        # the problems stay messages (said in the reader's language), one line each
        lines = [msg("", "  - {p}", p=p) for p in problems[:8]]
        if len(problems) > 8:
            lines.append(_g(MORE, n=len(problems) - 8))
        listed = join("\n", lines)
        refusal = _g(
            NOT_VERIFIED, package=root.name, action=action, path=str(root), problems=listed
        )
        raise PackageRefused(refusal, report, listed)


def check_copy(
    copy: Path,
    cleared: Cleared,
    action: str,
    ca_file: str | Path | None,
    registry: Registry | None,
) -> VerificationReport:
    """The copy read back (a medium, the archive): it must verify as the package did, with the
    same station record, and be the very package that was verified (the pinned identity)."""
    report = verify_package(copy, ca_file, registry)
    refuse_unless_holds(copy, report, action, ca_file, registry)
    if try_pin(copy) != cleared.pinned:
        raise PackageRefused(_g(NOT_THE_VERIFIED, copy=str(copy)), report)
    return report


def listed_files(package: Path) -> list[str]:
    """The package's files that its manifests list, the tag files and the signature: payload
    first, the signature last. Anything else in the folder is not part of the evidence."""
    payload = sorted(read_manifest(package / "manifest-sha256.txt").entries)
    tags = sorted(read_manifest(package / SIGNED_FILE).entries)
    return [*payload, *tags, SIGNED_FILE, SIGNATURE_FILE]


def inside(root: Path, name: str) -> Path:
    """``root/name`` when it stays inside ``root`` (no ``..``, no absolute path, no link out);
    ValueError otherwise. For names read from a journal or a manifest."""
    base = root.resolve()
    target = (root / name).resolve()
    if Path(name).is_absolute() or ".." in Path(name).parts or not target.is_relative_to(base):
        raise ValueError(f"{name!r} points outside {root}")
    return target


def sealed_package_of(folder: Path, station: Path | None = None) -> Path | None:
    """The sealed package a document made from ``folder`` must be checked against: ``folder``
    itself when it is one, the package beside a sealed hearing folder, None for a hearing not
    sealed yet. PackageRefused when the hearing was sealed but its package is not there, or
    when its journal's chain does not hold.

    "Sealed" is what the parsed journal says (any ``sealed`` record, however the line was
    written) or what ``station``'s own record says (a court station records every seal: a
    ``sealed`` record cut off the journal is found there)."""
    from signing.seal import package_path_for

    if (folder / "bagit.txt").exists() or (folder / SIGNATURE_FILE).exists():
        return folder
    beside = package_path_for(folder)
    if beside.is_dir():
        return beside
    journal = folder / "journal.jsonl"
    readable = J.read_readable(journal) if journal.exists() else J.Readable()
    sealed = any(r.get("kind") == J.SEALED for r in readable.records)
    if journal.exists():
        chain = J.verify_journal(journal)
        crash_tail = readable.torn and not readable.damaged and chain.first_bad_line is not None
        if not chain.ok and not (crash_tail and chain.records == len(readable.records)):
            raise PackageRefused(_g(BROKEN_CHAIN, folder=folder.name, why=chain.problem))
    if sealed or _station_says_sealed(folder, readable.records, station):
        raise PackageRefused(_g(SEALED_NO_PACKAGE, folder=folder.name, package=beside.name))
    return None


def _station_says_sealed(folder: Path, records: list[dict[str, Any]], station: Path | None) -> bool:
    """Whether a court station's record holds a seal of this hearing (by its folder name, the
    id its journal opens, or the id its hearing.json gives). PackageRefused when the record
    cannot be read: whether it was sealed is then not known."""
    from app.evidence.register import RegisterError, court_mode, said, station_record

    if station is None or not court_mode(station):
        return False
    ids = {folder.name}
    for r in records:
        if r.get("kind") == J.HEARING_OPENED:
            ids.add(str(((r.get("data") or {}).get("hearing") or {}).get("id") or ""))
    try:
        doc = json.loads((folder / "hearing.json").read_text(encoding="utf-8"))
        ids.add(str(doc.get("id") or "") if isinstance(doc, dict) else "")
    except (OSError, ValueError):
        pass
    try:
        return any(station_record(station, i).sealed_by for i in ids - {""})
    except RegisterError as e:
        raise PackageRefused(_g(RECORD_UNREADABLE, folder=folder.name, why=said(e))) from e


_g = partial(msg, "Evidence")
BROKEN_CHAIN = QT_TRANSLATE_NOOP(
    "Evidence",
    "the journal of {folder} does not hold ({why}), so no document is made from it. Make the "
    "document from the sealed package and tell the court administrator.",
)
SEALED_NO_PACKAGE = QT_TRANSLATE_NOOP(
    "Evidence",
    "{folder} was sealed, but its package {package} is not beside it, so what the folder holds "
    "cannot be checked against the seal. Make the document from the sealed package.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "Evidence",
    "{package} changed while it was being verified ({why}), so nothing was copied. Tell the "
    "court administrator: someone is altering the station's files.",
)
NOT_THE_VERIFIED = QT_TRANSLATE_NOOP(
    "Evidence",
    "the copy at {copy} is not the package that was verified (its manifests or signature "
    "differ), so it was removed. Tell the court administrator: someone is altering the "
    "station's files.",
)
NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Evidence",
    "{package} did NOT verify, so it is not {action}. Nothing was copied. Run `zhazba verify "
    "{path}` for the full report and tell the court administrator.\n{problems}",
)
MORE = QT_TRANSLATE_NOOP("Evidence", "  … and {n} more")
RECORD_UNREADABLE = QT_TRANSLATE_NOOP(
    "Evidence",
    "whether {folder} was sealed cannot be told: {why}",
)


def same_as_package(folder: Path, package: Path) -> None:
    """PackageRefused unless every payload file of ``package`` is in ``folder`` unchanged (the
    same file through its hard link, or the same bytes)."""
    from audio.pcm import file_sha256

    changed = []
    for rel in sorted(read_manifest(package / "manifest-sha256.txt").entries):
        name = rel.removeprefix("data/")
        mine, sealed = folder / name, package / rel
        try:
            if not os.path.samefile(mine, sealed) and file_sha256(mine) != file_sha256(sealed):
                changed.append(name)
        except OSError:
            changed.append(name)
    if changed:
        raise PackageRefused(
            f"{folder.name} differs from its sealed package ({', '.join(changed[:3])}), so no "
            "document is made from it. Make the document from the sealed package and tell the "
            "court administrator."
        )
