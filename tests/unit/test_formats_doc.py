"""docs/FORMATS.md is complete in itself: its lines that re-check a journal's chain work on a
journal the station wrote, and stop at a changed record."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from signing.journal import HearingJournal

ROOT = Path(__file__).resolve().parents[2]


def _checker(tmp_path: Path) -> Path:
    text = (ROOT / "docs" / "FORMATS.md").read_text(encoding="utf-8")
    code = re.search(r"## Journal \(`journal.jsonl`\).*?```python\n(.*?)```", text, re.S)
    assert code, "FORMATS.md lost its journal re-check"
    assert len(code.group(1).strip().splitlines()) <= 10
    script = tmp_path / "check_chain.py"
    script.write_text(code.group(1), encoding="utf-8")
    return script


def _journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.jsonl"
    j = HearingJournal(path)
    j.append(
        "hearing_opened", {"hearing": {"case_number": "2-1234/2026", "judge": "Әлия Сәрсенқызы"}}
    )
    j.append("marker", {"speaker": "Жанна", "note": "вопрос «свидетелю»"}, frame=48000)
    j.append("device_returned", {"gap_seconds": 0.1, "tiny": 1e-07}, frame=96000)
    j.append("recording_ended", {"frames": 144000}, frame=144000)
    j.close()
    return path


def test_the_documented_lines_recheck_a_real_journal(tmp_path: Path) -> None:
    script, journal = _checker(tmp_path), _journal(tmp_path)
    r = subprocess.run([sys.executable, str(script), str(journal)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("4 records, chain intact")


def test_the_documented_lines_stop_at_a_changed_record(tmp_path: Path) -> None:
    script, journal = _checker(tmp_path), _journal(tmp_path)
    text = journal.read_text(encoding="utf-8").replace("Жанна", "Жанар")
    journal.write_text(text, encoding="utf-8")
    r = subprocess.run([sys.executable, str(script), str(journal)], capture_output=True, text=True)
    assert r.returncode != 0
    assert "record 1" in r.stderr
