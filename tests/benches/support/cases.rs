//! Every benchmark case, listed once for the three ways of measuring it: criterion's wall
//! clock (`models`), the CPU time of alternating runs (`cpu_time`) and instruction counts
//! under callgrind (`instructions`).
//!
//! A case is one input decoded (from a slice, or from a reader) or encoded by up to three
//! sides:
//! - `api`: the ApiModel models through `serde_json` directly;
//! - `api_callparty_json`: the same models through `callparty::json`, the entry point the
//!   README recommends;
//! - `serde_derive`: the serde_derive twins through `serde_json`, what a plain serde user
//!   gets, and the denominator of every ratio.
//!
//! The inputs are built only for the cases a filter selects, so that counting one case under
//! callgrind does not first generate the 10 MB batch.

use super::data;
use super::{borrowed, kept, plain, string_enums};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::hint::black_box;
use std::sync::OnceLock;

/// One way of running a case, as a closure that does it once. (Each bench binary reads only
/// some of the fields of `Side` and `Case`.)
#[allow(dead_code)]
pub struct Side {
    pub id: &'static str,
    pub run: Box<dyn FnMut()>,
}

#[allow(dead_code)]
pub struct Case {
    /// What the tables show and the filters match, e.g. `decode one CallParty | plain`; also
    /// criterion's group id.
    pub name: String,
    /// The size of the JSON, for throughput.
    pub bytes: usize,
    /// How long criterion samples it: (samples, seconds).
    pub sampling: (usize, u64),
    pub sides: Vec<Side>,
}

pub const API: &str = "api";
pub const API_CALLPARTY_JSON: &str = "api_callparty_json";
pub const SERDE_DERIVE: &str = "serde_derive";
pub const IGNORED_ANY: &str = "ignored_any";

/// An input document, generated on first use and kept for the whole run.
struct Input {
    /// For the case names, e.g. `one CallParty`.
    name: &'static str,
    sampling: (usize, u64),
    make: fn() -> Vec<u8>,
    made: OnceLock<&'static [u8]>,
}

impl Input {
    const fn new(name: &'static str, sampling: (usize, u64), make: fn() -> Vec<u8>) -> Self {
        Input {
            name,
            sampling,
            make,
            made: OnceLock::new(),
        }
    }

    fn bytes(&self) -> &'static [u8] {
        self.made.get_or_init(|| (self.make)().leak())
    }
}

/// The number of items in each per-model array.
const ITEMS: usize = 20_000;

static PARTY: Input = Input::new("one CallParty", (100, 3), data::single_party_json);
static SESSION: Input = Input::new("CallSessionObject, 50 parties", (60, 3), data::session_json);
static BATCH: Input = Input::new("10 MB notification batch", (10, 5), || {
    data::batch_json(10 << 20)
});
static PEERS: Input = Input::new("20,000 PeerInfo (3 strings)", (20, 3), || {
    data::array_json(ITEMS, data::peer)
});
static RECORDINGS: Input = Input::new("20,000 RecordingInfo", (20, 3), || {
    data::array_json(ITEMS, data::recording)
});
static STATUSES: Input = Input::new("20,000 CallStatusInfo", (20, 3), || {
    data::array_json(ITEMS, data::status)
});
static CODES: Input = Input::new("20,000 closed enum values (11 + alias)", (20, 3), || {
    data::array_json(ITEMS, data::code)
});
static REASONS: Input = Input::new("20,000 closed enum values (29)", (20, 3), || {
    data::array_json(ITEMS, data::reason)
});

/// The cases whose name `selected` accepts, in table order: the whole documents with every
/// pair of models, then one model or enum at a time.
pub fn cases(selected: &dyn Fn(&str) -> bool) -> Vec<Case> {
    let mut cases = Cases {
        selected,
        out: Vec::new(),
    };
    for direction in [Direction::Decode, Direction::Encode] {
        documents(&mut cases, direction);
    }
    readers(&mut cases);
    for direction in [Direction::Decode, Direction::Encode] {
        per_model(&mut cases, direction);
    }
    cases.out
}

fn documents(cases: &mut Cases<'_>, direction: Direction) {
    cases.pair::<kept::api::CallParty, kept::sd::CallParty>(direction, &PARTY, "kept");
    cases.pair::<plain::api::CallParty, plain::sd::CallParty>(direction, &PARTY, "plain");
    cases.pair::<borrowed::api::CallParty<'static>, borrowed::sd::CallParty<'static>>(
        direction, &PARTY, "borrowed",
    );
    cases.floor(direction, &PARTY);
    cases.pair::<kept::api::CallSessionObject, kept::sd::CallSessionObject>(
        direction, &SESSION, "kept",
    );
    cases.pair::<plain::api::CallSessionObject, plain::sd::CallSessionObject>(
        direction, &SESSION, "plain",
    );
    cases.pair::<borrowed::api::CallSessionObject<'static>, borrowed::sd::CallSessionObject<'static>>(
        direction, &SESSION, "borrowed",
    );
    cases.floor(direction, &SESSION);
    cases.pair::<Vec<kept::api::Notification>, Vec<kept::sd::Notification>>(
        direction, &BATCH, "kept",
    );
    cases.pair::<Vec<plain::api::Notification>, Vec<plain::sd::Notification>>(
        direction, &BATCH, "plain",
    );
    cases.pair::<Vec<borrowed::api::Notification<'static>>, Vec<borrowed::sd::Notification<'static>>>(
        direction, &BATCH, "borrowed",
    );
    cases.floor(direction, &BATCH);
}

/// `from_reader`, which cannot read its input twice and so tracks the path while it decodes,
/// against serde_json's `from_reader`; owned models only.
fn readers(cases: &mut Cases<'_>) {
    cases.reader_pair::<kept::api::CallParty, kept::sd::CallParty>(&PARTY, "kept");
    cases.reader_pair::<plain::api::CallParty, plain::sd::CallParty>(&PARTY, "plain");
    cases
        .reader_pair::<kept::api::CallSessionObject, kept::sd::CallSessionObject>(&SESSION, "kept");
    cases.reader_pair::<plain::api::CallSessionObject, plain::sd::CallSessionObject>(
        &SESSION, "plain",
    );
}

fn per_model(cases: &mut Cases<'_>, direction: Direction) {
    use string_enums::{closed, serde_closed};
    cases.pair::<Vec<plain::api::PeerInfo>, Vec<plain::sd::PeerInfo>>(direction, &PEERS, "plain");
    cases.floor(direction, &PEERS);
    cases.pair::<Vec<plain::api::RecordingInfo>, Vec<plain::sd::RecordingInfo>>(
        direction,
        &RECORDINGS,
        "plain",
    );
    cases.floor(direction, &RECORDINGS);
    cases.pair::<Vec<plain::api::CallStatusInfo>, Vec<plain::sd::CallStatusInfo>>(
        direction, &STATUSES, "plain",
    );
    cases.floor(direction, &STATUSES);
    cases.pair::<Vec<closed::CallStatusInfoCode>, Vec<serde_closed::CallStatusInfoCode>>(
        direction, &CODES, "closed",
    );
    cases.floor(direction, &CODES);
    cases.pair::<Vec<closed::CallStatusInfoReason>, Vec<serde_closed::CallStatusInfoReason>>(
        direction, &REASONS, "closed",
    );
    cases.floor(direction, &REASONS);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Decode,
    Encode,
}

impl Direction {
    fn word(self) -> &'static str {
        match self {
            Direction::Decode => "decode",
            Direction::Encode => "encode",
        }
    }
}

struct Cases<'f> {
    selected: &'f dyn Fn(&str) -> bool,
    out: Vec<Case>,
}

impl Cases<'_> {
    /// The case of one pair of models on `input`, if selected: ApiModel `A` through both
    /// entry points against its serde_derive twin `S`, which must write the same JSON.
    fn pair<A, S>(&mut self, direction: Direction, input: &'static Input, models: &str)
    where
        A: Deserialize<'static> + Serialize + 'static,
        S: Deserialize<'static> + Serialize + 'static,
    {
        let name = format!("{} {} | {models}", direction.word(), input.name);
        if !(self.selected)(&name) {
            return;
        }
        let bytes = input.bytes();
        assert_eq!(
            round_trip::<A>(bytes),
            round_trip::<S>(bytes),
            "{} and {} disagree",
            std::any::type_name::<A>(),
            std::any::type_name::<S>()
        );
        let sides = match direction {
            Direction::Decode => vec![
                side(API, decode(bytes, serde_json_decode::<A>)),
                side(
                    API_CALLPARTY_JSON,
                    decode(bytes, callparty_json_decode::<A>),
                ),
                side(SERDE_DERIVE, decode(bytes, serde_json_decode::<S>)),
            ],
            Direction::Encode => vec![
                side(API, encode(bytes, serde_json_encode::<A>)),
                side(
                    API_CALLPARTY_JSON,
                    encode(bytes, callparty_json_encode::<A>),
                ),
                side(SERDE_DERIVE, encode(bytes, serde_json_encode::<S>)),
            ],
        };
        self.push(name, input, sides);
    }

    /// The `from_reader` case of one pair of models on `input`, if selected.
    fn reader_pair<A, S>(&mut self, input: &'static Input, models: &str)
    where
        A: DeserializeOwned + Serialize + 'static,
        S: DeserializeOwned + Serialize + 'static,
    {
        let name = format!("from_reader {} | {models}", input.name);
        if !(self.selected)(&name) {
            return;
        }
        let bytes = input.bytes();
        let sides = vec![
            side(API, decode(bytes, serde_json_read::<A>)),
            side(API_CALLPARTY_JSON, decode(bytes, callparty_json_read::<A>)),
            side(SERDE_DERIVE, decode(bytes, serde_json_read::<S>)),
        ];
        self.push(name, input, sides);
    }

    /// serde_json skipping the same input: the floor of decoding. Nothing to encode.
    fn floor(&mut self, direction: Direction, input: &'static Input) {
        let name = format!("{} {} | IgnoredAny floor", direction.word(), input.name);
        if direction == Direction::Encode || !(self.selected)(&name) {
            return;
        }
        let bytes = input.bytes();
        let sides = vec![side(
            IGNORED_ANY,
            decode(bytes, serde_json_decode::<IgnoredAny>),
        )];
        self.push(name, input, sides);
    }

    fn push(&mut self, name: String, input: &'static Input, sides: Vec<Side>) {
        self.out.push(Case {
            name,
            bytes: input.bytes().len(),
            sampling: input.sampling,
            sides,
        });
    }
}

fn side(id: &'static str, run: Box<dyn FnMut()>) -> Side {
    Side { id, run }
}

fn serde_json_decode<T: Deserialize<'static>>(bytes: &'static [u8]) -> T {
    serde_json::from_slice(bytes).expect("valid input")
}

fn callparty_json_decode<T: Deserialize<'static>>(bytes: &'static [u8]) -> T {
    callparty::json::from_slice(bytes).expect("valid input")
}

fn serde_json_read<T: DeserializeOwned>(bytes: &'static [u8]) -> T {
    serde_json::from_reader(bytes).expect("valid input")
}

fn callparty_json_read<T: DeserializeOwned>(bytes: &'static [u8]) -> T {
    callparty::json::from_reader(bytes).expect("valid input")
}

fn serde_json_encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("encodes")
}

fn callparty_json_encode<T: Serialize>(value: &T) -> Vec<u8> {
    callparty::json::to_vec(value).expect("encodes")
}

/// Decodes `bytes` as `T` with `decoder` on each run; dropping the value is part of the run.
/// The decoder is a function item, a type of its own, so the call is direct and inlinable.
fn decode<T, D>(bytes: &'static [u8], decoder: D) -> Box<dyn FnMut()>
where
    D: Fn(&'static [u8]) -> T + 'static,
{
    Box::new(move || drop(black_box(decoder(black_box(bytes)))))
}

/// Decodes `bytes` as `T` once, then encodes the value with `encoder` on each run.
fn encode<T, E>(bytes: &'static [u8], encoder: E) -> Box<dyn FnMut()>
where
    T: Deserialize<'static> + 'static,
    E: Fn(&T) -> Vec<u8> + 'static,
{
    let value: T = serde_json_decode(bytes);
    Box::new(move || drop(black_box(encoder(black_box(&value)))))
}

/// The JSON that decoding `bytes` as `T` and encoding it again gives, as a value.
fn round_trip<T: Deserialize<'static> + Serialize>(bytes: &'static [u8]) -> Value {
    let value: T = serde_json_decode(bytes);
    serde_json::from_slice(&serde_json_encode(&value)).expect("valid JSON")
}
