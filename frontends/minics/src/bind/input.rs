//! One method's binding input: everything `methods::bind_method` reads (the declaring
//! type's scope and generic context, the body syntax, a constructor's field
//! initializers, the file's text). The syntax is not copied: the input shares the parsed
//! members (`Arc<Member>`) with the file's tree, and its ranges stay file positions.
//!
//! The input records its *anchor*, the first byte of syntax it covers, and compares
//! equal to another input for the same method when the text did not change, wherever
//! it moved: the comparison ignores the anchor and looks at every range relative to it.
//! So the query layer reuses the bound body of a method that merely moved, and binding
//! reports relative to the anchor (`BodyBinder::anchor`); the anchor beside the input
//! moves the results (diagnostics, sequence points) back to file positions.

use super::declare::{BodySyntax, FieldInit, MethodSite, TypeSite};
use super::scope::{GenericContext, NsScope};
use crate::syntax::{Expr, Member, MemberKind, MethodBody, Shift, ShiftEq};
use frontend_core::source::{FileId, TextRange};
use frontend_core::symbols::MethodId;
use frontend_core::types::TypeId;
use std::sync::Arc;

/// Which piece of a member some syntax is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    /// A method's, constructor's, destructor's, operator's or conversion's body.
    Body,
    /// Accessor `k`'s body.
    Accessor(usize),
    /// A property's or indexer's `=> expr`.
    ExprBody,
    /// Declarator `k`'s initializer (fields, field-like events).
    Declarator(usize),
    /// An auto-property's initializer.
    Initializer,
}

/// A piece of a parsed member, held through the member (shared with the tree).
#[derive(Clone, Debug)]
pub struct MemberPart {
    member: Arc<Member>,
    part: Part,
}

impl MemberPart {
    /// The part of `member` that `body` is (found by identity).
    fn of_body(member: &Arc<Member>, body: &MethodBody) -> Option<MemberPart> {
        let part = match &member.kind {
            MemberKind::Method { body: b, .. }
            | MemberKind::Constructor { body: b, .. }
            | MemberKind::Destructor { body: b, .. }
            | MemberKind::Operator { body: b, .. }
            | MemberKind::Conversion { body: b, .. }
                if std::ptr::eq(b, body) =>
            {
                Part::Body
            }
            MemberKind::Property { accessors, .. }
            | MemberKind::Indexer { accessors, .. }
            | MemberKind::Event { accessors, .. } => {
                Part::Accessor(accessors.iter().position(|a| std::ptr::eq(&a.body, body))?)
            }
            _ => return None,
        };
        Some(MemberPart {
            member: member.clone(),
            part,
        })
    }

    /// The part of `member` that `e` is (found by identity).
    fn of_expr(member: &Arc<Member>, e: &Expr) -> Option<MemberPart> {
        let is = |x: &Option<Expr>| x.as_ref().is_some_and(|x| std::ptr::eq(x, e));
        let part = match &member.kind {
            MemberKind::Property {
                expression_body, ..
            }
            | MemberKind::Indexer {
                expression_body, ..
            } if is(expression_body) => Part::ExprBody,
            MemberKind::Property { initializer, .. } if is(initializer) => Part::Initializer,
            MemberKind::Field { declarators, .. } | MemberKind::Event { declarators, .. } => {
                Part::Declarator(declarators.iter().position(|v| is(&v.init))?)
            }
            _ => return None,
        };
        Some(MemberPart {
            member: member.clone(),
            part,
        })
    }

    /// The body this part is, if it is one.
    pub fn body(&self) -> Option<&MethodBody> {
        match (&self.member.kind, self.part) {
            (
                MemberKind::Method { body, .. }
                | MemberKind::Constructor { body, .. }
                | MemberKind::Destructor { body, .. }
                | MemberKind::Operator { body, .. }
                | MemberKind::Conversion { body, .. },
                Part::Body,
            ) => Some(body),
            (
                MemberKind::Property { accessors, .. }
                | MemberKind::Indexer { accessors, .. }
                | MemberKind::Event { accessors, .. },
                Part::Accessor(k),
            ) => accessors.get(k).map(|a| &a.body),
            _ => None,
        }
    }

    /// The member this is a part of.
    pub fn member(&self) -> &Member {
        &self.member
    }

    /// The expression this part is, if it is one.
    pub fn expr(&self) -> Option<&Expr> {
        match (&self.member.kind, self.part) {
            (
                MemberKind::Property {
                    expression_body: Some(e),
                    ..
                }
                | MemberKind::Indexer {
                    expression_body: Some(e),
                    ..
                },
                Part::ExprBody,
            )
            | (
                MemberKind::Property {
                    initializer: Some(e),
                    ..
                },
                Part::Initializer,
            ) => Some(e),
            (
                MemberKind::Field { declarators, .. } | MemberKind::Event { declarators, .. },
                Part::Declarator(k),
            ) => declarators.get(k).and_then(|v| v.init.as_ref()),
            _ => None,
        }
    }
}

/// Where a method's body comes from, owning (sharing) its syntax.
#[derive(Clone, Debug)]
pub enum OwnedBody {
    Method(MemberPart),
    Ctor(Option<Arc<Member>>),
    StaticCtor(Option<Arc<Member>>),
    Accessor(MemberPart),
    ExprGetter(MemberPart),
    AutoGet(u32),
    AutoSet(u32),
    EventAdd(u32),
    EventRemove(u32),
}

impl OwnedBody {
    /// The borrowed form the binder works on.
    pub fn syntax(&self) -> BodySyntax<'_> {
        match self {
            OwnedBody::Method(p) => p.body().map_or(BodySyntax::None, BodySyntax::Method),
            OwnedBody::Ctor(m) => BodySyntax::Ctor(m.as_ref()),
            OwnedBody::StaticCtor(m) => BodySyntax::StaticCtor(m.as_ref()),
            OwnedBody::Accessor(p) => p.body().map_or(BodySyntax::None, BodySyntax::Accessor),
            OwnedBody::ExprGetter(p) => p.expr().map_or(BodySyntax::None, BodySyntax::ExprGetter),
            OwnedBody::AutoGet(f) => BodySyntax::AutoGet(*f),
            OwnedBody::AutoSet(f) => BodySyntax::AutoSet(*f),
            OwnedBody::EventAdd(f) => BodySyntax::EventAdd(*f),
            OwnedBody::EventRemove(f) => BodySyntax::EventRemove(*f),
        }
    }

    /// The member declaring this body, when the source declares one.
    pub fn member(&self) -> Option<&Member> {
        match self {
            OwnedBody::Method(p) | OwnedBody::Accessor(p) | OwnedBody::ExprGetter(p) => {
                Some(p.member())
            }
            OwnedBody::Ctor(m) | OwnedBody::StaticCtor(m) => m.as_deref(),
            _ => None,
        }
    }

    /// Whether the two bodies are the same syntax, each relative to its anchor.
    fn shift_eq(&self, other: &OwnedBody, s: Shift) -> bool {
        match (self.syntax(), other.syntax()) {
            (BodySyntax::Method(a), BodySyntax::Method(b))
            | (BodySyntax::Accessor(a), BodySyntax::Accessor(b)) => a.shift_eq(b, s),
            (BodySyntax::Ctor(a), BodySyntax::Ctor(b))
            | (BodySyntax::StaticCtor(a), BodySyntax::StaticCtor(b)) => a.shift_eq(&b, s),
            (BodySyntax::ExprGetter(a), BodySyntax::ExprGetter(b)) => a.shift_eq(b, s),
            (BodySyntax::AutoGet(a), BodySyntax::AutoGet(b))
            | (BodySyntax::AutoSet(a), BodySyntax::AutoSet(b))
            | (BodySyntax::EventAdd(a), BodySyntax::EventAdd(b))
            | (BodySyntax::EventRemove(a), BodySyntax::EventRemove(b)) => a == b,
            (BodySyntax::None, BodySyntax::None) => true,
            _ => false,
        }
    }
}

/// A constructor's field initializer: the field, its value, whether it is static.
#[derive(Clone, Debug)]
pub struct OwnedInit {
    pub field: u32,
    pub value: MemberPart,
    pub is_static: bool,
}

/// What binding one method needs. Syntax ranges are file positions; `name_range` and
/// `local_fns` are relative to `anchor`.
#[derive(Clone, Debug)]
pub struct BodyInput {
    pub file: FileId,
    /// The declaring type.
    pub ty: TypeId,
    pub scope: Arc<NsScope>,
    pub method: MethodId,
    pub generics: GenericContext,
    /// The first byte of syntax the input covers (not compared).
    pub anchor: u32,
    /// Where the covered syntax ends.
    pub end: u32,
    /// Where "not all code paths return a value" points.
    pub name_range: TextRange,
    pub body: OwnedBody,
    /// Constructors only: the type's field initializers.
    pub field_inits: Vec<OwnedInit>,
    /// The whole file's text (only `anchor..end` is compared).
    pub src: Arc<str>,
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

impl BodyInput {
    /// The covered text.
    fn text(&self) -> &str {
        self.src
            .get(self.anchor as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// A file position made relative to the anchor (clamped at zero).
    pub fn relative(&self, r: TextRange) -> TextRange {
        TextRange {
            start: r.start.saturating_sub(self.anchor),
            end: r.end.saturating_sub(self.anchor),
        }
    }

    /// A range relative to the anchor made a file position.
    pub fn absolute(&self, r: TextRange) -> TextRange {
        TextRange {
            start: r.start + self.anchor,
            end: r.end + self.anchor,
        }
    }
}

impl PartialEq for BodyInput {
    /// Equal when binding would give the same (relative) result: everything but the
    /// anchor, with the syntax compared relative to each side's anchor (no copies).
    fn eq(&self, other: &BodyInput) -> bool {
        let s = Shift {
            a: self.anchor,
            b: other.anchor,
        };
        self.file == other.file
            && self.ty == other.ty
            && self.method == other.method
            && self.checked == other.checked
            && self.local_fn == other.local_fn
            && self.unsafe_code == other.unsafe_code
            && self.unsafe_member == other.unsafe_member
            && self.unsafe_declared == other.unsafe_declared
            && self.name_range == other.name_range
            && self.local_fns == other.local_fns
            && self.generics == other.generics
            && self.scope == other.scope
            && self.text() == other.text()
            && self.field_inits.len() == other.field_inits.len()
            && self
                .field_inits
                .iter()
                .zip(&other.field_inits)
                .all(|(a, b)| {
                    a.field == b.field
                        && a.is_static == b.is_static
                        && a.value.expr().shift_eq(&b.value.expr(), s)
                })
            && self.body.shift_eq(&other.body, s)
    }
}

/// The input for one declared method; `None` for methods without IL.
fn body_input(
    site: &TypeSite<'_>,
    m: &MethodSite<'_>,
    field_inits: &[FieldInit<'_>],
    src: &Arc<str>,
    checked: bool,
) -> Option<BodyInput> {
    let mut ranges = vec![m.name_range];
    let member_range = |d: Option<&Arc<Member>>| d.map(|d| d.range);
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
    let inits: &[FieldInit<'_>] = if is_ctor { field_inits } else { &[] };
    ranges.extend(inits.iter().map(|i| i.value.range));
    let anchor = ranges.iter().map(|r| r.start).min().unwrap_or(0);
    let end = ranges.iter().map(|r| r.end).max().unwrap_or(anchor);
    let part = |b: &MethodBody| m.member.and_then(|mem| MemberPart::of_body(mem, b));
    let body = match m.body {
        BodySyntax::None => return None,
        BodySyntax::Method(b) => OwnedBody::Method(part(b)?),
        BodySyntax::Accessor(b) => OwnedBody::Accessor(part(b)?),
        BodySyntax::Ctor(d) => OwnedBody::Ctor(d.cloned()),
        BodySyntax::StaticCtor(d) => OwnedBody::StaticCtor(d.cloned()),
        BodySyntax::ExprGetter(e) => {
            OwnedBody::ExprGetter(m.member.and_then(|mem| MemberPart::of_expr(mem, e))?)
        }
        BodySyntax::AutoGet(f) => OwnedBody::AutoGet(f),
        BodySyntax::AutoSet(f) => OwnedBody::AutoSet(f),
        BodySyntax::EventAdd(f) => OwnedBody::EventAdd(f),
        BodySyntax::EventRemove(f) => OwnedBody::EventRemove(f),
    };
    let field_inits = inits
        .iter()
        .filter_map(|i| {
            Some(OwnedInit {
                field: i.field,
                value: MemberPart::of_expr(i.member, i.value)?,
                is_static: i.is_static,
            })
        })
        .collect();
    let declared = unsafe_member(site, m.name_range);
    let mut input = BodyInput {
        file: site.file,
        ty: site.id,
        scope: site.scope.clone(),
        method: m.id,
        generics: m.generics.clone(),
        anchor,
        end,
        name_range: m.name_range,
        body,
        field_inits,
        src: src.clone(),
        checked,
        local_fns: Vec::new(),
        local_fn: None,
        unsafe_code: false,
        unsafe_member: declared
            || site
                .decl
                .modifiers
                .contains(&crate::syntax::Modifier::Unsafe),
        unsafe_declared: declared,
    };
    input.name_range = input.relative(m.name_range);
    Some(input)
}

/// What every method's binding input is made with, besides its declaration.
pub struct InputOptions {
    /// Each file's text, shared by its methods' inputs.
    pub texts: Vec<Arc<str>>,
    pub checked: bool,
    pub unsafe_code: bool,
}

/// The binding input of a declared method of `site` with its anchor; `None` for
/// methods without IL. Made as each type is declared (`Declarer::run_range`), on
/// whichever thread declares it.
pub fn method_input(
    o: &InputOptions,
    site: &TypeSite<'_>,
    m: &MethodSite<'_>,
    field_inits: &[FieldInit<'_>],
) -> Option<(MethodId, u32, Arc<BodyInput>)> {
    let empty: Arc<str>;
    let text = match o.texts.get(site.file.0 as usize) {
        Some(text) => text,
        None => {
            empty = Arc::from("");
            &empty
        }
    };
    let mut input = body_input(site, m, field_inits, text, o.checked)?;
    input.unsafe_code = o.unsafe_code;
    Some((m.id, input.anchor, Arc::new(input)))
}

/// Whether the member declared at `name_range` is marked `unsafe`.
fn unsafe_member(site: &TypeSite<'_>, name_range: TextRange) -> bool {
    use crate::syntax::Modifier;
    // Members are in source order, apart: the one holding the name is found by halving
    // (a scan per method would make a type of many methods quadratic).
    let members = &site.decl.members;
    let i = members.partition_point(|m| m.range.end < name_range.end);
    members.get(i).is_some_and(|m| {
        m.range.start <= name_range.start
            && name_range.end <= m.range.end
            && m.modifiers.contains(&Modifier::Unsafe)
    })
}
