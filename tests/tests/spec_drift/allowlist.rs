//! `tests/data/spec/allowlist.txt`: the deliberate deviations from the spec, one per line as
//! `<drift headline> — <reason>`, and the report of everything else.

use crate::Drift;

pub struct Allowlist {
    entries: Vec<Entry>,
}

struct Entry {
    line: usize,
    headline: String,
}

const SEPARATOR: &str = " — ";

impl Allowlist {
    /// Reads the allowlist; blank lines and lines starting with `#` are comments.
    pub fn parse(text: &str) -> Result<Allowlist, String> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut errors = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line_number = index + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line.split_once(SEPARATOR) {
                Some((headline, reason)) if !reason.trim().is_empty() => {
                    let headline = headline.trim().to_owned();
                    if let Some(first) = entries.iter().find(|entry| entry.headline == headline) {
                        errors.push(format!(
                            "line {line_number} repeats line {}: {headline}",
                            first.line
                        ));
                    }
                    entries.push(Entry {
                        line: line_number,
                        headline,
                    });
                }
                _ => errors.push(format!(
                    "line {line_number} is not `<drift>{SEPARATOR}<reason>`: {line}"
                )),
            }
        }
        if errors.is_empty() {
            Ok(Allowlist { entries })
        } else {
            Err(errors.join("\n"))
        }
    }

    /// Every drift the allowlist does not name, and every allowlist line no drift matches, as
    /// one report; `None` when there is neither.
    pub fn report(&self, drifts: &[Drift]) -> Option<String> {
        let unlisted: Vec<&Drift> = drifts
            .iter()
            .filter(|drift| {
                !self
                    .entries
                    .iter()
                    .any(|entry| entry.headline == drift.headline)
            })
            .collect();
        let stale: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|entry| !drifts.iter().any(|drift| drift.headline == entry.headline))
            .collect();
        if unlisted.is_empty() && stale.is_empty() {
            return None;
        }
        let mut report = String::new();
        if !unlisted.is_empty() {
            report.push_str(&format!(
                "{} drift(s) from the spec that tests/data/spec/allowlist.txt does not list:\n",
                unlisted.len()
            ));
            for drift in unlisted {
                report.push_str(&format!("- {}\n", drift.headline));
                for line in drift.detail.lines() {
                    report.push_str(&format!("    {line}\n"));
                }
            }
        }
        if !stale.is_empty() {
            report.push_str(&format!(
                "{} allowlist line(s) that no drift matches any more (remove them):\n",
                stale.len()
            ));
            for entry in stale {
                report.push_str(&format!("- line {}: {}\n", entry.line, entry.headline));
            }
        }
        Some(report)
    }
}
