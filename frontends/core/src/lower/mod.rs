//! Lowering passes over bound IR that need new symbols: closure conversion (`closures`)
//! turns lambdas into methods and captured variables into display-class fields. The
//! simpler lowerings (compound assignment, `switch`, concatenation, `foreach`, `using`)
//! happen in the binders' IR construction and in code generation.

pub mod closures;
