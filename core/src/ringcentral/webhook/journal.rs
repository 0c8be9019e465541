//! The journal file: one accepted notification per line, exactly as received, read back into
//! the fold when the receiver opens it.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::models::TelephonySessionsEvent;
use crate::session_state::SessionStates;

/// What the receiver read back from its journal when it opened it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replay {
    /// Notifications read from the journal and applied to the fold.
    pub notifications: usize,
    /// The unfinished last line that was skipped and cut off, if the previous process stopped
    /// in the middle of a write.
    pub torn: Option<TornLine>,
}

/// A last journal line without its end: a write cut short by a crash. Its notification never
/// got a `200`, so RingCentral delivers it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornLine {
    /// One-based line number in the journal.
    pub line: usize,
    /// How many bytes the line had; they are removed from the file.
    pub bytes: u64,
}

impl fmt::Display for TornLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "journal line {} ({} bytes) is unfinished, a write cut short by a crash; its \
             notification was never acknowledged, so the line is skipped and cut off",
            self.line, self.bytes
        )
    }
}

/// The journal could not be opened or replayed.
#[derive(Debug)]
#[non_exhaustive]
pub enum JournalError {
    /// Opening, reading, cutting or syncing the file failed.
    Io {
        /// The journal file.
        path: PathBuf,
        /// What failed.
        source: io::Error,
    },
    /// A complete line is not a notification: the file was changed by something else.
    /// (An unfinished last line is a [`TornLine`] instead, and no error.)
    Corrupt {
        /// The journal file.
        path: PathBuf,
        /// One-based line number.
        line: usize,
        /// Why the line does not decode.
        source: crate::json::Error,
    },
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JournalError::Io { path, source } => write!(f, "journal {}: {source}", path.display()),
            JournalError::Corrupt { path, line, source } => {
                write!(f, "journal {} line {line}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for JournalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JournalError::Io { source, .. } => Some(source),
            JournalError::Corrupt { source, .. } => Some(source),
        }
    }
}

/// The open journal, positioned at its end.
pub(super) struct JournalFile {
    file: File,
    /// Bytes known to be complete lines on disk.
    length: u64,
    /// Set after a failed write: see [`JournalFile::append`].
    broken: Option<String>,
}

impl JournalFile {
    /// Opens (or creates) the journal at `path` and applies every notification in it to
    /// `states`. An unfinished last line is cut off and reported.
    pub(super) fn open(
        path: &Path,
        states: &mut SessionStates,
    ) -> Result<(JournalFile, Replay), JournalError> {
        let io_error = |source| JournalError::Io {
            path: path.to_owned(),
            source,
        };
        let existed = path.exists();
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(io_error)?;
        if !existed {
            sync_directory_of(path).map_err(io_error)?;
        }
        let mut text = Vec::new();
        file.read_to_end(&mut text).map_err(io_error)?;

        let complete = text
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |end| end + 1);
        let mut replay = Replay::default();
        let mut line_count = 0;
        for line in text[..complete].split_inclusive(|&byte| byte == b'\n') {
            line_count += 1;
            if line.trim_ascii().is_empty() {
                continue;
            }
            let event: TelephonySessionsEvent =
                crate::json::from_slice(line).map_err(|source| JournalError::Corrupt {
                    path: path.to_owned(),
                    line: line_count,
                    source,
                })?;
            // Each outcome was logged when the notification first arrived; replaying only
            // rebuilds the state those answers described.
            let _ = states.apply(&event);
            replay.notifications += 1;
        }
        if complete < text.len() {
            file.set_len(complete as u64)
                .and_then(|()| file.sync_data())
                .map_err(io_error)?;
            replay.torn = Some(TornLine {
                line: line_count + 1,
                bytes: (text.len() - complete) as u64,
            });
        }
        let journal = JournalFile {
            file,
            length: complete as u64,
            broken: None,
        };
        Ok((journal, replay))
    }

    /// Appends one line per notification and syncs them to disk, all in one write and one
    /// sync.
    ///
    /// After a failure the lines are cut off again, so that no later line follows a torn one,
    /// and every later append fails too: once a sync has failed, Linux may not report the loss
    /// of the same data again, so only a restart (which replays what is really on disk) can
    /// be trusted.
    pub(super) fn append<'a>(&mut self, lines: impl Iterator<Item = &'a [u8]>) -> io::Result<()> {
        if let Some(reason) = &self.broken {
            return Err(io::Error::other(format!(
                "the journal stopped taking notifications after an earlier failure ({reason}); \
                 restart to replay it"
            )));
        }
        let mut buffer = Vec::new();
        for line in lines {
            buffer.extend_from_slice(line);
            buffer.push(b'\n');
        }
        let written = self
            .file
            .write_all(&buffer)
            .and_then(|()| self.file.sync_data());
        match written {
            Ok(()) => {
                self.length += buffer.len() as u64;
                Ok(())
            }
            Err(error) => {
                let _ = self
                    .file
                    .set_len(self.length)
                    .and_then(|()| self.file.sync_data());
                self.broken = Some(error.to_string());
                Err(error)
            }
        }
    }
}

/// A notification as one journal line: the body exactly as received, with line breaks turned
/// into spaces. JSON allows no raw control character inside a string, so in a body that
/// decoded, a line break can only be whitespace between tokens, and the line decodes to the
/// same notification.
pub(super) fn line_of(body: &[u8]) -> Vec<u8> {
    body.iter()
        .map(|&byte| match byte {
            b'\n' | b'\r' => b' ',
            other => other,
        })
        .collect()
}

/// A new file's directory entry reaches the disk only when its directory is synced.
fn sync_directory_of(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let directory = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        File::open(directory)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pretty_printed_body_becomes_one_line_that_decodes_to_the_same_notification() {
        let body = b"{\r\n  \"body\": {\n    \"sequence\": 3,\n    \"telephonySessionId\": \"s-\\n1\"\n  }\n}\n";
        let line = line_of(body);
        assert!(!line.contains(&b'\n') && !line.contains(&b'\r'));
        let before: TelephonySessionsEvent = crate::json::from_slice(body).unwrap();
        let after: TelephonySessionsEvent = crate::json::from_slice(&line).unwrap();
        assert_eq!(before, after);
        let id = after.body.unwrap().telephony_session_id.unwrap();
        assert_eq!(id, "s-\n1", "an escaped line break inside a string is kept");
    }
}
