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


# ---------------------------------------------------------------------------------------------
# The imports of every module, read from its source (DESIGN.md's layers, issue #14):
#   audio/ and signing/ import neither Qt nor app/ nor ui/;
#   ui/ imports app/ and Qt, never audio/ or signing/;
#   app/ imports no ui/ except the one GUI entry point.
GUI_ENTRY = "app/cli/station.py"
# ui/ modules whose Qt-free content is moving to app/ (#14): this list may only shrink, and each
# entry must still exist (delete the entry with the file).
UI_PENDING = {"ui/station/composition.py", "ui/selfcheck/precheck.py"}


def _imports(path: Path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module.split(".")[0])
    return out


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("audio", {"PySide6", "shiboken6", "app", "ui"}),
        ("signing", {"PySide6", "shiboken6", "app", "ui"}),
        ("ui", {"audio", "signing"}),
        ("app", {"ui"}),
    ],
)
def test_each_layer_imports_only_what_lies_below(package: str, forbidden: set[str]) -> None:
    files = _sources(package)
    assert len(files) > 5
    wrong = []
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        if rel == GUI_ENTRY or rel in UI_PENDING:
            continue
        bad = _imports(path) & forbidden
        if bad:
            wrong.append(f"{rel} imports {', '.join(sorted(bad))}")
    assert not wrong, "\n".join(wrong)


def test_the_exceptions_are_few_and_real() -> None:
    assert _imports(ROOT / GUI_ENTRY) & {"ui"}, "the GUI entry point no longer opens the window?"
    for rel in UI_PENDING:
        assert (ROOT / rel).exists(), f"{rel} is gone: remove it from UI_PENDING"


def test_the_layer_check_sees_an_offending_import(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text("def f():\n    from audio.engine import Alarm\n    import signing.keys\n")
    assert _imports(bad) >= {"audio", "signing"}


def test_every_module_says_what_it_owns() -> None:
    import ast

    missing = []
    for package in ("audio", "signing", "app", "ui"):
        for path in _sources(package):
            if not ast.get_docstring(ast.parse(path.read_text("utf-8"))):
                missing.append(path.relative_to(ROOT).as_posix())
    assert not missing, f"modules without a docstring: {missing}"
