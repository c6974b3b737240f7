//! `ReadError`: every way an image or its metadata can be malformed, each naming the
//! defect and where it is.

use crate::metadata::schema::TableId;
use std::fmt;

/// A defect found while reading an image or its metadata.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ReadError {
    /// The bytes end before the named structure.
    Truncated { what: &'static str },
    /// No `MZ` at offset 0.
    BadDosSignature,
    /// No `PE\0\0` where `e_lfanew` points.
    BadPeSignature,
    /// The optional header's magic is neither PE32 nor PE32+.
    BadOptionalHeaderMagic(u16),
    /// An RVA lies in no section, or a range runs past its section.
    RvaOutOfBounds { rva: u32, size: u32 },
    /// The image has no CLI header (data directory 14 is empty).
    NoCliHeader,
    /// The CLI header's size field is too small.
    BadCliHeader,
    /// The metadata root does not start with `BSJB`.
    BadMetadataSignature,
    /// A stream header points outside the metadata.
    StreamOutOfBounds { name: String },
    /// No `#~` or `#-` stream.
    NoTablesStream,
    /// The tables' rows run past the end of the `#~` stream.
    TableOutOfBounds { table: TableId },
    /// The tables stream marks a table number that does not exist.
    UnknownTable(u8),
    /// A row number outside its table.
    RowOutOfRange { table: TableId, rid: u32 },
    /// A coded index whose tag names no table.
    BadCodedIndex { value: u32 },
    /// A `#Strings` offset outside the heap, or a string without its NUL.
    BadStringIndex(u32),
    /// A `#Strings` entry that is not UTF-8.
    InvalidUtf8(u32),
    /// A `#Blob` offset outside the heap, or a blob running past its end.
    BadBlobIndex(u32),
    /// A `#GUID` index outside the heap.
    BadGuidIndex(u32),
    /// A `#US` offset outside the heap, or a malformed entry.
    BadUserStringIndex(u32),
    /// A method body that cannot be decoded.
    BadMethodBody { rva: u32, reason: String },
    /// A signature blob that cannot be decoded.
    BadSignature { reason: String },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Truncated { what } => write!(f, "file truncated: {what} is incomplete"),
            ReadError::BadDosSignature => write!(f, "no MZ signature: not a PE image"),
            ReadError::BadPeSignature => write!(f, "no PE signature where e_lfanew points"),
            ReadError::BadOptionalHeaderMagic(m) => write!(f, "bad optional header magic {m:#06x}"),
            ReadError::RvaOutOfBounds { rva, size } => {
                write!(
                    f,
                    "RVA {rva:#x} (+{size:#x} bytes) lies outside every section"
                )
            }
            ReadError::NoCliHeader => write!(f, "no CLI header: not a .NET assembly"),
            ReadError::BadCliHeader => write!(f, "CLI header is malformed"),
            ReadError::BadMetadataSignature => write!(f, "metadata root lacks the BSJB signature"),
            ReadError::StreamOutOfBounds { name } => {
                write!(f, "metadata stream {name} lies outside the metadata")
            }
            ReadError::NoTablesStream => write!(f, "metadata has no #~ tables stream"),
            ReadError::TableOutOfBounds { table } => {
                write!(
                    f,
                    "{} table runs past the end of the #~ stream",
                    table.name()
                )
            }
            ReadError::UnknownTable(n) => write!(f, "tables stream marks unknown table {n:#04x}"),
            ReadError::RowOutOfRange { table, rid } => {
                write!(f, "row {rid} is outside the {} table", table.name())
            }
            ReadError::BadCodedIndex { value } => {
                write!(f, "coded index {value:#x} names no table")
            }
            ReadError::BadStringIndex(i) => write!(f, "#Strings offset {i:#x} is out of bounds"),
            ReadError::InvalidUtf8(i) => write!(f, "#Strings entry at {i:#x} is not UTF-8"),
            ReadError::BadBlobIndex(i) => write!(f, "#Blob offset {i:#x} is out of bounds"),
            ReadError::BadGuidIndex(i) => write!(f, "#GUID index {i} is out of bounds"),
            ReadError::BadUserStringIndex(i) => write!(f, "#US offset {i:#x} is malformed"),
            ReadError::BadMethodBody { rva, reason } => {
                write!(f, "method body at RVA {rva:#x}: {reason}")
            }
            ReadError::BadSignature { reason } => write!(f, "{reason}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads little-endian integers out of a byte slice, checked.
pub(crate) trait Bytes {
    fn slice_at(&self, at: usize, len: usize, what: &'static str) -> Result<&[u8], ReadError>;
    fn u16_at(&self, at: usize, what: &'static str) -> Result<u16, ReadError>;
    fn u32_at(&self, at: usize, what: &'static str) -> Result<u32, ReadError>;
    fn u64_at(&self, at: usize, what: &'static str) -> Result<u64, ReadError>;
}

impl Bytes for [u8] {
    fn slice_at(&self, at: usize, len: usize, what: &'static str) -> Result<&[u8], ReadError> {
        at.checked_add(len)
            .and_then(|end| self.get(at..end))
            .ok_or(ReadError::Truncated { what })
    }

    fn u16_at(&self, at: usize, what: &'static str) -> Result<u16, ReadError> {
        let s = self.slice_at(at, 2, what)?;
        Ok(u16::from_le_bytes(
            s.try_into().map_err(|_| ReadError::Truncated { what })?,
        ))
    }

    fn u32_at(&self, at: usize, what: &'static str) -> Result<u32, ReadError> {
        let s = self.slice_at(at, 4, what)?;
        Ok(u32::from_le_bytes(
            s.try_into().map_err(|_| ReadError::Truncated { what })?,
        ))
    }

    fn u64_at(&self, at: usize, what: &'static str) -> Result<u64, ReadError> {
        let s = self.slice_at(at, 8, what)?;
        Ok(u64::from_le_bytes(
            s.try_into().map_err(|_| ReadError::Truncated { what })?,
        ))
    }
}
