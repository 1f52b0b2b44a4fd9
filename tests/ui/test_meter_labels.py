"""Channel names under the meter stay across and readable at 8 microphones on 1366 px (issue 18).

The real window records 8 channels of a hearing with long Kazakh and Russian names at 1366×768,
with the alarms strip up (the meter at its shortest). Under every bar the number and the name are
written across, each line within the bar's own column (no name runs into its neighbour, none is
cut by the widget's edge), each name begins readably (a whole first word or at least six letters
before "…"), and hovering shows the whole name. The headphone lists under it show their whole
choice (or shorten it with "…").
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from audio.engine_types import Alarm
from tests.ui.conftest import run_check
from tests.ui.test_screen_fit import long_hearing
from ui.recording.meter import LevelMeterWidget, wrap_name


def test_wrap_name_wraps_words_and_shortens_only_what_does_not_fit(qapp) -> None:  # type: ignore[no-untyped-def]
    fm = QFontMetrics(QFont("Noto Sans", 9))
    width = fm.horizontalAdvance("Сейткали") + 2
    assert wrap_name(fm, "Сейткали А. Б.", width, 3) == ["Сейткали", "А. Б."]
    long = wrap_name(fm, "Нұрмұхамедова-Сейітқалиева Әйгерім Жұмабекқызы", width, 2)
    assert len(long) == 2 and all(fm.horizontalAdvance(x) <= width for x in long)
    assert long[0].startswith("Нұрмұх") and long[0].endswith("…")
    assert wrap_name(fm, "", width, 3) == [] and wrap_name(fm, "Иванов", width, 0) == []


def test_eight_names_stay_across_and_readable_on_1366(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, languages, shots
) -> None:
    languages.switch("kk")
    w = make_window(station)
    w.form.fill(long_hearing())
    w.form.channels.setValue(8)
    run_check(qtbot, w)
    assert w.start_recording(), w.message.text()
    qtbot.waitUntil(lambda: w.vm.hearing_frame() > 4800, timeout=10000)
    for kind, channel in (("silent", 2), ("clip", 4), ("overflow", None)):
        w.page.alarms.add(Alarm(kind, "", w.vm.hearing_frame(), channel))
    qtbot.waitUntil(lambda: w.page.alarms.isVisible())
    QApplication.processEvents()
    meter: LevelMeterWidget = w.page.meter
    assert meter.channels == 8
    fm = QFontMetrics(QFont(meter.font()))
    boxes = [meter.label_rect(ch) for ch in range(8)]
    for ch, box in enumerate(boxes):
        assert meter.rect().contains(box), (ch, box.getRect(), meter.rect().getRect())
        if ch:
            assert boxes[ch - 1].right() < box.left(), "two names share a column"
        lines = wrap_name(fm, meter.labels[ch], box.width(), box.height() // fm.height() - 1)
        assert lines, f"channel {ch + 1}: no room for its name under the bar ({box.getRect()})"
        first = lines[0].rstrip("…")
        assert first == meter.labels[ch].split()[0] or len(first) >= 6, (ch, lines)
        assert all(fm.horizontalAdvance(x) <= box.width() for x in lines), (ch, lines)
    # the headphone lists under the meter show their choice whole, or shortened with "…" and
    # whole in the tool tip (they were cut mid-letter)
    panel = w.page.monitor_panel
    for combo in (panel.device, panel.source):
        text, shown = combo.currentText(), combo.shown_text()
        assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1])), shown
        assert combo.toolTip() == text
    assert panel.source.shown_text() == panel.source.currentText()  # "all together": whole
    meter.grab().save(str(shots / "meter-8-names-kk.png"))
    w.grab().save(str(shots / "fit-kk-recording-8-names.png"))

    bar = meter._bar_rect(2)  # noqa: SLF001 - where the third bar is drawn
    pos = QPoint(bar.center().x(), bar.center().y())
    event = QHelpEvent(QHelpEvent.Type.ToolTip, pos, meter.mapToGlobal(pos))
    QApplication.sendEvent(meter, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "3: " + meter.labels[2]
    w.page.controls.end()
    qtbot.waitUntil(lambda: w.page.controls.new_button.isVisible(), timeout=30000)


def test_a_silent_channel_shows_its_badge_across_not_sideways(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path, languages, shots
) -> None:
    """Microphone 2 records nothing (a dead channel through the real engine): its bar carries
    the "silent" badge written across at its foot, within the bar, readable as it stands; the
    other bars carry none. (The engine's meter calls a channel silent after 30 s; the test
    shortens that to 1 s on the running engine.)"""
    from tests.ui.conftest import SIMULATED, DeadChannelTones, tones_factory
    from ui.recording.meter import SILENT_BADGE
    from ui.station.composition import WindowParts

    station = WindowParts(
        tmp_path / "h",
        tmp_path / "s",
        inputs=lambda: list(SIMULATED),
        outputs=lambda: [],
        source_factory=tones_factory(DeadChannelTones),
        precheck_max_seconds=3.0,
    )
    languages.switch("kk")
    w = make_window(station)
    w.resize(1366, 768)
    w.form.fill(long_hearing())
    w.form.channels.setValue(8)
    run_check(qtbot, w)
    w.precheck.reason.setText("2-микрофон істемейді, судья хабардар")
    assert w.precheck.acknowledge()
    assert w.start_recording(), w.message.text()
    w.session.engine.meter.silence_s = 1.0
    meter: LevelMeterWidget = w.page.meter
    qtbot.waitUntil(
        lambda: meter.snapshot is not None and bool(meter.snapshot.silent[1]), timeout=10000
    )
    assert not any(meter.snapshot.silent[ch] for ch in range(8) if ch != 1)
    meter.repaint()
    image = meter.grab().toImage()
    badge = SILENT_BADGE.rgb()
    for ch in range(8):
        bar = meter._bar_rect(ch)  # noqa: SLF001 - where the bar is drawn
        points = [
            (x, y)
            for x in range(bar.left(), bar.right() + 1)
            for y in range(bar.top(), bar.bottom() + 1)
            if image.pixel(x, y) == badge
        ]
        if ch != 1:
            assert not points, f"channel {ch + 1} is not silent but shows the badge"
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        width, height = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
        assert width >= bar.width() - 2 and width > 1.5 * height, (width, height)  # across
        assert max(ys) > bar.bottom() - 3 * height, "at the foot of the bar"
    meter.grab().save(str(shots / "meter-silent-kk.png"))
    w.grab().save(str(shots / "fit-kk-recording-silent.png"))
    w.page.controls.end()
    qtbot.waitUntil(lambda: w.page.controls.new_button.isVisible(), timeout=30000)
