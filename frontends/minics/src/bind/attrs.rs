//! Attributes: each `[Name(args, Prop = value)]` resolved to its class (`Name` or
//! `NameAttribute`), its constructor chosen by the constant arguments, and its blob
//! encoded (§II.23.3). Pseudo-attributes that metadata holds elsewhere are not emitted as
//! custom attributes: `StructLayout`, `MethodImpl` and the like are skipped here; `DllImport`
//! is bound like any attribute and the emitter (`emit::pinvoke`) turns it into an ImplMap. Types with indexers get `DefaultMember("Item")`.

use super::body::BodyBinder;
use super::declare::{Declared, TypeSite};
use super::scope::{GenericContext, NsScope, Resolved, TypeResolver};
use frontend_core::constant::ConstValue;
use frontend_core::diag::{Code, Diagnostic};
use frontend_core::emit::module::{AttrTarget, CustomAttribute};
use frontend_core::ir::{ExprKind, MethodRef};
use frontend_core::source::FileId;
use frontend_core::symbols::{MethodId, MethodSym, World};
use frontend_core::types::{Ty, TypeId};
use il_emit::custom_attribute::{CaNamedArg, CaType, CaValue, CustomAttributeValue, encode};
use std::sync::Arc;

/// `[assembly: …]` attributes: the file and file-level scope each was written in.
pub type AssemblyAttributes<'a> = [(FileId, NsScope, &'a crate::syntax::Attribute)];

pub fn bind_attributes(
    world: &World,
    sites: &[TypeSite<'_>],
    declared: &Declared<'_>,
    assembly: &AssemblyAttributes<'_>,
    sources: &[&str],
    diags: &mut Vec<Diagnostic>,
) -> Vec<CustomAttribute> {
    let mut out = Vec::new();
    let mut items: Vec<(
        AttrTarget,
        FileId,
        &NsScope,
        TypeId,
        &crate::syntax::Attribute,
    )> = declared
        .attributes
        .iter()
        .map(|(t, si, a)| (*t, sites[*si].file, &*sites[*si].scope, sites[*si].id, *a))
        .collect();
    // Assembly attributes' arguments are constants: any type serves as the binding
    // context for them (`object` when the assembly declares none).
    let context = sites
        .first()
        .map(|s| s.id)
        .or_else(|| world.well_known("System", "Object"));
    if let Some(context) = context {
        items.extend(
            assembly
                .iter()
                .map(|(file, scope, a)| (AttrTarget::Assembly, *file, scope, context, *a)),
        );
    }
    for (target, file, scope, type_id, attr) in items {
        let target = &target;
        let site_file = file;
        let src = sources.get(file.0 as usize).copied().unwrap_or("");
        let g = GenericContext {
            ty: Some(type_id),
            ..Default::default()
        };
        let r = TypeResolver {
            world,
            file,
            scope,
            generics: &g,
            undeclared: None,
        };
        let Some(name) = super::scope::dotted(&attr.name) else {
            continue;
        };
        let last = name.rsplit('.').next().unwrap_or(&name).to_owned();
        if matches!(
            last.as_str(),
            "StructLayout"
                | "StructLayoutAttribute"
                | "FieldOffset"
                | "FieldOffsetAttribute"
                | "MethodImpl"
                | "MethodImplAttribute"
                | "IndexerName"
                | "IndexerNameAttribute"
        ) {
            continue;
        }
        let mut d = Vec::new();
        let with_suffix = {
            let mut t = attr.name.clone();
            if let crate::syntax::TypeKind::Named { name, .. } = &mut t.kind {
                name.text = format!("{}Attribute", name.text).into();
            }
            t
        };
        let ty = match r.resolve_name(&with_suffix, &mut Vec::new()) {
            Some(Resolved::Type(t)) => t,
            _ => match r.resolve_name(&attr.name, &mut d) {
                Some(Resolved::Type(t)) => t,
                _ => {
                    diags.extend(d);
                    continue;
                }
            },
        };
        let Some(tid) = world.type_def_of(&ty) else {
            continue;
        };
        let details = world.details(tid);
        let dummy = dummy_method();
        let mut b = BodyBinder::new(
            world,
            site_file,
            src,
            scope,
            g.clone(),
            type_id,
            &dummy,
            false,
        );
        let positional: Vec<_> = attr.args.iter().filter(|a| a.name.is_none()).collect();
        let values: Vec<_> = positional.iter().map(|a| b.expr(&a.value)).collect();
        diags.append(&mut b.diags);
        let ctor = details.methods.iter().enumerate().find(|(_, m)| {
            m.is_ctor()
                && m.params.len() == values.len()
                && m.params
                    .iter()
                    .zip(&values)
                    .all(|(p, v)| b.implicit_conv(v, &p.ty).is_some())
        });
        let Some((ci, csym)) = ctor else {
            let shown = super::display::ty(world, &ty);
            diags.push(Diagnostic::new(
                Code::CS1729,
                site_file,
                attr.range,
                &[&shown, &values.len().to_string()],
            ));
            continue;
        };
        let mut value = CustomAttributeValue::default();
        let mut ok = true;
        for (p, v) in csym.params.iter().zip(values) {
            let v = b.convert(v, &p.ty, attr.range);
            match ca_value(world, &p.ty, &v.kind) {
                Some(x) => value.fixed.push(x),
                None => ok = false,
            }
        }
        for a in attr.args.iter().filter(|a| a.name.is_some()) {
            let Some(n) = &a.name else { continue };
            let (is_field, pty) = match (
                details.fields.iter().find(|f| f.name == *n.text),
                details.properties.iter().find(|p| p.name == *n.text),
            ) {
                (Some(f), _) => (true, f.ty.clone()),
                (_, Some(p)) => (false, p.ty.clone()),
                _ => {
                    let shown = super::display::ty(world, &ty);
                    diags.push(Diagnostic::new(
                        Code::CS0246,
                        site_file,
                        n.range,
                        &[&format!("{shown}.{}", n.text)],
                    ));
                    ok = false;
                    continue;
                }
            };
            let v = b.expr_to(&a.value, &pty);
            diags.append(&mut b.diags);
            match (ca_type(world, &pty), ca_value(world, &pty, &v.kind)) {
                (Some(t), Some(x)) => value.named.push(CaNamedArg {
                    is_field,
                    ty: t,
                    name: n.text[..].to_owned(),
                    value: x,
                }),
                _ => ok = false,
            }
        }
        if !ok {
            diags.push(Diagnostic::new(Code::CS0182, site_file, attr.range, &[]));
            continue;
        }
        out.push(CustomAttribute {
            target: *target,
            ctor: MethodRef {
                id: MethodId {
                    ty: tid,
                    idx: ci as u32,
                },
                type_args: Arc::from([]),
                method_args: Arc::from([]),
            },
            blob: encode(&value),
        });
    }
    if let Some(dm) = world.well_known("System.Reflection", "DefaultMemberAttribute") {
        let details = world.details(dm);
        if let Some(ci) = details
            .methods
            .iter()
            .position(|m| m.is_ctor() && m.params.len() == 1)
        {
            for (t, member) in &declared.default_members {
                out.push(CustomAttribute {
                    target: AttrTarget::Type(*t),
                    ctor: MethodRef {
                        id: MethodId {
                            ty: dm,
                            idx: ci as u32,
                        },
                        type_args: Arc::from([]),
                        method_args: Arc::from([]),
                    },
                    blob: encode(&CustomAttributeValue {
                        fixed: vec![CaValue::String(Some(member.clone()))],
                        named: Vec::new(),
                    }),
                });
            }
        }
    }
    out
}

fn dummy_method() -> MethodSym {
    MethodSym::new(
        String::new(),
        frontend_core::symbols::method_flags::STATIC,
        Ty::Void,
        Vec::new(),
    )
}

fn ca_type(world: &World, t: &Ty) -> Option<CaType> {
    Some(match t {
        Ty::Bool => CaType::Boolean,
        Ty::Char => CaType::Char,
        Ty::I1 => CaType::I1,
        Ty::U1 => CaType::U1,
        Ty::I2 => CaType::I2,
        Ty::U2 => CaType::U2,
        Ty::I4 => CaType::I4,
        Ty::U4 => CaType::U4,
        Ty::I8 => CaType::I8,
        Ty::U8 => CaType::U8,
        Ty::R4 => CaType::R4,
        Ty::R8 => CaType::R8,
        Ty::String => CaType::String,
        Ty::Object => CaType::Object,
        Ty::Array(e, 1) => CaType::SzArray(Box::new(ca_type(world, e)?)),
        Ty::Named(id, _) if world.is_enum(t) => {
            let sym = world.ty(*id);
            let mut name = if sym.namespace.is_empty() {
                sym.name.clone()
            } else {
                format!("{}.{}", sym.namespace, sym.name)
            };
            if !id.is_source() {
                name = format!("{name}, {}", world.asms[id.asm as usize].identity.name);
            }
            CaType::Enum {
                name,
                underlying: Box::new(ca_type(world, &world.enum_underlying(t)?)?),
            }
        }
        Ty::Named(id, _) if world.ty(*id).name == "Type" && world.ty(*id).namespace == "System" => {
            CaType::Type
        }
        _ => return None,
    })
}

fn ca_value(world: &World, t: &Ty, v: &ExprKind) -> Option<CaValue> {
    let c = match v {
        ExprKind::Const(c) => c,
        ExprKind::Nop(inner) | ExprKind::Convert { operand: inner, .. } => {
            return ca_value(world, t, &inner.kind);
        }
        _ => return None,
    };
    Some(match (t, c) {
        (_, ConstValue::Null) if *t == Ty::String => CaValue::String(None),
        (Ty::Bool, ConstValue::Bool(b)) => CaValue::Boolean(*b),
        (Ty::String, ConstValue::String(s)) => CaValue::String(Some(String::from_utf16_lossy(s))),
        (Ty::Char, _) => CaValue::Char(c.as_i128()? as u16),
        (Ty::I1, _) => CaValue::I1(c.as_i128()? as i8),
        (Ty::U1, _) => CaValue::U1(c.as_i128()? as u8),
        (Ty::I2, _) => CaValue::I2(c.as_i128()? as i16),
        (Ty::U2, _) => CaValue::U2(c.as_i128()? as u16),
        (Ty::I4, _) => CaValue::I4(c.as_i128()? as i32),
        (Ty::U4, _) => CaValue::U4(c.as_i128()? as u32),
        (Ty::I8, _) => CaValue::I8(c.as_i128()? as i64),
        (Ty::U8, _) => CaValue::U8(c.as_i128()? as u64),
        (Ty::R4, _) => CaValue::R4(c.as_f64()? as f32),
        (Ty::R8, _) => CaValue::R8(c.as_f64()?),
        (t, _) if world.is_enum(t) => CaValue::Enum {
            ty: ca_type(world, t)?,
            value: c.as_i128()? as i64,
        },
        _ => return None,
    })
}
