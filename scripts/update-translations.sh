#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them.
#   scripts/update-translations.sh          lupdate (collect strings into assets/i18n/*.ts) + lrelease
#   scripts/update-translations.sh --release  only compile the .ts files into .qm
# Translate new strings with .venv/bin/pyside6-linguist assets/i18n/zhazba_kk.ts (and _ru), then
# run this again and commit both the .ts and the .qm files.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BIN=.venv/bin
if [ "${1:-}" != "--release" ]; then
  # the window's own files, and the Qt-free ones that mark messages with QT_TRANSLATE_NOOP
  # (audio.text.Msg: the self-check's and the verifier's findings)
  mapfile -t sources < <(find ui -name '*.py' | sort
    grep -rl --include='*.py' 'QT_TRANSLATE_NOOP(' audio app signing | sort | grep -v '^audio/text.py$')
  for lang in kk ru; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative "${sources[@]}" \
      -ts "assets/i18n/zhazba_${lang}.ts"
  done
fi
for lang in kk ru; do
  "$BIN/pyside6-lrelease" -removeidentical "assets/i18n/zhazba_${lang}.ts" \
    -qm "assets/i18n/zhazba_${lang}.qm"
done
