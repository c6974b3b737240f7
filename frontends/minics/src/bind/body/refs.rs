//! What the names of a body refer to, for the language server's hover and go to
//! definition. The binder notes each local and parameter read, member, called method
//! and written type with its range (file positions), but only inside [`recording`]:
//! the compiler never asks, and a binder that is not recording (`BodyBinder::noting`,
//! read once when it starts) makes no note.

use frontend_core::ir::LocalId;
use frontend_core::source::TextRange;
use frontend_core::symbols::{FieldId, MethodId};
use frontend_core::types::{Ty, TypeId};
use std::cell::RefCell;
use std::sync::Arc;

/// A symbol a name in a body refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A local of the body's IR (`Body::locals`).
    Local(LocalId),
    /// A parameter by IL argument index (0 is `this` in instance methods).
    Param(u16),
    /// Members with their declaring type's type arguments.
    Field(FieldId, Arc<[Ty]>),
    Method(MethodId, Arc<[Ty]>),
    /// The n-th property of a type.
    Property(TypeId, u32, Arc<[Ty]>),
    /// The n-th event of a type.
    Event(TypeId, u32, Arc<[Ty]>),
    Type(Ty),
}

/// A name and what it refers to; `declaration` when the name declares it (a local).
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub range: TextRange,
    pub target: Target,
    pub declaration: bool,
}

thread_local! {
    static NOTES: RefCell<Option<Vec<Reference>>> = const { RefCell::new(None) };
}

/// Runs `bind` (binding one body on this thread) and returns what it noted.
pub fn recording<T>(bind: impl FnOnce() -> T) -> (T, Vec<Reference>) {
    let outer = NOTES.with_borrow_mut(|n| n.replace(Vec::new()));
    let out = bind();
    let notes = NOTES.with_borrow_mut(|n| std::mem::replace(n, outer));
    (out, notes.unwrap_or_default())
}

/// Whether this thread is recording (a binder asks once, when it starts).
pub(crate) fn active() -> bool {
    NOTES.with_borrow(Option::is_some)
}

/// Notes that the name at `range` refers to `target` (made only while recording, and
/// only when it names something).
pub(crate) fn note(range: TextRange, declaration: bool, target: impl FnOnce() -> Option<Target>) {
    NOTES.with_borrow_mut(|n| {
        if let Some((n, target)) = n.as_mut().and_then(|n| Some((n, target()?))) {
            n.push(Reference {
                range,
                target,
                declaration,
            });
        }
    });
}
