#!/usr/bin/env bash
# Sets up and starts the app. `--web` starts the loopback web mode instead of the Electron window
# (for headless room PCs: open the printed URL through an SSH tunnel).
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build
if [ "${1:-}" = "--web" ]; then
  exec node out/cli/logi-diag.js serve "${@:2}"
fi
# electron >= 42 no longer downloads its binary at install time; fetch it now (a no-op once it is
# there), then open the built app.
node node_modules/electron/install.js
exec npx electron-vite preview
