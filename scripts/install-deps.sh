#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing:
# Debian packages (apt-get update once, then install) and npm packages
# (npm ci from the committed lockfile). Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each line: the command (or, for libraries, the package itself) that shows
# it is there, then the Debian package that provides it. Node and npm may
# come from elsewhere (NodeSource bundles npm): a working command is enough.
requirements=(
  "cmd:cmake cmake"
  "cmd:g++ g++"
  "cmd:make make"
  "cmd:clang clang"
  "pkg:libclang-rt-14-dev libclang-rt-14-dev"
  "cmd:python3 python3"
  "cmd:node nodejs"
  "cmd:npm npm"
  "pkg:nlohmann-json3-dev nlohmann-json3-dev"
  "pkg:libfmt-dev libfmt-dev"
  "pkg:doctest-dev doctest-dev"
  "cmd:emcc emscripten"
  "cmd:chromium chromium"
)
missing=()
for requirement in "${requirements[@]}"; do
  read -r check package <<<"$requirement"
  case "$check" in
    cmd:*) command -v "${check#cmd:}" >/dev/null 2>&1 && continue ;;
    pkg:*) dpkg-query -W -f='${Status}' "${check#pkg:}" 2>/dev/null | grep -q "install ok installed" && continue ;;
  esac
  missing+=("$package")
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
