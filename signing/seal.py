"""Seal a finished hearing into a signed BagIt package (RFC 8493) next to the hearing folder.

Decision: the package is a *new folder beside the hearing*, ``<hearing>.sealed/``, holding
``bagit.txt``, ``bag-info.txt``, ``manifest-sha256.txt``, ``tagmanifest-sha256.txt``, the
detached signature ``tagmanifest-sha256.txt.p7s`` and ``data/`` (audio, peaks, journal,
hearing.json, protocol). It is built in a hidden temporary folder, fsynced, and renamed into
place in one step, so a failure midway leaves no half-made package and the hearing folder as it
was (at most with its final ``sealed`` record, after which sealing again completes the package;
:func:`pending_hearings` finds such hearings). Sealing again with the same key resumes; with
another key, a ``seal_restarted`` record says so and a fresh ``sealed`` record follows, so the
package's signer is always the one its journal names (one key per seal). Before anything is
journaled, hearing.json must still say what the journal's ``hearing_opened`` record says, and
every file in ``audio/`` must be one the journal names. The payload files are hard links to the
hearing's files (no copy; a copy only where the filesystem has no hard links), read-only.
The manifests are written here, not by ``bagit.make_bag``, because that function re-hashes every
payload file, while the ``segment_closed`` journal records already carry each segment's SHA-256
(and its peaks file's): only files without a journal hash (hearing.json, protocol, the journal)
are hashed now, so the time from "end hearing" to a signed package does not grow with the amount
of audio (only the journal, about one record a second, is read). The ``bagit`` library then
checks the finished bag's structure and completeness. A hearing ended with no key open gets a
``seal_pending`` record and is sealed once a key is opened (:func:`seal_pending`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audio.pcm import file_sha256
from signing import journal as J
from signing.keys import Signer
from signing.seal_checks import (
    SealError,
    journal_names,
    read_hearing_json,
    refuse_changed_identity,
    refuse_unjournaled_audio,
    sealable,
)
from signing.seal_package import bag_info, write_package
from signing.seal_package import manifest_text as manifest_text  # the test kits build packages

PACKAGE_SUFFIX = ".sealed"
SEAL_RESTARTED = "seal_restarted"  # an interrupted seal started over with another key


@dataclass
class SealResult:
    package: Path
    files: int
    payload_bytes: int
    hashes_from_journal: int
    hashed_now: list[str]
    timestamped: bool
    timestamp_problem: str = ""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def package_path_for(hearing: str | Path) -> Path:
    """Where a hearing's sealed package lives: the one place that decides the name."""
    hearing = Path(hearing)
    return hearing.with_name(hearing.name + PACKAGE_SUFFIX)


def _open_journal(hearing: Path) -> J.HearingJournal:
    """Open (and so re-verify, once) the journal for the final record."""
    try:
        return J.HearingJournal(hearing / "journal.jsonl")
    except J.JournalError as e:
        raise SealError(
            f"{e} A damaged hearing is not sealed. Keep the folder as it is and report it to "
            "the court administrator."
        ) from e


_NEEDED_KINDS = (J.HEARING_OPENED, J.RECORDING_STARTED, J.SEGMENT_CLOSED, J.RECORDING_ENDED)


def _essential_records(journal: Path) -> list[dict[str, Any]]:
    """The records sealing needs (start, closed segments, end) and the last one, in order.

    The journal is written canonically (sorted keys, no spaces), so a byte search finds those
    kinds without parsing the ~one checkpoint record per second of audio: parsing only these
    keeps sealing a long hearing as quick as a short one.
    """
    return J.read_records(journal, only=_NEEDED_KINDS, with_last=True)


def is_finished(records: list[dict[str, Any]]) -> bool:
    return any(r["kind"] == J.RECORDING_ENDED for r in records)


def mark_seal_pending(hearing: str | Path, reason: str = "no signing key is open") -> bool:
    """Journal that the hearing waits for a key; False if it already says so or is sealed."""
    hearing = Path(hearing)
    with _open_journal(hearing) as jr:
        records = J.read_records(hearing / "journal.jsonl")
        if records[-1]["kind"] in (J.SEAL_PENDING, J.SEALED):
            return False
        jr.append(J.SEAL_PENDING, {"reason": reason})
    return True


def pending_hearings(root: str | Path) -> list[Path]:
    """Hearings under ``root`` waiting for a key (``seal_pending``), or whose sealing was cut
    short after the ``sealed`` record (the station stopped before the package was renamed)."""
    out = []
    for journal in sorted(Path(root).glob("*/journal.jsonl")):
        records = J.read_records(journal)
        last = records[-1]["kind"] if records else None
        if last == J.SEAL_PENDING or (
            last == J.SEALED and not package_path_for(journal.parent).exists()
        ):
            out.append(journal.parent)
    return out


def _payload_files(hearing: Path) -> list[str]:
    files = []
    for p in sorted(hearing.rglob("*")):
        rel = p.relative_to(hearing).as_posix()
        if p.is_symlink():
            raise SealError(
                f"{rel} in {hearing.name} is a symbolic link; a sealed package holds only real "
                "files. Replace the link with the file itself, then seal again."
            )
        if p.is_file():
            files.append(rel)
        elif not p.is_dir():  # a FIFO or device: reading it could hang or never end
            raise SealError(
                f"{rel} in {hearing.name} is not a regular file (a FIFO, device or socket); a "
                "sealed package holds only real files. Nothing was sealed; report it to the "
                "court administrator."
            )
    return files


def _journal_hashes(records: list[dict[str, Any]]) -> dict[str, tuple[str, int | None]]:
    known: dict[str, tuple[str, int | None]] = {}
    for r in records:
        if r["kind"] != J.SEGMENT_CLOSED:
            continue
        for name, meta in r["data"].get("files", {}).items():
            known[name] = (meta["sha256"], meta.get("bytes"))
        for name, digest in r["data"].get("peaks", {}).items():
            known[name] = (digest, None)
    return known


def seal_hearing(
    hearing: str | Path,
    signer: Signer,
    tsa_url: str | None = None,
    *,
    package: str | Path | None = None,
    journal: J.HearingJournal | None = None,
) -> SealResult:
    """Seal and sign a finished hearing; returns where the package is and what it took.

    ``journal`` is the station's open journal of this hearing, if it has one: using it spares
    re-reading the chain (the one step whose cost grows, slightly, with the hearing's length).
    """
    t0 = time.perf_counter()
    hearing = Path(hearing).resolve()
    if not (hearing / "journal.jsonl").is_file():
        raise SealError(
            f"{hearing} is not a hearing folder (no journal.jsonl). Give the folder the station "
            "recorded the hearing into."
        )
    target = Path(package) if package else package_path_for(hearing)
    if target.exists():
        raise SealError(
            f"{target} already exists: this hearing has been sealed. Check it with "
            f"`zhazba verify {target}`; never seal twice over an existing package."
        )
    own = journal is None
    jr = _open_journal(hearing) if journal is None else journal
    try:
        return _seal(hearing, signer, tsa_url, target, jr, t0)
    finally:
        if own:
            jr.close()


def _seal(
    hearing: Path,
    signer: Signer,
    tsa_url: str | None,
    target: Path,
    jr: J.HearingJournal,
    t0: float,
) -> SealResult:
    payload_files = _payload_files(hearing)  # first: nothing below opens a FIFO or link
    records = _essential_records(hearing / "journal.jsonl")
    if not is_finished(records):
        raise SealError(
            f"the hearing in {hearing.name} has not ended (the journal has no recording_ended "
            "record). End the hearing first, or run `zhazba recover` if the station was stopped."
        )
    info = read_hearing_json(hearing)

    refuse_changed_identity(hearing, info, records)
    known = _journal_hashes(records)
    refuse_unjournaled_audio(hearing)
    hashes, hashed_now, warnings, reused = _hash_payload(hearing, payload_files, known)
    _journal_sealed(jr, records, hashes, signer, target)
    hashes["journal.jsonl"] = file_sha256(hearing / "journal.jsonl")
    hashed_now.append("journal.jsonl")

    sizes = sum((hearing / rel).stat().st_size for rel in hashes)
    tags = bag_info(info, records, sizes, len(hashes))
    outcome = write_package(hearing, target, hashes, tags, signer, tsa_url)
    return SealResult(
        package=target,
        files=len(hashes),
        payload_bytes=sizes,
        hashes_from_journal=reused,
        hashed_now=hashed_now,
        timestamped=outcome.timestamped,
        timestamp_problem=outcome.timestamp_problem,
        warnings=warnings,
        seconds=time.perf_counter() - t0,
    )


def _hash_payload(
    hearing: Path, payload_files: list[str], known: dict[str, tuple[str, int | None]]
) -> tuple[dict[str, str], list[str], list[str], int]:
    """Each payload file's SHA-256 (the journal's when it has one), the files hashed now, the
    warnings (a file changed since the journal hashed it, or missing) and how many were reused."""
    warnings: list[str] = []
    hashes: dict[str, str] = {}
    hashed_now: list[str] = []
    named = journal_names(hearing)
    left_out = [rel for rel in payload_files if not sealable(rel, named)]
    if left_out:  # planted beside the hearing: never sealed as if it were part of it
        payload_files = [rel for rel in payload_files if rel not in left_out]
        warnings.append(
            f"not sealed, as neither the journal nor the station names them: "
            f"{', '.join(left_out[:5])}"
            + (f" and {len(left_out) - 5} more" if len(left_out) > 5 else "")
        )
    reused = 0
    for rel in payload_files:
        if rel == "journal.jsonl":
            continue
        if rel in known:
            digest, size = known[rel]
            actual = (hearing / rel).stat().st_size
            if size is not None and actual != size:
                warnings.append(
                    f"{rel} is {actual} bytes but the journal recorded {size} bytes when the "
                    "segment closed: it was changed afterwards. The package keeps the journal's "
                    "hash, so verification will show the change."
                )
            hashes[rel] = digest
            reused += 1
        else:
            hashes[rel] = file_sha256(hearing / rel)
            hashed_now.append(rel)
    missing = sorted(set(known) - set(hashes))
    if missing:
        warnings.append(f"files named in the journal are missing: {', '.join(missing)}")
    return hashes, hashed_now, warnings, reused


def _journal_sealed(
    jr: J.HearingJournal,
    records: list[dict[str, Any]],
    hashes: dict[str, str],
    signer: Signer,
    target: Path,
) -> None:
    """The ``sealed`` record (after a ``seal_restarted`` one when another key seals now)."""
    last = records[-1]
    if last["kind"] == J.SEALED and last["data"].get("certificate_sha256") not in (
        None,
        signer.info.fingerprint_sha256,
    ):
        # An earlier seal was cut short (killed) after its record, before the package existed,
        # and another key seals now: say so, and seal afresh, so that the package is never
        # signed by one key while its journal names another (one key per seal).
        jr.append(
            SEAL_RESTARTED,
            {
                "reason": "the earlier sealing was interrupted before the package was made; "
                "sealed again with another certificate",
                "previous_signer": last["data"].get("signer"),
                "previous_certificate_sha256": last["data"].get("certificate_sha256"),
                "signer": signer.info.holder,
                "certificate_sha256": signer.info.fingerprint_sha256,
            },
        )
        last = {"kind": SEAL_RESTARTED}
    if last["kind"] != J.SEALED:
        jr.append(
            J.SEALED,
            {
                "files": dict(sorted(hashes.items())),
                "signer": signer.info.holder,
                "certificate_sha256": signer.info.fingerprint_sha256,
                "package": target.name,
            },
        )


def seal_or_mark_pending(
    hearing: str | Path,
    signer: Signer | None,
    tsa_url: str | None = None,
    *,
    journal: J.HearingJournal | None = None,
) -> SealResult | None:
    """What the station does when a hearing ends: seal now, or journal that it waits for a key.

    Pass the hearing's still-open ``journal`` to seal without re-reading its chain.
    """
    if signer is None:
        mark_seal_pending(hearing)
        return None
    return seal_hearing(hearing, signer, tsa_url, journal=journal)


def seal_pending(root: str | Path, signer: Signer, tsa_url: str | None = None) -> list[SealResult]:
    """When a key is opened: seal every hearing under ``root`` that waits for one."""
    return [seal_hearing(h, signer, tsa_url) for h in pending_hearings(root)]
