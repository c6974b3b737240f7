//! Metadata: the table schema shared by writer and reader, and the writer side (heaps,
//! table rows, sorting, the `#~` stream and metadata root).

pub mod schema;
