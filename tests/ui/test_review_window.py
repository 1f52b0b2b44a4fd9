"""The judge's review window on a sealed package recorded by the real engine (offscreen, no sound
card: the player writes into a capturing sink, so the output is checked sample by sample).

One package per module, sealed with a test key; each test opens it in its own window. The
package is never written: a test compares every file's bytes and modification time before and
after a review that plays, seeks, exports and closes.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent

from audio.playback import CapturingSink
from audio.sources import tone_frequency
from signing import journal as J
from signing.seal import seal_hearing
from tests.support.pki import TestPKI, shared_pki
from tests.support.review_hearing import RATE, make_review_hearing
from tests.support.sealing import detached_copy, signer_for
from ui.review.markers import FRAME_ROLE
from ui.review.timeline import RULER
from ui.review.transport import MUTE_STYLE
from ui.review.window import ReviewWindow

ARTIFACTS_DIR = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def pki() -> TestPKI:
    return shared_pki()


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    hearing = make_review_hearing(tmp_path_factory.mktemp("hearings"))
    return seal_hearing(hearing, signer_for(pki.secretary)).package


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory, pki: TestPKI) -> Path:
    return pki.write_chain(tmp_path_factory.mktemp("ca") / "chain.pem")


@pytest.fixture
def open_window(qtbot, languages, chain: Path):  # type: ignore[no-untyped-def]
    windows: list[ReviewWindow] = []

    def make(path: Path, **kw: object) -> ReviewWindow:
        kw.setdefault("sink", CapturingSink(RATE, 2))
        w = ReviewWindow(path, ca_file=chain, **kw)  # type: ignore[arg-type]
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.shutdown()


def wait_banner(qtbot, w: ReviewWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.banner_level != "wait", timeout=30000)


def pull(w: ReviewWindow, frames: int) -> np.ndarray:
    sink = w.player.sink
    assert isinstance(sink, CapturingSink)
    out = []
    for _ in range(0, frames, sink.blocksize):
        deadline = time.monotonic() + 10
        while w.player.buffered() < sink.blocksize and time.monotonic() < deadline:
            time.sleep(0.001)
        out.append(sink.pull(sink.blocksize))
    return np.concatenate(out)


def tone_levels(out: np.ndarray, channels: int) -> list[float]:
    mono = out[:RATE].sum(axis=1)
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(len(mono)))) / len(mono)
    return [float(spectrum[int(round(tone_frequency(c)))]) for c in range(channels)]


def test_marker_list_equals_the_journal_and_the_seal_is_valid(
    qtbot,
    open_window,  # type: ignore[no-untyped-def]
    package: Path,
) -> None:
    w = open_window(package)
    records = J.read_records(package / "data" / "journal.jsonl")
    amended = {r["data"]["marker"]: r["data"] for r in records if r["kind"] == J.MARKER_AMENDED}
    journal = [
        (r["frame"], amended.get(r["seq"], r["data"])["note"])
        for r in records
        if r["kind"] == J.MARKER
    ]
    model = w.markers.model
    shown = [
        (model.data(model.index(r, 0), FRAME_ROLE), model.markers[r].note)
        for r in range(model.rowCount())
    ]
    assert shown == journal
    assert model.data(model.index(0, 4)) == "✎ opens the hearing (amended)"
    assert "opens the hearing" in model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    wait_banner(qtbot, w)
    assert w.banner_level == "ok", w.banner.text()
    assert "ASANOVA AIGERIM" in w.banner.text()


def test_double_click_plays_from_the_marker(qtbot, open_window, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    table = w.markers.table
    row = 3
    frame = w.markers.proxy.data(w.markers.proxy.index(row, 0), FRAME_ROLE)
    rect = table.visualRect(w.markers.proxy.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.player.position == frame and w.player.playing
    out = pull(w, RATE // 2)
    assert w.player.position == frame + len(out)
    assert np.abs(out).max() > 0.05
    assert w.player.first_sample_ns >= w.player.seek_ns > 0
    qtbot.waitUntil(lambda: w.transport.position.text().startswith("0:00:04"))


def test_mute_and_solo_act_on_the_output(qtbot, open_window, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    w.vm.seek(0, play=True)
    levels = tone_levels(pull(w, RATE), 4)
    assert min(levels) > 0.01  # every microphone's tone is heard
    qtbot.mouseClick(w.mixer.mute[1], Qt.MouseButton.LeftButton)
    levels = tone_levels(pull(w, RATE), 4)
    assert levels[1] < 0.01 * min(levels[0], levels[2], levels[3])
    assert min(levels[0], levels[2], levels[3]) > 0.01
    qtbot.mouseClick(w.mixer.solo[3], Qt.MouseButton.LeftButton)
    levels = tone_levels(pull(w, RATE), 4)
    assert levels[3] > 100 * max(levels[:3])


def test_tampered_package_shows_the_failure_banner(
    qtbot,
    open_window,
    package: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    copy = detached_copy(package, tmp_path / "copy.sealed")
    audio = sorted((copy / "data" / "audio").glob("*.flac"))[1]
    raw = bytearray(audio.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    audio.write_bytes(bytes(raw))
    w = open_window(copy)
    wait_banner(qtbot, w)
    assert w.banner_level == "bad"
    assert "SEAL BROKEN" in w.banner.text() and audio.name in w.banner.text()


def test_review_never_writes_into_the_package(
    qtbot,
    open_window,
    package: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in package.rglob("*") if p.is_file()}
    w = open_window(package)
    w.play_from(RATE)
    pull(w, RATE // 2)
    w.player.set_speed(1.5)
    pull(w, RATE // 2)
    w.export_markers(tmp_path / "m.csv", "csv")
    w.export_markers(tmp_path / "m.txt", "labels")
    w.export_clip_to(tmp_path / "clip.wav", 0, RATE)
    wait_banner(qtbot, w)
    w.close()
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in package.rglob("*") if p.is_file()}
    assert after == before


def test_listening_session_has_no_export(
    qtbot,
    open_window,
    package: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    w = open_window(package, listening_session=True)
    for b in (w.export_csv, w.export_labels, w.export_clip):
        assert not b.isVisible()
    with pytest.raises(PermissionError):
        w.export_markers(tmp_path / "m.csv", "csv")
    with pytest.raises(PermissionError):
        w.export_clip_to(tmp_path / "c.wav", 0, RATE)
    assert "Listening session" in w.windowTitle()


def test_marker_filters_and_steps(qtbot, open_window, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    panel = w.markers
    panel.speaker_box.setCurrentIndex(panel.speaker_box.findData("Иванов И."))
    assert [m.note for m in panel.visible_markers()] == ["claim", "reply"]
    panel.speaker_box.setCurrentIndex(0)
    panel.event_box.setCurrentIndex(panel.event_box.findData("exhibit"))
    assert [m.note for m in panel.visible_markers()] == ["contract No. 7"]
    panel.event_box.setCurrentIndex(panel.event_box.findData("speech"))
    assert len(panel.visible_markers()) == 4
    panel.event_box.setCurrentIndex(0)
    panel.search.setText("OBJECT")
    assert [m.note for m in panel.visible_markers()] == ["objection"]
    panel.search.clear()
    w.vm.seek(0)
    qtbot.mouseClick(w.transport.next_marker, Qt.MouseButton.LeftButton)
    assert w.player.position == int(0.5 * RATE)
    qtbot.mouseClick(w.transport.next_marker, Qt.MouseButton.LeftButton)
    assert w.player.position == int(1.5 * RATE)
    qtbot.mouseClick(w.transport.forward, Qt.MouseButton.LeftButton)
    assert w.player.position == 6 * RATE - 1  # +5 s from 1.5 s: held at the last frame


def test_timeline_zoom_and_click_to_seek(qtbot, open_window, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    view = w.timeline.view
    assert view.length == view.total  # opens on the whole hearing
    for _ in range(30):  # wheel in, far past the limit
        centre = QPointF(view.width() / 2, view.height() / 2)
        view.wheelEvent(
            QWheelEvent(
                centre,
                view.mapToGlobal(centre),
                QPoint(0, 0),
                QPoint(0, 120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
        )
    assert view.length == RATE  # one second is the closest zoom
    qtbot.mouseClick(w.timeline.whole, Qt.MouseButton.LeftButton)
    assert view.length == view.total
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, 40))
    assert abs(w.player.position - view.total // 2) <= view.total / view.width() + 1
    qtbot.waitUntil(lambda: view.paint_count > 0)


def test_window_speaks_kazakh_and_russian(qtbot, open_window, languages, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package, verify=False)
    assert languages.switch("kk")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Сот отырысын қарау"))
    assert w.timeline.whole.text() == "Бүкіл отырыс"
    assert w.markers.model.headerData(2, Qt.Orientation.Horizontal) == "Сөйлеуші"
    assert languages.switch("ru")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Просмотр заседания"))
    assert w.mixer.mute[0].text() == "Выкл."


# ---------------------------------------------------------------- keyboard and one click (issue 18)
def test_space_plays_and_pauses_wherever_the_focus_is(qtbot, open_window, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    w.activateWindow()
    for target in (w.markers.table, w.mixer.mute[0], w.timeline.view):
        target.setFocus()
        qtbot.waitUntil(target.hasFocus)
        was = w.player.playing
        qtbot.keyClick(target, Qt.Key.Key_Space)
        assert w.player.playing is not was, type(target).__name__
    assert not w.mixer.mute[0].isChecked()  # Space played, it did not press the button
    w.markers.search.setFocus()
    was = w.player.playing
    qtbot.keyClick(w.markers.search, Qt.Key.Key_Space)
    assert w.player.playing is was and w.markers.search.text() == " "


def test_one_click_goes_to_the_marker_and_a_double_click_plays(
    qtbot, open_window, package: Path
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    table = w.markers.table
    index = w.markers.proxy.index(3, 2)
    frame = w.markers.proxy.data(w.markers.proxy.index(3, 0), FRAME_ROLE)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert table.currentIndex().row() == 3
    assert w.player.position == frame and not w.player.playing
    other = w.markers.proxy.index(1, 2)
    # a real double click: press and release, then the double click
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(other).center()
    )
    assert not w.player.playing
    qtbot.mouseDClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(other).center()
    )
    assert w.player.playing
    assert w.player.position >= w.markers.proxy.data(w.markers.proxy.index(1, 0), FRAME_ROLE)


def test_mute_and_solo_are_seen_and_dim_their_lanes(qtbot, open_window, package: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_window(package)
    view = w.timeline.view
    assert w.mixer.mute[1].styleSheet() == MUTE_STYLE and "#c62828" in MUTE_STYLE
    qtbot.mouseClick(w.mixer.mute[1], Qt.MouseButton.LeftButton)
    assert view.silenced == frozenset({1})
    assert "line-through" in w.mixer.labels[1].styleSheet()
    qtbot.mouseClick(w.mixer.solo[3], Qt.MouseButton.LeftButton)
    assert view.silenced == frozenset({0, 1, 2})
    image = view.grab().toImage()
    image.save(str(ARTIFACTS_DIR / "review-solo-dimmed.png"))
    lanes = w.review.channels
    lane_h = (view.height() - RULER) / lanes

    def lightness(lane: int) -> float:  # the lane's mean lightness along one row
        y = int(RULER + (lane + 0.3) * lane_h)  # above the waveform, below the name
        xs = range(view.width() // 4, view.width(), 7)
        return sum(QColor(image.pixel(x, y)).lightnessF() for x in xs) / len(xs)

    assert lightness(3) > lightness(0) + 0.1, (lightness(3), lightness(0))
    assert lightness(3) > lightness(1) + 0.1 and lightness(3) > lightness(2) + 0.1
    qtbot.mouseClick(w.mixer.solo[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.mixer.mute[1], Qt.MouseButton.LeftButton)
    assert view.silenced == frozenset()
