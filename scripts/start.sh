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
# electron >= 42 fetches its binary on first use; electron-vite then opens the built app.
exec npx electron-vite preview
