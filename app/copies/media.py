"""Removable media the station can write a copy to: which are plugged in, their label, free space.

On Linux the mounted file systems come from ``/proc/self/mountinfo``; a mount counts as removable
media when its block device (or the disk the partition belongs to) has ``removable`` set in sysfs
or sits on the USB or MMC/SD bus (USB hard disks report ``removable = 0``). Loop devices and
image-backed FUSE FAT mounts (``fusefat``) count only when the caller asks for them
(``include_loop=True``): that is how the tests, and a technician trying the station out, use
file-system images as media. udisks2 is not needed: the kernel's own view is always there, also
without a session bus. On Windows the drive letters are asked with ``GetDriveTypeW`` (removable
drives and CD/DVD drives) and ``GetVolumeInformationW`` (label, file system).

:class:`MediaPoller` turns successive listings into plug and unplug changes; the UI calls
:meth:`MediaPoller.poll` on a timer. Nothing here writes to a medium.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from audio.text import QT_TRANSLATE_NOOP, msg

# File systems a court's stick or card can hold; pseudo and network file systems never count.
MEDIA_FILESYSTEMS = {
    "vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk", "ext2", "ext3", "ext4", "btrfs",
    "xfs", "udf", "iso9660", "f2fs", "hfsplus", "fuse.fusefat", "fuse.exfat", "fuse.ntfs-3g",
}  # fmt: skip
IMAGE_FUSE = {"fuse.fusefat"}  # FUSE file systems served from an image file: test media


@dataclass(frozen=True)
class Volume:
    """One mounted medium, as the secretary chooses it."""

    mountpoint: str
    device: str  # /dev/sdb1, /dev/loop3, "fusefat", or a drive letter on Windows
    fstype: str
    label: str
    total_bytes: int
    free_bytes: int
    read_only: bool
    kind: str  # usb | mmc | removable | optical | loop | image
    source: str = ""  # the image file behind a loop device, when known

    @property
    def key(self) -> tuple[str, str]:
        return (self.mountpoint, self.device)

    def describe(self) -> str:
        name = self.label or Path(self.mountpoint).name or self.mountpoint
        ro = msg("Copies", QT_TRANSLATE_NOOP("Copies", ", read-only")) if self.read_only else ""
        return msg("Copies", QT_TRANSLATE_NOOP(
            "Copies",
            "{name} ({fstype}, {free:.0f} MB free of {total:.0f} MB{ro}) at {mountpoint}"),
            name=name, fstype=self.fstype, free=self.free_bytes / 1e6,
            total=self.total_bytes / 1e6, ro=ro, mountpoint=self.mountpoint)  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _unescape(text: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as octal (\\040 …)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 4].isdigit() and len(text[i + 1 : i + 4]) == 3:
            out.append(chr(int(text[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class MountEntry:
    mountpoint: str
    fstype: str
    source: str
    options: frozenset[str] = field(default_factory=frozenset)
    major_minor: str = ""
    mount_id: str = ""  # new for every mount: a stick plugged in again gets a new one


def parse_mountinfo(text: str) -> list[MountEntry]:
    """The lines of ``/proc/self/mountinfo`` (see proc(5)) as entries."""
    entries = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        if not sep:
            continue
        a, b = left.split(), right.split()
        if len(a) < 6 or len(b) < 2:
            continue
        opts = frozenset(a[5].split(",")) | frozenset((b[2] if len(b) > 2 else "").split(","))
        entries.append(MountEntry(_unescape(a[4]), b[0], _unescape(b[1]), opts, a[2], a[0]))
    return entries


def _sys_block(device: str) -> Path | None:
    """The sysfs folder of the whole disk a device (or its partition) belongs to."""
    name = Path(device).name
    node = Path("/sys/class/block") / name
    if not node.exists():
        return None
    real = node.resolve()
    return real.parent if (real / "partition").exists() else real


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def _classify(device: str, fstype: str, include_loop: bool) -> tuple[str, str] | None:
    """(kind, image file) for a medium, or None when this mount is not removable media."""
    if fstype in IMAGE_FUSE:
        return ("image", "") if include_loop else None
    if not device.startswith("/dev/"):
        return None
    disk = _sys_block(device)
    if disk is None:
        return None
    if disk.name.startswith("loop"):
        return ("loop", _read(disk / "loop" / "backing_file")) if include_loop else None
    if disk.name.startswith("sr"):
        return ("optical", "")
    bus = str(disk)
    if "/usb" in bus:
        return ("usb", "")
    if disk.name.startswith("mmcblk"):
        return ("mmc", "")
    if _read(disk / "removable") == "1":
        return ("removable", "")
    return None


def _label(device: str) -> str:
    """The volume label, read from the device itself (``blkid -p``: no cache). udev's
    /dev/disk/by-label links are only a fallback: where udev does not run (containers) they go
    stale, and a reused loop or USB device node would show the previous medium's label."""
    if not device.startswith("/dev/"):
        return ""
    blkid = shutil.which("blkid")
    if blkid:
        try:
            out = subprocess.run(
                [blkid, "-p", "-o", "value", "-s", "LABEL", device],
                capture_output=True, text=True, timeout=5, check=False,
            )  # fmt: skip
            return out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            pass
    by_label = Path("/dev/disk/by-label")
    if by_label.is_dir():
        for link in by_label.iterdir():
            try:
                if os.path.realpath(link) == os.path.realpath(device):
                    return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m[1], 16)), link.name)
            except OSError:
                continue
    return ""


LabelCache = dict[tuple[str, str, str], str]  # (device, mount id, mount point) -> label


def _linux_volumes(
    include_loop: bool, mountinfo: str | None = None, labels: LabelCache | None = None
) -> list[Volume]:
    """``labels`` carries the labels found by the previous call: a mount still present keeps
    its label without asking again (blkid is a process; the UI asks every second). It holds
    only the mounts present now, so a reused mount id never brings back an old label."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text()
        except OSError:
            return []
    out: list[Volume] = []
    seen: set[str] = set()
    previous = dict(labels or {})
    if labels is not None:
        labels.clear()
    for m in parse_mountinfo(mountinfo):
        if m.fstype not in MEDIA_FILESYSTEMS or m.mountpoint in seen:
            continue
        kind = _classify(m.source, m.fstype, include_loop)
        if kind is None:
            continue
        try:
            st = os.statvfs(m.mountpoint)
        except OSError:
            continue  # gone between listing and asking: it is being unplugged
        seen.add(m.mountpoint)
        key = (m.source, m.mount_id, m.mountpoint)
        label = previous[key] if key in previous else _label(m.source)
        if labels is not None:
            labels[key] = label
        out.append(
            Volume(
                mountpoint=m.mountpoint,
                device=m.source,
                fstype=m.fstype.removeprefix("fuse."),
                label=label,
                total_bytes=st.f_blocks * st.f_frsize,
                free_bytes=st.f_bavail * st.f_frsize,
                read_only="ro" in m.options or bool(st.f_flag & os.ST_RDONLY),
                kind=kind[0],
                source=kind[1],
            )
        )
    return out


def _windows_volumes() -> list[Volume]:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drive_removable, drive_cdrom = 2, 5
    out: list[Volume] = []
    mask = kernel32.GetLogicalDrives()
    for i in range(26):
        if not mask & (1 << i):
            continue
        root = f"{chr(65 + i)}:\\"
        kind_code = kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
        if kind_code not in (drive_removable, drive_cdrom):
            continue
        label = ctypes.create_unicode_buffer(261)
        fs = ctypes.create_unicode_buffer(261)
        flags = ctypes.c_ulong(0)
        ok = kernel32.GetVolumeInformationW(
            ctypes.c_wchar_p(root), label, 261, None, None, ctypes.byref(flags), fs, 261
        )
        if not ok:
            continue  # an empty card reader or drive with no disc
        try:
            usage = shutil.disk_usage(root)
        except OSError:
            continue
        file_read_only_volume = 0x00080000
        out.append(
            Volume(
                mountpoint=root,
                device=root[:2],
                fstype=fs.value.lower(),
                label=label.value,
                total_bytes=usage.total,
                free_bytes=usage.free,
                read_only=bool(flags.value & file_read_only_volume),
                kind="optical" if kind_code == drive_cdrom else "removable",
            )
        )
    return out


def list_volumes(include_loop: bool = False, labels: LabelCache | None = None) -> list[Volume]:
    """The removable media mounted now, in mount order (Windows: by drive letter)."""
    if sys.platform == "win32":
        return _windows_volumes()
    if sys.platform.startswith("linux"):
        return _linux_volumes(include_loop, labels=labels)
    return []


def volume_at(mountpoint: str | os.PathLike[str], include_loop: bool = True) -> Volume | None:
    """The medium mounted exactly at ``mountpoint`` (None when nothing removable is there)."""
    want = os.path.realpath(mountpoint)
    for v in list_volumes(include_loop):
        if os.path.realpath(v.mountpoint) == want:
            return v
    return None


@dataclass
class MediaChanges:
    added: list[Volume]
    removed: list[Volume]
    current: list[Volume]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


class MediaPoller:
    """Reports media plugged in and pulled out since the previous :meth:`poll`.

    The first poll reports everything present as added. ``lister`` is the listing function
    (tests and the UI may pass their own); a volume whose free space changes is not a change.
    """

    def __init__(
        self,
        include_loop: bool = False,
        lister: Callable[[bool], list[Volume]] | None = None,
    ) -> None:
        self.include_loop = include_loop
        self._labels: LabelCache = {}
        self._lister = lister or (lambda include: list_volumes(include, self._labels))
        self._known: dict[tuple[str, str], Volume] = {}

    def poll(self) -> MediaChanges:
        current = self._lister(self.include_loop)
        now = {v.key: v for v in current}
        added = [v for k, v in now.items() if k not in self._known]
        removed = [v for k, v in self._known.items() if k not in now]
        self._known = now
        return MediaChanges(added, removed, current)

    @property
    def volumes(self) -> list[Volume]:
        return list(self._known.values())
