//! The README cannot compile its webhook example (the README is the crate's documentation,
//! tested without the `webhook` feature too), so it shows the example of the
//! `callparty::webhook` module documentation, which is compiled; this keeps them the same.

use std::path::Path;

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The lines of the first code block opened by `fence` after `heading`.
fn block_after<'a>(lines: &[&'a str], heading: &str, fence: &str) -> Vec<&'a str> {
    let start = lines
        .iter()
        .position(|line| *line == heading)
        .unwrap_or_else(|| panic!("no {heading:?}"));
    lines[start..]
        .iter()
        .skip_while(|line| **line != fence)
        .skip(1)
        .take_while(|line| **line != "```")
        .copied()
        .collect()
}

#[test]
fn the_readme_shows_the_compiled_example_of_the_module_docs() {
    let readme = read("../README.md");
    let readme: Vec<&str> = readme.lines().collect();
    let shown = block_after(&readme, "## Receiving webhooks", "```rust,ignore");

    let module = read("../core/src/ringcentral/webhook/mod.rs");
    let docs: Vec<&str> = module
        .lines()
        .filter_map(|line| line.strip_prefix("//!"))
        .map(|line| line.strip_prefix(' ').unwrap_or(line))
        .collect();
    let compiled: Vec<&str> = block_after(&docs, "# Mounting it", "```no_run")
        .into_iter()
        .filter(|line| !line.starts_with("# "))
        .collect();

    assert!(compiled.len() > 5, "{compiled:?}");
    assert_eq!(shown, compiled);
}
