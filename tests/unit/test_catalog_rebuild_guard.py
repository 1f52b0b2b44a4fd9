"""`catalog rebuild` must not lose the catalog (issue #16): a folder that does not exist is
refused, and hearings whose only copy is in the court archive keep their rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.catalog.store import Catalog, CatalogError
from tests.support.hearing import make_hearing


def test_rebuild_refuses_a_missing_folder_and_keeps_archived_rows(tmp_path: Path) -> None:
    hearings = tmp_path / "hearings"
    archived = make_hearing(hearings / "a", seconds=1, channels=1)
    with Catalog(tmp_path / "station" / "catalog.sqlite") as catalog:
        gone = catalog.register_folder(archived)
        catalog.set_state(gone.id, "sealed", package=f"{archived}.sealed")
        catalog.set_state(gone.id, "uploaded")
        before = {h.id for h in catalog.list_hearings()}
        assert before == {gone.id}

        with pytest.raises(CatalogError, match="is not a folder"):
            catalog.rebuild_from_folders(tmp_path / "typo")
        assert {h.id for h in catalog.list_hearings()} == before

        shutil.rmtree(archived)  # the local copy deleted after the upload
        report = catalog.rebuild_from_folders(hearings)
        assert report.hearings == 0 and report.archived_kept == 1
        rows = {h.id: h for h in catalog.list_hearings()}
        assert set(rows) == before
        assert rows[gone.id].state == "uploaded"
