"""The review's marker table model and filter, without a window (the Vorta way)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.review.model import HearingReview
from signing import journal as J
from ui.review.markers import (
    ALL,
    FRAME_ROLE,
    MARKER_ROLE,
    SPEECH_ONLY,
    MarkerFilter,
    ReviewMarkerModel,
)

RATE = 1000


def marker(seq: int, frame: int, speaker: str, event: str = "", note: str = "") -> dict:
    return {
        "seq": seq,
        "utc": "2026-11-21T09:30:00.000000Z",
        "frame": frame,
        "kind": J.MARKER,
        "data": {
            "id": f"m{seq}",
            "type": "event" if event else "speech",
            "speaker": speaker,
            "role": "witness" if speaker else "",
            "channel": None,
            "event": event,
            "note": note,
        },
    }


@pytest.fixture
def model(qapp) -> ReviewMarkerModel:  # type: ignore[no-untyped-def]
    records = [
        {
            "seq": 0,
            "utc": "2026-11-21T09:30:00.000000Z",
            "frame": 0,
            "kind": J.RECORDING_STARTED,
            "data": {"rate": RATE, "channels": 2, "bits": 16},
        },
        marker(1, 1000, "Ахметова А."),
        marker(2, 2500, "", "oath", "Ахметова А. sworn"),
        marker(3, 4000, "Бекова Ә.", note="ҚАЗАҚША сөз"),
        {
            "seq": 4,
            "utc": "2026-11-21T09:31:00.000000Z",
            "frame": 5000,
            "kind": J.MARKER_AMENDED,
            "data": {"marker": 1, "speaker": "Ахметова Айгүл"},
        },
    ]
    return ReviewMarkerModel(HearingReview(Path("/nonexistent"), None, {}, records))


def test_model_rows(model: ReviewMarkerModel) -> None:
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["0:00:01", "0:00:02", "0:00:04"]
    assert [model.data(model.index(r, 0), FRAME_ROLE) for r in range(3)] == [1000, 2500, 4000]
    assert model.data(model.index(0, 2)) == "Ахметова Айгүл (Witness)"
    assert model.data(model.index(0, 2), MARKER_ROLE).original["speaker"] == "Ахметова А."
    assert "Ахметова А." in model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 3)) == "Oath"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Note"


def test_filter(model: ReviewMarkerModel) -> None:
    proxy = MarkerFilter()
    proxy.setSourceModel(model)

    def notes() -> list[str]:
        return [proxy.data(proxy.index(r, 0), MARKER_ROLE).seq for r in range(proxy.rowCount())]

    assert notes() == [1, 2, 3]
    proxy.set_filter(speaker="Бекова Ә.")
    assert notes() == [3]
    proxy.set_filter(speaker=ALL, event=SPEECH_ONLY)
    assert notes() == [1, 3]
    proxy.set_filter(event="oath")
    assert notes() == [2]
    proxy.set_filter(event=ALL, search="қазақша")  # Kazakh letters fold case too
    assert notes() == [3]
    proxy.set_filter(search="")
    assert notes() == [1, 2, 3]
