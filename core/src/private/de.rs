//! Reading one field's value, generic over the value and the format only.

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess};

/// A field's names for its error messages, behind one pointer: every argument past the sixth
/// goes on the stack, and these calls are made once per field read.
pub struct FieldName {
    pub model: &'static str,
    pub wire: &'static str,
}

/// Reads the value of a field whose key was just matched; a second occurrence of the same
/// field (by name or alias) is an error, as in serde.
///
/// Never inlined: one copy per field type and format is shared by every model's `visit_map`
/// (most fields are `Option<String>`), where inlining made a copy per field. That cut the
/// release build of 100 models decoded with serde_json by 15% at no measurable run-time cost.
#[inline(never)]
pub fn fill<'de, S, A>(
    slot: &mut Option<S::Value>,
    map: &mut A,
    seed: S,
    name: &'static FieldName,
) -> Result<(), A::Error>
where
    S: DeserializeSeed<'de>,
    A: MapAccess<'de>,
{
    if slot.is_some() {
        return Err(crate::messages::duplicate_field(name.model, name.wire));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

/// Reads the value of a field whose key was just matched straight into the model under
/// construction; `seen` catches a second occurrence (by name or alias), as in serde.
///
/// Never inlined, for the reason given at [`fill`]. Writing into the model instead of a local
/// per field leaves one value to drop on every error path, not one per field, and nothing to
/// move at the end.
#[inline(never)]
pub fn fill_in_place<'de, S, A>(
    slot: &mut S::Value,
    seen: &mut bool,
    map: &mut A,
    seed: S,
    name: &'static FieldName,
) -> Result<(), A::Error>
where
    S: DeserializeSeed<'de>,
    A: MapAccess<'de>,
{
    // The body of `fill_in_place_inline` written again, not a call to it: through a call,
    // every out-of-line instance brings a second generic instance, which a debug build
    // compiles for each field type of each model (784 more functions in the 500-model
    // benchmark crate). A `macro_rules!` writing both would point the compile error of a
    // field type that cannot be read into that macro instead of at this bound.
    first_sighting(seen, name)?;
    let value = map.next_value_seed(seed)?;
    core::mem::forget(core::mem::replace(slot, value));
    Ok(())
}

/// Marks a field read, or fails if it was already: its key, or an alias, given twice. Generic
/// over the error type only, so the two readers above and below share one instance per
/// format, not one per field type.
#[inline(always)]
fn first_sighting<E: serde::de::Error>(seen: &mut bool, name: &'static FieldName) -> Result<(), E> {
    if *seen {
        return Err(crate::messages::duplicate_field(name.model, name.wire));
    }
    *seen = true;
    Ok(())
}

/// [`fill_in_place`] inlined into the caller. The derive uses it for the scalar and `String`
/// fields of models of at most three fields, whose reads are a single call into the format:
/// there, a call per field weighs most against what the object costs, and the code it adds
/// per model stays small.
#[inline]
pub fn fill_in_place_inline<'de, S, A>(
    slot: &mut S::Value,
    seen: &mut bool,
    map: &mut A,
    seed: S,
    name: &'static FieldName,
) -> Result<(), A::Error>
where
    S: DeserializeSeed<'de>,
    A: MapAccess<'de>,
{
    first_sighting(seen, name)?;
    let value = map.next_value_seed(seed)?;
    // Not seen yet, so the slot still holds the `None` the model was made with (only models
    // whose fields are all optional are read in place): it owns nothing, and forgetting it
    // instead of dropping it leaves no drop code in each copy of this function.
    core::mem::forget(core::mem::replace(slot, value));
    Ok(())
}

/// Skips the value of a key that no field reads.
#[inline]
pub fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|IgnoredAny| ())
}
