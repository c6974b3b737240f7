//! The data-driven test harness: walks `tests/data/`, dispatches each fixture on its
//! header, and holds the results to Mono and to the expectations beside the input.
#![forbid(unsafe_code)]
