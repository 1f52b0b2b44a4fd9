"""`zhazba gui --lang kk` as the README writes it: the window's options reach run_gui."""

from __future__ import annotations

from typing import Any

import pytest

from app.cli import station as cli_station
from app.cli.commands import build_parser


def test_gui_takes_the_window_options_as_written_in_the_readme(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = build_parser("gui").parse_args(["gui", "--lang", "kk", "--out", "/tmp/h"])
    assert args.lang == "kk"
    seen: list[list[str]] = []
    monkeypatch.setattr(cli_station, "has_screen", lambda: True)
    import ui.main

    def fake_run_gui(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    monkeypatch.setattr(ui.main, "run_gui", fake_run_gui)
    assert cli_station.cmd_gui(args) == 0
    assert seen == [["zhazba", "--lang", "kk", "--out", "/tmp/h"]]
    assert ui.main.parse_args(seen[0]).lang == "kk"


def test_an_unknown_language_is_refused_by_the_window(capsys: Any) -> None:
    import ui.main

    with pytest.raises(SystemExit):
        ui.main.parse_args(["zhazba", "--lang", "de"])
