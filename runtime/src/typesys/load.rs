//! Declaring and loading types: kinds from the inheritance chain, field layout
//! (instance fields sequential after the parent's, or at explicit offsets; statics in a
//! per-type block), methods, vtables (newslot/override by name and signature, then
//! MethodImpl), interface maps, and the synthetic array and pointer types.

use super::*;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::decode as sigdec;

const TYPE_INTERFACE: u32 = 0x20;
const LAYOUT_MASK: u32 = 0x18;
const LAYOUT_EXPLICIT: u32 = 0x10;

impl TypeSystem {
    /// The type of a TypeDef row, declared on first use.
    pub fn type_of_def(&mut self, asm: AssemblyIdx, rid: u32) -> TResult<TypeId> {
        if let Some(&t) = self.by_def.get(&(asm, rid)) {
            return Ok(t);
        }
        let md = &self.loader.get(asm).image.metadata;
        let row = md.type_def(rid)?;
        let name = md.string(row.type_name)?.to_owned();
        let namespace = md.string(row.type_namespace)?.to_owned();
        let extends = row.extends;
        let gparams = md.generic_params(Token::new(TableId::TypeDef, rid))?;
        let arity = gparams.len() as u32;
        let mut variance = vec![Variance::None; arity as usize];
        for gp in gparams {
            let row = md.generic_param(gp)?;
            if let Some(v) = variance.get_mut(usize::from(row.number)) {
                *v = Variance::from_flags(row.flags);
            }
        }
        if variance.iter().all(|&v| v == Variance::None) {
            variance.clear();
        }
        let id = TypeId(self.types.len() as u32);
        let is_corlib = asm == self.corlib;
        let mut kind = match row.flags & TYPE_INTERFACE {
            0 => TypeKind::Class,
            _ => TypeKind::Interface,
        };
        if is_corlib && namespace == "System" {
            if name == "String" {
                kind = TypeKind::String;
            } else if name == "Void" {
                kind = TypeKind::Void;
            } else if let Some(p) = Prim::ALL.iter().find(|p| p.name() == name) {
                kind = TypeKind::Primitive(*p);
            }
        }
        self.types.push(TypeInfo {
            namespace,
            name,
            def: Some((asm, rid)),
            kind,
            flags: row.flags,
            parent: None,
            state: LoadState::Declared,
            size: 0,
            align: 1,
            ref_offsets: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            vtable: Vec::new(),
            interfaces: Vec::new(),
            cctor: None,
            statics: 0,
            statics_size: 0,
            static_ref_offsets: Vec::new(),
            init_flag: 0,
            arity,
            inst: Vec::new(),
            generic_methods: Vec::new(),
            variance,
        });
        self.by_def.insert((asm, rid), id);
        // A generic definition's parent may name its parameters (`Foo<T> : Bar<T>`):
        // instantiations resolve it; the definition keeps only what its kind needs.
        let generic_parent = arity > 0 && extends.table() == Some(TableId::TypeSpec);
        if !extends.is_nil() && !generic_parent {
            let parent = self.resolve_type_token(asm, extends, &GenericCtx::default())?;
            let p = self.ty(parent);
            let special = p.def.is_some_and(|(a, _)| a == self.corlib) && p.namespace == "System";
            let (p_name, this_name) = (p.name.clone(), self.ty(id).full_name());
            if special && kind == TypeKind::Class {
                if p_name == "Enum" {
                    // The underlying type is known from the signature of `value__`
                    // without loading the type (the verifier asks before the JIT loads).
                    let p = enum_underlying(&self.loader.get(asm).image.metadata, rid);
                    self.ty_mut(id).kind = TypeKind::Enum(p.unwrap_or(Prim::I4));
                } else if p_name == "ValueType" && !(is_corlib && this_name == "System.Enum") {
                    self.ty_mut(id).kind = TypeKind::ValueType;
                }
            }
            self.ty_mut(id).parent = Some(parent);
        }
        Ok(id)
    }

    /// Loads a type: layout, statics, methods, vtable, interfaces. Idempotent; a
    /// re-entrant request (a struct field of a type being loaded) returns at once.
    pub fn ensure_loaded(&mut self, id: TypeId) -> TResult<()> {
        if self.ty(id).state != LoadState::Declared {
            return Ok(());
        }
        let Some((asm, rid)) = self.ty(id).def else {
            self.ty_mut(id).state = LoadState::Loaded;
            return Ok(());
        };
        if self.ty(id).arity as usize != self.ty(id).inst.len() {
            return Err(TypeError::type_load(format!(
                "cannot load open generic type '{}'",
                self.ty(id).full_name()
            )));
        }
        self.ty_mut(id).state = LoadState::Loading;
        let res = self.load_parts(id, asm, rid);
        // A failure leaves the type declared, so the next request fails the same way
        // (naming what is missing) instead of finding a half-loaded type.
        self.ty_mut(id).state = match res {
            Ok(()) => LoadState::Loaded,
            Err(_) => LoadState::Declared,
        };
        res
    }

    fn load_parts(&mut self, id: TypeId, asm: AssemblyIdx, rid: u32) -> TResult<()> {
        if let Some(p) = self.ty(id).parent {
            self.ensure_loaded(p)?;
        }
        let ctx = GenericCtx::of_type(&self.ty(id).inst);
        self.load_fields(id, asm, rid, &ctx)?;
        self.load_methods(id, asm, rid, &ctx)?;
        self.build_vtable(id, asm, rid, &ctx)?;
        self.build_interfaces(id, asm, rid, &ctx)?;
        Ok(())
    }

    fn load_fields(
        &mut self,
        id: TypeId,
        asm: AssemblyIdx,
        rid: u32,
        ctx: &GenericCtx,
    ) -> TResult<()> {
        let md = &self.loader.get(asm).image.metadata;
        let explicit = md.type_def(rid)?.flags & LAYOUT_MASK == LAYOUT_EXPLICIT;
        let mut rows = Vec::new();
        for f in md.type_fields(rid)? {
            let row = md.field(f)?;
            let sig = sigdec::field_sig(md.blob(row.signature)?)?;
            let offset = match explicit {
                true => explicit_offset(md, f)?,
                false => None,
            };
            rows.push((
                f,
                row.flags,
                md.string(row.name)?.to_owned(),
                sig.ty,
                offset,
            ));
        }
        let parent = self.ty(id).parent;
        let kind = self.ty(id).kind;
        let (mut size, mut align, mut refs) = match (kind, parent) {
            (TypeKind::Class | TypeKind::String, Some(p)) => {
                let p = self.ty(p);
                (p.size, p.align.max(8), p.ref_offsets.clone())
            }
            (TypeKind::Class | TypeKind::Interface, None) => (8, 8, Vec::new()),
            _ => (0, 1, Vec::new()),
        };
        let mut statics_size = 0u32;
        let mut static_refs = Vec::new();
        let mut fields = Vec::new();
        let mut own_statics = Vec::new();
        for (f, flags, name, sig, explicit_at) in rows {
            let ty = self.sig_type(asm, &sig, ctx)?;
            let mut info = FieldInfo {
                name,
                owner: id,
                ty,
                flags,
                offset: 0,
                rid: f,
            };
            // A value type's static of its own type (`Guid.Empty`) is laid out once the
            // instance fields have given the type its size.
            let own_static = info.is_static() && ty == id && kind == TypeKind::ValueType;
            if !info.is_literal() && !own_static {
                let (fsize, falign) = self.value_size(ty)?;
                let is_ref = !self.is_value_type(ty)
                    && !matches!(self.ty(ty).kind, TypeKind::ByRef(_) | TypeKind::Ptr(_));
                let nested: Vec<u32> = match self.ty(ty).kind {
                    TypeKind::ValueType => self.ty(ty).ref_offsets.clone(),
                    _ => Vec::new(),
                };
                if info.is_static() {
                    let at = align_up(statics_size, falign.max(1));
                    info.offset = at;
                    statics_size = at + fsize;
                    if is_ref {
                        static_refs.push(at);
                    }
                    static_refs.extend(nested.iter().map(|o| at + o));
                } else {
                    let at = match explicit_at {
                        Some(o) => {
                            o + if kind == TypeKind::Class {
                                size_of_parent(self, parent)
                            } else {
                                0
                            }
                        }
                        None => align_up(size, falign.max(1)),
                    };
                    info.offset = at;
                    size = size.max(at + fsize);
                    align = align.max(falign);
                    if is_ref {
                        refs.push(at);
                    }
                    refs.extend(nested.iter().map(|o| at + o));
                    if let TypeKind::Enum(_) = kind {
                        if let TypeKind::Primitive(p) = self.ty(ty).kind {
                            self.ty_mut(id).kind = TypeKind::Enum(p);
                        }
                    }
                }
            }
            // The id is taken only now: `value_size` above may load the field's own
            // type, whose fields then come first in `self.fields`.
            let fid = FieldId(self.fields.len() as u32);
            if own_static && !info.is_literal() {
                own_statics.push(fid);
            }
            self.fields.push(info);
            fields.push(fid);
        }
        match self.ty(id).kind {
            TypeKind::Primitive(p) | TypeKind::Enum(p) => {
                size = p.size();
                align = p.size();
            }
            TypeKind::ValueType => {
                if let Some(cs) = class_size(&self.loader.get(asm).image.metadata, rid)? {
                    size = size.max(cs);
                }
                size = align_up(size.max(1), align);
            }
            TypeKind::String => {}
            _ => size = align_up(size, 8),
        }
        for fid in own_statics {
            let at = align_up(statics_size, align.max(1));
            self.fields[fid.0 as usize].offset = at;
            statics_size = at + size;
            static_refs.extend(refs.iter().map(|o| at + o));
        }
        let statics = match statics_size {
            0 => 0,
            n => self.alloc_static(n),
        };
        let init_flag = self.alloc_static(1);
        let t = self.ty_mut(id);
        t.size = size;
        t.align = align;
        t.ref_offsets = refs;
        t.fields = fields;
        t.statics = statics;
        t.statics_size = statics_size;
        t.static_ref_offsets = static_refs;
        t.init_flag = init_flag;
        Ok(())
    }

    fn load_methods(
        &mut self,
        id: TypeId,
        asm: AssemblyIdx,
        rid: u32,
        ctx: &GenericCtx,
    ) -> TResult<()> {
        let md = &self.loader.get(asm).image.metadata;
        let mut rows = Vec::new();
        for m in md.type_methods(rid)? {
            let row = md.method_def(m)?;
            let sig = sigdec::method_sig(md.blob(row.signature)?)?;
            rows.push((m, row, md.string(row.name)?.to_owned(), sig));
        }
        let mut methods = Vec::new();
        let mut iface_slot = 0u32;
        for (m, row, name, sig) in rows {
            if sig.generic_params > 0 {
                self.ty_mut(id).generic_methods.push(m);
                continue;
            }
            let sig = self.method_sig(asm, &sig, ctx)?;
            let mid = MethodId(self.methods.len() as u32);
            let mut info = MethodInfo {
                name,
                owner: id,
                asm,
                rid: m,
                flags: row.flags,
                impl_flags: row.impl_flags,
                sig,
                slot: None,
                method_inst: Vec::new(),
            };
            if self.ty(id).is_interface() && info.is_virtual() {
                info.slot = Some(iface_slot);
                iface_slot += 1;
            }
            if info.name == ".cctor" && info.is_static() {
                self.ty_mut(id).cctor = Some(mid);
            }
            self.methods.push(info);
            methods.push(mid);
        }
        self.ty_mut(id).methods = methods;
        Ok(())
    }

    fn build_vtable(
        &mut self,
        id: TypeId,
        asm: AssemblyIdx,
        rid: u32,
        ctx: &GenericCtx,
    ) -> TResult<()> {
        if self.ty(id).is_interface() {
            return Ok(());
        }
        let mut vtable = match self.ty(id).parent {
            Some(p) => self.ty(p).vtable.clone(),
            None => Vec::new(),
        };
        for m in self.ty(id).methods.clone() {
            let info = self.method(m);
            if !info.is_virtual() {
                continue;
            }
            let existing = match info.is_newslot() {
                true => None,
                false => vtable.iter().rposition(|&v| {
                    let o = self.method(v);
                    o.name == info.name && o.sig == info.sig
                }),
            };
            let slot = match existing {
                Some(s) => {
                    vtable[s] = m;
                    s
                }
                None => {
                    vtable.push(m);
                    vtable.len() - 1
                }
            };
            self.methods[m.0 as usize].slot = Some(slot as u32);
        }
        // Explicit overrides of class methods (interface ones are in `build_interfaces`).
        for (body, decl) in self.method_impls(asm, rid, ctx)? {
            if let Some(slot) = self.method(decl).slot {
                if !self.ty(self.method(decl).owner).is_interface() {
                    if let Some(s) = vtable.get_mut(slot as usize) {
                        *s = body;
                    }
                }
            }
        }
        self.ty_mut(id).vtable = vtable;
        Ok(())
    }

    /// The MethodImpl pairs (body, declaration) of a TypeDef, but for generic methods
    /// (those are matched per instantiation: `generic_virtual`).
    fn method_impls(
        &mut self,
        asm: AssemblyIdx,
        rid: u32,
        ctx: &GenericCtx,
    ) -> TResult<Vec<(MethodId, MethodId)>> {
        let mut rows = Vec::new();
        for (body, decl) in self.method_impl_rows(asm, rid)? {
            if !self.names_generic_method(asm, body)? {
                rows.push((body, decl));
            }
        }
        let mut out = Vec::new();
        for (body, decl) in rows {
            let body = self.resolve_method_token(asm, body, ctx)?;
            let decl = self.resolve_method_token(asm, decl, ctx)?;
            out.push((body, decl));
        }
        Ok(out)
    }

    fn build_interfaces(
        &mut self,
        id: TypeId,
        asm: AssemblyIdx,
        rid: u32,
        ctx: &GenericCtx,
    ) -> TResult<()> {
        let mut all: Vec<TypeId> = match self.ty(id).parent {
            Some(p) => self.ty(p).interfaces.iter().map(|(i, _)| *i).collect(),
            None => Vec::new(),
        };
        let mut work = self.declared_interfaces(asm, rid, ctx)?;
        while let Some(i) = work.pop() {
            if all.contains(&i) {
                continue;
            }
            all.push(i);
            self.ensure_loaded(i)?;
            if let Some((ia, ir)) = self.ty(i).def {
                let ictx = GenericCtx::of_type(&self.ty(i).inst);
                work.extend(self.declared_interfaces(ia, ir, &ictx)?);
            }
        }
        if self.ty(id).is_interface() {
            self.ty_mut(id).interfaces = all.into_iter().map(|i| (i, Vec::new())).collect();
            return Ok(());
        }
        let impls = self.method_impls(asm, rid, ctx)?;
        let mut map = Vec::new();
        for iface in all {
            let mut slots = Vec::new();
            for im in self.ty(iface).methods.clone() {
                if self.method(im).slot.is_none() {
                    continue;
                }
                slots.push(self.implementation_of(id, im, &impls));
            }
            map.push((iface, slots));
        }
        self.ty_mut(id).interfaces = map;
        Ok(())
    }

    /// The method of `ty` that implements interface method `im`: an explicit MethodImpl,
    /// else a virtual method with the same name and signature (the most derived override
    /// of it), searching from `ty` up; the interface method itself when none (calling it
    /// then fails as abstract).
    fn implementation_of(
        &self,
        ty: TypeId,
        im: MethodId,
        impls: &[(MethodId, MethodId)],
    ) -> MethodId {
        if let Some(&(body, _)) = impls.iter().find(|(_, d)| *d == im) {
            return body;
        }
        let want = self.method(im);
        let mut cur = Some(ty);
        while let Some(t) = cur {
            if t != ty {
                // An inherited interface mapping (including explicit ones) applies.
                if let Some((_, slots)) =
                    self.ty(t).interfaces.iter().find(|(i, _)| *i == want.owner)
                {
                    if let Some(pos) = self.interface_slot(want.owner, im) {
                        if let Some(&m) = slots.get(pos) {
                            return self.most_derived(ty, m);
                        }
                    }
                }
            }
            for &m in &self.ty(t).methods {
                let c = self.method(m);
                if c.is_virtual() && c.name == want.name && c.sig == want.sig {
                    return self.most_derived(ty, m);
                }
            }
            cur = self.ty(t).parent;
        }
        im
    }

    fn interface_slot(&self, iface: TypeId, im: MethodId) -> Option<usize> {
        self.ty(iface)
            .methods
            .iter()
            .filter(|&&m| self.method(m).slot.is_some())
            .position(|&m| m == im)
    }

    fn most_derived(&self, ty: TypeId, m: MethodId) -> MethodId {
        match self.method(m).slot {
            Some(s) if !self.ty(self.method(m).owner).is_interface() => {
                self.ty(ty).vtable.get(s as usize).copied().unwrap_or(m)
            }
            _ => m,
        }
    }

    fn declared_interfaces(
        &mut self,
        asm: AssemblyIdx,
        rid: u32,
        ctx: &GenericCtx,
    ) -> TResult<Vec<TypeId>> {
        let md = &self.loader.get(asm).image.metadata;
        let mut toks = Vec::new();
        for r in md.interface_impls(rid)? {
            toks.push(md.interface_impl(r)?.interface);
        }
        toks.into_iter()
            .map(|t| self.resolve_type_token(asm, t, ctx))
            .collect()
    }

    /// A synthetic type (array, byref, pointer), created once per shape.
    pub fn composite(&mut self, kind: TypeKind) -> TResult<TypeId> {
        if let Some(&t) = self.by_composite.get(&kind) {
            return Ok(t);
        }
        let (parent, name, namespace) = match kind {
            TypeKind::Array { elem, rank } => {
                let e = self.ty(elem);
                let dims = match rank {
                    0 => "[]".to_owned(),
                    n => format!("[{}]", ",".repeat(n.saturating_sub(1) as usize)),
                };
                (
                    Some(self.well_known.array),
                    format!("{}{dims}", e.name),
                    e.namespace.clone(),
                )
            }
            TypeKind::ByRef(t) => (
                None,
                format!("{}&", self.ty(t).name),
                self.ty(t).namespace.clone(),
            ),
            TypeKind::Ptr(t) => (
                None,
                format!("{}*", self.ty(t).name),
                self.ty(t).namespace.clone(),
            ),
            _ => return Err(TypeError::type_load("not a composite type")),
        };
        let (vtable, interfaces, size) = match parent {
            Some(p) => {
                self.ensure_loaded(p)?;
                let header = match kind {
                    TypeKind::Array { rank: 0, .. } => 16,
                    TypeKind::Array { rank, .. } => 16 + align_up(8 * rank, 8),
                    _ => 16,
                };
                (
                    self.ty(p).vtable.clone(),
                    self.ty(p).interfaces.clone(),
                    header,
                )
            }
            None => (Vec::new(), Vec::new(), 8),
        };
        let id = TypeId(self.types.len() as u32);
        self.types.push(TypeInfo {
            namespace,
            name,
            def: None,
            kind,
            flags: 0x101, // public, sealed
            parent,
            state: LoadState::Loaded,
            size,
            align: 8,
            ref_offsets: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            vtable,
            interfaces,
            cctor: None,
            statics: 0,
            statics_size: 0,
            static_ref_offsets: Vec::new(),
            init_flag: 0,
            arity: 0,
            inst: Vec::new(),
            generic_methods: Vec::new(),
            variance: Vec::new(),
        });
        self.by_composite.insert(kind, id);
        Ok(id)
    }

    /// `elem[]` (rank 0) or `elem[,…]`.
    pub fn array_of(&mut self, elem: TypeId, rank: u32) -> TResult<TypeId> {
        self.composite(TypeKind::Array { elem, rank })
    }

    /// The instantiation of generic definition `def` over `args`, declared once.
    pub fn instantiate(&mut self, def: TypeId, args: Vec<TypeId>) -> TResult<TypeId> {
        if let Some(&t) = self.by_inst.get(&(def, args.clone())) {
            return Ok(t);
        }
        let d = self.ty(def).clone();
        if d.arity as usize != args.len() || !d.inst.is_empty() {
            return Err(TypeError::type_load(format!(
                "'{}' takes {} type arguments, not {}",
                d.full_name(),
                d.arity,
                args.len()
            )));
        }
        let Some((asm, rid)) = d.def else {
            return Err(TypeError::type_load("instantiation of a synthetic type"));
        };
        let id = TypeId(self.types.len() as u32);
        self.types.push(TypeInfo {
            inst: args.clone(),
            parent: None,
            state: LoadState::Declared,
            ..d
        });
        self.by_inst.insert((def, args.clone()), id);
        let extends = self.loader.get(asm).image.metadata.type_def(rid)?.extends;
        if !extends.is_nil() {
            let parent = self.resolve_type_token(asm, extends, &GenericCtx::of_type(&args))?;
            self.ty_mut(id).parent = Some(parent);
        }
        Ok(id)
    }

    /// The method with MethodDef row `rid` of (loaded) type `owner`.
    pub(crate) fn method_of_def(&self, owner: TypeId, rid: u32) -> Option<MethodId> {
        let asm = self.ty(owner).def.map(|(a, _)| a);
        self.ty(owner)
            .methods
            .iter()
            .copied()
            .find(|&m| self.method(m).rid == rid && Some(self.method(m).asm) == asm)
    }

    /// The field with Field row `rid` of (loaded) type `owner`.
    pub(crate) fn field_of_def(&self, owner: TypeId, rid: u32) -> Option<FieldId> {
        self.ty(owner)
            .fields
            .iter()
            .copied()
            .find(|&f| self.field(f).rid == rid)
    }

    /// Generic method `rid` of `owner` instantiated over `args`.
    pub fn instantiate_method(
        &mut self,
        owner: TypeId,
        rid: u32,
        args: Vec<TypeId>,
    ) -> TResult<MethodId> {
        if let Some(&m) = self.method_insts.get(&(owner, rid, args.clone())) {
            return Ok(m);
        }
        self.ensure_loaded(owner)?;
        let Some((asm, _)) = self.ty(owner).def else {
            return Err(TypeError::missing_method(
                "generic method of a synthetic type",
            ));
        };
        let md = &self.loader.get(asm).image.metadata;
        let row = md.method_def(rid)?;
        let name = md.string(row.name)?.to_owned();
        let sig = sigdec::method_sig(md.blob(row.signature)?)?;
        if sig.generic_params as usize != args.len() {
            return Err(TypeError::missing_method(format!(
                "generic method '{name}' takes {} type arguments, not {}",
                sig.generic_params,
                args.len()
            )));
        }
        let ctx = GenericCtx {
            types: self.ty(owner).inst.clone(),
            methods: args.clone(),
        };
        let sig = self.method_sig(asm, &sig, &ctx)?;
        let mid = MethodId(self.methods.len() as u32);
        self.methods.push(MethodInfo {
            name,
            owner,
            asm,
            rid,
            flags: row.flags,
            impl_flags: row.impl_flags,
            sig,
            slot: None,
            method_inst: args.clone(),
        });
        self.method_insts.insert((owner, rid, args), mid);
        Ok(mid)
    }

    pub(crate) fn cached_owner_of_method(&self, asm: AssemblyIdx, rid: u32) -> Option<TypeId> {
        self.owner_of_method.get(&(asm, rid)).copied()
    }

    pub(crate) fn cache_owner_of_method(&mut self, asm: AssemblyIdx, rid: u32, owner: TypeId) {
        self.owner_of_method.insert((asm, rid), owner);
    }
}

fn size_of_parent(ts: &TypeSystem, parent: Option<TypeId>) -> u32 {
    parent.map(|p| ts.ty(p).size).unwrap_or(8)
}

fn explicit_offset(md: &il_emit::reader::Metadata<'_>, field: u32) -> TResult<Option<u32>> {
    for r in 1..=md.row_count(TableId::FieldLayout) {
        let row = md.field_layout(r)?;
        if row.field == field {
            return Ok(Some(row.offset));
        }
    }
    Ok(None)
}

fn class_size(md: &il_emit::reader::Metadata<'_>, rid: u32) -> TResult<Option<u32>> {
    for r in 1..=md.row_count(TableId::ClassLayout) {
        let row = md.class_layout(r)?;
        if row.parent == rid && row.class_size > 0 {
            return Ok(Some(row.class_size));
        }
    }
    Ok(None)
}

/// Rounds `n` up to a multiple of `align` (a power of two).
pub fn align_up(n: u32, align: u32) -> u32 {
    let a = align.max(1);
    n.div_ceil(a) * a
}

/// An enum's underlying primitive: the type of its instance field (`value__`).
fn enum_underlying(md: &il_emit::reader::Metadata<'_>, rid: u32) -> Option<Prim> {
    use il_emit::signature::TypeSig;
    md.type_fields(rid).ok()?.into_iter().find_map(|f| {
        let row = md.field(f).ok()?;
        if row.flags & 0x10 != 0 {
            return None;
        }
        let sig = sigdec::field_sig(md.blob(row.signature).ok()?).ok()?;
        Some(match sig.ty {
            TypeSig::Boolean => Prim::Bool,
            TypeSig::Char => Prim::Char,
            TypeSig::I1 => Prim::I1,
            TypeSig::U1 => Prim::U1,
            TypeSig::I2 => Prim::I2,
            TypeSig::U2 => Prim::U2,
            TypeSig::I4 => Prim::I4,
            TypeSig::U4 => Prim::U4,
            TypeSig::I8 => Prim::I8,
            TypeSig::U8 => Prim::U8,
            TypeSig::I => Prim::I,
            TypeSig::U => Prim::U,
            _ => return None,
        })
    })
}
