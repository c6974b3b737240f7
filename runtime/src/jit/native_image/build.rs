//! `clr-lite ngen FILE`: precompiles an assembly and the assemblies it references
//! into native images in the cache directory.
//!
//! Every non-generic method of every non-generic type is verified (as the JIT would
//! before its first call) and compiled with the JIT's compiler in recording mode
//! (`JitState::recorder`), then with `cranelift_codegen::Context::compile` directly.
//! Its relocations become the image's targets in stable form. A method that fails to
//! verify or compile, or names something an image cannot express (runtime-provided
//! methods, P/Invoke), is left out: the JIT compiles it when it is first called. An
//! image already in the cache for the same assembly and build (the bundled corlib,
//! shared by every application) is kept.

use super::format::{self, Header, ImageData, MethodRecord, Writer};
use super::load::{identity, libcall_addr, mvid_of};
use super::record::{NAMESPACE, Recorder};
use super::target::{self, AsmTable, RtConst};
use crate::gc::Heap;
use crate::host::RunConfig;
use crate::jit::JitState;
use crate::jit::eh::Handler;
use crate::loader::AssemblyIdx;
use crate::typesys::{MethodId, TResult, TypeError, TypeSystem};
use crate::vm::Vm;
use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{ExternalName, Function, UserFuncName};
use cranelift_codegen::{Context, FinalizedRelocTarget};
use cranelift_module::Module;
use il_emit::TableId;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

/// The assembly table of the image being built: this process's assemblies in the
/// order the image names them (its own first).
struct Table(Vec<AssemblyIdx>);

impl AsmTable for Table {
    fn index_of(&mut self, _ts: &TypeSystem, asm: AssemblyIdx) -> u32 {
        match self.0.iter().position(|&a| a == asm) {
            Some(i) => i as u32,
            None => {
                self.0.push(asm);
                (self.0.len() - 1) as u32
            }
        }
    }
}

/// At most this many generic instantiations per image.
const MAX_INSTANTIATIONS: usize = 4096;

/// Whether an image can hold `m` at all (internal calls, P/Invoke, abstract methods and
/// runtime-provided bodies other than delegates' `Invoke` cannot).
fn precompilable(ts: &TypeSystem, m: MethodId) -> bool {
    let info = ts.method(m);
    !(info.is_internal_call()
        || info.flags & 0x2000 != 0 // pinvokeimpl
        || info.is_abstract()
        || (info.is_runtime() && info.name != "Invoke"))
}

/// What `ngen` did for one assembly.
#[derive(Debug, Default)]
pub struct Report {
    pub name: String,
    pub compiled: usize,
    /// Generic instantiations precompiled.
    pub instantiations: usize,
    pub left_out: usize,
    /// The image in the cache was already current.
    pub kept: bool,
    /// The first few reasons methods were left out.
    pub reasons: Vec<String>,
}

/// `clr-lite ngen`: precompiles `cfg.app` and every assembly it references. Returns a
/// report per assembly.
pub fn ngen(cfg: &RunConfig) -> Result<Vec<Report>, String> {
    let dir = format::cache_dir().ok_or("no cache directory (set CLR_LITE_CACHE or HOME)")?;
    let (mut loader, corlib, app) = crate::host::load_app(cfg)?;
    loader.load_closure(app).map_err(|e| e.to_string())?;
    let ts = TypeSystem::new(loader, corlib).map_err(|e| e.to_string())?;
    let jit = JitState::new().map_err(|e| e.to_string())?;
    let vm = Vm::install(Vm::new(ts, jit, Heap::new(false, None), Vec::new()));
    let mut reports = Vec::new();
    let n = vm.types.borrow().loader.count();
    for i in 0..n {
        let asm = AssemblyIdx(i as u32);
        let mut ts = vm.types.borrow_mut();
        let mut jit = vm.jit.borrow_mut();
        let r = build_one(&mut jit, &mut ts, asm, &dir).map_err(|e| e.to_string())?;
        reports.push(r);
    }
    Ok(reports)
}

/// Builds (or keeps) the image of `asm` in `dir`.
fn build_one(
    jit: &mut JitState,
    ts: &mut TypeSystem,
    asm: AssemblyIdx,
    dir: &Path,
) -> Result<Report, String> {
    let (name, mvid, hash) = identity(ts, asm).map_err(|e| e.to_string())?;
    let header = Header {
        build_id: format::build_id(),
        content_hash: hash,
        mvid,
    };
    let file = format::file_name(&name, &mvid);
    let mut report = Report {
        name: name.clone(),
        ..Report::default()
    };
    if let Ok(bytes) = std::fs::read(dir.join(&file)) {
        let current = |v: format::ImageView<'_>, ts: &mut TypeSystem| {
            v.header == header
                && v.assemblies.iter().all(|(n, mvid)| {
                    let a = ts.loader.load_named(n).ok();
                    a.and_then(|a| mvid_of(ts, a).ok())
                        .is_some_and(|m| m == *mvid)
                })
        };
        if format::ImageView::open(&bytes).is_some_and(|v| current(v, ts)) {
            report.kept = true;
            return Ok(report);
        }
    }
    let md = &ts.loader.get(asm).image.metadata;
    let n_types = md.row_count(TableId::TypeDef);
    let n_methods = md.row_count(TableId::MethodDef) as usize;
    let mut data = ImageData {
        methods: vec![None; n_methods],
        ..ImageData::default()
    };
    // Every assembly the code may depend on (even only through layouts: field
    // offsets, sizes) is in the table, so a run checks all their MVIDs.
    let mut table = Table(vec![asm]);
    let mut i = 0;
    while let Some(&a) = table.0.get(i) {
        let refs = ts
            .loader
            .get(a)
            .image
            .metadata
            .row_count(TableId::AssemblyRef);
        for r in 1..=refs {
            let d = ts.loader.load_reference(a, r).map_err(|e| e.to_string())?;
            table.index_of(ts, d);
        }
        i += 1;
    }
    let mut targets: HashMap<Vec<u8>, u32> = HashMap::default();
    let mut pending = Vec::new();
    for t in 1..=n_types {
        let Ok(ty) = ts.type_of_def(asm, t) else {
            continue;
        };
        if ts.ty(ty).arity > 0 || ts.ensure_loaded(ty).is_err() {
            continue;
        }
        for m in ts.ty(ty).methods.clone() {
            let info = ts.method(m);
            let rid = info.rid as usize;
            if info.asm != asm || rid == 0 || rid > n_methods || !info.method_inst.is_empty() {
                continue;
            }
            if !precompilable(ts, m) {
                continue;
            }
            match compile_one(jit, ts, m, &mut table, &mut targets, &mut data.targets) {
                Ok((rec, called)) => {
                    data.methods[rid - 1] = Some(rec);
                    report.compiled += 1;
                    pending.extend(called);
                }
                Err(e) => report.left_out(ts, m, &e),
            }
        }
    }
    // The generic instantiations this code calls (transitively, up to a bound): the
    // image holds them under their stable names.
    let mut seen = rustc_hash::FxHashSet::default();
    while let Some(m) = pending.pop() {
        if data.instantiations.len() >= MAX_INSTANTIATIONS {
            break;
        }
        let info = ts.method(m);
        let inst = !info.method_inst.is_empty() || !ts.ty(info.owner).inst.is_empty();
        if !inst || info.rid == 0 || !seen.insert(m) || !precompilable(ts, m) {
            continue;
        }
        let Ok(key) = target::stable_method(ts, &mut table, m) else {
            continue;
        };
        match compile_one(jit, ts, m, &mut table, &mut targets, &mut data.targets) {
            Ok((rec, called)) => {
                let mut w = Writer::default();
                target::put_method(&mut w, &key);
                data.instantiations.push((w.finish(), rec));
                report.instantiations += 1;
                pending.extend(called);
            }
            Err(e) => report.left_out(ts, m, &e),
        }
    }
    jit.flush().map_err(|e| e.to_string())?;
    for &a in &table.0 {
        let (n, mvid, _) = identity(ts, a).map_err(|e| e.to_string())?;
        data.assemblies.push((n, mvid));
    }
    let bytes = format::encode_image(&data, &header);
    format::write_atomic(dir, &file, &bytes)
        .map_err(|e| format!("{}: {e}", dir.join(&file).display()))?;
    Ok(report)
}

impl Report {
    fn left_out(&mut self, ts: &TypeSystem, m: MethodId, e: &TypeError) {
        self.left_out += 1;
        if self.reasons.len() < 5 {
            let info = ts.method(m);
            let owner = ts.ty(info.owner).full_name();
            self.reasons
                .push(format!("{owner}::{}: {}", info.name, e.message));
        }
    }
}

fn refuse(why: impl Into<String>) -> TypeError {
    TypeError::type_load(why.into())
}

/// Verifies and compiles `m` for an image.
fn compile_one(
    jit: &mut JitState,
    ts: &mut TypeSystem,
    m: MethodId,
    table: &mut Table,
    targets: &mut HashMap<Vec<u8>, u32>,
    encoded: &mut Vec<Vec<u8>>,
) -> TResult<(MethodRecord, Vec<MethodId>)> {
    crate::verify::policy::before_compile(ts, m)?;
    let info = ts.method(m).clone();
    let sig = crate::jit::abi::signature(ts, &info, jit.call_conv)?;
    let mut func = Function::with_name_signature(UserFuncName::user(0, m.0), sig);
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    jit.recorder = Some(Recorder::default());
    jit.pending_cctors.clear();
    let built = crate::jit::compile::compile_method(jit, ts, m, &mut func, &mut fctx);
    let rec = jit.recorder.take().unwrap_or_default();
    let cctors = std::mem::take(&mut jit.pending_cctors);
    built?;
    if std::env::var_os("CLR_LITE_TRACE").is_some() {
        let owner = ts.ty(info.owner).full_name();
        eprintln!("[ngen] {owner}::{}\n{}", info.name, func.display());
    }
    let mut ctx = Context::for_function(func);
    let (code, relocs, align) = {
        let compiled = ctx
            .compile(jit.module()?.isa(), &mut ControlPlane::default())
            .map_err(|e| refuse(format!("{:?}", e.inner)))?;
        let relocs: Vec<_> = compiled
            .buffer
            .relocs()
            .iter()
            .map(|r| (r.offset, r.kind, r.target.clone(), r.addend))
            .collect();
        (
            compiled.code_buffer().to_vec(),
            relocs,
            compiled.buffer.alignment,
        )
    };
    if align > 16 {
        return Err(refuse("code needs more than 16-byte alignment"));
    }
    let mut intern = |s: target::Stable| -> u32 {
        let mut w = Writer::default();
        target::encode(&mut w, &s);
        let bytes = w.finish();
        *targets.entry(bytes.clone()).or_insert_with(|| {
            encoded.push(bytes);
            (encoded.len() - 1) as u32
        })
    };
    let mut out = MethodRecord {
        code,
        ..MethodRecord::default()
    };
    for (offset, kind, target, addend) in relocs {
        if kind != Reloc::Abs8 {
            return Err(refuse(format!("relocation {kind:?}")));
        }
        let s = match target {
            FinalizedRelocTarget::ExternalName(ExternalName::User(r)) => {
                let name = &ctx.func.params.user_named_funcs()[r];
                let c = match name.namespace == NAMESPACE {
                    true => rec.targets.get(name.index as usize).copied(),
                    false => None,
                }
                .ok_or_else(|| refuse("a call to a function outside the image"))?;
                target::stable(ts, table, c)?
            }
            FinalizedRelocTarget::ExternalName(ExternalName::LibCall(lc)) => {
                let name = lc.to_string();
                if libcall_addr(&name).is_none() {
                    return Err(refuse(format!("libcall {name}")));
                }
                target::Stable::LibCall(name)
            }
            _ => return Err(refuse("an unexpected relocation target")),
        };
        out.relocs.push((offset, intern(s), addend));
    }
    for t in cctors {
        out.cctors
            .push(intern(target::stable(ts, table, RtConst::TypeIdImm(t))?));
    }
    for c in &rec.touches {
        out.touches.push(intern(target::stable(ts, table, *c)?));
    }
    for c in &rec.clauses {
        let (kind, t) = match c.handler {
            Handler::Catch(t) => (0, intern(target::stable(ts, table, RtConst::TypeIdImm(t))?)),
            Handler::Filter => (1, 0),
            Handler::Finally => (2, 0),
            Handler::Fault => (3, 0),
        };
        out.clauses.push((c.try_start, c.try_end, kind, t));
    }
    let called = rec
        .targets
        .iter()
        .filter_map(|c| match *c {
            RtConst::Cell(m) | RtConst::UnboxingCell(m) => Some(m),
            _ => None,
        })
        .collect();
    Ok((out, called))
}
