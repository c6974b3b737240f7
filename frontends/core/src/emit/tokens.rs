//! Metadata tokens for symbols: TypeDef/TypeRef/TypeSpec for types, MethodDef/MemberRef/
//! MethodSpec for methods, Field/MemberRef for fields, each created once, and signatures
//! encoded with this module's tokens. Source definitions get their rows from the layout
//! `module` computed before any body is generated, so code can name them in any order.

use crate::ir::{FieldRef, MethodRef};
use crate::symbols::{FieldId, MethodId, MethodSym, ParamMode, World};
use crate::types::{Ty, TypeId};
use il_emit::TableId;
use il_emit::Token;
use il_emit::metadata::{AssemblyRefDef, MetadataBuilder};
use il_emit::signature::{
    ArrayShape, CallingConvention, FieldSig, LocalVarSig, MethodSig, MethodSpecSig, TypeSig, encode,
};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The rows of the source definitions, fixed before any body is generated: TypeDef of
/// each source type (by index), MethodDef and Field of each member.
#[derive(Debug, Default)]
pub struct Definitions {
    pub type_defs: HashMap<u32, u32>,
    pub method_defs: HashMap<MethodId, u32>,
    pub field_defs: HashMap<FieldId, u32>,
}

/// Tokens handed out so far, and the metadata they live in.
pub struct Tokens<'w> {
    pub world: &'w World,
    pub md: MetadataBuilder,
    pub defs: Arc<Definitions>,
    asm_refs: HashMap<u32, Token>,
    type_refs: HashMap<TypeId, Token>,
    type_specs: HashMap<Ty, Token>,
    method_refs: HashMap<MethodRef, Token>,
    field_refs: HashMap<FieldRef, Token>,
    standalone: HashMap<Vec<u8>, Token>,
    /// Locals signatures by the locals' types (without pinned ones): most bodies' locals
    /// repeat another's, and the types are cheaper to look up than the signature is to
    /// encode.
    locals: HashMap<Box<[Ty]>, Token>,
}

impl<'w> Tokens<'w> {
    pub fn new(world: &'w World, defs: Arc<Definitions>, md: MetadataBuilder) -> Tokens<'w> {
        Tokens {
            world,
            md,
            defs,
            asm_refs: HashMap::default(),
            type_refs: HashMap::default(),
            type_specs: HashMap::default(),
            method_refs: HashMap::default(),
            field_refs: HashMap::default(),
            standalone: HashMap::default(),
            locals: HashMap::default(),
        }
    }

    fn assembly_ref(&mut self, asm: u32) -> Token {
        if let Some(&t) = self.asm_refs.get(&asm) {
            return t;
        }
        let id = &self.world.asms[asm as usize].identity;
        let def = AssemblyRefDef {
            name: &id.name,
            version: id.version,
            culture: &id.culture,
            flags: if id.public_key.is_empty() { 0 } else { 1 },
            public_key_or_token: &id.public_key,
            hash_value: &[],
        };
        let t = self.md.add_assembly_ref(&def).token();
        self.asm_refs.insert(asm, t);
        t
    }

    /// The TypeDef or TypeRef of a definition.
    pub fn type_def_or_ref(&mut self, id: TypeId) -> Token {
        if id.is_source() {
            let rid = self.defs.type_defs.get(&id.idx).copied().unwrap_or(0);
            return Token::new(TableId::TypeDef, rid);
        }
        if let Some(&t) = self.type_refs.get(&id) {
            return t;
        }
        let sym = self.world.ty(id);
        let scope = match sym.enclosing {
            Some(outer) => self.type_def_or_ref(outer),
            None => self.assembly_ref(id.asm),
        };
        let t = self
            .md
            .add_type_ref(scope, &sym.namespace, &sym.name)
            .token();
        self.type_refs.insert(id, t);
        t
    }

    /// A type as a signature element.
    pub fn sig(&mut self, ty: &Ty) -> TypeSig {
        match ty {
            Ty::Void => TypeSig::Void,
            Ty::Bool => TypeSig::Boolean,
            Ty::Char => TypeSig::Char,
            Ty::I1 => TypeSig::I1,
            Ty::U1 => TypeSig::U1,
            Ty::I2 => TypeSig::I2,
            Ty::U2 => TypeSig::U2,
            Ty::I4 => TypeSig::I4,
            Ty::U4 => TypeSig::U4,
            Ty::I8 => TypeSig::I8,
            Ty::U8 => TypeSig::U8,
            Ty::R4 => TypeSig::R4,
            Ty::R8 => TypeSig::R8,
            Ty::I => TypeSig::I,
            Ty::U => TypeSig::U,
            Ty::String => TypeSig::String,
            Ty::Object | Ty::Null | Ty::Error => TypeSig::Object,
            Ty::Named(id, args) => {
                let is_value_type = self.world.ty(*id).is_value_type();
                let generic = self.type_def_or_ref(*id);
                if args.is_empty() {
                    if is_value_type {
                        TypeSig::ValueType(generic)
                    } else {
                        TypeSig::Class(generic)
                    }
                } else {
                    TypeSig::GenericInst {
                        is_value_type,
                        generic,
                        args: args.iter().map(|a| self.sig(a)).collect(),
                    }
                }
            }
            Ty::Array(e, 1) => TypeSig::SzArray(Box::new(self.sig(e))),
            Ty::Array(e, rank) => TypeSig::Array(
                Box::new(self.sig(e)),
                ArrayShape {
                    rank: *rank,
                    sizes: Vec::new(),
                    lower_bounds: vec![0; *rank as usize],
                },
            ),
            Ty::ByRef(e) => TypeSig::ByRef(Box::new(self.sig(e))),
            Ty::Ptr(e) => TypeSig::Ptr(Box::new(self.sig(e))),
            Ty::Var(n) => TypeSig::Var(*n),
            Ty::MVar(n) => TypeSig::MVar(*n),
        }
    }

    /// A type as an instruction operand (`box`, `newarr`, `castclass`, …).
    pub fn type_token(&mut self, ty: &Ty) -> Token {
        match ty {
            Ty::Named(id, args) if args.is_empty() => self.type_def_or_ref(*id),
            Ty::Object | Ty::String | Ty::Null | Ty::Error => {
                let name = if *ty == Ty::String {
                    "String"
                } else {
                    "Object"
                };
                match self.world.well_known("System", name) {
                    Some(id) => self.type_def_or_ref(id),
                    None => Token(0),
                }
            }
            t if t.is_primitive() || *t == Ty::Void => match self.world.builtin_type_id(t) {
                Some(id) => self.type_def_or_ref(id),
                None => Token(0),
            },
            _ => self.type_spec(ty),
        }
    }

    fn type_spec(&mut self, ty: &Ty) -> Token {
        if let Some(&t) = self.type_specs.get(ty) {
            return t;
        }
        let sig = self.sig(ty);
        let t = self.md.add_type_spec(&encode::type_spec(&sig)).token();
        self.type_specs.insert(ty.clone(), t);
        t
    }

    /// The parent of a member reference: the declaring type as instantiated.
    fn member_parent(&mut self, ty: TypeId, type_args: &Arc<[Ty]>) -> Token {
        if type_args.is_empty() {
            self.type_def_or_ref(ty)
        } else {
            self.type_spec(&Ty::Named(ty, type_args.clone()))
        }
    }

    /// A method's definition signature.
    pub fn method_sig(&mut self, m: &MethodSym) -> MethodSig {
        let params = m
            .params
            .iter()
            .map(|p| match p.mode {
                ParamMode::Value => self.sig(&p.ty),
                _ => TypeSig::ByRef(Box::new(self.sig(&p.ty))),
            })
            .collect();
        MethodSig {
            call_conv: CallingConvention {
                has_this: !m.is_static(),
                ..Default::default()
            },
            generic_params: m.generic_params.len() as u32,
            ret: self.sig(&m.ret),
            params,
            varargs: Vec::new(),
        }
    }

    /// The token that calls a method (MethodDef, MemberRef or MethodSpec).
    pub fn method(&mut self, r: &MethodRef) -> Token {
        if let Some(&t) = self.method_refs.get(r) {
            return t;
        }
        let base = if r.id.ty.is_source() && r.type_args.is_empty() {
            Token::new(
                TableId::MethodDef,
                self.defs.method_defs.get(&r.id).copied().unwrap_or(0),
            )
        } else {
            let generic_def = MethodRef {
                id: r.id,
                type_args: r.type_args.clone(),
                method_args: Arc::from([]),
            };
            match self.method_refs.get(&generic_def) {
                Some(&t) if !r.method_args.is_empty() => t,
                _ => {
                    let sym = self.world.method(r.id);
                    let parent = self.member_parent(r.id.ty, &r.type_args);
                    let sig = self.method_sig(&sym);
                    let t = self
                        .md
                        .add_member_ref(parent, &sym.name, &encode::method_sig(&sig))
                        .token();
                    self.method_refs.insert(generic_def, t);
                    t
                }
            }
        };
        let t = if r.method_args.is_empty() {
            base
        } else {
            let args = MethodSpecSig {
                args: r.method_args.iter().map(|a| self.sig(a)).collect(),
            };
            self.md
                .add_method_spec(base, &encode::method_spec_sig(&args))
                .token()
        };
        self.method_refs.insert(r.clone(), t);
        t
    }

    /// The token of a field (Field row or MemberRef).
    pub fn field(&mut self, r: &FieldRef) -> Token {
        if let Some(&t) = self.field_refs.get(r) {
            return t;
        }
        let t = if r.id.ty.is_source() && r.type_args.is_empty() {
            Token::new(
                TableId::Field,
                self.defs.field_defs.get(&r.id).copied().unwrap_or(0),
            )
        } else {
            let sym = self.world.field(r.id);
            let parent = self.member_parent(r.id.ty, &r.type_args);
            let sig = FieldSig {
                ty: self.sig(&sym.ty),
            };
            self.md
                .add_member_ref(parent, &sym.name, &encode::field_sig(&sig))
                .token()
        };
        self.field_refs.insert(r.clone(), t);
        t
    }

    /// The StandAloneSig of a method's locals (those at `pinned` indices pinned).
    pub fn locals_sig(&mut self, locals: &[Ty], pinned: &[usize]) -> Token {
        if locals.is_empty() {
            return Token(0);
        }
        if pinned.is_empty() {
            if let Some(&t) = self.locals.get(locals) {
                return t;
            }
        }
        let sig = LocalVarSig {
            locals: (locals.iter().enumerate())
                .map(|(i, l)| match self.sig(l) {
                    s if pinned.contains(&i) => TypeSig::Pinned(Box::new(s)),
                    s => s,
                })
                .collect(),
        };
        let blob = encode::local_var_sig(&sig);
        let t = match self.standalone.get(&blob) {
            Some(&t) => t,
            None => {
                let t = self.md.add_standalone_sig(&blob).token();
                self.standalone.insert(blob, t);
                t
            }
        };
        if pinned.is_empty() {
            self.locals.insert(locals.into(), t);
        }
        t
    }
}

impl Tokens<'_> {
    /// A method of a multi-dimensional array type (`Get`, `Set`, `Address`, `.ctor`),
    /// which the runtime provides: a MemberRef on the array's TypeSpec.
    pub fn array_method(&mut self, array: &Ty, name: &str, ret: &Ty, params: &[Ty]) -> Token {
        let parent = self.type_spec(array);
        let sig = MethodSig {
            call_conv: CallingConvention {
                has_this: true,
                ..Default::default()
            },
            generic_params: 0,
            ret: self.sig(ret),
            params: params.iter().map(|p| self.sig(p)).collect(),
            varargs: Vec::new(),
        };
        self.md
            .add_member_ref(parent, name, &encode::method_sig(&sig))
            .token()
    }
}
