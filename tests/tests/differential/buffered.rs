//! Our models inside serde's buffering deserializers: `#[serde(flatten)]`, untagged,
//! internally tagged and adjacently tagged enums read the input into serde's `Content` first
//! and then hand it to the model. There, as everywhere, a model must read what its twin reads:
//! for documents around the schema, wrapped each way and read from JSON and from CBOR, both
//! sides accept the same ones with equal values, except for the differences in `allowed.rs`.

use std::cell::RefCell;
use std::fmt::Debug;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::allowed::Outcome;
use crate::check::{explain, report, run};
use crate::generate::json::J;
use crate::generate::mutate::{self, Input};
use crate::mirror::Mirror;
use crate::subjects::Subject;

/// A model flattened into an envelope, next to a field of the envelope's own.
#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq)]
pub struct Flattened<T> {
    #[serde(rename = "$envelope", default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<u32>,
    #[serde(flatten)]
    pub model: T,
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "$kind")]
pub enum InternallyTagged<T> {
    Model(T),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "$kind", content = "$body")]
pub enum AdjacentlyTagged<T> {
    Model(T),
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum Untagged<T> {
    Model(T),
    Number(u32),
}

impl<T: Mirror> Mirror for Flattened<T> {
    type Ours = Flattened<T::Ours>;
    fn to_ours(&self) -> Self::Ours {
        Flattened {
            envelope: self.envelope,
            model: self.model.to_ours(),
        }
    }
    fn from_ours(ours: &Self::Ours) -> Self {
        Flattened {
            envelope: ours.envelope,
            model: T::from_ours(&ours.model),
        }
    }
}

/// `Mirror` for a one-model wrapper enum.
macro_rules! mirror_wrapper {
    ($wrapper:ident $(, $other:ident($ty:ty))?) => {
        impl<T: Mirror> Mirror for $wrapper<T> {
            type Ours = $wrapper<T::Ours>;
            fn to_ours(&self) -> Self::Ours {
                match self {
                    $wrapper::Model(model) => $wrapper::Model(model.to_ours()),
                    $($wrapper::$other(value) => $wrapper::$other(*value),)?
                }
            }
            fn from_ours(ours: &Self::Ours) -> Self {
                match ours {
                    $wrapper::Model(model) => $wrapper::Model(T::from_ours(model)),
                    $($wrapper::$other(value) => $wrapper::$other(*value),)?
                }
            }
        }
    };
}

mirror_wrapper!(InternallyTagged);
mirror_wrapper!(AdjacentlyTagged);
mirror_wrapper!(Untagged, Number(u32));

/// Which wrapper a case uses.
#[derive(Clone, Copy, Debug)]
enum Wrapping {
    Flattened,
    InternallyTagged,
    AdjacentlyTagged,
    Untagged,
}

const WRAPPINGS: [Wrapping; 4] = [
    Wrapping::Flattened,
    Wrapping::InternallyTagged,
    Wrapping::AdjacentlyTagged,
    Wrapping::Untagged,
];

/// The JSON of `model` in `wrapping`.
fn wrapped<T: Serialize + Clone>(wrapping: Wrapping, model: &T) -> serde_json::Value {
    let written = match wrapping {
        Wrapping::Flattened => serde_json::to_value(Flattened {
            envelope: Some(7),
            model: model.clone(),
        }),
        Wrapping::InternallyTagged => serde_json::to_value(InternallyTagged::Model(model.clone())),
        Wrapping::AdjacentlyTagged => serde_json::to_value(AdjacentlyTagged::Model(model.clone())),
        Wrapping::Untagged => serde_json::to_value(Untagged::Model(model.clone())),
    };
    written.expect("twins encode")
}

/// What the two sides read from one input in one format; ours as its twin, so the two
/// compare. An untagged enum replaces every error of its variants by its own, so for
/// `Untagged` ours also reads the model alone, whose error `allowed.rs` can tell.
struct Read<W> {
    format: &'static str,
    ours: Result<W, String>,
    twin: Result<W, String>,
    ours_alone: Option<String>,
}

/// Reads `input` into `W<Ours>` and `W<Twin>` from JSON and, where it is JSON that
/// `serde_json::Value` holds, from CBOR; `M` is our model, read alone for `untagged`.
fn read_both<M, W>(input: &Input, untagged: bool) -> Vec<Read<W>>
where
    M: DeserializeOwned,
    W: Mirror + DeserializeOwned,
    W::Ours: DeserializeOwned,
{
    let alone = |error: Option<String>| error.filter(|_| untagged);
    let mut reads = vec![Read {
        format: "JSON",
        ours: callparty::json::from_str::<W::Ours>(&input.text)
            .map(|ours| W::from_ours(&ours))
            .map_err(|error| error.to_string()),
        twin: serde_json::from_str::<W>(&input.text).map_err(|error| error.to_string()),
        ours_alone: alone(
            callparty::json::from_str::<M>(&input.text)
                .err()
                .map(|error| error.to_string()),
        ),
    }];
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&input.text) {
        let mut cbor = Vec::new();
        ciborium::into_writer(&value, &mut cbor).expect("a Value encodes as CBOR");
        reads.push(Read {
            format: "CBOR",
            ours: ciborium::from_reader::<W::Ours, _>(cbor.as_slice())
                .map(|ours| W::from_ours(&ours))
                .map_err(|error| error.to_string()),
            twin: ciborium::from_reader::<W, _>(cbor.as_slice()).map_err(|error| error.to_string()),
            ours_alone: alone(
                ciborium::from_reader::<M, _>(cbor.as_slice())
                    .err()
                    .map(|error| error.to_string()),
            ),
        });
    }
    reads
}

/// Checks one case of `W` around our model `M`, counting agreements in `tally` and allowed
/// differences in `seen`.
fn check<M, W>(
    wrapping: Wrapping,
    input: &Input,
    seen: &RefCell<Vec<&'static str>>,
    tally: &RefCell<[usize; 2]>,
) -> Result<(), TestCaseError>
where
    M: DeserializeOwned,
    W: Mirror + DeserializeOwned + PartialEq + Debug,
    W::Ours: DeserializeOwned,
{
    let untagged = matches!(wrapping, Wrapping::Untagged);
    for read in read_both::<M, W>(input, untagged) {
        let format = read.format;
        match (&read.ours, &read.twin) {
            (Ok(ours), Ok(twin)) => {
                prop_assert_eq!(ours, twin, "{:?} in {}", wrapping, format);
                tally.borrow_mut()[0] += 1;
            }
            (Err(_), Err(_)) => tally.borrow_mut()[1] += 1,
            _ => {
                let outcome = Outcome {
                    input,
                    ours: read
                        .ours_alone
                        .clone()
                        .or(read.ours.as_ref().err().cloned()),
                    twin: read.twin.as_ref().err().cloned(),
                };
                let context = format!(" in {wrapping:?} in {format}");
                seen.borrow_mut().push(explain(&outcome, &context)?);
            }
        }
    }
    Ok(())
}

/// The property for the models of subject `S`, whose values must own their data: CBOR is
/// read from a reader, which lends nothing.
pub fn inputs<S>(expected_differences: &[&str])
where
    S: Subject,
    S::Twin<'static>: DeserializeOwned,
    S::Ours<'static>: DeserializeOwned,
{
    type Model<S> = <S as Subject>::Ours<'static>;
    type Twin<S> = <S as Subject>::Twin<'static>;
    let vocab = S::vocab();
    let cases = (0..WRAPPINGS.len()).prop_flat_map(move |wrapping| {
        let base = S::values()
            .prop_map(move |twin| J::from(&wrapped(WRAPPINGS[wrapping], &twin)))
            .boxed();
        mutate::inputs(base, vocab.clone()).prop_map(move |input| (WRAPPINGS[wrapping], input))
    });
    let seen = RefCell::new(Vec::<&'static str>::new());
    let tally = RefCell::new([0usize; 2]);
    run(cases, |(wrapping, input): (Wrapping, Input)| {
        let (input, seen, tally) = (&input, &seen, &tally);
        match wrapping {
            Wrapping::Flattened => {
                check::<Model<S>, Flattened<Twin<S>>>(wrapping, input, seen, tally)
            }
            Wrapping::InternallyTagged => {
                check::<Model<S>, InternallyTagged<Twin<S>>>(wrapping, input, seen, tally)
            }
            Wrapping::AdjacentlyTagged => {
                check::<Model<S>, AdjacentlyTagged<Twin<S>>>(wrapping, input, seen, tally)
            }
            Wrapping::Untagged => {
                check::<Model<S>, Untagged<Twin<S>>>(wrapping, input, seen, tally)
            }
        }
    });
    report(&seen.into_inner(), tally.into_inner(), expected_differences);
}
