"""Entry point of the frozen station: logs to a file (a windowed program has no console), then
runs the `zhazba` command exactly as the installed console script does."""

import logging
import os
import sys
from pathlib import Path


def _log_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home()))
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return base / "zhazba" / "logs"


if sys.argv[1:2] == ["--capture-child"]:
    # a capture child (audio/capture_proc.py): the frozen program has no `python -m`
    from audio.capture_proc import main as capture_main

    sys.exit(capture_main(sys.argv[2:]))

if getattr(sys, "frozen", False):
    try:
        folder = _log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(
            filename=folder / "zhazba.log",
            level=logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    except OSError:
        logging.basicConfig(level=logging.WARNING)
    if sys.stdout is None or sys.stderr is None:  # windowed build: keep print() from failing
        sink = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
        sys.stdout = sys.stdout or sink
        sys.stderr = sys.stderr or sink
    logging.getLogger("zhazba").info("start %s", sys.argv)

from app.cli.commands import main  # noqa: E402 - after logging is set up

sys.exit(main())
