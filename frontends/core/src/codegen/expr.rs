//! Expressions: loads, calls, arithmetic with C#/VB semantics already decided by the
//! binder (the `checked` flags), conversions, conditional branches (`branch` fuses
//! comparisons into `blt`/`bge`…), `switch` tables and compare chains, string
//! concatenation through `String.Concat`.

use super::Gen;
use crate::constant::ConstValue;
use crate::ir::{BinOp, Expr, ExprKind, MethodRef, UnOp};
use crate::symbols::ParamMode;
use crate::types::Ty;
use il_emit::il::Opcode;

impl Gen<'_, '_> {
    /// Emits `e`; leaves its value on the stack when `used`.
    pub(crate) fn expr(&mut self, e: &Expr, used: bool) {
        // The commonest leaves first, in a small function: the general case below has a
        // large frame that every call would otherwise set up and tear down.
        match (&e.kind, used) {
            (ExprKind::Local(l), true) => self.il.ldloc(l.0 as u16),
            (ExprKind::Arg(n), true) => self.il.ldarg(*n),
            (ExprKind::Const(c), true) => self.constant(c, &e.ty),
            _ => self.expr_general(e, used),
        }
    }

    #[inline(never)]
    fn expr_general(&mut self, e: &Expr, used: bool) {
        match &e.kind {
            ExprKind::Assign { target, value } => return self.assign(target, value, used),
            ExprKind::CompoundAssign {
                target,
                value,
                postfix,
            } => return self.compound(target, value, *postfix, used),
            ExprKind::Call(c) => {
                self.call(c.receiver.as_deref(), &c.method, &c.args, c.virtual_call);
                if !used && e.ty != Ty::Void {
                    self.il.op(Opcode::Pop);
                }
                return;
            }
            ExprKind::Sequence(stmts, value) => {
                self.stmts(stmts);
                return self.expr(value, used);
            }
            ExprKind::Throw(x) => {
                self.expr(x, true);
                self.il.op(Opcode::Throw);
                return;
            }
            _ => {}
        }
        self.value(e);
        if !used {
            self.il.op(Opcode::Pop);
        }
    }

    /// Emits an expression whose value is needed.
    fn value(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Const(c) => self.constant(c, &e.ty),
            ExprKind::DefaultValue => {
                let tmp = self.temp(e.ty.clone());
                self.il.ldloca(tmp);
                let tok = self.t.type_token(&e.ty);
                self.il.op_token(Opcode::Initobj, tok);
                self.il.ldloc(tmp);
            }
            ExprKind::Local(l) => self.il.ldloc(l.0 as u16),
            ExprKind::Arg(n) => self.il.ldarg(*n),
            ExprKind::This | ExprKind::Base => {
                self.il.ldarg(0);
                if self.this_is_byref() {
                    let tok = self.t.type_token(&e.ty);
                    self.il.op_token(Opcode::Ldobj, tok);
                }
            }
            ExprKind::Field { receiver, field } => {
                let tok = self.t.field(field);
                match receiver {
                    None => self.il.op_token(Opcode::Ldsfld, tok),
                    Some(r) => {
                        self.receiver_value(r);
                        self.il.op_token(Opcode::Ldfld, tok);
                    }
                }
            }
            ExprKind::ArrayElement { array, indices } => {
                self.expr(array, true);
                for i in indices {
                    self.expr(i, true);
                }
                self.load_element(&array.ty, &e.ty, indices.len());
            }
            ExprKind::ArrayLength(a) => {
                self.expr(a, true);
                self.il.op(Opcode::Ldlen);
                self.il.op(Opcode::ConvI4);
            }
            ExprKind::Property(p) => {
                if let Some(g) = &p.getter {
                    self.call(p.receiver.as_deref(), g, &p.args, p.virtual_call);
                }
            }
            ExprKind::NewObject { ctor, args } => {
                self.args(args);
                let tok = self.t.method(ctor);
                let n = args.len() as u16;
                self.il.call(Opcode::Newobj, tok, n, 1);
            }
            ExprKind::NewArray { sizes } => {
                for s in sizes {
                    self.expr(s, true);
                }
                let elem = e.ty.element().cloned().unwrap_or(Ty::Object);
                if sizes.len() == 1 {
                    let tok = self.t.type_token(&elem);
                    self.il.op_token(Opcode::Newarr, tok);
                } else {
                    let params = vec![Ty::I4; sizes.len()];
                    let tok = self.t.array_method(&e.ty, ".ctor", &Ty::Void, &params);
                    self.il.call(Opcode::Newobj, tok, sizes.len() as u16, 1);
                }
            }
            ExprKind::ArrayInit { values } => {
                let elem = e.ty.element().cloned().unwrap_or(Ty::Object);
                self.il.ldc_i4(values.len() as i32);
                let tok = self.t.type_token(&elem);
                self.il.op_token(Opcode::Newarr, tok);
                for (i, v) in values.iter().enumerate() {
                    if is_default_constant(v) {
                        continue;
                    }
                    self.il.op(Opcode::Dup);
                    self.il.ldc_i4(i as i32);
                    self.expr(v, true);
                    self.store_element(&e.ty, &elem, 1);
                }
            }
            ExprKind::RectangularInit { sizes, values } => {
                let elem = e.ty.element().cloned().unwrap_or(Ty::Object);
                for s in sizes {
                    self.il.ldc_i4(*s as i32);
                }
                let rank = sizes.len();
                let tok = self
                    .t
                    .array_method(&e.ty, ".ctor", &Ty::Void, &vec![Ty::I4; rank]);
                self.il.call(Opcode::Newobj, tok, rank as u16, 1);
                for (flat, v) in values.iter().enumerate() {
                    self.il.op(Opcode::Dup);
                    let mut rest = flat as u32;
                    let mut idx = vec![0u32; rank];
                    for d in (0..rank).rev() {
                        idx[d] = rest % sizes[d].max(1);
                        rest /= sizes[d].max(1);
                    }
                    for i in idx {
                        self.il.ldc_i4(i as i32);
                    }
                    self.expr(v, true);
                    self.store_element(&e.ty, &elem, rank);
                }
            }
            ExprKind::Unary {
                op,
                operand,
                checked,
            } => match op {
                UnOp::Neg if *checked && operand.ty.is_integral() => {
                    // 0 - x with overflow checking.
                    if operand.ty.is_64() {
                        self.il.ldc_i8(0);
                    } else {
                        self.il.ldc_i4(0);
                    }
                    self.expr(operand, true);
                    self.il.op(Opcode::SubOvf);
                }
                UnOp::Neg => {
                    self.expr(operand, true);
                    self.il.op(Opcode::Neg);
                }
                UnOp::Not => {
                    self.expr(operand, true);
                    self.il.op(Opcode::Not);
                }
                UnOp::LogicalNot => {
                    self.expr(operand, true);
                    self.il.ldc_i4(0);
                    self.il.op(Opcode::Ceq);
                }
            },
            ExprKind::Binary {
                op,
                left,
                right,
                checked,
            } => {
                self.expr(left, true);
                self.expr(right, true);
                if matches!(op, BinOp::Shl | BinOp::Shr) {
                    let mask = if left.ty.is_64() { 63 } else { 31 };
                    if !matches!(right.kind, ExprKind::Const(_)) {
                        self.il.ldc_i4(mask);
                        self.il.op(Opcode::And);
                    }
                }
                let unsigned = self.stack_unsigned(&left.ty);
                self.il.op(binary_opcode(*op, *checked, unsigned));
            }
            ExprKind::Compare { .. } | ExprKind::AndAlso(..) | ExprKind::OrElse(..) => {
                self.bool_value(e);
            }
            ExprKind::Conditional {
                condition,
                then,
                otherwise,
            } => {
                let else_l = self.il.new_label();
                let end = self.il.new_label();
                self.branch(condition, false, else_l);
                self.expr(then, true);
                self.il.branch(Opcode::Br, end);
                self.mark(else_l);
                self.expr(otherwise, true);
                self.mark(end);
            }
            ExprKind::Coalesce(left, right) => {
                let end = self.il.new_label();
                self.expr(left, true);
                self.il.op(Opcode::Dup);
                self.il.branch(Opcode::Brtrue, end);
                self.il.op(Opcode::Pop);
                self.expr(right, true);
                self.mark(end);
            }
            ExprKind::Convert { operand, checked } => {
                self.expr(operand, true);
                self.convert(&operand.ty, &e.ty, *checked);
            }
            ExprKind::Box(x) => {
                self.expr(x, true);
                let tok = self.t.type_token(&x.ty);
                self.il.op_token(Opcode::Box, tok);
            }
            ExprKind::Unbox(x) => {
                self.expr(x, true);
                let tok = self.t.type_token(&e.ty);
                self.il.op_token(Opcode::UnboxAny, tok);
            }
            ExprKind::CastClass(x) => {
                self.expr(x, true);
                let tok = self.t.type_token(&e.ty);
                self.il.op_token(Opcode::Castclass, tok);
            }
            ExprKind::IsInst(x) => {
                self.expr(x, true);
                let tok = self.t.type_token(&e.ty);
                self.il.op_token(Opcode::Isinst, tok);
            }
            ExprKind::Nop(x) => self.expr(x, true),
            ExprKind::AddressOf(x) => self.address(x),
            ExprKind::Deref(p) => {
                self.expr(p, true);
                self.load_indirect(&e.ty);
            }
            ExprKind::NewDelegate {
                ctor,
                receiver,
                method,
                virtual_call,
            } => {
                match receiver {
                    Some(r) => self.expr(r, true),
                    None => self.il.op(Opcode::Ldnull),
                }
                let tok = self.t.method(method);
                if *virtual_call {
                    self.il.op(Opcode::Dup);
                    self.il.op_token(Opcode::Ldvirtftn, tok);
                } else {
                    self.il.op_token(Opcode::Ldftn, tok);
                }
                let c = self.t.method(ctor);
                self.il.call(Opcode::Newobj, c, 2, 1);
            }
            ExprKind::Concat(parts) => self.concat(parts),
            ExprKind::TypeOf(ty) => {
                let tok = self.t.type_token(ty);
                self.il.op_token(Opcode::Ldtoken, tok);
                if let Some(m) = self.find_method("System", "Type", "GetTypeFromHandle", 1) {
                    let tok = self.t.method(&m);
                    self.il.call(Opcode::Call, tok, 1, 1);
                }
            }
            ExprKind::SizeOf(ty) => {
                let tok = self.t.type_token(ty);
                self.il.op_token(Opcode::Sizeof, tok);
            }
            ExprKind::StackAlloc(bytes) => {
                self.expr(bytes, true);
                self.il.op(Opcode::Localloc);
            }
            ExprKind::OldValue => self.load_old_value(),
            // Closure conversion runs before code generation; a lambda left here is a
            // front-end bug, compiled to a null delegate rather than a crash.
            ExprKind::Lambda(_) => self.il.op(Opcode::Ldnull),
            ExprKind::Assign { .. }
            | ExprKind::CompoundAssign { .. }
            | ExprKind::Call { .. }
            | ExprKind::Sequence(..)
            | ExprKind::Throw(_) => self.expr(e, true),
        }
    }

    fn this_is_byref(&self) -> bool {
        self.cx.this_is_byref
    }

    /// Whether IL should treat a value of this type as unsigned (`div.un`, `clt.un`…).
    pub(crate) fn stack_unsigned(&self, ty: &Ty) -> bool {
        match self.t.world.enum_underlying(ty) {
            Some(u) => u.is_unsigned(),
            None => ty.is_unsigned(),
        }
    }

    pub(crate) fn constant(&mut self, c: &ConstValue, ty: &Ty) {
        match c {
            ConstValue::Null => self.il.op(Opcode::Ldnull),
            ConstValue::String(s) => {
                let tok = self.t.user_string(s);
                self.il.op_token(Opcode::Ldstr, tok);
            }
            ConstValue::R4(v) => self.il.ldc_r4(*v),
            ConstValue::R8(v) => self.il.ldc_r8(*v),
            ConstValue::I8(v) => self.il.ldc_i8(*v),
            ConstValue::U8(v) => self.il.ldc_i8(*v as i64),
            other => {
                let v = other.as_i128().unwrap_or(0);
                let wide =
                    ty.is_64() || self.t.world.enum_underlying(ty).is_some_and(|u| u.is_64());
                if wide {
                    self.il.ldc_i8(v as i64);
                } else {
                    self.il.ldc_i4(v as u32 as i32);
                }
            }
        }
    }

    /// Whether an expression is a readonly (`initonly`) field.
    fn is_readonly_field(&self, r: &Expr) -> bool {
        match &r.kind {
            ExprKind::Field { field, .. } => {
                let f = self.t.world.field(field.id);
                f.flags & crate::symbols::field_flags::INIT_ONLY != 0
            }
            _ => false,
        }
    }

    /// Emits a receiver for an instance member: the address for value types.
    pub(crate) fn receiver_value(&mut self, r: &Expr) {
        if self.is_value(&r.ty) {
            // A readonly field is used through a copy, so calls cannot change it.
            if self.is_readonly_field(r) {
                let tmp = self.temp(r.ty.clone());
                self.expr(r, true);
                self.il.stloc(tmp);
                self.il.ldloca(tmp);
                return;
            }
            self.address(r);
        } else {
            self.expr(r, true);
        }
    }

    pub(crate) fn is_value(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Var(_) | Ty::MVar(_) => false,
            t => self.t.world.is_value_type(t),
        }
    }

    fn args(&mut self, args: &[Expr]) {
        for a in args {
            self.expr(a, true);
        }
    }

    pub(crate) fn call(
        &mut self,
        receiver: Option<&Expr>,
        method: &MethodRef,
        args: &[Expr],
        virtual_call: bool,
    ) {
        let sym = self.t.world.method_sym(method.id);
        let mut op = if virtual_call {
            Opcode::Callvirt
        } else {
            Opcode::Call
        };
        let mut constrained = None;
        if let Some(r) = receiver {
            match &r.ty {
                Ty::Var(_) | Ty::MVar(_) => {
                    // A call on a type parameter: through its address, constrained
                    // (a copy's address for a readonly field, as for value types).
                    if self.is_readonly_field(r) {
                        let tmp = self.temp(r.ty.clone());
                        self.expr(r, true);
                        self.il.stloc(tmp);
                        self.il.ldloca(tmp);
                    } else {
                        self.address(r);
                    }
                    constrained = Some(r.ty.clone());
                    op = Opcode::Callvirt;
                }
                t if self.is_value(t) => {
                    self.receiver_value(r);
                    op = Opcode::Call;
                }
                _ => self.expr(r, true),
            }
        }
        self.args(args);
        if let Some(t) = constrained {
            let tok = self.t.type_token(&t);
            self.il.op_token(Opcode::Constrained, tok);
        }
        let tok = self.t.method(method);
        let pops = args.len() as u16 + u16::from(!sym.is_static());
        let pushes = u16::from(sym.ret != Ty::Void);
        self.il.call(op, tok, pops, pushes);
    }

    /// A corlib method by type and name with `arity` parameters (for lowering).
    pub(crate) fn find_method(
        &self,
        ns: &str,
        ty: &str,
        name: &str,
        arity: usize,
    ) -> Option<MethodRef> {
        self.find_method_where(ns, ty, name, |m| m.params.len() == arity)
    }

    pub(crate) fn find_method_where(
        &self,
        ns: &str,
        ty: &str,
        name: &str,
        pred: impl Fn(&crate::symbols::MethodSym) -> bool,
    ) -> Option<MethodRef> {
        let id = self.t.world.well_known_method(ns, ty, name, pred)?;
        Some(MethodRef::plain(id))
    }

    fn concat(&mut self, parts: &[Expr]) {
        let all_strings = parts.iter().all(|p| p.ty == Ty::String);
        let elem = if all_strings { Ty::String } else { Ty::Object };
        let n = parts.len();
        let fixed = self.find_method_where("System", "String", "Concat", |m| {
            m.params.len() == n
                && m.params
                    .iter()
                    .all(|p| p.ty == elem && p.mode == ParamMode::Value)
        });
        if let (Some(m), true) = (fixed, n >= 2) {
            for p in parts {
                self.expr(p, true);
            }
            let tok = self.t.method(&m);
            self.il.call(Opcode::Call, tok, n as u16, 1);
            return;
        }
        if parts.len() == 1 {
            self.expr(&parts[0], true);
            return;
        }
        self.il.ldc_i4(parts.len() as i32);
        let tok = self.t.type_token(&elem);
        self.il.op_token(Opcode::Newarr, tok);
        for (i, p) in parts.iter().enumerate() {
            self.il.op(Opcode::Dup);
            self.il.ldc_i4(i as i32);
            self.expr(p, true);
            self.il.op(Opcode::StelemRef);
        }
        let arr = Ty::sz_array(elem.clone());
        let m = self.find_method_where("System", "String", "Concat", |m| {
            m.params.len() == 1 && m.params[0].ty == arr
        });
        if let Some(m) = m {
            let tok = self.t.method(&m);
            self.il.call(Opcode::Call, tok, 1, 1);
        }
    }
}

fn is_default_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(ConstValue::Null) => true,
        ExprKind::Const(c) => c.as_i128() == Some(0) && !matches!(c, ConstValue::Bool(true)),
        _ => false,
    }
}

fn binary_opcode(op: BinOp, checked: bool, unsigned: bool) -> Opcode {
    use Opcode::*;
    match (op, checked, unsigned) {
        (BinOp::Add, false, _) => Add,
        (BinOp::Add, true, false) => AddOvf,
        (BinOp::Add, true, true) => AddOvfUn,
        (BinOp::Sub, false, _) => Sub,
        (BinOp::Sub, true, false) => SubOvf,
        (BinOp::Sub, true, true) => SubOvfUn,
        (BinOp::Mul, false, _) => Mul,
        (BinOp::Mul, true, false) => MulOvf,
        (BinOp::Mul, true, true) => MulOvfUn,
        (BinOp::Div, _, false) => Div,
        (BinOp::Div, _, true) => DivUn,
        (BinOp::Rem, _, false) => Rem,
        (BinOp::Rem, _, true) => RemUn,
        (BinOp::And, ..) => And,
        (BinOp::Or, ..) => Or,
        (BinOp::Xor, ..) => Xor,
        (BinOp::Shl, ..) => Shl,
        (BinOp::Shr, _, false) => Shr,
        (BinOp::Shr, _, true) => ShrUn,
    }
}
