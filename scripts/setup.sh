#!/usr/bin/env bash
# Set up everything Zhazba needs on a Debian/Ubuntu machine: system packages (when run as root or
# with sudo), a virtual environment in .venv and the Python packages. Idempotent and quiet when
# everything is already there. Usage: scripts/setup.sh [--test]   (--test adds test tools)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
want_test=0
[ "${1:-}" = "--test" ] && want_test=1
log() { printf '[setup] %s\n' "$*" >&2; }

lists=(scripts/apt-packages.txt)
[ $want_test = 1 ] && [ -f scripts/apt-packages-test.txt ] && lists+=(scripts/apt-packages-test.txt)
mapfile -t pkgs < <(sed -e 's/#.*//' -e '/^\s*$/d' "${lists[@]}" | tr -d ' ')
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  if ! command -v apt-get >/dev/null; then
    log "not a Debian system: install these yourself: ${missing[*]}"
  else
    log "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q >/tmp/zhazba-apt.log 2>&1 || { tail -20 /tmp/zhazba-apt.log >&2; exit 1; }
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/zhazba-apt.log 2>&1 \
      || { tail -30 /tmp/zhazba-apt.log >&2; log "apt-get install failed (log: /tmp/zhazba-apt.log)"; exit 1; }
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  log "creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.zhazba-installed
extra=""
[ $want_test = 1 ] && extra="[dev]"
sig="$(sha256sum pyproject.toml | cut -c1-16)$extra"
if [ ! -f "$stamp" ] || ! grep -qxF "$sig" "$stamp"; then
  log "installing Python packages$extra"
  {
    .venv/bin/python -m pip install -q --upgrade pip &&
      .venv/bin/python -m pip install -q -e ".$extra"
  } >/tmp/zhazba-pip.log 2>&1 || { tail -30 /tmp/zhazba-pip.log >&2; log "pip install failed"; exit 1; }
  echo "$sig" >> "$stamp"
fi
log "ready"
