//! Content hashing for deterministic identities (the MVID, PDB ids): the same bytes give
//! the same id, on every machine and toolchain. Not a cryptographic hash: it only has to
//! make distinct contents very unlikely to collide.

/// A 128-bit hash of `data`: two independent 64-bit FNV-1a lanes with a final mix.
pub fn hash128(data: &[u8]) -> [u8; 16] {
    const PRIME: u64 = 0x0000_0100_0000_01B3;
    let mut a: u64 = 0xCBF2_9CE4_8422_2325;
    let mut b: u64 = 0x6C62_272E_07BB_0142;
    for &byte in data {
        a = (a ^ u64::from(byte)).wrapping_mul(PRIME);
        b = (b ^ u64::from(byte.rotate_left(3)))
            .wrapping_mul(PRIME)
            .rotate_left(5);
    }
    let mix = |mut x: u64| {
        x ^= x >> 33;
        x = x.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        x ^= x >> 33;
        x = x.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        x ^ (x >> 33)
    };
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&mix(a ^ data.len() as u64).to_le_bytes());
    out[8..].copy_from_slice(&mix(b.wrapping_add(a)).to_le_bytes());
    out
}

/// A GUID from a content hash, with the version-4 and RFC 4122 variant bits set, as
/// Roslyn's deterministic MVIDs have.
pub fn guid_from_content(data: &[u8]) -> [u8; 16] {
    let mut g = hash128(data);
    g[7] = (g[7] & 0x0F) | 0x40;
    g[8] = (g[8] & 0x3F) | 0x80;
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_sensitive() {
        assert_eq!(hash128(b"abc"), hash128(b"abc"));
        assert_ne!(hash128(b"abc"), hash128(b"abd"));
        assert_ne!(hash128(b""), hash128(b"\0"));
        let g = guid_from_content(b"x");
        assert_eq!(g[7] >> 4, 4);
        assert_eq!(g[8] >> 6, 2);
    }
}
