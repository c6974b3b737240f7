//! Equality up to position: two pieces of the tree are `shift_eq` when they are equal
//! once every range in each is taken relative to its own anchor (`range - anchor`).
//! A method body compares equal to itself later in the file however the text before it
//! grew or shrank, which is what lets the query layer keep a body's binding when only
//! other bodies changed, without copying the body to move its ranges. Ranges before the
//! anchor (none in a well-formed member; a missing identifier's empty range may be)
//! count as zero.
//!
//! Every struct and variant is taken apart without `..`, so a field added to the tree
//! fails to compile here until it takes part in the comparison.

use super::*;
use frontend_core::source::TextRange;
use std::sync::Arc;

/// The two anchors: `a` for the left side, `b` for the right.
#[derive(Clone, Copy, Debug)]
pub struct Shift {
    pub a: u32,
    pub b: u32,
}

/// Equality with each side's ranges relative to its anchor.
pub trait ShiftEq {
    fn shift_eq(&self, other: &Self, s: Shift) -> bool;
}

impl ShiftEq for TextRange {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        self.start.saturating_sub(s.a) == o.start.saturating_sub(s.b)
            && self.end.saturating_sub(s.a) == o.end.saturating_sub(s.b)
    }
}

impl<T: ShiftEq + ?Sized> ShiftEq for &T {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        (**self).shift_eq(*o, s)
    }
}

impl<T: ShiftEq> ShiftEq for [T] {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        self.len() == o.len() && self.iter().zip(o).all(|(x, y)| x.shift_eq(y, s))
    }
}

impl<T: ShiftEq> ShiftEq for Vec<T> {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        self.as_slice().shift_eq(o.as_slice(), s)
    }
}

impl<T: ShiftEq> ShiftEq for Option<T> {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        match (self, o) {
            (Some(x), Some(y)) => x.shift_eq(y, s),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<T: ShiftEq + ?Sized> ShiftEq for Box<T> {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        (**self).shift_eq(&**o, s)
    }
}

impl<T: ShiftEq + ?Sized> ShiftEq for Arc<T> {
    fn shift_eq(&self, o: &Self, s: Shift) -> bool {
        (Arc::ptr_eq(self, o) && s.a == s.b) || (**self).shift_eq(&**o, s)
    }
}

impl ShiftEq for () {
    fn shift_eq(&self, _: &Self, _: Shift) -> bool {
        true
    }
}

/// Tuples, element by element.
macro_rules! tuples {
    ($( ($($n:tt $t:ident),+) )*) => {$(
        impl<$($t: ShiftEq),+> ShiftEq for ($($t,)+) {
            fn shift_eq(&self, o: &Self, s: Shift) -> bool {
                $( self.$n.shift_eq(&o.$n, s) )&&+
            }
        }
    )*};
}

tuples! {
    (0 A)
    (0 A, 1 B)
    (0 A, 1 B, 2 C)
    (0 A, 1 B, 2 C, 3 D)
    (0 A, 1 B, 2 C, 3 D, 4 E)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H, 8 I, 9 J, 10 K, 11 L)
}

/// Values without ranges: plain equality.
macro_rules! plain {
    ($($t:ty),* $(,)?) => {$(
        impl ShiftEq for $t {
            fn shift_eq(&self, o: &Self, _: Shift) -> bool {
                self == o
            }
        }
    )*};
}

plain!(
    bool,
    u16,
    u32,
    str,
    String,
    Modifier,
    TypeDeclKind,
    ParamModifier,
    PredefinedType,
    LiteralKind,
    BinaryOp,
    UnaryOp,
    PostfixOp,
    ArgModifier,
);

/// Structs: every field, taken apart without `..`.
macro_rules! fields {
    ($($t:ident { $($f:ident),* })*) => {$(
        impl ShiftEq for $t {
            fn shift_eq(&self, o: &Self, s: Shift) -> bool {
                let $t { $($f),* } = self;
                let a = ($($f,)*);
                let $t { $($f),* } = o;
                let b = ($($f,)*);
                a.shift_eq(&b, s)
            }
        }
    )*};
}

fields! {
    Ident { text, range }
    QualifiedName { parts, range }
    AttributeSection { target, attributes, range }
    Attribute { name, args, range }
    AttributeArg { name, value }
    TypeSyntax { kind, range }
    ConstraintClause { param, constraints }
    Parameter { attributes, modifier, ty, name, default }
    Accessor { attributes, modifiers, kind, body }
    ConstructorInitializer { is_base, args }
    TypeDecl { attributes, modifiers, kind, name, type_params, variance, bases, constraints, members, enum_members, delegate, range }
    Member { attributes, modifiers, kind, range }
    Expr { kind, range }
    Argument { name, modifier, value }
    LambdaParam { modifier, ty, name }
    Block { statements, range, may_yield, may_have_local_fns }
    Stmt { kind, range }
    VariableDeclarator { name, init }
    LocalDecl { is_const, ty, declarators }
    SwitchSection { labels, statements }
    CatchClause { ty, name, filter, body }
    LocalFunction { is_static, return_type, name, type_params, params, constraints, body }
}

/// Enums: the same variant on both sides, then every field (struct-like `V { a, b }`,
/// tuple-like `V(a, b)`, or unit `V`).
macro_rules! variants {
    ($t:ident { $($v:ident $( { $($f:ident),* } )? $( ( $($p:ident),* ) )?),* $(,)? }) => {
        impl ShiftEq for $t {
            fn shift_eq(&self, o: &Self, s: Shift) -> bool {
                match self {
                    $( $t::$v $( { $($f),* } )? $( ( $($p),* ) )? => {
                        let a = ( $( $($f,)* )? $( $($p,)* )? );
                        let $t::$v $( { $($f),* } )? $( ( $($p),* ) )? = o else {
                            return false;
                        };
                        let b = ( $( $($f,)* )? $( $($p,)* )? );
                        a.shift_eq(&b, s)
                    } )*
                }
            }
        }
    };
}

variants!(TypeKind {
    Predefined(p),
    Named { qualifier, name, args },
    Array { element, rank },
    Nullable(t),
    Pointer(t),
});

variants!(Constraint {
    Class,
    Struct,
    New,
    Type(t)
});

variants!(MethodBody {
    Block(b),
    Expr(e),
    None
});

variants!(MemberKind {
    Field { ty, declarators },
    Method { return_type, explicit_interface, name, type_params, params, constraints, body },
    Constructor { name, params, initializer, body },
    Destructor { name, body },
    Property { ty, explicit_interface, name, accessors, expression_body, initializer },
    Indexer { ty, explicit_interface, params, accessors, expression_body },
    Event { ty, declarators, explicit_interface, name, accessors },
    Operator { return_type, operator, params, body },
    Conversion { implicit, ty, params, body },
    Type(t),
    Error,
});

variants!(InterpolationPart {
    Text(text, range),
    Hole { expr, alignment, format },
});

variants!(LambdaBody {
    Expr(e),
    Block(b)
});

variants!(Initializer {
    Object(v),
    Collection(v)
});

variants!(ExprKind {
    Literal(k),
    Interpolated(parts),
    Name { name, type_args },
    PredefinedType(t),
    Member { target, name, type_args },
    ConditionalMember { target, name },
    Invocation { target, args },
    ElementAccess { target, args },
    ConditionalElement { target, args },
    PointerMember { target, name },
    Unary { op, operand },
    Postfix { op, operand },
    Binary { op, left, right },
    Assign { op, target, value },
    Conditional { condition, then, otherwise },
    Cast { ty, operand },
    IsConstant { operand, value },
    OutVar { ty, name },
    Is { operand, ty, designation },
    As { operand, ty },
    New { ty, args, initializer },
    NewArray { ty, sizes, initializer },
    NewImplicitArray { initializer },
    ArrayInitializer(v),
    StackAlloc { element, size },
    Typeof(t),
    Sizeof(t),
    Default(t),
    Nameof(e),
    Checked(e),
    Unchecked(e),
    This,
    Base,
    Lambda { params, body },
    AnonymousMethod { params, body },
    Throw(e),
    Parenthesized(e),
    Error,
});

variants!(SwitchLabel {
    Case(e),
    Default
});

variants!(ForInit {
    Decl(d),
    Exprs(v)
});

variants!(UsingResource {
    Decl(d),
    Expr(e)
});

variants!(GotoTarget {
    Label(l),
    Case(e),
    Default
});

variants!(StmtKind {
    Block(b),
    Empty,
    LocalDecl(d),
    LocalFunction(f),
    Expr(e),
    If { condition, then, otherwise },
    While { condition, body },
    Do { body, condition },
    For { init, condition, step, body },
    Foreach { ty, name, collection, body },
    Break,
    Continue,
    Return(e),
    Throw(e),
    Goto(g),
    Labeled { label, statement },
    Switch { value, sections },
    Try { body, catches, finally },
    Checked(b),
    Unchecked(b),
    Unsafe(b),
    Fixed { decl, body },
    Using { resource, body },
    YieldReturn(e),
    YieldBreak,
    Error,
});

#[cfg(test)]
mod tests {
    use super::{Shift, ShiftEq};
    use crate::parser::{Defines, parse};
    use crate::syntax::{Member, NamespaceMember};
    use frontend_core::source::FileId;
    use std::sync::Arc;

    /// The last member of the first type of `text`, with its start.
    fn member(text: &str) -> (Arc<Member>, u32) {
        let (unit, diags) = parse(FileId(0), text, &Defines::default());
        assert!(diags.is_empty(), "{diags:?}");
        let NamespaceMember::Type(t) = &unit.members[0] else {
            panic!("no type")
        };
        let m = t.members.last().cloned().expect("a member");
        let start = m.range.start;
        (m, start)
    }

    /// The same method, later in the file, is equal relative to its start; an edit
    /// inside it, or comparing at the same anchors, is not.
    #[test]
    fn moved_member_is_equal_relative_to_its_anchor() {
        let body = "void M(int a) { var s = $\"{a,3:x}\"; if (a > 1) M(a - 1); else { } }";
        let (first, a) = member(&format!("class C {{ {body} }}"));
        let (second, b) = member(&format!("class C {{ int f = 12345; {body} }}"));
        assert_ne!(a, b, "the member really moved");
        assert!(first.shift_eq(&second, Shift { a, b }));
        assert!(!first.shift_eq(&second, Shift { a, b: a }), "ranges differ");
        assert_ne!(*first, *second, "plain equality sees the move");
        let edited = body.replace("a - 1", "a + 1");
        let (third, c) = member(&format!("class C {{ int f = 12345; {edited} }}"));
        assert!(
            !first.shift_eq(&third, Shift { a, b: c }),
            "an edit is seen"
        );
    }
}
