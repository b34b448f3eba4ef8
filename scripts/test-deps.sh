#!/usr/bin/env bash
# What `make test` needs beyond the .NET SDK: Debian's Chromium for the browser tests (never a Playwright download).
# Installs it with apt when we are root (or sudo works without a password); otherwise says in one line what to run.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0

install=(apt-get install -y -qq chromium)
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "make test: the browser tests need Chromium; run as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
echo "make test: installing Debian's chromium for the browser tests (apt-get, once)" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" "${install[@]}" >/dev/null
