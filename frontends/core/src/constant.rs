//! Compile-time constant values: literals, `const` fields and locals, enum members,
//! default parameter values and folded expressions. Language-neutral; each language
//! decides which operations fold.

/// A constant's value. Strings are UTF-16, as .NET holds them.
#[derive(Clone, PartialEq, Debug)]
pub enum ConstValue {
    Bool(bool),
    Char(u16),
    I1(i8),
    U1(u8),
    I2(i16),
    U2(u16),
    I4(i32),
    U4(u32),
    I8(i64),
    U8(u64),
    R4(f32),
    R8(f64),
    String(Vec<u16>),
    /// `null` (and `default` of a reference type).
    Null,
}

impl Eq for ConstValue {}

impl std::hash::Hash for ConstValue {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            ConstValue::R4(v) => v.to_bits().hash(state),
            ConstValue::R8(v) => v.to_bits().hash(state),
            ConstValue::String(s) => s.hash(state),
            other => other.as_i128().hash(state),
        }
    }
}

impl ConstValue {
    /// The value of an integral (or `char`/`bool`) constant, widened.
    pub fn as_i128(&self) -> Option<i128> {
        Some(match *self {
            ConstValue::Bool(b) => b as i128,
            ConstValue::Char(v) => v as i128,
            ConstValue::I1(v) => v as i128,
            ConstValue::U1(v) => v as i128,
            ConstValue::I2(v) => v as i128,
            ConstValue::U2(v) => v as i128,
            ConstValue::I4(v) => v as i128,
            ConstValue::U4(v) => v as i128,
            ConstValue::I8(v) => v as i128,
            ConstValue::U8(v) => v as i128,
            _ => return None,
        })
    }

    /// The value as a double (numeric constants only).
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            ConstValue::R4(v) => Some(v as f64),
            ConstValue::R8(v) => Some(v),
            _ => self.as_i128().map(|v| v as f64),
        }
    }

    /// The string value, decoded lossily (for messages and switch tables).
    pub fn as_string(&self) -> Option<String> {
        match self {
            ConstValue::String(s) => Some(String::from_utf16_lossy(s)),
            _ => None,
        }
    }

    /// Decodes a Constant-table blob of element type `ty` (ECMA-335 §II.22.9).
    pub fn from_blob(ty: u8, blob: &[u8]) -> Option<ConstValue> {
        let le = |n: usize| -> Option<u64> {
            let b = blob.get(..n)?;
            Some(b.iter().rev().fold(0u64, |acc, &x| (acc << 8) | x as u64))
        };
        Some(match ty {
            0x02 => ConstValue::Bool(le(1)? != 0),
            0x03 => ConstValue::Char(le(2)? as u16),
            0x04 => ConstValue::I1(le(1)? as i8),
            0x05 => ConstValue::U1(le(1)? as u8),
            0x06 => ConstValue::I2(le(2)? as i16),
            0x07 => ConstValue::U2(le(2)? as u16),
            0x08 => ConstValue::I4(le(4)? as i32),
            0x09 => ConstValue::U4(le(4)? as u32),
            0x0a => ConstValue::I8(le(8)? as i64),
            0x0b => ConstValue::U8(le(8)?),
            0x0c => ConstValue::R4(f32::from_bits(le(4)? as u32)),
            0x0d => ConstValue::R8(f64::from_bits(le(8)?)),
            0x0e => ConstValue::String(
                blob.chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect(),
            ),
            0x12 => ConstValue::Null,
            _ => return None,
        })
    }

    /// The Constant-table element type and blob for this value.
    pub fn to_blob(&self) -> (u8, Vec<u8>) {
        match self {
            ConstValue::Bool(b) => (0x02, vec![*b as u8]),
            ConstValue::Char(v) => (0x03, v.to_le_bytes().to_vec()),
            ConstValue::I1(v) => (0x04, v.to_le_bytes().to_vec()),
            ConstValue::U1(v) => (0x05, v.to_le_bytes().to_vec()),
            ConstValue::I2(v) => (0x06, v.to_le_bytes().to_vec()),
            ConstValue::U2(v) => (0x07, v.to_le_bytes().to_vec()),
            ConstValue::I4(v) => (0x08, v.to_le_bytes().to_vec()),
            ConstValue::U4(v) => (0x09, v.to_le_bytes().to_vec()),
            ConstValue::I8(v) => (0x0a, v.to_le_bytes().to_vec()),
            ConstValue::U8(v) => (0x0b, v.to_le_bytes().to_vec()),
            ConstValue::R4(v) => (0x0c, v.to_le_bytes().to_vec()),
            ConstValue::R8(v) => (0x0d, v.to_le_bytes().to_vec()),
            ConstValue::String(s) => (0x0e, s.iter().flat_map(|u| u.to_le_bytes()).collect()),
            ConstValue::Null => (0x12, vec![0, 0, 0, 0]),
        }
    }
}
