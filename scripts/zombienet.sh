#!/usr/bin/env bash
# Runs the zombienet fault tests (zombienet/*.zndsl) on networks of the built node: four
# validators and a full node, on this machine (zombienet's native provider).
#
#   scripts/zombienet.sh                          # the full fault suite, 0001-0004 (~14 minutes)
#   scripts/zombienet.sh 0001-liveness 0002-one-validator-down   # some of them
#   scripts/zombienet.sh quick                    # liveness and one validator down on one
#                                                 # network, short windows (scripts/test.sh)
#
# Needs the release build (scripts/build.sh) and the committed raw `local` chain spec, which
# matches that build's runtime (tests/tests/e2e/chain_specs.rs checks it). Installs zombienet
# (@zombienet/cli, pinned in zombienet/package-lock.json) with npm on first use. Figures the
# tests measure (finality lag, catch-up and warp-sync times) are appended to $MCHAIN_FIGURES
# (default ~/.cache/meterchain/zombienet-figures.txt); docs/RELIABILITY.md records them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE/zombienet"

[ -x "$MCHAIN_NODE_BIN" ] || { echo "no node at $MCHAIN_NODE_BIN: run scripts/build.sh first" >&2; exit 2; }
MCHAIN_CLI_BIN="$(dirname "$MCHAIN_NODE_BIN")/meterchain"
export MCHAIN_CLI_BIN
export MCHAIN_FIGURES="${MCHAIN_FIGURES:-$HOME/.cache/meterchain/zombienet-figures.txt}"
mkdir -p "$(dirname "$MCHAIN_FIGURES")"

if [ ! -x node_modules/.bin/zombienet ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	step "installing zombienet (npm ci)"
	npm ci --no-audit --no-fund --loglevel=error
fi

tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
	tests=()
	for file in 0*.zndsl; do tests+=("${file%.zndsl}"); done
fi

failed=()
for test in "${tests[@]}"; do
	file="${test%.zndsl}.zndsl"
	[ -f "$file" ] || { echo "no test zombienet/$file" >&2; exit 2; }
	dir="$(mktemp -d -t "zombienet-${test%.zndsl}-XXXX")"
	step "zombienet: $file (network files and logs in $dir)"
	if ./node_modules/.bin/zombienet --provider native --logType text --force --dir "$dir" test "$file"; then
		rm -rf "$dir"
	else
		failed+=("$file")
		echo "FAILED: $file; the nodes' logs are in $dir" >&2
	fi
	# zombienet stops its nodes on exit; make sure none outlives the test and holds the ports.
	pkill -f -- "--base-path $dir" 2>/dev/null || true
done

if [ ${#failed[@]} -ne 0 ]; then
	echo "zombienet tests failed: ${failed[*]}" >&2
	exit 1
fi
step "zombienet tests passed: ${tests[*]}"
