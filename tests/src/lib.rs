//! The data-driven test harness: walks `tests/data/`, dispatches each fixture on its
//! header (`// test: KIND`), and holds the results to Mono and to the expectations beside
//! the input. One module per test kind under `kinds/`; `UPDATE_EXPECT=1` blesses.
#![forbid(unsafe_code)]

pub mod expect;
pub mod fixture;
pub mod independent;
pub mod kinds;
pub mod mono;
pub mod runner;
pub mod tools;
