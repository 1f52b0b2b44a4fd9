"""The review window shows where a sealed package's audio was altered (#19): the seal banner
lists the altered stretches in hearing time with their microphones, and the timeline marks them
on the affected lanes. The package is recorded by the real engine, sealed, then re-encoded with
one microphone silenced for a second; the real verifier runs behind the banner."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from audio.playback import CapturingSink
from signing.seal import seal_hearing
from tests.support.pki import shared_pki
from tests.support.review_hearing import RATE, make_review_hearing
from tests.support.sealing import detached_copy, signer_for
from ui.review.window import ReviewWindow


def test_banner_lists_altered_ranges_and_the_lane_is_marked(  # type: ignore[no-untyped-def]
    qtbot, languages, tmp_path: Path, artifacts: Path
) -> None:
    pki = shared_pki()
    hearing = make_review_hearing(tmp_path / "hearings")
    package = seal_hearing(hearing, signer_for(pki.secretary)).package
    copy = detached_copy(package, tmp_path / "copy.sealed")
    target = sorted((copy / "data" / "audio").glob("*.flac"))[0]
    pcm, rate = sf.read(target, dtype="int16", always_2d=True)
    pcm[RATE : 2 * RATE, 1] = 0  # microphone 2 silenced for second 1 of the first segment
    sf.write(target, pcm, rate, subtype="PCM_16", format="FLAC")
    w = ReviewWindow(
        copy, ca_file=pki.write_chain(tmp_path / "chain.pem"), sink=CapturingSink(RATE, 2)
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    try:
        qtbot.waitUntil(lambda: w.banner_level != "wait", timeout=30000)
        assert w.banner_level == "bad"
        text = w.banner.text()
        assert "Altered audio: 0:00:01.000–0:00:02.000 (microphone(s) 2)" in text, text
        view = w.timeline.view
        assert [(r["first_frame"], r["end_frame"], r["channels"]) for r in view.altered] == [
            (RATE, 2 * RATE, [2])
        ]
        view.set_view(0, 4 * RATE)
        qtbot.wait(50)
        image = view.grab().toImage()
        lane_h = (view.height() - 22) / view.review.channels
        x = int(view.x_of(1.25 * RATE))  # clear of the marker at 1.5 s
        tinted = image.pixelColor(x, int(22 + 1.2 * lane_h))  # lane 2, inside the band
        plain = image.pixelColor(x, int(22 + 0.2 * lane_h))  # lane 1 at the same moment
        assert tinted.red() > tinted.green() + 40 and abs(plain.red() - plain.green()) < 40
        out = artifacts / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        w.grab().save(str(out / "review-altered.png"))
    finally:
        w.shutdown()
    assert np.any(pcm)  # the copy still holds sound elsewhere
