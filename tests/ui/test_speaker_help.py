"""Live help while recording (ui/recording/speaker_help.py): the speaking participant is
highlighted, a
missed marker is suggested, and only the secretary's key puts it into the journal.

The station records a scripted espeak-ng corpus (the judge on microphone 1, the plaintiff on
microphone 2, the respondent on microphone 3, with crosstalk and room noise) through the real
engine in real time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import soundfile as sf
from PySide6.QtCore import Qt

from audio.sources import FileSource, InputSource
from signing.journal import read_records
from tests.support.speech_corpus import Corpus, espeak_available, script_corpus
from tests.ui.conftest import SIMULATED, fill_form, run_check
from ui.recording.speaker_help import BUTTON_STYLE
from ui.station.composition import InputChoice, Station

PEOPLE = [
    ("judge", "Сейткали А. Б.", 1),
    ("plaintiff", "Әбенов Қ. Ж.", 2),
    ("respondent", "Ким С.", 3),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    assert espeak_available(), "espeak-ng is missing: scripts/setup.sh --test installs it"
    return script_corpus(3, [(0, 0.6, 1), (1, 4.0, 2), (2, 12.0, 2)])


def _station(tmp_path: Path, corpus: Corpus) -> Station:
    wav = tmp_path / "corpus.wav"
    sf.write(wav, corpus.int16(), corpus.rate, subtype="PCM_16")

    def source(choice: InputChoice, channels: int, realtime: bool) -> InputSource:
        return FileSource(wav, 16, realtime=realtime)

    return Station(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=source,
        precheck_max_seconds=5.0,
    )


def test_highlight_and_a_suggested_marker_put_only_by_the_secretary(  # type: ignore[no-untyped-def]
    qtbot, make_window, languages, tmp_path, shots, corpus
) -> None:
    w = make_window(_station(tmp_path, corpus))
    languages.switch("kk")
    fill_form(qtbot, w, PEOPLE, channels=3)
    run_check(qtbot, w)
    assert w.start_recording(), w.message.text()
    help_ = w.page.speaker_help
    buttons = w.page.markers.speaker_buttons
    judge, plaintiff, respondent = corpus.truth

    qtbot.waitUntil(lambda: help_.speaker == 1, timeout=10000)
    assert buttons[0].styleSheet() == BUTTON_STYLE and buttons[1].styleSheet() == ""
    assert help_.overlay.speaker == 1
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_F1)  # the secretary marks the judge
    meter = w.page.meter
    frames = meter.frames_painted
    qtbot.waitUntil(lambda: meter.frames_painted > frames + 3)
    assert w.grab().save(str(shots / "kk-speaker-highlighted.png"))

    qtbot.waitUntil(lambda: help_.speaker == 2, timeout=10000)
    assert buttons[1].styleSheet() == BUTTON_STYLE and buttons[0].styleSheet() == ""
    # no marker for the plaintiff: after a few seconds the station suggests one
    qtbot.waitUntil(lambda: help_.suggestion is not None, timeout=10000)
    s = help_.suggestion
    assert s.participant.name == "Әбенов Қ. Ж." and s.channel == 2
    assert abs(s.frame - plaintiff.start) < 0.5 * corpus.rate
    assert help_.bar.isVisible()
    assert w.grab().save(str(shots / "kk-marker-suggested.png"))
    journal = w.session.folder / "journal.jsonl"
    assert len([r for r in read_records(journal) if r["kind"] == "marker"]) == 1

    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_Insert)  # one key puts it
    assert help_.suggestion is None and not help_.bar.isVisible()
    assert w.page.markers.model.rowCount() == 2
    # the respondent's turn is suggested too; Esc dismisses it and nothing is put
    qtbot.waitUntil(lambda: help_.speaker == 3, timeout=15000)
    qtbot.waitUntil(lambda: help_.suggestion is not None, timeout=10000)
    assert help_.suggestion.participant.name == "Ким С."
    assert abs(help_.suggestion.frame - respondent.start) < 0.5 * corpus.rate
    qtbot.keyClick(w.page.markers.table, Qt.Key.Key_Escape)
    assert help_.suggestion is None and not help_.bar.isVisible()
    qtbot.waitUntil(lambda: help_.speaker == 0, timeout=15000)
    assert help_.suggestion is None
    assert w.page.markers.model.rowCount() == 2
    w.page.controls.end()
    markers = [r for r in read_records(journal) if r["kind"] == "marker"]
    assert len(markers) == 2
    assert "suggested" not in markers[0]["data"]
    assert markers[1]["data"]["suggested"] is True
    assert markers[1]["data"]["speaker"] == "Әбенов Қ. Ж." and markers[1]["data"]["channel"] == 2
    assert markers[1]["frame"] == s.frame
    assert abs(markers[0]["frame"] - judge.start) < 2 * corpus.rate
