//! `[DllImport]`: a pseudo-attribute that metadata holds as an ImplMap row, a ModuleRef
//! and the `pinvokeimpl` flag (§II.22.22), not as a custom attribute. The binders bind
//! it like any attribute; the emitter turns each one on a method into an [`Import`]
//! here and writes no CustomAttribute row for it.

use super::module::{AttrTarget, CustomAttribute};
use crate::symbols::{MethodId, World};
use il_emit::custom_attribute::{CaResolver, CaType, CaValue, decode};
use il_emit::entity::Token;
use il_emit::signature::TypeSig;
use rustc_hash::FxHashMap as HashMap;

/// One method's import: library, entry point and ImplMap flags.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Import {
    pub module: String,
    pub entry: Option<String>,
    pub flags: u16,
}

/// `pinvokeimpl` in MethodDef flags.
pub const PINVOKE_IMPL: u16 = 0x2000;
/// `preservesig` in MethodImpl flags (what C# compilers give P/Invoke methods).
pub const PRESERVE_SIG: u16 = 0x0080;

struct EnumsAsInt;

impl CaResolver for EnumsAsInt {
    fn type_of_token(&self, _: Token) -> Option<CaType> {
        None
    }
    // DllImport's enums (CharSet, CallingConvention) are int-based.
    fn enum_underlying(&self, _: &str) -> Option<CaType> {
        Some(CaType::I4)
    }
}

/// Whether `a` is `System.Runtime.InteropServices.DllImportAttribute`.
pub fn is_dll_import(world: &World, a: &CustomAttribute) -> bool {
    let t = world.ty(a.ctor.id.ty);
    t.name == "DllImportAttribute" && t.namespace == "System.Runtime.InteropServices"
}

fn int(v: &CaValue) -> Option<i64> {
    match v {
        CaValue::I4(i) => Some(i64::from(*i)),
        CaValue::Enum { value, .. } => Some(*value),
        _ => None,
    }
}

/// The import an attribute blob describes (`None` if it does not decode).
pub fn import_of(blob: &[u8]) -> Option<Import> {
    let v = decode(blob, &[TypeSig::String], &EnumsAsInt).ok()?;
    let module = match v.fixed.first() {
        Some(CaValue::String(Some(s))) => s.clone(),
        _ => return None,
    };
    let mut imp = Import {
        module,
        entry: None,
        // CallingConvention.Winapi unless named.
        flags: 0x0100,
    };
    for n in &v.named {
        match (n.name.as_str(), &n.value) {
            ("EntryPoint", CaValue::String(s)) => imp.entry = s.clone(),
            ("SetLastError", CaValue::Boolean(b)) => set(&mut imp.flags, 0x0040, *b),
            ("ExactSpelling", CaValue::Boolean(b)) => set(&mut imp.flags, 0x0001, *b),
            ("BestFitMapping", CaValue::Boolean(b)) => {
                imp.flags = imp.flags & !0x0030 | if *b { 0x0010 } else { 0x0020 }
            }
            ("ThrowOnUnmappableChar", CaValue::Boolean(b)) => {
                imp.flags = imp.flags & !0x3000 | if *b { 0x1000 } else { 0x2000 }
            }
            ("CharSet", v) => {
                // CharSet.None/Ansi/Unicode/Auto = 1/2/3/4 → 0/2/4/6.
                let bits = match int(v)? {
                    2 => 0x0002,
                    3 => 0x0004,
                    4 => 0x0006,
                    _ => 0,
                };
                imp.flags = imp.flags & !0x0006 | bits;
            }
            ("CallingConvention", v) => {
                let cc = (int(v)? as u16).clamp(1, 5);
                imp.flags = imp.flags & !0x0700 | cc << 8;
            }
            _ => {}
        }
    }
    Some(imp)
}

fn set(flags: &mut u16, bit: u16, on: bool) {
    if on {
        *flags |= bit;
    } else {
        *flags &= !bit;
    }
}

/// The imports of the source methods carrying `[DllImport]`.
pub fn collect(world: &World, attributes: &[CustomAttribute]) -> HashMap<MethodId, Import> {
    attributes
        .iter()
        .filter(|a| is_dll_import(world, a))
        .filter_map(|a| match a.target {
            AttrTarget::Method(m) => import_of(&a.blob).map(|i| (m, i)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use il_emit::custom_attribute::{CaNamedArg, CustomAttributeValue, encode};

    fn named(name: &str, ty: CaType, value: CaValue) -> CaNamedArg {
        CaNamedArg {
            is_field: true,
            ty,
            name: name.into(),
            value,
        }
    }

    #[test]
    fn named_arguments_become_implmap_flags() {
        let charset = CaType::Enum {
            name: "System.Runtime.InteropServices.CharSet".into(),
            underlying: Box::new(CaType::I4),
        };
        let blob = encode(&CustomAttributeValue {
            fixed: vec![CaValue::String(Some("libc".into()))],
            named: vec![
                named(
                    "EntryPoint",
                    CaType::String,
                    CaValue::String(Some("wcslen".into())),
                ),
                named(
                    "CharSet",
                    charset.clone(),
                    CaValue::Enum {
                        ty: charset,
                        value: 3,
                    },
                ),
                named("SetLastError", CaType::Boolean, CaValue::Boolean(true)),
            ],
        });
        let imp = import_of(&blob).expect("decodes");
        assert_eq!(imp.module, "libc");
        assert_eq!(imp.entry.as_deref(), Some("wcslen"));
        assert_eq!(imp.flags, 0x0100 | 0x0004 | 0x0040);
        let plain = encode(&CustomAttributeValue {
            fixed: vec![CaValue::String(Some("m".into()))],
            named: vec![],
        });
        assert_eq!(
            import_of(&plain),
            Some(Import {
                module: "m".into(),
                entry: None,
                flags: 0x0100
            })
        );
    }
}
