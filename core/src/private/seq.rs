//! Reading a model from a sequence (the struct form of compact formats), field by field.
//!
//! The generated `visit_seq` is straight-line code: one call per field and one check at the
//! end (a required field alone returns at once). A failed or ended read is remembered here
//! instead of returning from `visit_seq`, so that function has one way out, not one per field
//! dropping the fields read so far. Those exits made `visit_seq` the largest function of a
//! model, and a debug build compiles it for JSON too; see BENCHMARKS.md, "One way out of the
//! generated visitors".

use core::marker::PhantomData;
use serde::de::{DeserializeSeed, Error, Expected, SeqAccess};

/// The sequence being read, and how reading it has gone so far.
pub struct SeqReader<'de, 'e, A: SeqAccess<'de>> {
    seq: A,
    /// What the model expects, for the error about a sequence that ends too early.
    expected: &'e dyn Expected,
    /// The first error; nothing more is read after it.
    failure: Option<A::Error>,
    /// Whether the sequence has ended; every later field is missing.
    ended: bool,
    lifetime: PhantomData<&'de ()>,
}

impl<'de, 'e, A: SeqAccess<'de>> SeqReader<'de, 'e, A> {
    #[inline]
    pub fn new(seq: A, expected: &'e dyn Expected) -> Self {
        SeqReader {
            seq,
            expected,
            failure: None,
            ended: false,
            lifetime: PhantomData,
        }
    }

    /// The next element, `None` where the sequence has ended or reading has failed.
    #[inline]
    pub fn next<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Option<S::Value> {
        if self.ended || self.failure.is_some() {
            return None;
        }
        match self.seq.next_element_seed(seed) {
            Ok(Some(value)) => Some(value),
            Ok(None) => {
                self.ended = true;
                None
            }
            Err(error) => {
                self.failure = Some(error);
                None
            }
        }
    }

    /// The next element, or the value's default where there is none.
    #[inline]
    pub fn or_default<S>(&mut self, seed: S) -> S::Value
    where
        S: DeserializeSeed<'de>,
        S::Value: Default,
    {
        self.next(seed).unwrap_or_default()
    }

    /// The next element of a required field at position `index`: an error if the sequence
    /// has ended, or the first error met so far, which is taken out of the reader for the
    /// caller to return at once.
    #[inline]
    pub fn required<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
        index: usize,
    ) -> Result<S::Value, A::Error> {
        match self.next(seed) {
            Some(value) => Ok(value),
            None => Err(self
                .failure
                .take()
                .unwrap_or_else(|| A::Error::invalid_length(index, self.expected))),
        }
    }

    /// The first error met, if any, once every field has been read.
    #[inline]
    pub fn finish(self) -> Result<(), A::Error> {
        match self.failure {
            None => Ok(()),
            Some(error) => Err(error),
        }
    }
}
