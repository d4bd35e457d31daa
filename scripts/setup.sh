#!/usr/bin/env bash
# Installs what building Meterchain needs, where it is missing, on Debian/Ubuntu:
# a C toolchain, protoc, git, curl, Node.js with npm (for the polkadot.js test), faketime (for
# the billing test, which starts a node just before a month ends); rustup; and
# the toolchain named by rust-toolchain.toml
# (a pinned stable release, with rust-src, rustfmt, clippy and the wasm targets).
# Safe to run again: it only installs what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

missing=()
command -v cc >/dev/null || missing+=(build-essential)
command -v protoc >/dev/null || missing+=(protobuf-compiler)
command -v git >/dev/null || missing+=(git)
command -v curl >/dev/null || missing+=(curl ca-certificates)
# Node.js and npm run the polkadot.js compatibility test.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
# libfaketime starts a test node's clock just before a billing period ends.
command -v faketime >/dev/null || missing+=(faketime)
if ((${#missing[@]})); then
	step "installing Debian packages: ${missing[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if ! command -v rustup >/dev/null; then
	step "installing rustup"
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
		sh -s -- -y --default-toolchain none --profile minimal
	source "$HOME/.cargo/env"
fi

# The pinned toolchain of rust-toolchain.toml, with its components and targets. Only what is
# missing is installed; nothing is updated (an update would change the runtime's wasm).
toolchain="$RUSTUP_TOOLCHAIN" # from rust-toolchain.toml, read by env.sh
step "checking the Rust toolchain $toolchain (rust-toolchain.toml)"
if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
	rustup toolchain install "$toolchain" --profile minimal
fi
installed_targets="$(rustup target list --installed --toolchain "$toolchain")"
for target in wasm32v1-none wasm32-unknown-unknown; do
	grep -qx "$target" <<<"$installed_targets" ||
		rustup target add --toolchain "$toolchain" "$target"
done
installed_components="$(rustup component list --installed --toolchain "$toolchain")"
for component in rust-src rustfmt clippy; do
	grep -q "^$component" <<<"$installed_components" ||
		rustup component add --toolchain "$toolchain" "$component"
done
echo "toolchain: $(rustc --version); protoc: $(protoc --version)"
