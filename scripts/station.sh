#!/usr/bin/env bash
# Command 1: set up everything and start the station.
# With a screen, the secretary's window opens; with no sound card, it offers the simulated
# microphone. With no screen, a short headless demo hearing is recorded from the simulated
# microphone, sealed with a throw-away demo key and verified, so a new user sees the whole chain work.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/scripts/setup.sh"
cd "$ROOT"
exec .venv/bin/zhazba "$@"
