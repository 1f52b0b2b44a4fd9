"""Writing a sealed package: the BagIt tag files, the payload links, the signature, in place.

:func:`write_package` builds the package in a hidden temporary folder beside its place (payload
files hard-linked, tag files written and fsynced, the tag manifest signed), has the ``bagit``
library check it, fsyncs the tree and renames it into place in one step
(:func:`audio.durable.move_into_place`), then makes its files read-only. What to seal and the
journal's ``sealed`` record are :mod:`signing.seal`'s.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import bagit

from audio.durable import fsync_path, move_into_place, write_atomically
from audio.pcm import file_sha256
from signing import journal as J
from signing.cades import SIGNATURE_FILE, SIGNED_FILE
from signing.keys import Signer, SignOutcome
from signing.seal_checks import SealError

SOFTWARE = "Zhazba 0.1.0 (courtroom recording station)"


def escape_manifest_path(rel: str) -> str:
    """RFC 8493 §2.1.3: percent-encode CR, LF and % in manifest paths."""
    return rel.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def manifest_text(hashes: dict[str, str]) -> str:
    """Lines ``<sha256>  <path>``, sorted: readable by bagit and by ``sha256sum -c``."""
    return "".join(f"{h}  {escape_manifest_path(p)}\n" for p, h in sorted(hashes.items()))


def write_package(
    hearing: Path,
    target: Path,
    hashes: dict[str, str],
    info_text: str,
    signer: Signer,
    tsa_url: str | None,
) -> SignOutcome:
    """Build, check, sign and rename the package of ``hashes`` (payload path → SHA-256)."""
    payload = {f"data/{rel}": h for rel, h in hashes.items()}
    for leftover in target.parent.glob(f".{target.name}.sealing-*"):
        shutil.rmtree(leftover, ignore_errors=True)  # an earlier attempt that was cut short
    tmp = target.with_name(f".{target.name}.sealing-{os.getpid()}")
    try:
        _link_payload(hearing, tmp / "data", list(hashes))
        os.chmod(tmp, 0o750)  # the station's account and its group only (issue #16)
        _write(tmp / "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        _write(tmp / "bag-info.txt", info_text)
        _write(tmp / "manifest-sha256.txt", manifest_text(payload))
        tags = {
            name: file_sha256(tmp / name)
            for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
        }
        _write(tmp / SIGNED_FILE, manifest_text(tags))
        outcome = signer.sign_detached((tmp / SIGNED_FILE).read_bytes(), tsa_url)
        write_atomically(tmp / SIGNATURE_FILE, outcome.der)
        try:
            bagit.Bag(str(tmp)).validate(completeness_only=True)
        except (bagit.BagError, bagit.BagValidationError) as e:
            raise SealError(f"the package did not pass the BagIt check: {e}") from e
        _fsync_tree(tmp)
        move_into_place(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _make_read_only(target)
    return outcome


def bag_info(info: dict[str, Any], records: list[dict[str, Any]], sizes: int, files: int) -> str:
    """``bag-info.txt`` of a hearing whose ``files`` payload files hold ``sizes`` bytes."""
    return bag_info_text(info, _span(records, info), f"{sizes}.{files}")


def _span(records: list[dict[str, Any]], info: dict[str, Any]) -> dict[str, str]:
    started = next((r for r in records if r["kind"] == J.RECORDING_STARTED), None)
    ended = next((r for r in reversed(records) if r["kind"] == J.RECORDING_ENDED), None)
    rate = int(info.get("audio", {}).get("rate") or (started or {}).get("data", {}).get("rate", 0))
    frames = int(ended["data"].get("frames", 0)) if ended else 0
    seconds = frames / rate if rate else 0.0
    return {
        "Hearing-Start-UTC": started["utc"] if started else "",
        "Hearing-End-UTC": ended["utc"] if ended else "",
        "Hearing-Recorded-Duration": f"{int(seconds // 3600):02d}:{int(seconds % 3600 // 60):02d}:"
        f"{seconds % 60:06.3f}",
    }


def bag_info_text(info: dict[str, Any], span: dict[str, str], oxum: str) -> str:
    fields = {
        "Source-Organization": info.get("court", ""),
        "Court": info.get("court", ""),
        "Courtroom": info.get("courtroom", ""),
        "External-Identifier": info.get("case_number", ""),
        "Case-Number": info.get("case_number", ""),
        "Hearing-Id": info.get("id", ""),
        "Hearing-Date": info.get("date", ""),
        "Court-Instance": info.get("instance", ""),
        "Case-Category": info.get("category", ""),
        "Closed-Hearing": "yes" if info.get("closed_hearing") else "no",
        "Judge": info.get("judge", ""),
        "Secretary": info.get("secretary", ""),
        **span,
        "Bagging-Date": dt.date.today().isoformat(),
        "Bag-Software-Agent": SOFTWARE,
        "Payload-Oxum": oxum,
    }
    return "".join(f"{k}: {' '.join(str(v).split())}\n" for k, v in fields.items())


def _link_payload(hearing: Path, data: Path, files: list[str]) -> None:
    for rel in files:
        dst = data / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(hearing / rel, dst)
        except OSError:
            shutil.copy2(hearing / rel, dst)  # no hard links here (another filesystem, FAT)
            with open(dst, "rb+") as f:
                os.fsync(f.fileno())


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _fsync_tree(root: Path) -> None:
    for d in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        fsync_path(d)


def _make_read_only(root: Path) -> None:
    """Files become read-only (they are shared with the hearing folder through hard links)."""
    for p in root.rglob("*"):
        if p.is_file():
            mode = p.stat().st_mode
            p.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
