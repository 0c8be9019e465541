//! Arbitrary values of the SDK twins, and the words their documents are made of.

use std::collections::BTreeMap;
use std::sync::Arc;

use callparty::ApiModel;
use proptest::prelude::*;

use super::ours::{Charge, Ledger, Row};
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

impl Arb for LedgerTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(LedgerTwin {
            charges: Vec::<ChargeTwin>::arb(),
            rows: Option::<Vec<RowTwin>>::arb(),
        })
    }
}

pub fn vocab() -> Arc<Vocab> {
    Arc::new(Vocab::new(&[Ledger::DOC, Charge::DOC, Row::DOC], &[]))
}
