"""A start that fails in the window still leaves its protocol and act (Rules p. 17).

The real PortAudio failure is recorded in tests/integration/test_documents_cases.py; here the
window's path: Start → the source refuses to start → the station writes the act first, then the
protocol saying nothing was recorded, and seals (or waits for the key) like any other hearing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.documents import build_document, load_hearing
from app.station import Station as CoreStation
from audio.sources import SourceError, ToneSource
from tests.ui.conftest import fill_form, run_check, tones_factory


class UnpluggedAtStart(ToneSource):
    """Tones for the equipment check; then the device is gone when recording starts."""

    gone = False

    def start(self, sink):  # type: ignore[no-untyped-def]
        if type(self).gone:
            raise SourceError(
                "cannot start recording from 'USB': Error opening InputStream: Device "
                "unavailable [PaErrorCode -9985]"
            )
        super().start(sink)


def test_failed_start_writes_the_act_and_the_protocol(  # type: ignore[no-untyped-def]
    qtbot, make_window, station, tmp_path: Path
) -> None:
    core = CoreStation(tmp_path / "core", hearings=station.recordings_root)
    station.after_failed_start = core.after_failed_start
    station.source_factory = tones_factory(UnpluggedAtStart)
    w = make_window(station)
    fill_form(qtbot, w, [("judge", "Сейткали А. Б.", 1)], channels=2)
    run_check(qtbot, w)
    UnpluggedAtStart.gone = True
    try:
        qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    finally:
        UnpluggedAtStart.gone = False
    assert w.session is None and "Device unavailable" in w.message.text()
    (folder,) = [p for p in station.recordings_root.iterdir() if p.is_dir()]
    assert sorted(p.name for p in (folder / "protocol").iterdir()) == [
        "act-kk.pdf",
        "act-ru.pdf",
        "protocol-kk.pdf",
        "protocol-ru.pdf",
    ]
    assert not list((folder / "audio").iterdir())  # no empty audio file left behind
    facts = load_hearing(folder)
    assert not facts.recorded and facts.act_made
    text = build_document("protocol", facts, "kk").plain_text()
    assert "жазу құрылғысы қолжетімсіз" in text and "Device" not in text
    assert "Тізімдеме" not in text  # no inventory line: there is no medium
