"""Formatting the removable medium before a copy is written (Rules p. 33).

The Rules ask for the medium to be formatted, not merely emptied: a fresh FAT32 or exFAT file
system (what every court and home computer reads), with a volume label naming the case
(:func:`label_for_case`). Only after the person at the station confirmed it, and only on a
removable medium: never the system disk, never a disk that holds the station's own folders.

On Linux the medium's device is found from the mount table; the medium is unmounted, ``mkfs.vfat
-F 32`` or ``mkfs.exfat`` makes the file system, and it is mounted again at the same place (with
the kernel, or with the same FUSE driver it was mounted with: fusefat, exfat-fuse). On Windows
the system's ``format`` command does it (``format E: /FS:exFAT /V:LABEL /Q /Y``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio.text import QT_TRANSLATE_NOOP, msg

FILESYSTEMS = ("exfat", "fat32")
LABEL_MAX = 11  # FAT and exFAT volume labels
_LABEL_BAD = re.compile(r"[^0-9A-Z_\-]")


NOT_CONFIRMED = QT_TRANSLATE_NOOP("Copies", "not confirmed: the medium was not formatted")


class FormatError(Exception):
    """The medium was not formatted; the message says why and what to do."""


@dataclass(frozen=True)
class MountEntry:
    mountpoint: str
    source: str
    fstype: str


@dataclass
class FormatResult:
    mountpoint: Path
    device: str
    filesystem: str
    label: str
    seconds: float


def label_for_case(case_number: str) -> str:
    """A volume label naming the case, at most 11 characters of A–Z 0–9 _ -.

    The whole number when it fits (``2-1234-26``); else the court's code and the case's own
    number (``7199-26-00-2/1234`` → ``7199_1234``)."""
    text = case_number.strip().upper().replace("/", "_")
    whole = _LABEL_BAD.sub("", text)
    if 0 < len(whole) <= LABEL_MAX:
        return whole
    parts = [p for p in re.split(r"[^0-9A-Z]+", case_number.upper()) if p]
    if not parts:
        return "ZHAZBA"
    short = f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else parts[0]
    return short[:LABEL_MAX]


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_entry(mountpoint: str | Path) -> MountEntry | None:
    """What is mounted at ``mountpoint`` (Linux mount table)."""
    wanted = os.path.realpath(mountpoint)
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return None
    found = None
    for line in lines:
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) >= 5 and len(tail) >= 2 and _unescape(fields[4]) == wanted:
            found = MountEntry(wanted, _unescape(tail[1]), tail[0])  # the last mount wins
    return found


def _disk_of(device: str) -> Path | None:
    """/sys/block/<disk> of a device or of its partition."""
    name = Path(os.path.realpath(device)).name
    node = Path("/sys/class/block") / name
    if not node.exists():
        return None
    real = node.resolve()
    return real.parent if (real / "partition").exists() else real


def device_for(mountpoint: str | Path, known: str = "") -> str | None:
    """The block device behind a mounted medium: the mount table's, else ``known`` (what the
    list of media says); a FUSE mount such as fusefat names none. On Windows, the drive."""
    if os.name == "nt":
        return str(mountpoint)[:2].upper()
    entry = mount_entry(mountpoint)
    for device in (entry.source if entry else "", known):
        if device.startswith("/dev/"):
            return device
    return None


def check_formattable(device: str, mountpoint: Path, protected: list[Path]) -> None:
    """Refuse anything but a removable medium (or a loop device, as tests use)."""
    mp = mountpoint.resolve()
    if mp == Path("/") or any(p.resolve().is_relative_to(mp) for p in protected if p.exists()):
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Copies",
                    "{mountpoint} holds the system or the station's own folders; it is never "
                    "formatted",
                ),
                mountpoint=str(mountpoint),
            )
        )
    if not device.startswith("/dev/"):
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Copies",
                    "the device behind {mountpoint} is not known ({device}); give it with --device",
                ),
                mountpoint=str(mountpoint),
                device=device,
            )
        )
    disk = _disk_of(device)
    if disk is None:
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP("Copies", "{device} is not a block device on this computer"),
                device=device,
            )
        )
    removable = (
        (disk / "removable").read_text().strip() == "1" if (disk / "removable").exists() else False
    )
    on_usb = "/usb" in str(disk.resolve())
    if not (disk.name.startswith("loop") or removable or on_usb):
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Copies",
                    "{device} is a fixed disk, not a removable medium; only a USB stick or a "
                    "card is formatted for a copy",
                ),
                device=device,
            )
        )


def mkfs_command(filesystem: str, device: str, label: str) -> list[str]:
    if filesystem == "fat32":
        return ["mkfs.vfat", "-F", "32", "-n", label, device]
    if filesystem == "exfat":
        return ["mkfs.exfat", "-L", label, device]
    raise _unknown_fs(filesystem)


def windows_format_command(mountpoint: str, filesystem: str, label: str) -> list[str]:
    """Windows' own format command for the drive letter of ``mountpoint`` (quick, no prompt)."""
    drive = str(mountpoint)[:2].upper()
    if not re.fullmatch(r"[A-Z]:", drive) or drive == "C:":
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Copies", "{mountpoint} is not the drive letter of a removable medium"
                ),
                mountpoint=str(mountpoint),
            )
        )
    fs = {"fat32": "FAT32", "exfat": "exFAT"}.get(filesystem)
    if fs is None:
        raise _unknown_fs(filesystem)
    return ["format.com", drive, f"/FS:{fs}", f"/V:{label}", "/Q", "/Y"]


def _m(template: str, **params: object) -> str:
    return msg("Copies", template, **params)


def _unknown_fs(filesystem: str) -> FormatError:
    return FormatError(
        _m(
            QT_TRANSLATE_NOOP("Copies", "unknown file system {filesystem}; one of: {known}"),
            filesystem=repr(filesystem),
            known=", ".join(FILESYSTEMS),
        )
    )


def _run(argv: list[str], what: str) -> None:
    """Run a system tool; ``what`` (a translatable message) says what it was for."""
    if shutil.which(argv[0]) is None:
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP("Copies", "{tool} is not installed; it is needed to {what}"),
                tool=argv[0],
                what=what,
            )
        )
    r = subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)
    if r.returncode != 0:
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP("Copies", "could not {what}: {output}"),
                what=what,
                output=(r.stderr or r.stdout).strip()[-300:],
            )
        )


def _fuse_daemons(mountpoint: str) -> list[int]:
    """The processes serving a FUSE mount (fusefat, exfat-fuse): their command line names it."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            args = proc.joinpath("cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if os.fsencode(mountpoint) in args and int(proc.name) != os.getpid():
            found.append(int(proc.name))
    return found


def _running(pid: int) -> bool:
    """The process exists and has not exited (a zombie waits only for its parent)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def _unmount(entry: MountEntry) -> None:
    fuse = entry.fstype.startswith("fuse")
    daemons = _fuse_daemons(entry.mountpoint) if fuse else []
    argv = ["fusermount", "-u", entry.mountpoint] if fuse and shutil.which("fusermount") else None
    _run(
        argv or ["umount", entry.mountpoint],
        _m(QT_TRANSLATE_NOOP("Copies", "unmount {mountpoint}"), mountpoint=entry.mountpoint),
    )
    for _ in range(200):
        # A FUSE driver may still be writing its last blocks after the mount is gone: mkfs
        # must not start before it has exited (fusefat's late write broke a fresh exFAT).
        alive = [pid for pid in daemons if _running(pid)]
        if mount_entry(entry.mountpoint) is None and not alive:
            return
        time.sleep(0.05)
    raise FormatError(
        _m(
            QT_TRANSLATE_NOOP(
                "Copies", "{mountpoint} is still mounted; close the files open on it"
            ),
            mountpoint=entry.mountpoint,
        )
    )


def _mount(entry: MountEntry, device: str, filesystem: str) -> None:
    if entry.fstype.startswith("fuse"):  # mounted through FUSE before: the same kind again
        if filesystem == "exfat":
            argv = ["mount.exfat-fuse", device, entry.mountpoint]
        else:
            argv = ["fusefat", "-o", "rw+", device, entry.mountpoint]
    else:
        argv = ["mount", "-t", "exfat" if filesystem == "exfat" else "vfat"]
        argv += [device, entry.mountpoint]
    _run(
        argv,
        _m(
            QT_TRANSLATE_NOOP("Copies", "mount the formatted medium at {mountpoint}"),
            mountpoint=entry.mountpoint,
        ),
    )


def _format_on_windows(
    mp: Path, filesystem: str, label: str, confirm: Callable[[str], bool], started: float
) -> FormatResult:
    """Windows' own format command for the medium's drive letter, once ``confirm`` says yes."""
    argv = windows_format_command(str(mp), filesystem, label)
    if not confirm(
        _m(
            QT_TRANSLATE_NOOP(
                "Copies",
                "{mountpoint} will be formatted ({filesystem}, label {label}); everything "
                "on it is lost",
            ),
            mountpoint=str(mp),
            filesystem=filesystem,
            label=label,
        )
    ):
        raise FormatError(_m(NOT_CONFIRMED))
    _run(argv, _m(QT_TRANSLATE_NOOP("Copies", "format {what}"), what=str(mp)))
    return FormatResult(mp, argv[1], filesystem, label, time.monotonic() - started)


def format_medium(
    mountpoint: str | Path,
    case_number: str,
    filesystem: str = "exfat",
    *,
    confirm: Callable[[str], bool],
    device: str | None = None,
    protected: list[Path] | None = None,
) -> FormatResult:
    """Format the medium mounted at ``mountpoint`` once ``confirm`` (shown what will be lost)
    says yes; it is mounted again at the same place, empty, labelled with the case."""
    if filesystem not in FILESYSTEMS:
        raise _unknown_fs(filesystem)
    label = label_for_case(case_number)
    mp = Path(mountpoint)
    started = time.monotonic()
    if os.name == "nt":
        return _format_on_windows(mp, filesystem, label, confirm, started)
    entry = mount_entry(mp)
    if entry is None:
        raise FormatError(
            _m(
                QT_TRANSLATE_NOOP("Copies", "no medium is mounted at {mountpoint}"),
                mountpoint=str(mp),
            )
        )
    dev = device or entry.source
    check_formattable(dev, mp, protected or [])
    count = sum(1 for _ in mp.iterdir()) if mp.is_dir() else 0
    what = _m(
        QT_TRANSLATE_NOOP(
            "Copies",
            "{mountpoint} ({device}, {count} entries) will be formatted as {filesystem} "
            "with the label {label}; everything on it is lost",
        ),
        mountpoint=str(mp),
        device=dev,
        count=count,
        filesystem=filesystem,
        label=label,
    )
    if not confirm(what):
        raise FormatError(_m(NOT_CONFIRMED))
    _unmount(entry)
    try:
        _run(
            mkfs_command(filesystem, dev, label),
            _m(QT_TRANSLATE_NOOP("Copies", "format {what}"), what=dev),
        )
    finally:
        _mount(entry, dev, filesystem)  # mounted again even when mkfs failed
    return FormatResult(mp, dev, filesystem, label, time.monotonic() - started)
