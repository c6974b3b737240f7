//! Decoding custom attributes against real metadata: a [`CaResolver`] that answers the
//! blob's unknowns (is a parameter type `System.Type` or an enum, and with which
//! underlying type) by looking types up in a set of loaded assemblies' metadata.

use super::error::ReadError;
use super::metadata::Metadata;
use crate::custom_attribute::{CaResolver, CaType, CustomAttributeValue, decode};
use crate::entity::{StringIdx, Token};
use crate::metadata::schema::TableId;
use crate::signature::{TypeSig, decode as sig};

/// Resolves attribute argument types across `modules[0]` (the attribute's own module,
/// which tokens refer to) and the other loaded modules (found by type name).
#[derive(Debug)]
pub struct MetadataCaResolver<'m, 'a> {
    pub modules: Vec<&'m Metadata<'a>>,
}

impl<'m, 'a> MetadataCaResolver<'m, 'a> {
    /// The (namespace, name) of a TypeDef or TypeRef token in `md`.
    fn name_of(md: &Metadata<'_>, t: Token) -> Option<(String, String)> {
        let (ns, n): (StringIdx, StringIdx) = match t.table()? {
            TableId::TypeDef => md
                .type_def(t.rid())
                .ok()
                .map(|r| (r.type_namespace, r.type_name))?,
            TableId::TypeRef => md
                .type_ref(t.rid())
                .ok()
                .map(|r| (r.type_namespace, r.type_name))?,
            _ => return None,
        };
        Some((
            md.string(ns).ok()?.to_owned(),
            md.string(n).ok()?.to_owned(),
        ))
    }

    /// A type nested directly in `outer` by name.
    fn find_nested(md: &Metadata<'_>, outer: u32, name: &str) -> Option<u32> {
        (1..=md.row_count(TableId::NestedClass)).find_map(|r| {
            let nc = md.nested_class(r).ok()?;
            let row = md.type_def(nc.nested).ok()?;
            (nc.enclosing == outer && md.string(row.type_name).ok()? == name).then_some(nc.nested)
        })
    }

    /// Finds a TypeDef by serialized name (`Ns.Outer+Inner`) in any module.
    fn find_by_name(&self, full: &str) -> Option<(&'m Metadata<'a>, u32)> {
        let mut parts = full.split('+');
        let top = parts.next()?;
        let (ns, name) = top.rsplit_once('.').unwrap_or(("", top));
        for md in &self.modules {
            let Some(mut rid) = md.find_type_def(ns, name) else {
                continue;
            };
            for inner in parts.clone() {
                rid = Self::find_nested(md, rid, inner)?;
            }
            return Some((md, rid));
        }
        None
    }

    /// The serialized name of a TypeRef (`Ns.Outer+Inner`), following nesting scopes.
    fn type_ref_name(md: &Metadata<'_>, rid: u32, depth: u32) -> Option<String> {
        let row = md.type_ref(rid).ok()?;
        let own = md.string(row.type_name).ok()?;
        let scope = row.resolution_scope;
        if scope.table() == Some(TableId::TypeRef) && depth < 16 {
            return Some(format!(
                "{}+{own}",
                Self::type_ref_name(md, scope.rid(), depth + 1)?
            ));
        }
        let ns = md.string(row.type_namespace).ok()?;
        Some(if ns.is_empty() {
            own.to_owned()
        } else {
            format!("{ns}.{own}")
        })
    }

    /// The attribute type of TypeDef `rid` in `md`: `Type` for System.Type, an enum with
    /// its underlying type (from the `value__` field), or `None`.
    fn classify(md: &Metadata<'_>, rid: u32) -> Option<CaType> {
        let row = md.type_def(rid).ok()?;
        let (ns, name) = (
            md.string(row.type_namespace).ok()?,
            md.string(row.type_name).ok()?,
        );
        if (ns, name) == ("System", "Type") {
            return Some(CaType::Type);
        }
        if Self::name_of(md, row.extends)? != ("System".to_owned(), "Enum".to_owned()) {
            return None;
        }
        for f in md.type_fields(rid).ok()? {
            let field = md.field(f).ok()?;
            if field.flags & 0x10 != 0 {
                continue;
            }
            let ty = sig::field_sig(md.blob(field.signature).ok()?).ok()?.ty;
            let mut full = if ns.is_empty() {
                name.to_owned()
            } else {
                format!("{ns}.{name}")
            };
            let mut inner = rid;
            let mut depth = 0;
            while let Ok(Some(outer)) = md.enclosing_type(inner) {
                let o = md.type_def(outer).ok()?;
                let ons = md.string(o.type_namespace).ok()?;
                let oname = md.string(o.type_name).ok()?;
                let prefix = if ons.is_empty() {
                    oname.to_owned()
                } else {
                    format!("{ons}.{oname}")
                };
                full = format!("{prefix}+{full}");
                inner = outer;
                depth += 1;
                if depth > 16 {
                    return None;
                }
            }
            return Some(CaType::Enum {
                name: full,
                underlying: Box::new(primitive(&ty)?),
            });
        }
        None
    }
}

/// An enum's underlying type: an integral primitive (or `bool`/`char`).
fn primitive(ty: &TypeSig) -> Option<CaType> {
    CaType::from_primitive(ty)
        .filter(|t| !matches!(t, CaType::R4 | CaType::R8 | CaType::String | CaType::Object))
}

impl CaResolver for MetadataCaResolver<'_, '_> {
    fn type_of_token(&self, token: Token) -> Option<CaType> {
        let md = self.modules.first()?;
        match token.table()? {
            TableId::TypeDef => Self::classify(md, token.rid()),
            TableId::TypeRef => {
                let name = Self::type_ref_name(md, token.rid(), 0)?;
                if name == "System.Type" {
                    return Some(CaType::Type);
                }
                let (m, rid) = self.find_by_name(&name)?;
                Self::classify(m, rid)
            }
            _ => None,
        }
    }

    fn enum_underlying(&self, name: &str) -> Option<CaType> {
        // A serialized enum name may be assembly-qualified.
        let type_name = name.split(',').next()?.trim();
        let (md, rid) = self.find_by_name(type_name)?;
        match Self::classify(md, rid)? {
            CaType::Enum { underlying, .. } => Some(*underlying),
            _ => None,
        }
    }
}

/// Decodes CustomAttribute row `rid` of `resolver.modules[0]`.
pub fn decode_custom_attribute(
    resolver: &MetadataCaResolver<'_, '_>,
    rid: u32,
) -> Result<CustomAttributeValue, ReadError> {
    let md = resolver.modules.first().ok_or(ReadError::RowOutOfRange {
        table: TableId::CustomAttribute,
        rid,
    })?;
    let row = md.custom_attribute(rid)?;
    let blob = match row.ty.table() {
        Some(TableId::MethodDef) => md.method_def(row.ty.rid())?.signature,
        Some(TableId::MemberRef) => md.member_ref(row.ty.rid())?.signature,
        _ => return Err(ReadError::BadCodedIndex { value: row.ty.0 }),
    };
    let ctor = sig::method_sig(md.blob(blob)?).map_err(|e| ReadError::BadSignature {
        reason: e.to_string(),
    })?;
    decode(md.blob(row.value)?, &ctor.params, resolver).map_err(|e| ReadError::BadSignature {
        reason: e.to_string(),
    })
}
