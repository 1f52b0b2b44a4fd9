"""Copies to real media: loop-mounted ext4 images and FAT images served by fusefat.

A normal medium (with old files that must be listed and cleared first), a FAT one, a too-small
one, a read-only one, one unmounted (``umount -l``) mid-copy, one whose fusefat process is killed
mid-copy, and a cancel. The case-file copy on the medium is checked with ``zhazba verify`` and with
the openssl and sha256sum commands; failed attempts must leave the station's package intact,
the medium marked incomplete, and an entry in the catalog.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.catalog.store import Catalog
from app.cli.commands import main
from app.copies.case_file import export_case_copy
from app.copies.media import MediaPoller, list_volumes
from app.copies.medium import (
    MARKER_NAME,
    ExportCancelled,
    ExportError,
    MediumFull,
    MediumGone,
    MediumNotEmpty,
    MediumReadOnly,
    ReadBackFailed,
    SourceDamaged,
    plan_clear,
)
from app.copies.participant import ClosedHearingRefused
from app.copies.participant_write import export_participant_copy
from app.copies.progress import CancelToken, Progress
from app.copies.register import add_application, register_rows
from app.copies.write_log import list_media_writes
from app.evidence.verify import verify_package
from tests.support.export_hearing import event, sealed_with_markers, speech
from tests.support.media import (
    MountedImage,
    ext4_medium,
    fat_medium,
    fat_unavailable,
    media_unavailable,
)
from tests.support.pki import TestPKI, make_pki
from tests.support.sealing import sealed_package

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(media_unavailable() is not None, reason=str(media_unavailable())),
]
needs_fat = pytest.mark.skipif(fat_unavailable() is not None, reason=str(fat_unavailable()))
R = 48000


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return make_pki()


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    """A hearing recorded by the real recorder (8 channels, 5 s) and sealed."""
    return sealed_package(tmp_path_factory.mktemp("pkg"), pki, seconds=5.0).package


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    return pki.write_chain(tmp_path_factory.mktemp("ca") / "chain.pem")


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    with Catalog(tmp_path / "catalog.sqlite") as c:
        yield c


@pytest.fixture
def media(tmp_path: Path) -> Iterator[list[MountedImage]]:
    made: list[MountedImage] = []
    yield made
    for m in made:
        m.cleanup()


def _openssl_check(folder: Path, chain: Path) -> subprocess.CompletedProcess[str]:
    script = (
        "set -e; openssl cms -verify -binary -purpose any -inform DER -in "
        f"tagmanifest-sha256.txt.p7s -content tagmanifest-sha256.txt -CAfile {chain} "
        "-out /dev/null; sha256sum -c tagmanifest-sha256.txt && sha256sum -c manifest-sha256.txt"
    )
    return subprocess.run(["bash", "-c", script], cwd=folder, capture_output=True, text=True)


def _cli(*argv: str) -> tuple[int, str]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(list(argv))
    return code, buf.getvalue()


def _source_intact(package: Path, chain: Path) -> None:
    report = verify_package(package, chain)
    assert report.ok, report.to_text()


def test_case_copy_clears_after_confirmation_and_verifies(
    tmp_path: Path, package: Path, chain: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "32M", "CASE_1234")
    media.append(m)
    (m.mountpoint / "old-photos").mkdir()
    (m.mountpoint / "old-photos" / "a.jpg").write_bytes(b"x" * 5000)
    (m.mountpoint / "notes.txt").write_text("someone's old file\n")

    vols = {v.mountpoint: v for v in list_volumes(include_loop=True)}
    assert str(m.mountpoint) in vols and vols[str(m.mountpoint)].kind == "loop"
    assert vols[str(m.mountpoint)].fstype == "ext4"
    assert str(m.mountpoint) not in {v.mountpoint for v in list_volumes(include_loop=False)}

    with pytest.raises(MediumNotEmpty) as refused:
        export_case_copy(package, m.mountpoint, catalog=catalog, ca_file=chain)
    assert "old-photos" in str(refused.value) and "notes.txt" in str(refused.value)
    assert (m.mountpoint / "notes.txt").exists()  # nothing deleted without confirmation

    plan = plan_clear(m.mountpoint)
    assert {e.name for e in plan.entries} == {"old-photos", "notes.txt"}
    assert plan.kept == ["lost+found"]
    seen: list[Progress] = []
    result = export_case_copy(
        package,
        m.mountpoint,
        clear_token=plan.token,
        progress=seen.append,
        catalog=catalog,
        ca_file=chain,
    )
    assert result.verified and result.cleared_files == 2
    assert result.cold_files == result.files  # every file was read from the medium, not memory
    assert not (m.mountpoint / "notes.txt").exists() and not (m.mountpoint / MARKER_NAME).exists()
    assert sorted(p.name for p in m.mountpoint.iterdir()) == sorted(
        ["lost+found", package.name, "README-VERIFY.txt", "certificates.pem", "verification-kk.txt"]
    )
    report = (m.mountpoint / "verification-kk.txt").read_text(encoding="utf-8-sig")
    assert "ҚОРЫТЫНДЫ: бәрі сәйкес" in report and str(m.mountpoint / package.name) in report
    phases = [p.phase for p in seen]
    assert phases.index("clearing") < phases.index("writing") < phases.index("reading back")
    assert seen[-1].phase == "done" and seen[-1].done_bytes == seen[-1].total_bytes

    copy = m.mountpoint / package.name
    code, out = _cli("verify", str(copy), "--ca", str(chain))
    assert code == 0, out
    checked = _openssl_check(copy, chain)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Verification successful" in checked.stderr
    writes = list_media_writes(catalog)
    assert [w.outcome for w in writes] == ["done", "failed"]
    assert writes[1].code == "medium_not_empty"
    again = export_case_copy(
        package,
        m.mountpoint,
        clear_token=plan_clear(m.mountpoint).token,
        catalog=catalog,
        ca_file=chain,
    )
    assert any("already written to a medium" in n for n in again.notes)


@needs_fat
def test_case_copy_to_fat_through_fusefat(
    tmp_path: Path, package: Path, chain: Path, media: list[MountedImage]
) -> None:
    m = fat_medium(tmp_path)
    media.append(m)
    vols = {v.mountpoint: v for v in list_volumes(include_loop=True)}
    assert vols[str(m.mountpoint)].fstype == "fusefat"
    result = export_case_copy(package, m.mountpoint, ca_file=chain)
    assert result.verified
    code, out = _cli("verify", str(m.mountpoint / package.name), "--ca", str(chain))
    assert code == 0, out
    checked = _openssl_check(m.mountpoint / package.name, chain)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_too_small_medium_is_refused_before_anything_is_written(
    tmp_path: Path, package: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "2M", "TINY")
    media.append(m)
    with pytest.raises(MediumFull, match="too small"):
        export_case_copy(package, m.mountpoint, catalog=catalog)
    assert sorted(p.name for p in m.mountpoint.iterdir()) == ["lost+found"]
    [w] = list_media_writes(catalog)
    assert (w.outcome, w.code) == ("failed", "medium_full")


def test_read_only_medium(
    tmp_path: Path, package: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "16M", "LOCKED", read_only=True)
    media.append(m)
    with pytest.raises(MediumReadOnly, match="read-only"):
        export_case_copy(package, m.mountpoint, catalog=catalog)
    [w] = list_media_writes(catalog)
    assert (w.outcome, w.code) == ("failed", "medium_read_only")


def _first_write(action) -> object:  # type: ignore[no-untyped-def]
    fired = []

    def progress(p: Progress) -> None:
        if p.phase == "writing" and p.done_bytes > 0 and not fired:
            fired.append(True)
            action()

    return progress


def test_medium_unmounted_mid_copy(
    tmp_path: Path, package: Path, chain: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "32M", "PULLED")
    media.append(m)
    with pytest.raises(MediumGone, match="unmounted or removed"):
        export_case_copy(
            package, m.mountpoint, catalog=catalog, progress=_first_write(m.unmount_lazily)
        )
    assert not m.is_mounted()
    assert list(m.mountpoint.iterdir()) == []  # nothing leaked onto the station's own disk
    _source_intact(package, chain)
    [w] = list_media_writes(catalog)
    assert (w.outcome, w.code) == ("failed", "medium_gone")
    m.remount()
    assert "medium_gone" in (m.mountpoint / MARKER_NAME).read_text()
    assert not verify_package(m.mountpoint / package.name, chain).ok  # a partial copy


def test_medium_filled_up_mid_copy(
    tmp_path: Path, package: Path, chain: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "32M", "FILLED")
    media.append(m)

    def fill() -> None:  # another program takes all the space once the copy has begun
        subprocess.run(
            [
                "fallocate",
                "-l",
                str(shutil.disk_usage(m.mountpoint).free),
                str(m.mountpoint / "filler.bin"),
            ],
            check=False,
        )
        with contextlib.suppress(OSError), open(m.mountpoint / "filler2.bin", "wb") as f:
            while True:  # what fallocate left over
                f.write(b"\0" * 65536)
                f.flush()

    with pytest.raises(MediumFull, match="full"):
        export_case_copy(package, m.mountpoint, catalog=catalog, progress=_first_write(fill))
    _source_intact(package, chain)
    marker = (m.mountpoint / MARKER_NAME).read_text()
    assert marker.startswith("THIS MEDIUM HOLDS AN INCOMPLETE COPY")
    [w] = list_media_writes(catalog)
    assert (w.outcome, w.code) == ("failed", "medium_full")


@needs_fat
def test_fusefat_killed_mid_copy(
    tmp_path: Path, package: Path, chain: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = fat_medium(tmp_path, label="KILLED")
    media.append(m)
    assert m.process is not None
    with pytest.raises(MediumGone):
        export_case_copy(
            package, m.mountpoint, catalog=catalog, progress=_first_write(m.process.kill)
        )
    _source_intact(package, chain)
    [w] = list_media_writes(catalog)
    assert (w.outcome, w.code) == ("failed", "medium_gone")


def test_cancel_leaves_the_medium_marked_incomplete(
    tmp_path: Path, package: Path, chain: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "32M", "CANCEL")
    media.append(m)
    token = CancelToken()
    with pytest.raises(ExportCancelled):
        export_case_copy(
            package,
            m.mountpoint,
            catalog=catalog,
            cancel=token,
            progress=_first_write(token.cancel),
        )
    assert "cancelled" in (m.mountpoint / MARKER_NAME).read_text()
    assert not verify_package(m.mountpoint / package.name, chain).ok
    _source_intact(package, chain)
    [w] = list_media_writes(catalog)
    assert w.outcome == "cancelled"


def test_cli_export_with_clear_and_yes(
    tmp_path: Path, package: Path, chain: Path, media: list[MountedImage]
) -> None:
    m = ext4_medium(tmp_path, "32M", "CLI")
    media.append(m)
    (m.mountpoint / "junk.bin").write_bytes(b"\0" * 1000)
    station = tmp_path / "station"
    code, out = _cli(
        "export",
        str(package),
        "--to",
        str(m.mountpoint),
        "--station",
        str(station),
        "--ca",
        str(chain),
        "--json",
    )
    assert code == 1 and json.loads(out)["code"] == "medium_not_empty"
    code, out = _cli(
        "export",
        str(package),
        "--to",
        str(m.mountpoint),
        "--station",
        str(station),
        "--ca",
        str(chain),
        "--clear",
        "--yes",
        "--json",
    )
    assert code == 0, out
    assert json.loads(out)["verified"] is True
    code, out = _cli("copies", "writes", "--station", str(station), "--json")
    assert [w["outcome"] for w in json.loads(out)["writes"]] == ["done", "failed"]
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.commands", "verify", str(m.mountpoint / package.name)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert "everything" in proc.stdout or "trust" in proc.stdout  # runs as a program too


@needs_fat
def test_participant_copy_on_fat_issues_the_application(
    tmp_path: Path, pki: TestPKI, catalog: Catalog, media: list[MountedImage]
) -> None:
    import datetime as dt

    sealed = sealed_with_markers(
        tmp_path,
        pki,
        [
            (R // 2, speech(1, "Иванов И.", "plaintiff", 2)),
            (2 * R, event(2, "hearing_closed_declared")),
            (3 * R, event(3, "hearing_open_declared")),
        ],
    )
    app = add_application(
        catalog,
        applicant="Иванов И.",
        role="plaintiff",
        case_number="7199-26-00-2/1234",
        category="civil",
        received=dt.date.today(),
    )
    m = fat_medium(tmp_path, label="PARTY")
    media.append(m)
    result = export_participant_copy(
        sealed.package, m.mountpoint, catalog=catalog, application_id=app.id
    )
    assert result.verified and result.checksum
    folder = m.mountpoint / result.folder
    sums = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS.txt"], cwd=folder, capture_output=True, text=True
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert (folder / "player.html").is_file() and (folder / "audio" / "mic-04.flac").is_file()
    report = (m.mountpoint / "verification-kk.txt").read_text(encoding="utf-8-sig")
    assert result.checksum in report and "SHA256SUMS.txt" in report
    [row] = register_rows(catalog)
    assert row.status == "issued" and result.checksum in (row.app.issued_what or "")
    assert str(m.mountpoint) in (row.app.issued_medium or "")


def test_closed_hearing_participant_copy_is_refused(
    tmp_path: Path, pki: TestPKI, catalog: Catalog, media: list[MountedImage]
) -> None:
    sealed = sealed_with_markers(tmp_path, pki, [], closed_hearing=True)
    m = ext4_medium(tmp_path, "16M", "CLOSED")
    media.append(m)
    with pytest.raises(ClosedHearingRefused, match="p. 32"):
        export_participant_copy(sealed.package, m.mountpoint, catalog=catalog)
    assert sorted(p.name for p in m.mountpoint.iterdir()) == ["lost+found"]
    [w] = list_media_writes(catalog)
    assert (w.kind, w.outcome, w.code) == ("participant", "failed", "closed_hearing")


def test_poller_reports_plug_and_unplug(tmp_path: Path, media: list[MountedImage]) -> None:
    poller = MediaPoller(include_loop=True)
    before = {v.mountpoint for v in poller.poll().current}
    m = ext4_medium(tmp_path, "8M", "PLUGGED")
    media.append(m)
    changes = poller.poll()
    assert [v.mountpoint for v in changes.added] == [str(m.mountpoint)]
    assert changes.added[0].label == ("PLUGGED" if shutil.which("blkid") else "")
    assert not poller.poll().changed
    m.cleanup()
    gone = poller.poll()
    assert [v.mountpoint for v in gone.removed] == [str(m.mountpoint)]
    assert {v.mountpoint for v in gone.current} == before


def test_export_refuses_a_plain_folder_and_a_fixed_disk(
    tmp_path: Path, package: Path, catalog: Catalog
) -> None:
    with pytest.raises(ExportError, match="not a removable medium"):
        export_case_copy(package, tmp_path, catalog=catalog)
    fixed = tmp_path / "fixed"  # a mounted file system that is not removable media
    fixed.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "zhazba-test", str(fixed)], check=True)
    try:
        (fixed / "station-data.txt").write_text("must survive\n")
        plan = plan_clear(fixed)
        with pytest.raises(ExportError, match="not a removable medium"):  # even with a token
            export_case_copy(package, fixed, clear_token=plan.token, catalog=catalog)
        assert (fixed / "station-data.txt").read_text() == "must survive\n"
    finally:
        subprocess.run(["umount", "-l", str(fixed)], check=False)
    assert [w.code for w in list_media_writes(catalog)] == ["failed", "failed"]


def test_damaged_station_copy_is_not_spread(
    tmp_path: Path, package: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    from tests.support.sealing import detached_copy

    damaged = detached_copy(package, tmp_path / package.name)
    segment = sorted((damaged / "data" / "audio").glob("*.flac"))[0]
    raw = bytearray(segment.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    segment.write_bytes(bytes(raw))
    m = ext4_medium(tmp_path, "32M", "DAMAGED")
    media.append(m)
    # the full verification before anything is written refuses it: the medium is not touched
    with pytest.raises(SourceDamaged, match=f"did NOT verify(.|\n)*{segment.name} was ALTERED"):
        export_case_copy(damaged, m.mountpoint, catalog=catalog)
    assert not (m.mountpoint / MARKER_NAME).exists()
    [w] = list_media_writes(catalog)
    assert w.code == "not_verified" and w.outcome == "failed"


def test_a_medium_that_reads_back_wrong_is_not_done(
    tmp_path: Path,
    package: Path,
    catalog: Catalog,
    media: list[MountedImage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import app.copies.medium_write as export_module  # where the copy is read back
    from app.copies.medium_io import read_back
    from tests.support.media import reads_back_wrong

    # one byte on the medium goes bad after it was written
    monkeypatch.setattr(export_module, "read_back", reads_back_wrong(read_back))
    m = ext4_medium(tmp_path, "32M", "FAULTY")
    media.append(m)
    with pytest.raises(ReadBackFailed, match="faulty"):
        export_case_copy(package, m.mountpoint, catalog=catalog)
    assert (m.mountpoint / MARKER_NAME).is_file()
    [w] = list_media_writes(catalog)
    assert w.code == "read_back_failed"


def test_a_station_file_lost_mid_copy_is_not_blamed_on_the_medium(
    tmp_path: Path, package: Path, catalog: Catalog, media: list[MountedImage]
) -> None:
    from tests.support.sealing import detached_copy

    source = detached_copy(package, tmp_path / package.name)
    m = ext4_medium(tmp_path, "32M", "BLAMELESS")
    media.append(m)
    with pytest.raises(SourceDamaged, match="station's disk has a problem, not the medium"):
        export_case_copy(
            source,
            m.mountpoint,
            catalog=catalog,
            progress=_first_write((source / "bag-info.txt").unlink),
        )
    [w] = list_media_writes(catalog)
    assert w.code == "source_damaged"
