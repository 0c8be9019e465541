//! Whether the serializer at work is serde_json's, run by `callparty::json`: only there may
//! an [`ExtraValue`](super::ExtraValue) write its JSON text as it stands.
//!
//! A serializer's type cannot be asked for (and `callparty::json` wraps serde_json's in
//! serde_path_to_error's), so `callparty::json` says so for the time it encodes, on its
//! thread. A `Serialize` impl that writes some other format in the middle of such an encode
//! would get the raw-value struct; nothing in this crate does.

use std::cell::Cell;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
}

/// Runs `encode` with verbatim JSON on, and restores the state before it, also on unwind.
pub(crate) fn while_encoding_json<R>(encode: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            ON.set(self.0);
        }
    }
    let _restore = Restore(ON.replace(true));
    encode()
}

pub(super) fn is_on() -> bool {
    ON.get()
}
