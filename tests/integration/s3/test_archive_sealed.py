"""A package sealed by the real sealing (signing/seal.py: hard-linked, read-only, CAdES-signed)
goes through the archive: queued, uploaded and verified; after the local retention both the
package and the hearing folder it shares its files with are deleted. Skipped while sealing is
not importable (it is built concurrently)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.archive.s3 import make_client
from app.archive.settings import ArchiveSettings
from app.archive.upload import Archiver
from app.catalog.store import Catalog
from signing import seal

pytestmark = pytest.mark.integration


def test_really_sealed_package_is_archived_then_deleted_locally(
    tmp_path: Path, s3_server: Any, s3: Any, settings: ArchiveSettings
) -> None:
    from tests.support.hearing import make_hearing
    from tests.support.pki import make_pki
    from tests.support.sealing import signer_for

    hearings = tmp_path / "hearings"
    folder = make_hearing(hearings, seconds=3, channels=2, use_recorder=False)
    package = seal.seal_hearing(folder, signer_for(make_pki().secretary)).package
    signature = (package / "tagmanifest-sha256.txt.p7s").read_bytes()
    catalog = Catalog(tmp_path / "catalog.sqlite")
    catalog.rebuild_from_folders(hearings)
    [hearing] = catalog.list_hearings()
    assert hearing.state == "sealed" and hearing.package == str(package)

    settings.local_retention_days = 0.0
    creds = s3_server.credentials
    archiver = Archiver(catalog, settings, lambda: make_client(settings, creds))
    archiver.queue_package(package)
    report = archiver.run_once()

    assert [r.outcome for r in report.results] == ["uploaded"], report
    assert sorted(report.deleted) == sorted([str(package), str(folder)])
    assert not package.exists() and not folder.exists()
    key = f"{settings.prefix}/{package.name}/tagmanifest-sha256.txt.p7s"
    assert s3.get_object(Bucket=settings.bucket, Key=key)["Body"].read() == signature
    assert catalog.get_hearing(hearing.id).state == "uploaded"  # type: ignore[union-attr]
