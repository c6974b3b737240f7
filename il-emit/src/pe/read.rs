//! Reading the PE/COFF container of a CLI image: DOS and PE headers (PE32 and PE32+),
//! sections, data directories, RVA mapping, the CLI header and the CodeView debug entry.
//! Every offset is bounds-checked; malformed bytes give a `ReadError`.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use crate::reader::error::{Bytes, ReadError};

/// One section header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub virtual_address: u32,
    pub virtual_size: u32,
    pub raw_offset: u32,
    pub raw_size: u32,
}

/// An RVA and size pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct DataDirectory {
    pub rva: u32,
    pub size: u32,
}

/// The CLI header (§25.3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CliHeader {
    pub runtime_version: (u16, u16),
    pub metadata: DataDirectory,
    pub flags: u32,
    /// A MethodDef/File token, or an RVA with `COMIMAGE_FLAGS_NATIVE_ENTRYPOINT`.
    pub entry_point: u32,
    pub resources: DataDirectory,
    pub strong_name_signature: DataDirectory,
}

/// A CodeView (RSDS) debug record naming a PDB.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeViewInfo {
    pub guid: [u8; 16],
    pub age: u32,
    pub path: String,
}

/// A parsed PE image over borrowed bytes.
#[derive(Clone, Debug)]
pub struct PeImage<'a> {
    pub bytes: &'a [u8],
    pub is_pe32_plus: bool,
    pub machine: u16,
    pub characteristics: u16,
    pub image_base: u64,
    pub entry_point_rva: u32,
    pub sections: Vec<Section>,
    pub directories: Vec<DataDirectory>,
    pub cli: CliHeader,
}

const MAX_SECTIONS: u16 = 96;

impl<'a> PeImage<'a> {
    /// Parses the headers and the CLI header.
    pub fn parse(bytes: &'a [u8]) -> Result<PeImage<'a>, ReadError> {
        if bytes.slice_at(0, 2, "DOS header")? != b"MZ" {
            return Err(ReadError::BadDosSignature);
        }
        let pe = bytes.u32_at(0x3C, "DOS header")? as usize;
        if bytes.slice_at(pe, 4, "PE signature")? != b"PE\0\0" {
            return Err(ReadError::BadPeSignature);
        }
        let coff = pe + 4;
        let machine = bytes.u16_at(coff, "COFF header")?;
        let n_sections = bytes.u16_at(coff + 2, "COFF header")?;
        let opt_size = usize::from(bytes.u16_at(coff + 16, "COFF header")?);
        let characteristics = bytes.u16_at(coff + 18, "COFF header")?;
        let opt = coff + 20;
        let magic = bytes.u16_at(opt, "optional header")?;
        let (is_pe32_plus, dirs_at, image_base) = match magic {
            0x10B => (
                false,
                opt + 96,
                u64::from(bytes.u32_at(opt + 28, "optional header")?),
            ),
            0x20B => (true, opt + 112, bytes.u64_at(opt + 24, "optional header")?),
            m => return Err(ReadError::BadOptionalHeaderMagic(m)),
        };
        let entry_point_rva = bytes.u32_at(opt + 16, "optional header")?;
        let n_dirs = bytes.u32_at(dirs_at - 4, "optional header")?.min(16) as usize;
        let mut directories = Vec::with_capacity(n_dirs);
        for i in 0..n_dirs {
            let at = dirs_at + i * 8;
            if at + 8 > opt + opt_size {
                break;
            }
            directories.push(DataDirectory {
                rva: bytes.u32_at(at, "data directories")?,
                size: bytes.u32_at(at + 4, "data directories")?,
            });
        }
        if n_sections > MAX_SECTIONS {
            return Err(ReadError::Truncated {
                what: "section table (too many sections)",
            });
        }
        let mut sections = Vec::with_capacity(usize::from(n_sections));
        for i in 0..usize::from(n_sections) {
            let at = opt + opt_size + i * 40;
            let raw = bytes.slice_at(at, 40, "section table")?;
            let name_bytes = raw.get(..8).unwrap_or_default();
            let name_len = name_bytes.iter().position(|&b| b == 0).unwrap_or(8);
            let name = String::from_utf8_lossy(name_bytes.get(..name_len).unwrap_or_default())
                .into_owned();
            sections.push(Section {
                name,
                virtual_size: raw.u32_at(8, "section header")?,
                virtual_address: raw.u32_at(12, "section header")?,
                raw_size: raw.u32_at(16, "section header")?,
                raw_offset: raw.u32_at(20, "section header")?,
            });
        }
        let mut image = PeImage {
            bytes,
            is_pe32_plus,
            machine,
            characteristics,
            image_base,
            entry_point_rva,
            sections,
            directories,
            cli: CliHeader::default(),
        };
        image.cli = image.read_cli_header()?;
        Ok(image)
    }

    fn read_cli_header(&self) -> Result<CliHeader, ReadError> {
        let dir = self.directory(14).ok_or(ReadError::NoCliHeader)?;
        if dir.rva == 0 {
            return Err(ReadError::NoCliHeader);
        }
        let h = self
            .slice(dir.rva, 72)
            .map_err(|_| ReadError::BadCliHeader)?;
        if h.u32_at(0, "CLI header")? < 72 {
            return Err(ReadError::BadCliHeader);
        }
        let dd = |at| -> Result<DataDirectory, ReadError> {
            Ok(DataDirectory {
                rva: h.u32_at(at, "CLI header")?,
                size: h.u32_at(at + 4, "CLI header")?,
            })
        };
        Ok(CliHeader {
            runtime_version: (h.u16_at(4, "CLI header")?, h.u16_at(6, "CLI header")?),
            metadata: dd(8)?,
            flags: h.u32_at(16, "CLI header")?,
            entry_point: h.u32_at(20, "CLI header")?,
            resources: dd(24)?,
            strong_name_signature: dd(32)?,
        })
    }

    /// A data directory by index, if the header has that many.
    pub fn directory(&self, index: usize) -> Option<DataDirectory> {
        self.directories.get(index).copied()
    }

    /// Maps an RVA to a file offset, checking that `size` bytes fit in its section.
    pub fn rva_to_offset(&self, rva: u32, size: u32) -> Result<usize, ReadError> {
        let oob = ReadError::RvaOutOfBounds { rva, size };
        for s in &self.sections {
            let span = s.virtual_size.max(s.raw_size);
            let Some(delta) = rva.checked_sub(s.virtual_address) else {
                continue;
            };
            if delta >= span {
                continue;
            }
            let end = delta.checked_add(size).ok_or(oob.clone())?;
            if end > s.raw_size {
                return Err(oob);
            }
            return (s.raw_offset as usize)
                .checked_add(delta as usize)
                .ok_or(oob);
        }
        Err(oob)
    }

    /// The `size` bytes at an RVA.
    pub fn slice(&self, rva: u32, size: u32) -> Result<&'a [u8], ReadError> {
        let at = self.rva_to_offset(rva, size)?;
        self.bytes.slice_at(at, size as usize, "RVA range")
    }

    /// The bytes from an RVA to the end of its section (for method bodies, whose size is
    /// known only after decoding their header).
    pub fn slice_to_section_end(&self, rva: u32) -> Result<&'a [u8], ReadError> {
        let at = self.rva_to_offset(rva, 1)?;
        let section = self
            .sections
            .iter()
            .find(|s| rva >= s.virtual_address && rva - s.virtual_address < s.raw_size)
            .ok_or(ReadError::RvaOutOfBounds { rva, size: 1 })?;
        let end = (section.raw_offset as usize)
            .saturating_add(section.raw_size as usize)
            .min(self.bytes.len());
        self.bytes
            .get(at..end)
            .ok_or(ReadError::RvaOutOfBounds { rva, size: 1 })
    }

    /// The CodeView record of the debug directory, if there is one.
    pub fn codeview(&self) -> Option<CodeViewInfo> {
        let dir = self.directory(6)?;
        let n = dir.size / 28;
        for i in 0..n.min(16) {
            let entry = self.slice(dir.rva + i * 28, 28).ok()?;
            if entry.u32_at(12, "debug directory").ok()? != 2 {
                continue;
            }
            let (size, rva) = (entry.u32_at(16, "").ok()?, entry.u32_at(20, "").ok()?);
            let data = self.slice(rva, size).ok()?;
            if data.get(..4)? != b"RSDS" {
                return None;
            }
            let guid: [u8; 16] = data.get(4..20)?.try_into().ok()?;
            let age = data.u32_at(20, "").ok()?;
            let path_bytes = data.get(24..)?;
            let end = path_bytes
                .iter()
                .position(|&b| b == 0)
                .unwrap_or(path_bytes.len());
            let path = String::from_utf8_lossy(path_bytes.get(..end)?).into_owned();
            return Some(CodeViewInfo { guid, age, path });
        }
        None
    }
}
