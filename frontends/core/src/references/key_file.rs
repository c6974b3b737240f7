//! Strong-name key files for `-keyfile:`: the public key an assembly's metadata carries.
//! No signature is computed (`-publicsign` / `-delaysign+` only): the key gives the
//! assembly its identity, which is what lets the bundled corlib stand in for Mono's
//! `mscorlib, PublicKeyToken=b77a5c561934e089`.
//!
//! Accepted: the 16-byte ECMA standard key; a public key as assemblies store it (`sn -p`
//! output: signature and hash algorithm, length, then a CAPI `PUBLICKEYBLOB`); a bare
//! `PUBLICKEYBLOB`; a key pair (`.snk`, a CAPI `PRIVATEKEYBLOB`), whose public half is
//! taken.

/// The ECMA standard public key (ECMA-335 II.6.2.1.3).
pub const ECMA_KEY: [u8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0];

const CALG_RSA_SIGN: u32 = 0x2400;
const CALG_SHA1: u32 = 0x8004;
const PUBLICKEYBLOB: u8 = 0x06;
const PRIVATEKEYBLOB: u8 = 0x07;

/// The public key `-keyfile:` names (empty without one), when `public_sign`
/// (`-publicsign`, `-delaysign+`) says no signature is wanted: neither compiler signs.
/// The error is (file as shown, what went wrong), for each compiler's wording.
pub fn read_public_key(
    path: Option<&std::path::Path>,
    public_sign: bool,
    compiler: &str,
) -> Result<Vec<u8>, (String, String)> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let shown = path.display().to_string();
    if !public_sign {
        let why = format!("{compiler} does not sign assemblies: add -publicsign or -delaysign+");
        return Err((shown, why));
    }
    let bytes = std::fs::read(path).map_err(|e| (shown.clone(), e.to_string()))?;
    public_key_from_key_file(&bytes).map_err(|e| (shown, e))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// The public key blob (as the Assembly table stores it) in a key file's bytes.
pub fn public_key_from_key_file(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if bytes == ECMA_KEY {
        return Ok(bytes.to_vec());
    }
    match bytes.first() {
        Some(&PUBLICKEYBLOB) => capi_public(bytes, b"RSA1"),
        Some(&PRIVATEKEYBLOB) => capi_public(bytes, b"RSA2"),
        _ => {
            // Assembly format: sig alg, hash alg, length, then the CAPI blob.
            let declared = u32_at(bytes, 8).ok_or("the key file is too short")? as usize;
            if bytes.len() != 12 + declared || bytes.get(12) != Some(&PUBLICKEYBLOB) {
                return Err("the key file holds no public key or key pair".to_owned());
            }
            capi_public(&bytes[12..], b"RSA1")?;
            Ok(bytes.to_vec())
        }
    }
}

/// A CAPI RSA blob (`BLOBHEADER`, `RSAPUBKEY`, modulus, …) turned into the assembly
/// format of its public half.
fn capi_public(blob: &[u8], magic: &[u8; 4]) -> Result<Vec<u8>, String> {
    if blob.get(8..12) != Some(magic.as_slice()) {
        return Err("the key file's RSA key is malformed".to_owned());
    }
    let bits = u32_at(blob, 12).ok_or("the key file is too short")? as usize;
    let modulus_end = 20 + bits / 8;
    if bits == 0 || bits % 8 != 0 || blob.len() < modulus_end {
        return Err("the key file's RSA key is truncated".to_owned());
    }
    let mut key = Vec::with_capacity(12 + modulus_end);
    key.extend_from_slice(&CALG_RSA_SIGN.to_le_bytes());
    key.extend_from_slice(&CALG_SHA1.to_le_bytes());
    key.extend_from_slice(&(modulus_end as u32).to_le_bytes());
    key.extend_from_slice(&[PUBLICKEYBLOB, 2, 0, 0]);
    key.extend_from_slice(&blob[4..8]);
    key.extend_from_slice(b"RSA1");
    key.extend_from_slice(&blob[12..modulus_end]);
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capi(kind: u8, magic: &[u8; 4], bits: u32) -> Vec<u8> {
        let mut b = vec![kind, 2, 0, 0];
        b.extend_from_slice(&CALG_RSA_SIGN.to_le_bytes());
        b.extend_from_slice(magic);
        b.extend_from_slice(&bits.to_le_bytes());
        b.extend_from_slice(&65537u32.to_le_bytes());
        b.extend((0..bits / 8).map(|i| i as u8));
        b
    }

    #[test]
    fn ecma_key_is_kept() {
        assert_eq!(public_key_from_key_file(&ECMA_KEY).unwrap(), ECMA_KEY);
    }

    #[test]
    fn key_pair_gives_its_public_half() {
        let mut pair = capi(PRIVATEKEYBLOB, b"RSA2", 64);
        pair.extend([0xAA; 40]); // primes and exponents: dropped
        let public = public_key_from_key_file(&pair).unwrap();
        let bare = capi(PUBLICKEYBLOB, b"RSA1", 64);
        assert_eq!(&public[12..], &bare[..]);
        assert_eq!(u32_at(&public, 8), Some(bare.len() as u32));
        // The assembly format reads back as itself.
        assert_eq!(public_key_from_key_file(&public).unwrap(), public);
    }

    #[test]
    fn garbage_is_refused() {
        assert!(public_key_from_key_file(b"").is_err());
        assert!(public_key_from_key_file(&[7, 2, 0, 0, 0, 36, 0, 0, b'R']).is_err());
        assert!(public_key_from_key_file(&capi(PUBLICKEYBLOB, b"RSA1", 64)[..25]).is_err());
        assert!(public_key_from_key_file(&[1; 40]).is_err());
    }
}
