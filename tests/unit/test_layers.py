"""The layering of DESIGN.md: `audio` and `signing` never load Qt (checked in a fresh process)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def modules(package: str) -> list[str]:
    return sorted(f"{package}.{m.name}" for m in pkgutil.iter_modules([str(ROOT / package)]))


@pytest.mark.parametrize("package", ["audio", "signing"])
def test_importing_every_module_does_not_load_pyside6(package: str) -> None:
    names = [package, *modules(package)]
    assert len(names) > 3
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", f"importing {package} loaded Qt: {r.stdout.strip()}"
