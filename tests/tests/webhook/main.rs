//! `callparty::webhook` over real HTTP on loopback, with a real client (ureq), against the
//! stand-alone example run as a child process, the program users run.
//!
//! Every server listens on `127.0.0.1:0`, every loop is bounded by a count or a deadline,
//! and the journals live below cargo's scratch folder for tests.

mod client;
mod concurrent;
mod crash;
mod journal;
mod notifications;
mod push;
mod readme;
mod refusals;
mod server;
