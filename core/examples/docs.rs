//! Writes `docs/models/<Model>.md` for every model, from the documentation the derives
//! generate. The pages are committed; a test fails when they no longer match the code.
//!
//! ```text
//! cargo run -p callparty --example docs
//! ```

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/models");
    if let Err(error) = std::fs::create_dir_all(&directory) {
        eprintln!("error: creating {}: {error}", directory.display());
        return ExitCode::FAILURE;
    }
    for (name, page) in callparty::models::doc_pages() {
        let path = directory.join(&name);
        if let Err(error) = std::fs::write(&path, page) {
            eprintln!("error: writing {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote docs/models/{name}");
    }
    ExitCode::SUCCESS
}
