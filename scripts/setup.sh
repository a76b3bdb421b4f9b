#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for cases: system packages (Chromium, CJK fonts, poppler,
# tmux), npm dependencies from the lockfile, and a build of every package.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in chromium fonts-noto-cjk poppler-utils tmux; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]})); then
  echo "setup: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Puppeteer never downloads a browser here (.puppeteerrc.cjs); the system Chromium is used.
export PUPPETEER_SKIP_DOWNLOAD=1
# `npm ci` installs exactly the lock file, and fails when package.json and the lock disagree.
# The lock lists every platform's optional packages (regenerate it with
# `npm install --package-lock-only` in a clean clone, never over an existing node_modules).
npm ci --no-audit --no-fund
npm run build
