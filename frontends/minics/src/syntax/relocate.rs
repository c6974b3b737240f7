//! Relocation: a copy of a piece of the tree with every range made relative to an
//! anchor (`range - anchor`). A method body relocated to its own start compares equal
//! however the text before it grows or shrinks, which is what lets the query layer keep
//! a body's binding when only other bodies changed. Ranges before the anchor (none in a
//! well-formed member; a missing identifier's empty range may be) clamp to zero.

use super::*;
use frontend_core::source::TextRange;

/// A syntax value whose ranges can be moved.
pub trait Relocate {
    /// Subtracts `anchor` from every range inside.
    fn relocate(&mut self, anchor: u32);
}

/// A relocated copy.
pub fn relocated<T: Relocate + Clone>(value: &T, anchor: u32) -> T {
    let mut v = value.clone();
    v.relocate(anchor);
    v
}

impl Relocate for TextRange {
    fn relocate(&mut self, anchor: u32) {
        self.start = self.start.saturating_sub(anchor);
        self.end = self.end.saturating_sub(anchor);
    }
}

impl<T: Relocate> Relocate for Vec<T> {
    fn relocate(&mut self, anchor: u32) {
        for x in self {
            x.relocate(anchor);
        }
    }
}

impl<T: Relocate> Relocate for Option<T> {
    fn relocate(&mut self, anchor: u32) {
        if let Some(x) = self {
            x.relocate(anchor);
        }
    }
}

impl<T: Relocate> Relocate for Box<T> {
    fn relocate(&mut self, anchor: u32) {
        (**self).relocate(anchor);
    }
}

impl<T: Relocate + Clone> Relocate for std::sync::Arc<T> {
    fn relocate(&mut self, anchor: u32) {
        std::sync::Arc::make_mut(self).relocate(anchor);
    }
}

impl<A: Relocate, B: Relocate> Relocate for (A, B) {
    fn relocate(&mut self, anchor: u32) {
        self.0.relocate(anchor);
        self.1.relocate(anchor);
    }
}

impl<A: Relocate, B: Relocate, C: Relocate> Relocate for (A, B, C) {
    fn relocate(&mut self, anchor: u32) {
        self.0.relocate(anchor);
        self.1.relocate(anchor);
        self.2.relocate(anchor);
    }
}

/// Values without ranges.
macro_rules! fixed {
    ($($t:ty),* $(,)?) => {$(
        impl Relocate for $t {
            fn relocate(&mut self, _: u32) {}
        }
    )*};
}

fixed!(
    bool,
    u32,
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

/// Structs: relocate each named field.
macro_rules! fields {
    ($($t:ty { $($f:ident),* })*) => {$(
        impl Relocate for $t {
            fn relocate(&mut self, anchor: u32) {
                $( self.$f.relocate(anchor); )*
            }
        }
    )*};
}

fields! {
    Ident { range }
    QualifiedName { parts, range }
    AttributeSection { target, attributes, range }
    Attribute { name, args, range }
    AttributeArg { name, value }
    TypeSyntax { kind, range }
    ConstraintClause { param, constraints }
    Parameter { attributes, ty, name, default }
    Accessor { attributes, kind, body }
    ConstructorInitializer { args }
    TypeDecl { attributes, name, type_params, bases, constraints, members, enum_members, delegate, range }
    Member { attributes, kind, range }
    Expr { kind, range }
    Argument { name, value }
    LambdaParam { ty, name }
    Block { statements, range }
    Stmt { kind, range }
    VariableDeclarator { name, init }
    LocalDecl { ty, declarators }
    SwitchSection { labels, statements }
    CatchClause { ty, name, filter, body }
    LocalFunction { return_type, name, type_params, params, constraints, body }
}

/// Enums: relocate the listed fields of each variant (struct-like `V { a, b }`, tuple-like
/// `V(a, b)`, or unit `V`).
macro_rules! variants {
    ($t:ident { $($v:ident $( { $($f:ident),* } )? $( ( $($p:ident),* ) )?),* $(,)? }) => {
        impl Relocate for $t {
            #[allow(unused_variables)]
            fn relocate(&mut self, anchor: u32) {
                match self {
                    $( $t::$v $( { $($f),* , .. } )? $( ( $($p),* ) )? => {
                        $( $( $f.relocate(anchor); )* )?
                        $( $( $p.relocate(anchor); )* )?
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
    Text(s, r),
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
    use crate::parser::{Defines, parse};
    use crate::syntax::{NamespaceMember, relocated};
    use frontend_core::source::FileId;

    /// The same method, later in the file, relocates to the same tree.
    #[test]
    fn relocated_member_is_position_independent() {
        let body = "void M(int a) { var s = $\"{a,3:x}\"; if (a > 1) M(a - 1); else { } }";
        let first = format!("class C {{ {body} }}");
        let second = format!("class C {{ int f = 12345; {body} }}");
        let member = |text: &str| {
            let (unit, diags) = parse(FileId(0), text, &Defines::default());
            assert!(diags.is_empty(), "{diags:?}");
            let NamespaceMember::Type(t) = &unit.members[0] else {
                panic!("no type")
            };
            let m = t.members.last().unwrap().clone();
            relocated(&m, m.range.start)
        };
        assert_eq!(member(&first), member(&second));
        let (unit, _) = parse(FileId(0), &first, &Defines::default());
        let NamespaceMember::Type(t) = &unit.members[0] else {
            panic!("no type")
        };
        assert_ne!(member(&second), t.members[0], "ranges really moved");
    }
}
