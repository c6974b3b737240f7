//! `CLSCompliantAttribute` semantics and external visibility: which types and members the
//! rules judge. An assembly without the attribute is not judged at all (as csc and mcs do);
//! a type inherits its assembly's (or enclosing type's) compliance unless it says
//! otherwise; a member inherits its type's. Only what other assemblies can see is judged.

use crate::model::{TypeKey, World};
use il_emit::TableId;
use il_emit::entity::Token;

impl World<'_> {
    /// The value of a `[CLSCompliant(…)]` on a token, if it carries one.
    pub fn declared(&self, asm: usize, target: Token) -> Option<bool> {
        let md = self.md(asm);
        for rid in md.custom_attributes(target).ok()? {
            let ca = md.custom_attribute(rid).ok()?;
            let parent = match ca.ty.table()? {
                TableId::MemberRef => md.member_ref(ca.ty.rid()).ok()?.class,
                TableId::MethodDef => {
                    Token::new(TableId::TypeDef, self.owner_of_method(asm, ca.ty.rid())?)
                }
                _ => continue,
            };
            if self.token_name(asm, parent) == "System.CLSCompliantAttribute" {
                let blob = md.blob(ca.value).ok()?;
                return blob.get(2).map(|&b| b != 0);
            }
        }
        None
    }

    /// The TypeDef whose method list holds a MethodDef.
    pub fn owner_of_method(&self, asm: usize, method: u32) -> Option<u32> {
        // Method lists start in non-decreasing order: the owner is the last TypeDef whose
        // list starts at or before the method.
        let md = self.md(asm);
        let (mut lo, mut hi) = (1u32, md.row_count(TableId::TypeDef) + 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if md.type_def(mid).ok()?.method_list <= method {
                lo = mid + 1
            } else {
                hi = mid
            }
        }
        (lo > 1).then_some(lo - 1)
    }

    /// The assembly-level declaration.
    pub fn assembly_compliance(&self, asm: usize) -> Option<bool> {
        if self.md(asm).row_count(TableId::Assembly) == 0 {
            return None;
        }
        self.declared(asm, Token::new(TableId::Assembly, 1))
    }

    /// Whether a type is CLS-compliant: its own attribute, else its enclosing type's,
    /// else its assembly's (no attribute anywhere: not compliant).
    pub fn type_compliant(&self, (asm, rid): TypeKey) -> bool {
        self.cached_compliance((asm, rid), || {
            if let Some(v) = self.declared(asm, Token::new(TableId::TypeDef, rid)) {
                return v;
            }
            match self.md(asm).enclosing_type(rid) {
                Ok(Some(outer)) if outer != rid => self.type_compliant((asm, outer)),
                _ => self.assembly_compliance(asm).unwrap_or(false),
            }
        })
    }

    /// Whether another assembly can see a type.
    pub fn type_visible(&self, (asm, rid): TypeKey) -> bool {
        let md = self.md(asm);
        let Ok(row) = md.type_def(rid) else {
            return false;
        };
        match row.flags & 0x7 {
            1 => true,
            2 | 4 | 7 => match md.enclosing_type(rid) {
                Ok(Some(outer)) if outer != rid => self.type_visible((asm, outer)),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether a type, referenced from a signature, is CLS-compliant. Types from
    /// assemblies that are not loaded are given the benefit of the doubt.
    pub fn referenced_type_compliant(&self, asm: usize, t: Token) -> bool {
        match self.resolve(asm, t) {
            Some(key) => self.type_compliant(key),
            None => true,
        }
    }
}

/// Whether a member's access (`Flags & 0x7` of a Field or MethodDef) is visible outside:
/// public, family, or family-or-assembly.
pub fn member_access_visible(flags: u16) -> bool {
    matches!(flags & 0x7, 4..=6)
}
