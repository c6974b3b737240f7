//! Definite assignment over the IR: which reads of which locals may see a local that no
//! path has assigned yet. The analysis is language-neutral; each front end decides which
//! of the reads it reports, with its own codes, wording and spans (VB warns only for some
//! types, C# errors for all).
//!
//! The state at a point is the set of locals that may be unassigned there (`None` when
//! the point is unreachable). Every local starts unassigned; entering a scope
//! (`ScopeStart`) makes the locals it declares unassigned again, as a declaration does
//! on each iteration of a loop. Assignments, compound assignments and passing a local's
//! address (`ByRef`/`ref`, assigned from the call on) remove a local from the set; paths
//! meet as the union of their sets. Loops and backward `goto`s are iterated to a fixed
//! point (the sets only grow, so this ends).
//!
//! Deliberately approximate, always towards reporting less:
//! - a condition is never treated as constant (VB's rule: `While True` may end);
//! - assignments inside the right operand of `AndAlso`/`OrElse` count (as C# does for
//!   `&&`/`||` in the true branch), so `If a AndAlso TryGet(x) Then Use(x)` is clean;
//! - a store to a field of a local (structure fields) counts as assigning the local;
//!   reading a field of a local, or calling through it, is a `Receiver` read, which the
//!   front end weighs by the local's type;
//! - a `catch` and a `finally` start from the state at the `try`'s start.
//!
//! What this does not know: spans. Reads are reported with the last `SeqPoint` before
//! them (the statement they belong to; a loop's condition belongs to the loop's
//! statement), and the front end maps that to its own syntax.

mod walk;

use crate::ir::{Body, LocalId};
use crate::source::TextRange;

/// How a local is read.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum ReadKind {
    /// Its value is used.
    Value,
    /// Its address is passed (`ByRef` / `ref`).
    ByRef,
    /// It is the receiver of a field access, property or call (for a structure, not a
    /// read of the whole value; for a class, a read).
    Receiver,
    /// It is the value of `return local` (VB's `End Function`/`Exit Function`, which
    /// return the function's variable).
    Returned,
}

/// A read of a local that may be unassigned.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct UnassignedRead {
    pub local: LocalId,
    pub kind: ReadKind,
    /// The statement the read belongs to: the last sequence point before it.
    pub statement: Option<TextRange>,
}

/// What the analysis finds in one body.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Analysis {
    /// Reads of possibly unassigned locals, each once, in the order first found.
    pub unassigned_reads: Vec<UnassignedRead>,
    /// The end of the body can be reached (falling off it).
    pub end_reachable: bool,
}

/// Runs definite assignment over a bound body.
pub fn analyze(body: &Body) -> Analysis {
    walk::run(body)
}

#[cfg(test)]
mod tests;
