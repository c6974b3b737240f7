//! Calls and object creation: `call`, `callvirt` (vtable and interface dispatch, the
//! `constrained.` prefix), `newobj` (objects, structs, strings, multi-dimensional
//! arrays), `ldftn`, `ldstr` and `ldtoken`.

use super::{Compiler, Sv, invalid};
use crate::gc::object;
use crate::jit::abi::{self, Sk, sk_of};
use crate::jit::helpers;
use crate::jit::helpers::Builtin;
use crate::jit::mtable::VTABLE_OFFSET;
use crate::jit::native_image::target::RtConst;
use crate::typesys::{MethodId, RtSig, TResult, TypeId, TypeKind};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use il_emit::TableId;
use il_emit::il::decode::Instruction;

impl Compiler<'_> {
    /// The code address to call for `m`: through its entry cell, or by dispatch.
    fn target(&mut self, m: MethodId, this: Option<Value>, virt: bool) -> TResult<Value> {
        let cell = self.target_cell(m, this, virt)?;
        Ok(self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), cell, 0))
    }

    /// The entry cell to call `m` through: its own, or the one dispatch selects.
    fn target_cell(&mut self, m: MethodId, this: Option<Value>, virt: bool) -> TResult<Value> {
        let info = self.ts.method(m).clone();
        let owner = self.ts.ty(info.owner).clone();
        let dispatch = virt
            && info.is_virtual()
            && (info.flags & 0x20 == 0)
            && (owner.flags & 0x100 == 0 || owner.is_interface());
        match (dispatch, this) {
            (true, Some(obj)) if !info.method_inst.is_empty() => {
                // A generic virtual method has no slot: resolved per receiver type.
                let mid = self.rt_const(RtConst::MethodIdImm(m), types::I32)?;
                Ok(self.call_helper(
                    helpers::rt_gvm_cell as *const () as usize,
                    &[types::I64, types::I32],
                    &[types::I64],
                    &[obj, mid],
                )[0])
            }
            (true, Some(obj)) if owner.is_interface() => {
                let slot = info
                    .slot
                    .ok_or_else(|| invalid("interface method without a slot"))?;
                self.interface_cell(obj, info.owner, slot)
            }
            (true, Some(obj)) => {
                let slot = info
                    .slot
                    .ok_or_else(|| invalid("virtual method without a slot"))?;
                let f = MemFlagsData::trusted();
                let mt = self.b.ins().load(types::I64, f, obj, 0);
                let vt = self.b.ins().load(types::I64, f, mt, VTABLE_OFFSET);
                Ok(self.b.ins().load(types::I64, f, vt, 8 * slot as i32))
            }
            _ => self.rt_const(RtConst::Cell(m), types::I64),
        }
    }

    /// Interface dispatch inline: the receiver's interface map is scanned in compiled
    /// code (a class implements few interfaces, and the exact one is usually first), so
    /// only a miss (variance, or InvalidCastException) calls `helpers::rt_iface_cell`.
    fn interface_cell(&mut self, obj: Value, iface: TypeId, slot: u32) -> TResult<Value> {
        use crate::jit::mtable::{InterfaceEntry, MethodTable};
        use cranelift_codegen::ir::condcodes::IntCC;
        let f = MemFlagsData::trusted();
        self.null_check(obj);
        let mt = self.b.ins().load(types::I64, f, obj, 0);
        let len_at = std::mem::offset_of!(MethodTable, iface_len) as i32;
        let map_at = std::mem::offset_of!(MethodTable, ifaces) as i32;
        let len = self.b.ins().uload32(f, mt, len_at);
        let map = self.b.ins().load(types::I64, f, mt, map_at);
        let end_bytes = self
            .b
            .ins()
            .imul_imm_u(len, std::mem::size_of::<InterfaceEntry>() as i64);
        let end = self.b.ins().iadd(map, end_bytes);
        let head = self.b.create_block();
        let check = self.b.create_block();
        let next = self.b.create_block();
        let found = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(head, types::I64);
        self.b.append_block_param(done, types::I64);
        self.b.ins().jump(head, &[map.into()]);
        // head(e): past the end → slow; else compare e's type id.
        self.b.switch_to_block(head);
        let e = self.b.block_params(head)[0];
        let at_end = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, e, end);
        self.b.ins().brif(at_end, slow, &[], check, &[]);
        self.b.switch_to_block(check);
        let id = self.b.ins().load(types::I64, f, e, 0);
        let want = self.rt_const(RtConst::TypeIdImm(iface), types::I64)?;
        let hit = self.b.ins().icmp(IntCC::Equal, id, want);
        self.b.ins().brif(hit, found, &[], next, &[]);
        self.b.switch_to_block(next);
        let e2 = self
            .b
            .ins()
            .iadd_imm_u(e, std::mem::size_of::<InterfaceEntry>() as i64);
        self.b.ins().jump(head, &[e2.into()]);
        self.b.switch_to_block(found);
        let cells_at = std::mem::offset_of!(InterfaceEntry, cells) as i32;
        let cells = self.b.ins().load(types::I64, f, e, cells_at);
        let cell = self.b.ins().load(types::I64, f, cells, 8 * slot as i32);
        self.b.ins().jump(done, &[cell.into()]);
        self.b.switch_to_block(slow);
        let i = self.rt_const(RtConst::TypeIdImm(iface), types::I32)?;
        let s = self.b.ins().iconst(types::I32, i64::from(slot));
        let cell = self.call_helper(
            helpers::rt_iface_cell as *const () as usize,
            &[types::I64, types::I32, types::I32],
            &[types::I64],
            &[obj, i, s],
        )[0];
        self.b.ins().jump(done, &[cell.into()]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// Emits the call of `m` with `this` (if any) and `args` already popped; pushes the
    /// result.
    fn emit_call(
        &mut self,
        m: MethodId,
        this: Option<Value>,
        args: Vec<Sv>,
        virt: bool,
    ) -> TResult<()> {
        let info = self.ts.method(m).clone();
        let code = self.target(m, this, virt)?;
        let ret_struct = abi::returns_struct(self.ts, &info);
        let mut vals = Vec::with_capacity(args.len() + 2);
        let buf = match ret_struct {
            true => Some(self.new_value(info.sig.ret)?),
            false => None,
        };
        if let Some(b) = buf {
            vals.push(b);
        }
        if let Some(t) = this {
            vals.push(t);
        }
        for (sv, &p) in args.iter().zip(&info.sig.params) {
            let k = sk_of(self.ts, p);
            let v = match (sv.k, k) {
                (Sk::Vt(_), Sk::Vt(_)) => sv.v,
                _ => self.coerce(*sv, k),
            };
            vals.push(v);
        }
        let sig = abi::signature(self.ts, &info, self.call_conv)?;
        let sref = self.b.import_signature(sig);
        self.eh_site();
        let call = self.b.ins().call_indirect(sref, code, &vals);
        let results = self.b.inst_results(call).to_vec();
        self.eh_check();
        if let Some(b) = buf {
            self.push(b, Sk::Vt(info.sig.ret));
        } else if let Some(&r) = results.first() {
            let k = sk_of(self.ts, info.sig.ret);
            self.push(r, k);
        }
        Ok(())
    }

    /// corlib's `RuntimeImports.StringLength`/`ArrayLength` (behind `String.Length` and
    /// `Array.Length`) as the load they are, instead of a call into Rust: the length
    /// word sits at the same offset in both (`object::STRING_LENGTH`, `ARRAY_LENGTH`).
    fn length_intrinsic(
        &mut self,
        info: &crate::typesys::MethodInfo,
        args: &[Sv],
    ) -> Option<Value> {
        let offset = match info.name.as_str() {
            "StringLength" => object::STRING_LENGTH,
            "ArrayLength" => object::ARRAY_LENGTH,
            _ => return None,
        };
        let owner = self.ts.ty(info.owner);
        let corlib_icall = info.is_internal_call()
            && owner.name == "RuntimeImports"
            && owner.namespace == "System"
            && owner.def.is_some_and(|(asm, _)| asm == self.ts.corlib);
        let [obj] = args else { return None };
        if !corlib_icall || obj.k != Sk::Ref {
            return None;
        }
        Some(self.checked_length(obj.v, offset))
    }

    /// The length word of string or array `obj` (at `offset`), after a null check.
    fn checked_length(&mut self, obj: Value, offset: i32) -> Value {
        self.null_check(obj);
        self.b
            .ins()
            .load(types::I32, MemFlagsData::trusted(), obj, offset)
    }

    /// `String.Length`, `Array.Length` and the string indexer `String.get_Chars` as the
    /// loads (and checks) they are, at the call site: their bodies are a load each, and
    /// loops over strings and arrays call them on every iteration. Only corlib's own
    /// methods qualify, and only on a reference `this`.
    fn accessor_intrinsic(
        &mut self,
        info: &crate::typesys::MethodInfo,
        this: Sv,
        args: &[Sv],
    ) -> Option<Value> {
        if this.k != Sk::Ref || self.constrained.is_some() {
            return None;
        }
        let wk = &self.ts.well_known;
        let (string, array) = (info.owner == wk.string, info.owner == wk.array);
        if !(string || array) || info.is_virtual() || info.is_static() {
            return None;
        }
        match (info.name.as_str(), args) {
            ("get_Length", []) => {
                let offset = match string {
                    true => object::STRING_LENGTH,
                    false => object::ARRAY_LENGTH,
                };
                Some(self.checked_length(this.v, offset))
            }
            ("get_Chars", [index]) if string && index.k == Sk::I4 => {
                let len = self.checked_length(this.v, object::STRING_LENGTH);
                let out = self
                    .b
                    .ins()
                    .icmp(IntCC::UnsignedGreaterThanOrEqual, index.v, len);
                self.throw_if(out, Builtin::IndexOutOfRange);
                let i = self.b.ins().uextend(types::I64, index.v);
                let at = self.b.ins().ishl_imm_u(i, 1);
                let at = self.b.ins().iadd(this.v, at);
                let unit =
                    self.b
                        .ins()
                        .load(types::I16, MemFlagsData::trusted(), at, object::STRING_DATA);
                Some(self.b.ins().uextend(types::I32, unit))
            }
            _ => None,
        }
    }

    pub(super) fn call(&mut self, m: MethodId, virt: bool) -> TResult<()> {
        let info = self.ts.method(m).clone();
        let args = self.pop_n(info.sig.params.len())?;
        if !info.sig.has_this {
            self.constrained = None;
            if let Some(v) = self.length_intrinsic(&info, &args) {
                self.push(v, Sk::I4);
                return Ok(());
            }
            if self.ts.ty(info.owner).cctor.is_some() && !info.is_static() {
                // Instance calls never trigger class constructors.
            }
            return self.emit_call(m, None, args, false);
        }
        let this = self.pop()?;
        if let Some(v) = self.accessor_intrinsic(&info, this, &args) {
            self.push(v, Sk::I4);
            return Ok(());
        }
        if let Some(t) = self.constrained.take() {
            return self.constrained_call(t, m, this, args);
        }
        let owner_is_value = self.ts.is_value_type(info.owner);
        let this_v = match (this.k, owner_is_value) {
            // A boxed value calling its own (non-virtual-dispatched) method.
            (Sk::Ref, true) if !virt || !info.is_virtual() => {
                self.null_check(this.v);
                self.b.ins().iadd_imm_s(this.v, object::HEADER as i64)
            }
            (Sk::Vt(_), _) => this.v,
            _ => this.v,
        };
        if virt && this.k == Sk::Ref {
            self.null_check(this_v);
        }
        let virt = virt && this.k == Sk::Ref && (info.is_virtual() || !owner_is_value);
        self.emit_call(m, Some(this_v), args, virt)
    }

    /// `constrained. T callvirt m` with `this` a pointer to a `T`.
    fn constrained_call(&mut self, t: TypeId, m: MethodId, this: Sv, args: Vec<Sv>) -> TResult<()> {
        if !self.ts.is_value_type(t) {
            let obj = self
                .b
                .ins()
                .load(types::I64, MemFlagsData::new(), this.v, 0);
            self.null_check(obj);
            return self.emit_call(m, Some(obj), args, true);
        }
        let info = self.ts.method(m).clone();
        // T's own implementation, if it overrides or implements the method.
        let own = match info.method_inst.is_empty() {
            true => self.ts.ty(t).methods.iter().copied().find(|&c| {
                let ci = self.ts.method(c);
                ci.name == info.name && ci.sig == info.sig && !ci.is_static()
            }),
            false => self
                .ts
                .resolve_generic_virtual(t, m)
                .ok()
                .filter(|&c| self.ts.method(c).owner == t),
        };
        if let Some(own) = own {
            return self.emit_call(own, Some(this.v), args, false);
        }
        let v = self.load_typed(t, this.v, 0)?;
        let boxed = self.box_value(t, v)?;
        self.emit_call(m, Some(boxed), args, true)
    }

    pub(super) fn newobj(&mut self, ctor: MethodId) -> TResult<()> {
        let info = self.ts.method(ctor).clone();
        let owner = info.owner;
        self.ts.ensure_loaded(owner)?;
        let kind = self.ts.ty(owner).kind;
        match kind {
            TypeKind::String => {
                // Strings are sized by their arguments: `String.Ctor(args)` builds them.
                let sig = RtSig {
                    has_this: false,
                    params: info.sig.params.clone(),
                    ret: owner,
                };
                let m = self.ts.find_method_by_sig(owner, "Ctor", &sig)?;
                let args = self.pop_n(info.sig.params.len())?;
                return self.emit_call(m, None, args, false);
            }
            TypeKind::Array { elem, rank } => {
                let n = info.sig.params.len();
                let dims = self.pop_n(n)?;
                let rank = rank.max(1) as usize;
                if n != rank {
                    return Err(invalid(
                        "array constructors with lower bounds are not supported yet",
                    ));
                }
                let ss = self.new_slot(4 * n as u32, 4);
                let addr = self.b.ins().stack_addr(types::I64, ss, 0);
                for (i, d) in dims.iter().enumerate() {
                    let v = self.coerce(*d, Sk::I4);
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), v, addr, 4 * i as i32);
                }
                let arr = self.ts.array_of(elem, rank as u32)?;
                let mt = self.rt_const(RtConst::MethodTable(arr), types::I64)?;
                let r = self.call_helper(
                    helpers::rt_new_mdarray as *const () as usize,
                    &[types::I64, types::I64],
                    &[types::I64],
                    &[mt, addr],
                )[0];
                self.push(r, Sk::Ref);
                return Ok(());
            }
            _ => {}
        }
        if self.is_delegate(owner) {
            return self.new_delegate(owner, ctor);
        }
        let args = self.pop_n(info.sig.params.len())?;
        if self.ts.is_value_type(owner) {
            let v = self.new_value(owner)?;
            self.emit_call(ctor, Some(v), args, false)?;
            let k = sk_of(self.ts, owner);
            match k {
                Sk::Vt(_) => self.push(v, k),
                _ => {
                    let sv = self.load_typed(owner, v, 0)?;
                    self.stack.push(sv);
                }
            }
            return Ok(());
        }
        let mt = self.rt_const(RtConst::MethodTable(owner), types::I64)?;
        let obj = self.call_helper(
            helpers::rt_alloc as *const () as usize,
            &[types::I64],
            &[types::I64],
            &[mt],
        )[0];
        self.emit_call(ctor, Some(obj), args, false)?;
        self.push(obj, Sk::Ref);
        Ok(())
    }

    pub(super) fn is_delegate(&self, ty: TypeId) -> bool {
        self.ts.ty(ty).parent.is_some_and(|p| {
            let pt = self.ts.ty(p);
            pt.namespace == "System" && pt.name == "MulticastDelegate"
        })
    }

    /// Offsets of `Delegate.m_target` and `Delegate.method_ptr`.
    fn delegate_fields(&mut self) -> TResult<(i32, i32)> {
        let d = self.ts.corlib_type("System", "Delegate")?;
        self.ts.ensure_loaded(d)?;
        let find = |ts: &crate::typesys::TypeSystem, name: &str| {
            ts.ty(d)
                .fields
                .iter()
                .map(|&f| ts.field(f))
                .find(|f| f.name == name)
                .map(|f| f.offset as i32)
        };
        match (find(self.ts, "m_target"), find(self.ts, "method_ptr")) {
            (Some(t), Some(m)) => Ok((t, m)),
            _ => Err(invalid(
                "corlib's System.Delegate lacks m_target or method_ptr",
            )),
        }
    }

    fn delegate_list_field(&mut self) -> TResult<i32> {
        let d = self.ts.corlib_type("System", "Delegate")?;
        self.ts.ensure_loaded(d)?;
        let ts = &*self.ts;
        ts.ty(d)
            .fields
            .iter()
            .map(|&f| ts.field(f))
            .find(|f| f.name == "invocation_list")
            .map(|f| f.offset as i32)
            .ok_or_else(|| invalid("corlib's System.Delegate lacks invocation_list"))
    }

    /// The id of the method being compiled.
    fn self_id(&mut self) -> TResult<MethodId> {
        let owner = self.info.owner;
        let sig = self.info.sig.clone();
        let name = self.info.name.clone();
        self.ts.find_method_by_sig(owner, &name, &sig)
    }

    /// `newobj Delegate::.ctor(object, native int)`: the target (null for a static
    /// method) and the code address `ldftn` produced.
    fn new_delegate(&mut self, ty: TypeId, ctor: MethodId) -> TResult<()> {
        if self.ts.method(ctor).sig.params.len() != 2 {
            return Err(invalid("a delegate constructor takes (object, native int)"));
        }
        let args = self.pop_n(2)?;
        let (t_off, m_off) = self.delegate_fields()?;
        let mt = self.rt_const(RtConst::MethodTable(ty), types::I64)?;
        let obj = self.call_helper(
            helpers::rt_alloc as *const () as usize,
            &[types::I64],
            &[types::I64],
            &[mt],
        )[0];
        let f = MemFlagsData::new();
        self.b.ins().store(f, args[0].v, obj, t_off);
        let code = self.coerce(args[1], Sk::Ptr);
        self.b.ins().store(f, code, obj, m_off);
        self.push(obj, Sk::Ref);
        Ok(())
    }

    /// The body of a delegate type's `Invoke`: calls the code with the target as `this`,
    /// or without it when the target is null (a static method).
    pub(super) fn delegate_invoke(&mut self) -> TResult<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let info = self.info.clone();
        if !info.sig.has_this {
            return Err(invalid("a delegate's Invoke must be an instance method"));
        }
        let ret_struct = abi::returns_struct(self.ts, &info);
        let this_idx = usize::from(ret_struct);
        let this = params[this_idx];
        self.null_check(this);
        let (t_off, m_off) = self.delegate_fields()?;
        let l_off = self.delegate_list_field()?;
        let f = MemFlagsData::new();
        let sig = abi::signature(self.ts, &info, self.call_conv)?;
        // A combined delegate calls each delegate of its list through this same Invoke.
        let list = self.b.ins().load(types::I64, f, this, l_off);
        let multi = self.b.create_block();
        let single = self.b.create_block();
        self.b.ins().brif(list, multi, &[], single, &[]);
        self.b.switch_to_block(multi);
        {
            let me_id = self.self_id()?;
            let me = self.rt_const(RtConst::Cell(me_id), types::I64)?;
            let n = self
                .b
                .ins()
                .load(types::I32, f, list, crate::gc::object::ARRAY_LENGTH);
            let n = self.b.ins().sextend(types::I64, n);
            let header = self.b.create_block();
            let body = self.b.create_block();
            let done = self.b.create_block();
            let i = self.b.declare_var(types::I64);
            let zero = self.b.ins().iconst(types::I64, 0);
            self.b.def_var(i, zero);
            let ret_k: Vec<_> = sig.returns.iter().map(|r| r.value_type).collect();
            let last: Vec<_> = ret_k.iter().map(|&t| self.b.declare_var(t)).collect();
            for (&v, &t) in last.iter().zip(&ret_k) {
                let z = match t {
                    types::F32 => self.b.ins().f32const(0.0),
                    types::F64 => self.b.ins().f64const(0.0),
                    t => self.b.ins().iconst(t, 0),
                };
                self.b.def_var(v, z);
            }
            self.b.ins().jump(header, &[]);
            self.b.switch_to_block(header);
            let iv = self.b.use_var(i);
            let more = self.b.ins().icmp(
                cranelift_codegen::ir::condcodes::IntCC::SignedLessThan,
                iv,
                n,
            );
            self.b.ins().brif(more, body, &[], done, &[]);
            self.b.switch_to_block(body);
            let iv = self.b.use_var(i);
            let off = self.b.ins().imul_imm_s(iv, 8);
            let at = self.b.ins().iadd(list, off);
            let d = self
                .b
                .ins()
                .load(types::I64, f, at, crate::gc::object::VECTOR_DATA);
            let mut args = params.clone();
            args[this_idx] = d;
            let code = self
                .b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), me, 0);
            let sref = self.b.import_signature(sig.clone());
            let call = self.b.ins().call_indirect(sref, code, &args);
            let r = self.b.inst_results(call).to_vec();
            for (&v, &x) in last.iter().zip(&r) {
                self.b.def_var(v, x);
            }
            // An exception stops the list: return at once, the caller dispatches it.
            let eh_base = self.rt_const(RtConst::EhState, types::I64)?;
            let p = self.b.ins().load(
                types::I64,
                MemFlagsData::trusted(),
                eh_base,
                crate::jit::eh::PENDING,
            );
            let go_on = self.b.create_block();
            self.b.ins().brif(p, done, &[], go_on, &[]);
            self.b.switch_to_block(go_on);
            let next = self.b.ins().iadd_imm_s(iv, 1);
            self.b.def_var(i, next);
            self.b.ins().jump(header, &[]);
            self.b.switch_to_block(done);
            let r: Vec<_> = last.iter().map(|&v| self.b.use_var(v)).collect();
            self.b.ins().return_(&r);
        }
        self.b.switch_to_block(single);
        let target = self.b.ins().load(types::I64, f, this, t_off);
        let cell = self.b.ins().load(types::I64, f, this, m_off);
        let code = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), cell, 0);
        let mut static_sig = sig.clone();
        static_sig.params.remove(this_idx);
        let with_this = self.b.import_signature(sig);
        let without_this = self.b.import_signature(static_sig);
        let mut inst_args = params.clone();
        inst_args[this_idx] = target;
        let mut static_args = params.clone();
        static_args.remove(this_idx);
        let is_static = self.b.create_block();
        let is_inst = self.b.create_block();
        self.b.ins().brif(target, is_inst, &[], is_static, &[]);
        self.b.switch_to_block(is_inst);
        let call = self.b.ins().call_indirect(with_this, code, &inst_args);
        let r = self.b.inst_results(call).to_vec();
        self.b.ins().return_(&r);
        self.b.switch_to_block(is_static);
        let call = self.b.ins().call_indirect(without_this, code, &static_args);
        let r = self.b.inst_results(call).to_vec();
        self.b.ins().return_(&r);
        self.b.seal_all_blocks();
        Ok(())
    }

    pub(super) fn ldftn(&mut self, m: MethodId, virt: bool) -> TResult<()> {
        let this = match virt {
            true => Some(self.pop()?.v),
            false => None,
        };
        // Function pointers are entry cells: stable while the method gets compiled, so
        // delegates over the same method compare equal (see Delegate.method_ptr).
        let info = self.ts.method(m);
        if info.sig.has_this && self.ts.is_value_type(info.owner) {
            // A value type's instance method as a delegate's target: the delegate holds
            // the box, the method expects a pointer to the value inside it. (Value types
            // are sealed, so `ldvirtftn` never dispatches to them.)
            let cell = self.rt_const(RtConst::UnboxingCell(m), types::I64)?;
            self.push(cell, Sk::Ptr);
            return Ok(());
        }
        let cell = self.target_cell(m, this, virt)?;
        self.push(cell, Sk::Ptr);
        Ok(())
    }

    pub(super) fn ldstr(&mut self, ins: &Instruction) -> TResult<()> {
        let tok = self.token(ins)?;
        let v = self.rt_const(RtConst::String(self.asm, tok.rid()), types::I64)?;
        self.push(v, Sk::Ref);
        Ok(())
    }

    pub(super) fn ldtoken(&mut self, ins: &Instruction) -> TResult<()> {
        let tok = self.token(ins)?;
        let c = match tok.table() {
            Some(TableId::Field) => RtConst::FieldHandle(self.asm, tok.rid()),
            Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec) => {
                let t = self.ts.resolve_type_token(self.asm, tok, &self.ctx)?;
                RtConst::TypeIdImm(t)
            }
            _ => {
                return Err(invalid(
                    "ldtoken of a method or member reference is not supported yet",
                ));
            }
        };
        // Runtime*Handle structs hold one IntPtr: push the struct as a frame value.
        let wk_ty = match tok.table() {
            Some(TableId::Field) => self.ts.corlib_type("System", "RuntimeFieldHandle")?,
            _ => self.ts.corlib_type("System", "RuntimeTypeHandle")?,
        };
        let slot = self.new_value(wk_ty)?;
        let h = self.rt_const(c, types::I64)?;
        self.b.ins().store(MemFlagsData::trusted(), h, slot, 0);
        self.push(slot, Sk::Vt(wk_ty));
        Ok(())
    }
}

impl crate::jit::JitState {
    /// The interned string object for #US offset `off` of `asm`.
    pub(crate) fn intern_string(
        &mut self,
        ts: &mut crate::typesys::TypeSystem,
        asm: crate::loader::AssemblyIdx,
        off: u32,
    ) -> TResult<usize> {
        let key = (asm, off);
        if let Some(&o) = self.strings.get(&key) {
            return Ok(o);
        }
        let units = ts
            .loader
            .get(asm)
            .image
            .metadata
            .user_strings
            .get_utf16(off)?;
        let string = ts.well_known.string;
        let mt = self.mt_of(ts, string)?;
        let o = helpers::alloc_string_raw(mt, &units);
        self.strings.insert(key, o);
        Ok(o)
    }

    /// A field handle: the address of a `[data address, length]` pair for field row
    /// `field` of `asm`, which has RVA data (array initializers).
    pub(crate) fn field_rva_handle(
        &mut self,
        ts: &mut crate::typesys::TypeSystem,
        asm: crate::loader::AssemblyIdx,
        field: u32,
    ) -> TResult<usize> {
        let img = &ts.loader.get(asm).image;
        let md = &img.metadata;
        let mut rva = None;
        for r in 1..=md.row_count(TableId::FieldRVA) {
            let row = md.field_rva(r)?;
            if row.field == field {
                rva = Some(row.rva);
            }
        }
        let rva = rva.ok_or_else(|| invalid("ldtoken of a field without RVA data"))?;
        let fid = ts.resolve_field_token(
            asm,
            il_emit::entity::Token::new(TableId::Field, field),
            &crate::typesys::GenericCtx::default(),
        )?;
        let ty = ts.field(fid).ty;
        let (size, _) = ts.value_size(ty)?;
        let data = ts.loader.get(asm).image.pe.slice(rva, size)?;
        let pair = Box::new([data.as_ptr() as usize, data.len()]);
        let addr = &*pair as *const [usize; 2] as usize;
        self.field_handles.push(pair);
        Ok(addr)
    }
}
