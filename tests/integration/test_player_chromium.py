"""The participant copy's player.html in Debian's headless Chromium, driven over DevTools.

The audio loads from the copy's own files, the marker list is shown, clicking a marker moves
playback there and playback goes on from it, muting a microphone switches to the per-microphone
files with that one muted, the speed applies to every file, the closed part is announced, and the
page asks for nothing but its own files. A screenshot goes to test-artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.copies.participant import build_participant_copy
from tests.support.cdp import Chromium, chromium_path
from tests.support.export_hearing import event, sealed_with_markers, speech
from tests.support.pki import make_pki

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(chromium_path() is None, reason="needs the Debian package chromium"),
]
R = 48000
ROWS = "document.querySelectorAll('#markers tr')"


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("player")
    sealed = sealed_with_markers(
        tmp,
        make_pki(),
        [
            (R // 2, speech(1, "Иванов И.", "plaintiff", 2, "иск поддерживаю")),
            (2 * R, event(2, "hearing_closed_declared")),
            (2 * R + R // 2, speech(3, "Ахметова А.", "respondent", 3, "не для копии")),
            (4 * R, event(4, "hearing_open_declared")),
            (5 * R, speech(5, "Сейтқали Б.", "judge", 1)),
        ],
        seconds=8.0,
    )
    return build_participant_copy(sealed.package, tmp / "copy", lang="ru").folder


def test_player_plays_seeks_mutes_in_chromium(copy: Path, artifacts: Path) -> None:
    with Chromium() as browser:
        browser.open((copy / "player.html").as_uri())
        browser.send("Network.enable")
        # the old document is marked, so that the wait below sees the reloaded one, not the old
        browser.evaluate("window.zhazbaOldPage = true; location.reload(); true")
        browser.wait_for(
            "!window.zhazbaOldPage && document.readyState === 'complete' && window.zhazbaPlayer",
            "reloaded",
        )

        # audio loads: the mix and every microphone file, with the hearing's length
        duration = browser.wait_for(
            "zhazbaPlayer.mix.readyState >= 1 && zhazbaPlayer.mix.duration", "mix metadata"
        )
        assert duration == pytest.approx(8.0, abs=0.05)
        browser.wait_for("zhazbaPlayer.micEls.every(a => a.readyState >= 1)", "microphone files")
        assert browser.evaluate("zhazbaPlayer.micEls.length") == 4

        # the marker list: four shown, the one inside the closed part left out and announced
        rows = browser.evaluate(f"[...{ROWS}].map(r => r.innerText)")
        assert len(rows) == 4
        assert "Иванов И. (истец)" in rows[0] and "иск поддерживаю" in rows[0]
        assert not any("не для копии" in r for r in rows)
        notice = browser.evaluate("document.getElementById('closed').innerText")
        assert "0:00:02" in notice and "0:00:04" in notice
        assert "1" in browser.evaluate("document.getElementById('omitted').innerText")

        # clicking a marker moves playback there, and it plays on from there
        at = browser.evaluate(f"{ROWS}[3].click(); zhazbaPlayer.time()")
        assert at == pytest.approx(5.0, abs=0.01)
        browser.wait_for("zhazbaPlayer.playing && !zhazbaPlayer.mix.paused", "playing")
        browser.wait_for("zhazbaPlayer.time() > 5.05", "playback moving on from the marker")
        browser.wait_for(f"{ROWS}[3].classList.contains('current')", "marker highlighted")
        at = browser.evaluate(f"{ROWS}[0].click(); zhazbaPlayer.time()")
        assert at == pytest.approx(0.5, abs=0.01)

        # muting microphone 2: the per-microphone files play, that one muted, the mix stops
        browser.evaluate("document.querySelectorAll('#mics input')[1].click(); true")
        state = browser.evaluate(
            "({mode: zhazbaPlayer.mode, muted: zhazbaPlayer.micEls.map(a => a.muted),"
            " mixPaused: zhazbaPlayer.mix.paused})"
        )
        assert state == {"mode": "mics", "muted": [False, True, False, False], "mixPaused": True}
        start = browser.evaluate("zhazbaPlayer.micEls[0].currentTime")
        browser.wait_for(
            "zhazbaPlayer.micEls.every(a => !a.paused)"
            f" && zhazbaPlayer.micEls[0].currentTime > {start}",
            "microphone files playing",
        )
        assert "line-through" in browser.evaluate(
            "getComputedStyle(document.querySelectorAll('.mic')[1]).textDecorationLine"
        )

        # speed applies to every file
        browser.evaluate(
            "const s = document.getElementById('speed'); s.value = '1.5';"
            " s.dispatchEvent(new Event('change')); true"
        )
        rates = browser.evaluate(
            "[zhazbaPlayer.mix, ...zhazbaPlayer.micEls].map(a => a.playbackRate)"
        )
        assert rates == [1.5] * 5

        # unmuting returns to the stereo mix
        browser.evaluate("document.querySelectorAll('#mics input')[1].click(); true")
        browser.wait_for("zhazbaPlayer.mode === 'mix' && !zhazbaPlayer.mix.paused", "back to mix")
        browser.evaluate("zhazbaPlayer.pause(); true")

        shot = browser.screenshot(artifacts / "player-chromium.png")
        assert shot.stat().st_size > 10_000
        assert browser.console_errors() == []
        urls = [
            e["params"]["request"]["url"]
            for e in browser.events
            if e.get("method") == "Network.requestWillBeSent"
        ]
        assert urls and all(u.startswith(("file:", "data:", "blob:")) for u in urls), urls
