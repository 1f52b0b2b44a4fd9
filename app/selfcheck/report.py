"""A self-check run, its history, and the signed report for the court administrator.

:class:`SelfCheckRun` is one run: when, who ran it, which kind (technician's self-check,
pre-hearing, station start), the settings checked and the per-check results. The history sits
behind the small :class:`SelfCheckHistory` protocol with two implementations:
:class:`CatalogSelfCheckHistory` keeps runs in the station catalog (``selfchecks`` table through
:mod:`app.catalog.registers`) and :class:`JsonlSelfCheckHistory` in a JSON Lines file in the
station folder (one fsynced line per run); :func:`open_history` picks the catalog whenever the
station has one. :func:`export_signed_report` writes the run as JSON and as plain text and signs
each file with a detached CAdES-BES signature (``.p7s``) made by the open key through
:mod:`signing.cades`, the same signer that seals hearings, so ``openssl cms -verify`` checks it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from audio.durable import write_atomically
from audio.selfcheck import CheckResult, Verdict, worst
from audio.text import QT_TRANSLATE_NOOP, msg
from signing.keys import OpenedKey, Signer, check_fit_to_sign

TITLES = {
    "input_device": QT_TRANSLATE_NOOP("SelfCheckWindow", "Input device"),
    "input_settings": QT_TRANSLATE_NOOP("SelfCheckWindow", "Channels and sample rate"),
    "test_recording": QT_TRANSLATE_NOOP("SelfCheckWindow", "Test recording"),
    "signal_present": QT_TRANSLATE_NOOP("SelfCheckWindow", "Signal on every channel"),
    "noise_floor": QT_TRANSLATE_NOOP("SelfCheckWindow", "Noise floor"),
    "clipping": QT_TRANSLATE_NOOP("SelfCheckWindow", "Clipping"),
    "dc_offset": QT_TRANSLATE_NOOP("SelfCheckWindow", "DC offset"),
    "loopback": QT_TRANSLATE_NOOP("SelfCheckWindow", "Loopback tone"),
    "output_device": QT_TRANSLATE_NOOP("SelfCheckWindow", "Headphone output"),
    "disk_space": QT_TRANSLATE_NOOP("SelfCheckWindow", "Free disk space"),
    "write_speed": QT_TRANSLATE_NOOP("SelfCheckWindow", "Write speed"),
    "clock": QT_TRANSLATE_NOOP("SelfCheckWindow", "System clock"),
    "certificate": QT_TRANSLATE_NOOP("SelfCheckWindow", "Signing certificate"),
    "archive": QT_TRANSLATE_NOOP("SelfCheckWindow", "Archive server"),
    "media": QT_TRANSLATE_NOOP("SelfCheckWindow", "Removable media"),
    "mirror": QT_TRANSLATE_NOOP("SelfCheckWindow", "Second copy"),
    "guided": QT_TRANSLATE_NOOP("SelfCheckWindow", "Microphone test"),
}
MARK = {"pass": "PASS", "warn": "WARN", "fail": "FAIL"}
# the verdicts in words, as the window says them (the command line's in Kazakh or Russian)
VERDICT_WORDS = {
    "pass": QT_TRANSLATE_NOOP("SelfCheckWindow", "Passed"),
    "warn": QT_TRANSLATE_NOOP("SelfCheckWindow", "Warning"),
    "fail": QT_TRANSLATE_NOOP("SelfCheckWindow", "Failed"),
}


def title(check: str) -> str:
    """The check's name (a translatable message; its English text in the plain-text report)."""
    if check.startswith("microphone_"):
        return msg("SelfCheckWindow", QT_TRANSLATE_NOOP("SelfCheckWindow", "Microphone {n}"),
                   n=check.split("_", 1)[1])  # fmt: skip
    known = TITLES.get(check)
    return msg("SelfCheckWindow", known) if known else check.replace("_", " ").capitalize()


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # as the catalog writes


@dataclass
class SelfCheckRun:
    """One run of the self-check; ``passed`` means no check failed (warnings allowed)."""

    started_utc: str
    who: str
    kind: str
    settings: dict[str, Any] = field(default_factory=dict)
    results: list[CheckResult] = field(default_factory=list)
    finished_utc: str = ""

    @classmethod
    def begin(cls, who: str, kind: str, settings: dict[str, Any]) -> SelfCheckRun:
        return cls(utc_now(), who, kind, settings)

    def finish(self) -> None:
        self.finished_utc = utc_now()

    @property
    def verdict(self) -> Verdict:
        return worst(self.results)

    @property
    def passed(self) -> bool:
        return self.verdict != "fail"

    def to_json(self) -> dict[str, Any]:
        return {
            "started_utc": self.started_utc, "finished_utc": self.finished_utc,
            "who": self.who, "kind": self.kind, "verdict": self.verdict, "passed": self.passed,
            "settings": self.settings, "results": [r.to_json() for r in self.results],
        }  # fmt: skip

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> SelfCheckRun:
        return cls(
            doc.get("started_utc", ""),
            doc.get("who", ""),
            doc.get("kind", ""),
            dict(doc.get("settings") or {}),
            [CheckResult.from_json(r) for r in doc.get("results") or []],
            doc.get("finished_utc", ""),
        )

    def to_text(self) -> str:
        """The plain-text report a court administrator reads."""
        counts = {v: sum(r.verdict == v for r in self.results) for v in MARK}
        lines = [
            "Zhazba station self-check",
            f"Station:  {self.settings.get('host', '')}",
            f"Run by:   {self.who or 'unknown'} ({self.kind})",
            f"Time:     {self.started_utc} to {self.finished_utc} (UTC)",
            f"Result:   {'PASSED' if self.passed else 'FAILED'} — {counts['pass']} passed, "
            f"{counts['warn']} warnings, {counts['fail']} failed",
            "",
        ]
        for r in self.results:
            lines.append(f"[{MARK[r.verdict]}] {title(r.check)}: {r.message}")
            if r.remedy:
                lines.append(f"       What to do: {r.remedy}")
        return "\n".join(lines) + "\n"


class SelfCheckHistory(Protocol):
    """Where runs are kept; ``recent`` lists the newest first."""

    def add(self, run: SelfCheckRun) -> None: ...

    def recent(self, limit: int = 20) -> list[SelfCheckRun]: ...


class JsonlSelfCheckHistory:
    """Runs as JSON Lines in a file of the station folder, one fsynced line each."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def add(self, run: SelfCheckRun) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(run.to_json(), ensure_ascii=False, sort_keys=True) + "\n"
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())

    def recent(self, limit: int = 20) -> list[SelfCheckRun]:
        if not self.path.exists():
            return []
        runs = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                runs.append(SelfCheckRun.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a power cut: the others still count
        return runs[::-1][:limit]


class CatalogSelfCheckHistory:
    """Runs in the station catalog's ``selfchecks`` table (time, who, passed, results).

    The table holds a list of result dicts; the run's kind and settings travel as one more entry
    of the same shape (check ``"run"``), so every entry reads as a check result.
    """

    RUN_CHECK = "run"

    def __init__(self, catalog: Any) -> None:
        self.catalog = catalog

    def add(self, run: SelfCheckRun) -> None:
        from app.catalog.registers import add_selfcheck

        summary = CheckResult(
            self.RUN_CHECK,
            run.verdict,
            f"{run.kind} by {run.who or 'unknown'}",
            "",
            {"kind": run.kind, "settings": run.settings, "finished_utc": run.finished_utc},
        )
        results = [summary.to_json()] + [r.to_json() for r in run.results]
        add_selfcheck(self.catalog, run.who, results, run.passed, run.started_utc)

    def recent(self, limit: int = 20) -> list[SelfCheckRun]:
        from app.catalog.registers import list_selfchecks

        runs = []
        for entry in list_selfchecks(self.catalog, limit):
            meta: dict[str, Any] = {}
            results = []
            for item in entry.results:
                if item.get("check") == self.RUN_CHECK:
                    meta = dict(item.get("details") or {})
                else:
                    results.append(CheckResult.from_json(item))
            runs.append(
                SelfCheckRun(
                    entry.utc,
                    entry.who,
                    meta.get("kind", ""),
                    meta.get("settings", {}),
                    results,
                    meta.get("finished_utc", ""),
                )
            )
        return runs


def open_history(station: str | Path, catalog: Any = None) -> SelfCheckHistory:
    """The catalog's history when there is a catalog (given, or in the station folder), else the
    JSON Lines file ``selfchecks.jsonl`` in the station folder."""
    if catalog is not None:
        return CatalogSelfCheckHistory(catalog)
    try:
        from app.catalog.store import Catalog
    except ImportError:
        return JsonlSelfCheckHistory(Path(station) / "selfchecks.jsonl")
    return CatalogSelfCheckHistory(Catalog(Path(station) / "catalog.sqlite"))


@dataclass(frozen=True)
class SignedReport:
    json_path: Path
    text_path: Path
    signatures: tuple[Path, Path]
    signer: str


def export_signed_report(run: SelfCheckRun, out: str | Path, signer: Signer) -> SignedReport:
    """Write ``OUT.json`` and ``OUT.txt`` with detached CAdES signatures ``….p7s`` beside them.

    ``out`` may end in ``.json`` or ``.txt`` (the stem is used). Each file is written, fsynced
    and renamed into place before it is signed, so the signature covers exactly what is on disk.
    """
    base = Path(out)
    if base.suffix in (".json", ".txt"):
        base = base.with_suffix("")
    base.parent.mkdir(parents=True, exist_ok=True)
    doc = run.to_json()
    doc["signed_by"] = signer.info.holder
    doc["certificate_serial"] = signer.info.serial
    json_path = base.with_name(base.name + ".json")
    text_path = base.with_name(base.name + ".txt")
    text = run.to_text() + f"\nSigned by {signer.info.holder} (certificate {signer.info.serial})\n"
    paths = []
    for path, data in (
        (json_path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n"),
        (text_path, text),
    ):
        content = data.encode("utf-8")
        write_atomically(path, content)
        sig = path.with_name(path.name + ".p7s")
        write_atomically(sig, signer.sign_detached(content).der)
        paths.append(sig)
    return SignedReport(json_path, text_path, (paths[0], paths[1]), signer.info.holder)


def export_report_with_key(run: SelfCheckRun, out: str | Path, key: OpenedKey) -> SignedReport:
    """Sign with an opened key; :class:`~signing.keys.KeyProblem` if it is not fit to sign."""
    from signing.cades import RsaCadesSigner

    check_fit_to_sign(key)
    return export_signed_report(run, out, RsaCadesSigner(key))


def sign_report_files(paths: list[Path], key: OpenedKey) -> list[Path]:
    """A detached CAdES signature ``<file>.p7s`` beside each written file (the PDF reports),
    by the open key; :class:`~signing.keys.KeyProblem` if it is not fit to sign."""
    from signing.cades import RsaCadesSigner

    check_fit_to_sign(key)
    signer = RsaCadesSigner(key)
    out = []
    for path in paths:
        sig = path.with_name(path.name + ".p7s")
        write_atomically(sig, signer.sign_detached(Path(path).read_bytes()).der)
        out.append(sig)
    return out
