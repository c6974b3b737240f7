//! Writes a library and an application that uses it, with il-emit's builders only.
//!
//! `cargo run --release -p il-emit --example class_library -- OUT_DIR` writes
//! `OUT_DIR/Shapes.dll` (a class with instance and static fields, a static constructor, a
//! constructor, a virtual method, a property and a generic method) and `OUT_DIR/app.exe`
//! (which derives from that class across assemblies, overrides the virtual method, and
//! calls everything). `mono OUT_DIR/app.exe` prints the lines in [`EXPECTED`].

use il_emit::entity::{AssemblyRefId, FieldId, MethodDefId, ParamId, Token, TypeRefId};
use il_emit::il::{IlBuilder, MethodBody, Opcode};
use il_emit::metadata::{AssemblyDef, AssemblyRefDef, MetadataBuilder};
use il_emit::pe::{ImageKind, PeOptions, write_pe};
use il_emit::signature::{
    CallingConvention, FieldSig, MethodSig, MethodSpecSig, PropertySig, TypeSig, encode,
};

/// What `mono app.exe` prints.
pub const EXPECTED: &str = "Counter at 7!\n101\ngeneric\n42\n";

const PUBLIC: u32 = 0x0001;
const CTOR_FLAGS: u16 = 0x1886; // public hidebysig specialname rtspecialname
const CCTOR_FLAGS: u16 = 0x1891; // private static hidebysig specialname rtspecialname
const VIRTUAL_NEWSLOT: u16 = 0x01C6; // public virtual hidebysig newslot
const VIRTUAL_OVERRIDE: u16 = 0x00C6; // public virtual hidebysig
const ACCESSOR: u16 = 0x0886; // public hidebysig specialname
const PUBLIC_STATIC: u16 = 0x0096; // public static hidebysig

fn instance(ret: TypeSig, params: Vec<TypeSig>) -> Vec<u8> {
    let call_conv = CallingConvention {
        has_this: true,
        ..Default::default()
    };
    encode::method_sig(&MethodSig {
        call_conv,
        ret,
        params,
        ..Default::default()
    })
}

fn static_sig(ret: TypeSig, params: Vec<TypeSig>) -> Vec<u8> {
    encode::method_sig(&MethodSig {
        ret,
        params,
        ..Default::default()
    })
}

fn body(md: &mut MetadataBuilder, method: MethodDefId, il: IlBuilder) {
    let il = il.finish().expect("example IL is well formed");
    md.set_method_body(
        method,
        &MethodBody {
            max_stack: il.max_stack,
            code: il.code.into(),
            ..Default::default()
        },
    );
}

fn mscorlib(md: &mut MetadataBuilder) -> AssemblyRefId {
    md.add_assembly_ref(&AssemblyRefDef::mscorlib())
}

/// Builds `Shapes.dll`.
pub fn library() -> Vec<u8> {
    let mut md = MetadataBuilder::new();
    md.add_module("Shapes.dll");
    md.add_assembly(&AssemblyDef {
        name: "Shapes",
        version: [1, 2, 0, 0],
        hash_alg_id: 0x8004,
        ..Default::default()
    });
    let corlib = mscorlib(&mut md);
    let object = md.add_type_ref(corlib.token(), "System", "Object");
    let int32 = md.add_type_ref(corlib.token(), "System", "Int32");
    let string = md.add_type_ref(corlib.token(), "System", "String");
    let object_ctor = md.add_member_ref(object.token(), ".ctor", &instance(TypeSig::Void, vec![]));
    let int_to_string = md.add_member_ref(
        int32.token(),
        "ToString",
        &instance(TypeSig::String, vec![]),
    );
    let concat = md.add_member_ref(
        string.token(),
        "Concat",
        &static_sig(TypeSig::String, vec![TypeSig::String, TypeSig::String]),
    );

    md.add_type_def(0, "", "<Module>", Token(0), FieldId(1), MethodDefId(1));
    let counter = md.add_type_def(
        PUBLIC,
        "Shapes",
        "Counter",
        object.token(),
        FieldId(1),
        MethodDefId(1),
    );
    let count = md.add_field(
        0x0001,
        "count",
        &encode::field_sig(&FieldSig { ty: TypeSig::I4 }),
    );
    let instances = md.add_field(
        0x0016,
        "Instances",
        &encode::field_sig(&FieldSig { ty: TypeSig::I4 }),
    );

    // static Counter() { Instances = 100; }
    let cctor = md.add_method_def(
        0,
        CCTOR_FLAGS,
        ".cctor",
        &static_sig(TypeSig::Void, vec![]),
        ParamId(1),
    );
    let mut il = IlBuilder::new();
    il.ldc_i4(100);
    il.op_token(Opcode::Stsfld, instances.token());
    il.ret(false);
    body(&mut md, cctor, il);

    // public Counter(int start) { count = start; Instances++; }
    let ctor = md.add_method_def(
        0,
        CTOR_FLAGS,
        ".ctor",
        &instance(TypeSig::Void, vec![TypeSig::I4]),
        ParamId(1),
    );
    md.add_param(0, 1, "start");
    let mut il = IlBuilder::new();
    il.ldarg(0);
    il.call(Opcode::Call, object_ctor.token(), 1, 0);
    il.ldarg(0);
    il.ldarg(1);
    il.op_token(Opcode::Stfld, count.token());
    il.op_token(Opcode::Ldsfld, instances.token());
    il.ldc_i4(1);
    il.op(Opcode::Add);
    il.op_token(Opcode::Stsfld, instances.token());
    il.ret(false);
    body(&mut md, ctor, il);

    // public virtual string Describe() => "Counter at " + count.ToString();
    let describe = md.add_method_def(
        0,
        VIRTUAL_NEWSLOT,
        "Describe",
        &instance(TypeSig::String, vec![]),
        ParamId(2),
    );
    let mut il = IlBuilder::new();
    let prefix = md.user_string("Counter at ");
    il.op_token(Opcode::Ldstr, prefix);
    il.ldarg(0);
    il.op_token(Opcode::Ldflda, count.token());
    il.call(Opcode::Call, int_to_string.token(), 1, 1);
    il.call(Opcode::Call, concat.token(), 2, 1);
    il.ret(true);
    body(&mut md, describe, il);

    // public int Count { get; set; } over `count`.
    let get = md.add_method_def(
        0,
        ACCESSOR,
        "get_Count",
        &instance(TypeSig::I4, vec![]),
        ParamId(2),
    );
    let mut il = IlBuilder::new();
    il.ldarg(0);
    il.op_token(Opcode::Ldfld, count.token());
    il.ret(true);
    body(&mut md, get, il);
    let set = md.add_method_def(
        0,
        ACCESSOR,
        "set_Count",
        &instance(TypeSig::Void, vec![TypeSig::I4]),
        ParamId(2),
    );
    md.add_param(0, 1, "value");
    let mut il = IlBuilder::new();
    il.ldarg(0);
    il.ldarg(1);
    il.op_token(Opcode::Stfld, count.token());
    il.ret(false);
    body(&mut md, set, il);
    let prop = md.add_property(
        0,
        "Count",
        &encode::property_sig(&PropertySig {
            has_this: true,
            ty: TypeSig::I4,
            params: vec![],
        }),
    );
    md.add_property_map(counter, prop);
    md.add_method_semantics(0x2, get, prop.token());
    md.add_method_semantics(0x1, set, prop.token());

    // public static T Echo<T>(T value) => value;
    let echo_sig = MethodSig {
        generic_params: 1,
        ret: TypeSig::MVar(0),
        params: vec![TypeSig::MVar(0)],
        ..Default::default()
    };
    let echo = md.add_method_def(
        0,
        PUBLIC_STATIC,
        "Echo",
        &encode::method_sig(&echo_sig),
        ParamId(3),
    );
    md.add_param(0, 1, "value");
    md.add_generic_param(0, 0, echo.token(), "T");
    let mut il = IlBuilder::new();
    il.ldarg(0);
    il.ret(true);
    body(&mut md, echo, il);

    write_pe(
        &mut md,
        &PeOptions {
            kind: ImageKind::Dll,
            entry_point: Token(0),
            resources: Vec::new(),
            debug: None,
        },
    )
}

/// Builds `app.exe`, which references `Shapes.dll`.
pub fn application() -> Vec<u8> {
    let mut md = MetadataBuilder::new();
    md.add_module("app.exe");
    md.add_assembly(&AssemblyDef {
        name: "app",
        version: [1, 0, 0, 0],
        hash_alg_id: 0x8004,
        ..Default::default()
    });
    let corlib = mscorlib(&mut md);
    let shapes = md.add_assembly_ref(&AssemblyRefDef {
        name: "Shapes",
        version: [1, 2, 0, 0],
        ..Default::default()
    });
    let object = md.add_type_ref(corlib.token(), "System", "Object");
    let console = md.add_type_ref(corlib.token(), "System", "Console");
    let string = md.add_type_ref(corlib.token(), "System", "String");
    let counter: TypeRefId = md.add_type_ref(shapes.token(), "Shapes", "Counter");
    let ct = counter.token();
    let write_string = md.add_member_ref(
        console.token(),
        "WriteLine",
        &static_sig(TypeSig::Void, vec![TypeSig::String]),
    );
    let write_int = md.add_member_ref(
        console.token(),
        "WriteLine",
        &static_sig(TypeSig::Void, vec![TypeSig::I4]),
    );
    let concat = md.add_member_ref(
        string.token(),
        "Concat",
        &static_sig(TypeSig::String, vec![TypeSig::String, TypeSig::String]),
    );
    let base_ctor = md.add_member_ref(ct, ".ctor", &instance(TypeSig::Void, vec![TypeSig::I4]));
    let describe = md.add_member_ref(ct, "Describe", &instance(TypeSig::String, vec![]));
    let get_count = md.add_member_ref(ct, "get_Count", &instance(TypeSig::I4, vec![]));
    let set_count = md.add_member_ref(ct, "set_Count", &instance(TypeSig::Void, vec![TypeSig::I4]));
    let instances = md.add_member_ref(
        ct,
        "Instances",
        &encode::field_sig(&FieldSig { ty: TypeSig::I4 }),
    );
    let echo_sig = MethodSig {
        generic_params: 1,
        ret: TypeSig::MVar(0),
        params: vec![TypeSig::MVar(0)],
        ..Default::default()
    };
    let echo = md.add_member_ref(ct, "Echo", &encode::method_sig(&echo_sig));
    let echo_string = md.add_method_spec(
        echo.token(),
        &encode::method_spec_sig(&MethodSpecSig {
            args: vec![TypeSig::String],
        }),
    );
    let echo_int = md.add_method_spec(
        echo.token(),
        &encode::method_spec_sig(&MethodSpecSig {
            args: vec![TypeSig::I4],
        }),
    );

    md.add_type_def(0, "", "<Module>", Token(0), FieldId(1), MethodDefId(1));
    // class Loud : Shapes.Counter { Loud(int n) : base(n) {} override Describe() => base.Describe() + "!"; }
    md.add_type_def(0x0010_0000, "", "Loud", ct, FieldId(1), MethodDefId(1));
    let loud_ctor = md.add_method_def(
        0,
        CTOR_FLAGS,
        ".ctor",
        &instance(TypeSig::Void, vec![TypeSig::I4]),
        ParamId(1),
    );
    md.add_param(0, 1, "n");
    let mut il = IlBuilder::new();
    il.ldarg(0);
    il.ldarg(1);
    il.call(Opcode::Call, base_ctor.token(), 2, 0);
    il.ret(false);
    body(&mut md, loud_ctor, il);
    let loud_describe = md.add_method_def(
        0,
        VIRTUAL_OVERRIDE,
        "Describe",
        &instance(TypeSig::String, vec![]),
        ParamId(2),
    );
    let mut il = IlBuilder::new();
    il.ldarg(0);
    il.call(Opcode::Call, describe.token(), 1, 1);
    let bang = md.user_string("!");
    il.op_token(Opcode::Ldstr, bang);
    il.call(Opcode::Call, concat.token(), 2, 1);
    il.ret(true);
    body(&mut md, loud_describe, il);

    md.add_type_def(
        0x0010_0000,
        "",
        "Program",
        object.token(),
        FieldId(1),
        MethodDefId(3),
    );
    let main = md.add_method_def(
        0,
        PUBLIC_STATIC,
        "Main",
        &static_sig(TypeSig::Void, vec![]),
        ParamId(2),
    );
    let mut il = IlBuilder::new();
    // Shapes.Counter c = new Loud(5); c.Count = c.Count + 2; WriteLine(c.Describe());
    il.ldc_i4(5);
    il.call(Opcode::Newobj, loud_ctor.token(), 1, 1);
    il.op(Opcode::Dup);
    il.op(Opcode::Dup);
    il.call(Opcode::Callvirt, get_count.token(), 1, 1);
    il.ldc_i4(2);
    il.op(Opcode::Add);
    il.call(Opcode::Callvirt, set_count.token(), 2, 0);
    il.call(Opcode::Callvirt, describe.token(), 1, 1);
    il.call(Opcode::Call, write_string.token(), 1, 0);
    il.op_token(Opcode::Ldsfld, instances.token());
    il.call(Opcode::Call, write_int.token(), 1, 0);
    let generic = md.user_string("generic");
    il.op_token(Opcode::Ldstr, generic);
    il.call(Opcode::Call, echo_string.token(), 1, 1);
    il.call(Opcode::Call, write_string.token(), 1, 0);
    il.ldc_i4(42);
    il.call(Opcode::Call, echo_int.token(), 1, 1);
    il.call(Opcode::Call, write_int.token(), 1, 0);
    il.ret(false);
    body(&mut md, main, il);

    write_pe(
        &mut md,
        &PeOptions {
            kind: ImageKind::Exe,
            entry_point: main.token(),
            resources: Vec::new(),
            debug: None,
        },
    )
}

#[allow(dead_code)] // The integration test includes this file for `library` and `application`.
fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: class_library OUT_DIR");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&dir);
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(dir.join("Shapes.dll"), library()))
        .and_then(|()| std::fs::write(dir.join("app.exe"), application()));
    if let Err(e) = written {
        eprintln!("cannot write to {}: {e}", dir.display());
        std::process::exit(1);
    }
}
