"""Tamper matrix on a sealed package: every change is detected and named, audio changes located.

One package (recorded with the real recorder when available, timestamped by a local TSA) is made
per module; every case works on a real copy of it. For byte flips the random positions come from
a seeded generator, so a failure is reproducible. For audio, the test decodes the original and
the tampered file with the reference decoder (``flac -d -F``, which decodes through errors) to
find the first sample that changed, and checks that the verifier's report covers that second.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.evidence.report import VerificationReport
from app.evidence.verify import verify_path
from audio.pcm import file_sha256
from signing import journal as J
from signing.cades import SIGNATURE_FILE
from signing.seal import manifest_text, seal_hearing
from tests.support.hearing import make_hearing
from tests.support.pki import TestPKI, shared_pki
from tests.support.sealing import detached_copy, signer_for
from tests.support.tsa import LocalTSA

pytestmark = pytest.mark.reliability

SIGNATURE_CODES = {
    "signature_missing",
    "signature_damaged",
    "signature_embedded_content",
    "signature_unreadable",
    "signature_invalid",
    "signature_content_changed",
    "timestamp_invalid",
    "untrusted_root",
    "certificate_untrusted",
    "signer_mismatch",
    "certificate_issuer_unknown",
}
RATE = 48000


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("tamper")
    pki = shared_pki()
    hearing = make_hearing(tmp / "hearings", seconds=5, segment_seconds=2)
    (hearing / "protocol").mkdir(exist_ok=True)
    (hearing / "protocol" / "protocol-kk.pdf").write_bytes(b"%PDF-1.4\n% brief protocol\n")
    with LocalTSA(pki.tsa) as tsa:
        package = seal_hearing(hearing, signer_for(pki.secretary), tsa.url).package
    chain = pki.write_chain(tmp / "chain.pem")
    report = verify_path(package, chain)
    assert report.ok, report.to_text()
    return {"pki": pki, "package": package, "chain": chain, "hearing": hearing}


def _copy(world: dict, tmp_path: Path) -> Path:
    return detached_copy(world["package"], tmp_path / "pkg.sealed")


def _verify(world: dict, pkg: Path, ca: Path | None = None) -> VerificationReport:
    report = verify_path(pkg, ca or world["chain"])
    assert not report.ok, "tampering went unnoticed"
    text = report.to_text()
    assert "NOT INTACT" in text or "NOT VALID" in text
    json.loads(report.to_json())
    return report


def _flip(path: Path, pos: int) -> None:
    data = bytearray(path.read_bytes())
    data[pos] ^= 0xFF
    path.write_bytes(bytes(data))


def _package_files(world: dict) -> list[str]:
    root = world["package"]
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


# -- one flipped byte in every file -------------------------------------------------------------

EXPECTED_FOR = {
    "bagit.txt": ({"bagit_altered"}, {"bagit_altered"}),
    "bag-info.txt": ({"bag_info_altered"}, {"bag_info_altered"}),
    "manifest-sha256.txt": (
        {"manifest_altered"},
        {"manifest_altered", "manifest_malformed", "file_missing", "file_extra"},
    ),
    "tagmanifest-sha256.txt": (
        {"signature_content_changed"},
        {
            "signature_content_changed",
            "tagmanifest_malformed",
            "tagmanifest_altered",
            "file_missing",
            "bagit_altered",
            "bag_info_altered",
            "manifest_altered",
        },
    ),
    "data/journal.jsonl": (
        {"file_altered", "journal_broken"},
        {"file_altered", "journal_broken", "journal_not_sealed"},
    ),
    "data/hearing.json": ({"file_altered"}, {"file_altered", "hearing_json_unreadable"}),
}


def _expected(rel: str) -> tuple[set[str], set[str]]:
    if rel in EXPECTED_FOR:
        return EXPECTED_FOR[rel]
    if rel.endswith(".peaks"):
        return {"file_altered", "peaks_altered"}, {"file_altered", "peaks_altered"}
    return {"file_altered"}, {"file_altered"}


def test_flip_a_byte_in_every_non_audio_file(world: dict, tmp_path: Path) -> None:
    names = [n for n in _package_files(world) if not n.endswith(".flac") and n != SIGNATURE_FILE]
    assert "data/protocol/protocol-kk.pdf" in names and "data/journal.jsonl" in names
    for rel in names:
        for trial in range(2):
            pkg = tmp_path / f"{rel.replace('/', '_')}-{trial}"
            detached_copy(world["package"], pkg)
            size = (pkg / rel).stat().st_size
            pos = random.Random(f"{rel}/{trial}").randrange(size)
            _flip(pkg / rel, pos)
            report = _verify(world, pkg)
            must, may = _expected(rel)
            codes = report.codes()
            assert must <= codes, f"{rel}@{pos}: {codes}"
            assert codes <= may, f"{rel}@{pos}: wrongly named {codes - may}"
            assert any(rel in p.path or rel in p.message for p in report.problems) or (
                rel == "tagmanifest-sha256.txt"
            )


@pytest.mark.parametrize("trial", range(8))
def test_flip_a_byte_in_the_signature(world: dict, tmp_path: Path, trial: int) -> None:
    pkg = _copy(world, tmp_path)
    size = (pkg / SIGNATURE_FILE).stat().st_size
    pos = random.Random(f"sig/{trial}").randrange(size)
    _flip(pkg / SIGNATURE_FILE, pos)
    codes = _verify(world, pkg).codes()
    assert codes and codes <= SIGNATURE_CODES | {
        "certificate_expired",
        "certificate_not_yet_valid",
    }, f"p7s@{pos}: {codes}"


def _decode_through_errors(path: Path, tmp: Path) -> np.ndarray:
    out = tmp / (path.name + ".raw")
    subprocess.run(
        [
            "flac",
            "-d",
            "-F",
            "-s",
            "-f",
            "--force-raw-format",
            "--endian=little",
            "--sign=signed",
            "-o",
            str(out),
            str(path),
        ],
        capture_output=True,
    )
    if not out.exists():
        return np.zeros((0, 8), "<i2")
    return np.frombuffer(out.read_bytes(), "<i2").reshape(-1, 8)


@pytest.mark.skipif(shutil.which("flac") is None, reason="the flac reference decoder is missing")
@pytest.mark.parametrize("trial", range(9))
def test_flip_a_byte_in_audio_names_the_second(world: dict, tmp_path: Path, trial: int) -> None:
    pkg = _copy(world, tmp_path)
    flacs = sorted(p for p in (pkg / "data" / "audio").glob("*.flac"))
    target = flacs[trial % len(flacs)]
    rel = target.relative_to(pkg / "data").as_posix()
    original = _decode_through_errors(target, tmp_path)
    size = target.stat().st_size
    pos = 20 if trial == 0 else random.Random(f"audio/{trial}").randrange(size // 10, size)
    _flip(target, pos)
    report = _verify(world, pkg)
    codes = report.codes()
    assert "file_altered" in codes and codes & {"audio_altered", "audio_header_altered"}, codes
    assert codes <= {"file_altered", "audio_altered", "audio_header_altered"}, codes
    change = next(c for c in report.audio_changes if c.file == rel)
    tampered = _decode_through_errors(target, tmp_path)
    n = min(len(original), len(tampered))
    differ = np.nonzero((original[:n] != tampered[:n]).any(axis=1))[0]
    if len(differ) == 0 and len(original) == len(tampered):
        # the sound is the same: only the header/metadata changed, or libsndfile refuses it
        assert change.header_only or change.undecodable_from_second is not None, change
        return
    second = int(differ[0]) // RATE if len(differ) else n // RATE
    reported = set(change.changed_seconds)
    if change.undecodable_from_second is not None:
        assert change.undecodable_from_second <= second, (pos, change, second)
    else:
        assert second in reported, (pos, change, second)
    assert change.hearing_times, change


def test_re_encoded_audio_names_exactly_the_changed_second(world: dict, tmp_path: Path) -> None:
    pkg = _copy(world, tmp_path)
    target = pkg / "data" / "audio" / "0002.flac"
    pcm, rate = sf.read(target, dtype="int16", always_2d=True)
    pcm[rate + 1000 : rate + 1100, 3] = 0  # silence a tenth of a second in second 1, channel 4
    sf.write(target, pcm, rate, subtype="PCM_16", format="FLAC")
    report = _verify(world, pkg)
    change = next(c for c in report.audio_changes if c.file == "audio/0002.flac")
    assert change.changed_seconds == [1] and change.undecodable_from_second is None
    first = next(
        r
        for r in J.read_records(pkg / "data" / "journal.jsonl")
        if r["kind"] == J.SEGMENT_OPENED and r["data"]["segment"] == 2
    )["data"]["first_frame"]
    assert change.hearing_times == [f"00:00:{(first + rate) // rate:02d}"]


# -- files deleted, added, renamed --------------------------------------------------------------


def test_delete_add_rename(world: dict, tmp_path: Path) -> None:
    pkg = detached_copy(world["package"], tmp_path / "del")
    (pkg / "data/audio/0002.flac").unlink()
    r = _verify(world, pkg)
    assert {"file_missing", "audio_altered"} <= r.codes()
    assert any("0002.flac" in a.description and a.missing_seconds for a in r.audio_changes)

    pkg = detached_copy(world["package"], tmp_path / "nosig")
    (pkg / SIGNATURE_FILE).unlink()
    assert _verify(world, pkg).codes() == {"signature_missing"}

    pkg = detached_copy(world["package"], tmp_path / "add")
    (pkg / "data/audio/0004.flac").write_bytes((pkg / "data/audio/0001.flac").read_bytes())
    (pkg / "notes.txt").write_text("added later")
    r = _verify(world, pkg)
    assert r.codes() == {"file_extra"}
    assert {p.path for p in r.problems} == {"data/audio/0004.flac", "notes.txt"}
    assert r.files["notes.txt"] == "extra" and r.files["data/journal.jsonl"] == "intact"

    pkg = detached_copy(world["package"], tmp_path / "ren")
    (pkg / "data/protocol/protocol-kk.pdf").rename(pkg / "data/protocol/protocol-ru.pdf")
    r = _verify(world, pkg)
    assert r.codes() == {"file_missing", "file_extra"}

    pkg = detached_copy(world["package"], tmp_path / "swap")
    # segments 1 and 2 of the periodic test tones can be byte-identical; 2 and 3 never are
    a, b = pkg / "data/audio/0002.flac", pkg / "data/audio/0003.flac"
    a.rename(tmp_path / "x")
    b.rename(a)
    (tmp_path / "x").rename(b)
    r = _verify(world, pkg)
    assert {"file_altered", "audio_altered"} <= r.codes()
    assert {c.file for c in r.audio_changes} == {"audio/0002.flac", "audio/0003.flac"}


# -- journal lines edited, deleted, reordered ---------------------------------------------------


def _journal_lines(pkg: Path) -> list[bytes]:
    return (pkg / "data/journal.jsonl").read_bytes().splitlines(keepends=True)


def _rechain(records: list[dict]) -> bytes:
    prev = J.GENESIS
    out = []
    for seq, rec in enumerate(records):
        rec = {**rec, "seq": seq, "prev": prev}
        rec["hash"] = J.record_hash(rec)
        prev = rec["hash"]
        out.append(json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    return ("\n".join(out) + "\n").encode()


@pytest.mark.parametrize("edit", ["edit", "delete", "reorder", "rechain", "rechain_and_manifest"])
def test_journal_edits(world: dict, tmp_path: Path, edit: str) -> None:
    pkg = _copy(world, tmp_path)
    journal = pkg / "data/journal.jsonl"
    lines = _journal_lines(pkg)
    if edit == "edit":
        lines[1] = lines[1].replace(b'"tones"', b'"pulse"')
        journal.write_bytes(b"".join(lines))
    elif edit == "delete":
        journal.write_bytes(b"".join(lines[:3] + lines[4:]))
    elif edit == "reorder":
        lines[3], lines[4] = lines[4], lines[3]
        journal.write_bytes(b"".join(lines))
    else:  # a careful forger: change an event, then recompute every hash in the chain
        records = [json.loads(x) for x in lines]
        records[1]["data"]["source"] = "pulse"
        journal.write_bytes(_rechain(records))
        if edit == "rechain_and_manifest":
            manifest = pkg / "manifest-sha256.txt"
            text = manifest.read_text().replace(
                file_sha256(world["package"] / "data/journal.jsonl"), file_sha256(journal)
            )
            manifest.write_text(text)
            tags = {
                n: file_sha256(pkg / n)
                for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
            }
            (pkg / "tagmanifest-sha256.txt").write_text(manifest_text(tags))
    codes = _verify(world, pkg).codes()
    expected = {
        "edit": {"file_altered", "journal_broken"},
        "delete": {"file_altered", "journal_broken"},
        "reorder": {"file_altered", "journal_broken"},
        "rechain": {"file_altered"},
        "rechain_and_manifest": {"signature_content_changed"},
    }[edit]
    assert codes == expected, codes


# -- signatures: another certificate, untrusted root, expired certificate -----------------------


@pytest.mark.parametrize("who", ["colleague", "stranger"])
def test_re_signed_with_another_certificate(world: dict, tmp_path: Path, who: str) -> None:
    pki: TestPKI = world["pki"]
    pkg = _copy(world, tmp_path)
    signer = signer_for(getattr(pki, who))
    (pkg / SIGNATURE_FILE).write_bytes(
        signer.sign_detached((pkg / "tagmanifest-sha256.txt").read_bytes()).der
    )
    codes = _verify(world, pkg).codes()
    assert "signer_mismatch" in codes
    if who == "stranger":
        assert "untrusted_root" in codes
    assert not codes & {"file_altered", "journal_broken", "signature_invalid"}


def test_untrusted_root(world: dict, tmp_path: Path) -> None:
    other = tmp_path / "other.pem"
    other.write_bytes(world["pki"].other_root.cert_pem())
    report = _verify(world, world["package"], other)
    # the timestamp authority hangs under the same (now untrusted) root
    assert report.codes() == {"untrusted_root", "timestamp_invalid"}
    assert report.signature is not None and report.signature.valid and report.signature.intact


def test_expired_certificate(world: dict, tmp_path: Path) -> None:
    hearing = make_hearing(tmp_path / "h", seconds=1)
    package = seal_hearing(hearing, signer_for(world["pki"].expired)).package
    report = _verify(world, package)
    assert report.codes() == {"certificate_expired"}
    assert "EXPIRED when it signed" in report.to_text()


def test_sixteen_channels_name_the_file_of_the_changed_group(world: dict, tmp_path: Path) -> None:
    hearing = make_hearing(tmp_path / "h16", seconds=3, channels=16, segment_seconds=2)
    package = seal_hearing(hearing, signer_for(world["pki"].secretary)).package
    pkg = detached_copy(package, tmp_path / "pkg16")
    names = sorted(p.name for p in (pkg / "data" / "audio").glob("*.flac"))
    assert {"0001-ch01-08.flac", "0001-ch09-16.flac"} <= set(names)
    target = pkg / "data" / "audio" / "0001-ch09-16.flac"
    pcm, rate = sf.read(target, dtype="int16", always_2d=True)
    pcm[rate + 10, 0] ^= 1  # one sample of channel 9 in second 1
    sf.write(target, pcm, rate, subtype="PCM_16", format="FLAC")
    report = _verify(world, pkg)
    assert [(c.file, c.changed_seconds) for c in report.audio_changes] == [
        ("audio/0001-ch09-16.flac", [1])
    ]
