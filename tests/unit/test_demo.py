"""Command 1's headless path: the demo records, seals with a throw-away key and verifies."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from app.cli.commands import main
from app.evidence.verify import verify_path


def test_demo_records_seals_and_verifies(tmp_path: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["demo", "--out", str(tmp_path), "--seconds", "2", "--channels", "2"])
    assert code == 0, out.getvalue()
    (package,) = tmp_path.glob("*.sealed")
    (chain,) = tmp_path.glob("*.demo-ca.pem")
    assert verify_path(package, chain).ok
    assert "Verified: everything holds" in out.getvalue()
