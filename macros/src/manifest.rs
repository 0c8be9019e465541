//! Whether the crate being compiled depends on `callparty` under another name
//! (`cp = { package = "callparty", ... }`). Generated code names the runtime `::callparty`
//! unless `#[api(crate = "...")]` says otherwise, so a renamed dependency fails on every
//! path of the expansion; the derive reads the crate's manifest to turn that cascade into one
//! error that names the attribute to write.
//!
//! The manifest is read once per crate and scanned line by line, not parsed as TOML:
//! only the forms Cargo's documentation shows for a renamed dependency are recognised, and
//! anything else means "cannot tell", which keeps today's behaviour.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// The name the crate being compiled gives `callparty`, when it is not `callparty`.
pub fn renamed_runtime() -> Option<String> {
    // `callparty` itself reaches its own derives through `extern crate self`.
    if std::env::var("CARGO_CRATE_NAME").ok()? == "callparty" {
        return None;
    }
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    // One read per crate: a crate of 500 models asks 500 times. Keyed by the crate, since a
    // proc-macro server (rust-analyzer's) expands the derives of many crates in one process.
    static SEEN: Mutex<Vec<(PathBuf, Option<String>)>> = Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, renamed)) = seen.iter().find(|(known, _)| *known == dir) {
        return renamed.clone();
    }
    let renamed = std::fs::read_to_string(dir.join("Cargo.toml"))
        .ok()
        .and_then(|manifest| {
            renamed(&dependency_names(&manifest, |key| {
                workspace_package(&dir, key)
            }))
        });
    seen.push((dir, renamed.clone()));
    renamed
}

/// The dependency of the runtime: its key, and the package it names.
#[derive(Debug, PartialEq)]
struct Dependency {
    key: String,
    package: String,
}

/// The renamed key of `callparty`, unless a dependency also has the plain name.
fn renamed(names: &[Dependency]) -> Option<String> {
    let runtime = |dependency: &&Dependency| dependency.package == "callparty";
    if names
        .iter()
        .filter(runtime)
        .any(|dependency| dependency.key == "callparty")
    {
        return None;
    }
    let renamed = names.iter().find(runtime)?;
    Some(renamed.key.replace('-', "_"))
}

/// Every dependency of `manifest` in a `[*dependencies]` table (or one of its
/// `[dependencies.<key>]` subtables), with the package it names: its `package = "..."`, the
/// workspace's for `workspace = true` (through `workspace_package`), else its key.
fn dependency_names(
    manifest: &str,
    workspace_package: impl Fn(&str) -> Option<String>,
) -> Vec<Dependency> {
    let mut found = Vec::new();
    let mut table: Option<Table> = None;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            table = Table::of(line);
            if let Some(Table::One(key)) = &table {
                found.push(Dependency {
                    key: key.clone(),
                    package: key.clone(),
                });
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        match &table {
            Some(Table::Many) => {
                let key = key.strip_suffix(".workspace").map(str::trim).unwrap_or(key);
                let inherited = value.contains("workspace") || line.contains(".workspace");
                let package = string_field(value, "package")
                    .or_else(|| inherited.then(|| workspace_package(key)).flatten())
                    .unwrap_or_else(|| key.to_owned());
                found.push(Dependency {
                    key: key.to_owned(),
                    package,
                });
            }
            Some(Table::One(_)) => {
                let package = match key {
                    "package" => string_field(line, "package"),
                    "workspace" if value == "true" => {
                        let key = found
                            .last()
                            .map(|last| last.key.clone())
                            .unwrap_or_default();
                        workspace_package(&key)
                    }
                    _ => None,
                };
                if let (Some(package), Some(last)) = (package, found.last_mut()) {
                    last.package = package;
                }
            }
            None => {}
        }
    }
    found
}

/// A table header that holds dependencies.
enum Table {
    /// `[dependencies]`, `[dev-dependencies]`, `[target.'cfg(..)'.build-dependencies]`, ...
    Many,
    /// `[dependencies.<key>]` and the like: one dependency, spelled out.
    One(String),
}

impl Table {
    fn of(header: &str) -> Option<Table> {
        let inner = header.trim_start_matches('[').trim_end_matches(']').trim();
        for kind in ["dependencies", "dev-dependencies", "build-dependencies"] {
            if inner == kind || inner.ends_with(&format!(".{kind}")) {
                // `[workspace.dependencies]` is the workspace's list, not this crate's.
                return (inner != "workspace.dependencies").then_some(Table::Many);
            }
            let prefix = format!("{kind}.");
            if let Some(key) = inner.strip_prefix(&prefix).or_else(|| {
                let at = inner.find(&format!(".{prefix}"))?;
                inner.get(at + prefix.len() + 1..)
            }) {
                return Some(Table::One(key.trim().to_owned()));
            }
        }
        None
    }
}

/// `"..."` after `name =` in `text`: `package = "callparty"` in an inline table.
fn string_field(text: &str, name: &str) -> Option<String> {
    let at = text.find(name)?;
    let rest = text
        .get(at + name.len()..)?
        .trim_start()
        .strip_prefix('=')?;
    let rest = rest.trim_start().strip_prefix('"')?;
    Some(rest.get(..rest.find('"')?)?.to_owned())
}

/// The package that the workspace's `[workspace.dependencies]` gives `key`, for a member's
/// `key.workspace = true`; the workspace is the nearest ancestor with a `[workspace]` table.
fn workspace_package(member: &Path, key: &str) -> Option<String> {
    let root = member.ancestors().skip(1).find_map(|dir| {
        let text = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
        text.lines()
            .any(|line| line.trim() == "[workspace]")
            .then_some(text)
    })?;
    let mut in_table = false;
    for line in root.lines().map(str::trim) {
        if line.starts_with('[') {
            in_table = line == "[workspace.dependencies]";
            continue;
        }
        let Some((found, value)) = line.split_once('=').filter(|_| in_table) else {
            continue;
        };
        if found.trim() == key {
            return Some(string_field(value, "package").unwrap_or_else(|| key.to_owned()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renamed_in(manifest: &str) -> Option<String> {
        let workspace = |key: &str| (key == "rt").then(|| "callparty".to_owned());
        renamed(&dependency_names(manifest, workspace))
    }

    #[test]
    fn finds_the_renamed_runtime_in_every_form_cargo_documents() {
        let cases = [
            (
                "[dependencies]\ncp = { package = \"callparty\", version = \"0.1\" }",
                Some("cp"),
            ),
            (
                "[dependencies]\nmy-cp = { version = \"0.1\", package = \"callparty\" }",
                Some("my_cp"),
            ),
            (
                "[dev-dependencies]\ncp = { package = \"callparty\" }",
                Some("cp"),
            ),
            (
                "[dependencies.cp]\nversion = \"0.1\"\npackage = \"callparty\"",
                Some("cp"),
            ),
            (
                "[target.'cfg(unix)'.dependencies]\ncp = { package = \"callparty\" }",
                Some("cp"),
            ),
            ("[dependencies]\nrt.workspace = true", Some("rt")),
            ("[dependencies]\nrt = { workspace = true }", Some("rt")),
            ("[dependencies]\ncallparty = \"0.1\"", None),
            (
                "[dependencies]\ncallparty = { version = \"0.1\", default-features = false }",
                None,
            ),
            ("[dependencies.callparty]\nversion = \"0.1\"", None),
            ("[dependencies]\nserde = \"1\"", None),
            (
                "[workspace.dependencies]\ncp = { package = \"callparty\" }",
                None,
            ),
            (
                "[package]\nname = \"x\"\n[dependencies]\nother = { package = \"other-crate\" }",
                None,
            ),
        ];
        for (manifest, expected) in cases {
            assert_eq!(renamed_in(manifest).as_deref(), expected, "{manifest}");
        }
    }
}
