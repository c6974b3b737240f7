//! Metadata emission through il-emit: tokens for symbols (`tokens`) and the whole module
//! (`module`): source types, members, bodies, the assembly manifest and the PE file;
//! the assembly's declared version (`identity`).

pub mod identity;
pub mod module;
pub mod pinvoke;
pub mod tokens;
