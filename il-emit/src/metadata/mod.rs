//! Metadata: the table schema shared by writer and reader, and the writer side (heaps,
//! table rows, sorting, the `#~` stream and metadata root).

pub mod builder;
pub mod heaps;
mod intern;
pub mod schema;
pub mod tables;

pub use builder::{AssemblyDef, AssemblyRefDef, MetadataBuilder, SerializedMetadata};
