//! How a derive's `DOC` describes a field type that may not implement `Describe`.
//!
//! `<Probe<T>>::TYPE` is `T`'s own `TYPE` when `T: Describe`: an inherent constant, which
//! path resolution prefers. Otherwise the inherent one does not apply and the name resolves
//! to [`ProbeFallback::TYPE`], `TypeRef::Undescribed`, so a field of a type callparty cannot
//! describe still compiles without the `schemars` feature. The choice is made where the
//! `DOC` is type-checked: a type that names a generic parameter is described through the
//! `T: Describe` bound the derive puts on that parameter.

use core::marker::PhantomData;

use crate::doc::{Describe, TypeRef};

pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized + Describe> Probe<T> {
    pub const TYPE: &'static TypeRef = T::TYPE;
}

/// Brought into scope by the generated `DOC` (`use __private::ProbeFallback as _`).
pub trait ProbeFallback {
    const TYPE: &'static TypeRef = &TypeRef::Undescribed;
}

impl<T: ?Sized> ProbeFallback for Probe<T> {}

/// Compiles only for a type that implements `Describe`; the `schemars` feature calls it for
/// every field type, so that a type it cannot describe is an error at that type.
pub const fn require_describe<T: ?Sized + Describe>() {}

#[cfg(test)]
mod tests {
    use super::*;

    struct Unknown;

    #[test]
    fn a_type_without_describe_is_opaque() {
        assert_eq!(<Probe<Unknown>>::TYPE, &TypeRef::Undescribed);
        assert_eq!(<Probe<Vec<Unknown>>>::TYPE, &TypeRef::Undescribed);
        assert_eq!(<Probe<Vec<u8>>>::TYPE, <Vec<u8>>::TYPE);
        assert_eq!(<Probe<str>>::TYPE, &TypeRef::Str);
    }
}
