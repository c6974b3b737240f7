//! P/Invoke: methods marked `pinvokeimpl` whose ImplMap row names a native library and
//! entry point.
//!
//! The JIT compiles such a method into a *wrapper* (`jit/pinvoke`) with the managed
//! signature. The wrapper holds the address of a leaked [`Import`] whose first word is
//! the native target, 0 until [`marshal::rt_pinvoke_resolve`] has loaded the library
//! (`library`) and found the symbol. Resolution happens at call time, as on Mono, so a
//! missing library or entry point raises `DllNotFoundException` /
//! `EntryPointNotFoundException` in the caller, each time it is called. The wrapper
//! marshals the arguments (`marshal`: strings as zero-terminated UTF-8 or UTF-16
//! copies freed after the call, `StringBuilder` as a buffer of its capacity copied
//! back, blittable arrays as a pointer to their elements), saves `errno` for
//! `SetLastError`, and converts the result.

pub mod library;
pub mod marshal;
pub mod memory;

use crate::typesys::{MethodInfo, TResult, TypeError};
use il_emit::entity::Token;
use il_emit::metadata::schema::TableId;

/// ImplMap flags (ECMA-335 II.23.1.8).
pub const CHARSET_MASK: u16 = 0x0006;
pub const CHARSET_UNICODE: u16 = 0x0004;
pub const SUPPORTS_LAST_ERROR: u16 = 0x0040;

/// One imported function: what the wrapper of a `pinvokeimpl` method calls.
#[repr(C)]
#[derive(Debug)]
pub struct Import {
    /// The native function once resolved, 0 before (read by compiled code: keep first).
    pub target: usize,
    /// The module name as written (`"libc"`, `"libm.so.6"`).
    pub module: String,
    /// The symbol (the ImplMap's import name, else the method's name).
    pub entry: String,
    pub flags: u16,
}

impl Import {
    /// Strings are UTF-16 (`CharSet.Unicode`); otherwise UTF-8 (`Ansi`, `None`, and
    /// `Auto`, which means Ansi off Windows, as on Mono).
    pub fn unicode(&self) -> bool {
        self.flags & CHARSET_MASK == CHARSET_UNICODE
    }

    /// `SetLastError = true`.
    pub fn set_last_error(&self) -> bool {
        self.flags & SUPPORTS_LAST_ERROR != 0
    }
}

fn bad(m: &MethodInfo, what: impl std::fmt::Display) -> TypeError {
    TypeError {
        exception: "System.TypeLoadException",
        message: format!("P/Invoke method {}: {what}", m.name),
    }
}

/// The import described by `m`'s ImplMap row.
pub fn import_of(ts: &crate::typesys::TypeSystem, m: &MethodInfo) -> TResult<Import> {
    let md = &ts.loader.get(m.asm).image.metadata;
    let rows = md
        .rows_for(TableId::ImplMap, 1, Token::new(TableId::MethodDef, m.rid))
        .map_err(|e| bad(m, e))?;
    if rows.is_empty() {
        return Err(bad(m, "pinvokeimpl without an ImplMap row"));
    }
    let row = md.impl_map(rows.start).map_err(|e| bad(m, e))?;
    let entry = md.string(row.import_name).map_err(|e| bad(m, e))?;
    let scope = md.module_ref(row.import_scope).map_err(|e| bad(m, e))?;
    let module = md.string(scope.name).map_err(|e| bad(m, e))?;
    Ok(Import {
        target: 0,
        module: module.to_owned(),
        entry: if entry.is_empty() {
            m.name.clone()
        } else {
            entry.to_owned()
        },
        flags: row.flags,
    })
}
