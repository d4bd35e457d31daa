#!/usr/bin/env bash
# Command 1: sets up a fresh machine if needed, builds, and starts a single-validator
# development chain that produces and finalizes blocks. Stop it with Ctrl-C.
# Extra arguments go to the node, e.g. `scripts/dev.sh --rpc-port 9955`. With
# METERCHAIN_CLOCK='2026-12-31 23:55:00' the node's clock starts then (to see a bill at once).
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
if [[ -n ${METERCHAIN_CLOCK:-} ]]; then
	# The node's wall clock starts at $METERCHAIN_CLOCK (UTC, 'YYYY-MM-DD hh:mm:ss') and runs on
	# from there (libfaketime, Debian package faketime): to see a month's bill minutes after
	# starting, start a few minutes before the month ends. Timers (monotonic time) are not faked.
	command -v faketime >/dev/null || { echo "METERCHAIN_CLOCK needs faketime (./scripts/setup.sh installs it)" >&2; exit 2; }
	echo "    clock:              starts at $METERCHAIN_CLOCK UTC (faked)"
	export TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1
	exec faketime -f "@$METERCHAIN_CLOCK" "$MCHAIN_NODE_BIN" --dev --rpc-port "$port" "${args[@]}"
fi
exec "$MCHAIN_NODE_BIN" --dev --rpc-port "$port" "${args[@]}"
