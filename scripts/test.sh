#!/usr/bin/env bash
# Command 2: the whole test suite. Sets up a fresh machine if needed, then:
#   1. formatting (cargo fmt --check),
#   2. builds the workspace in release (the node and the runtime's wasm, the CLI, the examples)
#      and the tests,
#   3. runs the tests with cargo-nextest, many at a time: the runtime's, the client's and the
#      end-to-end tests that start the real node (through the client library, the `meterchain`
#      CLI and the polkadot.js API); beside them
#   4. zombienet's quick fault test on a four-validator network (liveness and one validator
#      down; `scripts/zombienet.sh` alone runs the full fault suite).
#   5. From the start, at the lowest CPU priority, in the time the release build leaves a core
#      idle and the end-to-end tests spend waiting for blocks, one after another: Meterchain's
#      pallets with `runtime-benchmarks` and `try-runtime` (clippy, then their tests: each
#      benchmark runs once as a test against the pallet's mock, try_state checks the
#      invariants after each test), the client's no_std layer (`verify`, `device`, `token`) on a
#      bare wasm target, and, once the tests are built, clippy on the rest of the workspace with
#      warnings denied and the doc tests.
# Each step prints the seconds since the start; the end repeats the test runners' summaries.
#
# What the end-to-end tests start is built in the release profile into one cache
# ($CARGO_TARGET_DIR). The pallets' tests are built once, in the debug profile with the extra
# features (a different feature set, which must not disturb the release build's), and are not
# built or run again in release. Cargo locks each profile's build directory, so the debug-profile
# checks build beside the release build; the release clippy and doc tests wait until the tests
# are built (they would hold the release directory's lock while the tests wait for it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

# rustfmt comes with the toolchain: set up first (build.sh checks again, in a second).
"$MCHAIN_CLONE/scripts/setup.sh"

step "formatting: cargo fmt --check"
mcargo fmt --all -- --check

# The pallets with the extra features (debug); everything else in release, as scripts/build.sh
# built it: the same selection, so nothing is compiled twice.
pallet_args=(--locked --features runtime-benchmarks,try-runtime)
for pallet in "${MCHAIN_PALLETS[@]}"; do pallet_args+=(-p "$pallet"); done
workspace_args=(--release --locked "${MCHAIN_RELEASE_SELECTION[@]}")

logs="$(mktemp -d -t meterchain-test-XXXX)"
# Stops what this script started in the background, and their children, if it ends early.
stop_tree() {
	local pid
	for pid in $(ps -o pid= --ppid "$1" 2>/dev/null); do stop_tree "$pid"; done
	kill "$1" 2>/dev/null || true
}
background=()
trap 'for pid in "${background[@]}"; do stop_tree "$pid"; done' EXIT

# The checks that only need the CPU, niced, one after another; each step's output and its
# runner's summary go to $logs/checks.log, shown when the end-to-end tests are done.
checks() {
	renice -n 19 -p "$BASHPID" >/dev/null
	step "pallets with runtime-benchmarks and try-runtime: clippy"
	SKIP_WASM_BUILD=1 mcargo clippy "${pallet_args[@]}" --all-targets -- -D warnings
	step "pallets with runtime-benchmarks and try-runtime: tests"
	SKIP_WASM_BUILD=1 mcargo nextest run "${pallet_args[@]}"
	step "the client's no_std layer (proofs, device reports, top-up tokens for firmware) on a bare wasm target"
	mcargo check --locked -p meterchain-client --no-default-features --target wasm32v1-none
	until [ -e "$logs/tests-built" ]; do sleep 5; done
	step "lints: cargo clippy on the rest of the workspace (warnings denied)"
	mcargo clippy "${workspace_args[@]}" --all-targets -- -D warnings
	step "doc tests"
	mcargo test "${workspace_args[@]}" --doc
}
step "the pallets' tests, the no_std build, clippy and the doc tests, niced, in the background (log: $logs/checks.log)"
(checks) >"$logs/checks.log" 2>&1 &
checks_pid=$!
background+=("$checks_pid")

"$MCHAIN_CLONE/scripts/build.sh"

step "polkadot.js API for the compatibility test: npm ci"
npm ci --no-audit --no-fund --loglevel=error --prefix tests/polkadot-js

step "building the tests (release)"
mcargo nextest run "${workspace_args[@]}" --no-run
touch "$logs/tests-built"

step "zombienet: the quick fault test, in the background (log: $logs/zombienet.log)"
"$MCHAIN_CLONE/scripts/zombienet.sh" quick >"$logs/zombienet.log" 2>&1 &
zombienet_pid=$!
background+=("$zombienet_pid")

step "tests: the runtime, the client and end to end (cargo nextest, many at once)"
mcargo nextest run "${workspace_args[@]}" 2>&1 | tee "$logs/tests.log"

step "waiting for the pallets' tests, the no_std build, clippy and the doc tests"
if wait "$checks_pid"; then
	cat "$logs/checks.log"
else
	cat "$logs/checks.log"
	echo "the checks above failed" >&2
	exit 1
fi

step "zombienet: waiting for the quick fault test"
if wait "$zombienet_pid"; then
	tail -n 3 "$logs/zombienet.log"
else
	cat "$logs/zombienet.log"
	echo "zombienet: the quick fault test failed (its log is above)" >&2
	exit 1
fi
trap - EXIT

step "all checks passed in ${SECONDS}s"
# The test runners' own summaries, and one closing line over them all: nextest's "N tests run:
# N passed", the doc tests' "N passed" and zombienet's one test.
{
	grep -E '^ +Summary ' "$logs/checks.log" | sed 's/^ */pallets: /'
	grep -E '^test result' "$logs/checks.log" | sed 's/^/doc tests: /'
	grep -E '^ +Summary ' "$logs/tests.log" | sed 's/^ */workspace: /'
	echo "zombienet: quick.zndsl passed"
} | tee "$logs/summaries.txt"
passed=$(grep -oE '(run: |ok\. )[0-9]+ passed' "$logs/summaries.txt" | grep -oE '[0-9]+' |
	awk '{ s += $1 } END { print s + 0 }')
echo "suite: $((passed + 1)) passed, 0 failed"
