//! Writes `docs/openapi/callparty.json`: an OpenAPI 3.1 document of the call-control
//! operations whose schemas are generated from every model and enum of `callparty::models`.
//! The file is committed; a test fails when it no longer matches the code.
//!
//! ```text
//! cargo run -p callparty --example schema
//! ```

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/openapi");
    let path = dir.join("callparty.json");
    let document = callparty::operations::openapi_document();
    let written = std::fs::create_dir_all(&dir).and_then(|()| {
        let text = serde_json::to_string_pretty(&document).map_err(std::io::Error::other)?;
        std::fs::write(&path, text + "\n")
    });
    match written {
        Ok(()) => {
            println!("wrote docs/openapi/callparty.json");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: writing {}: {error}", path.display());
            ExitCode::FAILURE
        }
    }
}
