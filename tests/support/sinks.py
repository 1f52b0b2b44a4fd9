"""An event sink that keeps what the engine's writers emit, for tests to look at."""

from __future__ import annotations

from typing import Any


class ListSink:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any], int | None]] = []

    def emit(self, kind: str, data: dict[str, Any], frame: int | None) -> None:
        self.events.append((kind, data, frame))

    def emit_many(self, events: list[tuple[str, dict[str, Any], int | None]]) -> None:
        self.events.extend(events)
