//! The assembly's own identity beyond its name: the version that
//! `[assembly: AssemblyVersion("major[.minor[.build[.revision]]]")]` gives (0.0.0.0
//! without one). Wildcards are refused: output is deterministic.

use super::module::{AttrTarget, CustomAttribute};
use crate::symbols::World;

/// Why a version string was refused (each language words it with its own code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionError {
    /// Not `major[.minor[.build[.revision]]]` with parts 0–65534.
    Malformed(String),
    /// `*` parts, which would make the output depend on the clock.
    Wildcard(String),
}

/// The version the source assembly declares.
pub fn assembly_version(
    world: &World,
    attributes: &[CustomAttribute],
) -> Result<[u16; 4], VersionError> {
    let declared = attributes.iter().find(|a| {
        let ty = world.ty(a.ctor.id.ty);
        a.target == AttrTarget::Assembly
            && ty.name == "AssemblyVersionAttribute"
            && ty.namespace == "System.Reflection"
    });
    match declared.and_then(|a| fixed_string_arg(&a.blob)) {
        Some(text) => parse_version(&text),
        None => Ok([0; 4]),
    }
}

/// The first fixed argument of a blob whose constructor takes one string (§II.23.3).
fn fixed_string_arg(blob: &[u8]) -> Option<String> {
    let rest = blob.strip_prefix(&[1, 0])?;
    let (len, at) = match *rest.first()? {
        b if b & 0x80 == 0 => (b as usize, 1),
        b if b & 0xC0 == 0x80 => ((((b & 0x3F) as usize) << 8) | *rest.get(1)? as usize, 2),
        _ => return None,
    };
    std::str::from_utf8(rest.get(at..at + len)?)
        .ok()
        .map(str::to_owned)
}

/// `major[.minor[.build[.revision]]]`, each part at most 65534.
pub fn parse_version(text: &str) -> Result<[u16; 4], VersionError> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.contains(&"*") {
        return Err(VersionError::Wildcard(text.to_owned()));
    }
    let mut out = [0u16; 4];
    if parts.len() > 4 {
        return Err(VersionError::Malformed(text.to_owned()));
    }
    for (slot, p) in out.iter_mut().zip(&parts) {
        match p.parse::<u16>() {
            Ok(v) if v < u16::MAX && p.bytes().all(|b| b.is_ascii_digit()) => *slot = v,
            _ => return Err(VersionError::Malformed(text.to_owned())),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(parse_version("4.0.0.0"), Ok([4, 0, 0, 0]));
        assert_eq!(parse_version("1.2"), Ok([1, 2, 0, 0]));
        assert_eq!(parse_version("65534.1.2.3"), Ok([65534, 1, 2, 3]));
        for bad in ["", "1..2", "1.2.3.4.5", "65535", "-1", "+1", "a.b", "1. 2"] {
            assert!(
                matches!(parse_version(bad), Err(VersionError::Malformed(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            parse_version("1.0.*"),
            Err(VersionError::Wildcard(_))
        ));
    }

    #[test]
    fn string_argument() {
        assert_eq!(
            fixed_string_arg(&[1, 0, 3, b'1', b'.', b'2', 0, 0]).as_deref(),
            Some("1.2")
        );
        assert_eq!(fixed_string_arg(&[1, 0, 9, b'1']), None);
        assert_eq!(fixed_string_arg(&[0, 0]), None);
    }
}
