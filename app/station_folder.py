"""Where the station's own files live (catalog, settings, keys, trust store, anchors' outbox).

``$ZHAZBA_STATION``, else ``~/.zhazba``. Kept apart from :mod:`app.station` (the composition root,
which loads the archive's S3 client) so that a command that only needs the folder, such as
``zhazba verify``, starts without loading what it does not use.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_folder() -> Path:
    """The station's folder: ``$ZHAZBA_STATION``, else ``~/.zhazba``."""
    return Path(os.environ.get("ZHAZBA_STATION") or Path.home() / ".zhazba")
