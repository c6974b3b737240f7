//! Content hashing for deterministic identities (the MVID, PDB ids): the same bytes give
//! the same id, on every machine and toolchain. Not a cryptographic hash: it only has to
//! make distinct contents very unlikely to collide.

/// A 128-bit hash of `data`: two independent 64-bit multiply-rotate lanes over 8-byte
/// words (an image is hashed whole, so this runs at memory speed, not a byte at a
/// time), with the length and a final mix.
pub fn hash128(data: &[u8]) -> [u8; 16] {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let mut a: u64 = 0xCBF2_9CE4_8422_2325;
    let mut b: u64 = 0x6C62_272E_07BB_0142;
    let mut words = data.chunks_exact(8);
    let mut step = |w: u64| {
        a = (a ^ w).wrapping_mul(K1).rotate_left(29);
        b = (b ^ w.rotate_left(32)).wrapping_mul(K2).rotate_left(31);
    };
    for w in &mut words {
        step(u64::from_le_bytes([
            w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
        ]));
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    step(u64::from_le_bytes(tail));
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
        // Every bit of a longer buffer counts, in whole words and in the tail, and
        // trailing zeros change the length.
        let base: Vec<u8> = (0..1003u32).map(|i| (i * 7 + 3) as u8).collect();
        for at in [0, 7, 8, 500, 999, 1002] {
            for bit in [0, 3, 7] {
                let mut flipped = base.clone();
                flipped[at] ^= 1 << bit;
                assert_ne!(hash128(&base), hash128(&flipped), "byte {at} bit {bit}");
            }
        }
        let mut longer = base.clone();
        longer.push(0);
        assert_ne!(hash128(&base), hash128(&longer));
        let g = guid_from_content(b"x");
        assert_eq!(g[7] >> 4, 4);
        assert_eq!(g[8] >> 6, 2);
    }
}
