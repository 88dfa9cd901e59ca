#!/usr/bin/env bash
# Sets up and starts the app. `--web` starts the loopback web mode instead of the Electron window
# (for headless room PCs: open the printed URL through an SSH tunnel). `npm ci` and the build are
# skipped when nothing they depend on changed since they last ran (scripts/up-to-date.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || ! node scripts/up-to-date.mjs install; then
  npm ci --no-audit --no-fund --loglevel=error
  node scripts/up-to-date.mjs install --mark
fi
if ! node scripts/up-to-date.mjs build; then
  npm run --silent build
  node scripts/up-to-date.mjs build --mark
fi
if [ "${1:-}" = "--web" ]; then
  exec node out/cli/logi-diag.js serve "${@:2}"
fi
# electron >= 42 no longer downloads its binary at install time; fetch it now (a no-op once it is
# there, a plain message when offline), then open the built app.
node scripts/fetch-electron.mjs
exec npx electron-vite preview
