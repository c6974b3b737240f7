//! The Common Language Specification rules (ECMA-335 Partition I §11) as checks over
//! metadata only, so that any assembly, from any compiler, can be judged. Each finding
//! names its CLS rule number, the Roslyn/mcs warning code where one matches, and the
//! member it concerns.
//!
//! `check` judges the first assembly of a [`World`]; the others are its references, used
//! to decide whether the types its signatures name are compliant. Rules live one concern
//! per module under `rules/`.
#![forbid(unsafe_code)]

pub mod compliance;
pub mod finding;
pub mod model;
pub mod rules;

pub use finding::Finding;
pub use model::World;

/// Judges `world.assemblies[0]`; findings come in metadata order.
pub fn check(world: &World<'_>) -> Vec<Finding> {
    rules::run(world)
}
