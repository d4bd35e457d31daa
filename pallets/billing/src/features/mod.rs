//! What billing does, one feature per module: each holds the `do_<call>` functions of its
//! calls (the calls in `lib.rs` check the origin and hand over to them) and the helpers only
//! it uses. The types they store are in [`crate::types`], the pure arithmetic in
//! [`crate::pricing`] and [`crate::calendar`].
//!
//! | module | calls | also |
//! |---|---|---|
//! | [`tariffs`] | `create_tariff`, `publish_version` | the version in force for a period; [`meterchain_primitives::Tariffs`] |
//! | [`invoicing`] | `issue_invoice` | usage accrued per period ([`meterchain_primitives::UsageSink`]), bills, estimates |
//! | [`sweep`] | — | automatic invoicing in `on_idle` after a month boundary |
//! | [`payments`] | `pay` | credit applied and refunded |
//! | [`plans`] | `offer_plan`, `accept_plan` | the due date under a plan |
//! | [`disputes`] | `dispute`, `answer_dispute`, `escalate_dispute`, `rule_dispute` | credit notes; response times reported to the cases pallet |
//! | [`prepaid`] | `top_up`, `withdraw_credit` | credit charged per report, supply status; [`meterchain_primitives::CreditCheck`] |
//! | [`tokens`] | `purchase_token`, `issue_token` | |
//! | [`ledger`] | — | the books pruning closes by year ([`meterchain_primitives::PrunableLedger`]), what billing still holds of an agreement |

pub mod disputes;
pub mod invoicing;
pub mod ledger;
pub mod payments;
pub mod plans;
pub mod prepaid;
pub mod sweep;
pub mod tariffs;
pub mod tokens;
