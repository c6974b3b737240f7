//! Metadata emission through il-emit: tokens for symbols (`tokens`) and the whole module
//! (`module`): source types, members, bodies, the assembly manifest and the PE file;
//! bodies generated on all cores (`bodies`) with provisional tokens resolved in
//! MethodDef order (`deferred`) and written by `writer`, or by a batch compiler as it
//! binds (`stream`); the assembly's declared version (`identity`).

pub mod bodies;
pub mod deferred;
pub mod identity;
pub mod module;
pub mod pinvoke;
pub mod stream;
pub mod tokens;
pub mod writer;
