#!/usr/bin/env bash
# Measures the weights of the runtime on this machine, so that every call is weighed on the same
# hardware and with the same database costs:
# - Meterchain's pallets: each pallet's `src/weights.rs` (through scripts/weights.hbs);
# - the polkadot-sdk pallets the runtime uses, and the transaction extensions:
#   `runtime/src/weights/<pallet>.rs` (the CLI's runtime template, with the runtime's DbWeight);
# - `overhead`: the base weights of a block and of an extrinsic, `runtime/src/weights/{block,extrinsic}_weights.rs`.
#
#   scripts/benchmark.sh                    # all of it
#   scripts/benchmark.sh pallet_registry    # one pallet
#   scripts/benchmark.sh runtime            # the polkadot-sdk pallets and the overhead
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

declare -A dirs=([pallet_registry]=registry [pallet_agreements]=agreements [pallet_metering]=metering [pallet_billing]=billing [pallet_cases]=cases [pallet_consortium]=consortium [pallet_pruning]=pruning)
ours=(pallet_registry pallet_agreements pallet_metering pallet_billing pallet_cases pallet_pruning pallet_consortium)
# pallet_session is not here: its benchmarks need a staking pallet; the runtime uses its reference weights.
sdk=(frame_system frame_system_extensions pallet_balances pallet_transaction_payment pallet_timestamp pallet_utility pallet_sudo pallet_collective pallet_membership)
targets=()
for arg in "$@"; do
	case "$arg" in
	runtime) targets+=("${sdk[@]}" overhead) ;;
	*) targets+=("$arg") ;;
	esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${ours[@]}" "${sdk[@]}" overhead)

step "building meterchain-node with runtime-benchmarks into $CARGO_TARGET_DIR"
mcargo build --release --locked -p meterchain-node --features runtime-benchmarks

# Paths of this machine in a generated header become the variable that names them.
unpath() { sed -i -e "s|$CARGO_TARGET_DIR|\$MCHAIN_BENCH_TARGET_DIR|g" -e "s|$MCHAIN_CLONE/||g" -e 's| `$|`|' "$@"; }

for target in "${targets[@]}"; do
	if [ "$target" = overhead ]; then
		step "benchmarking the block and extrinsic overhead"
		"$node" benchmark overhead \
			--runtime "$wasm" \
			--genesis-builder runtime \
			--genesis-builder-preset development \
			--wasm-execution compiled \
			--weight-path runtime/src/weights
		unpath runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs
		# The runtime reaches these types through frame_support (it has no sp-weights of its own).
		# The generated `test_weights` modules go: the runtime's library has no unit-test harness
		# (its tests are the integration test runtime/tests/runtime, which checks the same
		# bounds in `the_measured_base_weights_are_sane`).
		sed -i -e 's/sp_weights::/frame_support::weights::/g' \
			-e 's/use sp_core::parameter_types;/use frame_support::parameter_types;/' \
			-e '/^#\[cfg(test)\]$/,$d' \
			runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs
		# ... and the blank line before them (rustfmt's style).
		sed -i -e ':a' -e '/^\n*$/{$d;N;ba' -e '}' \
			runtime/src/weights/block_weights.rs runtime/src/weights/extrinsic_weights.rs
		continue
	fi
	dir="${dirs[$target]:-}"
	if [ -n "$dir" ]; then
		output="pallets/$dir/src/weights.rs"
		template=(--template scripts/weights.hbs)
	elif [[ " ${sdk[*]} " == *" $target "* ]]; then
		output="runtime/src/weights/$target.rs"
		template=()
	else
		echo "unknown target $target (known: ${ours[*]} ${sdk[*]} overhead runtime)" >&2
		exit 2
	fi
	step "benchmarking $target (steps $STEPS, repeat $REPEAT)"
	"$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "$target" \
		--extrinsic '*' \
		--wasm-execution compiled \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--heap-pages 4096 \
		"${template[@]}" \
		--output "$output"
	unpath "$output"
done
