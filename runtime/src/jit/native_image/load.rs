//! Installing methods from native images at run time.
//!
//! An assembly's image is looked up the first time one of its methods is compiled
//! (`$CACHE/NAME-MVID.clrni`), mapped read-only and checked ([`format::ImageView`]):
//! the build id of this binary, the assembly's MVID and content hash. The assemblies
//! it was compiled against are checked by MVID as its relocations first name them; a
//! mismatch discards the whole image. Anything wrong means the method is JIT-compiled
//! as usual: an image can only make a method cheaper to get, never different.

use super::format::{self, ImageView, MethodRecord};
use super::target::{self, AsmResolver, AsmTable, RtConst, Stable};
use crate::jit::JitState;
use crate::jit::eh::{self, Clause, Handler};
use crate::loader::AssemblyIdx;
use crate::typesys::{MethodId, TResult, TypeError, TypeId, TypeSystem};
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

static DISABLED: AtomicBool = AtomicBool::new(false);

/// Turns native images off for this process (`--no-ngen`).
pub fn disable() {
    DISABLED.store(true, Ordering::Relaxed);
}

/// Whether runs use native images (`CLR_LITE_NGEN=0` and `--no-ngen` turn them off).
pub fn enabled() -> bool {
    !DISABLED.load(Ordering::Relaxed) && std::env::var_os("CLR_LITE_NGEN").is_none_or(|v| v != "0")
}

/// The native images of this run.
#[derive(Debug, Default)]
pub struct Images {
    init: bool,
    dir: Option<std::path::PathBuf>,
    by_asm: HashMap<AssemblyIdx, Option<Box<Image>>>,
    /// Methods installed from images.
    pub installed: u64,
}

/// One open image.
#[derive(Debug)]
struct Image {
    view: ImageView<'static>,
    /// The image's assembly table resolved in this process (checked by MVID).
    asms: Vec<Option<AssemblyIdx>>,
    /// Values of targets resolved so far.
    values: Vec<Option<i64>>,
    /// A referenced assembly is not the one the image was compiled against.
    stale: bool,
    /// The instantiations' keys, indexed on first use.
    instantiations: Option<HashMap<&'static [u8], usize>>,
}

/// An assembly's identity: name, MVID, and a hash of its bytes (0 for the framework
/// bundled in this binary, which the build id covers).
pub fn identity(ts: &TypeSystem, asm: AssemblyIdx) -> TResult<(String, [u8; 16], u64)> {
    let a = ts.loader.get(asm);
    let mvid = mvid_of(ts, asm)?;
    let bytes = a.image.pe.bytes;
    let bundled = std::ptr::eq(bytes, crate::host::BUNDLED_CORLIB)
        || corlib::ASSEMBLIES
            .iter()
            .any(|(_, b)| std::ptr::eq(bytes, *b));
    let hash = match bundled {
        true => 0,
        false => format::hash64(bytes),
    };
    Ok((a.name.clone(), mvid, hash))
}

/// An assembly's MVID.
pub fn mvid_of(ts: &TypeSystem, asm: AssemblyIdx) -> TResult<[u8; 16]> {
    let md = &ts.loader.get(asm).image.metadata;
    Ok(md.guids.get(md.module_row(1)?.mvid)?)
}

/// Maps the cache file at `path` for the life of the process.
fn map_file(path: &std::path::Path) -> Option<&'static [u8]> {
    use std::os::unix::io::AsRawFd;
    let f = std::fs::File::open(path).ok()?;
    let len = usize::try_from(f.metadata().ok()?.len()).ok()?;
    if len == 0 {
        return None;
    }
    // SAFETY: a read-only private mapping of a regular file we opened, checked for
    // failure; it is never unmapped, so the slice is valid for `'static`. Cache files
    // are replaced by rename, never written in place, so the mapped bytes stay put.
    unsafe {
        let p = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ,
            libc::MAP_PRIVATE,
            f.as_raw_fd(),
            0,
        );
        if p == libc::MAP_FAILED {
            return None;
        }
        Some(std::slice::from_raw_parts(p as *const u8, len))
    }
}

impl Images {
    /// The image of `asm`, opened on first use.
    fn open(&mut self, ts: &mut TypeSystem, asm: AssemblyIdx) -> Option<&mut Image> {
        if !self.init {
            self.init = true;
            self.dir = enabled().then(format::cache_dir).flatten();
        }
        let dir = self.dir.as_ref()?;
        self.by_asm
            .entry(asm)
            .or_insert_with(|| {
                let (name, mvid, hash) = identity(ts, asm).ok()?;
                let bytes = map_file(&dir.join(format::file_name(&name, &mvid)))?;
                let view = ImageView::open(bytes)?;
                let h = &view.header;
                let own = view.assemblies.first()?;
                let ok = h.build_id == format::build_id()
                    && h.content_hash == hash
                    && h.mvid == mvid
                    && own.0 == name
                    && own.1 == mvid;
                let n = view.assemblies.len();
                let t = view.n_targets();
                if !ok {
                    return None;
                }
                let mut asms = vec![None; n];
                asms[0] = Some(asm);
                let mut img = Box::new(Image {
                    view,
                    asms,
                    values: vec![None; t],
                    stale: false,
                    instantiations: None,
                });
                // The assemblies compiled against must be the ones loaded now.
                for i in 1..n as u32 {
                    img.assembly(ts, i).ok()?;
                }
                Some(img)
            })
            .as_deref_mut()
    }
}

impl AsmResolver for Image {
    fn assembly(&mut self, ts: &mut TypeSystem, idx: u32) -> TResult<AssemblyIdx> {
        let i = idx as usize;
        if let Some(Some(a)) = self.asms.get(i) {
            return Ok(*a);
        }
        let (name, mvid) = self
            .view
            .assemblies
            .get(i)
            .cloned()
            .ok_or_else(|| stale("an assembly index out of range"))?;
        let a = ts
            .loader
            .load_named(&name)
            .map_err(|e| stale(&e.to_string()))?;
        if mvid_of(ts, a)? != mvid {
            self.stale = true;
            return Err(stale("a referenced assembly changed"));
        }
        self.asms[i] = Some(a);
        Ok(a)
    }
}

/// An image's assembly table read backwards: an assembly it does not name gets an
/// index that matches nothing.
struct Reverse<'a>(&'a [Option<AssemblyIdx>]);

impl AsmTable for Reverse<'_> {
    fn index_of(&mut self, _ts: &TypeSystem, asm: AssemblyIdx) -> u32 {
        self.0
            .iter()
            .position(|&a| a == Some(asm))
            .map_or(u32::MAX, |i| i as u32)
    }
}

fn stale(why: &str) -> TypeError {
    TypeError::type_load(format!("native image not usable: {why}"))
}

/// The address of a Cranelift libcall, by name.
pub fn libcall_addr(name: &str) -> Option<usize> {
    extern "C" fn floor_f32(x: f32) -> f32 {
        x.floor()
    }
    extern "C" fn floor_f64(x: f64) -> f64 {
        x.floor()
    }
    extern "C" fn ceil_f32(x: f32) -> f32 {
        x.ceil()
    }
    extern "C" fn ceil_f64(x: f64) -> f64 {
        x.ceil()
    }
    extern "C" fn trunc_f32(x: f32) -> f32 {
        x.trunc()
    }
    extern "C" fn trunc_f64(x: f64) -> f64 {
        x.trunc()
    }
    extern "C" fn nearest_f32(x: f32) -> f32 {
        x.round_ties_even()
    }
    extern "C" fn nearest_f64(x: f64) -> f64 {
        x.round_ties_even()
    }
    extern "C" fn fma_f32(a: f32, b: f32, c: f32) -> f32 {
        a.mul_add(b, c)
    }
    extern "C" fn fma_f64(a: f64, b: f64, c: f64) -> f64 {
        a.mul_add(b, c)
    }
    Some(match name {
        "FloorF32" => floor_f32 as *const () as usize,
        "FloorF64" => floor_f64 as *const () as usize,
        "CeilF32" => ceil_f32 as *const () as usize,
        "CeilF64" => ceil_f64 as *const () as usize,
        "TruncF32" => trunc_f32 as *const () as usize,
        "TruncF64" => trunc_f64 as *const () as usize,
        "NearestF32" => nearest_f32 as *const () as usize,
        "NearestF64" => nearest_f64 as *const () as usize,
        "FmaF32" => fma_f32 as *const () as usize,
        "FmaF64" => fma_f64 as *const () as usize,
        "Memcpy" => libc::memcpy as *const () as usize,
        "Memset" => libc::memset as *const () as usize,
        "Memmove" => libc::memmove as *const () as usize,
        "Memcmp" => libc::memcmp as *const () as usize,
        _ => return None,
    })
}

/// The value of `img`'s target `t` in this process.
fn value(jit: &mut JitState, ts: &mut TypeSystem, img: &mut Image, t: u32) -> TResult<i64> {
    if let Some(Some(v)) = img.values.get(t as usize) {
        return Ok(*v);
    }
    let s = img
        .view
        .target(t)
        .ok_or_else(|| stale("a damaged relocation target"))?;
    let v = match target::rt_const_of(ts, img, &s)? {
        Some(c) => {
            // The JIT loads every type whose id it compiles in (catch types, casts,
            // class constructors); helpers given the id expect it loaded.
            if let RtConst::TypeIdImm(t) = c {
                ts.ensure_loaded(t)?;
            }
            target::resolve(jit, ts, c)?
        }
        None => match &s {
            Stable::LibCall(name) => {
                libcall_addr(name).ok_or_else(|| stale("an unknown libcall"))? as i64
            }
            _ => return Err(stale("an unresolvable target")),
        },
    };
    img.values[t as usize] = Some(v);
    Ok(v)
}

/// The type id a target names (class constructors, catch types).
fn type_value(jit: &mut JitState, ts: &mut TypeSystem, img: &mut Image, t: u32) -> TResult<TypeId> {
    let v = value(jit, ts, img, t)?;
    u32::try_from(v)
        .ok()
        .filter(|&id| (id as usize) < ts.types.len())
        .map(TypeId)
        .ok_or_else(|| stale("a type target that is not a type"))
}

impl JitState {
    /// Installs `m` from its assembly's native image, if it has one with `m`: the code
    /// address, or `None` (compile it instead).
    pub(crate) fn install_from_image(&mut self, ts: &mut TypeSystem, m: MethodId) -> Option<usize> {
        let info = ts.method(m);
        if info.rid == 0 || ts.ty(info.owner).def.map(|(a, _)| a) != Some(info.asm) {
            return None;
        }
        if !info.method_inst.is_empty() || !ts.ty(info.owner).inst.is_empty() {
            return self.install_instantiation(ts, m);
        }
        let (asm, rid) = (info.asm, info.rid);
        let mut images = std::mem::take(&mut self.images);
        let code = images
            .open(ts, asm)
            .filter(|img| !img.stale)
            .and_then(|img| {
                let rec = img.view.method(rid)?;
                self.install(ts, m, img, &rec).ok()
            });
        if code.is_some() {
            images.installed += 1;
        }
        self.images = images;
        code
    }

    /// Installs generic instantiation `m` from the first open image that holds it.
    fn install_instantiation(&mut self, ts: &mut TypeSystem, m: MethodId) -> Option<usize> {
        let mut images = std::mem::take(&mut self.images);
        let mut code = None;
        for img in images.by_asm.values_mut().flatten() {
            if img.stale {
                continue;
            }
            // The key as this image spells it: its assembly table, resolved at open.
            let mut rev = Reverse(&img.asms);
            let Ok(key) = target::stable_method(ts, &mut rev, m) else {
                continue;
            };
            let mut w = format::Writer::default();
            target::put_method(&mut w, &key);
            let key = w.finish();
            let view = &img.view;
            let index = img
                .instantiations
                .get_or_insert_with(|| view.instantiation_keys().map(|(i, k)| (k, i)).collect());
            let found = index.get(key.as_slice()).copied();
            let Some(rec) = found.and_then(|i| img.view.instantiation(i)) else {
                continue;
            };
            code = self.install(ts, m, img, &rec).ok();
            if code.is_some() {
                break;
            }
        }
        if code.is_some() {
            images.installed += 1;
        }
        self.images = images;
        code
    }

    fn install(
        &mut self,
        ts: &mut TypeSystem,
        m: MethodId,
        img: &mut Image,
        rec: &MethodRecord,
    ) -> TResult<usize> {
        let mut code = rec.code.clone();
        for &(off, t, addend) in &rec.relocs {
            let v = value(self, ts, img, t)?.wrapping_add(addend);
            let at = off as usize;
            code.get_mut(at..at + 8)
                .ok_or_else(|| stale("a relocation outside the code"))?
                .copy_from_slice(&v.to_le_bytes());
        }
        for &t in &rec.touches {
            value(self, ts, img, t)?;
        }
        let mut cctors = Vec::with_capacity(rec.cctors.len());
        for &t in &rec.cctors {
            cctors.push(type_value(self, ts, img, t)?);
        }
        let mut clauses = Vec::with_capacity(rec.clauses.len());
        for &(try_start, try_end, kind, t) in &rec.clauses {
            let handler = match kind {
                0 => Handler::Catch(type_value(self, ts, img, t)?),
                1 => Handler::Filter,
                2 => Handler::Finally,
                3 => Handler::Fault,
                _ => return Err(stale("a damaged clause")),
            };
            clauses.push(Clause {
                try_start,
                try_end,
                handler,
            });
        }
        let addr = self
            .write_code(&code)
            .ok_or_else(|| stale("no executable memory"))?;
        if crate::jit::perf_map::enabled() {
            let info = ts.method(m);
            let name = format!("{}::{} [ngen]", ts.ty(info.owner).full_name(), info.name);
            crate::jit::perf_map::record(addr, code.len(), &name);
        }
        if !clauses.is_empty() {
            eh::register_clauses(m, clauses);
        }
        for t in cctors {
            if !self.pending_cctors.contains(&t) {
                self.pending_cctors.push(t);
            }
        }
        // Cells created while resolving may still point at nothing (Cranelift stubs).
        self.flush()?;
        Ok(addr)
    }
}
