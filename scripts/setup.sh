#!/usr/bin/env bash
# Sets up a fresh machine: pnpm 10, the locked dependencies and, with --browser, the three browser
# engines the browser tests run in, all from Debian: chromium; firefox-esr (driven over WebDriver
# BiDi); webkit2gtk-driver (WebKitWebDriver and MiniBrowser) with xvfb, as MiniBrowser needs a
# display; redis-server for the Redis ticket store tests. Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--browser" ]; then
  # Never `playwright install`: browsers come from Debian here.
  missing=""
  command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
  command -v firefox-esr >/dev/null 2>&1 || missing="$missing firefox-esr"
  command -v WebKitWebDriver >/dev/null 2>&1 && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing="$missing webkit2gtk-driver libwebkit2gtk-4.1-0"
  command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb xauth"
  # The Redis ticket store tests of @sharekit/server start their own redis-server on a free
  # loopback port; in CI they fail, not skip, when it is missing.
  command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing from Debian:$missing"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
    # The redis-server package may start a system service; the tests need only the binary.
    if command -v service >/dev/null 2>&1; then $SUDO service redis-server stop >/dev/null 2>&1 || true; fi
  fi
fi


# corepack's signature check fails on these machines, so pnpm comes from npm.
if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "setup: installing pnpm 10"
  npm install -g pnpm@10.34.9 >/dev/null 2>&1
fi

pnpm install --frozen-lockfile --reporter=silent
browsers=""
command -v chromium >/dev/null && browsers="$browsers, $(chromium --version 2>/dev/null)"
command -v firefox-esr >/dev/null && browsers="$browsers, $(firefox-esr --version 2>/dev/null)"
command -v WebKitWebDriver >/dev/null && browsers="$browsers, WebKitWebDriver $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null)"
echo "setup: done (pnpm $(pnpm --version)$browsers)"
