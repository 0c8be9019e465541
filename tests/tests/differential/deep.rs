//! Deep nesting, at fixed depths around serde_json's recursion limit of 128 (a `Tree` level
//! takes two: its object and its `CHILDREN` array). Both sides accept the same depths of
//! declared fields, with equal values, and neither overflows the stack of a test thread.
//! Unknown values are the allowed difference "deep unknown value" (see `allowed.rs`).

use crate::fixtures::{Tree, TreeTwin};
use crate::mirror::Mirror;

fn tree(depth: usize, leaf: &str) -> String {
    let mut text = String::new();
    for _ in 0..depth {
        text.push_str(r#"{"LABEL":"n","CHILDREN":["#);
    }
    text.push_str(leaf);
    for _ in 0..depth {
        text.push_str("]}");
    }
    text
}

#[test]
fn both_sides_accept_the_same_depths() {
    let mut accepted = Vec::new();
    for depth in [0, 1, 10, 60, 61, 62, 63, 64, 65, 100, 500] {
        let text = tree(depth, r#"{"LABEL":"leaf"}"#);
        let ours = callparty::json::from_str::<Tree>(&text);
        let twin = serde_json::from_str::<TreeTwin>(&text);
        match (ours, twin) {
            (Ok(ours), Ok(twin)) => {
                assert_eq!(TreeTwin::from_ours(&ours), twin, "depth {depth}");
                accepted.push(depth);
            }
            (Err(ours), Err(twin)) => {
                assert!(
                    ours.to_string().contains("recursion limit exceeded"),
                    "{ours}"
                );
                assert!(
                    twin.to_string().contains("recursion limit exceeded"),
                    "{twin}"
                );
            }
            (ours, twin) => panic!("depth {depth}: ours {ours:?}, serde {twin:?}"),
        }
    }
    // The limit falls between these depths, so both outcomes were seen.
    assert_eq!(accepted, [0, 1, 10, 60, 61, 62, 63]);
}

/// An unknown value is kept as its text, which serde_json reads without recursion: the limit
/// counts inside the value (where a `Value` is read from it), not from the top.
#[test]
fn the_depth_of_an_unknown_value_counts_from_the_value() {
    let text = tree(62, r#"{"LABEL":"leaf","extra":[[[1]]]}"#);
    assert!(serde_json::from_str::<TreeTwin>(&text).is_err());
    let ours = callparty::json::from_str::<Tree>(&text).expect("within the limit");
    let written = callparty::json::to_string(&ours).unwrap();
    assert!(written.contains(r#""LABEL":"leaf","CHILDREN":[],"extra":[[[1]]]}"#));

    let deep_value = format!("{}{}", "[".repeat(128), "]".repeat(128));
    let text = tree(0, &format!(r#"{{"LABEL":"leaf","extra":{deep_value}}}"#));
    let error = callparty::json::from_str::<Tree>(&text).unwrap_err();
    assert_eq!(error.path(), "extra");
    assert!(
        error.to_string().contains("recursion limit exceeded"),
        "{error}"
    );
}
