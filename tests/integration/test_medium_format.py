"""Rules p. 33: the medium is formatted (FAT32 or exFAT, labelled with the case) after a yes.

Real file systems on loop devices: an exFAT image mounted with exfat-fuse (the mount table names
its device) and a FAT image served by fusefat (whose device is given, as a technician would with
--device). Each is formatted through the real mkfs, mounted again at the same place, found empty
and labelled (blkid), and written to; a "no" leaves everything as it was; the command line does
the same with --yes.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli.commands import main
from app.copies.medium_format import (
    FormatError,
    format_medium,
    label_for_case,
    mount_entry,
    windows_format_command,
)
from tests.support.media import media_unavailable

pytestmark = pytest.mark.integration
CASE = "7199-26-00-2/1234"


def _run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=60).stdout


@dataclass
class Medium:
    image: Path
    device: str
    mountpoint: Path
    kind: str


def _mount(m: Medium, fs: str) -> None:
    if fs == "exfat":
        _run("mount.exfat-fuse", m.device, str(m.mountpoint))
    else:
        _run("fusefat", "-o", "rw+", m.device, str(m.mountpoint))
    for _ in range(100):
        if mount_entry(m.mountpoint) is not None:
            return
        time.sleep(0.05)
    raise RuntimeError("the medium did not mount")


@pytest.fixture(params=["exfat", "fat"])
def medium(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Medium]:
    """A 64 MB image on a loop device, with a file on it, mounted through FUSE."""
    why = media_unavailable()
    tools = ("mkfs.exfat", "mount.exfat-fuse", "mkfs.vfat", "fusefat", "blkid", "fusermount")
    missing = [t for t in tools if shutil.which(t) is None]
    if why or missing:
        pytest.fail(f"{why or ''} missing: {missing} (scripts/apt-packages-test.txt)")
    kind = request.param
    image = tmp_path / f"{kind}.img"
    _run("truncate", "-s", "64M", str(image))
    device = _run("losetup", "-f", "--show", str(image)).strip()
    m = Medium(image, device, tmp_path / f"mnt-{kind}", kind)
    m.mountpoint.mkdir()
    try:
        _run("mkfs.exfat" if kind == "exfat" else "mkfs.vfat", device)
        _mount(m, "exfat" if kind == "exfat" else "fat32")
        (m.mountpoint / "old-file.txt").write_text("something from before")
        yield m
    finally:
        for _ in range(3):
            if mount_entry(m.mountpoint) is None:
                break
            subprocess.run(["fusermount", "-u", "-z", str(m.mountpoint)], check=False)
            time.sleep(0.2)
        subprocess.run(["losetup", "-d", device], check=False)


def _blkid(device: str, tag: str) -> str:
    return _run("blkid", "-p", "-o", "value", "-s", tag, device).strip()


@pytest.mark.parametrize("filesystem", ["exfat", "fat32"])
def test_format_makes_a_fresh_labelled_filesystem(medium: Medium, filesystem: str) -> None:
    asked: list[str] = []
    device = medium.device if medium.kind == "fat" else None  # fusefat does not name it
    result = format_medium(
        medium.mountpoint,
        CASE,
        filesystem,
        confirm=lambda what: asked.append(what) or True,
        device=device,
    )
    assert asked and "1 entries" in asked[0] and "7199_1234" in asked[0]
    assert result.label == "7199_1234" and result.device == medium.device
    assert mount_entry(medium.mountpoint) is not None  # mounted again, at the same place
    # fusefat (not the kernel, nor Windows) shows a FAT volume label's entry as a file
    left = [p.name for p in medium.mountpoint.iterdir()]
    assert [
        n for n in left if not (filesystem == "fat32" and n.replace(".", "") == "7199_1234")
    ] == []
    assert _blkid(medium.device, "TYPE") == ("exfat" if filesystem == "exfat" else "vfat")
    assert _blkid(medium.device, "LABEL") == "7199_1234"
    if filesystem == "fat32":
        assert _blkid(medium.device, "VERSION") == "FAT32"
    (medium.mountpoint / "copy.txt").write_text("the copy")
    assert (medium.mountpoint / "copy.txt").read_text() == "the copy"
    print(f"formatted {filesystem} on a 64 MB loop image in {result.seconds:.2f} s")


def test_no_confirmation_no_format(medium: Medium) -> None:
    device = medium.device if medium.kind == "fat" else None
    with pytest.raises(FormatError, match="not confirmed"):
        format_medium(medium.mountpoint, CASE, confirm=lambda what: False, device=device)
    assert (medium.mountpoint / "old-file.txt").read_text() == "something from before"


def test_cli_formats_with_yes(medium: Medium, capsys) -> None:  # type: ignore[no-untyped-def]
    argv = ["format-medium", str(medium.mountpoint), "--case", CASE, "--fs", "exfat", "--yes"]
    if medium.kind == "fat":
        argv += ["--device", medium.device]
    assert main(argv) == 0, capsys.readouterr().err
    assert "7199_1234" in capsys.readouterr().out
    assert _blkid(medium.device, "TYPE") == "exfat"
    assert main(["format-medium", str(medium.mountpoint), "--case", CASE]) == 1
    assert "--yes" in capsys.readouterr().err  # no terminal to ask: refused


def test_the_system_disk_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormatError):
        format_medium("/", CASE, confirm=lambda what: True)


def test_labels_and_the_windows_command() -> None:
    assert label_for_case(CASE) == "7199_1234"
    assert label_for_case("2-1234-26") == "2-1234-26"
    assert len(label_for_case("ОЧЕНЬ-ДЛИННЫЙ-НОМЕР/12345678901")) <= 11
    assert windows_format_command("E:\\", "exfat", "7199_1234") == [
        "format.com",
        "E:",
        "/FS:exFAT",
        "/V:7199_1234",
        "/Q",
        "/Y",
    ]
    with pytest.raises(FormatError):
        windows_format_command("C:\\", "fat32", "X")
