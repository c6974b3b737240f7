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
use std::sync::{Arc, Weak};

#[derive(Default)]
struct Memo {
    world: Weak<World>,
    /// By type, then by name (a hit allocates nothing).
    found: FxHashMap<Ty, FxHashMap<Box<str>, Option<Member>>>,
}

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
    let usable =
        MEMO.with_borrow(|m| std::ptr::eq(m.world.as_ptr(), world) && m.world.strong_count() > 0);
    if !usable {
        return find();
    }
    let hit = MEMO.with_borrow(|m| m.found.get(ty).and_then(|names| names.get(name)).cloned());
    if let Some(hit) = hit {
        return hit;
    }
    let found = find();
    MEMO.with_borrow_mut(|m| {
        m.found
            .entry(ty.clone())
            .or_default()
            .insert(Box::from(name), found.clone())
    });
    found
}
