//! serde_derive twins of the core models in `callparty::models`.
//!
//! Every core model has the same shape: all fields `Option`, wire names in camelCase, unknown
//! fields kept. The serde attributes for that shape are written once, in `optional_twin!`:
//! `rename_all = "camelCase"` on the struct, `default` and `skip_serializing_if =
//! "Option::is_none"` on every field, and `flatten` on the extra map. Field-specific
//! attributes (`alias`) are written where the field is.

mod enums;
mod party;
mod session;
mod status;

pub use enums::*;
pub use party::*;
pub use session::*;
pub use status::*;

/// A twin of a core model whose fields are all `Option`, with its `Mirror`.
macro_rules! optional_twin {
    ($twin:ident => $ours:ident { $($(#[$attr:meta])* $field:ident: $ty:ty),* $(,)? }) => {
        #[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq, Default)]
        #[serde(rename_all = "camelCase")]
        pub struct $twin {
            $(
                #[serde(default, skip_serializing_if = "Option::is_none")]
                $(#[$attr])*
                pub $field: Option<$ty>,
            )*
            #[serde(flatten)]
            pub extra: $crate::mirror::TwinExtra,
        }

        $crate::mirror::mirror_struct!($twin => $ours { $($field,)* extra });

        impl $crate::generate::values::Arb for $twin {
            fn arb() -> proptest::strategy::BoxedStrategy<Self> {
                $crate::generate::values::strat_struct!($twin {
                    $($field: <Option<$ty> as $crate::generate::values::Arb>::arb(),)*
                    extra: $crate::generate::values::extra_for(<$ours as callparty::ApiModel>::DOC),
                })
            }
        }
    };
}

use optional_twin;
