//! `Assembly`: a PE image with CLI metadata, read lazily. Parsing validates the headers,
//! streams and table bounds; method bodies and signatures are decoded only when asked.
#![deny(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use super::error::ReadError;
use super::metadata::Metadata;
use crate::entity::Token;
use crate::il::body::MethodBody;
use crate::pe::read::PeImage;

/// A loaded assembly (or module) over borrowed bytes.
#[derive(Debug)]
pub struct Assembly<'a> {
    pub pe: PeImage<'a>,
    pub metadata: Metadata<'a>,
}

impl<'a> Assembly<'a> {
    /// Parses and validates an image.
    pub fn parse(bytes: &'a [u8]) -> Result<Assembly<'a>, ReadError> {
        let pe = PeImage::parse(bytes)?;
        let md = pe.cli.metadata;
        let metadata = Metadata::parse(pe.slice(md.rva, md.size)?)?;
        Ok(Assembly { pe, metadata })
    }

    /// The entry point token from the CLI header (nil for a library).
    pub fn entry_point(&self) -> Token {
        Token(self.pe.cli.entry_point)
    }

    /// The decoded body of a MethodDef; `None` when it has none (RVA 0: abstract, extern,
    /// runtime-implemented).
    pub fn method_body(&self, method: u32) -> Result<Option<MethodBody<'a>>, ReadError> {
        let row = self.metadata.method_def(method)?;
        if row.rva == 0 {
            return Ok(None);
        }
        let bytes = self.pe.slice_to_section_end(row.rva)?;
        let (body, _) = MethodBody::parse(bytes).map_err(|e| ReadError::BadMethodBody {
            rva: row.rva,
            reason: e.to_string(),
        })?;
        Ok(Some(body))
    }

    /// One managed resource's bytes, by its ManifestResource offset.
    pub fn resource(&self, offset: u32) -> Result<&'a [u8], ReadError> {
        let dir = self.pe.cli.resources;
        let base = dir
            .rva
            .checked_add(offset)
            .ok_or(ReadError::RvaOutOfBounds {
                rva: dir.rva,
                size: offset,
            })?;
        let len_bytes = self.pe.slice(base, 4)?;
        let len = u32::from_le_bytes(
            len_bytes
                .try_into()
                .map_err(|_| ReadError::Truncated { what: "resource" })?,
        );
        self.pe.slice(base + 4, len)
    }
}
