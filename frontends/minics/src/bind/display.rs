//! Types and members as C# spells them in diagnostics (`int`, `List<string>`,
//! `Outer.Inner`, `Program.Main(string[])`).

use frontend_core::symbols::{MethodSym, World, strip_arity};
use frontend_core::types::Ty;

/// A type's C# name. `type_params`/`method_params` name `Var`/`MVar` when known.
pub fn ty(world: &World, t: &Ty) -> String {
    match t {
        Ty::Void => "void".into(),
        Ty::Bool => "bool".into(),
        Ty::Char => "char".into(),
        Ty::I1 => "sbyte".into(),
        Ty::U1 => "byte".into(),
        Ty::I2 => "short".into(),
        Ty::U2 => "ushort".into(),
        Ty::I4 => "int".into(),
        Ty::U4 => "uint".into(),
        Ty::I8 => "long".into(),
        Ty::U8 => "ulong".into(),
        Ty::R4 => "float".into(),
        Ty::R8 => "double".into(),
        Ty::I => "System.IntPtr".into(),
        Ty::U => "System.UIntPtr".into(),
        Ty::String => "string".into(),
        Ty::Object => "object".into(),
        Ty::Null => "<null>".into(),
        Ty::Error => "?".into(),
        Ty::Var(n) => format!("T{n}"),
        Ty::MVar(n) => format!("M{n}"),
        Ty::Ptr(e) => format!("{}*", ty(world, e)),
        Ty::ByRef(e) => format!("ref {}", ty(world, e)),
        Ty::Array(e, rank) => {
            // C# prints the outermost rank first: `int[][,]`.
            let mut specs = vec![*rank];
            let mut inner = e.as_ref();
            while let Ty::Array(e2, r2) = inner {
                specs.push(*r2);
                inner = e2;
            }
            let mut s = ty(world, inner);
            for r in specs {
                s.push('[');
                s.push_str(&",".repeat(r as usize - 1));
                s.push(']');
            }
            s
        }
        Ty::Named(id, args) => {
            if let Some(u) = world.nullable_underlying(t) {
                return format!("{}?", ty(world, &u));
            }
            let sym = world.ty(*id);
            let mut s = match sym.enclosing {
                Some(outer) => {
                    let outer_n = world.ty(outer).generic_params.len().min(args.len());
                    let outer_ty = Ty::Named(outer, args[..outer_n].iter().cloned().collect());
                    format!("{}.", ty(world, &outer_ty))
                }
                None if sym.namespace.is_empty() => String::new(),
                None => format!("{}.", sym.namespace),
            };
            s.push_str(strip_arity(&sym.name));
            let own_start = sym
                .enclosing
                .map_or(0, |o| world.ty(o).generic_params.len());
            let own = args.get(own_start..).unwrap_or(&[]);
            if !own.is_empty() {
                s.push('<');
                for (i, a) in own.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&ty_short(world, a, sym, i + own_start));
                }
                s.push('>');
            }
            s
        }
    }
}

fn ty_short(world: &World, t: &Ty, owner: &frontend_core::symbols::TypeSym, i: usize) -> String {
    match t {
        Ty::Var(n) if *n as usize == i => owner
            .generic_params
            .get(i)
            .map(|g| g.name.clone())
            .unwrap_or_else(|| ty(world, t)),
        other => ty(world, other),
    }
}

/// `Type.Method(int, string)`.
pub fn method(world: &World, owner: &Ty, m: &MethodSym) -> String {
    // `System.String` prints as `string`.
    let owner = &match owner {
        Ty::Named(id, args) => world.normalize(*id, args.clone()),
        other => other.clone(),
    };
    let mut s = ty(world, owner);
    s.push('.');
    if m.is_ctor() || m.name == ".cctor" {
        let id = world.type_def_of(owner);
        let n = id
            .map(|i| strip_arity(&world.ty(i).name).to_owned())
            .unwrap_or_default();
        s.push_str(&n);
    } else {
        s.push_str(&m.name);
    }
    s.push('(');
    for (i, p) in m.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match p.mode {
            frontend_core::symbols::ParamMode::Ref => s.push_str("ref "),
            frontend_core::symbols::ParamMode::Out => s.push_str("out "),
            _ => {}
        }
        if p.is_params {
            s.push_str("params ");
        }
        s.push_str(&ty(world, &p.ty));
    }
    s.push(')');
    s
}
