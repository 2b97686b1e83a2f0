#!/bin/sh
# Install axe-core (from npm) for the accessibility test of the HTML outputs
# (tests/render/test_axe.py). .ci/run can call this before the tests; the test
# skips with a reason when axe-core is not installed. Nothing is vendored.
set -eu
DEST="${SARDOC_AXE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sardoc-axe}"
mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || printf '{"private": true}\n' > package.json
npm install --no-audit --no-fund --silent axe-core@4
echo "$DEST/node_modules/axe-core/axe.min.js"
