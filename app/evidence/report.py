"""The verdict of a verification: what was checked, what failed, and how it is told.

:class:`VerificationReport` gathers what the checks find (:mod:`app.evidence.package_checks`,
:mod:`app.evidence.hearing_checks`, the signature, the anchors, the signer binding), each problem
a :class:`Finding` with a machine ``code``; it hashes each file once and counts what it read.
``ok`` only when everything holds. ``to_json`` is for machines, ``to_text`` the English report
for people (:mod:`app.evidence.text` says it in Kazakh and Russian).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.evidence.audio import AudioChange
from app.evidence.identity import identity_lines
from app.evidence.signature import SignatureCheck
from audio.pcm import file_sha256


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
