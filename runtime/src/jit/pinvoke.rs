//! P/Invoke wrappers: the compiled body of a `pinvokeimpl` method.
//!
//! A wrapper has the method's managed signature. It loads the native target from its
//! [`Import`] (resolving it on the first call, or returning with the exception pending
//! when the library or symbol is missing), marshals each argument, calls the target
//! with the platform C convention, and converts the result:
//!
//! | managed                         | native                                        |
//! |---------------------------------|-----------------------------------------------|
//! | integers, enums, `char`, floats | the same value (`i32` for the narrow ones)    |
//! | `IntPtr`, pointers, `ref`/`out` | the address (the collector never moves)       |
//! | `bool`                          | a 4-byte int; a result is normalized to 0/1   |
//! | `string`                        | a zero-terminated UTF-8/UTF-16 copy, freed    |
//! | `StringBuilder`                 | a buffer of its capacity, copied back, freed  |
//! | vector of blittable elements    | the address of its first element              |
//!
//! Narrow integer results are re-extended (the C convention leaves the upper bits of
//! a `char`/`short` result undefined). With `SetLastError`, `errno` is cleared before
//! the call and saved after it. Anything else (structs by value, delegates, classes)
//! gives a wrapper that raises `MarshalDirectiveException`, naming the parameter.

use super::JitState;
use crate::interop::pinvoke::{Import, import_of, marshal};
use crate::typesys::{MethodId, Prim, TResult, TypeError, TypeId, TypeKind, TypeSystem};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, MemFlagsData, Signature, Type, Value, types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::Module;

/// How one parameter crosses to native code.
#[derive(Clone, Copy, Debug)]
enum Pass {
    /// As is, with this Cranelift type.
    Direct(Type),
    String,
    /// StringBuilder with its `chars` and `length` field offsets.
    Builder(i32, i32),
    /// A vector: the address of its elements.
    Vector,
}

/// How the native result becomes the managed one.
#[derive(Clone, Copy, Debug)]
enum Ret {
    Void,
    Direct(Type),
    /// A narrow integer: native `i32`, reduced to this width and extended back.
    Narrow(Type, bool),
    Bool,
    String,
}

const MARSHAL_DIRECTIVE: &str = "System.Runtime.InteropServices.MarshalDirectiveException";

fn unsupported(ts: &TypeSystem, m: MethodId, what: &str, ty: TypeId) -> TypeError {
    let info = ts.method(m);
    TypeError {
        exception: MARSHAL_DIRECTIVE,
        message: format!(
            "Cannot marshal {what} of {}::{}: type {} is not supported by P/Invoke",
            ts.ty(info.owner).full_name(),
            info.name,
            ts.ty(ty).full_name()
        ),
    }
}

fn is_blittable(ts: &TypeSystem, ty: TypeId) -> bool {
    match ts.ty(ty).kind {
        TypeKind::Primitive(_) | TypeKind::Enum(_) | TypeKind::Ptr(_) => true,
        TypeKind::ValueType => ts.ty(ty).ref_offsets.is_empty(),
        _ => false,
    }
}

fn pass_of(ts: &mut TypeSystem, m: MethodId, ty: TypeId) -> TResult<Pass> {
    let kind = ts.ty(ty).kind;
    Ok(match kind {
        TypeKind::Primitive(p) | TypeKind::Enum(p) => Pass::Direct(super::abi::sk_of_prim(p).cl()),
        TypeKind::ByRef(_) | TypeKind::Ptr(_) => Pass::Direct(types::I64),
        TypeKind::String => Pass::String,
        TypeKind::Array { elem, rank: 0 } => {
            ts.ensure_loaded(elem)?;
            if !is_blittable(ts, elem) {
                return Err(unsupported(ts, m, "a parameter", ty));
            }
            Pass::Vector
        }
        TypeKind::Class
            if ts.ty(ty).namespace == "System.Text" && ts.ty(ty).name == "StringBuilder" =>
        {
            ts.ensure_loaded(ty)?;
            let offset = |ts: &TypeSystem, name: &str| {
                ts.ty(ty)
                    .fields
                    .iter()
                    .map(|&f| ts.field(f))
                    .find(|f| f.name == name)
                    .map(|f| f.offset as i32)
            };
            match (offset(ts, "chars"), offset(ts, "length")) {
                (Some(c), Some(l)) => Pass::Builder(c, l),
                _ => return Err(unsupported(ts, m, "a parameter", ty)),
            }
        }
        _ => return Err(unsupported(ts, m, "a parameter", ty)),
    })
}

fn ret_of(ts: &TypeSystem, m: MethodId, ty: TypeId) -> TResult<Ret> {
    Ok(match ts.ty(ty).kind {
        TypeKind::Void => Ret::Void,
        TypeKind::Primitive(Prim::Bool) => Ret::Bool,
        TypeKind::Primitive(p) | TypeKind::Enum(p) => match p {
            Prim::I1 => Ret::Narrow(types::I8, true),
            Prim::U1 | Prim::Bool => Ret::Narrow(types::I8, false),
            Prim::I2 => Ret::Narrow(types::I16, true),
            Prim::U2 | Prim::Char => Ret::Narrow(types::I16, false),
            _ => Ret::Direct(super::abi::sk_of_prim(p).cl()),
        },
        TypeKind::ByRef(_) | TypeKind::Ptr(_) => Ret::Direct(types::I64),
        TypeKind::String => Ret::String,
        _ => return Err(unsupported(ts, m, "the result", ty)),
    })
}

fn call(
    b: &mut FunctionBuilder,
    cc: cranelift_codegen::isa::CallConv,
    f: usize,
    params: &[Type],
    rets: &[Type],
    args: &[Value],
) -> Vec<Value> {
    let mut sig = Signature::new(cc);
    sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
    sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
    let sref = b.import_signature(sig);
    let callee = b.ins().iconst(types::I64, f as i64);
    let inst = b.ins().call_indirect(sref, callee, args);
    b.inst_results(inst).to_vec()
}

/// Zeros for the results of `func`'s signature (what a method returns with an
/// exception pending).
fn zeros(b: &mut FunctionBuilder) -> Vec<Value> {
    let rets: Vec<Type> = b
        .func
        .signature
        .returns
        .iter()
        .map(|r| r.value_type)
        .collect();
    rets.into_iter()
        .map(|t| match t {
            types::F32 => b.ins().f32const(0.0),
            types::F64 => b.ins().f64const(0.0),
            t => b.ins().iconst(t, 0),
        })
        .collect()
}

/// A wrapper whose signature cannot be marshaled: each call raises
/// `MarshalDirectiveException` with `message` (as on Mono, at call time).
fn refuse(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    cc: cranelift_codegen::isa::CallConv,
    cfg: cranelift_codegen::isa::TargetFrontendConfig,
    message: String,
) {
    // Leaked: the code refers to it for the whole run.
    let msg = Box::leak(Box::new(message)) as *const String as i64;
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let m = b.ins().iconst(types::I64, msg);
    call(
        &mut b,
        cc,
        marshal::rt_pinvoke_refuse as *const () as usize,
        &[types::I64],
        &[],
        &[m],
    );
    let z = zeros(&mut b);
    b.ins().return_(&z);
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// Compiles the wrapper of `pinvokeimpl` method `m` into `func` (whose signature is
/// already the managed one).
pub(crate) fn compile_wrapper(
    jit: &mut JitState,
    ts: &mut TypeSystem,
    m: MethodId,
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
) -> TResult<()> {
    let info = ts.method(m).clone();
    if info.sig.has_this || super::abi::returns_struct(ts, &info) {
        return Err(unsupported(ts, m, "the signature", info.owner));
    }
    let import = import_of(ts, &info)?;
    let unicode = i64::from(import.unicode());
    let last_error = import.set_last_error();
    let plan = info
        .sig
        .params
        .iter()
        .map(|&p| pass_of(ts, m, p))
        .collect::<TResult<Vec<_>>>()
        .and_then(|passes| Ok((passes, ret_of(ts, m, info.sig.ret)?)));
    let cc = jit.call_conv;
    let cfg = jit.module()?.target_config();
    let (passes, ret) = match plan {
        Ok(plan) => plan,
        Err(e) if e.exception == MARSHAL_DIRECTIVE => {
            refuse(func, fctx, cc, cfg, e.message);
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    // The import lives as long as the code that points at it: for the whole run.
    let desc = Box::leak(Box::new(import)) as *mut Import as i64;

    let mut native = Signature::new(cc);
    for p in &passes {
        let t = match *p {
            Pass::Direct(t) => t,
            _ => types::I64,
        };
        native.params.push(AbiParam::new(t));
    }
    match ret {
        Ret::Void => {}
        Ret::Direct(t) => native.returns.push(AbiParam::new(t)),
        Ret::Narrow(..) | Ret::Bool => native.returns.push(AbiParam::new(types::I32)),
        Ret::String => native.returns.push(AbiParam::new(types::I64)),
    }

    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let args = b.block_params(entry).to_vec();
    let resolve = b.create_block();
    let fail = b.create_block();
    let go = b.create_block();
    b.set_cold_block(resolve);
    b.set_cold_block(fail);
    let d = b.ins().iconst(types::I64, desc);
    let target = b.ins().load(types::I64, MemFlagsData::trusted(), d, 0);
    b.ins().brif(target, go, &[], resolve, &[]);

    b.switch_to_block(resolve);
    let r = call(
        &mut b,
        cc,
        marshal::rt_pinvoke_resolve as *const () as usize,
        &[types::I64],
        &[types::I64],
        &[d],
    );
    b.ins().brif(r[0], go, &[], fail, &[]);

    b.switch_to_block(fail);
    let z = zeros(&mut b);
    b.ins().return_(&z);

    b.switch_to_block(go);
    let target = b.ins().load(types::I64, MemFlagsData::trusted(), d, 0);
    let u = b.ins().iconst(types::I32, unicode);
    let mut nargs = Vec::with_capacity(passes.len());
    let mut after: Vec<(Pass, Value, Value)> = Vec::new();
    for (&p, &a) in passes.iter().zip(&args) {
        let v = match p {
            Pass::Direct(_) => a,
            Pass::String => {
                let c = call(
                    &mut b,
                    cc,
                    marshal::rt_pinvoke_string as *const () as usize,
                    &[types::I64, types::I32],
                    &[types::I64],
                    &[a, u],
                )[0];
                after.push((p, a, c));
                c
            }
            Pass::Builder(co, lo) => {
                let co = b.ins().iconst(types::I32, i64::from(co));
                let lo = b.ins().iconst(types::I32, i64::from(lo));
                let c = call(
                    &mut b,
                    cc,
                    marshal::rt_pinvoke_sb_out as *const () as usize,
                    &[types::I64, types::I32, types::I32, types::I32],
                    &[types::I64],
                    &[a, u, co, lo],
                )[0];
                after.push((p, a, c));
                c
            }
            Pass::Vector => {
                let data = b
                    .ins()
                    .iadd_imm_s(a, i64::from(crate::gc::object::VECTOR_DATA));
                let zero = b.ins().iconst(types::I64, 0);
                b.ins().select(a, data, zero)
            }
        };
        nargs.push(v);
    }
    if last_error {
        call(
            &mut b,
            cc,
            marshal::rt_pinvoke_clear_errno as *const () as usize,
            &[],
            &[],
            &[],
        );
    }
    let nsig = b.import_signature(native);
    let inst = b.ins().call_indirect(nsig, target, &nargs);
    let results = b.inst_results(inst).to_vec();
    if last_error {
        call(
            &mut b,
            cc,
            marshal::rt_pinvoke_save_errno as *const () as usize,
            &[],
            &[],
            &[],
        );
    }
    for (p, obj, copy) in after {
        match p {
            Pass::Builder(co, lo) => {
                let co = b.ins().iconst(types::I32, i64::from(co));
                let lo = b.ins().iconst(types::I32, i64::from(lo));
                call(
                    &mut b,
                    cc,
                    marshal::rt_pinvoke_sb_back as *const () as usize,
                    &[types::I64, types::I64, types::I32, types::I32, types::I32],
                    &[],
                    &[obj, copy, u, co, lo],
                );
            }
            _ => {
                call(
                    &mut b,
                    cc,
                    marshal::rt_pinvoke_free as *const () as usize,
                    &[types::I64],
                    &[],
                    &[copy],
                );
            }
        }
    }
    let out: Vec<Value> = match (ret, results.first()) {
        (Ret::Direct(_), Some(&r)) => vec![r],
        (Ret::Narrow(t, signed), Some(&r)) => {
            let n = b.ins().ireduce(t, r);
            vec![if signed {
                b.ins().sextend(types::I32, n)
            } else {
                b.ins().uextend(types::I32, n)
            }]
        }
        (Ret::Bool, Some(&r)) => {
            let c = b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
            vec![b.ins().uextend(types::I32, c)]
        }
        (Ret::String, Some(&r)) => call(
            &mut b,
            cc,
            marshal::rt_pinvoke_string_from as *const () as usize,
            &[types::I64, types::I32],
            &[types::I64],
            &[r, u],
        ),
        _ => Vec::new(),
    };
    b.ins().return_(&out);
    b.seal_all_blocks();
    b.finalize(cfg);
    Ok(())
}
