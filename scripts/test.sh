#!/usr/bin/env bash
# Command 2: set up everything and run every test: unit, UI (offscreen Qt), integration against a
# real PulseAudio and JACK server, a real Ceph S3 server, mounted media and a browser, reliability.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/unit -x).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
"$ROOT/scripts/setup.sh" --test
export QT_QPA_PLATFORM=offscreen
export ZHAZBA_AUDIO_DIR=${ZHAZBA_AUDIO_DIR:-/tmp/zhazba-audio}
eval "$(scripts/audio-server.sh env)"
scripts/audio-server.sh start-pulse
# JACK: the JACK tests start private dummy servers of their own (tests/support/audio_servers.py).
# No shared jackd here: PortAudio inside the test process would attach to it, and its JACK back
# end asserts at exit if that server went away meanwhile.
trap 'scripts/audio-server.sh stop >/dev/null 2>&1 || true' EXIT
mkdir -p test-artifacts
if [ $# -eq 0 ]; then  # the whole suite: the code checks first (STYLE.md)
  .venv/bin/ruff check .
  .venv/bin/ruff format --check .
  .venv/bin/mypy
fi
.venv/bin/python -m pytest -ra --durations=25 "$@"
