"""Real removable media for tests: file-system images mounted through a loop device or fusefat.

:func:`ext4_medium` makes an ext4 image (``truncate`` + ``mkfs.ext4``) and mounts it with
``mount -o loop`` (optionally read-only); :func:`fat_medium` makes a FAT image (``mkfs.vfat``) and
serves it with ``fusefat`` in the foreground, so the test owns the process and can kill it.
Both need root (loop devices, FUSE). :class:`MountedImage.cleanup` unmounts (lazily when busy)
and detaches whatever is left; tests register it as a finaliser so nothing stays mounted when a
test fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOOLS = ("mkfs.ext4", "mount", "umount", "losetup", "truncate")


def media_unavailable() -> str | None:
    """Why real media cannot be made here, or None."""
    if os.geteuid() != 0:
        return "loop-mounted media need root"
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        return f"missing tools: {', '.join(missing)}"
    if not Path("/dev/loop-control").exists():
        return "no loop devices"
    return None


def fat_unavailable() -> str | None:
    if shutil.which("mkfs.vfat") is None or shutil.which("fusefat") is None:
        return "FAT media need the Debian packages dosfstools and fusefat"
    if not Path("/dev/fuse").exists():
        return "no /dev/fuse"
    return None


def _run(*argv: str | Path) -> None:
    subprocess.run([str(a) for a in argv], check=True, capture_output=True, timeout=60)


@dataclass
class MountedImage:
    image: Path
    mountpoint: Path
    kind: str  # ext4 | fat
    process: subprocess.Popen[bytes] | None = None  # fusefat
    extra: list[str] = field(default_factory=list)

    def is_mounted(self) -> bool:
        """From the mount table: a FUSE mount whose process died fails os.path.ismount."""
        wanted = str(self.mountpoint).replace(" ", "\\040")
        with open("/proc/self/mountinfo") as f:
            return any(line.split()[4] == wanted for line in f)

    def loop_devices(self) -> list[str]:
        out = subprocess.run(
            ["losetup", "-j", str(self.image)], capture_output=True, text=True, check=False
        ).stdout
        return [line.split(":")[0] for line in out.splitlines() if line.strip()]

    def unmount_lazily(self) -> None:
        _run("umount", "-l", self.mountpoint)

    def remount(self) -> None:
        """Mount the image again at the same place (after a failure test) to look at it."""
        if self.kind == "ext4":
            _run("mount", "-o", "loop", self.image, self.mountpoint)
        else:
            self.process = _start_fusefat(self.image, self.mountpoint)

    def cleanup(self) -> None:
        for _ in range(3):
            if not self.is_mounted():
                break
            if self.kind == "fat":
                subprocess.run(
                    ["fusermount", "-u", "-z", str(self.mountpoint)],
                    check=False,
                    capture_output=True,
                )
            else:
                subprocess.run(["umount", str(self.mountpoint)], check=False, capture_output=True)
            if self.is_mounted():
                subprocess.run(
                    ["umount", "-l", str(self.mountpoint)], check=False, capture_output=True
                )
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        for dev in self.loop_devices():
            subprocess.run(["losetup", "-d", dev], check=False, capture_output=True)


def ext4_medium(
    tmp: Path, size: str = "32M", label: str = "ZHAZBA_TEST", read_only: bool = False
) -> MountedImage:
    image, mnt = tmp / f"{label}.img", tmp / f"mnt-{label}"
    mnt.mkdir(parents=True)
    _run("truncate", "-s", size, image)
    _run("mkfs.ext4", "-q", "-L", label, image)
    _run("mount", "-o", "loop,ro" if read_only else "loop", image, mnt)
    return MountedImage(image, mnt, "ext4")


def _start_fusefat(image: Path, mnt: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        ["fusefat", "-f", "-o", "rw+", str(image), str(mnt)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        if os.path.ismount(mnt):
            return proc
        if proc.poll() is not None:
            raise RuntimeError(f"fusefat exited with {proc.returncode}")
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("fusefat did not mount the image")


def fat_medium(tmp: Path, size: str = "32M", label: str = "ZHAZBAFAT") -> MountedImage:
    image, mnt = tmp / f"{label}.img", tmp / f"mnt-{label}"
    mnt.mkdir(parents=True)
    _run("truncate", "-s", size, image)
    # no -n LABEL: fusefat would list the label's directory entry as a file named after it
    _run("mkfs.vfat", image)
    return MountedImage(image, mnt, "fat", _start_fusefat(image, mnt))


def reads_back_wrong(read_back: Callable[..., Any]) -> Callable[..., Any]:
    """``read_back`` (:mod:`app.copies.medium_io`) on a faulty medium: one byte of the first
    file written goes bad on the medium after it was written, before it is read back."""

    def flipping(medium: Any, expected: dict[str, str], tick: Any) -> Any:
        rel = sorted(expected)[0]
        with open(medium.real_path(rel), "r+b") as f:
            first = f.read(1)
            f.seek(0)
            f.write(bytes([first[0] ^ 0xFF]))
        return read_back(medium, expected, tick)

    return flipping
