#!/usr/bin/env bash
# Builds the release `meterchain-node` (and with it the runtime's wasm), the `meterchain` CLI and
# the client's examples into $CARGO_TARGET_DIR.
# Installs what is missing first (scripts/setup.sh). A cold build takes about half an hour on
# 2 cores (docs/BUILD.md); later ones are quick.
#
# It builds the workspace less the pallets (which the runtime brings in), the same selection as
# the test suite's release steps ($MCHAIN_RELEASE_SELECTION in env.sh): cargo resolves features
# per selection of packages (a member selected directly gets its `default` feature), and
# building a different selection would rebuild the runtime and the node each time the two
# alternate.
# Extra arguments go to cargo, e.g. `--features meterchain-node/runtime-benchmarks`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

"$MCHAIN_CLONE/scripts/setup.sh"

step "building the workspace (release: meterchain-node and the runtime wasm) into $CARGO_TARGET_DIR"
# --examples: the client's examples are run by the end-to-end tests.
mcargo build --release --locked "${MCHAIN_RELEASE_SELECTION[@]}" --lib --bins --examples "$@"
echo "built: $MCHAIN_NODE_BIN"
