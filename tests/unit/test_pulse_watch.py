"""The PulseAudio source watch lists the sources once, then only when the server reports a source
added or removed, and polls when no subscriber can run. A stand-in ``pactl`` (a shell script)
plays the server: it logs every listing and prints the events the test writes to a fifo."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from audio.pulse_watch import PulseSourceWatch

FAKE_PACTL = """#!/bin/sh
if [ "$1" = subscribe ]; then
    [ -e "{dir}/no-subscribe" ] && exit 1
    exec cat "{dir}/events"
fi
echo list >> "{dir}/listings"
cat "{dir}/sources"
"""


@pytest.fixture
def server(tmp_path: Path) -> Path:
    pactl = tmp_path / "pactl"
    pactl.write_text(FAKE_PACTL.format(dir=tmp_path))
    pactl.chmod(0o755)
    os.mkfifo(tmp_path / "events")
    (tmp_path / "sources").write_text(
        "0\tcourt8.monitor\tmodule-null-sink.c\ts16le 8ch 48000Hz\tRUNNING\n"
    )
    return tmp_path


def _listings(server: Path) -> int:
    f = server / "listings"
    return len(f.read_text().splitlines()) if f.exists() else 0


def _settled(watch: PulseSourceWatch) -> None:
    watch._settled_at = 0.0  # the test's subscriber is connected as soon as the fifo is open


def test_the_list_is_read_again_only_when_a_source_comes_or_goes(server: Path) -> None:
    watch = PulseSourceWatch(str(server / "pactl"), "court8.monitor")
    events = open(server / "events", "w")  # noqa: SIM115 - closed below
    try:
        _settled(watch)
        assert watch.present() is True
        assert _listings(server) == 1
        for _ in range(5):
            assert watch.present() is True
        assert _listings(server) == 1  # nothing changed: no pactl started
        events.write("Event 'change' on source-output #7\nEvent 'new' on sink-input #9\n")
        events.flush()
        time.sleep(0.2)
        assert watch.present() is True
        assert _listings(server) == 1  # other objects' events do not count
        (server / "sources").write_text("1\tother\tmodule-null-sink.c\ts16le 2ch 48000Hz\tIDLE\n")
        events.write("Event 'remove' on source #0\n")
        events.flush()
        time.sleep(0.2)
        assert watch.present() is False
        assert _listings(server) == 2
        assert watch.present() is False
        assert _listings(server) == 2
    finally:
        events.close()
        watch.close()


def test_without_a_subscriber_the_list_is_read_every_time(server: Path) -> None:
    (server / "no-subscribe").touch()
    watch = PulseSourceWatch(str(server / "pactl"), "court8.monitor")
    try:
        _settled(watch)
        time.sleep(0.2)  # the subscriber has exited
        assert watch.present() is True
        assert watch.present() is True
        assert _listings(server) == 2
        (server / "sources").write_text("")
        assert watch.present() is False
    finally:
        watch.close()


def test_an_unreachable_server_is_unknown_not_absent(server: Path) -> None:
    (server / "no-subscribe").touch()
    (server / "pactl").write_text("#!/bin/sh\nexit 1\n")
    watch = PulseSourceWatch(str(server / "pactl"), "court8.monitor")
    try:
        assert watch.present() is None
    finally:
        watch.close()
