//! Unsafe code (C# §18): the unsafe context (an `unsafe` member or type, an `unsafe`
//! block; CS0214 outside it, CS0227 without `-unsafe`), pointer types, `&x` of a fixed
//! variable (CS0212 for a movable one, CS0208 for a managed type), `*p`, `p->f`, `p[i]`,
//! pointer arithmetic and comparison, `++`/`--`, `stackalloc`, `sizeof`, and the pointer
//! conversions (`null` and any pointer to `void*` implicitly; pointer ↔ pointer and
//! pointer ↔ integer explicitly). Pointers are native unsigned integers to the code
//! generator: arithmetic scales the offset by the element size (`conv.i`, `mul`, `add`),
//! comparisons are unsigned, addresses are taken with `conv.u` as csc does.

use super::expr::error_expr;
use super::{BodyBinder, Bound};
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{BinOp, CmpOp, Expr, ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    /// Inside an `unsafe` member, type or block.
    pub(crate) fn in_unsafe(&self) -> bool {
        self.unsafe_member || self.unsafe_depth > 0
    }

    /// Pointers need an unsafe context: CS0214 outside one.
    pub(crate) fn require_unsafe(&mut self, range: TextRange) -> bool {
        if self.in_unsafe() {
            return true;
        }
        self.error(Code::CS0214, range, &[]);
        false
    }

    /// A type written in the body: a pointer type needs an unsafe context.
    pub(crate) fn check_pointer_type(&mut self, ty: &Ty, range: TextRange) {
        if contains_pointer(ty) {
            self.require_unsafe(range);
        }
    }

    /// `unsafe { … }` (CS0227 without `-unsafe`, at the keyword).
    pub(crate) fn unsafe_block(&mut self, b: &syn::Block, range: TextRange, out: &mut Vec<Stmt>) {
        if !self.unsafe_code {
            let at = self.first_token(range);
            self.error(Code::CS0227, at, &[]);
        }
        self.unsafe_depth += 1;
        let inner = self.block(&b.statements);
        self.unsafe_depth -= 1;
        out.push(Stmt::Block(inner));
    }

    /// Whether values of `ty` may be pointed to: primitives, enums, pointers and structs
    /// of such fields (C#'s unmanaged types).
    pub(crate) fn is_unmanaged(&self, ty: &Ty) -> bool {
        self.unmanaged_at(ty, 0)
    }

    fn unmanaged_at(&self, ty: &Ty, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        match ty {
            Ty::Ptr(_) | Ty::Void => true,
            t if t.is_primitive() || self.world.is_enum(t) => true,
            t if self.is_value(t) && self.world.nullable_underlying(t).is_none() => {
                let Some(id) = self.world.type_def_of(t) else {
                    return false;
                };
                let d = self.world.details(id);
                let args = t.type_args().to_vec();
                d.fields
                    .iter()
                    .filter(|f| !f.is_static())
                    .all(|f| self.unmanaged_at(&f.ty.subst(&args, &[]), depth + 1))
            }
            _ => false,
        }
    }

    /// A pointer to `ty` (CS0208 for a managed type).
    fn pointer_to(&mut self, ty: &Ty, range: TextRange) -> Option<Ty> {
        if ty.is_error() {
            return None;
        }
        if !self.is_unmanaged(ty) {
            let shown = self.show(ty);
            self.error(Code::CS0208, range, &[&shown]);
            return None;
        }
        Some(Ty::Ptr(Box::new(ty.clone())))
    }

    /// The address of a variable as an unmanaged pointer (`ldloca`, `conv.u`).
    pub(crate) fn address_as_pointer(&self, variable: Expr, ptr: Ty) -> Expr {
        let managed = Expr::new(ExprKind::AddressOf(Box::new(variable)), Ty::I);
        native_to_pointer(managed, ptr)
    }

    /// `&x`: `x` must be a fixed variable (a local, a value parameter, a field of one,
    /// or what a pointer points to).
    pub(crate) fn pointer_address_of(&mut self, operand: &syn::Expr, range: TextRange) -> Expr {
        if !self.require_unsafe(range) {
            return error_expr();
        }
        let simple = matches!(operand.kind, syn::ExprKind::Name { .. });
        self.writing_target = simple;
        let x = self.expr(operand);
        self.writing_target = false;
        if x.ty.is_error() {
            return error_expr();
        }
        if simple {
            self.mark_target_assigned(&x);
        }
        if !is_fixed_variable(&x) {
            self.error(Code::CS0212, range, &[]);
            return error_expr();
        }
        let Some(ptr) = self.pointer_to(&x.ty, range) else {
            return error_expr();
        };
        if let ExprKind::Deref(p) = x.kind {
            if matches!(p.ty, Ty::Ptr(_)) {
                return Expr::new(ExprKind::Nop(p), ptr);
            }
            return self.address_as_pointer(Expr::new(ExprKind::Deref(p), x.ty), ptr);
        }
        self.address_as_pointer(x, ptr)
    }

    /// `*p`.
    pub(crate) fn deref(&mut self, operand: &syn::Expr, range: TextRange) -> Expr {
        if !self.require_unsafe(range) {
            return error_expr();
        }
        let p = self.expr(operand);
        self.deref_value(p, range)
    }

    fn deref_value(&mut self, p: Expr, range: TextRange) -> Expr {
        match p.ty.clone() {
            Ty::Ptr(inner) if *inner != Ty::Void => Expr::new(ExprKind::Deref(Box::new(p)), *inner),
            Ty::Error => error_expr(),
            _ => {
                self.error(Code::CS0193, range, &[]);
                error_expr()
            }
        }
    }

    /// `p->name`: the member of `*p`.
    pub(crate) fn pointer_member(
        &mut self,
        target: &syn::Expr,
        name: &syn::Ident,
        range: TextRange,
    ) -> Bound {
        if !self.require_unsafe(range) {
            return Bound::Value(error_expr());
        }
        let p = self.expr(target);
        let v = self.deref_value(p, range);
        if v.ty.is_error() {
            return Bound::Value(v);
        }
        self.member_access_at(Bound::Value(v), &name.text, Vec::new(), name.range, range)
    }

    /// `p[i]`: `*(p + i)`.
    pub(crate) fn pointer_element(
        &mut self,
        p: Expr,
        args: &[syn::Argument],
        range: TextRange,
    ) -> Expr {
        if !self.require_unsafe(range) {
            return error_expr();
        }
        let [arg] = args else {
            self.error(Code::CS0196, range, &[]);
            return error_expr();
        };
        let i = self.expr(&arg.value);
        match self.pointer_binary(syn::BinaryOp::Add, p, i, range) {
            Some(sum) => self.deref_value(sum, range),
            None => error_expr(),
        }
    }

    /// `stackalloc T[n]`: `n * sizeof(T)` bytes of the frame (`localloc`).
    pub(crate) fn stack_alloc(
        &mut self,
        element: &syn::TypeSyntax,
        size: &syn::Expr,
        range: TextRange,
    ) -> Expr {
        let elem = self.resolve_type(element);
        if !self.require_unsafe(range) {
            return error_expr();
        }
        let n = self.expr_to(size, &Ty::I4);
        let Some(ptr) = self.pointer_to(&elem, element.range) else {
            return error_expr();
        };
        let count = convert(n, Ty::U);
        let bytes = match self.element_size(&elem) {
            Some(1) => count,
            size => Expr::new(
                ExprKind::Binary {
                    op: BinOp::Mul,
                    left: Box::new(count),
                    right: Box::new(self.size_expr(&elem, size)),
                    checked: true,
                },
                Ty::U,
            ),
        };
        Expr::new(ExprKind::StackAlloc(Box::new(bytes)), ptr)
    }

    /// `sizeof(T)` of a type without a predefined size (an unsafe context's struct).
    pub(crate) fn sizeof_unsafe(&mut self, ty: Ty, range: TextRange) -> Expr {
        if self.pointer_to(&ty, range).is_none() {
            return error_expr();
        }
        Expr::new(ExprKind::SizeOf(ty), Ty::I4)
    }

    fn element_size(&self, t: &Ty) -> Option<i32> {
        Some(
            match self.world.enum_underlying(t).unwrap_or_else(|| t.clone()) {
                Ty::Bool | Ty::I1 | Ty::U1 => 1,
                Ty::Char | Ty::I2 | Ty::U2 => 2,
                Ty::I4 | Ty::U4 | Ty::R4 => 4,
                Ty::I8 | Ty::U8 | Ty::R8 => 8,
                _ => return None,
            },
        )
    }

    fn size_expr(&self, t: &Ty, known: Option<i32>) -> Expr {
        match known {
            Some(n) => Expr::constant(ConstValue::I4(n), Ty::I4),
            None => Expr::new(ExprKind::SizeOf(t.clone()), Ty::I4),
        }
    }

    /// Arithmetic and comparison with a pointer operand (`None` when neither operand is
    /// a pointer). `p ± n` scales `n` by the element size; `p - q` is the element count
    /// between them (`long`); comparisons are unsigned.
    pub(crate) fn pointer_binary(
        &mut self,
        op: syn::BinaryOp,
        l: Expr,
        r: Expr,
        range: TextRange,
    ) -> Option<Expr> {
        use syn::BinaryOp as B;
        let (lp, rp) = (matches!(l.ty, Ty::Ptr(_)), matches!(r.ty, Ty::Ptr(_)));
        if !lp && !rp {
            return None;
        }
        let cmp = match op {
            B::Eq => Some(CmpOp::Eq),
            B::Ne => Some(CmpOp::Ne),
            B::Lt => Some(CmpOp::Lt),
            B::Le => Some(CmpOp::Le),
            B::Gt => Some(CmpOp::Gt),
            B::Ge => Some(CmpOp::Ge),
            _ => None,
        };
        if let Some(op) = cmp {
            let to_native = |e: Expr| -> Option<Expr> {
                match &e.ty {
                    Ty::Ptr(_) => Some(Expr::new(ExprKind::Nop(Box::new(e)), Ty::U)),
                    Ty::Null => Some(Expr::new(
                        ExprKind::Nop(Box::new(null_pointer(Ty::U))),
                        Ty::U,
                    )),
                    _ => None,
                }
            };
            let (Some(a), Some(b)) = (to_native(l.clone()), to_native(r.clone())) else {
                return Some(self.bad_pointer_operands(op_text(op), &l, &r, range));
            };
            return Some(Expr::new(
                ExprKind::Compare {
                    op,
                    left: Box::new(a),
                    right: Box::new(b),
                },
                Ty::Bool,
            ));
        }
        match (op, lp, rp) {
            (B::Sub, true, true) => {
                let elem = pointee(&l.ty);
                if l.ty != r.ty || elem == Ty::Void {
                    return Some(self.bad_pointer_operands("-", &l, &r, range));
                }
                let diff = Expr::new(
                    ExprKind::Binary {
                        op: BinOp::Sub,
                        left: Box::new(Expr::new(ExprKind::Nop(Box::new(l)), Ty::I)),
                        right: Box::new(Expr::new(ExprKind::Nop(Box::new(r)), Ty::I)),
                        checked: false,
                    },
                    Ty::I,
                );
                let size = self.element_size(&elem);
                let count = if size == Some(1) {
                    diff
                } else {
                    Expr::new(
                        ExprKind::Binary {
                            op: BinOp::Div,
                            left: Box::new(diff),
                            right: Box::new(self.size_expr(&elem, size)),
                            checked: false,
                        },
                        Ty::I,
                    )
                };
                Some(convert(count, Ty::I8))
            }
            (B::Add | B::Sub, true, false) | (B::Add, false, true) => {
                let (p, n) = if lp { (l, r) } else { (r, l) };
                let elem = pointee(&p.ty);
                let integral = n.ty.is_integral() || self.world.is_enum(&n.ty);
                if elem == Ty::Void || !integral || matches!(n.ty, Ty::Char | Ty::Bool) {
                    let (a, b) = if lp { (&p, &n) } else { (&n, &p) };
                    let text = if op == B::Add { "+" } else { "-" };
                    return Some(self.bad_pointer_operands(text, a, b, range));
                }
                let native = if n.ty.is_unsigned() { Ty::U } else { Ty::I };
                let offset = convert(n, native.clone());
                let size = self.element_size(&elem);
                let scaled = if size == Some(1) {
                    offset
                } else {
                    Expr::new(
                        ExprKind::Binary {
                            op: BinOp::Mul,
                            left: Box::new(offset),
                            right: Box::new(self.size_expr(&elem, size)),
                            checked: false,
                        },
                        native,
                    )
                };
                let ty = p.ty.clone();
                Some(Expr::new(
                    ExprKind::Binary {
                        op: if op == B::Add { BinOp::Add } else { BinOp::Sub },
                        left: Box::new(p),
                        right: Box::new(scaled),
                        checked: false,
                    },
                    ty,
                ))
            }
            _ => Some(self.bad_pointer_operands(binary_text(op), &l, &r, range)),
        }
    }

    fn bad_pointer_operands(&mut self, op: &str, l: &Expr, r: &Expr, range: TextRange) -> Expr {
        let (a, b) = (self.show(&l.ty), self.show(&r.ty));
        self.error(Code::CS0019, range, &[op, &a, &b]);
        error_expr()
    }

    /// `++`/`--` of a pointer: one element on.
    pub(crate) fn pointer_step(&mut self, old: Expr, up: bool, range: TextRange) -> Expr {
        let op = if up {
            syn::BinaryOp::Add
        } else {
            syn::BinaryOp::Sub
        };
        let one = Expr::constant(ConstValue::I4(1), Ty::I4);
        self.pointer_binary(op, old, one, range)
            .unwrap_or_else(error_expr)
    }

    /// The implicit pointer conversions: `null` and any pointer to `void*`.
    pub(crate) fn implicit_pointer_conv(from: &Ty, to: &Ty) -> bool {
        matches!(to, Ty::Ptr(_))
            && (*from == Ty::Null || (matches!(from, Ty::Ptr(_)) && pointee(to) == Ty::Void))
    }

    /// The explicit pointer conversions: pointer to pointer, pointer ↔ integral.
    pub(crate) fn explicit_pointer_conv(from: &Ty, to: &Ty) -> bool {
        let integral = |t: &Ty| t.is_integral() && *t != Ty::Char || matches!(t, Ty::I | Ty::U);
        match (from, to) {
            (Ty::Ptr(_), Ty::Ptr(_)) => true,
            (Ty::Ptr(_), t) | (t, Ty::Ptr(_)) => integral(t),
            _ => false,
        }
    }

    /// Applies a pointer conversion.
    pub(crate) fn apply_pointer_conv(&mut self, e: Expr, to: &Ty) -> Expr {
        match (&e.ty, to) {
            (Ty::Null, _) => null_pointer(to.clone()),
            (Ty::Ptr(_), Ty::Ptr(_)) => Expr::new(ExprKind::Nop(Box::new(e)), to.clone()),
            (Ty::Ptr(_), _) => convert(Expr::new(ExprKind::Nop(Box::new(e)), Ty::U), to.clone()),
            (from, _) => {
                let wide = from.is_unsigned() || from.is_64();
                let native = convert(e, if wide { Ty::U } else { Ty::I });
                Expr::new(ExprKind::Nop(Box::new(native)), to.clone())
            }
        }
    }
}

/// A native integer (`I`-typed) reinterpreted as the pointer `ptr` through `conv.u`.
fn native_to_pointer(native: Expr, ptr: Ty) -> Expr {
    Expr::new(ExprKind::Nop(Box::new(convert(native, Ty::U))), ptr)
}

/// The null pointer of type `ptr` (`ldc.i4.0; conv.u`).
pub(crate) fn null_pointer(ptr: Ty) -> Expr {
    native_to_pointer(Expr::constant(ConstValue::I4(0), Ty::I4), ptr)
}

fn convert(e: Expr, to: Ty) -> Expr {
    Expr::new(
        ExprKind::Convert {
            operand: Box::new(e),
            checked: false,
        },
        to,
    )
}

fn pointee(t: &Ty) -> Ty {
    match t {
        Ty::Ptr(e) => (**e).clone(),
        _ => Ty::Error,
    }
}

fn contains_pointer(t: &Ty) -> bool {
    match t {
        Ty::Ptr(_) => true,
        Ty::Array(e, _) | Ty::ByRef(e) => contains_pointer(e),
        _ => false,
    }
}

/// A fixed variable (C# §18.3): one whose address does not move.
fn is_fixed_variable(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::Arg(_) => true,
        ExprKind::Deref(p) => matches!(p.ty, Ty::Ptr(_)),
        ExprKind::Field {
            receiver: Some(r), ..
        } => !matches!(r.kind, ExprKind::This) && is_fixed_variable(r) && !r.ty.is_error(),
        _ => false,
    }
}

fn op_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
    }
}

fn binary_text(op: syn::BinaryOp) -> &'static str {
    use syn::BinaryOp as B;
    match op {
        B::Add => "+",
        B::Sub => "-",
        B::Mul => "*",
        B::Div => "/",
        B::Rem => "%",
        B::Shl => "<<",
        B::Shr => ">>",
        B::BitAnd => "&",
        B::BitOr => "|",
        B::BitXor => "^",
        B::And => "&&",
        B::Or => "||",
        B::Eq => "==",
        B::Ne => "!=",
        B::Lt => "<",
        B::Gt => ">",
        B::Le => "<=",
        B::Ge => ">=",
        B::Coalesce => "??",
    }
}
