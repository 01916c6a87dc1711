#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for an equal share of a time
# budget: scripts/fuzz.sh BUILD_DIR SECONDS_TOTAL [TARGET...]
# Each target works on a copy of its committed seed corpus (under
# BUILD_DIR/fuzz-work/, so tests/fuzz/corpus/ is never written), with the
# finance dictionary. Exits 1 and prints the crash file if any target crashes.
set -u
build=${1:?usage: scripts/fuzz.sh BUILD_DIR SECONDS_TOTAL [TARGET...]}
total=${2:?usage: scripts/fuzz.sh BUILD_DIR SECONDS_TOTAL [TARGET...]}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_bundle_parse fuzz_analyze fuzz_report_roundtrip fuzz_extract)
each=$((total / ${#targets[@]}))
[ "$each" -lt 1 ] && each=1
work="$build/fuzz-work"
# Longer inputs only slow the search down (the seeds' one-article bundles
# are small; extraction bugs are local to a sentence); FUZZ_MAX_LEN
# overrides it for every target.
max_len_of() {
  if [ -n "${FUZZ_MAX_LEN:-}" ]; then echo "$FUZZ_MAX_LEN"
  elif [ "$1" = fuzz_extract ]; then echo 2048
  else echo 8192
  fi
}
status=0

for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/$target"
  if [ ! -x "$binary" ]; then
    echo "fuzz: $binary is missing (build with -DKEYFIGURES_FUZZ=ON)" >&2
    exit 2
  fi
  corpus="$work/corpus/$target"
  artifacts="$work/artifacts/$target/"
  mkdir -p "$corpus" "$artifacts"
  cp -n "$root/tests/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null
  log="$work/$target.log"
  echo "fuzz: $target for ${each}s (log: $log)"
  # -rss_limit_mb: the core holds a 10 MiB bundle several times over at most;
  # more than this is a leak or a blow-up worth reporting.
  "$binary" "$corpus" -dict="$root/tests/fuzz/finance.dict" -max_total_time="$each" -max_len="$(max_len_of "$target")" \
    -artifact_prefix="$artifacts" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$log" 2>&1
  code=$?
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed "s/^/  /"
  crashes=$(grep -oE "Test unit written to [^ ]+" "$log" | awk '{print $5}')
  if [ "$code" -ne 0 ] || [ -n "$crashes" ]; then
    status=1
    echo "fuzz: $target FAILED (exit $code)" >&2
    grep -E 'ERROR|SUMMARY|invariant|round trip|runtime error' "$log" | head -20 >&2
    for file in $crashes; do
      echo "fuzz: crash input $file" >&2
      head -c 600 "$file" | od -c | head -20 >&2
    done
  fi
done
exit $status
