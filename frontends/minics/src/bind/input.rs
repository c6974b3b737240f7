//! One method's binding input, owned and relocated: everything `methods::bind_method`
//! reads (the declaring type's scope and generic context, the body syntax, a
//! constructor's field initializers, the text around them) with every range relative to
//! the body's *anchor*, the first byte of syntax it covers. Two inputs for the same
//! method compare equal when its text did not change, wherever it moved, so the query
//! layer reuses the bound body; the anchor travels beside the input and moves the
//! results (diagnostics, sequence points) back to file positions.

use super::declare::{BodySyntax, MethodSite, TypeSite};
use super::scope::{GenericContext, NsScope};
use crate::syntax::{Expr, Member, MethodBody, relocated};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::MethodId;
use frontend_core::types::TypeId;

/// An owned `BodySyntax`.
#[derive(Clone, PartialEq, Debug)]
pub enum OwnedBody {
    Method(MethodBody),
    Ctor(Option<Member>),
    StaticCtor(Option<Member>),
    Accessor(MethodBody),
    ExprGetter(Expr),
    AutoGet(u32),
    AutoSet(u32),
    EventAdd(u32),
    EventRemove(u32),
}

impl OwnedBody {
    /// The borrowed form the binder works on.
    pub fn syntax(&self) -> BodySyntax<'_> {
        match self {
            OwnedBody::Method(b) => BodySyntax::Method(b),
            OwnedBody::Ctor(m) => BodySyntax::Ctor(m.as_ref()),
            OwnedBody::StaticCtor(m) => BodySyntax::StaticCtor(m.as_ref()),
            OwnedBody::Accessor(b) => BodySyntax::Accessor(b),
            OwnedBody::ExprGetter(e) => BodySyntax::ExprGetter(e),
            OwnedBody::AutoGet(f) => BodySyntax::AutoGet(*f),
            OwnedBody::AutoSet(f) => BodySyntax::AutoSet(*f),
            OwnedBody::EventAdd(f) => BodySyntax::EventAdd(*f),
            OwnedBody::EventRemove(f) => BodySyntax::EventRemove(*f),
        }
    }
}

/// What binding one method needs; ranges relative to the anchor.
#[derive(Clone, PartialEq, Debug)]
pub struct BodyInput {
    pub file: FileId,
    /// The declaring type.
    pub ty: TypeId,
    pub scope: NsScope,
    pub method: MethodId,
    pub generics: GenericContext,
    /// Where "not all code paths return a value" points.
    pub name_range: TextRange,
    pub body: OwnedBody,
    /// Constructors only: the type's field initializers (field index, value, static).
    pub field_inits: Vec<(u32, Expr, bool)>,
    /// The source text from the anchor to the end of the covered syntax.
    pub text: String,
    /// `-checked`.
    pub checked: bool,
    /// The body's local functions: where each name starts and its synthesized method.
    pub local_fns: Vec<(u32, MethodId)>,
    /// The input of local function `k`'s synthesized method (binds the enclosing body).
    pub local_fn: Option<usize>,
    /// `-unsafe`; whether the member or its type is declared `unsafe` (an unsafe
    /// context); whether the member itself is (CS0227 without `-unsafe`).
    pub unsafe_code: bool,
    pub unsafe_member: bool,
    pub unsafe_declared: bool,
}

/// The input for one declared method and its anchor; `None` for methods without IL.
pub fn body_input(
    site: &TypeSite<'_>,
    m: &MethodSite<'_>,
    field_inits: &[(u32, &Expr, bool)],
    src: &str,
    checked: bool,
) -> Option<(u32, BodyInput)> {
    let mut ranges = vec![m.name_range];
    let member_range = |d: Option<&Member>| d.map(|d| d.range);
    let body_range = |b: &MethodBody| match b {
        MethodBody::Block(b) => Some(b.range),
        MethodBody::Expr(e) => Some(e.range),
        MethodBody::None => None,
    };
    let is_ctor = matches!(m.body, BodySyntax::Ctor(_) | BodySyntax::StaticCtor(_));
    match m.body {
        BodySyntax::None => return None,
        BodySyntax::Method(b) | BodySyntax::Accessor(b) => ranges.extend(body_range(b)),
        BodySyntax::Ctor(d) | BodySyntax::StaticCtor(d) => ranges.extend(member_range(d)),
        BodySyntax::ExprGetter(e) => ranges.push(e.range),
        BodySyntax::AutoGet(_)
        | BodySyntax::AutoSet(_)
        | BodySyntax::EventAdd(_)
        | BodySyntax::EventRemove(_) => {}
    }
    let inits: &[(u32, &Expr, bool)] = if is_ctor { field_inits } else { &[] };
    ranges.extend(inits.iter().map(|(_, e, _)| e.range));
    let anchor = ranges.iter().map(|r| r.start).min().unwrap_or(0);
    let end = ranges.iter().map(|r| r.end).max().unwrap_or(anchor);
    let body = match m.body {
        BodySyntax::None => return None,
        BodySyntax::Method(b) => OwnedBody::Method(relocated(b, anchor)),
        BodySyntax::Accessor(b) => OwnedBody::Accessor(relocated(b, anchor)),
        BodySyntax::Ctor(d) => OwnedBody::Ctor(d.map(|d| relocated(d, anchor))),
        BodySyntax::StaticCtor(d) => OwnedBody::StaticCtor(d.map(|d| relocated(d, anchor))),
        BodySyntax::ExprGetter(e) => OwnedBody::ExprGetter(relocated(e, anchor)),
        BodySyntax::AutoGet(f) => OwnedBody::AutoGet(f),
        BodySyntax::AutoSet(f) => OwnedBody::AutoSet(f),
        BodySyntax::EventAdd(f) => OwnedBody::EventAdd(f),
        BodySyntax::EventRemove(f) => OwnedBody::EventRemove(f),
    };
    let mut name_range = m.name_range;
    crate::syntax::Relocate::relocate(&mut name_range, anchor);
    Some((
        anchor,
        BodyInput {
            file: site.file,
            ty: site.id,
            scope: site.scope.clone(),
            method: m.id,
            generics: m.generics.clone(),
            name_range,
            body,
            field_inits: inits
                .iter()
                .map(|(i, e, s)| (*i, relocated(*e, anchor), *s))
                .collect(),
            text: src
                .get(anchor as usize..end as usize)
                .unwrap_or_default()
                .to_owned(),
            checked,
            local_fns: Vec::new(),
            local_fn: None,
            unsafe_code: false,
            unsafe_member: unsafe_member(site, m.name_range)
                || site
                    .decl
                    .modifiers
                    .contains(&crate::syntax::Modifier::Unsafe),
            unsafe_declared: unsafe_member(site, m.name_range),
        },
    ))
}

/// Whether the member declared at `name_range` is marked `unsafe`.
fn unsafe_member(site: &TypeSite<'_>, name_range: TextRange) -> bool {
    use crate::syntax::Modifier;
    site.decl.members.iter().any(|m| {
        m.range.start <= name_range.start
            && name_range.end <= m.range.end
            && m.modifiers.contains(&Modifier::Unsafe)
    })
}
