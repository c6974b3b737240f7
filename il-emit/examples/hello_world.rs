//! Writes an exe that prints `Hello, World!`, using only il-emit's builders.
//!
//! `cargo run --release -p il-emit --example hello_world -- OUT.exe`

use il_emit::entity::{FieldId, MethodDefId, ParamId, Token};
use il_emit::il::{IlBuilder, MethodBody, Opcode};
use il_emit::metadata::{AssemblyDef, AssemblyRefDef, MetadataBuilder};
use il_emit::pe::{ImageKind, PeOptions, write_pe};
use il_emit::signature::{CallingConvention, MethodSig, TypeSig, encode};

#[allow(dead_code)] // The integration test includes this file for `build`.
fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: hello_world OUT.exe");
        std::process::exit(2);
    };
    if let Err(e) = std::fs::write(&out, build()) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
}

/// The image of `hello.exe`.
pub fn build() -> Vec<u8> {
    let mut md = MetadataBuilder::new();
    md.add_module("hello.exe");
    md.add_assembly(&AssemblyDef {
        name: "hello",
        version: [1, 0, 0, 0],
        hash_alg_id: 0x8004,
        ..Default::default()
    });
    let mscorlib = md.add_assembly_ref(&AssemblyRefDef::mscorlib());
    let object = md.add_type_ref(mscorlib.token(), "System", "Object");
    let console = md.add_type_ref(mscorlib.token(), "System", "Console");
    let write_line = md.add_member_ref(
        console.token(),
        "WriteLine",
        &encode::method_sig(&MethodSig {
            params: vec![TypeSig::String],
            ..Default::default()
        }),
    );

    // <Module> comes first, then the program class.
    md.add_type_def(0, "", "<Module>", Token(0), FieldId(1), MethodDefId(1));
    md.add_type_def(
        0x0010_0001,
        "",
        "Program",
        object.token(),
        FieldId(1),
        MethodDefId(1),
    );
    let main_sig = MethodSig {
        call_conv: CallingConvention::default(),
        ..Default::default()
    };
    let main = md.add_method_def(
        0,
        0x0096,
        "Main",
        &encode::method_sig(&main_sig),
        ParamId(1),
    );

    let mut il = IlBuilder::new();
    let hello = md.user_string("Hello, World!");
    il.op_token(Opcode::Ldstr, hello);
    il.call(Opcode::Call, write_line.token(), 1, 0);
    il.ret(false);
    let il = il.finish().expect("hello world's IL is well formed");
    md.set_method_body(
        main,
        &MethodBody {
            max_stack: il.max_stack,
            code: il.code.into(),
            ..Default::default()
        },
    );

    let opts = PeOptions {
        kind: ImageKind::Exe,
        entry_point: main.token(),
        resources: Vec::new(),
        debug: None,
    };
    write_pe(&mut md, &opts)
}
