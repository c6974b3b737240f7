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
use frontend_core::ide::SymbolInfo;
use frontend_core::ide::described::{Described, describe};
use frontend_core::ide::refs::{self, Target};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::{TypeKind, World};
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

/// A member or type: C#'s text for it and, for the source's own, where it is declared.
fn about(
    decls: &Declarations,
    world: &World,
    target: &Target,
) -> Option<(String, Option<(FileId, TextRange)>)> {
    let (what, at) = describe(world, target, |r| decls.row_ranges.get(&r).copied())?;
    let text = match what {
        Described::Member {
            kind,
            owner,
            name,
            ty,
        } => format!(
            "({}) {} {}.{name}",
            kind.word(),
            display::ty(world, &ty),
            display::ty(world, &owner)
        ),
        // `int Bench.C.Work(int)`; a constructor without a return type.
        Described::Method { owner, sym } => {
            let shown = display::method(world, &owner, &sym);
            if sym.is_ctor() {
                shown
            } else {
                format!("{} {shown}", display::ty(world, &sym.ret))
            }
        }
        Described::Type { ty, kind, .. } => {
            let kind = match kind {
                TypeKind::Interface => "interface",
                TypeKind::Struct => "struct",
                TypeKind::Enum => "enum",
                TypeKind::Delegate => "delegate",
                TypeKind::Class => "class",
            };
            format!("{kind} {}", display::ty(world, &ty))
        }
    };
    Some((text, at))
}

/// A declared name (a type's or member's own) holding `offset`.
fn declared(decls: &Declarations, world: &World, file: FileId, offset: u32) -> Option<SymbolInfo> {
    let (target, range) = refs::declared_at(world, decls.row_ranges.iter(), file, offset)?;
    let (hover, definition) = about(decls, world, &target)?;
    Some(SymbolInfo {
        range,
        hover,
        definition,
    })
}
