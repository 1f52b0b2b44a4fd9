"""A screenshot of the review window on a real recording (synthetic speakers taking turns, a
recess, speaker and event markers, sealed with a test key): test-artifacts/screenshots/review.png,
for people to look at. The test checks only that the window drew the timeline and the banner."""

from __future__ import annotations

from pathlib import Path

from audio.playback import CapturingSink
from signing.seal import seal_hearing
from tests.support.pki import shared_pki
from tests.support.review_hearing import RATE, make_review_hearing
from tests.support.sealing import signer_for
from ui.review.window import ReviewWindow

MARKERS = [
    (3.0, "Сейтқали Б.", "judge", 1, "", "opens the hearing, explains the rights"),
    (14.0, "Иванов И.", "plaintiff", 2, "", "states the claim"),
    (29.0, "", "", None, "exhibit", "contract No. 7 of 3 March"),
    (33.0, "Петров П.", "respondent", 3, "", "objects: the term has passed"),
    (47.0, "Иванов И.", "plaintiff", 2, "", "replies"),
    (55.0, "Сейтқали Б.", "judge", 1, "", "questions to the respondent"),
    (70.0, "", "", None, "warning_of_liability", "witness Ахметова warned"),
    (72.0, "Петров П.", "respondent", 3, "", "answers"),
    (84.0, "Сейтқали Б.", "judge", 1, "", "announces a recess"),
]


def test_screenshot(qtbot, languages, artifacts: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pki = shared_pki()
    hearing = make_review_hearing(
        tmp_path, seconds=90, channels=4, segment_seconds=30, speech=True, markers=MARKERS
    )
    package = seal_hearing(hearing, signer_for(pki.secretary)).package
    w = ReviewWindow(
        package, sink=CapturingSink(RATE, 2), ca_file=pki.write_chain(tmp_path / "chain.pem")
    )
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.banner_level != "wait", timeout=30000)
    w.play_from(int(33.0 * RATE))
    w.player.pause()
    w.vm.poll()
    w.markers.table.selectRow(3)
    qtbot.waitUntil(lambda: w.timeline.view.paint_count > 0)
    out = artifacts / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    assert w.grab().save(str(out / "review.png"))
    assert w.banner_level == "ok"
    w.shutdown()
