//! Deep nesting, at fixed depths around serde_json's recursion limit of 128 (a `Tree` level
//! takes two: its object and its `CHILDREN` array). Both sides accept the same depths, with
//! equal values, and neither overflows the stack of a test thread.

use crate::fixtures::{Tree, TreeTwin};
use crate::mirror::Mirror;

fn tree(depth: usize) -> String {
    let mut text = String::new();
    for _ in 0..depth {
        text.push_str(r#"{"LABEL":"n","CHILDREN":["#);
    }
    text.push_str(r#"{"LABEL":"leaf","extra":[[[1]]]}"#);
    for _ in 0..depth {
        text.push_str("]}");
    }
    text
}

#[test]
fn both_sides_accept_the_same_depths() {
    let mut accepted = Vec::new();
    for depth in [0, 1, 10, 60, 61, 62, 63, 64, 65, 100, 500] {
        let text = tree(depth);
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
    assert_eq!(accepted, [0, 1, 10, 60, 61]);
}
