//! Documentation metadata of unions.

use callparty::ApiUnion;

use crate::fixtures::{CustomerRef, Event, Target};

#[test]
fn doc_describes_form_and_variants() {
    let doc = Target::DOC;
    assert_eq!(
        (doc.name, doc.tag, doc.untagged, doc.open),
        ("Target", None, false, true)
    );
    let wire: Vec<&str> = doc.variants.iter().map(|v| v.wire_name).collect();
    assert_eq!(wire, ["phoneNumber", "extensionId", "voicemail"]);
    assert!(doc.variants[2].deprecated);
    assert_eq!(Event::DOC.tag, Some("type"));
    assert!(CustomerRef::DOC.untagged);
    let kinds: Vec<&str> = CustomerRef::DOC
        .variants
        .iter()
        .map(|v| v.wire_name)
        .collect();
    assert_eq!(kinds, ["string", "object", "array", "null"]);
}

#[test]
fn markdown_shows_the_one_of_table() {
    assert_eq!(
        Target::DOC.to_markdown(),
        "# Target

Where a call is transferred: one key, open, with an alias.

**One of**

An object with exactly one of these keys.

| Name | Type | Description |
| :--- | :--- | :---------- |
| phoneNumber | `String` | Phone number in E.164 format |
| extensionId | `String` |  |
| voicemail | `String` | Deprecated. |

Unknown variants are kept with their data as they are received and written back unchanged.
"
    );
}
