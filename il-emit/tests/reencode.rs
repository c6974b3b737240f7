//! The IL builder on real code: every method body of Mono's mscorlib, System and
//! System.Core is decoded and re-emitted through `IlBuilder` (labels for every branch
//! target and exception boundary, call stack effects from signatures). The result must
//! decode to the same instructions (modulo short/long forms), and the builder's max-stack
//! flow analysis must accept every body and never exceed the compiler's figure.

use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::il::{
    ClauseKind, DecodedOperand, IlBuilder, Label, Opcode, Region, RegionKind, decode_all,
};
use il_emit::reader::{Assembly, Metadata};
use il_emit::signature::{MethodSig, TypeSig, decode};
use std::collections::BTreeMap;

/// (pops, pushes) of a call through `token`.
fn call_effect(md: &Metadata<'_>, op: Opcode, token: Token) -> Option<(u16, u16)> {
    let sig: MethodSig = match token.table()? {
        TableId::MethodDef => {
            decode::method_sig(md.blob(md.method_def(token.rid()).ok()?.signature).ok()?).ok()?
        }
        TableId::MemberRef => {
            decode::method_sig(md.blob(md.member_ref(token.rid()).ok()?.signature).ok()?).ok()?
        }
        TableId::MethodSpec => {
            return call_effect(md, op, md.method_spec(token.rid()).ok()?.method);
        }
        TableId::StandAloneSig => decode::method_sig(
            md.blob(md.standalone_sig(token.rid()).ok()?.signature)
                .ok()?,
        )
        .ok()?,
        _ => return None,
    };
    let args = (sig.params.len() + sig.varargs.len()) as u16;
    let this = u16::from(sig.call_conv.has_this && !sig.call_conv.explicit_this);
    let returns = u16::from(sig.ret != TypeSig::Void);
    Some(match op {
        Opcode::Newobj => (args, 1),
        Opcode::Calli => (args + this + 1, returns),
        Opcode::Jmp => (0, 0),
        Opcode::Ldftn => (0, 1),
        Opcode::Ldvirtftn => (1, 1),
        _ => (args + this, returns),
    })
}

/// An instruction normalized for comparison: short branch and variable forms folded into
/// their long forms, macro forms (`ldarg.0`, `ldc.i4.3`) into their general ones, branch
/// targets as instruction indices.
fn normalize(code: &[u8]) -> Vec<String> {
    let ins = decode_all(code).expect("re-encoded code decodes");
    let index: BTreeMap<u32, usize> = ins.iter().enumerate().map(|(i, x)| (x.offset, i)).collect();
    let target = |t: &u32| index.get(t).map_or(format!("end@{t}"), |i| format!("#{i}"));
    ins.iter()
        .map(|x| {
            let name = x.opcode.long_form().name();
            let (name, operand) = match (name, &x.operand) {
                (n, DecodedOperand::Target(t)) => (n.to_owned(), target(t)),
                (n, DecodedOperand::Switch(ts)) => (
                    n.to_owned(),
                    ts.iter().map(target).collect::<Vec<_>>().join(","),
                ),
                (n, DecodedOperand::Var(v)) => (n.trim_end_matches(".s").to_owned(), v.to_string()),
                ("ldc.i4.s", DecodedOperand::I8(v)) => ("ldc.i4".to_owned(), v.to_string()),
                (n, DecodedOperand::I32(v)) => (n.to_owned(), v.to_string()),
                (n, DecodedOperand::None) => match n.rsplit_once('.') {
                    Some((base @ ("ldarg" | "ldloc" | "stloc"), d))
                        if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() =>
                    {
                        (base.to_owned(), d.to_owned())
                    }
                    Some(("ldc.i4", "m1")) => ("ldc.i4".to_owned(), "-1".to_owned()),
                    Some(("ldc.i4", d)) if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                        ("ldc.i4".to_owned(), d.to_owned())
                    }
                    _ => (n.to_owned(), String::new()),
                },
                (n, other) => (n.to_owned(), format!("{other:?}")),
            };
            format!("{name} {operand}")
        })
        .collect()
}

fn reencode(asm: &Assembly<'_>, rid: u32) -> Result<Option<(u16, u16, bool)>, String> {
    let md = &asm.metadata;
    let Some(body) = asm.method_body(rid).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let ins = decode_all(&body.code).map_err(|e| e.to_string())?;
    let returns = decode::method_sig(
        md.blob(md.method_def(rid).map_err(|e| e.to_string())?.signature)
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?
    .ret != TypeSig::Void;
    let mut b = IlBuilder::new();
    let mut labels: BTreeMap<u32, Label> = BTreeMap::new();
    let mut label_at =
        |b: &mut IlBuilder, off: u32| *labels.entry(off).or_insert_with(|| b.new_label());
    for x in &ins {
        match &x.operand {
            DecodedOperand::Target(t) => {
                label_at(&mut b, *t);
            }
            DecodedOperand::Switch(ts) => ts.iter().for_each(|t| {
                label_at(&mut b, *t);
            }),
            _ => {}
        }
    }
    for c in &body.clauses {
        for off in [
            c.try_offset,
            c.try_offset + c.try_length,
            c.handler_offset,
            c.handler_offset + c.handler_length,
        ] {
            label_at(&mut b, off);
        }
        if let ClauseKind::Filter(f) = c.kind {
            label_at(&mut b, f);
        }
    }
    for x in &ins {
        if let Some(&l) = labels.get(&x.offset) {
            b.mark_label(l).map_err(|e| e.to_string())?;
        }
        match &x.operand {
            DecodedOperand::Target(t) => b.branch(x.opcode, labels[t]),
            DecodedOperand::Switch(ts) => b.switch(ts.iter().map(|t| labels[t]).collect()),
            DecodedOperand::Token(t)
                if matches!(
                    x.opcode,
                    Opcode::Call | Opcode::Callvirt | Opcode::Newobj | Opcode::Calli | Opcode::Jmp
                ) =>
            {
                let (pops, pushes) =
                    call_effect(md, x.opcode, *t).ok_or(format!("no signature for {t}"))?;
                b.call(x.opcode, *t, pops, pushes);
            }
            DecodedOperand::Token(t) => b.op_token(x.opcode, *t),
            DecodedOperand::None if x.opcode == Opcode::Ret => b.ret(returns),
            DecodedOperand::None => b.op(x.opcode),
            DecodedOperand::I8(v) if x.opcode == Opcode::LdcI4S => b.ldc_i4(i32::from(*v)),
            DecodedOperand::I8(v) => b.op_i8(x.opcode, *v),
            DecodedOperand::I32(v) => b.ldc_i4(*v),
            DecodedOperand::I64(v) => b.ldc_i8(*v),
            DecodedOperand::R4(v) => b.ldc_r4(*v),
            DecodedOperand::R8(v) => b.ldc_r8(*v),
            DecodedOperand::Var(n) => match x.opcode.long_form() {
                Opcode::LdargS | Opcode::Ldarg => b.ldarg(*n),
                Opcode::LdargaS | Opcode::Ldarga => b.ldarga(*n),
                Opcode::StargS | Opcode::Starg => b.starg(*n),
                Opcode::LdlocS | Opcode::Ldloc => b.ldloc(*n),
                Opcode::LdlocaS | Opcode::Ldloca => b.ldloca(*n),
                _ => b.stloc(*n),
            },
        }
    }
    if let Some(&l) = labels.get(&(body.code.len() as u32)) {
        b.mark_label(l).map_err(|e| e.to_string())?;
    }
    for c in &body.clauses {
        let kind = match c.kind {
            ClauseKind::Catch(t) => RegionKind::Catch(t),
            ClauseKind::Filter(f) => RegionKind::Filter(labels[&f]),
            ClauseKind::Finally => RegionKind::Finally,
            ClauseKind::Fault => RegionKind::Fault,
        };
        b.add_region(Region {
            try_start: labels[&c.try_offset],
            try_end: labels[&(c.try_offset + c.try_length)],
            handler_start: labels[&c.handler_offset],
            handler_end: labels[&(c.handler_offset + c.handler_length)],
            kind,
        });
    }
    let out = b.finish().map_err(|e| e.to_string())?;
    if normalize(&out.code) != normalize(&body.code) {
        return Err("re-encoded instructions differ".into());
    }
    if out.clauses.len() != body.clauses.len() {
        return Err("exception clauses lost".into());
    }
    Ok(Some((
        out.max_stack,
        body.max_stack,
        out.code.len() <= body.code.len(),
    )))
}

#[test]
fn every_body_of_the_class_libraries_reencodes() {
    for name in ["mscorlib.dll", "System.dll", "System.Core.dll"] {
        let bytes = std::fs::read(format!("/usr/lib/mono/4.5/{name}"))
            .expect("Mono's class libraries (scripts/test installs Mono)");
        let asm = Assembly::parse(&bytes).unwrap();
        let (mut bodies, mut equal_stack, mut not_longer) = (0, 0, 0);
        let mut failures = Vec::new();
        for rid in 1..=asm.metadata.row_count(TableId::MethodDef) {
            match reencode(&asm, rid) {
                Ok(Some((ours, theirs, shorter))) => {
                    bodies += 1;
                    if ours > theirs {
                        failures.push(format!(
                            "MethodDef {rid}: max stack {ours} > declared {theirs}"
                        ));
                    }
                    equal_stack += usize::from(ours == theirs);
                    not_longer += usize::from(shorter);
                }
                Ok(None) => {}
                Err(e) => failures.push(format!("MethodDef {rid}: {e}")),
            }
        }
        assert!(
            failures.is_empty(),
            "{name}: {} failures, first: {:?}",
            failures.len(),
            &failures[..failures.len().min(8)]
        );
        eprintln!(
            "{name}: {bodies} bodies; max stack equal to the compiler's in {equal_stack}; code no longer in {not_longer}"
        );
        assert!(bodies > 5000);
    }
}
