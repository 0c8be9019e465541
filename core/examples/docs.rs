//! Writes `docs/models/<Model>.md` for every model and `docs/operations.md` for the
//! operations table, from the documentation the derives generate. The pages are committed; a
//! test fails when they no longer match the code.
//!
//! ```text
//! cargo run -p callparty --example docs
//! ```

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs");
    let models = docs.join("models");
    if let Err(error) = std::fs::create_dir_all(&models) {
        eprintln!("error: creating {}: {error}", models.display());
        return ExitCode::FAILURE;
    }
    let mut pages: Vec<(String, String)> = callparty::models::doc_pages()
        .into_iter()
        .map(|(name, page)| (format!("models/{name}"), page))
        .collect();
    pages.push((
        "operations.md".to_owned(),
        callparty::operations::operations_page(),
    ));
    for (name, page) in pages {
        let path = docs.join(&name);
        if let Err(error) = std::fs::write(&path, page) {
            eprintln!("error: writing {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote docs/{name}");
    }
    ExitCode::SUCCESS
}
