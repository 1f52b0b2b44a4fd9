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
scripts/audio-server.sh start-jack
trap 'scripts/audio-server.sh stop >/dev/null 2>&1 || true' EXIT
mkdir -p test-artifacts
.venv/bin/python -m pytest -ra "$@"
