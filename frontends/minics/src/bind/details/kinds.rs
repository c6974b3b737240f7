//! The details of the two kinds of type whose members are implied by their
//! declaration: enums (`value__` and one literal field per member) and delegates
//! (`.ctor` and `Invoke`).

use super::super::declare::*;
use super::super::scope::GenericContext;
use crate::syntax::Expr;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::AttrTarget;
use frontend_core::symbols::{
    FieldSym, MethodId, MethodSym, ParamMode, ParamSym, TypeDetails, field_flags as ff,
    method_flags as mf,
};
use frontend_core::types::Ty;

impl<'a> Declarer<'a, '_> {
    /// An enum's details: `value__` and a literal field per member, values folded in
    /// order (an earlier member's name may be used).
    pub(super) fn enum_details(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        g: &GenericContext,
        self_ty: &Ty,
        mut d: TypeDetails,
    ) -> TypeDetails {
        let decl = site.decl;
        let underlying = d.enum_underlying.clone().unwrap_or(Ty::I4);
        d.enum_underlying = Some(underlying.clone());
        d.fields.push(FieldSym {
            name: "value__".into(),
            flags: mf::PUBLIC | ff::SPECIAL_NAME | ff::RT_SPECIAL_NAME,
            ty: underlying.clone(),
            constant: None,
            rid: 0,
        });
        let mut next: i128 = 0;
        let mut values: Vec<(String, i128)> = Vec::new();
        for (attrs, name, value) in &decl.enum_members {
            let _ = attrs;
            let v = match value {
                Some(e) => {
                    match crate::bind::constfold::enum_value(
                        e,
                        &values,
                        self.src(site.file),
                        &|x: &Expr| self.member_constant(site, g, x),
                    ) {
                        Some(v) => v,
                        None => {
                            self.diags.push(Diagnostic::new(
                                Code::CS0133,
                                site.file,
                                e.range,
                                &[&name.text],
                            ));
                            next
                        }
                    }
                }
                None => next,
            };
            values.push((name.text[..].to_owned(), v));
            next = v + 1;
            d.fields.push(FieldSym {
                name: name.text[..].to_owned(),
                flags: mf::PUBLIC | ff::STATIC | ff::LITERAL | ff::HAS_DEFAULT,
                ty: self_ty.clone(),
                constant: Some(crate::bind::constfold::int_const(v, &underlying)),
                rid: 0,
            });
        }
        self.collect_attributes(
            si,
            site,
            &decl.attributes,
            frontend_core::emit::module::AttrTarget::Type(site.id),
        );
        d.is_flags = decl.attributes.iter().flat_map(|s| &s.attributes).any(|a| {
            matches!(
                crate::bind::scope::dotted(&a.name).as_deref(),
                Some("Flags" | "FlagsAttribute" | "System.Flags" | "System.FlagsAttribute")
            )
        });
        d
    }

    /// A delegate's details: its `.ctor(object, native int)` and `Invoke`.
    pub(super) fn delegate_details(
        &mut self,
        si: usize,
        site: &TypeSite<'a>,
        g: &GenericContext,
        mut d: TypeDetails,
    ) -> TypeDetails {
        let decl = site.decl;
        if let Some((ret, params)) = &decl.delegate {
            let ret = self.ty(site, g, ret);
            let params = self.params(site, g, params);
            d.methods.push(MethodSym {
                name: ".ctor".into(),
                flags: mf::PUBLIC | mf::HIDE_BY_SIG | mf::SPECIAL_NAME | mf::RT_SPECIAL_NAME,
                impl_flags: 0x3,
                generic_params: Vec::new(),
                ret: Ty::Void,
                params: vec![
                    ParamSym {
                        name: "object".into(),
                        ty: Ty::Object,
                        mode: ParamMode::Value,
                        is_params: false,
                        default: None,
                    },
                    ParamSym {
                        name: "method".into(),
                        ty: Ty::I,
                        mode: ParamMode::Value,
                        is_params: false,
                        default: None,
                    },
                ],
                rid: 0,
            });
            d.methods.push(MethodSym {
                name: "Invoke".into(),
                flags: mf::PUBLIC | mf::HIDE_BY_SIG | mf::VIRTUAL | mf::NEW_SLOT,
                impl_flags: 0x3,
                generic_params: Vec::new(),
                ret,
                params,
                rid: 0,
            });
            for i in 0..2u32 {
                self.out.methods.push(MethodSite {
                    id: MethodId {
                        ty: site.id,
                        idx: i,
                    },
                    site: si,
                    body: BodySyntax::None,
                    member: None,
                    generics: g.clone(),
                    name_range: decl.name.range,
                });
            }
        }
        let target = AttrTarget::Type(site.id);
        self.collect_attributes(si, site, &decl.attributes, target);
        d
    }
}
