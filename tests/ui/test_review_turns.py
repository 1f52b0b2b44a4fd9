"""Who spoke when in the review window (ui/review/turns.py): the lane computed from the recorded
corpus, detected turns without a marker in the list, search by speaker over both, and exports
that stay the secretary's markers only."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.hearing.details import HearingInfo, Participant
from app.hearing.session import HearingSession
from audio.activity import Turn
from audio.engine import EngineConfig
from audio.playback import CapturingSink
from audio.sources import FileSource
from tests.support.speech_corpus import Corpus, build_corpus, espeak_available, score
from ui.review.markers import ALL
from ui.review.window import ReviewWindow

PEOPLE = [
    Participant("judge", "Сейтқали Б.", 1),
    Participant("plaintiff", "Иванов И.", 2),
    Participant("respondent", "Петров П.", 3),
    Participant("witness", "Әлиева А.", 4),
]
MARKED = 3  # the secretary marked the first three turns only


def _record(parent: Path, corpus: Corpus) -> Path:
    import soundfile as sf

    wav = parent / "corpus.wav"
    sf.write(wav, corpus.int16(), corpus.rate, subtype="PCM_16")
    info = HearingInfo(
        court="Астана қаласының мамандандырылған ауданаралық экономикалық соты",
        courtroom="204",
        case_number="7199-26-00-2/2121",
        date="2026-12-04",
        judge="Сейтқали Б.",
        secretary="Жумабекова Д. Е.",
        participants=list(PEOPLE),
    )
    session = HearingSession.create(
        parent / "h", info, channels=4, rate=corpus.rate, bits=16, source_name="corpus",
        segment_seconds=20,
    )  # fmt: skip
    total = len(corpus.audio)
    source = FileSource(wav, 16, realtime=False)
    session.start(source, EngineConfig(segment_seconds=20, stop_after_frames=total))
    session.wait(timeout=120)
    for i, t in enumerate(corpus.truth[:MARKED]):
        p = PEOPLE[t.channel]
        session.add_marker(  # the last one accepted from the live suggestion
            p.name, role=p.role, channel=p.channel, frame=t.start + corpus.rate // 3,
            suggested=i == MARKED - 1,
        )  # fmt: skip
    session.end()
    return session.folder


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    assert espeak_available(), "espeak-ng is missing: scripts/setup.sh --test installs it"
    return build_corpus(channels=4, turns=8, seed=11)


def test_lane_unmarked_turns_and_search_by_speaker(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path, shots, corpus
) -> None:
    folder = _record(tmp_path, corpus)
    languages.switch("kk")
    w = ReviewWindow(folder, sink=CapturingSink(corpus.rate, 2), verify=False)
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    panel = w.turns
    qtbot.waitUntil(lambda: panel.turns is not None, timeout=60000)
    turns = panel.turns
    assert turns is not None
    found = [Turn(t.start_frame, t.end_frame, t.microphone - 1) for t in turns]
    s = score(corpus.truth, found, corpus.rate)
    assert not s.missed and s.right_share >= 0.95
    assert [t.participant for t in turns] == [PEOPLE[t.channel].name for t in corpus.truth]

    model = w.markers.model
    assert model.rowCount() == MARKED
    speaker_col = model.COLUMNS.index("speaker")
    texts = [str(model.data(model.index(r, speaker_col))) for r in range(MARKED)]
    assert [t.endswith("◇") for t in texts] == [False] * (MARKED - 1) + [True]
    assert model.data(model.index(MARKED - 1, 0), Qt.ItemDataRole.ToolTipRole)
    panel.show_unmarked.setChecked(True)
    assert model.rowCount() == len(corpus.truth)
    detected = [m for m in model.markers if m.type == "detected"]
    assert len(detected) == len(corpus.truth) - MARKED
    for m, t in zip(detected, corpus.truth[MARKED:], strict=True):
        assert abs(m.frame - t.start) < 0.5 * corpus.rate
        assert m.speaker == PEOPLE[t.channel].name

    # search by speaker covers markers and detected turns alike
    for who in {PEOPLE[t.channel].name for t in corpus.truth}:
        box = w.markers.speaker_box
        box.setCurrentIndex(box.findData(who))
        shown = w.markers.visible_markers()
        want = [t for t in corpus.truth if PEOPLE[t.channel].name == who]
        assert len(shown) == len(want) and all(m.speaker == who for m in shown)
    box.setCurrentIndex(box.findData(ALL))

    w.timeline.view.set_view(0, min(w.timeline.view.total, 60 * corpus.rate))
    w.play_from(corpus.truth[MARKED].start)
    w.player.pause()
    w.vm.poll()
    qtbot.waitUntil(lambda: w.timeline.view.paint_count > 0)
    time.sleep(0.1)
    assert w.grab().save(str(shots / "kk-review-who-spoke-when.png"))

    # exports and the record stay the secretary's markers only
    out = w.export_markers(tmp_path / "markers.csv", "csv")
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert len(rows) - 1 == MARKED
    assert len(w.review.markers) == MARKED
    w.shutdown()
