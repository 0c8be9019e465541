//! Nesting depth. postcard has no depth limit, so hostile nesting in untrusted input is bound
//! only by the stack: our models must read any depth their twins read, with no more than
//! 1.2× their stack per level. JSON has serde_json's limit of 128, which must cut both sides
//! at the same depth of declared fields.

use std::cell::Cell;

use callparty::ApiModel;
use proptest::prelude::*;

use crate::check::{fail, run};
use crate::fixtures::{Tree, TreeTwin};
use crate::mirror::{Mirror, mirror_struct};

/// Records the lowest stack address reached while it is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe;

thread_local! {
    static LOWEST: Cell<usize> = const { Cell::new(usize::MAX) };
}

fn stack_address() -> usize {
    let here = 0u8;
    std::hint::black_box(&here) as *const u8 as usize
}

impl serde::Serialize for Probe {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

impl<'de> serde::Deserialize<'de> for Probe {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        LOWEST.set(LOWEST.get().min(stack_address()));
        <() as serde::Deserialize>::deserialize(deserializer).map(|()| Probe)
    }
}

/// Read and written as `()`: `null`.
impl callparty::doc::Describe for Probe {
    const TYPE: &'static callparty::doc::TypeRef = <() as callparty::doc::Describe>::TYPE;
}

impl Mirror for Probe {
    type Ours = Probe;
    fn to_ours(&self) -> Probe {
        Probe
    }
    fn from_ours(_: &Probe) -> Probe {
        Probe
    }
}

/// A link of a chain: every field optional, so decoding writes into the model in place.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Link {
    pub next: Option<Box<Link>>,
    pub label: Option<String>,
    pub probe: Option<Probe>,
}

/// The twins are read and written with postcard only, which has every field by position.
#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq)]
pub struct LinkTwin {
    pub next: Option<Box<LinkTwin>>,
    pub label: Option<String>,
    pub probe: Option<Probe>,
}

mirror_struct!(LinkTwin => Link { next, label, probe });

/// A node with a required field and children: decoding keeps a local per field.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Node {
    pub id: u32,
    #[api(default)]
    pub children: Vec<Node>,
    pub probe: Option<Probe>,
}

#[derive(serde_derive::Serialize, serde_derive::Deserialize, Debug, Clone, PartialEq)]
pub struct NodeTwin {
    pub id: u32,
    pub children: Vec<NodeTwin>,
    pub probe: Option<Probe>,
}

mirror_struct!(NodeTwin => Node { id, children, probe });

fn chain(depth: usize, labels: &[bool]) -> LinkTwin {
    let mut link = LinkTwin {
        next: None,
        label: None,
        probe: Some(Probe),
    };
    for level in 0..depth {
        link = LinkTwin {
            next: Some(Box::new(link)),
            label: labels
                .get(level % labels.len().max(1))
                .and_then(|set| set.then(|| level.to_string())),
            probe: None,
        };
    }
    link
}

fn nodes(depth: usize) -> NodeTwin {
    let mut node = NodeTwin {
        id: 0,
        children: Vec::new(),
        probe: Some(Probe),
    };
    for level in 0..depth {
        node = NodeTwin {
            id: level as u32 + 1,
            children: vec![node],
            probe: None,
        };
    }
    node
}

/// Runs `check` on a thread whose stack holds the deepest case of these tests in a debug
/// build; drops of deep values recurse too.
fn on_a_large_stack(check: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(check)
        .expect("a thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
}

/// The stack that decoding `bytes` as `T` takes, from here to the deepest `Probe`.
fn stack_used<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> usize {
    let top = stack_address();
    LOWEST.set(usize::MAX);
    let decoded: T = postcard::from_bytes(bytes).expect("a valid encoding");
    drop(std::hint::black_box(decoded));
    top.saturating_sub(LOWEST.get())
}

#[test]
fn postcard_stack_per_nesting_level_is_within_1_2_of_serde_derive() {
    on_a_large_stack(|| {
        let depth = 1_000;
        let link = postcard::to_allocvec(&chain(depth, &[true, false])).unwrap();
        let node = postcard::to_allocvec(&nodes(depth)).unwrap();
        for (shape, ours, twin) in [
            (
                "Link",
                stack_used::<Link>(&link),
                stack_used::<LinkTwin>(&link),
            ),
            (
                "Node",
                stack_used::<Node>(&node),
                stack_used::<NodeTwin>(&node),
            ),
        ] {
            let (ours, twin) = (ours / depth, twin / depth);
            assert!(
                ours * 10 <= twin * 12,
                "{shape}: {ours} bytes of stack per level, serde_derive {twin}"
            );
        }
    });
}

/// Arbitrary depths up to 1,200 through postcard: ours reads the twin's bytes to an equal
/// value and writes the same bytes.
#[test]
fn postcard_nesting_depths() {
    on_a_large_stack(|| {
        let cases = (0..1_200usize, prop::collection::vec(any::<bool>(), 1..8));
        run(cases, |(depth, labels)| {
            let twin = chain(depth, &labels);
            let bytes = postcard::to_allocvec(&twin).map_err(fail)?;
            let ours: Link = postcard::from_bytes(&bytes).map_err(fail)?;
            prop_assert_eq!(postcard::to_allocvec(&ours).map_err(fail)?, bytes);
            prop_assert!(LinkTwin::from_ours(&ours) == twin);
            Ok(())
        });
    });
}

/// Arbitrary depths around serde_json's limit, with declared fields only: both sides accept
/// the same depths, with equal values.
#[test]
fn json_nesting_depths() {
    let cases = (0..80usize, 0..3usize);
    run(cases, |(depth, leaf_children)| {
        let mut text = String::new();
        for level in 0..depth {
            text.push_str(&format!(r#"{{"LABEL":"{level}","CHILDREN":["#));
        }
        text.push_str(r#"{"LABEL":"leaf","CHILDREN":["#);
        let leaves = vec![r#"{"LABEL":"x"}"#; leaf_children];
        text.push_str(&leaves.join(","));
        text.push_str("]}");
        for _ in 0..depth {
            text.push_str("]}");
        }
        let ours = callparty::json::from_str::<Tree>(&text);
        let twin = serde_json::from_str::<TreeTwin>(&text);
        match (ours, twin) {
            (Ok(ours), Ok(twin)) => prop_assert!(TreeTwin::from_ours(&ours) == twin),
            (Err(ours), Err(twin)) => {
                prop_assert!(ours.to_string().contains("recursion limit exceeded"));
                prop_assert!(twin.to_string().contains("recursion limit exceeded"));
            }
            (ours, twin) => {
                return Err(TestCaseError::fail(format!(
                    "depth {depth}: ours {:?}, serde {:?}",
                    ours.is_ok(),
                    twin.is_ok()
                )));
            }
        }
        Ok(())
    });
}
