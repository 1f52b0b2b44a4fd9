"""The view model polls without a window and emits a signal only when its value changed."""

from __future__ import annotations

import numpy as np

from app.hearing.details import HearingInfo, Participant
from app.hearing.session import HearingSession
from audio.engine import EngineConfig
from audio.sources import ToneSource
from signing.journal import read_records
from ui.recording.viewmodel import DISK_LOW_SECONDS, RecordingViewModel, recording_bytes_per_second


def _session(tmp_path) -> HearingSession:  # type: ignore[no-untyped-def]
    info = HearingInfo(
        court="C",
        courtroom="1",
        case_number="2-1/26",
        date="2026-11-21",
        judge="J",
        secretary="S",
        participants=[Participant("judge", "J", 1)],
    )
    return HearingSession.create(
        tmp_path, info, channels=2, rate=48000, bits=16, source_name="tones"
    )


def test_signals_only_on_change(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _session(tmp_path)
    vm = RecordingViewModel(session)
    states, meters, clocks = [], [], []
    vm.stateChanged.connect(states.append)
    vm.meterChanged.connect(meters.append)
    vm.clockChanged.connect(lambda s, w: clocks.append((s, w)))
    vm.poll()
    vm.poll()
    assert states == ["idle"] and meters == [] and len(clocks) == 1
    src = ToneSource(2, 48000, 16, realtime=False, max_frames=48000 * 2)
    session.start(src, EngineConfig(stop_after_frames=48000 * 2))
    qtbot.waitUntil(lambda: session.engine is not None and session.engine.ended.is_set())
    vm.poll()
    vm.poll()  # nothing new since the last poll: no signal
    assert states == ["idle", "ended"]
    assert len(meters) == 1 and np.asarray(meters[0].display_db).max() > -20
    assert clocks[-1][0] == 2  # two seconds of hearing time, from frames
    session.end()


def test_disk_low_threshold_from_the_recording_rate(tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _session(tmp_path)
    vm = RecordingViewModel(session)
    raised = []
    vm.alarmRaised.connect(raised.append)
    pcm = 48000 * 2 * 2
    assert recording_bytes_per_second(session, 0, 0) == pcm  # nothing measured yet: raw PCM
    assert recording_bytes_per_second(session, 48000 * 60, pcm * 60 // 4) == pcm / 2  # floor
    assert vm.check_disk(free_bytes=pcm * (DISK_LOW_SECONDS + 60)) > DISK_LOW_SECONDS
    assert raised == []
    assert vm.check_disk(free_bytes=pcm * 600) == 600
    assert vm.check_disk(free_bytes=pcm * 500) == 500  # still low: raised once, not again
    assert [a.kind for a in raised] == ["disk_low"]
    session.journal.close()
    alarms = [r for r in read_records(session.folder / "journal.jsonl") if r["kind"] == "alarm"]
    assert alarms[0]["data"]["alarm"] == "disk_low"
    assert "10 min" in alarms[0]["data"]["message"]


def test_a_marker_the_journal_refuses_is_announced(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = _session(tmp_path)
    vm = RecordingViewModel(session)
    raised = []
    vm.alarmRaised.connect(raised.append)
    session.journal.close()  # as when the drive fails
    assert vm.add_marker(0, speaker="J", role="judge", channel=1) is None
    assert [a.kind for a in raised] == ["marker_failed"]
