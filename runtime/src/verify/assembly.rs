//! Verifying a whole assembly: every method with a body, generic ones once over
//! placeholders for their type parameters, reported as `Type::Method` in metadata
//! order; and the entry point of `clr-lite verify` (with source lines when a portable
//! PDB is beside the image).

use super::generic::{self, Params};
use super::{VerifyError, verify_method};
use crate::loader::{AssemblyIdx, Loader, Resolver};
use crate::typesys::{GenericCtx, TypeId, TypeSystem};
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::decode as sigdec;
use std::path::{Path, PathBuf};

/// The verdict on one method.
#[derive(Clone, Debug)]
pub struct MethodReport {
    /// `Namespace.Type::Method` (nested types as `Outer+Inner`).
    pub name: String,
    /// The method's name alone (`.ctor`, `Foo_Valid`).
    pub method: String,
    /// The declaring type's name alone.
    pub type_name: String,
    /// The MethodDef row (0 for a type that could not be loaded).
    pub rid: u32,
    pub errors: Vec<VerifyError>,
}

/// Loads `app` (with corlib and probe paths as the host does) and verifies it.
pub fn verify_file(
    app: &Path,
    corlib: Option<&Path>,
    probe_paths: &[PathBuf],
) -> Result<Vec<MethodReport>, String> {
    let app_dir = app
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut loader = Loader::new(Resolver {
        app_dir,
        probe_paths: probe_paths.to_vec(),
        corlib: corlib.map(Path::to_path_buf),
    });
    let corlib = match corlib {
        Some(path) => loader.load_path(path),
        None => loader.load_static(
            Path::new(crate::host::BUNDLED_CORLIB_NAME),
            crate::host::BUNDLED_CORLIB,
        ),
    }
    .map_err(|e| e.to_string())?;
    let asm = loader.load_path(app).map_err(|e| e.to_string())?;
    let mut ts = TypeSystem::new(loader, corlib).map_err(|e| e.to_string())?;
    let mut reports = verify_assembly(&mut ts, asm);
    if let Some(map) = super::source::SourceMap::beside(app) {
        for r in &mut reports {
            for e in &mut r.errors {
                e.source = map.line(r.rid, e.offset);
            }
        }
    }
    Ok(reports)
}

/// Verifies every method with a body in assembly `asm`.
pub fn verify_assembly(ts: &mut TypeSystem, asm: AssemblyIdx) -> Vec<MethodReport> {
    let n_types = ts
        .loader
        .get(asm)
        .image
        .metadata
        .row_count(TableId::TypeDef);
    let mut out: Vec<(u32, MethodReport)> = Vec::new();
    for rid in 1..=n_types {
        let type_name = nested_name(ts, asm, rid);
        let (short, _) = short_name(ts, asm, rid);
        let failed = |e: String, out: &mut Vec<(u32, MethodReport)>| {
            out.push((
                0,
                MethodReport {
                    name: format!("{type_name}::<type>"),
                    method: "<type>".to_owned(),
                    type_name: short.clone(),
                    rid: 0,
                    errors: vec![VerifyError::new(super::ErrorKind::TokenResolve, 0).found(e)],
                },
            ))
        };
        let (ty, params) = match open_type(ts, asm, rid) {
            Ok(x) => x,
            Err(e) => {
                failed(e, &mut out);
                continue;
            }
        };
        for m in ts.ty(ty).methods.clone() {
            let info = ts.method(m).clone();
            if info.rid == 0 || info.asm != asm || !has_body(ts, asm, info.rid) {
                continue;
            }
            let errors = verify_method(ts, m, params.clone());
            out.push((
                info.rid,
                report(&type_name, &short, &info.name, info.rid, errors),
            ));
        }
        for mrid in ts.ty(ty).generic_methods.clone() {
            if !has_body(ts, asm, mrid) {
                continue;
            }
            let (name, errors) = match open_method(ts, asm, ty, mrid, &params) {
                Ok((m, p)) => (ts.method(m).name.clone(), verify_method(ts, m, p)),
                Err(e) => (
                    method_name(ts, asm, mrid),
                    vec![VerifyError::new(super::ErrorKind::TokenResolve, 0).found(e)],
                ),
            };
            out.push((mrid, report(&type_name, &short, &name, mrid, errors)));
        }
    }
    out.sort_by_key(|(rid, _)| *rid);
    out.into_iter().map(|(_, r)| r).collect()
}

fn report(
    type_name: &str,
    short: &str,
    method: &str,
    rid: u32,
    errors: Vec<VerifyError>,
) -> MethodReport {
    MethodReport {
        name: format!("{type_name}::{method}"),
        method: method.to_owned(),
        type_name: short.to_owned(),
        rid,
        errors,
    }
}

fn has_body(ts: &TypeSystem, asm: AssemblyIdx, rid: u32) -> bool {
    matches!(ts.loader.get(asm).image.method_body(rid), Ok(Some(_)))
}

fn method_name(ts: &TypeSystem, asm: AssemblyIdx, rid: u32) -> String {
    let md = &ts.loader.get(asm).image.metadata;
    md.method_def(rid)
        .ok()
        .and_then(|r| md.string(r.name).ok())
        .unwrap_or("?")
        .to_owned()
}

/// The type of TypeDef `rid`, instantiated over placeholders when generic, loaded, with
/// its parameters' constraints.
fn open_type(ts: &mut TypeSystem, asm: AssemblyIdx, rid: u32) -> Result<(TypeId, Params), String> {
    let def = ts.type_of_def(asm, rid).map_err(|e| e.to_string())?;
    let arity = ts.ty(def).arity;
    let mut params = Params::default();
    let ty = match arity {
        0 => def,
        n => {
            let args: Vec<TypeId> = (0..n).map(|i| generic::placeholder(ts, false, i)).collect();
            let ty = ts
                .instantiate(def, args.clone())
                .map_err(|e| e.to_string())?;
            let ctx = GenericCtx::of_type(&args);
            params
                .add(ts, asm, Token::new(TableId::TypeDef, rid), &args, &ctx)
                .map_err(|e| e.to_string())?;
            ty
        }
    };
    ts.ensure_loaded(ty).map_err(|e| e.to_string())?;
    Ok((ty, params))
}

/// Generic method `rid` of `ty` over placeholders, with its constraints.
fn open_method(
    ts: &mut TypeSystem,
    asm: AssemblyIdx,
    ty: TypeId,
    rid: u32,
    type_params: &Params,
) -> Result<(crate::typesys::MethodId, Params), String> {
    let md = &ts.loader.get(asm).image.metadata;
    let row = md.method_def(rid).map_err(|e| e.to_string())?;
    let sig = sigdec::method_sig(md.blob(row.signature).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    let args: Vec<TypeId> = (0..sig.generic_params)
        .map(|i| generic::placeholder(ts, true, i))
        .collect();
    let m = ts
        .instantiate_method(ty, rid, args.clone())
        .map_err(|e| e.to_string())?;
    let ctx = GenericCtx {
        types: ts.ty(ty).inst.clone(),
        methods: args.clone(),
    };
    let mut params = type_params.clone();
    params
        .add(ts, asm, Token::new(TableId::MethodDef, rid), &args, &ctx)
        .map_err(|e| e.to_string())?;
    Ok((m, params))
}

/// A TypeDef's own name and namespace.
fn short_name(ts: &TypeSystem, asm: AssemblyIdx, rid: u32) -> (String, String) {
    let md = &ts.loader.get(asm).image.metadata;
    match md.type_def(rid) {
        Ok(r) => (
            md.string(r.type_name).unwrap_or("?").to_owned(),
            md.string(r.type_namespace).unwrap_or("").to_owned(),
        ),
        Err(_) => ("?".to_owned(), String::new()),
    }
}

/// `Namespace.Outer+Inner`.
fn nested_name(ts: &TypeSystem, asm: AssemblyIdx, rid: u32) -> String {
    let md = &ts.loader.get(asm).image.metadata;
    let (name, ns) = short_name(ts, asm, rid);
    match md.enclosing_type(rid).ok().flatten() {
        Some(e) if e != rid => format!("{}+{name}", nested_name(ts, asm, e)),
        _ if ns.is_empty() => name,
        _ => format!("{ns}.{name}"),
    }
}
