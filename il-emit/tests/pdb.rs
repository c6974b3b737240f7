//! Portable PDBs held to Mono: a program that throws, built with sequence points, shows
//! the source file and line in Mono's stack trace under `--debug`; our reader reads the
//! PDB back.

use il_emit::entity::{FieldId, MethodDefId, ParamId, Token};
use il_emit::il::{IlBuilder, MethodBody, Opcode};
use il_emit::metadata::schema::TableId;
use il_emit::metadata::{AssemblyDef, AssemblyRefDef, MetadataBuilder};
use il_emit::pdb::{Language, MethodDebugInfo, PdbBuilder, SequencePoint};
use il_emit::pe::{ImageKind, PeOptions, write_pe};
use il_emit::reader::{Assembly, Metadata};
use il_emit::signature::{CallingConvention, MethodSig, TypeSig, encode};
use std::process::Command;

fn line(il_offset: u32, line: u32) -> SequencePoint {
    SequencePoint {
        il_offset,
        start_line: line,
        start_column: 9,
        end_line: line,
        end_column: 30,
    }
}

fn build() -> (Vec<u8>, Vec<u8>) {
    let mut md = MetadataBuilder::new();
    md.add_module("thrower.exe");
    md.add_assembly(&AssemblyDef {
        name: "thrower",
        version: [1, 0, 0, 0],
        hash_alg_id: 0x8004,
        ..Default::default()
    });
    let corlib = md.add_assembly_ref(&AssemblyRefDef::mscorlib());
    let object = md.add_type_ref(corlib.token(), "System", "Object");
    let exception = md.add_type_ref(corlib.token(), "System", "InvalidOperationException");
    let this_call = CallingConvention {
        has_this: true,
        ..Default::default()
    };
    let ctor_sig = MethodSig {
        call_conv: this_call,
        params: vec![TypeSig::String],
        ..Default::default()
    };
    let exception_ctor =
        md.add_member_ref(exception.token(), ".ctor", &encode::method_sig(&ctor_sig));
    md.add_type_def(0, "", "<Module>", Token(0), FieldId(1), MethodDefId(1));
    md.add_type_def(
        0x0010_0001,
        "",
        "Program",
        object.token(),
        FieldId(1),
        MethodDefId(1),
    );
    let void_sig = encode::method_sig(&MethodSig::default());
    let main = md.add_method_def(0, 0x0096, "Main", &void_sig, ParamId(1));
    // noinlining (0x0008), or Mono folds Fail into Main and its frame vanishes.
    let fail = md.add_method_def(0x0008, 0x0091, "Fail", &void_sig, ParamId(1));

    let mut il = IlBuilder::new();
    il.op(Opcode::Nop);
    il.call(Opcode::Call, fail.token(), 0, 0);
    il.ret(false);
    let main_il = il.finish().unwrap();
    let mut il = IlBuilder::new();
    let message = md.user_string("boom");
    il.op(Opcode::Nop);
    il.op_token(Opcode::Ldstr, message);
    il.call(Opcode::Newobj, exception_ctor.token(), 1, 1);
    il.op(Opcode::Throw);
    let fail_il = il.finish().unwrap();
    for (m, il) in [(main, &main_il), (fail, &fail_il)] {
        let body = MethodBody {
            max_stack: il.max_stack,
            code: il.code.clone().into(),
            ..Default::default()
        };
        md.set_method_body(m, &body);
    }

    let mut pdb = PdbBuilder::new();
    let doc = pdb.add_document("/src/thrower.cs", Language::CSharp, None);
    pdb.set_method(
        main,
        doc,
        MethodDebugInfo {
            sequence_points: vec![line(0, 4), line(1, 5)],
            ..Default::default()
        },
    );
    pdb.set_method(
        fail,
        doc,
        MethodDebugInfo {
            sequence_points: vec![line(0, 9), line(1, 10)],
            ..Default::default()
        },
    );
    let (pdb_bytes, codeview) = pdb.finish(
        md.tables.row_count(TableId::MethodDef),
        main.token(),
        &md.tables.row_counts(),
        "thrower.pdb",
    );
    let opts = PeOptions {
        kind: ImageKind::Exe,
        entry_point: main.token(),
        resources: Vec::new(),
        debug: Some(codeview),
    };
    (write_pe(&mut md, &opts), pdb_bytes)
}

#[test]
fn mono_shows_file_and_line_from_our_pdb() {
    let dir = std::env::temp_dir().join(format!("il-emit-pdb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (exe, pdb) = build();
    std::fs::write(dir.join("thrower.exe"), &exe).unwrap();
    std::fs::write(dir.join("thrower.pdb"), &pdb).unwrap();
    let out = Command::new("mono")
        .arg("--debug")
        .arg(dir.join("thrower.exe"))
        .output()
        .expect("mono (scripts/test installs it)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr.contains("InvalidOperationException: boom"),
        "{stderr}"
    );
    assert!(
        stderr.contains("thrower.cs:10"),
        "Fail's line missing from the trace:\n{stderr}"
    );
    assert!(
        stderr.contains("thrower.cs:5"),
        "Main's line missing from the trace:\n{stderr}"
    );
}

#[test]
fn pdb_reads_back_and_is_deterministic() {
    let (exe, pdb) = build();
    assert_eq!(build(), (exe.clone(), pdb.clone()));
    let md = Metadata::parse(&pdb).unwrap();
    assert_eq!(md.version, "PDB v1.0");
    let stream = md.pdb.as_ref().unwrap();
    assert_eq!(stream.entry_point, Token::new(TableId::MethodDef, 1));
    assert_eq!(md.row_count(TableId::MethodDebugInformation), 2);
    assert_eq!(md.row_count(TableId::Document), 1);
    il_emit::reader::validate(&md).unwrap();
    let asm = Assembly::parse(&exe).unwrap();
    let cv = asm.pe.codeview().unwrap();
    assert_eq!((cv.path.as_str(), cv.age), ("thrower.pdb", 1));
    assert_eq!(&cv.guid[..], &stream.id[..16]);
}
