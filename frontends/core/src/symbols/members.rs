//! A type's members by name: built the first time a lookup asks, so finding `Add` on
//! `List<T>` or `Length` on `string` is one hash probe instead of a walk over every
//! field, property, event and method of the type. Small types (most source classes) are
//! scanned instead: building a map for a handful of members costs more than it saves.
//! The index is derived data: it never takes part in comparing declarations, and a
//! cloned `TypeDetails` starts without one.

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

/// Types with at most this many members are scanned rather than indexed.
const SCAN_LIMIT: usize = 16;

/// The members of one name in a type: from the index, or found by a scan.
pub enum Named<'a> {
    Indexed(Option<&'a NamedMembers>),
    Scan(&'a TypeDetails, &'a str),
}

impl<'a> Named<'a> {
    /// The first field of the name.
    pub fn first_field(&self) -> Option<u32> {
        match self {
            Named::Indexed(n) => n.and_then(|n| n.fields.first().copied()),
            Named::Scan(d, name) => d
                .fields
                .iter()
                .position(|f| f.name == *name)
                .map(|i| i as u32),
        }
    }

    /// The first property of the name.
    pub fn first_property(&self) -> Option<u32> {
        match self {
            Named::Indexed(n) => n.and_then(|n| n.properties.first().copied()),
            Named::Scan(d, name) => d
                .properties
                .iter()
                .position(|p| p.name == *name)
                .map(|i| i as u32),
        }
    }

    /// The first event of the name.
    pub fn first_event(&self) -> Option<u32> {
        match self {
            Named::Indexed(n) => n.and_then(|n| n.events.first().copied()),
            Named::Scan(d, name) => d
                .events
                .iter()
                .position(|e| e.name == *name)
                .map(|i| i as u32),
        }
    }

    /// The methods of the name, in declaration order.
    pub fn methods(&self) -> impl Iterator<Item = u32> + 'a {
        let (indexed, scanned): (&'a [u32], Option<(&'a TypeDetails, &'a str)>) = match *self {
            Named::Indexed(n) => (n.map_or(&[][..], |n| n.methods.as_slice()), None),
            Named::Scan(d, name) => (&[][..], Some((d, name))),
        };
        let scan = scanned.into_iter().flat_map(|(d, name)| {
            d.methods
                .iter()
                .enumerate()
                .filter(move |(_, m)| m.name == name)
                .map(|(i, _)| i as u32)
        });
        indexed.iter().copied().chain(scan)
    }
}

impl MemberIndex {
    /// The members called `name`.
    pub(super) fn get<'a>(&'a self, d: &'a TypeDetails, name: &'a str) -> Named<'a> {
        let count = d.fields.len() + d.properties.len() + d.events.len() + d.methods.len();
        if count <= SCAN_LIMIT {
            return Named::Scan(d, name);
        }
        Named::Indexed(self.0.get_or_init(|| build(d)).get(name))
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
        // Past the scan limit (indexed) and under it (scanned): the same answers.
        for filler in [0, SCAN_LIMIT] {
            let mut d = TypeDetails::default();
            for name in ["Add", "Count", "Add"] {
                d.methods
                    .push(MethodSym::new(name, 0, Ty::Void, Vec::new()));
            }
            for i in 0..filler {
                d.methods
                    .push(MethodSym::new(format!("M{i}"), 0, Ty::Void, Vec::new()));
            }
            d.fields.push(FieldSym {
                name: "Count".into(),
                flags: 0,
                ty: Ty::I4,
                constant: None,
                rid: 0,
            });
            let add = d.named("Add");
            assert_eq!(add.methods().collect::<Vec<_>>(), vec![0, 2]);
            assert_eq!(add.first_field(), None);
            let count = d.named("Count");
            assert_eq!(
                (count.first_field(), count.methods().collect::<Vec<_>>()),
                (Some(0), vec![1])
            );
            let remove = d.named("Remove");
            assert_eq!(remove.methods().count(), 0);
            assert_eq!(
                (remove.first_property(), remove.first_event()),
                (None, None)
            );
            // A clone can be changed: it indexes its own members afresh.
            let mut c = d.clone();
            c.methods
                .push(MethodSym::new("Remove", 0, Ty::Void, Vec::new()));
            let n = c.methods.len() as u32 - 1;
            assert_eq!(c.named("Remove").methods().collect::<Vec<_>>(), vec![n]);
        }
    }
}
