//! Arbitrary values of the SDK twins, and the words their documents are made of.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use callparty::ApiModel;
use proptest::prelude::*;

use super::ours::{Address, Charge, Customer, Invoice, Ledger, Row, Subscription, net_days, usd};
use super::twins::*;
use crate::generate::values::{Arb, extra_for, strat_struct, text};
use crate::generate::vocab::Vocab;

impl<T: Arb> Arb for TwinNullable<T> {
    fn arb() -> BoxedStrategy<Self> {
        prop_oneof![
            Just(TwinNullable(None)),
            Just(TwinNullable(Some(None))),
            T::arb().prop_map(|value| TwinNullable(Some(Some(value)))),
        ]
        .boxed()
    }
}

impl Arb for ChargeTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(ChargeTwin {
            id: text(),
            failure_code: TwinNullable::<String>::arb(),
            amount_refunded: TwinNullable::<u64>::arb(),
            receipt_email: Option::<String>::arb(),
            description: Option::<String>::arb(),
            metadata: Option::<BTreeMap<String, String>>::arb(),
            extra: extra_for(Charge::DOC),
        })
    }
}

impl Arb for RowTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(RowTwin {
            sku: text(),
            quantity: Option::<u32>::arb(),
            note: Option::<String>::arb(),
        })
    }
}

impl Arb for InvoiceTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(InvoiceTwin {
            number: text(),
            days_until_due: any::<u32>(),
            currency: text(),
            secret: Option::<String>::arb(),
            total: any::<u64>(),
            display_currency: text(),
            cache: any::<u32>(),
        })
    }
}

impl Arb for SystemTime {
    fn arb() -> BoxedStrategy<Self> {
        any::<u32>()
            .prop_map(|seconds| UNIX_EPOCH + Duration::from_secs(seconds.into()))
            .boxed()
    }
}

impl Arb for SubscriptionTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(SubscriptionTwin {
            id: text(),
            customer: text().prop_map(CustomerIdTwin).boxed(),
            created: SystemTime::arb(),
            canceled_at: Option::<SystemTime>::arb(),
            current_period_end: SystemTime::arb(),
        })
    }
}

impl Arb for AddressTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(AddressTwin {
            line1: text(),
            city: Option::<String>::arb(),
            postal_code: Option::<String>::arb(),
        })
    }
}

impl Arb for CustomerTwin {
    fn arb() -> BoxedStrategy<Self> {
        // No key of the flattened address either: a decode reads those into it.
        let extra = extra_for(Customer::DOC).prop_filter("an address key", |extra| {
            !extra.0.keys().any(|key| {
                Address::DOC
                    .fields
                    .iter()
                    .any(|field| field.wire_name == key || field.aliases.contains(&key.as_str()))
            })
        });
        strat_struct!(CustomerTwin {
            id: text(),
            address: AddressTwin::arb(),
            email: Option::<String>::arb(),
            extra: extra,
        })
    }
}

impl Arb for LedgerTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(LedgerTwin {
            charges: Vec::<ChargeTwin>::arb(),
            rows: Option::<Vec<RowTwin>>::arb(),
            invoices: Option::<Vec<InvoiceTwin>>::arb(),
            subscriptions: Option::<Vec<SubscriptionTwin>>::arb(),
            customers: Option::<Vec<CustomerTwin>>::arb(),
        })
    }
}

/// The value a decode gives back: what is not written is missing, what is not read takes
/// its default.
pub fn decoded(ledger: &LedgerTwin) -> LedgerTwin {
    let mut ledger = ledger.clone();
    for invoice in ledger.invoices.iter_mut().flatten() {
        invoice.secret = None;
        invoice.total = 0;
        invoice.display_currency = usd();
        invoice.cache = net_days();
    }
    ledger
}

pub fn vocab() -> Arc<Vocab> {
    let models = [
        Ledger::DOC,
        Charge::DOC,
        Row::DOC,
        Invoice::DOC,
        Subscription::DOC,
        Customer::DOC,
        Address::DOC,
    ];
    Arc::new(Vocab::new(&models, &[]))
}
