"""The checks of a sealed package as sealed: its entries, its manifests and its BagIt form.

:mod:`app.evidence.verify` runs them in this order for a sealed package: every entry a regular
file (:func:`check_entries`; otherwise nothing is read at all); the tag manifest, which the
signature covers, and the tag files it lists (:func:`check_tag_manifest`); the payload manifest,
every payload file present and unchanged, no extra file (:func:`check_payload`); ``bagit.txt``
parsed and every payload name safe (:func:`check_bag_form`). A listed path that leads out of the
package is refused, never read (:func:`outside`, shared with the hearing's segment checks). Each
problem goes into the :class:`app.evidence.report.VerificationReport`, and each file's state into
its ``files``: intact, altered, missing, extra or not a regular file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from app.evidence import bag as B
from app.evidence.manifest import read_manifest
from app.evidence.names import check_names
from app.evidence.report import VerificationReport
from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
KNOWN_TOP = {*TAG_FILES, SIGNED_FILE, SIGNATURE_FILE}

_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)


def check_entries(report: VerificationReport, root: Path) -> list[str] | None:
    """Every regular file of the package (relative POSIX paths); None when an entry is a link,
    FIFO or device, which could hang or mislead any read: then nothing may be opened."""
    files, odd = B.walk_entries(root)
    for f in odd:
        report.problem(f.code, f.message, f.path)
        report.files[f.path] = "not a regular file" if f.code == "entry_not_regular" else "extra"
    if any(f.code == "entry_not_regular" for f in odd):
        report.notes.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the package holds entries that are not regular files, so none of its "
                    "files was read: remove them from a copy and verify again.",
                )
            )
        )
        return None
    return files


def check_tag_manifest(report: VerificationReport, root: Path) -> None:
    """The signed tag manifest: readable, present, listing every tag file, each unchanged."""
    tags, bad = _read_manifest(report, root / SIGNED_FILE)
    for b in bad:
        report.problem(
            "tagmanifest_malformed",
            _v(QT_TRANSLATE_NOOP("Verifier", "the tag manifest is damaged: {problem}."), problem=b),
            SIGNED_FILE,
        )
    if not (root / SIGNED_FILE).exists():
        report.problem(
            "file_missing",
            _v(
                QT_TRANSLATE_NOOP("Verifier", "{file} is MISSING: nothing is signed."),
                file=SIGNED_FILE,
            ),
            SIGNED_FILE,
        )
    for name in TAG_FILES:
        if name not in tags and (root / SIGNED_FILE).exists():
            report.problem(
                "tagmanifest_altered",
                _v(
                    QT_TRANSLATE_NOOP("Verifier", "{file} is not listed in the tag manifest."),
                    file=name,
                ),
            )
    check_listed(report, root, tags.items(), _tag_file_altered)


def _tag_file_altered(name: str) -> tuple[str, Msg]:
    code = {"bagit.txt": "bagit_altered", "bag-info.txt": "bag_info_altered"}.get(
        name, "manifest_altered"
    )
    return code, _v(QT_TRANSLATE_NOOP("Verifier", "{file} was ALTERED after signing."), file=name)


def check_payload(report: VerificationReport, root: Path, files: list[str]) -> dict[str, str]:
    """The payload manifest: readable, every listed file unchanged, no file that it does not
    list; its entries (path → SHA-256)."""
    payload, bad = _read_manifest(report, root / "manifest-sha256.txt")
    for b in bad:
        report.problem(
            "manifest_malformed",
            _v(QT_TRANSLATE_NOOP("Verifier", "the manifest is damaged: {problem}."), problem=b),
        )
    check_listed(report, root, sorted(payload.items()), _payload_file_altered)
    for rel in files:
        if rel not in payload and rel not in KNOWN_TOP:
            report.problem(
                "file_extra",
                _v(
                    QT_TRANSLATE_NOOP("Verifier", "{file} is an EXTRA file that was not sealed."),
                    file=rel,
                ),
                rel,
            )
            report.files[rel] = "extra"
    return payload


def _payload_file_altered(name: str) -> tuple[str, Msg]:
    return "file_altered", _v(
        QT_TRANSLATE_NOOP(
            "Verifier",
            "{file} was ALTERED: its content no longer matches the hash in the manifest.",
        ),
        file=name,
    )


def check_bag_form(
    report: VerificationReport, root: Path, payload: dict[str, str], files: list[str]
) -> None:
    """``bagit.txt`` as BagIt declares it (unless it was altered: one defect, one name), and
    the payload's names against the files (:mod:`app.evidence.names`)."""
    if report.files.get("bagit.txt") != "altered":  # one defect, one name
        for f in B.check_bagit_txt(root):
            report.problem(f.code, f.message, f.path)
    for f in check_names(root / "data", list(payload), [r for r in files if r[:5] == "data/"]):
        report.problem(f.code, f.message, f.path)


def _read_manifest(report: VerificationReport, path: Path) -> tuple[dict[str, str], list[str]]:
    """A manifest's entries; a duplicate entry or a BOM is named as such, any other defect of
    the file is returned in words (its lines, or the file itself, cannot be read)."""
    manifest = read_manifest(path)
    bad: list[str] = []
    for f in manifest.problems:
        if f.code in ("bag_duplicate_entry", "bag_bom"):
            report.problem(f.code, f.message, f.path)
        else:
            bad.append(f.message)
    return manifest.entries, bad


def outside(report: VerificationReport, name: str) -> bool:
    """A listed path that leads out of the package is refused, never read."""
    if B.bad_path(name):
        report.problem(
            "path_outside",
            _v(
                QT_TRANSLATE_NOOP("Verifier", "a listed file points outside the package: {file}."),
                file=name,
            ),
        )
        return True
    return False


def check_listed(
    report: VerificationReport,
    root: Path,
    listing: Iterable[tuple[str, str]],
    altered: Callable[[str], tuple[str, Msg]],
) -> None:
    """Each listed file (path, SHA-256) in the given order: present and unchanged; ``altered``
    names the change of a file (code, message)."""
    for name, digest in listing:
        p = root / name
        if outside(report, name):
            continue
        if not p.is_file():
            report.problem("file_missing", _missing(name), name)
            report.files[name] = "missing"
        elif report.sha256(p) != digest:
            code, message = altered(name)
            report.problem(code, message, name)
            report.files[name] = "altered"
        else:
            report.files[name] = "intact"


def _missing(name: str) -> Msg:
    return _v(QT_TRANSLATE_NOOP("Verifier", "{file} is MISSING from the package."), file=name)
