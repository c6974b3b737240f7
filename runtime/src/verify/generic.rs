//! Generic parameters as the verifier sees them. The type system fully specializes
//! generics and has no open types, so a generic definition is verified once over
//! *placeholders*: opaque types named `!0`, `!!0`, … (one per position, shared by every
//! definition), with each definition's constraints kept here beside them.

use crate::loader::AssemblyIdx;
use crate::typesys::{GenericCtx, LoadState, TResult, TypeId, TypeInfo, TypeKind, TypeSystem};
use il_emit::TableId;
use il_emit::entity::Token;
use std::collections::HashMap;

/// The namespace that marks a placeholder type.
const PARAM_NS: &str = "<generic parameter>";

/// Whether `ty` is a generic-parameter placeholder.
pub fn is_param(ts: &TypeSystem, ty: TypeId) -> bool {
    let t = ts.ty(ty);
    t.def.is_none() && t.namespace == PARAM_NS && t.kind == TypeKind::Class
}

/// The placeholder for type parameter `index` (`!index`, or `!!index` of a method).
pub fn placeholder(ts: &mut TypeSystem, method: bool, index: u32) -> TypeId {
    let name = match method {
        true => format!("!!{index}"),
        false => format!("!{index}"),
    };
    if let Some(i) = ts
        .types
        .iter()
        .position(|t| t.def.is_none() && t.namespace == PARAM_NS && t.name == name)
    {
        return TypeId(i as u32);
    }
    let id = TypeId(ts.types.len() as u32);
    ts.types.push(TypeInfo {
        namespace: PARAM_NS.to_owned(),
        name,
        def: None,
        kind: TypeKind::Class,
        flags: 0x1,
        parent: None,
        state: LoadState::Loaded,
        size: 8,
        align: 8,
        ref_offsets: Vec::new(),
        fields: Vec::new(),
        methods: Vec::new(),
        vtable: Vec::new(),
        interfaces: Vec::new(),
        cctor: None,
        statics: 0,
        statics_size: 0,
        static_ref_offsets: Vec::new(),
        init_flag: 0,
        arity: 0,
        inst: Vec::new(),
        generic_methods: Vec::new(),
        variance: Vec::new(),
    });
    id
}

/// What a generic parameter's constraints promise.
#[derive(Clone, Debug, Default)]
pub struct ParamInfo {
    /// `class`: a reference type.
    pub class: bool,
    /// `struct`: a non-nullable value type.
    pub value_type: bool,
    /// Base class and interface constraints.
    pub constraints: Vec<TypeId>,
}

/// The constraints of the placeholders in scope of one method.
#[derive(Clone, Debug, Default)]
pub struct Params(pub HashMap<TypeId, ParamInfo>);

impl Params {
    pub fn get(&self, ty: TypeId) -> Option<&ParamInfo> {
        self.0.get(&ty)
    }

    /// Reads the generic parameters of `owner` (a TypeDef or MethodDef of `asm`) whose
    /// placeholders are `args`, resolving constraints in `ctx`.
    pub fn add(
        &mut self,
        ts: &mut TypeSystem,
        asm: AssemblyIdx,
        owner: Token,
        args: &[TypeId],
        ctx: &GenericCtx,
    ) -> TResult<()> {
        let md = &ts.loader.get(asm).image.metadata;
        let range = md.generic_params(owner)?;
        let n_constraints = md.row_count(TableId::GenericParamConstraint);
        let mut found = Vec::new();
        for gp in range {
            let row = md.generic_param(gp)?;
            let mut tokens = Vec::new();
            for c in 1..=n_constraints {
                let crow = md.generic_param_constraint(c)?;
                if crow.owner == gp {
                    tokens.push(crow.constraint);
                }
            }
            found.push((row.number, row.flags, tokens));
        }
        for (number, flags, tokens) in found {
            let Some(&ty) = args.get(number as usize) else {
                continue;
            };
            let mut info = ParamInfo {
                class: flags & 0x04 != 0,
                value_type: flags & 0x08 != 0,
                constraints: Vec::new(),
            };
            for t in tokens {
                if let Ok(c) = ts.resolve_type_token(asm, t, ctx) {
                    info.constraints.push(c);
                }
            }
            self.0.insert(ty, info);
        }
        Ok(())
    }
}
