//! What the name at a position refers to, for hover and go to definition. Inside a body,
//! the body is bound again with its references noted (`frontend_core::ide::refs`) and
//! the innermost name holding the position wins; elsewhere, a declared name (a type's
//! or member's own) answers for itself. The text is C#'s (`(local variable) int
//! acc`, `int Bench.C.Work(int)`); the definition is where the source declares the
//! symbol, when it does.

use crate::bind::display;
use crate::bind::input::BodyInput;
use crate::bind::{self as binder, Declarations};
use crate::syntax::{MemberKind, Parameter};
use frontend_core::db::Compilation;
use frontend_core::emit::module::RowSymbol;
use frontend_core::ide::SymbolInfo;
use frontend_core::ide::refs::{self, Target};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{MethodId, TypeKind, World};
use frontend_core::types::Ty;
use std::sync::Arc;

/// What the name at `offset` of `file` refers to, if it names something.
pub fn symbol_at(
    db: &dyn salsa::Database,
    comp: Compilation,
    file: FileId,
    offset: u32,
) -> Option<SymbolInfo> {
    let decls = crate::db::declarations(db, comp);
    let world = decls.world.clone();
    in_body(&decls, &world, file, offset).or_else(|| declared(&decls, &world, file, offset))
}

/// A name inside the innermost body holding `offset`.
fn in_body(
    decls: &Declarations,
    world: &Arc<World>,
    file: FileId,
    offset: u32,
) -> Option<SymbolInfo> {
    let (_, _, input) = decls
        .bodies
        .iter()
        .filter(|(_, _, i)| {
            i.file == file && i.local_fn.is_none() && i.anchor <= offset && offset <= i.end
        })
        .min_by_key(|(_, _, i)| i.end - i.anchor)?;
    let (bound, notes) = refs::recording(|| binder::bind_body(world, input));
    let hit = refs::innermost(&notes, file, offset)?;
    let body = bound.body.as_deref();
    let (hover, definition) = match &hit.target {
        Target::Local(id) => {
            let local = body?.locals.get(id.0 as usize)?;
            let decl = refs::declaration_of(&notes, hit).map(|r| (r.file, r.range));
            (
                format!(
                    "(local variable) {} {}",
                    display::ty(world, &local.ty),
                    local.name
                ),
                decl,
            )
        }
        Target::Param(n) => param(world, input, *n)?,
        other => about(decls, world, other)?,
    };
    Some(SymbolInfo {
        range: hit.range,
        hover,
        definition,
    })
}

/// A parameter by IL index: its text and its name in the member's syntax.
fn param(
    world: &World,
    input: &BodyInput,
    n: u16,
) -> Option<(String, Option<(FileId, TextRange)>)> {
    let m = world.method_sym(input.method);
    let index = usize::from(n) - usize::from(!m.is_static());
    let p = m.params.get(index)?;
    let text = format!("(parameter) {} {}", display::ty(world, &p.ty), p.name);
    let syntax: Option<&[Parameter]> = input.body.member().and_then(|member| match &member.kind {
        MemberKind::Method { params, .. }
        | MemberKind::Constructor { params, .. }
        | MemberKind::Operator { params, .. }
        | MemberKind::Conversion { params, .. }
        | MemberKind::Indexer { params, .. } => Some(params.as_slice()),
        _ => None,
    });
    let at = syntax
        .and_then(|ps| ps.iter().find(|q| *q.name.text == *p.name))
        .map(|q| (input.file, q.name.range));
    Some((text, at))
}

/// A member or type: its text and, for the source's own, where it is declared.
fn about(
    decls: &Declarations,
    world: &World,
    target: &Target,
) -> Option<(String, Option<(FileId, TextRange)>)> {
    let row = |r: RowSymbol| decls.row_ranges.get(&r).copied();
    Some(match target {
        Target::Field(id, args) => {
            let f = &world.details_of(id.ty).fields[id.idx as usize];
            let owner = display::ty(world, &world.normalize(id.ty, args.clone()));
            let kind = if f.is_literal() { "constant" } else { "field" };
            let ty = display::ty(world, &f.ty.subst(args, &[]));
            (
                format!("({kind}) {ty} {owner}.{}", f.name),
                row(RowSymbol::Field(*id)),
            )
        }
        Target::Property(t, i, args) => {
            let p = world.details_of(*t).properties.get(*i as usize)?;
            let owner = display::ty(world, &world.normalize(*t, args.clone()));
            let ty = display::ty(world, &p.ty.subst(args, &[]));
            (
                format!("(property) {ty} {owner}.{}", p.name),
                row(RowSymbol::Property(*t, *i)),
            )
        }
        Target::Event(t, i, args) => {
            let e = world.details_of(*t).events.get(*i as usize)?;
            let owner = display::ty(world, &world.normalize(*t, args.clone()));
            let ty = display::ty(world, &e.ty.subst(args, &[]));
            (
                format!("(event) {ty} {owner}.{}", e.name),
                row(RowSymbol::Event(*t, *i)),
            )
        }
        Target::Method(id, args) => (method(world, *id, args), row(RowSymbol::Method(*id))),
        Target::Type(ty) => {
            let id = world.type_def_of(ty)?;
            let kind = match world.ty(id).kind {
                TypeKind::Interface => "interface",
                TypeKind::Struct => "struct",
                TypeKind::Enum => "enum",
                TypeKind::Delegate => "delegate",
                TypeKind::Class => "class",
            };
            let at = id.is_source().then(|| row(RowSymbol::Type(id))).flatten();
            (format!("{kind} {}", display::ty(world, ty)), at)
        }
        Target::Local(_) | Target::Param(_) => return None,
    })
}

/// A method as C# shows it on hover, its declaring type instantiated with `args`:
/// `int Bench.C.Work(int)`, `void List<int>.Add(int)`; a constructor without a return
/// type.
fn method(world: &World, id: MethodId, args: &[Ty]) -> String {
    let mut m = world.method_sym(id).clone();
    for p in &mut m.params {
        p.ty = p.ty.subst(args, &[]);
    }
    let owner = world.normalize(id.ty, args.into());
    let shown = display::method(world, &owner, &m);
    if m.is_ctor() {
        shown
    } else {
        format!("{} {shown}", display::ty(world, &m.ret.subst(args, &[])))
    }
}

/// A declared name (a type's or member's own) holding `offset`.
fn declared(decls: &Declarations, world: &World, file: FileId, offset: u32) -> Option<SymbolInfo> {
    let (target, range) = refs::declared_at(decls.row_ranges.iter(), file, offset)?;
    let target = match target {
        // Primitive types print as C# spells them (`int`, not `System.Int32`).
        Target::Type(Ty::Named(id, args)) => Target::Type(world.normalize(id, args)),
        other => other,
    };
    let (hover, definition) = about(decls, world, &target)?;
    Some(SymbolInfo {
        range,
        hover,
        definition,
    })
}
