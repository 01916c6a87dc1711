#!/usr/bin/env bash
# Gives the browser extension (demo/extension/) its own copy of the keyfigures
# package: web/src/* and the built web/dist/keyfigures.{mjs,wasm}, into
# demo/extension/vendor/{src,dist}/ so the relative imports inside the package
# keep working. Run after `make wasm` (the Makefile does).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/demo/extension/vendor"

for required in web/src/define.js web/src/index.js web/dist/keyfigures.mjs web/dist/keyfigures.wasm; do
  if [[ ! -f "$root/$required" ]]; then
    echo "build-extension: $required is missing (run make wasm first)" >&2
    exit 1
  fi
done

rm -rf "$vendor"
mkdir -p "$vendor/src" "$vendor/dist"
cp -R "$root/web/src/." "$vendor/src/"
cp "$root/web/dist/keyfigures.mjs" "$root/web/dist/keyfigures.wasm" "$vendor/dist/"
echo "build-extension: demo/extension/vendor/ ready"
