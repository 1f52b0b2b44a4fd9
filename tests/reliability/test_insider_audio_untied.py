"""An opening record Zhazba never writes is refused (issue #15, attack F).

Whoever holds ``station.key`` can append to the audit log (appending is neither a rewrite nor a
rollback, so the audit anchors do not object). An appended opening without ``audio_tied`` used
to pass as one from before the station tied audio to its hearings: the audio check was skipped,
and another hearing's audio sealed and verified under it. Now the station logs
``audio_tie_enabled`` once, with its first tied opening; an untied opening after it is refused,
and so is an opening whose secretary is not the account it binds the hearing to. Real `zhazba`
subprocesses, real seals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.evidence.register import OPENED, TIE_ENABLED, _events, _log
from signing import journal as J
from signing.seal import seal_hearing
from tests.reliability.test_insider import COLLEAGUE_PW, court_station, pki, seal, zhazba
from tests.reliability.test_insider_audio import ASANOVA, _fast, _package, graft
from tests.support.export_hearing import hearing_with_markers
from tests.support.pki import TestPKI
from tests.support.sealing import signer_for

pytestmark = [pytest.mark.integration]
__all__ = ["pki"]


def _his_opening(station: Path, his: Path, **extra: Any) -> dict[str, Any]:
    """What the station's OS account appends: an opening of his hearing, bound to Bekov."""
    opened = J.read_records(his / "journal.jsonl")[0]
    card = opened["data"]["hearing"]
    detail = {"hearing": card["id"], "opened_hash": opened["hash"],
              "secretary": card["secretary"], "account": "bekov", "opened_by": "bekov",
              "closed_hearing": False, "case_number": card["case_number"], **extra}  # fmt: skip
    _log(station, "bekov", OPENED, detail, "bekov")
    return card


def test_an_untied_opening_appended_after_the_tie_is_refused(tmp_path: Path, pki: TestPKI) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    hers = _fast(station, tmp_path, "asanova", 3)
    assert [e for e, _d, _b in _events(station) if e == TIE_ENABLED] == [TIE_ENABLED]  # once
    his = hearing_with_markers(tmp_path / "his", [], seconds=1.0)
    graft(his, hers)  # her recording under his opening
    card = _his_opening(station, his)  # no "audio_tied": as if from before the update
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert f"this station's record of the opening of hearing {card['id']} does not tie" in r.stderr
    assert "Zhazba did not write it" in r.stderr, r.stderr
    r = zhazba(station, "verify", str(seal_hearing(his, signer_for(pki.colleague)).package))
    assert r.returncode == 1, r.stdout
    assert "Zhazba did not write it" in r.stdout, r.stdout
    assert "was recorded in hearing" in r.stdout, r.stdout  # and her audio is named


def test_an_opening_naming_a_secretary_not_its_account_is_refused(
    tmp_path: Path, pki: TestPKI
) -> None:
    station = court_station(tmp_path, pki, ASANOVA)
    _fast(station, tmp_path, "bekov", 2)
    his = hearing_with_markers(tmp_path / "his", [], seconds=1.0)
    card = _his_opening(station, his, audio_tied=True)  # bound to Bekov, naming another
    assert card["secretary"] != "Беков Д."
    r = seal(station, tmp_path, his, pki.colleague, "bekov", COLLEAGUE_PW)
    assert r.returncode == 4, r.stdout + r.stderr
    assert (
        f"the hearing's secretary {card['secretary']} is not the account bekov this station's "
        "record binds the hearing to"
    ) in r.stderr, r.stderr
    assert not _package(his).exists()
