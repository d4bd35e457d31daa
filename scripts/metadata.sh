#!/usr/bin/env bash
# Regenerates client/metadata/meterchain.scale, the runtime metadata (v16) from which the client
# crate generates its typed API, without a running node: the runtime's test
# `client_metadata_matches_the_runtime` writes it from the native runtime. Run it after any
# runtime change and commit the file; the same test fails in ./scripts/test.sh while it is stale.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

step "writing client/metadata/meterchain.scale from the runtime"
# The runtime alone, natively, in the debug profile: the client (whose API is generated from
# this very file) need not compile first, and the release build's cache is left alone.
SKIP_WASM_BUILD=1 METERCHAIN_WRITE_METADATA=1 mcargo test --locked -p meterchain-runtime --test runtime -- \
	client_metadata_matches_the_runtime
ls -l client/metadata/meterchain.scale
