//! The example server as a child process: started on a loopback port, read line by line,
//! stopped by SIGINT (Ctrl-C) or killed by SIGKILL.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a server may take to start or to stop.
const PATIENCE: Duration = Duration::from_secs(30);

pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    stdout: Arc<Mutex<Vec<String>>>,
    stderr: Arc<Mutex<String>>,
    readers: Vec<JoinHandle<()>>,
}

/// A server that exited before it listened.
#[derive(Debug)]
pub struct Failed {
    pub status: Option<ExitStatus>,
    pub stderr: String,
}

/// What a stopped server left behind.
pub struct Stopped {
    pub status: ExitStatus,
    pub stdout: Vec<String>,
    pub stderr: String,
}

impl Server {
    /// Starts the example on `127.0.0.1:0` with this journal and these extra arguments.
    pub fn start(journal: &Path, args: &[&str]) -> Server {
        Server::try_start(journal, args).unwrap_or_else(|failed| panic!("{failed:?}"))
    }

    pub fn try_start(journal: &Path, args: &[&str]) -> Result<Server, Failed> {
        let mut child = Command::new(env!("CARGO_BIN_EXE_webhook-example"))
            .args(["--listen", "127.0.0.1:0", "--journal"])
            .arg(journal)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the example binary starts");
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let (first_line, first) = mpsc::channel();
        let out = BufReader::new(child.stdout.take().expect("piped"));
        let lines = Arc::clone(&stdout);
        let stdout_reader = std::thread::spawn(move || {
            for line in out.lines().map_while(Result::ok) {
                let _ = first_line.send(line.clone());
                lines.lock().unwrap().push(line);
            }
        });
        let err = BufReader::new(child.stderr.take().expect("piped"));
        let text = Arc::clone(&stderr);
        let stderr_reader = std::thread::spawn(move || {
            for line in err.lines().map_while(Result::ok) {
                let mut text = text.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
            }
        });
        let readers = vec![stdout_reader, stderr_reader];
        match first.recv_timeout(PATIENCE) {
            Ok(line) => {
                let base = line
                    .strip_prefix("listening on ")
                    .unwrap_or_else(|| panic!("the first line is {line:?}"))
                    .to_owned();
                assert!(base.starts_with("http://127.0.0.1:"), "{base}");
                Ok(Server {
                    child,
                    base,
                    stdout,
                    stderr,
                    readers,
                })
            }
            Err(_) => {
                let status = wait(&mut child);
                for reader in readers {
                    let _ = reader.join();
                }
                let stderr = stderr.lock().unwrap().clone();
                Err(Failed { status, stderr })
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The lines written to standard output so far.
    pub fn stdout(&self) -> Vec<String> {
        self.stdout.lock().unwrap().clone()
    }

    /// The lines on standard output once `ready` holds for them; the server writes a log line
    /// just before its answer leaves, so a test may see the answer first.
    pub fn stdout_when(&self, ready: impl Fn(&[String]) -> bool) -> Vec<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let lines = self.stdout();
            if ready(&lines) || Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Sends a signal: `KILL` ends the process wherever it is, as a crash would; `INT` is
    /// what Ctrl-C sends.
    pub fn signal(&self, name: &str) {
        let sent = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill -{name}");
    }

    pub fn interrupt(self) -> Stopped {
        self.signal("INT");
        self.stopped()
    }

    /// Waits for the process to end, after a signal.
    pub fn stopped(mut self) -> Stopped {
        let status = wait(&mut self.child).expect("the server stops in time");
        for reader in self.readers.drain(..) {
            reader.join().expect("the readers end with the process");
        }
        Stopped {
            status,
            stdout: self.stdout(),
            stderr: self.stderr(),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The exit status, or `None` (after a SIGKILL) if the process did not end within
/// [`PATIENCE`].
fn wait(child: &mut Child) -> Option<ExitStatus> {
    let deadline = Instant::now() + PATIENCE;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("waitable") {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}
