//! How generated code reaches the runtime: through one import, at the top of each derive's
//! output, of `callparty`'s private module under a name that carries the version of both
//! crates. A `callparty` from another release than these derives lacks that name, and the
//! import fails with an error that names the versions that go together, once per derive and
//! before any call that the older runtime could not answer:
//!
//! ```text
//! error[E0432]: unresolved import `callparty::__callparty_macros_0_1_0_needs_callparty_0_1_0`
//! ```
//!
//! `callparty` pins `callparty-macros` with `=` as well; the name catches the pairs that
//! Cargo's pin does not, such as a patched or vendored copy of one of the two.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};
use syn::Path;

use crate::errors::Diagnostics;

/// A model or enum without `#[api(crate = "...")]` in a crate that depends on `callparty`
/// under another name: one error that names the attribute, instead of an unresolved
/// `::callparty` at every path of the expansion. `runtime` becomes the renamed crate, so that
/// the placeholder impls of the failed derive resolve and add no errors of their own.
pub fn check_renamed(runtime: &mut Path, ident: &Ident, errors: &mut Diagnostics) {
    let default: Path = syn::parse_quote!(::callparty);
    if runtime.to_token_stream().to_string() != default.to_token_stream().to_string() {
        return;
    }
    let Some(name) = crate::manifest::renamed_runtime() else {
        return;
    };
    errors.at(
        ident.span(),
        format_args!(
            "this crate depends on `callparty` under the name `{name}`, so the generated code \
             cannot reach it as `::callparty`; add `#[api(crate = \"::{name}\")]` to `{ident}`"
        ),
    );
    if let Ok(renamed) = syn::parse_str::<Path>(&format!("::{name}")) {
        *runtime = renamed;
    }
}

/// The name under which `callparty` exports its private runtime to this version of the
/// derives.
pub fn versioned_name() -> Ident {
    let version: String = env!("CARGO_PKG_VERSION")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    Ident::new(
        &format!("__callparty_macros_{version}_needs_callparty_{version}"),
        Span::call_site(),
    )
}

/// The item that brings the runtime into a derive's output as [`private`].
pub fn import(krate: &Path) -> TokenStream {
    let name = versioned_name();
    quote!(use #krate::#name as __private;)
}

/// The runtime's private module, as generated code names it after [`import`].
pub fn private() -> TokenStream {
    quote!(__private)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name is written out in `core/src/lib.rs`, which has no way to compute it.
    #[test]
    fn callparty_exports_the_runtime_under_this_versions_name() {
        let lib = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/src/lib.rs");
        let lib = std::fs::read_to_string(lib).expect("core/src/lib.rs is next to macros/");
        let export = format!("pub use __private as {};", versioned_name());
        assert!(
            lib.contains(&export),
            "core/src/lib.rs must say `{export}`, the name this version of the derives imports"
        );
    }

    #[test]
    fn the_name_carries_the_version() {
        assert_eq!(
            versioned_name().to_string(),
            format!(
                "__callparty_macros_{0}_needs_callparty_{0}",
                env!("CARGO_PKG_VERSION").replace(['.', '-', '+'], "_")
            )
        );
    }
}
