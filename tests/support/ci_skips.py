"""In CI a test must not skip because a real component is missing: it fails instead.

CI (``.ci/run``, run with ``CI=true``) installs every component the tests run against — PulseAudio,
JACK, Ceph, Chromium, LibreOffice, loop devices, openssl, the flac tool — so a test that skips
there means a component silently went missing and the tests behind it did not run. When the
environment variable ``CI`` is set, every skip (a ``pytest.skip`` in a test or fixture, a
``skipif`` mark) is reported as a failure with its reason. Expected failures (xfail) are
untouched. On a developer's machine skips stay skips.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    if not os.environ.get("CI") or not report.skipped or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    report.outcome = "failed"
    report.longrepr = (
        f"{item.nodeid} skipped in CI, where every real component must be present: {reason}"
    )
