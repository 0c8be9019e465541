//! Documents around the schema: a valid document (from a generated value) with a few
//! mutations applied at random nodes, covering missing keys, `null`s, wrong types, unknown
//! and duplicate keys, alias spellings, enum values and deep nesting.

use std::fmt;
use std::sync::Arc;

use proptest::prelude::*;

use super::json::J;
use super::vocab::Vocab;

#[derive(Clone, Debug)]
pub enum Kind {
    /// Drops an entry of an object.
    Remove,
    /// Sets the node to `null`.
    Null,
    /// Puts another value, usually of another type, in its place.
    Replace,
    /// Adds an entry whose key comes from the vocabulary.
    Insert,
    /// Renames an entry with a key from the vocabulary.
    Rename,
    /// Renames an entry to another accepted spelling (alias ↔ wire name).
    Alias,
    /// Repeats an entry of an object, with another value.
    Duplicate,
    /// Moves an entry of an object to the front, where a union's tag is read without
    /// buffering.
    Front,
    /// Wraps the node in this many arrays or objects.
    Deepen(usize),
    /// Puts an enum value, near miss or unknown string in its place.
    EnumString,
    /// Puts `{"<enum value>": null}`, serde's map form of a unit variant, in its place.
    EnumMap,
    /// Cuts the rendered document short.
    Truncate,
}

#[derive(Clone, Debug)]
pub struct Mutation {
    pub kind: Kind,
    /// Which node, modulo the number of nodes.
    pub at: usize,
    /// Which entry or vocabulary word, modulo their number.
    pub pick: usize,
    pub payload: J,
}

/// A generated document: the tree and its text, which is what both decoders read.
#[derive(Clone)]
pub struct Input {
    pub tree: J,
    pub text: String,
}

impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

pub fn inputs(base: BoxedStrategy<J>, vocab: Arc<Vocab>) -> impl Strategy<Value = Input> {
    let mutations = prop::collection::vec(mutation(vocab.clone()), 0..5);
    (base, mutations).prop_map(move |(mut tree, mutations)| {
        let mut cut = None;
        for mutation in &mutations {
            match mutation.kind {
                Kind::Truncate => cut = Some(mutation.pick),
                _ => apply(&mut tree, mutation, &vocab),
            }
        }
        let mut text = tree.render();
        if let Some(pick) = cut {
            text.truncate(floor_char_boundary(&text, pick % text.len().max(1)));
        }
        Input { tree, text }
    })
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn mutation(vocab: Arc<Vocab>) -> impl Strategy<Value = Mutation> {
    let kind = prop_oneof![
        3 => Just(Kind::Remove),
        2 => Just(Kind::Null),
        3 => Just(Kind::Replace),
        3 => Just(Kind::Insert),
        1 => Just(Kind::Rename),
        3 => Just(Kind::Alias),
        2 => Just(Kind::Duplicate),
        2 => Just(Kind::Front),
        1 => prop::sample::select(vec![2usize, 20, 127, 128, 129, 400]).prop_map(Kind::Deepen),
        3 => Just(Kind::EnumString),
        1 => Just(Kind::EnumMap),
        1 => Just(Kind::Truncate),
    ];
    (kind, any::<usize>(), any::<usize>(), payload(vocab)).prop_map(|(kind, at, pick, payload)| {
        Mutation {
            kind,
            at,
            pick,
            payload,
        }
    })
}

/// Small values of every JSON type, with edge-case numbers and vocabulary strings.
fn payload(vocab: Arc<Vocab>) -> impl Strategy<Value = J> {
    let numbers = [
        "0",
        "-0",
        "1",
        "-1",
        "255",
        "256",
        "65536",
        "-129",
        "4294967296",
        "1.5",
        "-0.0",
        "1e3",
        "1e400",
        "9223372036854775808",
        "18446744073709551615",
        "18446744073709551616",
    ];
    let words = vocab.enum_values.clone();
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        prop::sample::select(numbers.to_vec()).prop_map(|n| J::Num(n.to_owned())),
        prop::sample::select(words).prop_map(J::Str),
        "[a-z\"\\\\é\u{1F600}]{0,4}".prop_map(J::Str),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(J::Arr),
            prop::collection::vec(("[a-z]{1,3}", inner), 0..3).prop_map(J::Obj),
        ]
    })
}

fn apply(tree: &mut J, mutation: &Mutation, vocab: &Vocab) {
    let paths = tree.paths();
    let node = tree.at_mut(&paths[mutation.at % paths.len()]);
    let pick = mutation.pick;
    let word = |list: &[String]| list[pick % list.len()].clone();
    match &mutation.kind {
        Kind::Remove => {
            if let J::Obj(entries) = node
                && !entries.is_empty()
            {
                entries.remove(pick % entries.len());
            }
        }
        Kind::Null => *node = J::Null,
        Kind::Replace => *node = mutation.payload.clone(),
        Kind::Insert => match node {
            J::Obj(entries) => {
                let at = pick % (entries.len() + 1);
                entries.insert(at, (word(&vocab.keys), mutation.payload.clone()));
            }
            _ => *node = J::Obj(vec![(word(&vocab.keys), mutation.payload.clone())]),
        },
        Kind::Rename => {
            if let J::Obj(entries) = node
                && !entries.is_empty()
            {
                let len = entries.len();
                entries[pick % len].0 = word(&vocab.keys);
            }
        }
        Kind::Alias => {
            if let J::Obj(entries) = node {
                for (key, _) in entries.iter_mut() {
                    let spellings: Vec<&String> = vocab
                        .aliases
                        .iter()
                        .filter(|(from, _)| from == key)
                        .map(|(_, to)| to)
                        .collect();
                    if !spellings.is_empty() {
                        *key = spellings[pick % spellings.len()].clone();
                    }
                }
            }
        }
        Kind::Duplicate => {
            if let J::Obj(entries) = node
                && !entries.is_empty()
            {
                let key = entries[pick % entries.len()].0.clone();
                entries.push((key, mutation.payload.clone()));
            }
        }
        Kind::Front => {
            if let J::Obj(entries) = node
                && !entries.is_empty()
            {
                let entry = entries.remove(pick % entries.len());
                entries.insert(0, entry);
            }
        }
        Kind::Deepen(depth) => {
            let mut wrapped = std::mem::replace(node, J::Null);
            for level in 0..*depth {
                wrapped = if level % 2 == 0 {
                    J::Arr(vec![wrapped])
                } else {
                    J::Obj(vec![(word(&vocab.keys), wrapped)])
                };
            }
            *node = wrapped;
        }
        Kind::EnumString => *node = J::Str(word(&vocab.enum_values)),
        Kind::EnumMap => *node = J::Obj(vec![(word(&vocab.enum_values), J::Null)]),
        Kind::Truncate => {}
    }
}
