//! Stores and addresses: simple and compound assignment (the receiver evaluated once,
//! the old value loaded where the IR says), element and indirect loads and stores by
//! type, and the address of anything addressable (spilling to a temporary otherwise).

use super::Gen;
use crate::ir::{Expr, ExprKind, PropertyExpr};
use crate::types::Ty;
use il_emit::il::Opcode;

/// How a compound assignment reloads its target's current value.
#[derive(Clone, Debug)]
pub(crate) enum OldValue {
    /// Emit the target expression again (locals, arguments, static fields).
    Reload(Expr),
    /// The receiver or address is in these temporaries; `load` reads through them.
    Field {
        receiver: u16,
        field: Expr,
    },
    Element {
        array: u16,
        indices: Vec<u16>,
        elem: Ty,
        array_ty: Ty,
    },
    Property {
        receiver: Option<u16>,
        args: Vec<u16>,
        getter: Expr,
    },
    Indirect {
        address: u16,
        ty: Ty,
    },
}

impl Gen<'_, '_> {
    pub(crate) fn assign(&mut self, target: &Expr, value: &Expr, used: bool) {
        match &target.kind {
            ExprKind::Local(l) => {
                self.expr(value, true);
                if used {
                    self.il.op(Opcode::Dup);
                }
                self.il.stloc(l.0 as u16);
            }
            ExprKind::Arg(n) => {
                self.expr(value, true);
                if used {
                    self.il.op(Opcode::Dup);
                }
                self.il.starg(*n);
            }
            ExprKind::Field {
                receiver: None,
                field,
            } => {
                self.expr(value, true);
                if used {
                    self.il.op(Opcode::Dup);
                }
                let tok = self.t.field(field);
                self.il.op_token(Opcode::Stsfld, tok);
            }
            ExprKind::Field {
                receiver: Some(r),
                field,
            } => {
                self.receiver_value(r);
                self.expr(value, true);
                let keep = self.keep(used, &value.ty);
                let tok = self.t.field(field);
                self.il.op_token(Opcode::Stfld, tok);
                self.restore(keep);
            }
            ExprKind::ArrayElement { array, indices } => {
                self.expr(array, true);
                for i in indices {
                    self.expr(i, true);
                }
                self.expr(value, true);
                let keep = self.keep(used, &value.ty);
                self.store_element(&array.ty, &target.ty, indices.len());
                self.restore(keep);
            }
            ExprKind::Property(p) => {
                let PropertyExpr {
                    receiver,
                    setter,
                    args,
                    virtual_call,
                    ..
                } = &**p;
                let Some(setter) = setter else { return };
                let mut all = args.clone();
                all.push(value.clone());
                if used {
                    // Evaluate the value first into a temporary so it can be returned.
                    let tmp = self.temp(value.ty.clone());
                    self.expr(value, true);
                    self.il.stloc(tmp);
                    let last = all.len() - 1;
                    all[last] = Expr::new(
                        ExprKind::Local(crate::ir::LocalId(tmp as u32)),
                        value.ty.clone(),
                    );
                    self.call(receiver.as_deref(), setter, &all, *virtual_call);
                    self.il.ldloc(tmp);
                } else {
                    self.call(receiver.as_deref(), setter, &all, *virtual_call);
                }
            }
            ExprKind::Deref(p) => {
                self.expr(p, true);
                self.expr(value, true);
                let keep = self.keep(used, &value.ty);
                self.store_indirect(&target.ty);
                self.restore(keep);
            }
            ExprKind::This => {
                // `this = value` in a struct.
                self.il.ldarg(0);
                self.expr(value, true);
                let keep = self.keep(used, &value.ty);
                self.store_indirect(&target.ty);
                self.restore(keep);
            }
            _ => {
                self.expr(value, used);
            }
        }
    }

    /// With the value on the stack: when it is needed afterwards, copy it to a temporary.
    fn keep(&mut self, used: bool, ty: &Ty) -> Option<u16> {
        if !used {
            return None;
        }
        let tmp = self.temp(ty.clone());
        self.il.op(Opcode::Dup);
        self.il.stloc(tmp);
        Some(tmp)
    }

    fn restore(&mut self, keep: Option<u16>) {
        if let Some(t) = keep {
            self.il.ldloc(t);
        }
    }

    /// `target op= value`: the target's parts are evaluated once into temporaries.
    pub(crate) fn compound(&mut self, target: &Expr, value: &Expr, postfix: bool, used: bool) {
        let result = used.then(|| self.temp(target.ty.clone()));
        let old = match &target.kind {
            ExprKind::Local(_) | ExprKind::Arg(_) | ExprKind::Field { receiver: None, .. } => {
                OldValue::Reload(target.clone())
            }
            ExprKind::Field {
                receiver: Some(r), ..
            } => {
                let by_address = self.is_value(&r.ty);
                let recv_ty = if by_address {
                    Ty::ByRef(Box::new(r.ty.clone()))
                } else {
                    r.ty.clone()
                };
                let tmp = self.temp(recv_ty);
                self.receiver_value(r);
                self.il.stloc(tmp);
                OldValue::Field {
                    receiver: tmp,
                    field: target.clone(),
                }
            }
            ExprKind::ArrayElement { array, indices } => {
                let a = self.temp(array.ty.clone());
                self.expr(array, true);
                self.il.stloc(a);
                let mut idx = Vec::new();
                for i in indices {
                    let t = self.temp(i.ty.clone());
                    self.expr(i, true);
                    self.il.stloc(t);
                    idx.push(t);
                }
                OldValue::Element {
                    array: a,
                    indices: idx,
                    elem: target.ty.clone(),
                    array_ty: array.ty.clone(),
                }
            }
            ExprKind::Property(p) => {
                let PropertyExpr { receiver, args, .. } = &**p;
                let recv = receiver.as_ref().map(|r| {
                    let ty = if self.is_value(&r.ty) {
                        Ty::ByRef(Box::new(r.ty.clone()))
                    } else {
                        r.ty.clone()
                    };
                    let t = self.temp(ty);
                    self.receiver_value(r);
                    self.il.stloc(t);
                    t
                });
                let mut temps = Vec::new();
                for a in args {
                    let t = self.temp(a.ty.clone());
                    self.expr(a, true);
                    self.il.stloc(t);
                    temps.push(t);
                }
                OldValue::Property {
                    receiver: recv,
                    args: temps,
                    getter: target.clone(),
                }
            }
            ExprKind::Deref(p) => {
                let t = self.temp(p.ty.clone());
                self.expr(p, true);
                self.il.stloc(t);
                OldValue::Indirect {
                    address: t,
                    ty: target.ty.clone(),
                }
            }
            _ => OldValue::Reload(target.clone()),
        };
        // Push the store's receiver parts, then the new value, then store.
        match &old {
            OldValue::Field { receiver, .. } => self.il.ldloc(*receiver),
            OldValue::Element { array, indices, .. } => {
                self.il.ldloc(*array);
                for i in indices {
                    self.il.ldloc(*i);
                }
            }
            OldValue::Indirect { address, .. } => self.il.ldloc(*address),
            _ => {}
        }
        // The value's `OldValue` leaf reads it from the stack (moved, not copied).
        self.old_value.push(old);
        self.postfix_result
            .push(if postfix { result } else { None });
        self.expr(value, true);
        self.postfix_result.pop();
        let Some(old) = self.old_value.pop() else {
            return;
        };
        if !postfix {
            if let Some(r) = result {
                self.il.op(Opcode::Dup);
                self.il.stloc(r);
            }
        }
        match old {
            OldValue::Reload(t) => match &t.kind {
                ExprKind::Local(l) => self.il.stloc(l.0 as u16),
                ExprKind::Arg(n) => self.il.starg(*n),
                ExprKind::Field { field, .. } => {
                    let tok = self.t.field(field);
                    self.il.op_token(Opcode::Stsfld, tok);
                }
                _ => self.il.op(Opcode::Pop),
            },
            OldValue::Field { field, .. } => {
                if let ExprKind::Field { field, .. } = &field.kind {
                    let tok = self.t.field(field);
                    self.il.op_token(Opcode::Stfld, tok);
                }
            }
            OldValue::Element {
                elem,
                array_ty,
                indices,
                ..
            } => self.store_element(&array_ty, &elem, indices.len()),
            OldValue::Indirect { ty, .. } => self.store_indirect(&ty),
            OldValue::Property {
                receiver,
                args,
                getter,
            } => {
                // The new value is on the stack: keep it, then call the setter with the
                // saved receiver and arguments.
                let v = self.temp(getter.ty.clone());
                self.il.stloc(v);
                if let ExprKind::Property(p) = &getter.kind
                    && let PropertyExpr {
                        receiver: recv_expr,
                        setter: Some(setter),
                        virtual_call,
                        ..
                    } = &**p
                {
                    let mut all: Vec<Expr> = args
                        .iter()
                        .map(|&t| {
                            Expr::new(
                                ExprKind::Local(crate::ir::LocalId(t as u32)),
                                self.locals[t as usize].clone(),
                            )
                        })
                        .collect();
                    all.push(Expr::new(
                        ExprKind::Local(crate::ir::LocalId(v as u32)),
                        getter.ty.clone(),
                    ));
                    let recv = receiver.map(|t| {
                        let ty = recv_expr
                            .as_ref()
                            .map(|r| r.ty.clone())
                            .unwrap_or(Ty::Object);
                        self.saved_receiver(t, ty)
                    });
                    self.call(recv.as_ref(), setter, &all, *virtual_call);
                }
            }
        }
        if let Some(r) = result {
            self.il.ldloc(r);
        }
    }

    /// A receiver saved in a temporary: the temporary holds the reference, or the
    /// address for value types (read back through `Deref`-free address loads).
    fn saved_receiver(&mut self, tmp: u16, ty: Ty) -> Expr {
        if self.is_value(&ty) {
            Expr::new(
                ExprKind::Deref(Box::new(Expr::new(
                    ExprKind::Local(crate::ir::LocalId(tmp as u32)),
                    Ty::ByRef(Box::new(ty.clone())),
                ))),
                ty,
            )
        } else {
            Expr::new(ExprKind::Local(crate::ir::LocalId(tmp as u32)), ty)
        }
    }

    /// Loads the old value inside a compound assignment.
    pub(crate) fn load_old_value(&mut self) {
        // Taken off the stack while it is emitted, then put back (no copy).
        let Some(old) = self.old_value.pop() else {
            return;
        };
        self.emit_old_value(&old);
        self.old_value.push(old);
    }

    fn emit_old_value(&mut self, old: &OldValue) {
        match old {
            OldValue::Reload(t) => self.expr(t, true),
            OldValue::Field { receiver, field } => {
                self.il.ldloc(*receiver);
                if let ExprKind::Field { field, .. } = &field.kind {
                    let tok = self.t.field(field);
                    self.il.op_token(Opcode::Ldfld, tok);
                }
            }
            OldValue::Element {
                array,
                indices,
                elem,
                array_ty,
            } => {
                self.il.ldloc(*array);
                for i in indices {
                    self.il.ldloc(*i);
                }
                self.load_element(array_ty, elem, indices.len());
            }
            OldValue::Indirect { address, ty } => {
                self.il.ldloc(*address);
                self.load_indirect(ty);
            }
            OldValue::Property {
                receiver,
                args,
                getter,
            } => {
                if let ExprKind::Property(p) = &getter.kind
                    && let PropertyExpr {
                        receiver: recv_expr,
                        getter: Some(g),
                        virtual_call,
                        ..
                    } = &**p
                {
                    let all: Vec<Expr> = args
                        .iter()
                        .map(|&t| {
                            Expr::new(
                                ExprKind::Local(crate::ir::LocalId(t as u32)),
                                self.locals[t as usize].clone(),
                            )
                        })
                        .collect();
                    let recv = receiver.map(|t| {
                        let ty = recv_expr
                            .as_ref()
                            .map(|r| r.ty.clone())
                            .unwrap_or(Ty::Object);
                        self.saved_receiver(t, ty)
                    });
                    self.call(recv.as_ref(), g, &all, *virtual_call);
                }
            }
        }
        if let Some(Some(r)) = self.postfix_result.last().copied() {
            self.il.op(Opcode::Dup);
            self.il.stloc(r);
        }
    }

    /// Pushes the address of an lvalue (or of a temporary holding an rvalue).
    pub(crate) fn address(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Local(l) => self.il.ldloca(l.0 as u16),
            ExprKind::Arg(n) => self.il.ldarga(*n),
            ExprKind::This | ExprKind::Base if self.cx.this_is_byref => self.il.ldarg(0),
            ExprKind::Field {
                receiver: None,
                field,
            } => {
                let tok = self.t.field(field);
                self.il.op_token(Opcode::Ldsflda, tok);
            }
            ExprKind::Field {
                receiver: Some(r),
                field,
            } => {
                self.receiver_value(r);
                let tok = self.t.field(field);
                self.il.op_token(Opcode::Ldflda, tok);
            }
            ExprKind::ArrayElement { array, indices } => {
                self.expr(array, true);
                for i in indices {
                    self.expr(i, true);
                }
                if indices.len() == 1 {
                    let tok = self.t.type_token(&e.ty);
                    self.il.op_token(Opcode::Ldelema, tok);
                } else {
                    let params = vec![Ty::I4; indices.len()];
                    let tok = self.t.array_method(
                        &array.ty,
                        "Address",
                        &Ty::ByRef(Box::new(e.ty.clone())),
                        &params,
                    );
                    self.il.call(Opcode::Call, tok, indices.len() as u16 + 1, 1);
                }
            }
            ExprKind::Deref(p) => self.expr(p, true),
            _ => {
                let tmp = self.temp(e.ty.clone());
                self.expr(e, true);
                self.il.stloc(tmp);
                self.il.ldloca(tmp);
            }
        }
    }

    /// How a value of `ty` is loaded and stored as an element or through a pointer: the
    /// primitive width, a reference, or a value type/type parameter (token forms).
    fn slot(&self, ty: &Ty) -> Slot {
        match self
            .t
            .world
            .enum_underlying(ty)
            .unwrap_or_else(|| ty.clone())
        {
            Ty::I1 => Slot::Prim(0),
            Ty::U1 | Ty::Bool => Slot::Prim(1),
            Ty::I2 => Slot::Prim(2),
            Ty::U2 | Ty::Char => Slot::Prim(3),
            Ty::I4 => Slot::Prim(4),
            Ty::U4 => Slot::Prim(5),
            Ty::I8 | Ty::U8 => Slot::Prim(6),
            Ty::R4 => Slot::Prim(7),
            Ty::R8 => Slot::Prim(8),
            Ty::I | Ty::U | Ty::Ptr(_) => Slot::Prim(9),
            t if self.is_value(&t) || matches!(t, Ty::Var(_) | Ty::MVar(_)) => Slot::Token,
            _ => Slot::Ref,
        }
    }

    /// Emits the form of a load or store family for `ty`: `prims` by [`Slot::Prim`]
    /// index, `reference` for references, `token` with the type for the rest.
    fn by_slot(&mut self, ty: &Ty, prims: [Opcode; 10], reference: Opcode, token: Opcode) {
        match self.slot(ty) {
            Slot::Prim(i) => self.il.op(prims[i]),
            Slot::Ref => self.il.op(reference),
            Slot::Token => {
                let tok = self.t.type_token(ty);
                self.il.op_token(token, tok);
            }
        }
    }

    pub(crate) fn load_element(&mut self, array_ty: &Ty, elem: &Ty, rank: usize) {
        if rank > 1 {
            let params = vec![Ty::I4; rank];
            let tok = self.t.array_method(array_ty, "Get", elem, &params);
            self.il.call(Opcode::Call, tok, rank as u16 + 1, 1);
            return;
        }
        use Opcode::*;
        let prims = [
            LdelemI1, LdelemU1, LdelemI2, LdelemU2, LdelemI4, LdelemU4, LdelemI8, LdelemR4,
            LdelemR8, LdelemI,
        ];
        self.by_slot(elem, prims, LdelemRef, Ldelem);
    }

    pub(crate) fn store_element(&mut self, array_ty: &Ty, elem: &Ty, rank: usize) {
        if rank > 1 {
            let mut params = vec![Ty::I4; rank];
            params.push(elem.clone());
            let tok = self.t.array_method(array_ty, "Set", &Ty::Void, &params);
            self.il.call(Opcode::Call, tok, rank as u16 + 2, 0);
            return;
        }
        use Opcode::*;
        let prims = [
            StelemI1, StelemI1, StelemI2, StelemI2, StelemI4, StelemI4, StelemI8, StelemR4,
            StelemR8, StelemI,
        ];
        self.by_slot(elem, prims, StelemRef, Stelem);
    }

    pub(crate) fn load_indirect(&mut self, ty: &Ty) {
        use Opcode::*;
        let prims = [
            LdindI1, LdindU1, LdindI2, LdindU2, LdindI4, LdindU4, LdindI8, LdindR4, LdindR8, LdindI,
        ];
        self.by_slot(ty, prims, LdindRef, Ldobj);
    }

    pub(crate) fn store_indirect(&mut self, ty: &Ty) {
        use Opcode::*;
        let prims = [
            StindI1, StindI1, StindI2, StindI2, StindI4, StindI4, StindI8, StindR4, StindR8, StindI,
        ];
        self.by_slot(ty, prims, StindRef, Stobj);
    }
}

/// The shape of a value for loads and stores (see `Gen::slot`).
enum Slot {
    /// Index into the per-family table: i1, u1, i2, u2, i4, u4, i8, r4, r8, native int.
    Prim(usize),
    Ref,
    Token,
}
