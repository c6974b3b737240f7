//! What a member or type a name refers to is, language-neutrally, for the languages'
//! hover text: the owner and the member's type instantiated with the owner's type
//! arguments, a method with its signature instantiated, a type with its kind; and where
//! the source declares it. Each language only spells it (`minics::ide`, `minivb::ide`).

use super::refs::Target;
use crate::emit::module::RowSymbol;
use crate::source::{FileId, TextRange};
use crate::symbols::{MethodSym, TypeKind, World};
use crate::types::Ty;

/// The kind of a member that is not a method.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MemberKind {
    Field,
    Constant,
    Property,
    Event,
}

impl MemberKind {
    /// The word both languages' hover text puts first: `(field) …`.
    pub fn word(self) -> &'static str {
        match self {
            MemberKind::Field => "field",
            MemberKind::Constant => "constant",
            MemberKind::Property => "property",
            MemberKind::Event => "event",
        }
    }
}

/// A member or type target, instantiated.
#[derive(Clone, Debug, PartialEq)]
pub enum Described {
    Member {
        kind: MemberKind,
        owner: Ty,
        name: String,
        ty: Ty,
    },
    /// A method with its parameter and return types instantiated.
    Method { owner: Ty, sym: MethodSym },
    /// A type; `flags` tell a VB module (a sealed, abstract class) from a class.
    Type { ty: Ty, kind: TypeKind, flags: u32 },
}

/// What `target` is and, through `row` (a compilation's declared rows), where the source
/// declares it; `None` for locals and parameters (their binders know them).
pub fn describe(
    world: &World,
    target: &Target,
    row: impl Fn(RowSymbol) -> Option<(FileId, TextRange)>,
) -> Option<(Described, Option<(FileId, TextRange)>)> {
    let member = |kind, owner, args: &[Ty], name: &str, ty: &Ty| Described::Member {
        kind,
        owner: world.normalize(owner, args.into()),
        name: name.to_owned(),
        ty: ty.subst(args, &[]),
    };
    Some(match target {
        Target::Field(id, args) => {
            let f = &world.details_of(id.ty).fields[id.idx as usize];
            let kind = if f.is_literal() {
                MemberKind::Constant
            } else {
                MemberKind::Field
            };
            (
                member(kind, id.ty, args, &f.name, &f.ty),
                row(RowSymbol::Field(*id)),
            )
        }
        Target::Property(t, i, args) => {
            let p = world.details_of(*t).properties.get(*i as usize)?;
            (
                member(MemberKind::Property, *t, args, &p.name, &p.ty),
                row(RowSymbol::Property(*t, *i)),
            )
        }
        Target::Event(t, i, args) => {
            let e = world.details_of(*t).events.get(*i as usize)?;
            (
                member(MemberKind::Event, *t, args, &e.name, &e.ty),
                row(RowSymbol::Event(*t, *i)),
            )
        }
        Target::Method(id, args) => {
            let mut sym = world.method_sym(*id).clone();
            for p in &mut sym.params {
                p.ty = p.ty.subst(args, &[]);
            }
            sym.ret = sym.ret.subst(args, &[]);
            let owner = world.normalize(id.ty, args.clone());
            (
                Described::Method { owner, sym },
                row(RowSymbol::Method(*id)),
            )
        }
        Target::Type(ty) => {
            let id = world.type_def_of(ty)?;
            let t = world.ty(id);
            let at = id.is_source().then(|| row(RowSymbol::Type(id))).flatten();
            let what = Described::Type {
                ty: ty.clone(),
                kind: t.kind,
                flags: t.flags,
            };
            (what, at)
        }
        Target::Local(_) | Target::Param(_) => return None,
    })
}
