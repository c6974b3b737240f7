//! Unit tests of the IL builder: branch sizing, max stack, regions, errors.

use super::*;
use crate::il::body::MethodBody;
use crate::il::decode::{DecodedOperand, decode_all};
use crate::metadata::schema::TableId;

fn tok(rid: u32) -> Token {
    Token::new(TableId::MemberRef, rid)
}

#[test]
fn forward_branch_stays_short_until_it_cannot() {
    let mut b = IlBuilder::new();
    let end = b.new_label();
    b.ldc_i4(1);
    b.branch(Opcode::Brtrue, end);
    for _ in 0..63 {
        b.op(Opcode::Nop);
    }
    b.mark_label(end).unwrap();
    b.ret(false);
    let il = b.finish().unwrap();
    assert_eq!(il.code[1], Opcode::BrtrueS.bytes()[0]);

    let mut b = IlBuilder::new();
    let end = b.new_label();
    b.ldc_i4(1);
    b.branch(Opcode::BrtrueS, end);
    for _ in 0..128 {
        b.op(Opcode::Nop);
    }
    b.mark_label(end).unwrap();
    b.ret(false);
    let il = b.finish().unwrap();
    assert_eq!(il.code[1], Opcode::Brtrue.bytes()[0]);
    let ins = decode_all(&il.code).unwrap();
    assert_eq!(ins[1].operand, DecodedOperand::Target(1 + 5 + 128));
}

#[test]
fn backward_branch_at_the_short_limit() {
    // A br.s reaches back at most 128 bytes from its end.
    for (nops, short) in [(126, true), (127, false)] {
        let mut b = IlBuilder::new();
        let top = b.new_label();
        b.mark_label(top).unwrap();
        for _ in 0..nops {
            b.op(Opcode::Nop);
        }
        b.branch(Opcode::Br, top);
        let il = b.finish().unwrap();
        let ins = decode_all(&il.code).unwrap();
        assert_eq!(ins.last().unwrap().opcode == Opcode::BrS, short, "{nops}");
        assert_eq!(ins.last().unwrap().operand, DecodedOperand::Target(0));
    }
}

#[test]
fn max_stack_follows_calls_and_joins() {
    let mut b = IlBuilder::new();
    let other = b.new_label();
    let join = b.new_label();
    b.ldarg(0);
    b.branch(Opcode::Brfalse, other);
    b.ldc_i4(1);
    b.ldc_i4(2);
    b.ldc_i4(3);
    b.call(Opcode::Call, tok(1), 3, 1);
    b.branch(Opcode::Br, join);
    b.mark_label(other).unwrap();
    b.ldc_i4(7);
    b.mark_label(join).unwrap();
    b.ret(true);
    assert_eq!(b.finish().unwrap().max_stack, 3);
}

#[test]
fn mismatched_join_and_underflow_are_errors() {
    let mut b = IlBuilder::new();
    let join = b.new_label();
    b.ldarg(0);
    b.branch(Opcode::Brfalse, join);
    b.ldc_i4(1);
    b.mark_label(join).unwrap();
    b.ret(false);
    assert!(matches!(b.finish(), Err(IlError::StackMismatch { .. })));

    let mut b = IlBuilder::new();
    b.op(Opcode::Add);
    b.ret(true);
    assert!(matches!(
        b.finish(),
        Err(IlError::StackUnderflow { op: "add", .. })
    ));

    let mut b = IlBuilder::new();
    b.op(Opcode::Nop);
    assert_eq!(b.finish(), Err(IlError::FallsOffEnd));

    let mut b = IlBuilder::new();
    let l = b.new_label();
    b.branch(Opcode::Br, l);
    assert_eq!(b.finish(), Err(IlError::UnmarkedLabel(0)));
}

#[test]
fn positions_are_offsets_but_not_targets() {
    let mut b = IlBuilder::new();
    let top = b.new_label();
    b.mark_label(top).unwrap();
    let first = b.mark_position();
    b.ldc_i4(1);
    let second = b.mark_position();
    b.op(Opcode::Pop);
    b.branch(Opcode::Br, top);
    let il = b.finish().unwrap();
    assert_eq!(il.max_stack, 1);
    assert_eq!(il.label_offsets[first.index()], 0);
    assert_eq!(il.label_offsets[second.index()], 1);

    let mut b = IlBuilder::new();
    let p = b.mark_position();
    b.op(Opcode::Nop);
    b.branch(Opcode::Br, p);
    assert_eq!(b.finish(), Err(IlError::PositionAsTarget(0)));
}

#[test]
fn try_catch_finally_regions() {
    let mut b = IlBuilder::new();
    let (ts, te, hs, he, done) = (
        b.new_label(),
        b.new_label(),
        b.new_label(),
        b.new_label(),
        b.new_label(),
    );
    b.mark_label(ts).unwrap();
    b.call(Opcode::Call, tok(1), 0, 0);
    b.branch(Opcode::Leave, done);
    b.mark_label(te).unwrap();
    b.mark_label(hs).unwrap();
    b.op(Opcode::Pop);
    b.branch(Opcode::Leave, done);
    b.mark_label(he).unwrap();
    b.mark_label(done).unwrap();
    b.ret(false);
    let catch_ty = Token::new(TableId::TypeRef, 3);
    b.add_region(Region {
        try_start: ts,
        try_end: te,
        handler_start: hs,
        handler_end: he,
        kind: RegionKind::Catch(catch_ty),
    });
    let il = b.finish().unwrap();
    assert_eq!(il.max_stack, 1);
    assert_eq!(
        il.clauses,
        vec![ExceptionClause {
            kind: ClauseKind::Catch(catch_ty),
            try_offset: 0,
            try_length: 7,
            handler_offset: 7,
            handler_length: 3,
        }]
    );
    let body = MethodBody {
        max_stack: il.max_stack,
        code: il.code.clone().into(),
        clauses: il.clauses.clone(),
        ..Default::default()
    };
    let mut bytes = Vec::new();
    body.encode(&mut bytes);
    let (back, used) = MethodBody::parse(&bytes).unwrap();
    assert_eq!(back, body);
    assert_eq!(used, bytes.len());
}

#[test]
fn switch_targets_are_relative_to_the_table_end() {
    let mut b = IlBuilder::new();
    let (a, c) = (b.new_label(), b.new_label());
    b.ldarg(0);
    b.switch(vec![a, c, a]);
    b.mark_label(a).unwrap();
    b.ret(false);
    b.mark_label(c).unwrap();
    b.ret(false);
    let il = b.finish().unwrap();
    let ins = decode_all(&il.code).unwrap();
    assert_eq!(ins[1].operand, DecodedOperand::Switch(vec![18, 19, 18]));
}

#[test]
fn every_opcode_round_trips_through_the_decoder() {
    for &op in Opcode::ALL {
        let operand: Vec<u8> = match op.operand() {
            OperandKind::None => vec![],
            OperandKind::ShortI => vec![(-5i8) as u8],
            OperandKind::I => (-100_000i32).to_le_bytes().to_vec(),
            OperandKind::I8 => (1i64 << 40).to_le_bytes().to_vec(),
            OperandKind::ShortR => 1.5f32.to_le_bytes().to_vec(),
            OperandKind::R => (-2.25f64).to_le_bytes().to_vec(),
            OperandKind::ShortVar => vec![200],
            OperandKind::Var => 300u16.to_le_bytes().to_vec(),
            OperandKind::ShortBrTarget | OperandKind::BrTarget | OperandKind::Switch => continue,
            _ => vec![],
        };
        let is_token = op.operand().size() == Some(4) && operand.is_empty();
        let mut b = IlBuilder::new();
        // The stack effect is irrelevant here: none.
        let at = b.opcode(op);
        if is_token {
            b.token(tok(9));
        } else {
            b.code.extend_from_slice(&operand);
        }
        b.effect(at, op, 0, 0);
        b.ret(false);
        let il = b.finish().unwrap();
        // The token operand, and only it, is where `token_offsets` says.
        if is_token {
            assert_eq!(il.token_offsets, [op.size() as u32], "{}", op.name());
            let at = op.size();
            assert_eq!(&il.code[at..at + 4], &tok(9).0.to_le_bytes());
        } else {
            assert!(il.token_offsets.is_empty(), "{}", op.name());
        }
        let ins = decode_all(&il.code).unwrap();
        assert_eq!(ins[0].opcode, op);
        let size = op.size() + op.operand().size().unwrap_or(0);
        assert_eq!(ins[1].offset as usize, size, "{}", op.name());
        assert_eq!(il.code.len(), size + 1, "{}", op.name());
    }
}

#[test]
fn header_boundaries() {
    let tiny = MethodBody {
        max_stack: 8,
        code: vec![0u8; 63].into(),
        ..Default::default()
    };
    assert!(tiny.fits_tiny());
    let fat = MethodBody {
        max_stack: 8,
        code: vec![0u8; 64].into(),
        ..Default::default()
    };
    assert!(!fat.fits_tiny());
    let deep = MethodBody {
        max_stack: 9,
        code: vec![0u8; 1].into(),
        ..Default::default()
    };
    assert!(!deep.fits_tiny());
    for body in [tiny, fat, deep] {
        let mut bytes = Vec::new();
        body.encode(&mut bytes);
        let (back, used) = MethodBody::parse(&bytes).unwrap();
        assert_eq!(used, bytes.len());
        assert_eq!(back.code, body.code);
        assert_eq!(back.max_stack, body.max_stack);
    }
}

#[test]
fn fat_eh_section_when_offsets_do_not_fit_small() {
    let clause = ExceptionClause {
        kind: ClauseKind::Finally,
        try_offset: 0,
        try_length: 300,
        handler_offset: 300,
        handler_length: 2,
    };
    let body = MethodBody {
        max_stack: 1,
        code: vec![0u8; 302].into(),
        clauses: vec![clause],
        ..Default::default()
    };
    let mut bytes = Vec::new();
    body.encode(&mut bytes);
    assert_eq!(bytes[12 + 302 + 2] & 0x40, 0x40, "fat section flag");
    assert_eq!(MethodBody::parse(&bytes).unwrap().0, body);
}

#[test]
fn malformed_bodies_are_errors() {
    assert_eq!(MethodBody::parse(&[]), Err(BodyError::Truncated("header")));
    assert_eq!(MethodBody::parse(&[0x01]), Err(BodyError::BadHeader(1)));
    assert_eq!(
        MethodBody::parse(&[(10 << 2) | 2, 0]),
        Err(BodyError::Truncated("code"))
    );
    assert!(decode_all(&[0x20, 1, 2]).is_err());
    assert!(decode_all(&[0x24]).is_err());
    assert!(decode_all(&[0x2B, 0x7F]).is_err());
    assert!(decode_all(&[0x45, 0xFF, 0xFF, 0xFF, 0xFF]).is_err());
}
