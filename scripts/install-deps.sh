#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing:
# Debian packages (apt-get update once, then install) and npm packages
# (npm ci from the committed lockfile). Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ clang libclang-rt-14-dev python3 nodejs npm
          nlohmann-json3-dev libfmt-dev doctest-dev emscripten chromium brotli)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing or older than the lockfile.
stamp=node_modules/.keyfigures-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
