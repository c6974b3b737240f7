//! Lowering passes over bound IR that need new symbols: iterator lowering (`iterators`)
//! turns methods that `yield` into state-machine classes, then closure conversion
//! (`closures`) turns lambdas into methods and captured variables into display-class
//! fields. Both add nested classes and methods through `NewSymbols` and `rebuild`. The
//! simpler lowerings (compound assignment, `switch`, concatenation, `foreach`, `using`)
//! happen in the binders' IR construction and in code generation.

pub mod closures;
pub mod iterators;

use crate::symbols::{AsmSymbols, MethodSym, TypeDetails, TypeKind, TypeSym, World, type_flags};
use crate::types::TypeId;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

/// Types and methods to add to the source assembly.
pub(crate) struct NewSymbols {
    /// New nested classes: (enclosing type, name, details, generic parameters).
    pub(crate) types: Vec<(
        TypeId,
        String,
        TypeDetails,
        Vec<crate::symbols::GenericParamSym>,
    )>,
    /// Methods appended to existing source types.
    pub(crate) added_methods: BTreeMap<u32, Vec<MethodSym>>,
    pub(crate) base_count: u32,
    pub(crate) errors: Vec<String>,
}

/// A new world: the source assembly with the new classes and methods added.
pub(crate) fn rebuild(world: &World, new: NewSymbols) -> World {
    let src = &world.asms[0];
    let mut types: Vec<TypeSym> = src
        .types
        .iter()
        .map(|t| TypeSym {
            name: t.name.clone(),
            namespace: t.namespace.clone(),
            enclosing: t.enclosing,
            flags: t.flags,
            kind: t.kind,
            generic_params: t.generic_params.clone(),
            nested: t.nested.clone(),
            rid: t.rid,
            details: OnceLock::new(),
        })
        .collect();
    let mut details: Vec<TypeDetails> = (0..src.types.len() as u32)
        .map(|i| (*world.details(TypeId { asm: 0, idx: i })).clone())
        .collect();
    for (ty, methods) in new.added_methods {
        details[ty as usize].methods.extend(methods);
    }
    for (enclosing, name, d, generics) in new.types {
        let idx = types.len() as u32;
        types[enclosing.idx as usize]
            .nested
            .push(TypeId { asm: 0, idx });
        types.push(TypeSym {
            name,
            namespace: String::new(),
            enclosing: Some(enclosing),
            flags: type_flags::NESTED_PRIVATE | type_flags::SEALED | type_flags::BEFORE_FIELD_INIT,
            kind: TypeKind::Class,
            generic_params: generics,
            nested: Vec::new(),
            rid: idx + 2,
            details: OnceLock::new(),
        });
        details.push(d);
    }
    for (t, d) in types.iter().zip(details) {
        let _ = t.details.set(Arc::new(d));
    }
    let mut asm = AsmSymbols {
        identity: src.identity.clone(),
        types,
        ..Default::default()
    };
    asm.index();
    let mut asms = vec![Arc::new(asm)];
    asms.extend(world.asms.iter().skip(1).cloned());
    World::new(asms)
}
