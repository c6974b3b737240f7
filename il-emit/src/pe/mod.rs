//! The PE/COFF image that carries a CLI assembly (ECMA-335 Partition II §25).
