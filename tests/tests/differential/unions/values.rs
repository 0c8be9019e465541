//! Arbitrary values of the union twins, and the words their documents are made of.

use std::sync::Arc;

use callparty::{ApiModel, ApiUnion};
use proptest::prelude::*;

use super::ours::{Created, Customer, Deleted, Event, Pattern, Target};
use super::ours::{KindRoot, OneKeyRoot, TaggedRoot};
use super::twins::*;
use crate::generate::values::{Arb, extra_for, strat_struct, text};
use crate::generate::vocab::Vocab;

impl Arb for PatternTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(PatternTwin {
            pattern: text(),
            time: Option::<u32>::arb(),
        })
    }
}

impl Arb for CreatedTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(CreatedTwin {
            id: any::<u64>(),
            name: Option::<String>::arb(),
        })
    }
}

impl Arb for DeletedTwin {
    fn arb() -> BoxedStrategy<Self> {
        // The tag is no key of the model's extra map: ours never puts it there, serde neither.
        let extra =
            extra_for(Deleted::DOC).prop_filter("the tag", |extra| !extra.0.contains_key("type"));
        strat_struct!(DeletedTwin {
            id: any::<u64>(),
            extra: extra,
        })
    }
}

impl Arb for CustomerTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(CustomerTwin {
            id: text(),
            email: Option::<String>::arb(),
        })
    }
}

impl Arb for TargetTwin {
    fn arb() -> BoxedStrategy<Self> {
        prop_oneof![
            text().prop_map(TargetTwin::PhoneNumber),
            text().prop_map(TargetTwin::ExtensionId),
            text().prop_map(TargetTwin::Voicemail),
        ]
        .boxed()
    }
}

impl Arb for ReplyTwin {
    fn arb() -> BoxedStrategy<Self> {
        prop_oneof![
            text().prop_map(ReplyTwin::ReplyWithText),
            PatternTwin::arb().prop_map(ReplyTwin::ReplyWithPattern),
        ]
        .boxed()
    }
}

impl Arb for EventTwin {
    fn arb() -> BoxedStrategy<Self> {
        prop_oneof![
            CreatedTwin::arb().prop_map(EventTwin::Created),
            DeletedTwin::arb().prop_map(EventTwin::Deleted),
            Just(EventTwin::Ping),
        ]
        .boxed()
    }
}

impl Arb for ShapeTwin {
    fn arb() -> BoxedStrategy<Self> {
        prop_oneof![
            CreatedTwin::arb().prop_map(ShapeTwin::Created),
            Just(ShapeTwin::Ping),
        ]
        .boxed()
    }
}

impl Arb for CustomerRefTwin {
    fn arb() -> BoxedStrategy<Self> {
        prop_oneof![
            text().prop_map(CustomerRefTwin::Id),
            CustomerTwin::arb().prop_map(CustomerRefTwin::Customer),
            Vec::<u32>::arb().prop_map(CustomerRefTwin::Ids),
            Just(CustomerRefTwin::Nothing),
        ]
        .boxed()
    }
}

impl Arb for OneKeyRootTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(OneKeyRootTwin {
            target: TargetTwin::arb(),
            reply: Option::<ReplyTwin>::arb(),
        })
    }
}

impl Arb for TaggedRootTwin {
    fn arb() -> BoxedStrategy<Self> {
        strat_struct!(TaggedRootTwin {
            event: EventTwin::arb(),
            shape: Option::<ShapeTwin>::arb(),
        })
    }
}

impl Arb for KindRootTwin {
    fn arb() -> BoxedStrategy<Self> {
        // `Some(Nothing)` is written as `null`, which both sides read back as `None`.
        let something =
            CustomerRefTwin::arb().prop_filter("null", |value| *value != CustomerRefTwin::Nothing);
        strat_struct!(KindRootTwin {
            customer: CustomerRefTwin::arb(),
            previous: prop::option::weighted(0.7, something),
        })
    }
}

/// The keys and values of the unions' documents: the models' fields, the one-key unions'
/// keys (also as enum-like values) and the tag values.
pub fn vocab() -> Arc<Vocab> {
    let models = [
        OneKeyRoot::DOC,
        TaggedRoot::DOC,
        KindRoot::DOC,
        Pattern::DOC,
        Created::DOC,
        Deleted::DOC,
        Customer::DOC,
    ];
    let mut vocab = Vocab::new(&models, &[]);
    let keys = Target::DOC.variants.iter().map(|variant| variant.wire_name);
    let keys: Vec<&str> = keys
        .chain(["extension", "replyWithText", "replyWithPattern"])
        .collect();
    let tags = Event::DOC.variants.iter().map(|variant| variant.wire_name);
    let tags: Vec<&str> = tags
        .chain(["removed", "Created", "Ping", "type", "kind"])
        .collect();
    vocab.extend(&keys, &tags);
    vocab
        .aliases
        .push(("extensionId".into(), "extension".into()));
    Arc::new(vocab)
}
