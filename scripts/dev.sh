#!/usr/bin/env bash
# Command 1: sets up a fresh machine if needed, builds, and starts a single-validator
# development chain that produces and finalizes blocks. Stop it with Ctrl-C.
# Extra arguments go to the node, e.g. `scripts/dev.sh --rpc-port 9955`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

"$MCHAIN_CLONE/scripts/build.sh"

port=9944
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	[[ ${args[i]} == --rpc-port ]] && port="${args[i + 1]}"
done
cat <<MSG

==> starting a development chain (Alice validates; the chain is fresh on every start)
    JSON-RPC endpoint:  ws://127.0.0.1:$port   (HTTP: http://127.0.0.1:$port)
    polkadot.js apps:   https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$port
    Prometheus metrics: http://127.0.0.1:9615/metrics
MSG
exec "$MCHAIN_NODE_BIN" --dev --rpc-port "$port" "${args[@]}"
