//! What the name at a position refers to, for hover and go to definition. minivb binds a
//! compilation in one pass, so the compilation is bound again with names noted
//! (`frontend_core::ide::refs`) and the innermost name holding the position wins;
//! elsewhere a declared name (a type's or member's own) answers for itself. The text is
//! VB's (`(local variable) sum As Integer`, `Function Shop.Cart.Add(price As Integer)
//! As Integer`); the definition is where the source declares the symbol, when it does.

use crate::bind::{Bound, display};
use crate::syntax::{MemberKind, NamespaceMember, TypeDecl};
use frontend_core::db::Compilation;
use frontend_core::emit::module::RowSymbol;
use frontend_core::ide::SymbolInfo;
use frontend_core::ide::described::{Described, describe};
use frontend_core::ide::refs::{self, Target};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::TypeKind;
use frontend_core::types::Ty;

/// What the name at `offset` of `file` refers to, if it names something.
pub fn symbol_at(
    db: &dyn salsa::Database,
    comp: Compilation,
    file: FileId,
    offset: u32,
) -> Option<SymbolInfo> {
    let (bound, notes) = refs::recording(|| crate::db::bind_compilation(db, comp));
    if let Some(hit) = refs::innermost(&notes, file, offset) {
        let (hover, definition) = match &hit.target {
            Target::Local(id) => {
                let body = &bound.bodies.get(&hit.body?)?.0;
                let local = body.locals.get(id.0 as usize)?;
                let decl = refs::declaration_of(&notes, hit).map(|r| (r.file, r.range));
                let ty = display::ty(&bound.world, &local.ty);
                (format!("(local variable) {} As {ty}", local.name), decl)
            }
            Target::Param(n) => {
                let method = hit.body?;
                let m = bound.world.method_sym(method);
                let p = m
                    .params
                    .get(usize::from(*n) - usize::from(!m.is_static()))?;
                let ty = display::ty(&bound.world, &p.ty);
                let at = bound
                    .row_ranges
                    .get(&RowSymbol::Method(method))
                    .and_then(|&(f, name)| {
                        let source = *comp.files(db).get(f.0 as usize)?;
                        let unit = &crate::db::parse_file(db, comp, source).unit;
                        param_name(&unit.members, name, &p.name).map(|r| (f, r))
                    });
                (format!("(parameter) {} As {ty}", p.name), at)
            }
            other => about(&bound, other)?,
        };
        return Some(SymbolInfo {
            range: hit.range,
            hover,
            definition,
        });
    }
    let (target, range) = refs::declared_at(&bound.world, bound.row_ranges.iter(), file, offset)?;
    let (hover, definition) = about(&bound, &target)?;
    Some(SymbolInfo {
        range,
        hover,
        definition,
    })
}

/// A member or type: VB's text for it and, for the source's own, where it is declared.
fn about(bound: &Bound, target: &Target) -> Option<(String, Option<(FileId, TextRange)>)> {
    let world = &bound.world;
    let (what, at) = describe(world, target, |r| bound.row_ranges.get(&r).copied())?;
    let text = match what {
        Described::Member {
            kind,
            owner,
            name,
            ty,
        } => format!(
            "({}) {}.{name} As {}",
            kind.word(),
            display::ty(world, &owner),
            display::ty(world, &ty)
        ),
        // `Function Shop.Cart.Add(price As Integer) As Integer`, `Sub New()`.
        Described::Method { owner, sym } => {
            let name = if sym.is_ctor() {
                "New"
            } else {
                sym.name.as_str()
            };
            let kw = if sym.ret == Ty::Void {
                "Sub"
            } else {
                "Function"
            };
            let params: Vec<String> = sym
                .params
                .iter()
                .map(|p| format!("{} As {}", p.name, display::ty(world, &p.ty)))
                .collect();
            let owner = display::ty(world, &owner);
            let mut s = format!("{kw} {owner}.{name}({})", params.join(", "));
            if sym.ret != Ty::Void {
                s.push_str(&format!(" As {}", display::ty(world, &sym.ret)));
            }
            s
        }
        Described::Type { ty, kind, flags } => {
            use frontend_core::symbols::type_flags::{ABSTRACT, SEALED};
            let kind = match kind {
                TypeKind::Interface => "Interface",
                TypeKind::Struct => "Structure",
                TypeKind::Enum => "Enum",
                TypeKind::Delegate => "Delegate",
                // A module is a sealed, abstract class to the metadata.
                TypeKind::Class if flags & SEALED != 0 && flags & ABSTRACT != 0 => "Module",
                TypeKind::Class => "Class",
            };
            format!("{kind} {}", display::ty(world, &ty))
        }
    };
    Some((text, at))
}

/// The declaring name of the parameter `param` of the member whose name is at `name`.
fn param_name(members: &[NamespaceMember], name: TextRange, param: &str) -> Option<TextRange> {
    members.iter().find_map(|m| match m {
        NamespaceMember::Namespace(ns) => param_name(&ns.members, name, param),
        NamespaceMember::Type(t) => param_in_type(t, name, param),
        NamespaceMember::Error(_) => None,
    })
}

fn param_in_type(t: &TypeDecl, name: TextRange, param: &str) -> Option<TextRange> {
    if !(t.range.start <= name.start && name.end <= t.range.end) {
        return None;
    }
    t.members.iter().find_map(|m| {
        let params = match &m.kind {
            MemberKind::Type(inner) => return param_in_type(inner, name, param),
            _ if !(m.range.start <= name.start && name.end <= m.range.end) => return None,
            MemberKind::Method { signature, .. } | MemberKind::Declare { signature, .. } => {
                &signature.params
            }
            MemberKind::Constructor { params, .. }
            | MemberKind::Property { params, .. }
            | MemberKind::Operator { params, .. } => params,
            _ => return None,
        };
        params
            .iter()
            .find(|p| p.name.name.text.eq_ignore_ascii_case(param))
            .map(|p| p.name.name.range)
    })
}
