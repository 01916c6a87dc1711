# Wraps CMake, Node and the scripts: `make demo` and `make test` are the two
# commands a fresh Debian machine needs (they install what is missing).
SHELL := /bin/bash
# Quiet recursive builds: cmake --build runs make again below this one.
MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc)
PORT ?= 8000
# Debian's emcc runs /usr/bin/node, which only finds acorn through NODE_PATH.
export NODE_PATH := /usr/share/nodejs
# Total fuzzing time of `make fuzz`, shared by every target.
FUZZ_SECONDS ?= 60

NATIVE := build/native
ASAN := build/asan
WASM := build/wasm
FUZZ := build/fuzz
DEMO_BUNDLE := demo/data/alibaba-nvidia-2025-09-24.json

.PHONY: all install build native asan wasm test test-native test-asan test-node test-browser \
        fuzz fuzz-smoke bench demo serve screenshots clean

all: build

install:
	@scripts/install-deps.sh

build: native wasm

native:
	@cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release -DKEYFIGURES_WERROR=ON >/dev/null
	@cmake --build $(NATIVE) -j$(JOBS)

asan:
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DKEYFIGURES_SANITIZE=ON -DKEYFIGURES_WERROR=ON >/dev/null
	@cmake --build $(ASAN) -j$(JOBS)

wasm:
	@emcmake cmake -S . -B $(WASM) -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
	@cmake --build $(WASM) -j$(JOBS)
	@mkdir -p web/dist
	@cp $(WASM)/wasm/keyfigures.mjs $(WASM)/wasm/keyfigures.wasm web/dist/
	@scripts/build-extension.sh

test: install build asan
	@$(MAKE) --no-print-directory -k test-native test-asan test-node test-browser fuzz-smoke

test-native:
	@cd $(NATIVE) && ctest --output-on-failure

test-asan:
	@cd $(ASAN) && ctest --output-on-failure

test-node:
	@node --test tests/node/

test-browser:
	@node --test --test-concurrency=1 tests/browser/

fuzz:
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ) -DKEYFIGURES_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(FUZZ) -j$(JOBS) --target fuzzers
	@scripts/fuzz.sh $(FUZZ) $(FUZZ_SECONDS)

# 60 seconds in total, shared by every fuzz target.
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=60

# BENCH_FLAGS="--markdown docs/benchmarks.md" also rewrites the tables of the docs page.
bench: install build
	@node bench/run.mjs $(BENCH_FLAGS)

demo: install build
	@$(NATIVE)/keyfigures analyze $(DEMO_BUNDLE) --format text
	@echo
	@echo "Demo: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	@node scripts/serve.mjs --port $(PORT)

serve:
	@node scripts/serve.mjs --port $(PORT)

screenshots: build
	@node scripts/screenshots.mjs

clean:
	rm -rf build web/dist
