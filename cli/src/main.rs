//! `meterchain`: the command-line client of Meterchain for operators, meters, gateways, portals
//! and scripts. Every subcommand mirrors a method of the `meterchain-client` library.
//!
//! Output is human-readable by default — amounts in MTR, times as RFC 3339 dates — with the
//! chain's raw numbers under `--raw`, and JSON (exact, raw numbers) with `--json`. The exit
//! codes are in [`exit::CODES`].

mod agreement;
mod archive;
mod args;
mod billing;
mod cases;
mod chain;
mod disputes;
mod exit;
mod governance;
mod load;
mod metering;
mod output;
mod prepaid;
mod registry;
mod units;

use args::{Cli, Command};
use clap::{CommandFactory, FromArgMatches};
use meterchain_client::{governance::Authority, keys::Account, Client, Error, Wait};
use output::Out;

#[tokio::main]
async fn main() {
	let args: Vec<String> = std::env::args().collect();
	units::init(&args);
	let matches = Cli::command().after_help(args::after_help()).get_matches_from(&args);
	let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
	let out = Out { json: cli.json };
	if let Err(error) = run(cli, &out).await {
		out.error(&error);
		std::process::exit(exit::code(&error));
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
		Ok(client.with_wait(wait))
	}

	/// How governance calls are authorized: sudo, or a council motion with `--motion`.
	pub fn authority(&self) -> Authority {
		if self.cli.motion {
			Authority::Motion
		} else {
			Authority::Sudo
		}
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
