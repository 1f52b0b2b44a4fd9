"""Export logic without a medium: the clear plan and its token, progress (speed, time left,
cancel), the mount table parser, the plug/unplug poller, and the error words for each errno."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.copies.media import MediaPoller, Volume, parse_mountinfo
from app.copies.medium import (
    MARKER_NAME,
    ExportCancelled,
    MediumFull,
    MediumGone,
    MediumReadOnly,
    medium_error,
    plan_clear,
)
from app.copies.progress import CancelToken, ProgressMeter, format_seconds


def test_plan_lists_everything_and_the_token_follows_changes(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"1" * 300)
    (tmp_path / "photos" / "b.jpg").write_bytes(b"2" * 200)
    (tmp_path / "cv.docx").write_bytes(b"3" * 50)
    (tmp_path / "lost+found").mkdir()
    plan = plan_clear(tmp_path)
    assert [(e.name, e.is_dir, e.files, e.bytes) for e in plan.entries] == [
        ("cv.docx", False, 1, 50),
        ("photos", True, 2, 500),
    ]
    assert plan.kept == ["lost+found"] and plan.files == 3 and plan.bytes == 550
    assert "DELETES 3 files" in plan.describe() and "photos/" in plan.describe()
    assert plan_clear(tmp_path).token == plan.token
    (tmp_path / MARKER_NAME).write_text("ours")  # our own marker does not change the token
    assert plan_clear(tmp_path).token == plan.token
    (tmp_path / "photos" / "c.jpg").write_bytes(b"4")  # a file added after confirming does
    assert plan_clear(tmp_path).token != plan.token


def test_empty_medium_has_an_empty_plan(tmp_path: Path) -> None:
    plan = plan_clear(tmp_path)
    assert plan.empty and "empty" in plan.describe()


def test_progress_speed_time_left_and_cancel() -> None:
    now = [0.0]
    seen = []
    cancel = CancelToken()
    meter = ProgressMeter(1000, seen.append, cancel, clock=lambda: now[0])
    meter.set_phase("writing")
    for _ in range(4):
        now[0] += 1.0
        meter.tick(100, "data/audio/0001.flac")
    last = seen[-1]
    assert last.phase == "writing" and last.done_bytes == 400
    assert last.bytes_per_second == pytest.approx(100.0)
    assert last.seconds_left == pytest.approx(6.0)
    assert last.fraction == pytest.approx(0.4)
    assert "40%" in last.describe() and "0:06 left" in last.describe()
    cancel.cancel()
    with pytest.raises(ExportCancelled, match="untouched"):
        meter.tick(1, "x")


def test_every_new_file_is_reported_even_when_fast() -> None:
    seen = []
    meter = ProgressMeter(100, seen.append, clock=lambda: 0.0)
    for name in ("a", "a", "b", "c"):
        meter.tick(1, name)
    assert [p.file for p in seen] == ["a", "b", "c"]


def test_format_seconds() -> None:
    assert format_seconds(65) == "1:05" and format_seconds(3725) == "1:02:05"


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.ENOSPC, MediumFull),
        (errno.EROFS, MediumReadOnly),
        (errno.EIO, MediumGone),
        (errno.ENODEV, MediumGone),
        (errno.ENOENT, MediumGone),
        (errno.ENOTCONN, MediumGone),
    ],
)
def test_medium_errors_in_plain_words(code: int, kind: type) -> None:
    err = medium_error(OSError(code, "x"), "/media/stick", "writing")
    assert isinstance(err, kind) and "/media/stick" in str(err)


MOUNTINFO = r"""22 1 252:0 / / rw,relatime - ext4 /dev/vda rw
40 22 8:17 / /media/court/MY\040STICK rw,nosuid - vfat /dev/sdb1 rw,fmask=0022
41 22 7:0 / /mnt/img rw - ext4 /dev/loop0 rw
42 22 0:39 / /mnt/fat rw - fuse.fusefat fusefat rw
"""


def test_mountinfo_parsing() -> None:
    entries = parse_mountinfo(MOUNTINFO)
    assert [e.mountpoint for e in entries] == ["/", "/media/court/MY STICK", "/mnt/img", "/mnt/fat"]
    assert entries[1].fstype == "vfat" and entries[1].source == "/dev/sdb1"
    assert "nosuid" in entries[1].options


def _vol(mount: str) -> Volume:
    return Volume(mount, "/dev/sdb1", "vfat", "STICK", 8_000_000_000, 7_000_000_000, False, "usb")


def test_poller_reports_changes_only() -> None:
    present: list[Volume] = [_vol("/media/a")]
    poller = MediaPoller(lister=lambda include: list(present))
    first = poller.poll()
    assert [v.mountpoint for v in first.added] == ["/media/a"] and first.changed
    assert not poller.poll().changed
    present.append(_vol("/media/b"))
    present.pop(0)
    changes = poller.poll()
    assert [v.mountpoint for v in changes.added] == ["/media/b"]
    assert [v.mountpoint for v in changes.removed] == ["/media/a"]
    assert "7000 MB free" in changes.current[0].describe()
