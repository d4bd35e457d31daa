//! `meterchain`: the command-line client of Meterchain for operators, meters, gateways, portals
//! and scripts. Every subcommand mirrors a method of the `meterchain-client` library.
//!
//! Output is human-readable by default and JSON with `--json`. Exit codes: 0 success, 1 the
//! chain or node refused, 2 bad input or key, 3 the node could not be reached, 4 not found,
//! 5 a proof, an invoice or a top-up token did not verify.

mod agreement;
mod archive;
mod args;
mod billing;
mod cases;
mod chain;
mod disputes;
mod governance;
mod metering;
mod output;
mod prepaid;
mod registry;

use args::{Cli, Command};
use clap::Parser;
use meterchain_client::{governance::Authority, keys::Account, Client, Error, Wait};
use output::Out;

#[tokio::main]
async fn main() {
	let cli = Cli::parse();
	let out = Out { json: cli.json };
	if let Err(error) = run(cli, &out).await {
		out.error(&error);
		std::process::exit(exit_code(&error));
	}
}

/// What a failure exits with (see the crate docs).
fn exit_code(error: &Error) -> i32 {
	match error {
		Error::Refused { .. } | Error::Dispatch(_) | Error::Rejected(_) => 1,
		Error::Input(_) | Error::Key(_) => 2,
		Error::Node(_) => 3,
		Error::NotFound(_) => 4,
		Error::Proof(_) | Error::Mismatch(_) => 5,
	}
}

/// Where a local node serves JSON-RPC.
const DEFAULT_URL: &str = "ws://127.0.0.1:9944";

/// What a command needs from the global options.
pub struct Ctx {
	cli: args::Global,
}

impl Ctx {
	/// Connects to the node, with the requested wait mode.
	pub async fn client(&self) -> Result<Client, Error> {
		let url = match &self.cli.url {
			Some(url) => url.clone(),
			None => std::env::var("METERCHAIN_URL").unwrap_or_else(|_| DEFAULT_URL.into()),
		};
		let client = Client::connect(&url).await?;
		let wait = if self.cli.in_block { Wait::InBlock } else { Wait::Finalized };
		let authority = if self.cli.motion { Authority::Motion } else { Authority::Sudo };
		Ok(client.with_wait(wait).with_authority(authority))
	}

	/// The signing account: `--as`, `--key-file`, or `$METERCHAIN_SURI`.
	pub fn signer(&self) -> Result<Account, Error> {
		if let Some(path) = &self.cli.key_file {
			let password = std::env::var("METERCHAIN_KEY_PASSWORD").ok();
			return Account::from_file(path, password.as_deref());
		}
		let uri = match &self.cli.signer {
			Some(uri) => uri.clone(),
			None => std::env::var("METERCHAIN_SURI").map_err(|_| {
				Error::Key(
					"no signer: give --as <uri|dev name>, --key-file or METERCHAIN_SURI".into(),
				)
			})?,
		};
		Account::parse(&uri)
	}
}

async fn run(cli: Cli, out: &Out) -> Result<(), Error> {
	let ctx = Ctx { cli: cli.global };
	match cli.command {
		Command::Chain(cmd) => chain::chain(&ctx, out, cmd).await,
		Command::Proof(cmd) => chain::proof(&ctx, out, cmd).await,
		Command::Events(cmd) => chain::events(&ctx, out, cmd).await,
		Command::Provider(cmd) => registry::provider(&ctx, out, cmd).await,
		Command::Subscriber(cmd) => registry::subscriber(&ctx, out, cmd).await,
		Command::Tag(cmd) => registry::tag(&ctx, out, cmd).await,
		Command::Device(cmd) => registry::device(&ctx, out, cmd).await,
		Command::Group(cmd) => registry::group(&ctx, out, cmd).await,
		Command::Gateway(cmd) => registry::gateway(&ctx, out, cmd).await,
		Command::Agreement(cmd) => agreement::agreement(&ctx, out, cmd).await,
		Command::Metering(cmd) => metering::metering(&ctx, out, cmd).await,
		Command::Tariff(cmd) => billing::tariff(&ctx, out, cmd).await,
		Command::Invoice(cmd) => billing::invoice(&ctx, out, cmd).await,
		Command::Dispute(cmd) => disputes::dispute(&ctx, out, cmd).await,
		Command::Plan(cmd) => disputes::plan(&ctx, out, cmd).await,
		Command::Case(cmd) => cases::case(&ctx, out, cmd).await,
		Command::Prepaid(cmd) => prepaid::prepaid(&ctx, out, cmd).await,
		Command::Token(cmd) => prepaid::token(&ctx, out, cmd).await,
		Command::Council(cmd) => governance::council(&ctx, out, cmd).await,
		Command::Validator(cmd) => governance::validator(&ctx, out, cmd).await,
		Command::Upgrade(cmd) => governance::upgrade(&ctx, out, cmd).await,
		Command::Archive(cmd) => archive::archive(&ctx, out, cmd).await,
		Command::Bench(cmd) => metering::bench(&ctx, out, cmd).await,
		Command::Simulate(cmd) => metering::simulate(&ctx, out, cmd).await,
	}
}
