#!/usr/bin/env bash
# Measures the weights of Meterchain's pallets on this machine and writes each pallet's
# `src/weights.rs` (through scripts/weights.hbs).
#
#   scripts/benchmark.sh                    # every Meterchain pallet
#   scripts/benchmark.sh pallet_registry    # one pallet
#
# It builds the node with `runtime-benchmarks` into a target dir of its own
# ($MCHAIN_BENCH_TARGET_DIR, default ~/.cache/meterchain/target-bench): the feature changes most
# of the dependency graph, and a separate dir keeps the normal build (and CI's cache) intact.
# The first build takes about as long as a cold normal build (~20 minutes on 2 cores).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
export CARGO_TARGET_DIR="${MCHAIN_BENCH_TARGET_DIR:-$HOME/.cache/meterchain/target-bench}"
node="$CARGO_TARGET_DIR/release/meterchain-node"
# The runtime is benchmarked from its wasm, with genesis from its `development` preset.
wasm="$CARGO_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm"

declare -A dirs=([pallet_registry]=registry [pallet_agreements]=agreements [pallet_metering]=metering)
pallets=("$@")
[ ${#pallets[@]} -eq 0 ] && pallets=(pallet_registry pallet_agreements pallet_metering)

step "building meterchain-node with runtime-benchmarks into $CARGO_TARGET_DIR"
mcargo build --release --locked -p meterchain-node --features runtime-benchmarks

for pallet in "${pallets[@]}"; do
	dir="${dirs[$pallet]:-}"
	[ -n "$dir" ] || { echo "unknown pallet $pallet (known: ${!dirs[*]})" >&2; exit 2; }
	step "benchmarking $pallet (steps $STEPS, repeat $REPEAT)"
	"$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "$pallet" \
		--extrinsic '*' \
		--wasm-execution compiled \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--heap-pages 4096 \
		--template scripts/weights.hbs \
		--output "pallets/$dir/src/weights.rs"
	# The header names the bench target dir by its variable, not by this machine's path.
	sed -i -e "s|$CARGO_TARGET_DIR|\$MCHAIN_BENCH_TARGET_DIR|g" -e 's| `$|`|' "pallets/$dir/src/weights.rs"
done
