//! A checked, lazy view over any assembly's bytes: PE headers, CLI header, metadata
//! streams, every table and heap, signatures, custom attributes and method bodies.
//! Malformed input is an error value naming the defect, never a panic.
