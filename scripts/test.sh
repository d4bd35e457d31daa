#!/usr/bin/env bash
# Command 2: the whole test suite. Sets up a fresh machine if needed, then:
#   1. formatting (cargo fmt --check),
#   2. builds the workspace in release (the node and the runtime's wasm),
#   3. lints every crate of the workspace with clippy, warnings denied,
#   4. runs Meterchain's pallets' tests with `runtime-benchmarks` and `try-runtime` (each
#      benchmark runs once as a test against the pallet's mock; clippy checks that code too),
#   5. checks that the client's no_std layer (`verify`, `device`, `token`) builds without the
#      standard library,
#   6. runs all tests: runtime and unit tests, and end-to-end tests that start the real node,
#      through the client library, the `meterchain` CLI and the polkadot.js API (npm ci),
#   7. runs the zombienet liveness and one-validator-down tests on a four-validator network
#      (scripts/zombienet.sh; the other fault tests run with `scripts/zombienet.sh`).
# Everything builds in the release profile into one cache ($CARGO_TARGET_DIR), so the node the
# end-to-end tests start is the one just built, and nothing is compiled twice. Step 4 alone
# builds the pallets and their dependencies in the debug profile with the extra features (a
# different feature set, which must not disturb the release build's).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

"$MCHAIN_CLONE/scripts/setup.sh"

step "formatting: cargo fmt --check"
mcargo fmt --all -- --check

"$MCHAIN_CLONE/scripts/build.sh"

step "lints: cargo clippy (warnings denied)"
mcargo clippy --release --locked --workspace --all-targets -- -D warnings

step "pallets with runtime-benchmarks and try-runtime: clippy, then benchmarks and tests"
pallet_args=(-p meterchain-primitives -p pallet-registry -p pallet-agreements -p pallet-metering -p pallet-billing
	-p pallet-consortium -p pallet-pruning --features runtime-benchmarks,try-runtime)
SKIP_WASM_BUILD=1 mcargo clippy --locked "${pallet_args[@]}" --all-targets -- -D warnings
SKIP_WASM_BUILD=1 mcargo test --locked "${pallet_args[@]}"

step "the client's no_std layer (proofs, device reports, top-up tokens for firmware) on a bare wasm target"
mcargo check --locked -p meterchain-client --no-default-features --target wasm32v1-none

step "polkadot.js API for the compatibility test: npm ci"
npm ci --no-audit --no-fund --loglevel=error --prefix tests/polkadot-js

step "tests: cargo test (unit, runtime, end-to-end)"
mcargo test --release --locked --workspace --no-fail-fast

step "zombienet: liveness and one validator down, on four validators and a full node"
"$MCHAIN_CLONE/scripts/zombienet.sh" 0001-liveness 0002-one-validator-down

step "all checks passed in ${SECONDS}s"
