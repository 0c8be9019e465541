//! The committed reference pages in `docs/models/` and `docs/operations.md` are exactly what
//! the code generates, and `CallParty.md` carries every row of RingCentral's own model page
//! (the seed).

use callparty::doc::{EnumDoc, ModelDoc};
use callparty::models::{ENUMS, MODELS, UNIONS, doc_pages};
use std::path::PathBuf;

fn docs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/models")
}

#[test]
fn committed_pages_match_the_code() {
    let regenerate = "run `cargo run -p callparty --example docs` and commit docs/models";
    let pages = doc_pages();
    for (name, page) in &pages {
        let path = docs_dir().join(name);
        let committed = std::fs::read_to_string(&path).unwrap_or_else(|error| {
            panic!("{} is missing ({error}): {regenerate}", path.display())
        });
        assert!(
            committed == *page,
            "docs/models/{name} is stale: {regenerate}"
        );
    }
    let mut committed: Vec<String> = std::fs::read_dir(docs_dir())
        .expect("docs/models exists")
        .map(|entry| {
            entry
                .expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    committed.sort();
    let mut generated: Vec<String> = pages.into_iter().map(|(name, _)| name).collect();
    generated.sort();
    assert_eq!(
        committed, generated,
        "docs/models has pages the code does not generate"
    );
}

#[test]
fn committed_operations_page_matches_the_code() {
    let path = docs_dir().join("../operations.md");
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{} is missing ({error})", path.display()));
    assert!(
        committed == callparty::operations::operations_page(),
        "docs/operations.md is stale: run `cargo run -p callparty --example docs` and commit it"
    );
}

#[test]
fn every_link_of_the_operations_page_reaches_a_model_page() {
    let page = callparty::operations::operations_page();
    let targets: Vec<&str> = page
        .split("](models/")
        .skip(1)
        .map(|rest| rest.split_once(')').expect("a closed link").0)
        .collect();
    // Each operation links its error models, and most link a request or an answer too.
    assert!(
        targets.len() > 2 * callparty::operations::ALL.len(),
        "{targets:?}"
    );
    for target in targets {
        assert!(
            docs_dir().join(target).is_file(),
            "docs/operations.md links to models/{target}, which does not exist"
        );
    }
}

/// One section of the seed page: a title, then rows whose columns were run together when
/// the page was captured as text (`id_strInternal identifier of a party`).
struct SeedSection {
    title: String,
    rows: Vec<String>,
}

fn seed_sections() -> Vec<SeedSection> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/seed/CallParty-seed.txt");
    let text = std::fs::read_to_string(path).expect("the seed page is bundled");
    let lines: Vec<&str> = text.lines().collect();
    let mut sections = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if *line != "NameTypeRequiredDescription" {
            continue;
        }
        // Title, blank, description, blank, "Properties", blank, header: the title is the
        // first line of the block above the header.
        let title = lines[..index]
            .iter()
            .rev()
            .skip_while(|line| **line != "Properties")
            .skip(1)
            .filter(|line| !line.is_empty())
            .nth(1)
            .expect("a title above the table");
        let rows = lines[index + 1..]
            .iter()
            .take_while(|line| !line.is_empty())
            .map(|line| line.to_string())
            .collect();
        sections.push(SeedSection {
            title: title.to_string(),
            rows,
        });
    }
    sections
}

/// The seed shows rendered text: no `**bold**`, no `` `code` ``.
fn plain(description: &str) -> String {
    description.replace("**", "").replace('`', "")
}

fn model_named(name: &str) -> Option<&'static ModelDoc> {
    MODELS.iter().copied().find(|doc| doc.name == name)
}

fn enum_named(name: &str) -> Option<&'static EnumDoc> {
    ENUMS.iter().copied().find(|doc| doc.name == name)
}

#[test]
fn the_seed_page_has_the_expected_sections() {
    let titles: Vec<String> = seed_sections()
        .into_iter()
        .map(|section| section.title)
        .collect();
    assert_eq!(
        titles,
        [
            "CallParty",
            "CallPartyDirection",
            "CallPartyConferenceRole",
            "CallPartyRingOutRole",
            "CallPartyRingMeRole"
        ]
    );
}

#[test]
fn call_party_page_carries_every_seed_row() {
    let page = &doc_pages()[0];
    assert_eq!(page.0, "CallParty.md");
    for section in seed_sections() {
        assert!(
            page.1.contains(&format!("# {}\n", section.title)),
            "CallParty.md has no section {}",
            section.title
        );
        if let Some(model) = model_named(&section.title) {
            check_model_rows(model, &section);
        } else if let Some(doc) = enum_named(&section.title) {
            check_enum_rows(doc, &section);
        } else {
            panic!(
                "the seed documents {}, which no model or enum has",
                section.title
            );
        }
    }
}

fn check_model_rows(model: &ModelDoc, section: &SeedSection) {
    let mut position = 0;
    for row in &section.rows {
        // The seed's Python names add `_` to `id` and `from`; the Rust spellings do not.
        let index = model
            .fields
            .iter()
            .position(|field| {
                let described = row.ends_with(&plain(field.description));
                let named =
                    row.starts_with(&format!("{}_", field.name)) || row.starts_with(field.name);
                named && described && !field.required
            })
            .unwrap_or_else(|| panic!("no {} field matches seed row {row:?}", model.name));
        let field = &model.fields[index];
        let rest = &row[..row.len() - plain(field.description).len()];
        assert!(
            !rest.contains('✅'),
            "seed row {row:?} is required but {} is not",
            field.name
        );
        assert!(
            index >= position,
            "{} moved: rows must keep the seed's order",
            field.name
        );
        position = index;
    }
}

fn check_enum_rows(doc: &EnumDoc, section: &SeedSection) {
    let values: Vec<&str> = doc.variants.iter().map(|variant| variant.value).collect();
    let seed_values: Vec<String> = section
        .rows
        .iter()
        .map(|row| {
            let (name, quoted) = row
                .split_once("str\"")
                .expect("an enum row: NAMEstr\"Value\"");
            let value = quoted.trim_end_matches('"');
            assert_eq!(name, value.to_uppercase(), "seed row {row:?}");
            value.to_owned()
        })
        .collect();
    assert_eq!(
        values, seed_values,
        "{} values differ from the seed",
        doc.name
    );
    let rendered = doc.to_markdown();
    for variant in doc.variants {
        let row = format!("| {} | str | ✅ | \"{}\" |", variant.name, variant.value);
        assert!(rendered.contains(&row), "{} lacks row {row}", doc.name);
    }
    assert!(!section.rows.is_empty());
}

#[test]
fn committed_openapi_document_matches_the_code() {
    let path = docs_dir().join("../openapi/callparty.json");
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{} is missing ({error})", path.display()));
    let generated = serde_json::to_string_pretty(&callparty::operations::openapi_document())
        .expect("a JSON value encodes")
        + "\n";
    assert!(
        committed == generated,
        "docs/openapi/callparty.json is stale: run `cargo run -p callparty --example schema` \
         and commit it"
    );
}

/// Every model, enum and union has a component of its name, and every `$ref` of the document
/// reaches one.
#[test]
fn the_openapi_document_has_every_model_and_no_dangling_reference() {
    let document = callparty::operations::openapi_document();
    let schemas = document["components"]["schemas"]
        .as_object()
        .expect("components.schemas");
    let names = MODELS
        .iter()
        .map(|model| model.name)
        .chain(ENUMS.iter().map(|doc| doc.name))
        .chain(UNIONS.iter().map(|doc| doc.name));
    let mut count = 0;
    for name in names {
        assert!(schemas.contains_key(name), "no component for {name}");
        count += 1;
    }
    assert_eq!(
        schemas.len(),
        count,
        "components for types outside the catalog"
    );
    let text = document.to_string();
    let references: Vec<&str> = text
        .split("\"$ref\":\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default())
        .collect();
    assert!(references.len() > 100, "{} references", references.len());
    for reference in references {
        let pointer = reference.strip_prefix('#').expect("a local reference");
        assert!(document.pointer(pointer).is_some(), "{reference} dangles");
    }
}
