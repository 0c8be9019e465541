//! Where the session JSON comes from: the bundled example, a file, or standard input.

use std::io::Read;

const BUNDLED: &str = include_str!("../../data/telephony-session.json");

/// Returns a name for the source and its text.
pub fn read(argument: Option<String>) -> Result<(String, String), String> {
    match argument.as_deref() {
        None => Ok((
            "bundled core/data/telephony-session.json".to_owned(),
            BUNDLED.to_owned(),
        )),
        Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|error| format!("reading standard input: {error}"))?;
            Ok(("standard input".to_owned(), text))
        }
        Some(path) => std::fs::read_to_string(path)
            .map(|text| (path.to_owned(), text))
            .map_err(|error| format!("reading {path}: {error}")),
    }
}
