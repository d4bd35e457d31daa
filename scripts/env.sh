# Sourced by every script: one build cache, shared by all clones of the repository.
#
# - CARGO_TARGET_DIR defaults to ~/.cache/meterchain/target, outside the clone, so that a fresh
#   clone (e.g. CI's) reuses an earlier build instead of compiling ~1,000 crates again.
# - WASM_BUILD_WORKSPACE_HINT points the runtime's wasm build at this workspace's Cargo.lock.
# - WASM_BUILD_RUSTFLAGS remaps absolute source paths in the runtime's wasm (panic locations)
#   to fixed names, so the wasm — and the committed chain specs that embed it — are the same
#   bytes whichever directory the repository is cloned into.

MCHAIN_CLONE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# Cargo builds the workspace through this fixed path, a symlink to the clone: cargo's hash of a
# path dependency (which shapes the runtime's wasm) includes its absolute path, so building
# every clone through one path keeps the wasm identical. Two clones building at the same time
# would fight over it; set MCHAIN_BUILD_LINK to separate them (their wasm then differs).
MCHAIN_ROOT="${MCHAIN_BUILD_LINK:-/tmp/meterchain-build-root}"
ln -sfn "$MCHAIN_CLONE" "$MCHAIN_ROOT"
export MCHAIN_CLONE MCHAIN_ROOT
export PATH="$HOME/.cargo/bin:$PATH"
# The pinned toolchain of rust-toolchain.toml, also for commands run outside the clone.
RUSTUP_TOOLCHAIN="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$MCHAIN_CLONE/rust-toolchain.toml")"
export RUSTUP_TOOLCHAIN
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/meterchain/target}"
CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
# The target dir is outside the clone, so tell the wasm builder where the workspace (and its
# Cargo.lock) is; without it, the wasm would be built with freshly resolved dependency versions.
export WASM_BUILD_WORKSPACE_HINT="$MCHAIN_ROOT"
# With `runtime-benchmarks`, frame-benchmarking-cli brings a test runtime of its own whose wasm
# build cannot use our workspace hint; it only serves `benchmark storage`'s in-runtime mode.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
export WASM_BUILD_RUSTFLAGS="--remap-path-prefix=$MCHAIN_ROOT=/meterchain --remap-path-prefix=$CARGO_HOME_DIR=/cargo --remap-path-prefix=$CARGO_TARGET_DIR=/target"
# The node links the system's OpenSSL (Debian's libssl-dev, kept up to date by apt) instead of
# building OpenSSL from source for litep2p's WebRTC transport: that C build alone took 3 minutes
# of a cold build (docs/BUILD.md).
export OPENSSL_NO_VENDOR=1
# The node binary the scripts and end-to-end tests use.
export MCHAIN_NODE_BIN="$CARGO_TARGET_DIR/release/meterchain-node"

# Meterchain's pallets and their primitives. Their tests run in the debug profile with the
# `runtime-benchmarks` and `try-runtime` features (scripts/test.sh), once.
MCHAIN_PALLETS=(meterchain-primitives pallet-registry pallet-agreements pallet-metering
	pallet-billing pallet-cases pallet-consortium pallet-pruning)
# What the release build, its clippy and its tests select: the workspace less the pallets, which
# come in as the runtime's dependencies. Always the same selection, because cargo turns a
# member's `default` feature on only when the member itself is selected: another selection is
# another feature set, and so another copy of the pallets, the runtime, the client and the node.
MCHAIN_RELEASE_SELECTION=(--workspace)
for pallet in "${MCHAIN_PALLETS[@]}"; do MCHAIN_RELEASE_SELECTION+=(--exclude "$pallet"); done

# `cargo SUBCOMMAND ARGS...` on the workspace, through the fixed path.
mcargo() {
	local subcommand="$1"
	shift
	cargo "$subcommand" --manifest-path "$MCHAIN_ROOT/Cargo.toml" "$@"
}

# Prints a step heading with the time since the script started.
step() {
	printf '\n==> [%4ss] %s\n' "$SECONDS" "$*"
}
