//! Types and members as VB spells them in diagnostics (`Integer`, `List(Of String)`,
//! `Integer()`, `Sub Main()`).

use frontend_core::symbols::{MethodSym, World, strip_arity};
use frontend_core::types::Ty;

/// A type's VB name.
pub fn ty(world: &World, t: &Ty) -> String {
    match t {
        Ty::Void => "Void".into(),
        Ty::Bool => "Boolean".into(),
        Ty::Char => "Char".into(),
        Ty::I1 => "SByte".into(),
        Ty::U1 => "Byte".into(),
        Ty::I2 => "Short".into(),
        Ty::U2 => "UShort".into(),
        Ty::I4 => "Integer".into(),
        Ty::U4 => "UInteger".into(),
        Ty::I8 => "Long".into(),
        Ty::U8 => "ULong".into(),
        Ty::R4 => "Single".into(),
        Ty::R8 => "Double".into(),
        Ty::I => "System.IntPtr".into(),
        Ty::U => "System.UIntPtr".into(),
        Ty::String => "String".into(),
        Ty::Object => "Object".into(),
        Ty::Null => "Nothing".into(),
        Ty::Error => "?".into(),
        Ty::Var(n) => format!("T{n}"),
        Ty::MVar(n) => format!("M{n}"),
        Ty::Ptr(e) => format!("{}*", ty(world, e)),
        Ty::ByRef(e) => format!("ByRef {}", ty(world, e)),
        Ty::Array(e, rank) => {
            let mut specs = vec![*rank];
            let mut inner = e.as_ref();
            while let Ty::Array(e2, r2) = inner {
                specs.push(*r2);
                inner = e2;
            }
            let mut s = ty(world, inner);
            for r in specs {
                s.push('(');
                s.push_str(&",".repeat(r as usize - 1));
                s.push(')');
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
                s.push_str("(Of ");
                for (i, a) in own.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    match a {
                        Ty::Var(n) if *n as usize == i + own_start => s.push_str(
                            &sym.generic_params
                                .get(i + own_start)
                                .map(|g| g.name.clone())
                                .unwrap_or_else(|| ty(world, a)),
                        ),
                        other => s.push_str(&ty(world, other)),
                    }
                }
                s.push(')');
            }
            s
        }
    }
}

/// `Public Sub M(x As Integer)` as Roslyn's VB messages name a method: `Sub M(x As
/// Integer)` / `Function F() As Integer`.
pub fn method(world: &World, m: &MethodSym) -> String {
    let name = if m.is_ctor() { "New" } else { m.name.as_str() };
    let kw = if m.ret == Ty::Void { "Sub" } else { "Function" };
    let mut s = format!("Public {kw} {name}(");
    if m.flags & frontend_core::symbols::method_flags::ACCESS_MASK
        != frontend_core::symbols::method_flags::PUBLIC
    {
        s = format!("{kw} {name}(");
    }
    for (i, p) in m.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        // Roslyn shows optional parameters in brackets with their default.
        if p.default.is_some() {
            s.push('[');
        }
        if p.mode != frontend_core::symbols::ParamMode::Value {
            s.push_str("ByRef ");
        }
        if p.is_params {
            s.push_str("ParamArray ");
        }
        s.push_str(&format!("{} As {}", p.name, ty(world, &p.ty)));
        if let Some(d) = &p.default {
            s.push_str(" = ");
            s.push_str(&constant(d));
            s.push(']');
        }
    }
    s.push(')');
    if m.ret != Ty::Void {
        s.push_str(&format!(" As {}", ty(world, &m.ret)));
    }
    s
}

/// A default value as VB writes it.
fn constant(c: &frontend_core::constant::ConstValue) -> String {
    use frontend_core::constant::ConstValue as C;
    match c {
        C::Null => "Nothing".into(),
        C::Bool(true) => "True".into(),
        C::Bool(false) => "False".into(),
        C::String(s) => format!("\"{}\"", String::from_utf16_lossy(s)),
        C::Char(ch) => format!("\"{}\"c", String::from_utf16_lossy(&[*ch])),
        C::R8(f) => f.to_string(),
        C::R4(f) => f.to_string(),
        other => other.as_i128().map(|v| v.to_string()).unwrap_or_default(),
    }
}
