//! Generic virtual methods: a virtual or interface method with its own type parameters
//! (`abstract T Echo<T>(T x)`, `T IConverter.Convert<T>(object o)`) has no vtable or
//! interface slot, because every instantiation is a method of its own (generics are fully
//! specialized). A call through the base or the interface names the *declaration*
//! instantiated over the call's type arguments; `resolve_generic_virtual` finds, for the
//! receiver's exact type, the implementation of that declaration and instantiates it over
//! the same arguments. The JIT asks once per (receiver type, instantiated declaration) at
//! run time (`jit::helpers::rt_gvm_cell`) and caches the entry cell.
//!
//! The implementation is, searching from the receiver's type up to the declaring type:
//! an explicit MethodImpl (`.override`) whose declaration is this method; else a virtual
//! generic method with the same name, arity and signature (substituted over the same
//! method arguments) that overrides it (for a class method: not `newslot` below the
//! declaring class); the declaration itself when the search reaches its own class. A
//! call through a variant instantiation of an interface the type does not implement
//! exactly (`ISource<object>` on an `ISource<string>`) resolves as a call through the
//! one it implements.
//!
//! Not here: the vtables and interface maps of non-generic methods (`load`).

use super::*;
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::decode as sigdec;

impl TypeSystem {
    /// The method that a call of instantiated generic virtual method `decl` on an object
    /// of exact type `recv` runs: the override or implementation, instantiated over
    /// `decl`'s method arguments.
    pub fn resolve_generic_virtual(&mut self, recv: TypeId, decl: MethodId) -> TResult<MethodId> {
        if let Some(&m) = self.gvm_impls.get(&(recv, decl)) {
            return Ok(m);
        }
        let found = self.find_generic_implementation(recv, decl)?;
        self.gvm_impls.insert((recv, decl), found);
        Ok(found)
    }

    fn find_generic_implementation(&mut self, recv: TypeId, decl: MethodId) -> TResult<MethodId> {
        let d = self.method(decl).clone();
        let args = d.method_inst.clone();
        let via_interface = self.ty(d.owner).is_interface();
        if via_interface {
            // Called through a variant instantiation (`ISource<object>` on an
            // `ISource<string>`): the implementation is that of the one implemented.
            self.ensure_loaded(recv)?;
            let ifaces: Vec<TypeId> = self.ty(recv).interfaces.iter().map(|&(i, _)| i).collect();
            if !ifaces.contains(&d.owner) {
                if let Some(&i) = ifaces.iter().find(|&&i| self.variant_match(i, d.owner)) {
                    let actual = self.instantiate_method(i, d.rid, args)?;
                    return self.resolve_generic_virtual(recv, actual);
                }
            }
        }
        let mut cur = Some(recv);
        while let Some(t) = cur {
            self.ensure_loaded(t)?;
            if t == d.owner {
                return Ok(decl);
            }
            let Some((tasm, trid)) = self.ty(t).def else {
                cur = self.ty(t).parent;
                continue;
            };
            let tctx = GenericCtx {
                types: self.ty(t).inst.clone(),
                methods: args.clone(),
            };
            // An explicit `.override` of this declaration.
            for (body, target) in self.method_impl_rows(tasm, trid)? {
                if body.table() != Some(TableId::MethodDef)
                    || !self.names_generic_method(tasm, body)?
                {
                    continue;
                }
                let Ok((owner, rid)) = self.generic_method_def(tasm, target, &tctx, &args) else {
                    continue;
                };
                if owner == d.owner && rid == d.rid {
                    return self.instantiate_method(t, body.rid(), args);
                }
            }
            // An implicit implementation or override: same name, arity and signature.
            for rid in self.ty(t).generic_methods.clone() {
                let md = &self.loader.get(tasm).image.metadata;
                let row = md.method_def(rid)?;
                let virtual_ = row.flags & 0x40 != 0;
                let newslot = row.flags & 0x100 != 0;
                if md.string(row.name)? != d.name || !virtual_ || (newslot && !via_interface) {
                    continue;
                }
                let sig = sigdec::method_sig(md.blob(row.signature)?)?;
                if sig.generic_params as usize != args.len()
                    || sig.params.len() != d.sig.params.len()
                {
                    continue;
                }
                if self
                    .method_sig(tasm, &sig, &tctx)
                    .is_ok_and(|s| s.params == d.sig.params && s.ret == d.sig.ret)
                {
                    return self.instantiate_method(t, rid, args);
                }
            }
            cur = self.ty(t).parent;
        }
        Err(TypeError::missing_method(format!(
            "Method not found: no implementation of {}.{}<{}> in '{}'",
            self.ty(d.owner).full_name(),
            d.name,
            args.iter()
                .map(|&a| self.ty(a).full_name())
                .collect::<Vec<_>>()
                .join(","),
            self.ty(recv).full_name()
        )))
    }

    /// The MethodImpl rows (body, declaration) of TypeDef `rid`, unresolved.
    pub(crate) fn method_impl_rows(
        &self,
        asm: AssemblyIdx,
        rid: u32,
    ) -> TResult<Vec<(Token, Token)>> {
        let md = &self.loader.get(asm).image.metadata;
        let range = md.rows_for(TableId::MethodImpl, 0, Token::new(TableId::TypeDef, rid))?;
        let mut rows = Vec::new();
        for r in range {
            let row = md.method_impl(r)?;
            rows.push((row.body, row.declaration));
        }
        Ok(rows)
    }

    /// Whether a MethodDef or MemberRef token names a generic method definition (one
    /// with type parameters of its own, not instantiated).
    pub(crate) fn names_generic_method(&self, asm: AssemblyIdx, tok: Token) -> TResult<bool> {
        let md = &self.loader.get(asm).image.metadata;
        let blob = match tok.table() {
            Some(TableId::MethodDef) => md.method_def(tok.rid())?.signature,
            Some(TableId::MemberRef) => md.member_ref(tok.rid())?.signature,
            _ => return Ok(false),
        };
        Ok(sigdec::method_sig(md.blob(blob)?)?.generic_params > 0)
    }
}
