#!/usr/bin/env bash
# Runs two builds of the CLI over the probe bundles (tests/probes/) and prints,
# per bundle, the flags that one report has and the other has not.
# Usage: scripts/probe-diff.sh OLD_CLI NEW_CLI
set -euo pipefail
old=${1:?usage: probe-diff.sh OLD_CLI NEW_CLI}
new=${2:?usage: probe-diff.sh OLD_CLI NEW_CLI}
cd "$(dirname "$0")/.."
flags() { "$1" analyze "$2" --format text | grep -E '^ +(MAJOR|minor|info) ' || true; }
for bundle in tests/probes/probe_*.json; do
  change=$(diff <(flags "$old" "$bundle") <(flags "$new" "$bundle") || true)
  if [ -n "$change" ]; then
    echo "== $(basename "$bundle" .json)"
    echo "$change"
  fi
done
