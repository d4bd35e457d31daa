# Sourced by every script: one build cache, shared by all clones of the repository.
#
# - CARGO_TARGET_DIR defaults to ~/.cache/meterchain/target, outside the clone, so that a fresh
#   clone (e.g. CI's) reuses an earlier build instead of compiling ~1,000 crates again.
# - WASM_BUILD_WORKSPACE_HINT points the runtime's wasm build at this workspace's Cargo.lock.
# - WASM_BUILD_RUSTFLAGS remaps absolute source paths in the runtime's wasm (panic locations)
#   to fixed names, so the wasm — and the committed chain specs that embed it — are the same
#   bytes whichever directory the repository is cloned into.

MCHAIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MCHAIN_ROOT
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/meterchain/target}"
CARGO_HOME_DIR="${CARGO_HOME:-$HOME/.cargo}"
# The target dir is outside the clone, so tell the wasm builder where the workspace (and its
# Cargo.lock) is; without it, the wasm would be built with freshly resolved dependency versions.
export WASM_BUILD_WORKSPACE_HINT="$MCHAIN_ROOT"
export WASM_BUILD_RUSTFLAGS="--remap-path-prefix=$MCHAIN_ROOT=/meterchain --remap-path-prefix=$CARGO_HOME_DIR=/cargo --remap-path-prefix=$CARGO_TARGET_DIR=/target"
# The node binary the scripts and end-to-end tests use.
export MCHAIN_NODE_BIN="$CARGO_TARGET_DIR/release/meterchain-node"

# Prints a step heading with the time since the script started.
step() {
	printf '\n==> [%4ss] %s\n' "$SECONDS" "$*"
}
