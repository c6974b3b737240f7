//! Accessibility (Partition I §8.5.3): whether the method being verified may name a
//! type, field or method: public, assembly (same assembly), family (a subclass),
//! private (the declaring type and the types nested in it), and their combinations;
//! nested types also need their enclosing type to be accessible. A protected instance
//! member is used through an instance of the accessing class.

use super::error::ErrorKind;
use super::interp::VResult;
use super::{Verifier, generic};
use crate::loader::AssemblyIdx;
use crate::typesys::{FieldId, MethodId, TypeId, TypeKind};

const VIS_PRIVATE: u16 = 1;
const VIS_FAM_AND_ASSEM: u16 = 2;
const VIS_ASSEMBLY: u16 = 3;
const VIS_FAMILY: u16 = 4;
const VIS_FAM_OR_ASSEM: u16 = 5;
const VIS_PUBLIC: u16 = 6;

impl Verifier<'_> {
    pub(crate) fn check_field_access(&mut self, f: FieldId, off: u32) -> VResult<()> {
        let info = self.env.ts.field(f);
        let (access, owner) = (info.flags & 7, info.owner);
        match self.type_visible(owner) && self.member_visible(access, owner) {
            true => Ok(()),
            false => Err(self.err(ErrorKind::FieldAccess, off).found(info_name(
                self,
                owner,
                &self.env.ts.field(f).name,
            ))),
        }
    }

    pub(crate) fn check_method_access(&mut self, m: MethodId, off: u32) -> VResult<()> {
        let info = self.env.ts.method(m);
        if info.rid == 0 {
            return Ok(());
        }
        let (access, owner) = (info.flags & 7, info.owner);
        match self.type_visible(owner) && self.member_visible(access, owner) {
            true => Ok(()),
            false => Err(self.err(ErrorKind::MethodAccess, off).found(info_name(
                self,
                owner,
                &self.env.ts.method(m).name,
            ))),
        }
    }

    pub(crate) fn check_type_access(&mut self, t: TypeId, off: u32) -> VResult<()> {
        match self.type_visible(t) {
            true => Ok(()),
            false => Err(self
                .err(ErrorKind::TypeAccess, off)
                .found(super::vtype::type_name(self.env.ts, t))),
        }
    }

    /// A family (protected) instance member reached only through family access must be
    /// used on an instance of the accessing class (or one derived from it), not on any
    /// instance of the member's class.
    pub(crate) fn check_family_instance(
        &mut self,
        access: u16,
        owner: TypeId,
        recv: &super::vtype::Sv,
        error: ErrorKind,
        off: u32,
    ) -> VResult<()> {
        let Some(def) = self.def_of(owner) else {
            return Ok(());
        };
        let same_asm = def.0 == self.asm;
        let only_family = match access {
            VIS_FAMILY => true,
            VIS_FAM_OR_ASSEM => !same_asm,
            VIS_FAM_AND_ASSEM => true,
            _ => false,
        };
        if !only_family || self.accessors().contains(&def) {
            return Ok(());
        }
        let Some(t) = recv.ty.filter(|_| recv.kind == super::vtype::Kind::ObjRef) else {
            return Ok(());
        };
        let me = self.info.owner;
        match self.env.ref_assignable(t, me) {
            true => Ok(()),
            false => Err(self.err(error, off).types(
                super::vtype::describe(self.env.ts, recv),
                super::vtype::type_name(self.env.ts, me),
            )),
        }
    }

    fn def_of(&self, t: TypeId) -> Option<(AssemblyIdx, u32)> {
        self.env.ts.ty(t).def
    }

    /// The current method's type and the types enclosing it, innermost first.
    fn accessors(&mut self) -> Vec<(AssemblyIdx, u32)> {
        let mut out = Vec::new();
        let mut cur = self.def_of(self.info.owner);
        while let Some((asm, rid)) = cur {
            out.push((asm, rid));
            cur = self.enclosing(asm, rid);
        }
        out
    }

    fn enclosing(&self, asm: AssemblyIdx, rid: u32) -> Option<(AssemblyIdx, u32)> {
        let md = &self.env.ts.loader.get(asm).image.metadata;
        md.enclosing_type(rid).ok().flatten().map(|e| (asm, e))
    }

    /// Whether one of the accessing types derives from `owner` (by definition).
    fn family(&mut self, owner: (AssemblyIdx, u32)) -> bool {
        let mut cur = Some(self.info.owner);
        let mut nest = self.accessors().into_iter().skip(1);
        loop {
            while let Some(t) = cur {
                if self.def_of(t) == Some(owner) {
                    return true;
                }
                cur = self.env.ts.ty(t).parent;
            }
            let Some((asm, rid)) = nest.next() else {
                return false;
            };
            cur = self.env.ts.type_of_def(asm, rid).ok();
        }
    }

    fn member_visible(&mut self, access: u16, owner: TypeId) -> bool {
        let Some(def) = self.def_of(owner) else {
            return true;
        };
        let same_asm = def.0 == self.asm;
        let within = self.accessors().contains(&def);
        match access {
            VIS_PUBLIC => true,
            VIS_ASSEMBLY => same_asm || within,
            VIS_FAMILY => within || self.family(def),
            VIS_FAM_OR_ASSEM => same_asm || within || self.family(def),
            VIS_FAM_AND_ASSEM => within || (same_asm && self.family(def)),
            VIS_PRIVATE => within,
            _ => within,
        }
    }

    fn type_visible(&mut self, t: TypeId) -> bool {
        let ts = &*self.env.ts;
        match ts.ty(t).kind {
            TypeKind::Array { elem, .. } | TypeKind::ByRef(elem) | TypeKind::Ptr(elem) => {
                return self.type_visible(elem);
            }
            _ => {}
        }
        if generic::is_param(ts, t) {
            return true;
        }
        // A type argument of the instantiation being verified stands for a parameter.
        if self.info.method_inst.contains(&t) || ts.ty(self.info.owner).inst.contains(&t) {
            return true;
        }
        // In code instantiated over real types (`Enumerable.OrderBy<Person, int>` in
        // System.Core), the arguments came from the instantiating caller, which could
        // name them: only the generic definition's accessibility is this method's
        // concern, as when verifying its open form.
        let instantiated =
            !self.info.method_inst.is_empty() || !ts.ty(self.info.owner).inst.is_empty();
        let inst = match instantiated {
            true => Vec::new(),
            false => ts.ty(t).inst.clone(),
        };
        for a in inst {
            if !self.type_visible(a) {
                return false;
            }
        }
        let Some((asm, rid)) = self.def_of(t) else {
            return true;
        };
        self.def_visible(asm, rid)
    }

    fn def_visible(&mut self, asm: AssemblyIdx, rid: u32) -> bool {
        let md = &self.env.ts.loader.get(asm).image.metadata;
        let Ok(row) = md.type_def(rid) else {
            return false;
        };
        let vis = (row.flags & 7) as u16;
        let same_asm = asm == self.asm;
        let Some(enc) = self.enclosing(asm, rid) else {
            return vis == 1 || same_asm;
        };
        if !self.def_visible(enc.0, enc.1) {
            return false;
        }
        let within = self.accessors().contains(&enc);
        match vis {
            2 => true,
            3 => within,
            4 => within || self.family(enc),
            5 => same_asm || within,
            6 => within || (same_asm && self.family(enc)),
            7 => same_asm || within || self.family(enc),
            _ => same_asm,
        }
    }
}

fn info_name(v: &Verifier<'_>, owner: TypeId, member: &str) -> String {
    format!("{}::{member}", super::vtype::type_name(v.env.ts, owner))
}
