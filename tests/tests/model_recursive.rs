//! Recursive models, written with the model's name or with `Self` in field types.

use callparty::ApiModel;

#[derive(ApiModel, Debug, PartialEq)]
struct Tree {
    label: String,
    children: Option<Vec<Self>>,
    next: Option<Box<Self>>,
    #[api(default)]
    more: Vec<Tree>,
}

#[derive(ApiModel, Debug, PartialEq)]
struct Nested<T> {
    value: T,
    #[api(default)]
    children: Vec<Self>,
}

#[test]
fn a_tree_of_self_round_trips() {
    let input = r#"{"label":"a","children":[{"label":"b","more":[]}],"next":{"label":"c","more":[{"label":"d","more":[]}]},"more":[]}"#;
    let tree: Tree = serde_json::from_str(input).unwrap();
    let children = tree.children.as_ref().unwrap();
    assert_eq!(children[0].label, "b");
    assert_eq!(tree.next.as_ref().unwrap().more[0].label, "d");
    assert_eq!(serde_json::to_string(&tree).unwrap(), input);
    assert_eq!(
        postcard::from_bytes::<Tree>(&postcard::to_allocvec(&tree).unwrap()).unwrap(),
        tree
    );
    assert_eq!(Tree::DOC.fields[1].ty, "Vec<Self>");
}

#[test]
fn a_generic_tree_of_self_round_trips() {
    let tree: Nested<u8> =
        serde_json::from_str(r#"{"value":1,"children":[{"value":2},{"value":3}]}"#).unwrap();
    let values: Vec<u8> = tree.children.iter().map(|child| child.value).collect();
    assert_eq!(values, [2, 3]);
    assert_eq!(
        serde_json::to_string(&tree).unwrap(),
        r#"{"value":1,"children":[{"value":2,"children":[]},{"value":3,"children":[]}]}"#
    );
}

/// A recursive model's `DOC` refers to itself through `Describe`, which is resolved when it
/// is walked, so the constant is no cycle.
#[test]
fn a_recursive_shape_leads_back_to_the_model() {
    use callparty::doc::{Describe, TypeRef};

    let TypeRef::OrNull(TypeRef::List(TypeRef::Model(child))) = Tree::DOC.fields[1].shape else {
        panic!("{:?}", Tree::DOC.fields[1].shape);
    };
    assert_eq!(child.doc(), Tree::DOC);
    assert_eq!(Tree::DOC.fields[2].shape, &TypeRef::OrNull(Tree::TYPE));
    let TypeRef::List(TypeRef::Model(nested)) = Nested::<u8>::DOC.fields[1].shape else {
        panic!("{:?}", Nested::<u8>::DOC.fields[1].shape);
    };
    assert_eq!(nested.doc().fields[0].shape, u8::TYPE);
}
