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

from dataclasses import dataclass
from pathlib import Path

from app.evidence.bag import read_manifest
from app.evidence.binding import Registry
from app.evidence.verify import VerificationReport, verify_package
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

# Codes accepted when no trusted root is known on this station (and none was given).
WITHOUT_ROOTS = frozenset({"trust_not_checked"})


class PackageRefused(Exception):
    """The package did not verify; ``report`` holds the verdict, ``code`` is "not_verified"."""

    code = "not_verified"

    def __init__(self, message: str, report: VerificationReport | None = None) -> None:
        super().__init__(message)
        self.report = report


@dataclass
class Cleared:
    """A package that passed: its report and the files that may leave (payload first)."""

    report: VerificationReport
    files: list[str]
    trust_confirmed: bool


def require_verified(
    package: str | Path,
    action: str,
    ca_file: str | Path | None = None,
    registry: Registry | None = None,
) -> Cleared:
    """Verify ``package`` in full before ``action`` ("uploaded to the archive", …); refuse if not.

    The refusal's message is one line for the person (what and what to do) followed by the
    problems of the verdict.
    """
    root = Path(package)
    report = verify_package(root, ca_file, registry)
    allowed = WITHOUT_ROOTS if ca_file is None else frozenset()
    failed = sorted(report.codes() - allowed)
    if report.name_mismatch:
        failed.append("package_name_mismatch")
    if failed:
        problems = [str(p.message) for p in report.problems]
        if report.signature is not None:
            problems += [str(p) for p in report.signature.problems or []]
        if report.name_mismatch:
            problems.append(report.name_mismatch)
        shown = "\n".join(f"  - {p}" for p in problems[:8])
        more = f"\n  … and {len(problems) - 8} more" if len(problems) > 8 else ""
        raise PackageRefused(
            f"{root.name} did NOT verify, so it is not {action}. Nothing was copied. Run "
            f"`zhazba verify {root}` for the full report and tell the court administrator.\n"
            f"{shown}{more}",
            report,
        )
    return Cleared(report, listed_files(root), ca_file is not None)


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
