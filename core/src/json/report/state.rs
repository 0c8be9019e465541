//! Where a report is collected while a decode runs: a thread-local that the decoder's hooks
//! write to only while [`collect`] runs. Everywhere else the hooks read one thread-local
//! flag and return, and they sit only where a key or value was not recognised: a known key
//! or value never reaches them.

use std::cell::{Cell, RefCell};

use super::spelling::near_miss;
use super::{NearMiss, Report, UnknownEnumValue, UnknownKey};

/// The path of the value being decoded and what was found so far.
struct State {
    /// `parties[1].status`, as [`crate::json::Error::path`] spells it; empty at the root.
    path: String,
    /// The map key read last, which names the value read next.
    key: String,
    report: Report,
}

impl State {
    const EMPTY: State = State {
        path: String::new(),
        key: String::new(),
        report: Report::EMPTY,
    };
}

thread_local! {
    // Apart from the state, so that the check made by every hook is one load of a constant-
    // initialized flag with no destructor to register.
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static STATE: RefCell<State> = const { RefCell::new(State::EMPTY) };
}

/// Whether a report is being collected on this thread.
#[inline]
pub(crate) fn collecting() -> bool {
    COLLECTING.get()
}

/// Runs `decode` with the hooks recording, and returns what they recorded. A report
/// collected inside `decode` (a type whose `Deserialize` calls `from_str_with_report`) is
/// its own: the outer one resumes after it, as it was.
pub(crate) fn collect<R>(decode: impl FnOnce() -> R) -> (R, Report) {
    let outer = Outer {
        state: Some(STATE.replace(State::EMPTY)),
        collecting: COLLECTING.replace(true),
    };
    let result = decode();
    let report = outer.restore().report;
    (result, report)
}

/// The report state of an enclosing `collect`, put back when this one ends, also by a panic.
struct Outer {
    state: Option<State>,
    collecting: bool,
}

impl Outer {
    /// Puts the outer state back and returns this collection's.
    fn restore(mut self) -> State {
        let outer = self.state.take().unwrap_or(State::EMPTY);
        COLLECTING.set(self.collecting);
        STATE.replace(outer)
    }
}

impl Drop for Outer {
    fn drop(&mut self) {
        if let Some(outer) = self.state.take() {
            COLLECTING.set(self.collecting);
            STATE.set(outer);
        }
    }
}

/// The length the path had before a segment was added, to cut it back to.
#[must_use]
pub(crate) struct Mark(usize);

/// Appends `[index]` to the path.
pub(crate) fn enter_index(index: usize) -> Mark {
    STATE.with_borrow_mut(|state| {
        let mark = Mark(state.path.len());
        state.path.push_str(&format!("[{index}]"));
        mark
    })
}

/// Appends the key read last to the path, as the place of the value read next.
pub(crate) fn enter_key() -> Mark {
    STATE.with_borrow_mut(|state| {
        let mark = Mark(state.path.len());
        let State { path, key, .. } = state;
        push_member(path, key);
        mark
    })
}

/// Appends `key` to the path.
pub(crate) fn enter_member(key: &str) -> Mark {
    STATE.with_borrow_mut(|state| {
        let mark = Mark(state.path.len());
        push_member(&mut state.path, key);
        mark
    })
}

/// Runs `read` with `key` appended to the path while a report is collected: for a value
/// replayed from a buffer, which no tracking deserializer reads.
#[inline]
pub(crate) fn within_member<R>(key: &str, read: impl FnOnce() -> R) -> R {
    if !collecting() {
        return read();
    }
    let mark = enter_member(key);
    let result = read();
    leave(mark);
    result
}

/// Cuts the path back to where it was before the segment that `mark` was taken for.
pub(crate) fn leave(mark: Mark) {
    STATE.with_borrow_mut(|state| state.path.truncate(mark.0));
}

/// Remembers the map key just read, whose value comes next.
pub(crate) fn read_key(key: &str) {
    STATE.with_borrow_mut(|state| {
        state.key.clear();
        state.key.push_str(key);
    });
}

fn push_member(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// The path of the current value, `.` at the root, as error paths spell it.
fn shown(path: &str) -> String {
    if path.is_empty() {
        ".".to_owned()
    } else {
        path.to_owned()
    }
}

/// A model met `key`, which none of its fields declares; `lookup` finds a field by wire name.
#[inline]
pub(crate) fn unknown_key(key: &str, lookup: &dyn Fn(&str) -> Option<u16>) {
    if collecting() {
        record_unknown_key(key, lookup);
    }
}

#[cold]
#[inline(never)]
fn record_unknown_key(key: &str, lookup: &dyn Fn(&str) -> Option<u16>) {
    let near = near_miss(key, |candidate| lookup(candidate).is_some());
    STATE.with_borrow_mut(|state| {
        let mut path = state.path.clone();
        push_member(&mut path, key);
        if let Some((field, rule)) = near {
            state.report.near_misses.push(NearMiss {
                path: path.clone(),
                key: key.to_owned(),
                field,
                rule,
            });
        }
        state.report.unknown_keys.push(UnknownKey {
            path,
            key: key.to_owned(),
        });
    });
}

/// An open enum or union named `type_name` met `value`, which it keeps as unknown.
#[inline]
pub(crate) fn unknown_value(type_name: &'static str, value: &str) {
    if collecting() {
        record_unknown_value(type_name, value);
    }
}

#[cold]
#[inline(never)]
fn record_unknown_value(type_name: &'static str, value: &str) {
    STATE.with_borrow_mut(|state| {
        let path = shown(&state.path);
        state.report.unknown_values.push(UnknownEnumValue {
            path,
            type_name,
            value: value.to_owned(),
        });
    });
}

#[cfg(test)]
mod tests {
    use super::super::RenameRule;
    use super::*;

    #[test]
    fn hooks_record_nothing_outside_a_collection() {
        unknown_key("node_id", &|key| (key == "nodeId").then_some(0));
        unknown_value("Status", "Parked");
        assert!(!collecting());
        STATE.with_borrow(|state| assert_eq!(state.report, Report::EMPTY));
    }

    #[test]
    fn a_nested_collection_is_its_own_and_the_outer_one_resumes() {
        let ((), outer) = collect(|| {
            let mark = enter_member("outer");
            unknown_value("Status", "A");
            let ((), inner) = collect(|| {
                assert!(collecting());
                unknown_value("Status", "B");
            });
            assert_eq!(inner.unknown_values()[0].path(), ".");
            unknown_value("Status", "C");
            leave(mark);
        });
        let values: Vec<_> = outer
            .unknown_values()
            .iter()
            .map(|found| (found.path(), found.value()))
            .collect();
        assert_eq!(values, [("outer", "A"), ("outer", "C")]);
        assert!(!collecting());
    }

    #[test]
    fn a_panic_inside_a_collection_ends_it() {
        let panicked = std::panic::catch_unwind(|| {
            collect(|| {
                let _ = enter_member("lost");
                panic!("decode panics");
            })
        });
        assert!(panicked.is_err());
        assert!(!collecting());
        let ((), report) = collect(|| unknown_value("Status", "A"));
        assert_eq!(report.unknown_values()[0].path(), ".");
    }

    #[test]
    fn paths_are_spelled_as_error_paths_are() {
        let ((), report) = collect(|| {
            let parties = enter_member("parties");
            let second = enter_index(1);
            read_key("status");
            let status = enter_key();
            unknown_key("Code", &|key| (key == "code").then_some(0));
            leave(status);
            leave(second);
            leave(parties);
            unknown_key("top", &|_| None);
        });
        let keys: Vec<_> = report.unknown_keys().iter().map(UnknownKey::path).collect();
        assert_eq!(keys, ["parties[1].status.Code", "top"]);
        let near = &report.near_misses()[0];
        assert_eq!(
            (near.path(), near.key(), near.field(), near.rule()),
            (
                "parties[1].status.Code",
                "Code",
                "code",
                RenameRule::PascalCase
            )
        );
    }
}
