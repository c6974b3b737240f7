//! A memo of member lookups (`BodyBinder::find_member`) shared by the bodies one thread
//! binds against one world. Which members a type has by a name depends on the world
//! alone (type parameters aside, whose constraints come from the body's context: those
//! lookups are not memoized), and bodies ask the same few again and again (`Add` on
//! `List<int>`, `GetEnumerator` on `string`, `Dispose` on `IDisposable`).
//!
//! The memo belongs to the world `bind_body` last entered on this thread; it holds that
//! world weakly, which keeps its address from being reused, so a binder whose world is
//! at that address is binding against that very world. Entering another world clears it.

use super::lookup::Member;
use frontend_core::symbols::World;
use frontend_core::types::Ty;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Weak};

#[derive(Default)]
struct Memo {
    world: Weak<World>,
    /// By the hash of (type, name), then compared (a lookup hashes once and allocates
    /// nothing).
    found: FxHashMap<u64, Vec<Entry>>,
}

/// A type, a member name, and what looking the name up in the type found.
type Entry = (Ty, Box<str>, Option<Member>);

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// Makes `world` the one this thread's memo is for (clearing it if it was another's).
pub(crate) fn enter(world: &Arc<World>) {
    MEMO.with_borrow_mut(|m| {
        if !std::ptr::eq(m.world.as_ptr(), Arc::as_ptr(world)) || m.world.strong_count() == 0 {
            m.world = Arc::downgrade(world);
            m.found.clear();
        }
    });
}

fn key(ty: &Ty, name: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    ty.hash(&mut h);
    name.hash(&mut h);
    h.finish()
}

/// `find(ty, name)` through the memo, when it is for `world` and `ty` is not a type
/// parameter.
pub(crate) fn lookup(
    world: &World,
    ty: &Ty,
    name: &str,
    find: impl FnOnce() -> Option<Member>,
) -> Option<Member> {
    if matches!(ty, Ty::Var(_) | Ty::MVar(_)) {
        return find();
    }
    let k = key(ty, name);
    let hit = MEMO.with_borrow(|m| {
        if !std::ptr::eq(m.world.as_ptr(), world) || m.world.strong_count() == 0 {
            return Err(());
        }
        Ok(m.found.get(&k).and_then(|bucket| {
            bucket
                .iter()
                .find(|(t, n, _)| t == ty && **n == *name)
                .map(|(_, _, found)| found.clone())
        }))
    });
    match hit {
        // Not this world's memo: no memo.
        Err(()) => find(),
        Ok(Some(found)) => found,
        Ok(None) => {
            let found = find();
            MEMO.with_borrow_mut(|m| {
                m.found
                    .entry(k)
                    .or_default()
                    .push((ty.clone(), Box::from(name), found.clone()))
            });
            found
        }
    }
}
