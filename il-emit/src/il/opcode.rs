//! The CIL opcode table (ECMA-335 Partition III): every instruction's name, encoding,
//! operand kind, stack behaviour and flow control, as data.

/// The kind of inline operand an opcode takes (Partition III §1.9 / `opcode.def`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OperandKind {
    /// No operand.
    None,
    /// `int8` (`ldc.i4.s`, `unaligned.` and `no.` take an unsigned byte).
    ShortI,
    /// `int32`.
    I,
    /// `int64`.
    I8,
    /// `float32`.
    ShortR,
    /// `float64`.
    R,
    /// A MethodDef, MemberRef or MethodSpec token.
    Method,
    /// A Field or MemberRef token.
    Field,
    /// A TypeDef, TypeRef or TypeSpec token.
    Type,
    /// A `#US` string token.
    String,
    /// A StandAloneSig token.
    Sig,
    /// A type, field or method token (`ldtoken`).
    Tok,
    /// A 1-byte signed branch displacement.
    ShortBrTarget,
    /// A 4-byte signed branch displacement.
    BrTarget,
    /// A `switch` table: count then that many 4-byte displacements.
    Switch,
    /// A 1-byte argument or local index.
    ShortVar,
    /// A 2-byte argument or local index.
    Var,
}

impl OperandKind {
    /// The operand's size in bytes, or `None` for `switch` (variable).
    pub fn size(self) -> Option<usize> {
        Some(match self {
            OperandKind::None => 0,
            OperandKind::ShortI | OperandKind::ShortBrTarget | OperandKind::ShortVar => 1,
            OperandKind::Var => 2,
            OperandKind::I8 | OperandKind::R => 8,
            OperandKind::Switch => return None,
            _ => 4,
        })
    }
}

/// How control leaves an instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flow {
    /// Falls through to the next instruction.
    Next,
    /// Always transfers to its target.
    Branch,
    /// Transfers to its target(s) or falls through.
    CondBranch,
    /// Returns from the method or ends a handler (`ret`, `endfinally`, `endfilter`).
    Return,
    /// Throws (`throw`, `rethrow`).
    Throw,
    /// Calls a method and then falls through.
    Call,
    /// A prefix that modifies the next instruction.
    Meta,
}

/// Items an instruction pops or pushes; `None` means it depends on a signature.
pub type StackCount = Option<u8>;

macro_rules! opcodes {
    ($($v:ident = $code:literal, $name:literal, $op:ident, $flow:ident, $pop:tt, $push:tt;)*) => {
        /// A CIL opcode. The discriminant is the encoding: one byte, or `0xFE00 | b`.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[repr(u16)]
        pub enum Opcode { $($v = $code,)* }

        impl Opcode {
            /// Every opcode, in encoding order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$v,)*];

            /// The instruction's name as ilasm spells it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$v => $name,)* }
            }

            /// The inline operand it takes.
            #[inline]
            pub fn operand(self) -> OperandKind {
                self.info().operand
            }

            /// How control leaves it.
            #[inline]
            pub fn flow(self) -> Flow {
                self.info().flow
            }

            /// How many stack items it pops (`None`: signature-dependent, or all for `leave`).
            #[inline]
            pub fn pops(self) -> StackCount {
                self.info().pops
            }

            /// How many stack items it pushes (`None`: signature-dependent).
            #[inline]
            pub fn pushes(self) -> StackCount {
                self.info().pushes
            }

            /// Its row of [`INFO`]: one load instead of a `match` per question (the IL
            /// builder asks for every instruction it emits and lays out).
            #[inline]
            fn info(self) -> &'static Info {
                &INFO[info_slot(self as u16)]
            }
        }

        /// Every opcode's operand kind, flow and stack counts, by [`info_slot`].
        static INFO: [Info; 512] = {
            let mut t = [Info::UNUSED; 512];
            $(
                t[info_slot($code)] = Info {
                    operand: OperandKind::$op,
                    flow: Flow::$flow,
                    pops: opcodes!(@n $pop),
                    pushes: opcodes!(@n $push),
                };
            )*
            t
        };

        impl Opcode {

            /// Decodes a one-byte opcode.
            pub fn from_byte(b: u8) -> Option<Opcode> {
                match u16::from(b) { $($code => Some(Opcode::$v),)* _ => None }
            }

            /// Decodes the second byte of a `0xFE`-prefixed opcode.
            pub fn from_fe_byte(b: u8) -> Option<Opcode> {
                match 0xFE00 | u16::from(b) { $($code => Some(Opcode::$v),)* _ => None }
            }
        }
    };
    (@n var) => { None };
    (@n $n:literal) => { Some($n) };
}

/// What the opcode table says about one opcode (see `Opcode::info`).
#[derive(Clone, Copy)]
struct Info {
    operand: OperandKind,
    flow: Flow,
    pops: StackCount,
    pushes: StackCount,
}

impl Info {
    /// The row of an encoding no opcode has.
    const UNUSED: Info = Info {
        operand: OperandKind::None,
        flow: Flow::Next,
        pops: None,
        pushes: None,
    };
}

/// An opcode's row in the info table: one-byte opcodes by their byte, `0xFE`-prefixed
/// ones after them by their second byte.
const fn info_slot(code: u16) -> usize {
    (code >= 0xFE00) as usize * 256 + (code & 0xFF) as usize
}

impl Opcode {
    /// The encoded bytes: one, or two for `0xFE`-prefixed opcodes.
    pub fn bytes(self) -> &'static [u8] {
        let code = self as u16;
        let idx = (code & 0xFF) as usize;
        if code >= 0xFE00 {
            &FE_PAIRS[idx]
        } else {
            &SINGLE[idx..idx + 1]
        }
    }

    /// The size of the opcode itself, without its operand.
    pub fn size(self) -> usize {
        if (self as u16) >= 0xFE00 { 2 } else { 1 }
    }

    /// The long form of a short branch, or `self`.
    pub fn long_form(self) -> Opcode {
        match Opcode::from_byte((self as u16) as u8) {
            Some(op) if op.operand() == OperandKind::ShortBrTarget => {
                // Short branches 0x2B..=0x37 map to long ones 0x38..=0x44; leave.s to leave.
                if self == Opcode::LeaveS {
                    Opcode::Leave
                } else {
                    Opcode::from_byte((self as u16) as u8 + 13).unwrap_or(self)
                }
            }
            _ => self,
        }
    }

    /// The short form of a long branch, or `self`.
    pub fn short_form(self) -> Opcode {
        match self {
            Opcode::Leave => Opcode::LeaveS,
            op if op.operand() == OperandKind::BrTarget => {
                Opcode::from_byte((op as u16) as u8 - 13).unwrap_or(op)
            }
            op => op,
        }
    }

    /// True for the prefix opcodes (`tail.`, `volatile.`, `constrained.`, …).
    pub fn is_prefix(self) -> bool {
        self.flow() == Flow::Meta
    }
}

const SINGLE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

const FE_PAIRS: [[u8; 2]; 256] = {
    let mut t = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = [0xFE, i as u8];
        i += 1;
    }
    t
};

opcodes! {
    Nop = 0x00, "nop", None, Next, 0, 0;
    Break = 0x01, "break", None, Next, 0, 0;
    Ldarg0 = 0x02, "ldarg.0", None, Next, 0, 1;
    Ldarg1 = 0x03, "ldarg.1", None, Next, 0, 1;
    Ldarg2 = 0x04, "ldarg.2", None, Next, 0, 1;
    Ldarg3 = 0x05, "ldarg.3", None, Next, 0, 1;
    Ldloc0 = 0x06, "ldloc.0", None, Next, 0, 1;
    Ldloc1 = 0x07, "ldloc.1", None, Next, 0, 1;
    Ldloc2 = 0x08, "ldloc.2", None, Next, 0, 1;
    Ldloc3 = 0x09, "ldloc.3", None, Next, 0, 1;
    Stloc0 = 0x0A, "stloc.0", None, Next, 1, 0;
    Stloc1 = 0x0B, "stloc.1", None, Next, 1, 0;
    Stloc2 = 0x0C, "stloc.2", None, Next, 1, 0;
    Stloc3 = 0x0D, "stloc.3", None, Next, 1, 0;
    LdargS = 0x0E, "ldarg.s", ShortVar, Next, 0, 1;
    LdargaS = 0x0F, "ldarga.s", ShortVar, Next, 0, 1;
    StargS = 0x10, "starg.s", ShortVar, Next, 1, 0;
    LdlocS = 0x11, "ldloc.s", ShortVar, Next, 0, 1;
    LdlocaS = 0x12, "ldloca.s", ShortVar, Next, 0, 1;
    StlocS = 0x13, "stloc.s", ShortVar, Next, 1, 0;
    Ldnull = 0x14, "ldnull", None, Next, 0, 1;
    LdcI4M1 = 0x15, "ldc.i4.m1", None, Next, 0, 1;
    LdcI40 = 0x16, "ldc.i4.0", None, Next, 0, 1;
    LdcI41 = 0x17, "ldc.i4.1", None, Next, 0, 1;
    LdcI42 = 0x18, "ldc.i4.2", None, Next, 0, 1;
    LdcI43 = 0x19, "ldc.i4.3", None, Next, 0, 1;
    LdcI44 = 0x1A, "ldc.i4.4", None, Next, 0, 1;
    LdcI45 = 0x1B, "ldc.i4.5", None, Next, 0, 1;
    LdcI46 = 0x1C, "ldc.i4.6", None, Next, 0, 1;
    LdcI47 = 0x1D, "ldc.i4.7", None, Next, 0, 1;
    LdcI48 = 0x1E, "ldc.i4.8", None, Next, 0, 1;
    LdcI4S = 0x1F, "ldc.i4.s", ShortI, Next, 0, 1;
    LdcI4 = 0x20, "ldc.i4", I, Next, 0, 1;
    LdcI8 = 0x21, "ldc.i8", I8, Next, 0, 1;
    LdcR4 = 0x22, "ldc.r4", ShortR, Next, 0, 1;
    LdcR8 = 0x23, "ldc.r8", R, Next, 0, 1;
    Dup = 0x25, "dup", None, Next, 1, 2;
    Pop = 0x26, "pop", None, Next, 1, 0;
    Jmp = 0x27, "jmp", Method, Call, 0, 0;
    Call = 0x28, "call", Method, Call, var, var;
    Calli = 0x29, "calli", Sig, Call, var, var;
    Ret = 0x2A, "ret", None, Return, var, 0;
    BrS = 0x2B, "br.s", ShortBrTarget, Branch, 0, 0;
    BrfalseS = 0x2C, "brfalse.s", ShortBrTarget, CondBranch, 1, 0;
    BrtrueS = 0x2D, "brtrue.s", ShortBrTarget, CondBranch, 1, 0;
    BeqS = 0x2E, "beq.s", ShortBrTarget, CondBranch, 2, 0;
    BgeS = 0x2F, "bge.s", ShortBrTarget, CondBranch, 2, 0;
    BgtS = 0x30, "bgt.s", ShortBrTarget, CondBranch, 2, 0;
    BleS = 0x31, "ble.s", ShortBrTarget, CondBranch, 2, 0;
    BltS = 0x32, "blt.s", ShortBrTarget, CondBranch, 2, 0;
    BneUnS = 0x33, "bne.un.s", ShortBrTarget, CondBranch, 2, 0;
    BgeUnS = 0x34, "bge.un.s", ShortBrTarget, CondBranch, 2, 0;
    BgtUnS = 0x35, "bgt.un.s", ShortBrTarget, CondBranch, 2, 0;
    BleUnS = 0x36, "ble.un.s", ShortBrTarget, CondBranch, 2, 0;
    BltUnS = 0x37, "blt.un.s", ShortBrTarget, CondBranch, 2, 0;
    Br = 0x38, "br", BrTarget, Branch, 0, 0;
    Brfalse = 0x39, "brfalse", BrTarget, CondBranch, 1, 0;
    Brtrue = 0x3A, "brtrue", BrTarget, CondBranch, 1, 0;
    Beq = 0x3B, "beq", BrTarget, CondBranch, 2, 0;
    Bge = 0x3C, "bge", BrTarget, CondBranch, 2, 0;
    Bgt = 0x3D, "bgt", BrTarget, CondBranch, 2, 0;
    Ble = 0x3E, "ble", BrTarget, CondBranch, 2, 0;
    Blt = 0x3F, "blt", BrTarget, CondBranch, 2, 0;
    BneUn = 0x40, "bne.un", BrTarget, CondBranch, 2, 0;
    BgeUn = 0x41, "bge.un", BrTarget, CondBranch, 2, 0;
    BgtUn = 0x42, "bgt.un", BrTarget, CondBranch, 2, 0;
    BleUn = 0x43, "ble.un", BrTarget, CondBranch, 2, 0;
    BltUn = 0x44, "blt.un", BrTarget, CondBranch, 2, 0;
    Switch = 0x45, "switch", Switch, CondBranch, 1, 0;
    LdindI1 = 0x46, "ldind.i1", None, Next, 1, 1;
    LdindU1 = 0x47, "ldind.u1", None, Next, 1, 1;
    LdindI2 = 0x48, "ldind.i2", None, Next, 1, 1;
    LdindU2 = 0x49, "ldind.u2", None, Next, 1, 1;
    LdindI4 = 0x4A, "ldind.i4", None, Next, 1, 1;
    LdindU4 = 0x4B, "ldind.u4", None, Next, 1, 1;
    LdindI8 = 0x4C, "ldind.i8", None, Next, 1, 1;
    LdindI = 0x4D, "ldind.i", None, Next, 1, 1;
    LdindR4 = 0x4E, "ldind.r4", None, Next, 1, 1;
    LdindR8 = 0x4F, "ldind.r8", None, Next, 1, 1;
    LdindRef = 0x50, "ldind.ref", None, Next, 1, 1;
    StindRef = 0x51, "stind.ref", None, Next, 2, 0;
    StindI1 = 0x52, "stind.i1", None, Next, 2, 0;
    StindI2 = 0x53, "stind.i2", None, Next, 2, 0;
    StindI4 = 0x54, "stind.i4", None, Next, 2, 0;
    StindI8 = 0x55, "stind.i8", None, Next, 2, 0;
    StindR4 = 0x56, "stind.r4", None, Next, 2, 0;
    StindR8 = 0x57, "stind.r8", None, Next, 2, 0;
    Add = 0x58, "add", None, Next, 2, 1;
    Sub = 0x59, "sub", None, Next, 2, 1;
    Mul = 0x5A, "mul", None, Next, 2, 1;
    Div = 0x5B, "div", None, Next, 2, 1;
    DivUn = 0x5C, "div.un", None, Next, 2, 1;
    Rem = 0x5D, "rem", None, Next, 2, 1;
    RemUn = 0x5E, "rem.un", None, Next, 2, 1;
    And = 0x5F, "and", None, Next, 2, 1;
    Or = 0x60, "or", None, Next, 2, 1;
    Xor = 0x61, "xor", None, Next, 2, 1;
    Shl = 0x62, "shl", None, Next, 2, 1;
    Shr = 0x63, "shr", None, Next, 2, 1;
    ShrUn = 0x64, "shr.un", None, Next, 2, 1;
    Neg = 0x65, "neg", None, Next, 1, 1;
    Not = 0x66, "not", None, Next, 1, 1;
    ConvI1 = 0x67, "conv.i1", None, Next, 1, 1;
    ConvI2 = 0x68, "conv.i2", None, Next, 1, 1;
    ConvI4 = 0x69, "conv.i4", None, Next, 1, 1;
    ConvI8 = 0x6A, "conv.i8", None, Next, 1, 1;
    ConvR4 = 0x6B, "conv.r4", None, Next, 1, 1;
    ConvR8 = 0x6C, "conv.r8", None, Next, 1, 1;
    ConvU4 = 0x6D, "conv.u4", None, Next, 1, 1;
    ConvU8 = 0x6E, "conv.u8", None, Next, 1, 1;
    Callvirt = 0x6F, "callvirt", Method, Call, var, var;
    Cpobj = 0x70, "cpobj", Type, Next, 2, 0;
    Ldobj = 0x71, "ldobj", Type, Next, 1, 1;
    Ldstr = 0x72, "ldstr", String, Next, 0, 1;
    Newobj = 0x73, "newobj", Method, Call, var, 1;
    Castclass = 0x74, "castclass", Type, Next, 1, 1;
    Isinst = 0x75, "isinst", Type, Next, 1, 1;
    ConvRUn = 0x76, "conv.r.un", None, Next, 1, 1;
    Unbox = 0x79, "unbox", Type, Next, 1, 1;
    Throw = 0x7A, "throw", None, Throw, 1, 0;
    Ldfld = 0x7B, "ldfld", Field, Next, 1, 1;
    Ldflda = 0x7C, "ldflda", Field, Next, 1, 1;
    Stfld = 0x7D, "stfld", Field, Next, 2, 0;
    Ldsfld = 0x7E, "ldsfld", Field, Next, 0, 1;
    Ldsflda = 0x7F, "ldsflda", Field, Next, 0, 1;
    Stsfld = 0x80, "stsfld", Field, Next, 1, 0;
    Stobj = 0x81, "stobj", Type, Next, 2, 0;
    ConvOvfI1Un = 0x82, "conv.ovf.i1.un", None, Next, 1, 1;
    ConvOvfI2Un = 0x83, "conv.ovf.i2.un", None, Next, 1, 1;
    ConvOvfI4Un = 0x84, "conv.ovf.i4.un", None, Next, 1, 1;
    ConvOvfI8Un = 0x85, "conv.ovf.i8.un", None, Next, 1, 1;
    ConvOvfU1Un = 0x86, "conv.ovf.u1.un", None, Next, 1, 1;
    ConvOvfU2Un = 0x87, "conv.ovf.u2.un", None, Next, 1, 1;
    ConvOvfU4Un = 0x88, "conv.ovf.u4.un", None, Next, 1, 1;
    ConvOvfU8Un = 0x89, "conv.ovf.u8.un", None, Next, 1, 1;
    ConvOvfIUn = 0x8A, "conv.ovf.i.un", None, Next, 1, 1;
    ConvOvfUUn = 0x8B, "conv.ovf.u.un", None, Next, 1, 1;
    Box = 0x8C, "box", Type, Next, 1, 1;
    Newarr = 0x8D, "newarr", Type, Next, 1, 1;
    Ldlen = 0x8E, "ldlen", None, Next, 1, 1;
    Ldelema = 0x8F, "ldelema", Type, Next, 2, 1;
    LdelemI1 = 0x90, "ldelem.i1", None, Next, 2, 1;
    LdelemU1 = 0x91, "ldelem.u1", None, Next, 2, 1;
    LdelemI2 = 0x92, "ldelem.i2", None, Next, 2, 1;
    LdelemU2 = 0x93, "ldelem.u2", None, Next, 2, 1;
    LdelemI4 = 0x94, "ldelem.i4", None, Next, 2, 1;
    LdelemU4 = 0x95, "ldelem.u4", None, Next, 2, 1;
    LdelemI8 = 0x96, "ldelem.i8", None, Next, 2, 1;
    LdelemI = 0x97, "ldelem.i", None, Next, 2, 1;
    LdelemR4 = 0x98, "ldelem.r4", None, Next, 2, 1;
    LdelemR8 = 0x99, "ldelem.r8", None, Next, 2, 1;
    LdelemRef = 0x9A, "ldelem.ref", None, Next, 2, 1;
    StelemI = 0x9B, "stelem.i", None, Next, 3, 0;
    StelemI1 = 0x9C, "stelem.i1", None, Next, 3, 0;
    StelemI2 = 0x9D, "stelem.i2", None, Next, 3, 0;
    StelemI4 = 0x9E, "stelem.i4", None, Next, 3, 0;
    StelemI8 = 0x9F, "stelem.i8", None, Next, 3, 0;
    StelemR4 = 0xA0, "stelem.r4", None, Next, 3, 0;
    StelemR8 = 0xA1, "stelem.r8", None, Next, 3, 0;
    StelemRef = 0xA2, "stelem.ref", None, Next, 3, 0;
    Ldelem = 0xA3, "ldelem", Type, Next, 2, 1;
    Stelem = 0xA4, "stelem", Type, Next, 3, 0;
    UnboxAny = 0xA5, "unbox.any", Type, Next, 1, 1;
    ConvOvfI1 = 0xB3, "conv.ovf.i1", None, Next, 1, 1;
    ConvOvfU1 = 0xB4, "conv.ovf.u1", None, Next, 1, 1;
    ConvOvfI2 = 0xB5, "conv.ovf.i2", None, Next, 1, 1;
    ConvOvfU2 = 0xB6, "conv.ovf.u2", None, Next, 1, 1;
    ConvOvfI4 = 0xB7, "conv.ovf.i4", None, Next, 1, 1;
    ConvOvfU4 = 0xB8, "conv.ovf.u4", None, Next, 1, 1;
    ConvOvfI8 = 0xB9, "conv.ovf.i8", None, Next, 1, 1;
    ConvOvfU8 = 0xBA, "conv.ovf.u8", None, Next, 1, 1;
    Refanyval = 0xC2, "refanyval", Type, Next, 1, 1;
    Ckfinite = 0xC3, "ckfinite", None, Next, 1, 1;
    Mkrefany = 0xC6, "mkrefany", Type, Next, 1, 1;
    Ldtoken = 0xD0, "ldtoken", Tok, Next, 0, 1;
    ConvU2 = 0xD1, "conv.u2", None, Next, 1, 1;
    ConvU1 = 0xD2, "conv.u1", None, Next, 1, 1;
    ConvI = 0xD3, "conv.i", None, Next, 1, 1;
    ConvOvfI = 0xD4, "conv.ovf.i", None, Next, 1, 1;
    ConvOvfU = 0xD5, "conv.ovf.u", None, Next, 1, 1;
    AddOvf = 0xD6, "add.ovf", None, Next, 2, 1;
    AddOvfUn = 0xD7, "add.ovf.un", None, Next, 2, 1;
    MulOvf = 0xD8, "mul.ovf", None, Next, 2, 1;
    MulOvfUn = 0xD9, "mul.ovf.un", None, Next, 2, 1;
    SubOvf = 0xDA, "sub.ovf", None, Next, 2, 1;
    SubOvfUn = 0xDB, "sub.ovf.un", None, Next, 2, 1;
    Endfinally = 0xDC, "endfinally", None, Return, 0, 0;
    Leave = 0xDD, "leave", BrTarget, Branch, var, 0;
    LeaveS = 0xDE, "leave.s", ShortBrTarget, Branch, var, 0;
    StindI = 0xDF, "stind.i", None, Next, 2, 0;
    ConvU = 0xE0, "conv.u", None, Next, 1, 1;
    Arglist = 0xFE00, "arglist", None, Next, 0, 1;
    Ceq = 0xFE01, "ceq", None, Next, 2, 1;
    Cgt = 0xFE02, "cgt", None, Next, 2, 1;
    CgtUn = 0xFE03, "cgt.un", None, Next, 2, 1;
    Clt = 0xFE04, "clt", None, Next, 2, 1;
    CltUn = 0xFE05, "clt.un", None, Next, 2, 1;
    Ldftn = 0xFE06, "ldftn", Method, Next, 0, 1;
    Ldvirtftn = 0xFE07, "ldvirtftn", Method, Next, 1, 1;
    Ldarg = 0xFE09, "ldarg", Var, Next, 0, 1;
    Ldarga = 0xFE0A, "ldarga", Var, Next, 0, 1;
    Starg = 0xFE0B, "starg", Var, Next, 1, 0;
    Ldloc = 0xFE0C, "ldloc", Var, Next, 0, 1;
    Ldloca = 0xFE0D, "ldloca", Var, Next, 0, 1;
    Stloc = 0xFE0E, "stloc", Var, Next, 1, 0;
    Localloc = 0xFE0F, "localloc", None, Next, 1, 1;
    Endfilter = 0xFE11, "endfilter", None, Return, 1, 0;
    Unaligned = 0xFE12, "unaligned.", ShortI, Meta, 0, 0;
    Volatile = 0xFE13, "volatile.", None, Meta, 0, 0;
    Tail = 0xFE14, "tail.", None, Meta, 0, 0;
    Initobj = 0xFE15, "initobj", Type, Next, 1, 0;
    Constrained = 0xFE16, "constrained.", Type, Meta, 0, 0;
    Cpblk = 0xFE17, "cpblk", None, Next, 3, 0;
    Initblk = 0xFE18, "initblk", None, Next, 3, 0;
    No = 0xFE19, "no.", ShortI, Meta, 0, 0;
    Rethrow = 0xFE1A, "rethrow", None, Throw, 0, 0;
    Sizeof = 0xFE1C, "sizeof", Type, Next, 0, 1;
    Refanytype = 0xFE1D, "refanytype", None, Next, 1, 1;
    Readonly = 0xFE1E, "readonly.", None, Meta, 0, 0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_round_trip() {
        for &op in Opcode::ALL {
            let b = op.bytes();
            let back = match b {
                [x] => Opcode::from_byte(*x),
                [0xFE, x] => Opcode::from_fe_byte(*x),
                _ => None,
            };
            assert_eq!(back, Some(op), "{}", op.name());
            assert_eq!(b.len(), op.size());
        }
        assert_eq!(Opcode::ALL.len(), 219);
    }

    #[test]
    fn short_and_long_branches_pair_up() {
        for &op in Opcode::ALL {
            if op.operand() == OperandKind::ShortBrTarget {
                let long = op.long_form();
                assert_eq!(long.operand(), OperandKind::BrTarget, "{}", op.name());
                assert_eq!(long.short_form(), op);
                assert_eq!(format!("{}.s", long.name()), op.name());
            }
        }
    }
}
