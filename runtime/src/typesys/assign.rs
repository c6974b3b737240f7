//! Assignment compatibility of loaded types (Partition I §8.7), what casts, `catch`
//! clauses and interface dispatch ask: identity, base classes, implemented interfaces,
//! array covariance over reference elements, everything to `object`, and **generic
//! variance**: an instantiation of a generic interface or delegate whose parameters are
//! declared `out` (covariant) or `in` (contravariant) is compatible with another
//! instantiation of the same definition whose arguments differ only where allowed
//! (`IEnumerable<string>` → `IEnumerable<object>`, `Action<object>` → `Action<string>`).
//! Variance applies to reference-type arguments only: `IEnumerable<int>` is not an
//! `IEnumerable<object>`.
//!
//! Not here: the interfaces vectors get from `SZArrayHelper<T>` (the JIT's method tables
//! know them) and the verifier's open-generic placeholders (`verify::relate`).

use super::*;

impl TypeSystem {
    /// Whether a value of (loaded) type `from` may be stored where `to` is expected.
    pub fn is_assignable(&self, from: TypeId, to: TypeId) -> bool {
        if from == to || to == self.well_known.object {
            return true;
        }
        if let (TypeKind::Array { elem: a, rank: ra }, TypeKind::Array { elem: b, rank: rb }) =
            (self.ty(from).kind, self.ty(to).kind)
        {
            return ra == rb
                && (a == b
                    || (self.is_reference(a) && self.is_reference(b) && self.is_assignable(a, b)));
        }
        if self.ty(to).is_interface() {
            let mut cur = Some(from);
            while let Some(t) = cur {
                if self.variant_match(t, to)
                    || self
                        .ty(t)
                        .interfaces
                        .iter()
                        .any(|&(i, _)| self.variant_match(i, to))
                {
                    return true;
                }
                cur = self.ty(t).parent;
            }
            return false;
        }
        if !self.ty(to).variance.is_empty() {
            // A variant delegate type: some base of `from` matches it.
            let mut cur = Some(from);
            while let Some(t) = cur {
                if self.variant_match(t, to) {
                    return true;
                }
                cur = self.ty(t).parent;
            }
            return false;
        }
        self.is_subclass(from, to)
    }

    /// Whether `have` is `want`, or an instantiation of the same variant generic
    /// definition whose arguments convert as `want`'s parameters declare.
    pub fn variant_match(&self, have: TypeId, want: TypeId) -> bool {
        if have == want {
            return true;
        }
        let (h, w) = (self.ty(have), self.ty(want));
        if w.variance.is_empty()
            || h.def != w.def
            || h.inst.len() != w.inst.len()
            || w.inst.len() != w.variance.len()
        {
            return false;
        }
        h.inst
            .iter()
            .zip(&w.inst)
            .zip(&w.variance)
            .all(|((&a, &b), &v)| {
                a == b
                    || match v {
                        Variance::None => false,
                        Variance::Covariant => {
                            self.is_reference(a) && self.is_reference(b) && self.is_assignable(a, b)
                        }
                        Variance::Contravariant => {
                            self.is_reference(a) && self.is_reference(b) && self.is_assignable(b, a)
                        }
                    }
            })
    }

    /// Whether values of `ty` are object references (classes, interfaces, strings,
    /// arrays), the only arguments variance and array covariance convert.
    pub fn is_reference(&self, ty: TypeId) -> bool {
        matches!(
            self.ty(ty).kind,
            TypeKind::Class | TypeKind::Interface | TypeKind::String | TypeKind::Array { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::resolve::Resolver;
    use std::path::{Path, PathBuf};

    fn corlib_ts() -> TypeSystem {
        let mut loader = Loader::new(Resolver {
            app_dir: PathBuf::from("."),
            probe_paths: Vec::new(),
            corlib: None,
        });
        let corlib = loader
            .load_static(
                Path::new(crate::host::BUNDLED_CORLIB_NAME),
                crate::host::BUNDLED_CORLIB,
            )
            .expect("the bundled corlib loads");
        TypeSystem::new(loader, corlib).expect("a type system over the bundled corlib")
    }

    /// `ns.name` instantiated over `args`, loaded.
    fn inst(ts: &mut TypeSystem, ns: &str, name: &str, args: &[TypeId]) -> TypeId {
        let def = ts.corlib_type(ns, name).expect("corlib type");
        let t = ts.instantiate(def, args.to_vec()).expect("instantiation");
        ts.ensure_loaded(t).expect("loads");
        t
    }

    fn corlib(ts: &mut TypeSystem, ns: &str, name: &str) -> TypeId {
        let t = ts.corlib_type(ns, name).expect("corlib type");
        ts.ensure_loaded(t).expect("loads");
        t
    }

    #[test]
    fn covariant_interfaces_convert_reference_arguments_upward() {
        let mut ts = corlib_ts();
        let (string, object) = (ts.well_known.string, ts.well_known.object);
        let int = ts.well_known.prim(Prim::I4);
        const GEN: &str = "System.Collections.Generic";
        let e_string = inst(&mut ts, GEN, "IEnumerable`1", &[string]);
        let e_object = inst(&mut ts, GEN, "IEnumerable`1", &[object]);
        let e_int = inst(&mut ts, GEN, "IEnumerable`1", &[int]);
        let list_string = inst(&mut ts, GEN, "List`1", &[string]);
        let list_int = inst(&mut ts, GEN, "List`1", &[int]);
        assert!(ts.is_assignable(e_string, e_object));
        assert!(!ts.is_assignable(e_object, e_string));
        assert!(ts.is_assignable(list_string, e_object));
        // Value-type arguments are invariant.
        assert!(!ts.is_assignable(e_int, e_object));
        assert!(!ts.is_assignable(list_int, e_object));
    }

    #[test]
    fn delegates_are_contravariant_in_and_covariant_out() {
        let mut ts = corlib_ts();
        let (string, object) = (ts.well_known.string, ts.well_known.object);
        let exception = corlib(&mut ts, "System", "Exception");
        let func_obj_string = inst(&mut ts, "System", "Func`2", &[object, string]);
        let func_string_obj = inst(&mut ts, "System", "Func`2", &[string, object]);
        let func_exc_obj = inst(&mut ts, "System", "Func`2", &[exception, object]);
        assert!(ts.is_assignable(func_obj_string, func_string_obj));
        assert!(!ts.is_assignable(func_string_obj, func_obj_string));
        // `in` goes down only, and unrelated arguments never convert.
        assert!(ts.is_assignable(func_obj_string, func_exc_obj));
        assert!(!ts.is_assignable(func_exc_obj, func_string_obj));
        let action_obj = inst(&mut ts, "System", "Action`1", &[object]);
        let action_string = inst(&mut ts, "System", "Action`1", &[string]);
        assert!(ts.is_assignable(action_obj, action_string));
        assert!(!ts.is_assignable(action_string, action_obj));
    }

    #[test]
    fn invariant_definitions_need_identical_arguments() {
        let mut ts = corlib_ts();
        let (string, object) = (ts.well_known.string, ts.well_known.object);
        const GEN: &str = "System.Collections.Generic";
        let l_string = inst(&mut ts, GEN, "List`1", &[string]);
        let l_object = inst(&mut ts, GEN, "List`1", &[object]);
        let il_object = inst(&mut ts, GEN, "IList`1", &[object]);
        assert!(!ts.is_assignable(l_string, l_object));
        assert!(!ts.is_assignable(l_string, il_object));
        assert!(ts.ty(l_string).variance.is_empty());
    }
}
