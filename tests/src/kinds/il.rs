//! `// test: il Type.Method`: one method's IL in Roslyn's `VerifyIL` layout, produced by
//! il-emit's disassembler, held to `name.il`. The program is built by mcs today; the
//! compilers' codegen tests will use the same kind.

use crate::fixture::Fixture;
use crate::{expect, mono, tools};
use il_emit::reader::Assembly;

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let target = f
        .kind
        .strip_prefix("il")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or("`// test: il Type.Method` names no method")?;
    let (type_name, method_name) = target
        .rsplit_once('.')
        .ok_or("the method must be written Type.Method")?;
    let dir = tools::scratch(&f.name)?;
    let exe = dir.join(format!("{}.exe", f.stem()));
    let extra: Vec<&str> = f
        .header("args")
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    let target_kind = if f.header("library").is_some() {
        vec!["-target:library"]
    } else {
        vec![]
    };
    let mut args = extra;
    args.extend(target_kind);
    mono::mcs(&f.path, &exe, &args)?;
    let bytes = std::fs::read(&exe).map_err(|e| e.to_string())?;
    let asm = Assembly::parse(&bytes).map_err(|e| e.to_string())?;
    let md = &asm.metadata;
    let (ns, ty) = type_name.rsplit_once('.').unwrap_or(("", type_name));
    let type_rid = md
        .find_type_def(ns, ty)
        .ok_or(format!("no type {type_name}"))?;
    let methods = md.type_methods(type_rid).map_err(|e| e.to_string())?;
    let matching: Vec<u32> = methods
        .into_iter()
        .filter(|&m| {
            md.method_def(m).ok().and_then(|r| md.string(r.name).ok()) == Some(method_name)
        })
        .collect();
    let [method] = matching.as_slice() else {
        return Err(format!("{} methods named {target}", matching.len()));
    };
    let text = il_emit::disasm::method_il(&asm, *method).map_err(|e| e.to_string())?;
    expect::check(&f.expectation("il"), &text)
}
