#!/usr/bin/env bash
# Build the desktop bundle (one folder: dist/zhazba/) with PyInstaller from build.spec, then
# prove it: run the frozen program headless (about, devices, a 5 s recording from the simulated
# source, seal with a throw-away test key, verify). Usage: scripts/build.sh [--no-smoke]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
"$ROOT/scripts/setup.sh"
.venv/bin/python -m pip install -q -e ".[build]"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "${ZHAZBA_DIST:-dist}" --workpath "${ZHAZBA_BUILD:-build}" build.spec
echo "built ${ZHAZBA_DIST:-dist}/zhazba ($(du -sh "${ZHAZBA_DIST:-dist}/zhazba" | cut -f1))"
