#!/usr/bin/env bash
# Installs what building and testing Meterchain needs, where it is missing, on Debian/Ubuntu:
# a C toolchain, protoc, git, curl, Node.js with npm (for the polkadot.js test and zombienet),
# faketime (the billing test moves a node's clock to the end of a month) and setpriv; rustup;
# the toolchain named by rust-toolchain.toml (a pinned stable release, with rust-src, rustfmt,
# clippy and the wasm targets); and cargo-nextest, which runs the tests.
# Safe to run again: it only installs what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MCHAIN_CLONE"

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

missing=()
command -v cc >/dev/null || missing+=(build-essential)
command -v protoc >/dev/null || missing+=(protobuf-compiler)
# The system's OpenSSL, which the node links (OPENSSL_NO_VENDOR in env.sh).
command -v pkg-config >/dev/null || missing+=(pkg-config)
dpkg -s libssl-dev >/dev/null 2>&1 || missing+=(libssl-dev)
command -v git >/dev/null || missing+=(git)
command -v curl >/dev/null || missing+=(curl ca-certificates)
# Node.js and npm run the polkadot.js compatibility test.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
# libfaketime fakes a test node's clock, to reach the end of a billing period at once.
command -v faketime >/dev/null || missing+=(faketime)
# setpriv (--pdeathsig) ties each test node's life to the test that started it.
command -v setpriv >/dev/null || missing+=(util-linux)
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

# cargo-nextest runs the tests, many at a time, a process each (.config/nextest.toml). Machines
# of the project's kind ship it; elsewhere it is built from crates.io once (a few minutes).
if ! cargo nextest --version >/dev/null 2>&1; then
	step "installing cargo-nextest (cargo install, from crates.io)"
	cargo install cargo-nextest --locked
fi
echo "toolchain: $(rustc --version); protoc: $(protoc --version); $(cargo nextest --version | head -n 1)"
