#!/usr/bin/env bash
# Sets up and runs every test tier on a fresh machine: system packages (when root), npm
# dependencies, typecheck, lint, build, then unit + device (umockdev) + e2e (chromium) tests.
# Ends with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the device and browser tiers need. Installed only when missing.
PACKAGES=(umockdev gir1.2-umockdev-1.0 python3-gi libusb-1.0-0 libudev1 chromium)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "missing Debian packages: ${missing[*]} (run this script as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

echo "==> npm ci"
# The Electron binary is not needed to build or test; skip its download.
ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error

echo "==> typecheck"
npm run --silent typecheck

echo "==> lint (ESLint, Prettier)"
# A lint failure fails the run, but the tests still run so one report shows everything.
lint_status=0
npm run --silent lint || lint_status=1

echo "==> build"
npm run --silent build

echo "==> tests"
mkdir -p test-artifacts
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/vitest.json || status=$?

node -e '
const r = JSON.parse(require("fs").readFileSync("test-artifacts/vitest.json", "utf8"));
const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
// A file that fails before its tests run (a throwing beforeAll) fails no test: count it too.
const brokenFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.every((a) => a.status !== "failed")).length;
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : "") + (brokenFiles ? `, ${brokenFiles} test file(s) failed before their tests ran` : ""));
if (r.numTotalTests === 0) { console.error("no tests ran"); process.exit(1) }
' || status=1
if [ $lint_status -ne 0 ]; then echo "lint failed (npm run lint)"; status=1; fi
exit $status
