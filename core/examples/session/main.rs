//! The main job: decode a telephony call session (`GET .../telephony/sessions/{id}`), print
//! each party, list what the models kept without knowing it, and check that re-encoding lost
//! nothing.
//!
//! ```text
//! cargo run -p callparty --example session            # the bundled session
//! cargo run -p callparty --example session -- FILE    # a file; `-` reads standard input
//! ```

mod input;
mod kept;
mod party_line;

use callparty::lossless::{self, Difference};
use callparty::models::{CallSessionObject, ENUMS};
use std::process::ExitCode;

fn main() -> ExitCode {
    let (source, text) = match input::read(std::env::args().nth(1)) {
        Ok(read) => read,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let session: CallSessionObject = match callparty::json::from_str(&text) {
        Ok(session) => session,
        Err(error) => {
            eprintln!("error: {source}: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "session {} ({} parties, from {source})",
        session.id.as_deref().unwrap_or("?"),
        session.parties.as_ref().map_or(0, Vec::len)
    );
    for party in session.parties.iter().flatten() {
        println!("  {}", party_line::describe(party));
    }
    let kept = kept::Kept::of_session(&session);
    print_list("kept unknown fields", &kept.fields);
    print_list("kept unknown values", &kept.values);

    match round_trip(&text, &session) {
        Ok((lost, normalised)) => {
            for difference in &normalised {
                println!("  normalised spelling {difference}");
            }
            if lost.is_empty() {
                println!(
                    "round trip: lossless ({} spelling(s) normalised)",
                    normalised.len()
                );
                ExitCode::SUCCESS
            } else {
                println!("round trip: LOST {} value(s)", lost.len());
                for difference in &lost {
                    println!("  {difference}");
                }
                ExitCode::FAILURE
            }
        }
        Err(error) => {
            eprintln!("error: re-encoding: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Re-encodes `session` and splits the differences from `text` into real losses and spelling
/// fixes (an alias such as `"Voicemail"` written back as its canonical `"VoiceMail"`).
fn round_trip(
    text: &str,
    session: &CallSessionObject,
) -> Result<(Vec<Difference>, Vec<Difference>), Box<dyn std::error::Error>> {
    let output = callparty::json::to_string(session)?;
    Ok(lossless::differences(text, &output)?
        .into_iter()
        .partition(|difference| !is_alias_spelling(difference)))
}

fn is_alias_spelling(difference: &Difference) -> bool {
    let (Some(input), Some(output)) = (&difference.input, &difference.output) else {
        return false;
    };
    let (Ok(input), Ok(output)) = (
        serde_json::from_str::<String>(input),
        serde_json::from_str::<String>(output),
    ) else {
        return false;
    };
    ENUMS
        .iter()
        .flat_map(|doc| doc.variants)
        .any(|variant| variant.value == output && variant.aliases.contains(&input.as_str()))
}

fn print_list(title: &str, items: &[String]) {
    if items.is_empty() {
        println!("{title}: none");
        return;
    }
    println!("{title}: {}", items.len());
    for item in items {
        println!("  {item}");
    }
}
