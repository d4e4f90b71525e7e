#!/usr/bin/env bash
# Sets up a fresh machine: pnpm 10, the locked dependencies and, with --browser, Debian's Chromium
# for the browser tests. Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  # Never `playwright install`: browsers come from Debian here.
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing chromium from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# --- redis-server (issue 18): the Redis ticket store tests of @sharekit/server start their own
# instance on a free loopback port; in CI they fail, not skip, when it is missing.
if [ "${1:-}" = "--browser" ] && ! command -v redis-server >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing redis-server from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  # The package may start a system service; the tests need only the binary.
  if command -v service >/dev/null 2>&1; then $SUDO service redis-server stop >/dev/null 2>&1 || true; fi
fi
# --- end redis-server

# corepack's signature check fails on these machines, so pnpm comes from npm.
if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "setup: installing pnpm 10"
  npm install -g pnpm@10.34.9 >/dev/null 2>&1
fi

pnpm install --frozen-lockfile --reporter=silent
echo "setup: done (pnpm $(pnpm --version)$(command -v chromium >/dev/null && echo ", $(chromium --version 2>/dev/null)"))"
