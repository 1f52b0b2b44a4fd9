"""With ``CI`` set, a test that skips for a missing component fails (tests/support/ci_skips.py);
without it, a skip stays a skip. Runs pytest itself on a small test file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIPPING = """
import shutil
import pytest

def test_needs_a_tool():
    if shutil.which("no-such-tool-zhazba") is None:
        pytest.skip("no-such-tool-zhazba is not installed")

@pytest.fixture
def server():
    pytest.skip("the server cannot be started")

def test_needs_a_server(server):
    pass

@pytest.mark.skipif(True, reason="the medium tools are missing")
def test_marked():
    pass

@pytest.mark.xfail(reason="known", strict=True)
def test_expected_failure():
    assert False
"""


@pytest.mark.parametrize("ci", [True, False], ids=["ci", "developer"])
def test_skips_fail_in_ci(tmp_path: Path, ci: bool) -> None:
    (tmp_path / "test_sample.py").write_text(SKIPPING)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PYTHONPATH"] = str(ROOT)
    if ci:
        env["CI"] = "true"
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.support.ci_skips", "-p", "no:randomly",
         "-p", "no:cacheprovider", "-q", "-rA", str(tmp_path / "test_sample.py")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env,
    )  # fmt: skip
    if ci:
        assert r.returncode == 1, r.stdout
        assert "1 failed, 1 xfailed, 2 errors" in r.stdout, r.stdout  # errors: in setup
        assert "skipped in CI, where every real component must be present" in r.stdout
        assert "no-such-tool-zhazba is not installed" in r.stdout
    else:
        assert r.returncode == 0, r.stdout
        assert "3 skipped, 1 xfailed" in r.stdout, r.stdout
