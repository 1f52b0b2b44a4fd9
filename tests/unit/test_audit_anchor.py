"""Audit anchors on a real catalog (no archive): written only after a commit that grew the log,
named by seq and key-free head; the comparison with anchored heads names rollbacks and rewrites
(also a log rolled back and written on, which anchors a second head at the same seq)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.accounts.audit import AccountSeal
from app.anchoring.audit_anchor import FORMAT, anchor_name, chain, compare, ours, outbox_folder
from app.catalog.store import Catalog


def grow(catalog: Catalog, n: int) -> None:
    seal = AccountSeal(catalog)
    for i in range(n):
        seal.log_alone("clerk", "role_changed", f"role {i}", "admin")


def test_each_commit_that_grows_the_log_anchors_its_head(tmp_path: Path) -> None:
    with Catalog(tmp_path / "catalog.sqlite") as catalog:
        grow(catalog, 3)
        heads = chain(catalog._db)
    names = sorted(p.name for p in outbox_folder(tmp_path).glob("*.json"))
    assert names == [anchor_name(i + 1, heads[i][0]) for i in range(3)]
    doc = json.loads((outbox_folder(tmp_path) / names[-1]).read_text())
    assert doc["format"] == FORMAT and doc["audit"] == {
        "seq": 3,
        "sha256": heads[2][0],
        "hash": heads[2][1],
    }
    assert (outbox_folder(tmp_path) / names[-1]).stat().st_mode & 0o077 == 0


def test_a_rolled_back_transaction_anchors_nothing(tmp_path: Path) -> None:
    with Catalog(tmp_path / "catalog.sqlite") as catalog:
        grow(catalog, 1)
        seal = AccountSeal(catalog)
        with pytest.raises(RuntimeError), catalog.transaction() as db:
            seal.append(db, "clerk", "role_changed", "role judge", "admin")
            raise RuntimeError("the change failed after its record")
        assert len(chain(catalog._db)) == 1
    assert len(list(outbox_folder(tmp_path).glob("*.json"))) == 1


def test_the_comparison_names_rollback_rewrite_and_a_fork() -> None:
    heads = [(f"{i:064x}", "") for i in range(1, 6)]  # a log of 5 records
    at = "2026-12-04 10:00 UTC"
    assert compare(heads, [(5, heads[4][0], at)]).state == "intact"
    back = compare(heads[:3], [(2, heads[1][0], at), (5, heads[4][0], at)])
    assert back.state == "rolled_back" and back.seq == 5 and "ends at record 3" in back.line
    bad = [(2, "f" * 64, at), (4, "e" * 64, at)]
    rewritten = compare(heads, bad)
    assert rewritten.state == "rewritten" and rewritten.seq == 2, rewritten.line
    # rolled back to 3 and written on to 5: its own new head at 5 does not hide the older one
    fork = compare(heads, [(5, "a" * 64, "2026-12-01 09:00 UTC"), (5, heads[4][0], at)])
    assert fork.state == "rewritten" and fork.seq == 5 and "2026-12-01" in fork.line
    assert compare(heads, []).state == "unanchored"


def test_another_stations_anchors_under_a_shared_prefix_are_not_this_logs() -> None:
    heads = [(f"{i:064x}", "") for i in range(1, 4)]
    at = "2026-12-04 10:00 UTC"
    others = {"aaaa": [(1, "9" * 64, at), (2, "8" * 64, at)], "bbbb": [(2, heads[1][0], at)]}
    assert ours(heads, others) == {"bbbb": [(2, heads[1][0], at)]}  # bbbb anchored this log
