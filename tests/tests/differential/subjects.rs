//! The roots the properties start from. Each root reaches a family of models: the core
//! session tree, the notification envelope, and the purpose-built catalog.

use std::fmt::Debug;
use std::sync::Arc;

use callparty::doc::Describe;
use callparty::models;
use proptest::strategy::BoxedStrategy;
use serde::{Deserialize, Serialize};

use crate::core_twins::{CallSessionTwin, TelephonySessionsEventTwin};
use crate::fixtures::{
    self, Account, AccountTwin, Catalog, CatalogTwin, Contact, ContactTwin, Page, PageTwin,
};
use crate::generate::values::Arb;
use crate::generate::vocab::Vocab;
use crate::mirror::Mirror;
use crate::sdk::{self, Ledger, LedgerTwin};
use crate::unions::{self, KindRoot, KindRootTwin, OneKeyRoot, OneKeyRootTwin};
use crate::unions::{TaggedRoot, TaggedRootTwin};

pub trait Subject: 'static {
    type Ours<'a>: Serialize + Deserialize<'a> + Describe + PartialEq + Debug;
    type Twin<'a>: Serialize
        + Deserialize<'a>
        + Mirror<Ours = Self::Ours<'a>>
        + Clone
        + PartialEq
        + Debug;

    fn values() -> BoxedStrategy<Self::Twin<'static>>;

    /// What a decode of `value`'s encoding gives back (skipped fields reset).
    fn decoded(value: &Self::Twin<'static>) -> Self::Twin<'static> {
        value.clone()
    }

    /// Equality across lifetimes, which generic code cannot shorten by itself.
    fn same(a: &Self::Twin<'_>, b: &Self::Twin<'_>) -> bool;

    fn vocab() -> Arc<Vocab>;
}

fn core_vocab() -> Arc<Vocab> {
    Arc::new(Vocab::new(models::MODELS, models::ENUMS))
}

pub struct SessionTree;

impl Subject for SessionTree {
    type Ours<'a> = models::CallSession;
    type Twin<'a> = CallSessionTwin;

    fn values() -> BoxedStrategy<CallSessionTwin> {
        CallSessionTwin::arb()
    }

    fn same(a: &CallSessionTwin, b: &CallSessionTwin) -> bool {
        a == b
    }

    fn vocab() -> Arc<Vocab> {
        core_vocab()
    }
}

pub struct Notification;

impl Subject for Notification {
    type Ours<'a> = models::TelephonySessionsEvent;
    type Twin<'a> = TelephonySessionsEventTwin;

    fn values() -> BoxedStrategy<TelephonySessionsEventTwin> {
        TelephonySessionsEventTwin::arb()
    }

    fn same(a: &TelephonySessionsEventTwin, b: &TelephonySessionsEventTwin) -> bool {
        a == b
    }

    fn vocab() -> Arc<Vocab> {
        core_vocab()
    }
}

pub struct Purpose;

impl Subject for Purpose {
    type Ours<'a> = Catalog<'a>;
    type Twin<'a> = CatalogTwin<'a>;

    fn values() -> BoxedStrategy<CatalogTwin<'static>> {
        CatalogTwin::arb()
    }

    fn decoded(value: &CatalogTwin<'static>) -> CatalogTwin<'static> {
        fixtures::decoded(value)
    }

    fn same(a: &CatalogTwin<'_>, b: &CatalogTwin<'_>) -> bool {
        a == b
    }

    fn vocab() -> Arc<Vocab> {
        purpose_vocab()
    }
}

fn purpose_vocab() -> Arc<Vocab> {
    let (models, enums) = fixtures::docs();
    Arc::new(Vocab::new(&models, &enums))
}

/// A page of contacts: generics, a `HashMap` extra map around models with a `BTreeMap` one,
/// aliases, defaults and an open enum; it owns its data, as the buffering properties need.
pub struct Pages;

impl Subject for Pages {
    type Ours<'a> = Page<Contact>;
    type Twin<'a> = PageTwin<ContactTwin>;

    fn values() -> BoxedStrategy<PageTwin<ContactTwin>> {
        PageTwin::arb()
    }

    fn same(a: &PageTwin<ContactTwin>, b: &PageTwin<ContactTwin>) -> bool {
        a == b
    }

    fn vocab() -> Arc<Vocab> {
        purpose_vocab()
    }
}

/// An account: `deny_unknown_fields`, required fields and a required nested model.
pub struct Accounts;

impl Subject for Accounts {
    type Ours<'a> = Account;
    type Twin<'a> = AccountTwin;

    fn values() -> BoxedStrategy<AccountTwin> {
        AccountTwin::arb()
    }

    fn same(a: &AccountTwin, b: &AccountTwin) -> bool {
        a == b
    }

    fn vocab() -> Arc<Vocab> {
        purpose_vocab()
    }
}

/// Ledgers of a Stripe-like API: `Nullable`, `required`, `write_none`, defaults and
/// one-way fields.
pub struct Ledgers;

impl Subject for Ledgers {
    type Ours<'a> = Ledger;
    type Twin<'a> = LedgerTwin;

    fn values() -> BoxedStrategy<LedgerTwin> {
        LedgerTwin::arb()
    }

    fn decoded(value: &LedgerTwin) -> LedgerTwin {
        sdk::decoded(value)
    }

    fn same(a: &LedgerTwin, b: &LedgerTwin) -> bool {
        a == b
    }

    fn vocab() -> Arc<Vocab> {
        sdk::vocab()
    }
}

/// A subject whose twin is `'static` and compares with `==`, with the words of `$vocab`:
/// the union roots.
macro_rules! owned_subject {
    ($subject:ident: $ours:ty => $twin:ty, $vocab:path) => {
        pub struct $subject;

        impl Subject for $subject {
            type Ours<'a> = $ours;
            type Twin<'a> = $twin;

            fn values() -> BoxedStrategy<$twin> {
                <$twin>::arb()
            }

            fn same(a: &$twin, b: &$twin) -> bool {
                a == b
            }

            fn vocab() -> Arc<Vocab> {
                $vocab()
            }
        }
    };
}

owned_subject!(OneKeyUnions: OneKeyRoot => OneKeyRootTwin, unions::vocab);
owned_subject!(TaggedUnions: TaggedRoot => TaggedRootTwin, unions::vocab);
owned_subject!(KindUnions: KindRoot => KindRootTwin, unions::vocab);
