#!/usr/bin/env bash
# The billing fuzzer (fuzz/, issue 23): random step sequences through the assembled runtime's
# real pallets, checked after every step against the model of runtime/tests/runtime/model.rs
# and every pallet's try_state invariants. Uses cargo-fuzz (libFuzzer) on the stable toolchain,
# without a sanitizer (the runtime forbids unsafe code; the findings sought are wrong bills,
# broken invariants and panics).
#
#   scripts/fuzz.sh                 # a minute on one core
#   scripts/fuzz.sh 3600 2          # an hour on each of two cores: two CPU-hours
#   scripts/fuzz.sh --seed-run      # the corpus, then 200 inputs from seed 1: repeatable (the
#                                   # test suite replays the corpus without the fuzzer)
#
# New inputs that reach new code are kept in fuzz/corpus/billing (commit the useful ones); a
# failing input is written to fuzz/artifacts/billing/ and replayed with
# `cargo fuzz run --sanitizer none billing <file>` (in fuzz/, through this script's settings).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE/fuzz"

if ! command -v cargo-fuzz >/dev/null; then
	step "installing cargo-fuzz"
	cargo install cargo-fuzz --locked
fi
export CARGO_TARGET_DIR="${MCHAIN_FUZZ_TARGET_DIR:-$HOME/.cache/meterchain/target-fuzz}"
# The fuzzer runs the runtime natively: no wasm.
export SKIP_WASM_BUILD=1

step "building the billing fuzzer into $CARGO_TARGET_DIR"
cargo fuzz build --sanitizer none --release billing

if [ "${1:-}" = "--seed-run" ]; then
	# Every corpus input once, then 200 new inputs from a fixed seed: repeatable.
	step "replaying the corpus and 200 inputs from seed 1"
	cargo fuzz run --sanitizer none --release billing corpus/billing -- -seed=1 -runs=200
	exit 0
fi
seconds="${1:-60}"
jobs="${2:-1}"
step "fuzzing for ${seconds}s on each of $jobs workers"
start=$(date +%s)
cargo fuzz run --sanitizer none --release billing corpus/billing -- \
	-max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" -print_final_stats=1
echo "fuzzed $(( ($(date +%s) - start) * jobs )) CPU-seconds; corpus: $(ls corpus/billing | wc -l) inputs"
