//! Native libraries: a DllImport module name → a `dlopen` handle, and symbols in it.
//!
//! Names resolve as Mono resolves them: its `dllmap` defaults first (`libc`, `c`,
//! `msvcrt` → `libc.so.6`; `libm`, `m` → `libm.so.6`, and the other glibc libraries
//! by soname, because the unversioned `libm.so` of a development package is a linker
//! script `dlopen` refuses), then the name as given, `libNAME.so`, `NAME.so`, and the
//! same without a `.dll` suffix. `__Internal` is the process itself. Handles are
//! opened once per name and never closed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::CString;

thread_local! {
    static OPENED: RefCell<HashMap<String, usize>> = RefCell::new(HashMap::new());
}

/// The glibc sonames for the short names programs use.
fn soname(base: &str) -> Option<&'static str> {
    Some(match base {
        "c" | "libc" | "libc.so" | "msvcrt" | "intl" | "libintl" => "libc.so.6",
        "m" | "libm" | "libm.so" => "libm.so.6",
        "dl" | "libdl" | "libdl.so" => "libdl.so.2",
        "pthread" | "libpthread" | "libpthread.so" => "libpthread.so.0",
        "rt" | "librt" | "librt.so" => "librt.so.1",
        _ => return None,
    })
}

/// The file names tried for module `name`, in order.
pub fn candidates(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut bases = vec![name.to_owned()];
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".dll") {
        bases.push(name[..name.len() - 4].to_owned());
    }
    for base in &bases {
        if let Some(s) = soname(&base.to_ascii_lowercase()) {
            out.push(s.to_owned());
        }
    }
    for base in &bases {
        out.push(base.clone());
        if !base.contains('/') {
            if !base.starts_with("lib") {
                out.push(format!("lib{base}.so"));
            }
            if !base.ends_with(".so") && !base.contains(".so.") {
                out.push(format!("{base}.so"));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(c.clone()));
    out
}

fn dlopen(file: Option<&str>) -> usize {
    let c = match file.map(CString::new) {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => return 0,
        None => None,
    };
    let ptr = c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    // SAFETY: `ptr` is null (the main program) or a NUL-terminated string that lives
    // across the call; dlopen has no other preconditions.
    unsafe { libc::dlopen(ptr, libc::RTLD_LAZY) as usize }
}

/// The handle of module `name`, opened on first use; `None` when no candidate loads.
pub fn open(name: &str) -> Option<usize> {
    if let Some(&h) = OPENED.with(|o| o.borrow().get(name).copied()).as_ref() {
        return Some(h);
    }
    let handle = if name == "__Internal" {
        dlopen(None)
    } else {
        candidates(name)
            .iter()
            .map(|c| dlopen(Some(c)))
            .find(|&h| h != 0)
            .unwrap_or(0)
    };
    if handle == 0 {
        return None;
    }
    OPENED.with(|o| o.borrow_mut().insert(name.to_owned(), handle));
    Some(handle)
}

/// The address of `symbol` in the library `handle`, if it exports it.
pub fn symbol(handle: usize, symbol: &str) -> Option<usize> {
    let c = CString::new(symbol).ok()?;
    // SAFETY: `handle` came from a successful dlopen and is never closed; `c` is a
    // NUL-terminated string that lives across the call.
    let p = unsafe { libc::dlsym(handle as *mut libc::c_void, c.as_ptr()) };
    (!p.is_null()).then_some(p as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_try_the_soname_first() {
        assert_eq!(candidates("libc")[0], "libc.so.6");
        assert_eq!(candidates("m")[0], "libm.so.6");
        assert_eq!(candidates("msvcrt.dll")[0], "libc.so.6");
        assert_eq!(candidates("foo"), ["foo", "libfoo.so", "foo.so"]);
        assert_eq!(candidates("libfoo.so.1"), ["libfoo.so.1"]);
        assert_eq!(
            candidates("bar.dll"),
            [
                "bar.dll",
                "libbar.dll.so",
                "bar.dll.so",
                "bar",
                "libbar.so",
                "bar.so"
            ]
        );
    }

    #[test]
    fn libc_and_libm_open_and_export_their_functions() {
        let c = open("libc").expect("libc opens");
        assert!(symbol(c, "strlen").is_some());
        assert!(symbol(c, "no_such_symbol_at_all").is_none());
        let m = open("libm").expect("libm opens");
        assert!(symbol(m, "cos").is_some());
        assert!(open("no_such_library_at_all").is_none());
    }
}
