//! Conditions and dispatch: `bool` values of comparisons and logical operators,
//! conditional branches that fuse comparisons into `blt`/`bge`… (unordered forms keep
//! NaN false), and `switch` as a jump table or a compare chain (strings by
//! `String.op_Equality`).

use super::Gen;
use crate::constant::ConstValue;
use crate::ir::{CmpOp, Expr, ExprKind, LabelId, UnOp};
use crate::types::Ty;
use il_emit::il::{Label, Opcode};

impl Gen<'_, '_> {
    /// Emits a `bool` value for a comparison or logical operator.
    pub(crate) fn bool_value(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Compare { op, left, right } => {
                self.expr(left, true);
                self.expr(right, true);
                let unsigned = self.stack_unsigned(&left.ty);
                let float = left.ty.is_floating();
                use Opcode::*;
                match op {
                    CmpOp::Eq => self.il.op(Ceq),
                    CmpOp::Ne => {
                        self.il.op(Ceq);
                        self.il.ldc_i4(0);
                        self.il.op(Ceq);
                    }
                    CmpOp::Lt => self.il.op(if unsigned { CltUn } else { Clt }),
                    CmpOp::Gt => self.il.op(if unsigned { CgtUn } else { Cgt }),
                    CmpOp::Le => {
                        self.il.op(if unsigned || float { CgtUn } else { Cgt });
                        self.il.ldc_i4(0);
                        self.il.op(Ceq);
                    }
                    CmpOp::Ge => {
                        self.il.op(if unsigned || float { CltUn } else { Clt });
                        self.il.ldc_i4(0);
                        self.il.op(Ceq);
                    }
                }
            }
            _ => {
                let f = self.il.new_label();
                let end = self.il.new_label();
                self.branch(e, false, f);
                self.il.ldc_i4(1);
                self.il.branch(Opcode::Br, end);
                self.mark(f);
                self.il.ldc_i4(0);
                self.mark(end);
            }
        }
    }

    /// Jumps to `target` when `cond` evaluates to `jump_if`.
    pub(crate) fn branch(&mut self, cond: &Expr, jump_if: bool, target: Label) {
        match &cond.kind {
            ExprKind::Const(ConstValue::Bool(b)) => {
                if *b == jump_if {
                    self.il.branch(Opcode::Br, target);
                }
            }
            ExprKind::Unary {
                op: UnOp::LogicalNot,
                operand,
                ..
            } => self.branch(operand, !jump_if, target),
            ExprKind::AndAlso(a, b) => {
                if jump_if {
                    let skip = self.il.new_label();
                    self.branch(a, false, skip);
                    self.branch(b, true, target);
                    self.mark(skip);
                } else {
                    self.branch(a, false, target);
                    self.branch(b, false, target);
                }
            }
            ExprKind::OrElse(a, b) => {
                if jump_if {
                    self.branch(a, true, target);
                    self.branch(b, true, target);
                } else {
                    let skip = self.il.new_label();
                    self.branch(a, true, skip);
                    self.branch(b, false, target);
                    self.mark(skip);
                }
            }
            ExprKind::Compare { op, left, right } => {
                let null_right = matches!(right.kind, ExprKind::Const(ConstValue::Null));
                if null_right && matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    self.expr(left, true);
                    let want_nonnull = (*op == CmpOp::Ne) == jump_if;
                    self.il.branch(
                        if want_nonnull {
                            Opcode::Brtrue
                        } else {
                            Opcode::Brfalse
                        },
                        target,
                    );
                    return;
                }
                self.expr(left, true);
                self.expr(right, true);
                let unsigned = self.stack_unsigned(&left.ty);
                let float = left.ty.is_floating();
                use Opcode::*;
                let op = if jump_if {
                    match op {
                        CmpOp::Eq => Beq,
                        CmpOp::Ne => BneUn,
                        CmpOp::Lt => {
                            if unsigned {
                                BltUn
                            } else {
                                Blt
                            }
                        }
                        CmpOp::Gt => {
                            if unsigned {
                                BgtUn
                            } else {
                                Bgt
                            }
                        }
                        CmpOp::Le => {
                            if unsigned {
                                BleUn
                            } else {
                                Ble
                            }
                        }
                        CmpOp::Ge => {
                            if unsigned {
                                BgeUn
                            } else {
                                Bge
                            }
                        }
                    }
                } else {
                    // The negation; for floats the unordered forms keep NaN false.
                    match op {
                        CmpOp::Eq => BneUn,
                        CmpOp::Ne => Beq,
                        CmpOp::Lt => {
                            if unsigned || float {
                                BgeUn
                            } else {
                                Bge
                            }
                        }
                        CmpOp::Gt => {
                            if unsigned || float {
                                BleUn
                            } else {
                                Ble
                            }
                        }
                        CmpOp::Le => {
                            if unsigned || float {
                                BgtUn
                            } else {
                                Bgt
                            }
                        }
                        CmpOp::Ge => {
                            if unsigned || float {
                                BltUn
                            } else {
                                Blt
                            }
                        }
                    }
                };
                self.il.branch(op, target);
            }
            _ => {
                self.expr(cond, true);
                self.il.branch(
                    if jump_if {
                        Opcode::Brtrue
                    } else {
                        Opcode::Brfalse
                    },
                    target,
                );
            }
        }
    }

    /// Dispatches a `switch` value to its case labels.
    pub(crate) fn switch(
        &mut self,
        value: &Expr,
        cases: &[(ConstValue, LabelId)],
        default: LabelId,
    ) {
        let tmp = self.temp(value.ty.clone());
        self.expr(value, true);
        self.il.stloc(tmp);
        let default_l = self.label(default);
        if value.ty == Ty::String {
            let eq =
                self.find_method_where("System", "String", "op_Equality", |m| m.params.len() == 2);
            for (c, l) in cases {
                let target = self.label(*l);
                self.il.ldloc(tmp);
                match c {
                    ConstValue::Null => {
                        self.il.branch(Opcode::Brfalse, target);
                        continue;
                    }
                    other => self.constant(other, &Ty::String),
                }
                if let Some(m) = &eq {
                    let tok = self.t.method(m);
                    self.il.call(Opcode::Call, tok, 2, 1);
                }
                self.il.branch(Opcode::Brtrue, target);
            }
            self.goto(default);
            return;
        }
        let mut keyed: Vec<(i128, Label)> = cases
            .iter()
            .filter_map(|(c, l)| Some((c.as_i128()?, *l)))
            .map(|(v, l)| (v, self.label(l)))
            .collect();
        keyed.sort_by_key(|(v, _)| *v);
        let wide = value.ty.is_64()
            || self
                .t
                .world
                .enum_underlying(&value.ty)
                .is_some_and(|u| u.is_64());
        let (lo, hi) = match (keyed.first(), keyed.last()) {
            (Some(a), Some(b)) => (a.0, b.0),
            _ => {
                self.il.branch(Opcode::Br, default_l);
                return;
            }
        };
        let span = hi - lo + 1;
        if !wide && keyed.len() >= 3 && span <= 2 * keyed.len() as i128 + 2 {
            let mut table = vec![default_l; span as usize];
            for (v, l) in &keyed {
                table[(v - lo) as usize] = *l;
            }
            self.il.ldloc(tmp);
            if lo != 0 {
                self.il.ldc_i4(lo as i32);
                self.il.op(Opcode::Sub);
            }
            self.il.switch(table);
        } else {
            for (v, l) in &keyed {
                self.il.ldloc(tmp);
                if wide {
                    self.il.ldc_i8(*v as i64);
                } else {
                    self.il.ldc_i4(*v as i32);
                }
                self.il.branch(Opcode::Beq, *l);
            }
        }
        self.goto(default);
    }
}
