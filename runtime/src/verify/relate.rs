//! Relations between verification types: *verifier-assignable-to* (Partition III
//! §1.8.1.2.3) for stack items and declared types, and the *merge* of two stack items at
//! a join point (§1.8.1.3): null joins anything, two classes join at their closest
//! common supertype (an interface both implement when that supertype is `object`).
//! Generic interfaces and delegates are variant where their parameters say so.

use super::Env;
use super::generic;
use super::vtype::{Kind, PERMANENT, READONLY, Sv, THIS, UNINIT, reduced};
use crate::typesys::{TypeId, TypeKind, Variance};

/// Generic interfaces that a vector `T[]` implements for its element type.
const ARRAY_INTERFACES: [&str; 5] = [
    "IList`1",
    "ICollection`1",
    "IEnumerable`1",
    "IReadOnlyList`1",
    "IReadOnlyCollection`1",
];

impl Env<'_> {
    /// Whether a reference of static type `from` may be used as a `to`.
    pub fn ref_assignable(&mut self, from: TypeId, to: TypeId) -> bool {
        let wk = self.ts.well_known;
        if from == to || to == wk.object {
            return true;
        }
        if generic::is_param(self.ts, from) {
            let Some(info) = self.params.get(from).cloned() else {
                return false;
            };
            if info.value_type && to == wk.value_type {
                return true;
            }
            return info
                .constraints
                .iter()
                .any(|&c| c != from && self.ref_assignable(c, to));
        }
        if generic::is_param(self.ts, to) {
            return false;
        }
        if self.ts.ensure_loaded(from).is_err() || self.ts.ensure_loaded(to).is_err() {
            return false;
        }
        if let TypeKind::Array { elem, rank: 0 } = self.ts.ty(from).kind {
            let t = self.ts.ty(to);
            let generic_iface = t.namespace == "System.Collections.Generic"
                && ARRAY_INTERFACES.contains(&t.name.as_str())
                && t.inst.len() == 1;
            if generic_iface {
                let want = t.inst[0];
                return elem == want || (self.is_ref_type(elem) && self.ref_assignable(elem, want));
            }
        }
        if let (TypeKind::Array { elem: a, rank: ra }, TypeKind::Array { elem: b, rank: rb }) =
            (self.ts.ty(from).kind, self.ts.ty(to).kind)
        {
            return ra == rb
                && (a == b
                    || (self.is_ref_type(a) && self.is_ref_type(b) && self.ref_assignable(a, b)));
        }
        self.ts.is_assignable(from, to) || self.variant_assignable(from, to)
    }

    /// Generic variance (Partition II §9.5): `from` is, derives from or implements an
    /// instantiation of `to`'s generic interface or delegate whose arguments differ only
    /// where `to`'s parameters are covariant (`out`: a reference type assignable to the
    /// target's) or contravariant (`in`: the reverse).
    fn variant_assignable(&mut self, from: TypeId, to: TypeId) -> bool {
        let t = self.ts.ty(to);
        if t.variance.is_empty() || t.inst.len() != t.variance.len() {
            return false;
        }
        let (def, want, variance) = (t.def, t.inst.clone(), t.variance.clone());
        let mut candidates = Vec::new();
        let mut cur = Some(from);
        while let Some(c) = cur {
            candidates.push(c);
            candidates.extend(self.ts.ty(c).interfaces.iter().map(|(i, _)| *i));
            cur = self.ts.ty(c).parent;
        }
        candidates.into_iter().any(|c| {
            let ct = self.ts.ty(c);
            if ct.def != def || ct.inst.len() != want.len() {
                return false;
            }
            let have = ct.inst.clone();
            have.iter().zip(&want).zip(&variance).all(|((&a, &b), &v)| {
                a == b
                    || match v {
                        Variance::Covariant => self.is_ref_type(a) && self.ref_assignable(a, b),
                        Variance::Contravariant => self.is_ref_type(b) && self.ref_assignable(b, a),
                        Variance::None => false,
                    }
            })
        })
    }

    /// Whether values of `ty` are object references (classes, interfaces, arrays,
    /// strings; generic parameters only under a `class` constraint).
    pub fn is_ref_type(&self, ty: TypeId) -> bool {
        if generic::is_param(self.ts, ty) {
            return self.params.get(ty).is_some_and(|p| p.class);
        }
        matches!(
            self.ts.ty(ty).kind,
            TypeKind::Class | TypeKind::Interface | TypeKind::String | TypeKind::Array { .. }
        )
    }

    /// Whether stack item `from` may be stored where `to` (a declared type's item) is
    /// expected.
    pub fn assignable(&mut self, from: &Sv, to: &Sv) -> bool {
        match (from.kind, to.kind) {
            (Kind::I4 | Kind::NativeInt, Kind::I4 | Kind::NativeInt) => true,
            (Kind::I8, Kind::I8) | (Kind::F, Kind::F) => true,
            (Kind::ObjRef, Kind::ObjRef) => match (from.ty, to.ty) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(a), Some(b)) => self.ref_assignable(a, b),
            },
            (Kind::Value, Kind::Value) => from.ty == to.ty,
            (Kind::ByRef, Kind::ByRef) => {
                if from.has(READONLY) && !to.has(READONLY) {
                    return false;
                }
                match (from.ty, to.ty) {
                    (Some(a), Some(b)) => a == b || reduced(self.ts, a) == reduced(self.ts, b),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// The merge of two stack items at a join point, or `None` when they are not
    /// compatible.
    pub fn merge(&mut self, a: &Sv, b: &Sv) -> Option<Sv> {
        if a == b {
            return Some(*a);
        }
        let uninit = (a.flags | b.flags) & UNINIT;
        let this = a.flags & b.flags & THIS;
        match (a.kind, b.kind) {
            (Kind::I4, Kind::NativeInt) | (Kind::NativeInt, Kind::I4) => {
                Some(Sv::prim(Kind::NativeInt))
            }
            (Kind::NativeInt, Kind::NativeInt) => Some(Sv::prim(Kind::NativeInt)),
            (Kind::ObjRef, Kind::ObjRef) => {
                let ty = match (a.ty, b.ty) {
                    (None, t) | (t, None) => t,
                    (Some(x), Some(y)) => Some(self.common_supertype(x, y)),
                };
                Some(Sv {
                    ty,
                    flags: uninit | this,
                    ..Sv::null()
                })
            }
            (Kind::ByRef, Kind::ByRef) => {
                let (x, y) = (a.ty?, b.ty?);
                if x != y && reduced(self.ts, x) != reduced(self.ts, y) {
                    return None;
                }
                let flags =
                    ((a.flags | b.flags) & READONLY) | (a.flags & b.flags & PERMANENT) | this;
                Some(Sv::byref(x, flags))
            }
            (Kind::Value, Kind::Value) if a.ty == b.ty => Some(Sv { flags: 0, ..*a }),
            _ if a.kind == b.kind && a.kind != Kind::Value => Some(Sv::prim(a.kind)),
            _ => None,
        }
    }

    /// The closest common supertype of two reference types.
    pub fn common_supertype(&mut self, x: TypeId, y: TypeId) -> TypeId {
        if self.ref_assignable(x, y) {
            return y;
        }
        if self.ref_assignable(y, x) {
            return x;
        }
        let object = self.ts.well_known.object;
        if let (TypeKind::Array { elem: a, rank: ra }, TypeKind::Array { elem: b, rank: rb }) =
            (self.ts.ty(x).kind, self.ts.ty(y).kind)
        {
            if ra == rb && self.is_ref_type(a) && self.is_ref_type(b) {
                let e = self.common_supertype(a, b);
                if let Ok(t) = self.ts.array_of(e, ra) {
                    return t;
                }
            }
        }
        let mut class = object;
        let mut cur = self.ts.ty(x).parent;
        while let Some(p) = cur {
            if self.ref_assignable(y, p) {
                class = p;
                break;
            }
            cur = self.ts.ty(p).parent;
        }
        if class != object {
            return class;
        }
        let ifaces: Vec<TypeId> = self.ts.ty(x).interfaces.iter().map(|(i, _)| *i).collect();
        ifaces
            .into_iter()
            .find(|&i| self.ref_assignable(y, i))
            .unwrap_or(object)
    }
}
