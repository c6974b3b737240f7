//! A type's members by name: built the first time a lookup asks, so finding `Add` on
//! `List<T>` or `Length` on `string` is one hash probe instead of a walk over every
//! field, property, event and method of the type. The index is derived data: it never
//! takes part in comparing declarations, and a cloned `TypeDetails` starts without one.

use super::TypeDetails;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The members of one name, each list in declaration order (indices into the type's
/// `fields`, `properties`, `events` and `methods`).
#[derive(Debug, Default)]
pub struct NamedMembers {
    pub fields: Vec<u32>,
    pub properties: Vec<u32>,
    pub events: Vec<u32>,
    pub methods: Vec<u32>,
}

/// The lazily built name index of a [`TypeDetails`].
#[derive(Default)]
pub struct MemberIndex(OnceLock<FxHashMap<Box<str>, NamedMembers>>);

impl MemberIndex {
    /// The members called `name` (`None`: the type declares nothing of that name).
    pub(super) fn get<'a>(&'a self, d: &TypeDetails, name: &str) -> Option<&'a NamedMembers> {
        self.0.get_or_init(|| build(d)).get(name)
    }
}

fn build(d: &TypeDetails) -> FxHashMap<Box<str>, NamedMembers> {
    let mut map: FxHashMap<Box<str>, NamedMembers> = FxHashMap::default();
    fn entry<'m>(
        map: &'m mut FxHashMap<Box<str>, NamedMembers>,
        name: &str,
    ) -> &'m mut NamedMembers {
        map.entry(name.into()).or_default()
    }
    for (i, f) in d.fields.iter().enumerate() {
        entry(&mut map, &f.name).fields.push(i as u32);
    }
    for (i, p) in d.properties.iter().enumerate() {
        entry(&mut map, &p.name).properties.push(i as u32);
    }
    for (i, e) in d.events.iter().enumerate() {
        entry(&mut map, &e.name).events.push(i as u32);
    }
    for (i, m) in d.methods.iter().enumerate() {
        entry(&mut map, &m.name).methods.push(i as u32);
    }
    map
}

impl Clone for MemberIndex {
    /// A copy may be changed, so it starts without an index.
    fn clone(&self) -> Self {
        MemberIndex::default()
    }
}

impl PartialEq for MemberIndex {
    /// Derived data: two details are equal by their members alone.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for MemberIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MemberIndex")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::symbols::{FieldSym, MethodSym};
    use crate::types::Ty;

    #[test]
    fn finds_every_kind_by_name_in_declaration_order() {
        let mut d = TypeDetails::default();
        for name in ["Add", "Count", "Add"] {
            d.methods.push(MethodSym::new(name, 0, Ty::Void, Vec::new()));
        }
        d.fields.push(FieldSym {
            name: "Count".into(),
            flags: 0,
            ty: Ty::I4,
            constant: None,
            rid: 0,
        });
        let add = d.named("Add").expect("Add is declared");
        assert_eq!(add.methods, vec![0, 2]);
        assert!(add.fields.is_empty());
        let count = d.named("Count").expect("Count is declared");
        assert_eq!((count.fields.as_slice(), count.methods.as_slice()), (&[0][..], &[1][..]));
        assert!(d.named("Remove").is_none());
        // A clone can be changed: it indexes its own members afresh.
        let mut c = d.clone();
        c.methods.push(MethodSym::new("Remove", 0, Ty::Void, Vec::new()));
        assert_eq!(c.named("Remove").map(|n| n.methods.clone()), Some(vec![3]));
    }
}
