"""Shared test fixtures: small, local, no global state."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.support.ci_skips import pytest_runtest_makereport  # noqa: F401 - the CI hook

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests record from simulated sources: every `zhazba record` they start is a demonstration
# (app/hearing/simulated.py), also from fixtures shared by a module;
# tests/integration/test_simulated.py removes it to check the rule.
os.environ["ZHAZBA_DEMO"] = "1"

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
# the offscreen screen is a courtroom PC's (issue 18): 1366×768 at 96 dpi, not Qt's 800×800
COURTROOM_SCREEN = ROOT / "tests" / "ui" / "screen-1366x768.json"


def qapplication_args() -> list[str]:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return ["zhazba-tests", "-platform", f"offscreen:configfile={COURTROOM_SCREEN}"]
    return ["zhazba-tests"]


def record_hearing(out: Path, *args: str) -> Path:
    """Record a hearing with the real CLI in-process; return its folder."""
    from app.cli.commands import main

    argv = ["record", "--out", str(out), "--no-stdin", "--json", "--demo", *args]
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(argv)
    assert code == 0, f"zhazba {' '.join(argv)} exited {code}"
    return Path(json.loads(buf.getvalue().strip().splitlines()[-1])["folder"])


@pytest.fixture(autouse=True)
def _station_folder_of_its_own(tmp_path_factory, monkeypatch):  # type: ignore[no-untyped-def]
    """No test may read or write the machine's own station (~/.zhazba: its catalog, accounts,
    settings): every test gets an empty station folder unless it names one itself. It is a
    demonstration station (app/hearing/simulated.py), since the tests record from simulated sources;
    the tests of that rule name stations of their own."""
    folder = tmp_path_factory.mktemp("station")
    (folder / "settings.json").write_text(json.dumps({"station": {"demo": True}}))
    monkeypatch.setenv("ZHAZBA_STATION", str(folder))


@pytest.fixture(scope="session", autouse=True)
def one_qapplication():  # type: ignore[no-untyped-def]
    """Qt allows one application object per process. PDF rendering (QtGui) makes a bare
    QGuiApplication when there is none, and widgets created after it would abort the process;
    the station's window always makes a QApplication first, so the tests do the same."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        yield None
        return
    yield QApplication.instance() or QApplication(qapplication_args())


@pytest.fixture
def recorded_hearing(tmp_path: Path) -> Path:
    """A finished 3-second, 8-channel, 48 kHz hearing from the simulated tones, recorded fast."""
    return record_hearing(tmp_path, "--source", "tones", "--seconds", "3", "--fast")


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
