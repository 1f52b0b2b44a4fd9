"""Verify a sealed package or a hearing folder and say, in plain words, what holds and what not.

For a sealed package (a BagIt bag made by :mod:`signing.seal`) it checks, in order: the detached
signature (:mod:`app.evidence.signature`: valid, signer, signing time, timestamp, trust against
``--ca``); the tag manifest (bagit.txt, bag-info.txt, manifest); every payload file present, no
extra file, every hash; the journal's hash chain; the ``sealed`` record against the manifest and
the signer; every audio segment's hash against its ``segment_closed`` record; and, for audio that
changed, which seconds of which file (:mod:`app.evidence.audio`). A hearing folder that is not
sealed yet gets the journal, segment and per-second checks. :class:`VerificationReport` is the
result (``to_json`` for machines, ``to_text`` for people); ``ok`` only when everything holds.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from app.evidence import bag as B
from app.evidence.anchors import check_anchors
from app.evidence.audio import (
    AudioChange,
    channel_digests_by_file,
    checkpoints_by_file,
    locate_changes,
)
from app.evidence.binding import Registry
from app.evidence.binding_report import anchored_binding, check_binding
from app.evidence.identity import check_identity, identity, identity_lines
from app.evidence.manifest import read_manifest
from app.evidence.names import check_names
from app.evidence.signature import SignatureCheck, check_signature, load_ca_file
from audio.pcm import file_sha256
from audio.text import QT_TRANSLATE_NOOP, Msg, msg
from signing import journal as J
from signing.cades import SIGNATURE_FILE, SIGNED_FILE

TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
KNOWN_TOP = {*TAG_FILES, SIGNED_FILE, SIGNATURE_FILE}


_v = partial(msg, "Verifier")  # a message of the verifier (translation context ``Verifier``)


@dataclass
class Finding:
    """One problem, named for a person (``message``) and for a program (``code``).

    ``message`` is a :class:`audio.text.Msg` when the verifier made it: English as a string,
    translatable in the window."""

    code: str
    message: str
    path: str = ""


@dataclass
class VerificationReport:
    path: str
    kind: str  # "sealed package" or "hearing folder"
    signature: SignatureCheck | None = None
    files_checked: int = 0
    bytes_checked: int = 0
    journal_records: int = 0
    journal_ok: bool = False
    segments_checked: int = 0
    problems: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    audio_changes: list[AudioChange] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # path → intact/altered/missing/extra
    identity: dict[str, Any] = field(default_factory=dict)  # case, hearing, court, date, …
    name_mismatch: str = ""  # why the folder's name is not the hearing's id ("" when it is)
    anchors: dict[str, Any] = field(default_factory=dict)  # app/evidence/anchors.py
    binding: dict[str, Any] = field(default_factory=dict)  # app/evidence/binding.py: checked how
    _hashes: dict[Path, str] = field(default_factory=dict, repr=False)

    def sha256(self, path: Path) -> str:
        """Hash each file once per verification, and count what was read."""
        key = path.resolve()
        if key not in self._hashes:
            self._hashes[key] = file_sha256(path)
            self.files_checked += 1
            self.bytes_checked += path.stat().st_size
        return self._hashes[key]

    @property
    def ok(self) -> bool:
        return not self.problems and (self.signature is None or self.signature.ok)

    def codes(self) -> set[str]:
        """Machine names of everything that failed, the signature's included."""
        out = {p.code for p in self.problems}
        if self.signature is not None:
            out |= set(self.signature.codes or [])
        return out

    def problem(self, code: str, message: str, path: str = "") -> None:
        self.problems.append(Finding(code, message, path))

    def to_json(self) -> str:
        d: dict[str, Any] = {
            "path": self.path,
            "kind": self.kind,
            "ok": self.ok,
            "signature": self.signature.as_dict() if self.signature else None,
            "files_checked": self.files_checked,
            "bytes_checked": self.bytes_checked,
            "journal": {"records": self.journal_records, "chain_ok": self.journal_ok},
            "segments_checked": self.segments_checked,
            "problems": [asdict(p) for p in self.problems],
            "notes": self.notes,
            "audio_changes": [a.as_dict() for a in self.audio_changes],
            "files": self.files,
            "identity": self.identity_summary(),
            "anchors": self.anchors,
            "binding": self.binding,
        }
        return json.dumps(d, ensure_ascii=False, indent=2)

    def identity_summary(self) -> dict[str, Any]:
        """Which hearing this is and who sealed it: what an archivist compares with the case."""
        out = dict(self.identity)
        s = self.signature
        if s is not None:
            out.update(
                signer=s.signer,
                signing_time=s.signing_time,
                timestamp=s.timestamp,
            )
        out["files"] = sum(1 for k in self.files if k.startswith("data/")) or self.files_checked
        return out

    def to_text(self) -> str:
        lines = [f"Verification of the {self.kind} {self.path}", ""]
        if self.identity:
            lines += identity_lines(self.identity_summary())
        if any(n.startswith("SIMULATED") for n in self.notes):  # app/hearing/simulated.py MARK
            lines[1:1] = ["*** SIMULATED — NOT EVIDENCE ***"]
        s = self.signature
        if s is not None:
            lines.append("Signature: " + ("VALID" if s.ok else "NOT VALID"))
            if s.signer:
                lines += [f"  Signed by:     {s.signer} (certificate issued by {s.issuer})"]
                lines += [
                    f"  Certificate:   valid {s.certificate_valid_from} to {s.certificate_valid_to}"
                ]
                lines += [f"  Signing time:  {s.signing_time} ({s.signing_time_source})"]
                stamp = f"{s.timestamp} by {s.timestamp_authority}" if s.timestamp else "none"
                lines += [f"  Timestamp:     {stamp}"]
            lines += [f"  ! {p}" for p in s.problems or []]
            lines += [f"  note: {n}" for n in s.notes or []]
            lines.append("")
        lines.append(f"Files: {self.files_checked} checked ({self.bytes_checked / 1e6:.1f} MB)")
        lines.append(
            f"Journal: {self.journal_records} records, chain "
            + ("intact" if self.journal_ok else "BROKEN")
        )
        lines.append(f"Audio segments checked against the journal: {self.segments_checked}")
        for a in self.audio_changes:
            lines.append(f"  ! {a.description}")
        lines.append("")
        for p in self.problems:
            lines.append(f"PROBLEM: {p.message}")
        for n in self.notes:
            lines.append(f"Note: {n}")
        lines.append("")
        lines.append(
            "RESULT: "
            + (
                "everything holds — the recording is intact and signed."
                if self.ok and self.kind == "sealed package"
                else "everything checked holds."
                if self.ok
                else "NOT INTACT — see the problems above."
            )
        )
        return "\n".join(lines)


def _read_manifest(
    report: VerificationReport, path: Path, malformed: str
) -> tuple[dict[str, str], list[str]]:
    """A manifest's entries; a duplicate entry or a BOM is named as such, any other defect of
    the file as ``malformed`` (its lines, or the file itself, cannot be read)."""
    manifest = read_manifest(path)
    bad: list[str] = []
    for f in manifest.problems:
        if f.code in ("bag_duplicate_entry", "bag_bom"):
            report.problem(f.code, f.message, f.path)
        else:
            bad.append(f.message)
    return manifest.entries, bad


def _outside(report: VerificationReport, root: Path, name: str) -> bool:
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


def _check_listed(report: VerificationReport, root: Path, listing: dict[str, str]) -> None:
    for name, digest in sorted(listing.items()):
        p = root / name
        if _outside(report, root, name):
            continue
        if not p.is_file():
            report.problem("file_missing", _missing(name), name)
            report.files[name] = "missing"
        elif report.sha256(p) != digest:
            report.problem(
                "file_altered",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "{file} was ALTERED: its content no longer matches the hash in the "
                        "manifest.",
                    ),
                    file=name,
                ),
                name,
            )
            report.files[name] = "altered"
        else:
            report.files[name] = "intact"


def _missing(name: str) -> Msg:
    return _v(QT_TRANSLATE_NOOP("Verifier", "{file} is MISSING from the package."), file=name)


def verify_package(
    root: Path, ca_file: str | Path | None = None, registry: Registry | None = None
) -> VerificationReport:
    """``registry``: the station's secretaries and their registered certificates (signer
    binding, :mod:`app.evidence.binding`); without it the signer is not matched to the secretary.
    """
    report = VerificationReport(str(root), "sealed package")
    cas = load_ca_file(ca_file) if ca_file else None
    files, odd = B.walk_entries(root)
    for f in odd:
        report.problem(f.code, f.message, f.path)
        report.files[f.path] = "not a regular file" if f.code == "entry_not_regular" else "extra"
    if any(f.code == "entry_not_regular" for f in odd):
        # a link, FIFO or device could hang or mislead any read: nothing is opened
        report.notes.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the package holds entries that are not regular files, so none of its "
                    "files was read: remove them from a copy and verify again.",
                )
            )
        )
        return report
    report.signature = check_signature(root / SIGNATURE_FILE, root / SIGNED_FILE, cas)
    tags, bad = _read_manifest(report, root / SIGNED_FILE, "tagmanifest_malformed")
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
    for name, digest in tags.items():
        p = root / name
        if _outside(report, root, name):
            continue
        if not p.is_file():
            report.problem("file_missing", _missing(name), name)
            report.files[name] = "missing"
        elif report.sha256(p) != digest:
            code = {"bagit.txt": "bagit_altered", "bag-info.txt": "bag_info_altered"}.get(
                name, "manifest_altered"
            )
            report.problem(
                code,
                _v(QT_TRANSLATE_NOOP("Verifier", "{file} was ALTERED after signing."), file=name),
                name,
            )
            report.files[name] = "altered"
        else:
            report.files[name] = "intact"
    payload, bad = _read_manifest(report, root / "manifest-sha256.txt", "manifest_malformed")
    for b in bad:
        report.problem(
            "manifest_malformed",
            _v(QT_TRANSLATE_NOOP("Verifier", "the manifest is damaged: {problem}."), problem=b),
        )
    _check_listed(report, root, payload)
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
    if report.files.get("bagit.txt") != "altered":  # one defect, one name
        for f in B.check_bagit_txt(root):
            report.problem(f.code, f.message, f.path)
    for f in check_names(root / "data", list(payload), [r for r in files if r[:5] == "data/"]):
        report.problem(f.code, f.message, f.path)
    data = root / "data"
    _check_hearing(report, data, sealed=True, registry=registry)
    return report


def verify_hearing_folder(root: Path) -> VerificationReport:
    report = VerificationReport(str(root), "hearing folder")
    _check_hearing(report, root, sealed=False)
    records = J.read_records(root / "journal.jsonl") if report.journal_ok else []
    if records and records[-1]["kind"] == J.SEALED:
        # the sealing record lists every file's hash: check the ones without a segment record
        for name, digest in sorted(records[-1]["data"].get("files", {}).items()):
            p = root / name
            if not p.is_file():
                report.problem(
                    "file_missing",
                    _v(
                        QT_TRANSLATE_NOOP("Verifier", "{file} is MISSING (it was sealed)."),
                        file=name,
                    ),
                    name,
                )
            elif report.sha256(p) != digest:
                report.problem(
                    "file_altered",
                    _v(
                        QT_TRANSLATE_NOOP("Verifier", "{file} was ALTERED after sealing."),
                        file=name,
                    ),
                    name,
                )
    if report.journal_ok:
        report.notes.append(
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "this is a hearing folder, not a sealed package: there is no signature to "
                    "check. Verify the sealed package (the folder ending in .sealed) for the "
                    "signed proof.",
                )
            )
        )
    return report


def _check_hearing(
    report: VerificationReport, root: Path, sealed: bool, registry: Registry | None = None
) -> None:
    journal = root / "journal.jsonl"
    chain = J.verify_journal(journal)
    report.journal_records, report.journal_ok = chain.records, chain.ok
    if not chain.ok:
        report.problem(
            "journal_broken",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the journal (event log) is NOT intact: {problem}. Records from that line on "
                    "cannot be trusted.",
                ),
                problem=str(chain.problem),
            ),
            "journal.jsonl" if not sealed else "data/journal.jsonl",
        )
    records = _readable_records(journal)
    try:
        info = json.loads((root / "hearing.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        info = {}
        report.problem(
            "hearing_json_unreadable",
            _v(QT_TRANSLATE_NOOP("Verifier", "hearing.json is missing or unreadable.")),
        )
    started = next((r for r in records if r.get("kind") == J.RECORDING_STARTED), None)
    try:
        audio = {
            **(started or {}).get("data", {}),
            **{k: v for k, v in info.get("audio", {}).items() if k in ("rate", "bits")},
        }
        rate, bits = int(audio.get("rate") or 48000), int(audio.get("bits") or 16)
    except (AttributeError, TypeError, ValueError):
        report.problem(
            "hearing_json_unreadable",
            _v(QT_TRANSLATE_NOOP("Verifier", "the audio format in hearing.json is unreadable.")),
        )
        audio, rate, bits = {}, 48000, 16
    if info:
        _check_identity(report, root, info, records, sealed)
    if sealed:
        _check_sealed_record(report, records)
        sig = report.signature
        if sig is not None and sig.signer_subject and info:
            check_binding(report, info, records, registry)
    try:
        checkpoints = checkpoints_by_file(records)
        channel_digests = channel_digests_by_file(records)
    except (KeyError, TypeError, ValueError, AttributeError):
        checkpoints, channel_digests = {}, {}
        report.problem(
            "journal_broken",
            _v(QT_TRANSLATE_NOOP("Verifier", "checkpoint records in the journal are malformed.")),
        )
    for r in records:
        if r.get("kind") != J.SEGMENT_CLOSED:
            continue
        try:
            _check_segment(report, root, r["data"], rate, bits, audio, checkpoints, channel_digests)
        except (KeyError, TypeError, ValueError, AttributeError):
            report.problem(
                "journal_broken",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier",
                        "journal record {seq} (a closed segment) is malformed, so its audio "
                        "cannot be checked.",
                    ),
                    seq=str(r.get("seq")),
                ),
            )


def _check_identity(
    report: VerificationReport,
    root: Path,
    info: dict[str, Any],
    records: list[dict[str, Any]],
    sealed: bool,
) -> None:
    """What the package says it is, and whether its parts agree on it (app.evidence.bag)."""
    package = root.parent if sealed else root
    report.identity = identity(info, records)
    for f in check_identity(package, info, records, sealed):
        if f.code == "package_name_mismatch":
            report.name_mismatch = f.message
            report.notes.append(f.message)
        elif f.code == "bag_info_mismatch" and report.files.get("bag-info.txt") == "altered":
            continue  # already named: bag-info.txt was altered after signing
        elif f.code == "hearing_json_mismatch" and not report.journal_ok:
            continue  # already named: the journal is broken, its records cannot be trusted
        else:
            report.problem(f.code, f.message, f.path)


def _check_segment(
    report: VerificationReport,
    root: Path,
    d: dict[str, Any],
    rate: int,
    bits: int,
    audio: dict[str, Any],
    checkpoints: dict[str, dict[int, tuple[str, int]]],
    channel_digests: dict[str, dict[int, list[str]]] | None = None,
) -> None:
    channel_digests = channel_digests or {}
    for name, meta in d.get("files", {}).items():
        report.segments_checked += 1
        p = root / name
        if _outside(report, root, name):
            continue
        if p.is_file() and report.sha256(p) == meta["sha256"]:
            continue
        change = locate_changes(
            p,
            name,
            int(d["segment"]),
            int(d["first_frame"]),
            rate,
            bits,
            len(meta.get("channels") or []) or int(audio.get("channels", 1)),
            checkpoints.get(name, {}),
            channel_digests.get(name),
            int((meta.get("channels") or [1])[0]),
        )
        report.audio_changes.append(change)
        report.problem(
            "audio_header_altered" if change.header_only else "audio_altered",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "audio segment {file} does not match the hash the journal recorded when it "
                    "closed. {description}",
                ),
                file=name,
                description=change.description,
            ),
            name,
        )
    for name, digest in d.get("peaks", {}).items():
        p = root / name
        if _outside(report, root, name):
            continue
        if not p.is_file() or report.sha256(p) != digest:
            report.problem(
                "peaks_altered",
                _v(
                    QT_TRANSLATE_NOOP(
                        "Verifier", "{file} (level overview) does not match the journal."
                    ),
                    file=name,
                ),
                name,
            )


def _readable_records(journal: Path) -> list[dict[str, Any]]:
    """Every line that still parses, so a damaged journal does not hide the audio checks."""
    return [r for r in J.read_readable(journal).records if isinstance(r.get("data"), dict)]


def _check_sealed_record(report: VerificationReport, records: list[dict[str, Any]]) -> None:
    last = records[-1] if records else {}
    if last.get("kind") != J.SEALED:
        report.problem(
            "journal_not_sealed",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the journal does not end with the sealing record: "
                    "records were removed or added after sealing.",
                )
            ),
            "data/journal.jsonl",
        )
        return
    sig = report.signature
    fp = last["data"].get("certificate_sha256")
    if sig and sig.signer_certificate_sha256 and fp and fp != sig.signer_certificate_sha256:
        report.problem(
            "signer_mismatch",
            _v(
                QT_TRANSLATE_NOOP(
                    "Verifier",
                    "the package is signed by {signer}, but the journal says it was sealed by "
                    "{sealer}: it was RE-SIGNED with another certificate.",
                ),
                signer=sig.signer,
                sealer=str(last["data"].get("signer")),
            ),
        )


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
