//! Generic method type inference for VB calls: each argument's type is unified with
//! its parameter's (through arrays, byrefs, and the generic bases and interfaces of the
//! argument's type); lambdas then contribute their body's type to a delegate
//! parameter's return type once their parameter types are known.

use super::BodyBinder;
use super::call::Arg;
use frontend_core::symbols::MethodSym;
use frontend_core::types::Ty;
use std::sync::Arc;

impl BodyBinder<'_> {
    /// Infers a generic method's type arguments from the argument types.
    pub(crate) fn infer(
        &mut self,
        sym: &MethodSym,
        type_args: &Arc<[Ty]>,
        args: &[Arg],
    ) -> Option<Vec<Ty>> {
        let mut bound: Vec<Option<Ty>> = vec![None; sym.generic_params.len()];
        for (i, a) in args.iter().enumerate() {
            if a.pending.is_some() || a.omitted {
                continue;
            }
            let p = match sym.params.get(i) {
                Some(p) if p.is_params && !matches!(a.expr.ty, Ty::Array(..)) => {
                    p.ty.element().cloned()?
                }
                Some(p) => p.ty.clone(),
                None => match sym.params.last() {
                    Some(p) if p.is_params => p.ty.element().cloned()?,
                    _ => return None,
                },
            };
            let p = p.subst(type_args, &[]);
            self.unify(&p, &a.expr.ty, &mut bound);
        }
        // `AddressOf M`: the method's signature gives the delegate's open types.
        for (i, a) in args.iter().enumerate() {
            let (
                Some(super::lambda::Pending::Group(super::Bound::Methods { candidates, .. })),
                Some(p),
            ) = (&a.pending, sym.params.get(i))
            else {
                continue;
            };
            let p = p.ty.subst(type_args, &[]);
            let Some(invoke) = self.invoke_of(&p) else {
                continue;
            };
            let fitting: Vec<_> = candidates
                .iter()
                .map(|(id, targs)| (self.world.method(*id), targs.clone()))
                .filter(|(m, _)| {
                    m.params.len() == invoke.params.len() && m.generic_params.is_empty()
                })
                .collect();
            if let [(m, targs)] = fitting.as_slice() {
                for (ip, mp) in invoke.params.iter().zip(&m.params) {
                    self.unify(&ip.ty, &mp.ty.subst(targs, &[]), &mut bound);
                }
                self.unify(&invoke.ret, &m.ret.subst(targs, &[]), &mut bound);
            }
        }
        for (i, a) in args.iter().enumerate() {
            let (Some(super::lambda::Pending::Lambda(l)), Some(p)) =
                (&a.pending, sym.params.get(i))
            else {
                continue;
            };
            let p = p.ty.subst(type_args, &[]);
            let known: Vec<Ty> = bound
                .iter()
                .enumerate()
                .map(|(k, b)| b.clone().unwrap_or(Ty::MVar(k as u32)))
                .collect();
            let partial = p.subst(&[], &known);
            let Some(invoke) = self.invoke_of(&partial) else {
                continue;
            };
            if invoke.params.iter().any(|x| x.ty.is_open()) || !invoke.ret.is_open() {
                continue;
            }
            if let Some(ret) = self.lambda_return_type(l, &partial) {
                if let Some(gr) = self.invoke_of(&p).map(|m| m.ret) {
                    self.unify(&gr, &ret, &mut bound);
                }
            }
        }
        bound.into_iter().collect()
    }

    fn unify(&self, p: &Ty, a: &Ty, bound: &mut [Option<Ty>]) {
        match p {
            Ty::MVar(n) => {
                let Some(slot) = bound.get_mut(*n as usize) else {
                    return;
                };
                if *a == Ty::Null || a.is_error() {
                    return;
                }
                match slot {
                    None => *slot = Some(a.clone()),
                    Some(existing) => {
                        if existing != a && matches!(self.type_conv(existing, a), Some((_, true))) {
                            *slot = Some(a.clone());
                        }
                    }
                }
            }
            Ty::Array(pe, pr) => {
                if let Ty::Array(ae, ar) = a {
                    if pr == ar {
                        self.unify(pe, ae, bound);
                    }
                }
            }
            Ty::ByRef(pe) => self.unify(pe, a, bound),
            Ty::Named(pid, pargs) if !pargs.is_empty() => {
                let mut candidates = self.world.base_chain(a);
                candidates.extend(self.world.all_interfaces(a));
                for c in candidates {
                    if let Ty::Named(cid, cargs) = &c {
                        if cid == pid && cargs.len() == pargs.len() {
                            for (x, y) in pargs.iter().zip(cargs.iter()) {
                                self.unify(x, y, bound);
                            }
                            return;
                        }
                    }
                }
            }
            _ => {}
        }
    }
}
