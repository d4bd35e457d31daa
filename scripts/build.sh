#!/usr/bin/env bash
# Builds the release `meterchain-node` (and with it the runtime's wasm) into $CARGO_TARGET_DIR.
# A cold build takes about half an hour on 2 cores (see docs/BUILD.md); later ones are quick.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_ROOT"

step "building meterchain-node (release) into $CARGO_TARGET_DIR"
cargo build --release --locked -p meterchain-node "$@"
echo "built: $MCHAIN_NODE_BIN"
