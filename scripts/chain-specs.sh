#!/usr/bin/env bash
# Regenerates the committed chain specs in chain-specs/ from the runtime's genesis presets.
# Run it after any runtime change; `tests/tests/e2e/chain_specs.rs` fails while they are stale.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

"$MCHAIN_CLONE/scripts/build.sh"
step "exporting chain specs"
"$MCHAIN_NODE_BIN" export-chain-spec --chain local >chain-specs/local.json
"$MCHAIN_NODE_BIN" export-chain-spec --chain local --raw >chain-specs/local-raw.json
ls -l chain-specs/*.json
