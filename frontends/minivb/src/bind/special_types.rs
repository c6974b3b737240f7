//! The members the runtime expects of the special kinds of type: a delegate's
//! constructor, `Invoke` and async pair, and an enum's `value__` and literal fields
//! (values folded in declaration order).

use super::declare::*;
use super::details::value_param;
use crate::syntax::MemberKind;
use frontend_core::constant::ConstValue;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::symbols::{
    FieldSym, MethodSym, ParamSym, TypeDetails, field_flags as ff, method_flags as mf,
};
use frontend_core::types::Ty;

impl<'a> Declarer<'a, '_> {
    pub(super) fn delegate_members(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        g: &super::scope::GenericContext,
        d: &mut TypeDetails,
        ret: Ty,
        params: Vec<ParamSym>,
    ) {
        let _ = g;
        let mut ctor = MethodSym::new(
            ".ctor",
            mf::PUBLIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
            Ty::Void,
            vec![
                value_param("TargetObject", Ty::Object),
                value_param("TargetMethod", Ty::I),
            ],
        );
        ctor.impl_flags = 0x3;
        let mut invoke = MethodSym::new(
            "Invoke",
            mf::PUBLIC | mf::HIDE_BY_SIG | mf::VIRTUAL | mf::NEW_SLOT,
            ret,
            params,
        );
        invoke.impl_flags = 0x3;
        d.methods.push(ctor);
        d.methods.push(invoke);
        let gc = self.type_generics(site);
        for i in 0..2u32 {
            self.push_method(
                si,
                site,
                i,
                BodySyntax::None,
                gc.clone(),
                site.decl.name.range,
                None,
            );
        }
    }

    pub(super) fn enum_members(
        &mut self,
        site: &TypeSite<'a>,
        g: &super::scope::GenericContext,
        d: &mut TypeDetails,
        self_ty: &Ty,
    ) {
        let underlying = match &site.decl.underlying {
            Some(t) => self.ty(site, g, t),
            None => Ty::I4,
        };
        let underlying = if underlying.is_integral() && underlying != Ty::Char {
            underlying
        } else {
            Ty::I4
        };
        d.enum_underlying = Some(underlying.clone());
        d.fields.push(FieldSym {
            name: "value__".into(),
            flags: mf::PUBLIC | ff::SPECIAL_NAME | ff::RT_SPECIAL_NAME,
            ty: underlying.clone(),
            constant: None,
            rid: 0,
        });
        let mut next: i128 = 0;
        let mut known: Vec<(String, ConstValue, Ty)> = Vec::new();
        for m in &site.decl.members {
            let MemberKind::EnumMember { name, value } = &m.kind else {
                continue;
            };
            let v = match value {
                Some(e) => {
                    let lookup = |n: &str| {
                        known
                            .iter()
                            .find(|(k, _, _)| k.eq_ignore_ascii_case(n))
                            .map(|(_, c, t)| (c.clone(), t.clone()))
                    };
                    match super::constfold::fold(e, &underlying, self.src(site.file), &lookup)
                        .and_then(|c| c.as_i128())
                    {
                        Some(v) => v,
                        None => {
                            self.diags.push(Diagnostic::new(
                                Code::BC30059,
                                site.file,
                                e.range,
                                &[],
                            ));
                            next
                        }
                    }
                }
                None => next,
            };
            next = v + 1;
            let c = super::constfold::int_const(v, &underlying);
            known.push((name.text.clone(), c.clone(), underlying.clone()));
            d.fields.push(FieldSym {
                name: name.text.clone(),
                flags: mf::PUBLIC | ff::STATIC | ff::LITERAL | ff::HAS_DEFAULT,
                ty: self_ty.clone(),
                constant: Some(c),
                rid: 0,
            });
        }
    }
}
