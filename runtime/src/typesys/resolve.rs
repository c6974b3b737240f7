//! Tokens to types, methods and fields: TypeRefs across assemblies (by namespace and
//! name, nested types through their enclosing type), TypeSpecs and signatures, and
//! MemberRefs matched by name and resolved signature up the inheritance chain, which is
//! what maps a program built against Mono's mscorlib onto the bundled corlib.

use super::*;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::decode as sigdec;
use il_emit::signature::{MethodSig, TypeSig};

impl TypeSystem {
    /// A TypeDef, TypeRef or TypeSpec token of `asm`.
    pub fn resolve_type_token(
        &mut self,
        asm: AssemblyIdx,
        tok: Token,
        ctx: &GenericCtx,
    ) -> TResult<TypeId> {
        match tok.table() {
            Some(TableId::TypeDef) => self.type_of_def(asm, tok.rid()),
            Some(TableId::TypeRef) => self.resolve_type_ref(asm, tok.rid()),
            Some(TableId::TypeSpec) => {
                let md = &self.loader.get(asm).image.metadata;
                let sig = sigdec::type_spec(md.blob(md.type_spec(tok.rid())?.signature)?)?;
                self.sig_type(asm, &sig, ctx)
            }
            _ => Err(TypeError::bad_image(format!("{tok} is not a type token"))),
        }
    }

    fn resolve_type_ref(&mut self, asm: AssemblyIdx, rid: u32) -> TResult<TypeId> {
        let md = &self.loader.get(asm).image.metadata;
        let row = md.type_ref(rid)?;
        let name = md.string(row.type_name)?.to_owned();
        let ns = md.string(row.type_namespace)?.to_owned();
        let scope = row.resolution_scope;
        match scope.table() {
            Some(TableId::AssemblyRef) => {
                let target = self.loader.load_reference(asm, scope.rid())?;
                let found = self
                    .loader
                    .get(target)
                    .image
                    .metadata
                    .find_type_def(&ns, &name);
                match found {
                    Some(r) => self.type_of_def(target, r),
                    None => Err(TypeError::type_load(format!(
                        "Could not load type '{}' from assembly '{}'",
                        qualified(&ns, &name),
                        self.loader.get(target).name
                    ))),
                }
            }
            Some(TableId::TypeRef) => {
                let outer = self.resolve_type_ref(asm, scope.rid())?;
                let Some((oasm, orid)) = self.ty(outer).def else {
                    return Err(TypeError::type_load(format!(
                        "nested type {name} of a synthetic type"
                    )));
                };
                let omd = &self.loader.get(oasm).image.metadata;
                for r in 1..=omd.row_count(TableId::NestedClass) {
                    let nc = omd.nested_class(r)?;
                    if nc.enclosing == orid
                        && omd.string(omd.type_def(nc.nested)?.type_name)? == name
                    {
                        return self.type_of_def(oasm, nc.nested);
                    }
                }
                Err(TypeError::type_load(format!(
                    "Could not load type '{}+{name}'",
                    self.ty(outer).full_name()
                )))
            }
            _ => match md.find_type_def(&ns, &name) {
                Some(r) => self.type_of_def(asm, r),
                None => Err(TypeError::type_load(format!(
                    "Could not load type '{}'",
                    qualified(&ns, &name)
                ))),
            },
        }
    }

    /// A signature type in the context of `asm`.
    pub fn sig_type(
        &mut self,
        asm: AssemblyIdx,
        sig: &TypeSig,
        ctx: &GenericCtx,
    ) -> TResult<TypeId> {
        let wk = self.well_known;
        Ok(match sig {
            TypeSig::Void => wk.void,
            TypeSig::Boolean => wk.prim(Prim::Bool),
            TypeSig::Char => wk.prim(Prim::Char),
            TypeSig::I1 => wk.prim(Prim::I1),
            TypeSig::U1 => wk.prim(Prim::U1),
            TypeSig::I2 => wk.prim(Prim::I2),
            TypeSig::U2 => wk.prim(Prim::U2),
            TypeSig::I4 => wk.prim(Prim::I4),
            TypeSig::U4 => wk.prim(Prim::U4),
            TypeSig::I8 => wk.prim(Prim::I8),
            TypeSig::U8 => wk.prim(Prim::U8),
            TypeSig::R4 => wk.prim(Prim::R4),
            TypeSig::R8 => wk.prim(Prim::R8),
            TypeSig::I | TypeSig::FnPtr(_) => wk.prim(Prim::I),
            TypeSig::U => wk.prim(Prim::U),
            TypeSig::String => wk.string,
            TypeSig::Object => wk.object,
            TypeSig::Class(t) | TypeSig::ValueType(t) => self.resolve_type_token(asm, *t, ctx)?,
            TypeSig::SzArray(e) => {
                let e = self.sig_type(asm, e, ctx)?;
                self.array_of(e, 0)?
            }
            TypeSig::Array(e, shape) => {
                let e = self.sig_type(asm, e, ctx)?;
                self.array_of(e, shape.rank.max(1))?
            }
            TypeSig::ByRef(t) => {
                let t = self.sig_type(asm, t, ctx)?;
                self.composite(TypeKind::ByRef(t))?
            }
            TypeSig::Ptr(t) => {
                let t = self.sig_type(asm, t, ctx)?;
                self.composite(TypeKind::Ptr(t))?
            }
            TypeSig::Modified { ty, .. } | TypeSig::Pinned(ty) => self.sig_type(asm, ty, ctx)?,
            TypeSig::GenericInst { generic, args, .. } => {
                let def = self.resolve_type_token(asm, *generic, ctx)?;
                let mut a = Vec::with_capacity(args.len());
                for t in args {
                    a.push(self.sig_type(asm, t, ctx)?);
                }
                self.instantiate(def, a)?
            }
            TypeSig::Var(i) => *ctx
                .types
                .get(*i as usize)
                .ok_or_else(|| TypeError::type_load(format!("!{i} outside a generic type")))?,
            TypeSig::MVar(i) => *ctx
                .methods
                .get(*i as usize)
                .ok_or_else(|| TypeError::type_load(format!("!!{i} outside a generic method")))?,
            TypeSig::TypedByRef => {
                return Err(TypeError::type_load("TypedReference is not supported"));
            }
        })
    }

    /// A method signature in the context of `asm`.
    pub fn method_sig(
        &mut self,
        asm: AssemblyIdx,
        sig: &MethodSig,
        ctx: &GenericCtx,
    ) -> TResult<RtSig> {
        let mut params = Vec::with_capacity(sig.params.len());
        for p in &sig.params {
            params.push(self.sig_type(asm, p, ctx)?);
        }
        Ok(RtSig {
            has_this: sig.call_conv.has_this,
            params,
            ret: self.sig_type(asm, &sig.ret, ctx)?,
        })
    }

    /// The TypeDef that owns MethodDef `rid`.
    fn owner_of_method_def(&mut self, asm: AssemblyIdx, rid: u32) -> TResult<TypeId> {
        if let Some(t) = self.cached_owner_of_method(asm, rid) {
            return Ok(t);
        }
        let md = &self.loader.get(asm).image.metadata;
        if let Some(t) = md.method_owner(rid)? {
            let ty = self.type_of_def(asm, t)?;
            self.cache_owner_of_method(asm, rid, ty);
            return Ok(ty);
        }
        Err(TypeError::bad_image(format!(
            "method 0x{rid:x} has no owner"
        )))
    }

    fn owner_of_field_def(&mut self, asm: AssemblyIdx, rid: u32) -> TResult<TypeId> {
        let md = &self.loader.get(asm).image.metadata;
        if let Some(t) = md.field_owner(rid)? {
            return self.type_of_def(asm, t);
        }
        Err(TypeError::bad_image(format!(
            "field 0x{rid:x} has no owner"
        )))
    }

    /// The type that owns a member, instantiated in `ctx` when it is generic.
    fn in_context(&mut self, def: TypeId, ctx: &GenericCtx) -> TResult<TypeId> {
        let arity = self.ty(def).arity as usize;
        match arity {
            0 => Ok(def),
            n if ctx.types.len() >= n => self.instantiate(def, ctx.types[..n].to_vec()),
            _ => Err(TypeError::type_load(format!(
                "member of open generic type '{}' outside its context",
                self.ty(def).full_name()
            ))),
        }
    }

    /// A MethodDef, MemberRef or MethodSpec token of `asm`, in generic context `ctx`.
    pub fn resolve_method_token(
        &mut self,
        asm: AssemblyIdx,
        tok: Token,
        ctx: &GenericCtx,
    ) -> TResult<MethodId> {
        match tok.table() {
            Some(TableId::MethodDef) => {
                let def = self.owner_of_method_def(asm, tok.rid())?;
                let owner = self.in_context(def, ctx)?;
                self.ensure_loaded(owner)?;
                self.method_of_def(owner, tok.rid()).ok_or_else(|| {
                    TypeError::missing_method(format!(
                        "Method not found: a generic method of '{}' used without type arguments",
                        self.ty(owner).full_name()
                    ))
                })
            }
            Some(TableId::MemberRef) => {
                let md = &self.loader.get(asm).image.metadata;
                let row = md.member_ref(tok.rid())?;
                let name = md.string(row.name)?.to_owned();
                let blob = md.blob(row.signature)?;
                let class = row.class;
                let sig = sigdec::method_sig(blob)?;
                if sig.generic_params != 0 {
                    return Err(TypeError::missing_method(format!(
                        "Method not found: generic method '{name}' used without type arguments"
                    )));
                }
                let owner = self.member_ref_parent(asm, class, ctx)?;
                // `!n` in a MemberRef's signature names the parent's parameters; an
                // array's accessors (`!0[,]::Get`) have none, and the element type the
                // signature repeats is the caller's.
                let octx = match self.ty(owner).kind {
                    TypeKind::Array { .. } => ctx.clone(),
                    _ => GenericCtx::of_type(&self.ty(owner).inst),
                };
                let sig = self.method_sig(asm, &sig, &octx)?;
                self.find_method_by_sig(owner, &name, &sig)
            }
            Some(TableId::MethodSpec) => {
                let md = &self.loader.get(asm).image.metadata;
                let row = md.method_spec(tok.rid())?;
                let spec = sigdec::method_spec_sig(md.blob(row.instantiation)?)?;
                let method = row.method;
                let mut args = Vec::with_capacity(spec.args.len());
                for a in &spec.args {
                    args.push(self.sig_type(asm, a, ctx)?);
                }
                let (owner, rid) = self.generic_method_def(asm, method, ctx, &args)?;
                self.instantiate_method(owner, rid, args)
            }
            _ => Err(TypeError::bad_image(format!("{tok} is not a method token"))),
        }
    }

    /// The owner and MethodDef row of the generic method a MethodSpec instantiates.
    pub(crate) fn generic_method_def(
        &mut self,
        asm: AssemblyIdx,
        tok: Token,
        ctx: &GenericCtx,
        args: &[TypeId],
    ) -> TResult<(TypeId, u32)> {
        if tok.table() == Some(TableId::MethodDef) {
            let def = self.owner_of_method_def(asm, tok.rid())?;
            let owner = self.in_context(def, ctx)?;
            return Ok((owner, tok.rid()));
        }
        let md = &self.loader.get(asm).image.metadata;
        let row = md.member_ref(tok.rid())?;
        let name = md.string(row.name)?.to_owned();
        let ref_sig = sigdec::method_sig(md.blob(row.signature)?)?;
        let class = row.class;
        let owner = self.member_ref_parent(asm, class, ctx)?;
        let mctx = GenericCtx {
            types: self.ty(owner).inst.clone(),
            methods: args.to_vec(),
        };
        let want = self.method_sig(asm, &ref_sig, &mctx)?;
        let mut cur = Some(owner);
        while let Some(t) = cur {
            self.ensure_loaded(t)?;
            let (tasm, _) = self
                .ty(t)
                .def
                .ok_or_else(|| TypeError::missing_method("generic method on a synthetic type"))?;
            let tctx = GenericCtx {
                types: self.ty(t).inst.clone(),
                methods: args.to_vec(),
            };
            for rid in self.ty(t).generic_methods.clone() {
                let md = &self.loader.get(tasm).image.metadata;
                let r = md.method_def(rid)?;
                if md.string(r.name)? != name {
                    continue;
                }
                let s = sigdec::method_sig(md.blob(r.signature)?)?;
                if s.generic_params != ref_sig.generic_params
                    || s.params.len() != ref_sig.params.len()
                {
                    continue;
                }
                if self
                    .method_sig(tasm, &s, &tctx)
                    .is_ok_and(|got| got == want)
                {
                    return Ok((t, rid));
                }
            }
            cur = self.ty(t).parent;
        }
        Err(TypeError::missing_method(format!(
            "Method not found: {}.{name}<{}>",
            self.ty(owner).full_name(),
            args.len()
        )))
    }

    fn member_ref_parent(
        &mut self,
        asm: AssemblyIdx,
        class: Token,
        ctx: &GenericCtx,
    ) -> TResult<TypeId> {
        match class.table() {
            Some(TableId::MethodDef) => {
                let m = self.resolve_method_token(asm, class, ctx)?;
                Ok(self.method(m).owner)
            }
            Some(TableId::ModuleRef) => Err(TypeError::missing_method(
                "global functions are not supported",
            )),
            _ => self.resolve_type_token(asm, class, ctx),
        }
    }

    /// A method named `name` with signature `sig` on `owner` or its bases; on array
    /// types, the runtime-provided accessors are created on demand.
    pub fn find_method_by_sig(
        &mut self,
        owner: TypeId,
        name: &str,
        sig: &RtSig,
    ) -> TResult<MethodId> {
        if let TypeKind::Array { .. } = self.ty(owner).kind {
            if let Some(m) = self.array_method(owner, name, sig) {
                return Ok(m);
            }
        }
        let mut cur = Some(owner);
        while let Some(t) = cur {
            self.ensure_loaded(t)?;
            let found = self.ty(t).methods.iter().copied().find(|&m| {
                let info = self.method(m);
                info.name == name && info.sig == *sig
            });
            if let Some(m) = found {
                return Ok(m);
            }
            cur = self.ty(t).parent;
        }
        Err(TypeError::missing_method(format!(
            "Method not found: {} {}.{name}({})",
            self.ty(sig.ret).name,
            self.ty(owner).full_name(),
            sig.params
                .iter()
                .map(|&p| self.ty(p).name.clone())
                .collect::<Vec<_>>()
                .join(",")
        )))
    }

    /// `Get`, `Set`, `Address` and `.ctor` of a multi-dimensional array type: methods with
    /// no metadata row (`rid` 0), implemented by the JIT.
    fn array_method(&mut self, owner: TypeId, name: &str, sig: &RtSig) -> Option<MethodId> {
        if !matches!(name, "Get" | "Set" | "Address" | ".ctor") {
            return None;
        }
        let existing = self.ty(owner).methods.iter().copied().find(|&m| {
            let info = self.method(m);
            info.name == name && info.sig == *sig
        });
        if existing.is_some() {
            return existing;
        }
        let mid = MethodId(self.methods.len() as u32);
        self.methods.push(MethodInfo {
            name: name.to_owned(),
            owner,
            asm: self.corlib,
            rid: 0,
            flags: 0x0006,      // public
            impl_flags: 0x0003, // runtime
            sig: sig.clone(),
            slot: None,
            method_inst: Vec::new(),
        });
        self.ty_mut(owner).methods.push(mid);
        Some(mid)
    }

    /// A Field or MemberRef token of `asm`, in generic context `ctx`.
    pub fn resolve_field_token(
        &mut self,
        asm: AssemblyIdx,
        tok: Token,
        ctx: &GenericCtx,
    ) -> TResult<FieldId> {
        match tok.table() {
            Some(TableId::Field) => {
                let def = self.owner_of_field_def(asm, tok.rid())?;
                let owner = self.in_context(def, ctx)?;
                self.ensure_loaded(owner)?;
                self.field_of_def(owner, tok.rid())
                    .ok_or_else(|| TypeError::missing_field("field not found"))
            }
            Some(TableId::MemberRef) => {
                let md = &self.loader.get(asm).image.metadata;
                let row = md.member_ref(tok.rid())?;
                let name = md.string(row.name)?.to_owned();
                let class = row.class;
                let owner = self.member_ref_parent(asm, class, ctx)?;
                let mut cur = Some(owner);
                while let Some(t) = cur {
                    self.ensure_loaded(t)?;
                    let found = self
                        .ty(t)
                        .fields
                        .iter()
                        .copied()
                        .find(|&f| self.field(f).name == name);
                    if let Some(f) = found {
                        return Ok(f);
                    }
                    cur = self.ty(t).parent;
                }
                Err(TypeError::missing_field(format!(
                    "Field not found: {}.{name}",
                    self.ty(owner).full_name()
                )))
            }
            _ => Err(TypeError::bad_image(format!("{tok} is not a field token"))),
        }
    }
}

fn qualified(ns: &str, name: &str) -> String {
    match ns.is_empty() {
        true => name.to_owned(),
        false => format!("{ns}.{name}"),
    }
}
