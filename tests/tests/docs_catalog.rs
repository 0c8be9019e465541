//! `callparty::doc::Catalog`: every model, enum and union a few roots reach, with no list kept
//! by hand, and a page for each, so that no enum goes without a section.

use std::collections::{BTreeMap, BTreeSet};

use callparty::doc::{Catalog, Describe, NameColumn};
use callparty::models::{CallParty, ENUMS, MODELS, TYPES, TransferTarget, UNIONS};
use callparty::{ApiEnum, ApiModel, ApiUnion};

fn names<'a, T: 'a>(
    docs: impl IntoIterator<Item = &'a T>,
    name: impl Fn(&T) -> &'static str,
) -> BTreeSet<&'static str> {
    docs.into_iter().map(name).collect()
}

#[test]
fn the_roots_of_ringcentral_reach_exactly_the_listed_types() {
    let catalog = Catalog::from_roots(TYPES);
    assert_eq!(
        names(catalog.models(), |doc| doc.name),
        names(MODELS.iter().copied(), |doc| doc.name)
    );
    assert_eq!(
        names(catalog.enums(), |doc| doc.name),
        names(ENUMS.iter().copied(), |doc| doc.name)
    );
    assert_eq!(
        names(catalog.unions(), |doc| doc.name),
        names(UNIONS.iter().copied(), |doc| doc.name)
    );
}

#[test]
fn one_root_reaches_what_its_fields_use_each_once() {
    let catalog = Catalog::from_roots(&[CallParty::TYPE, CallParty::TYPE]);
    let models: Vec<&str> = catalog.models().map(|doc| doc.name).collect();
    assert_eq!(models[0], "CallParty");
    assert!(models.contains(&"CallStatusInfo") && models.contains(&"PartyInfo"));
    let unique: BTreeSet<&&str> = models.iter().collect();
    assert_eq!(unique.len(), models.len(), "{models:?}");
    assert!(catalog.enums().any(|doc| doc.name == "CallPartyDirection"));
    // A union's variants are walked too.
    let through_union = Catalog::from_roots(&[TransferTarget::TYPE]);
    assert_eq!(
        through_union.unions().next().unwrap().name,
        "TransferTarget"
    );
}

/// Severity of a finding
#[derive(ApiEnum)]
#[api(rename_all = "lowercase")]
enum Level {
    Low,
    High,
}

#[derive(ApiModel)]
#[api(rename_all = "snake_case")]
struct Page<T> {
    items: Vec<T>,
    /// Levels by rule, an enum no field holds as its own type
    levels_by_rule: Option<BTreeMap<String, Level>>,
}

#[derive(ApiModel)]
#[api(rename_all = "snake_case")]
struct Issue {
    node_id: String,
}

#[derive(ApiUnion)]
#[api(untagged)]
enum IssueOrId {
    Id(u64),
    Issue(Issue),
}

#[derive(ApiModel)]
struct Feed {
    first: Option<Page<Issue>>,
    second: Option<Page<IssueOrId>>,
}

#[test]
fn generic_instances_are_apart_and_every_enum_has_a_section() {
    let catalog = Catalog::from_roots(&[Feed::TYPE]);
    let models: Vec<&str> = catalog.models().map(|doc| doc.name).collect();
    assert_eq!(models, ["Feed", "Page", "Issue", "Page"]);
    assert_eq!(catalog.unions().count(), 1);
    let pages = catalog.pages(NameColumn::Wire);
    let level = pages
        .iter()
        .find(|(name, _)| name == "Level.md")
        .map(|(_, page)| page.as_str());
    assert!(
        level.is_some_and(|page| page.starts_with("# Level") && page.contains("\"high\"")),
        "{pages:#?}"
    );
    let page = &pages[1].1;
    assert!(page.contains("| levels_by_rule |"), "{page}");
    // The two instances of `Page` get pages of their own, named as their definitions.
    let files: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        files[..4],
        ["Feed.md", "Page_Issue.md", "Issue.md", "Page_IssueOrId.md"],
        "{files:?}"
    );
}
