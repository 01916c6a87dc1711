#!/usr/bin/env bash
# CLI contract: exit codes (0 ok, 2 bad input) and messages that name the place.
# Usage: cli_test.sh PATH/TO/keyfigures REPO_ROOT
set -u
cli=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# expect NAME EXIT_CODE STDERR_SUBSTRING -- COMMAND...
expect() {
  local name=$1 code=$2 needle=$3
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$code" ] && grep -qF -- "$needle" "$tmp/err" "$tmp/out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $got, want $code; looking for: $needle)"
    sed 's/^/  stderr: /' "$tmp/err" | head -5
  fi
}

demo="$root/demo/data/alibaba-nvidia-2025-09-24.json"
printf '{\n  "articles": [tru]\n}' >"$tmp/broken.json"
printf '{"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}' >"$tmp/dup.json"
printf '{"articles":[]}' >"$tmp/empty.json"
printf '{"articles":[{"id":"a"}]}' >"$tmp/notext.json"
printf '{"articles":[{"id":"a","text":5}]}' >"$tmp/badtype.json"
printf '{"articles":[{"id":"a","text":"ab\xff"}]}' >"$tmp/badutf8.json"
printf 'Shares rose 5%% on Monday.\n' >"$tmp/one.txt"
printf 'ab\xff\n' >"$tmp/bad.txt"

expect "help" 0 "Usage:" -- "$cli" --help
expect "version" 0 "keyfigures 0." -- "$cli" --version
expect "no command" 2 "no command" -- "$cli"
expect "unknown command" 2 "unknown command" -- "$cli" frobnicate
expect "demo json" 0 '"version": "1"' -- "$cli" analyze "$demo"
expect "demo text" 0 "cards" -- "$cli" analyze "$demo" --format text
expect "stdin" 0 '"version": "1"' -- bash -c "\"$cli\" analyze - < \"$demo\""
expect "bad format" 2 "--format is json or text" -- "$cli" analyze "$demo" --format xml
expect "missing file" 2 "cannot read file" -- "$cli" analyze "$tmp/nope.json"
expect "invalid json" 2 "broken.json:2:" -- "$cli" analyze "$tmp/broken.json"
expect "duplicate ids" 2 'duplicate id "a"' -- "$cli" analyze "$tmp/dup.json"
expect "empty articles" 2 'field "articles" is empty' -- "$cli" analyze "$tmp/empty.json"
expect "missing text" 2 'article "a": missing required field "text"' -- "$cli" analyze "$tmp/notext.json"
expect "ill-typed text" 2 'field "text" must be a string' -- "$cli" analyze "$tmp/badtype.json"
expect "invalid utf-8" 2 "UTF-8" -- "$cli" analyze "$tmp/badutf8.json"
expect "bad max-bytes" 2 "--max-bytes takes a positive whole number" -- "$cli" analyze "$demo" --max-bytes 12x
expect "max-bytes too large" 2 "--max-bytes is at most 1073741824 (1 GiB)" -- "$cli" analyze "$demo" --max-bytes 2000000000
expect "compact" 0 '"version":"1"' -- "$cli" analyze "$demo" --compact
expect "size limit" 2 "the limit is 100 bytes" -- "$cli" analyze "$demo" --max-bytes 100
expect "bundle from text" 0 '"title": "Shares rose 5% on Monday."' -- "$cli" bundle --topic T "$tmp/one.txt"
expect "bundle bad utf-8" 2 "bad.txt: invalid UTF-8" -- "$cli" bundle "$tmp/bad.txt"
expect "bundle no files" 2 "no article files" -- "$cli" bundle --topic T

# A bundle built from the seed texts analyzes cleanly.
"$cli" bundle --topic T "$tmp/one.txt" >"$tmp/built.json"
expect "built bundle analyzes" 0 '"version": "1"' -- "$cli" analyze "$tmp/built.json"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
