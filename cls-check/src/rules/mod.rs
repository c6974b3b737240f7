//! The rule driver: walks every externally visible type of the judged assembly and its
//! visible members, works out each one's compliance, and hands them to the rule modules.
//! Rules that concern a type as a whole (names, overloads, inheritance) see the type; the
//! signature rules see each member.

mod accessors;
mod attributes;
mod generics;
mod inheritance;
mod names;
mod overloads;
mod signatures;

use crate::compliance::member_access_visible;
use crate::finding::Finding;
use crate::model::{TypeKey, World, strip_arity};
use il_emit::TableId;
use il_emit::entity::Token;
use il_emit::signature::{MethodSig, decode};

/// A visible method of a type under judgment.
#[derive(Clone, Debug)]
pub(crate) struct Method {
    pub rid: u32,
    pub name: String,
    pub flags: u16,
    pub sig: Option<MethodSig>,
    /// Its own compliance (attribute, else the type's).
    pub compliant: bool,
    /// `[CLSCompliant(false)]` written on the member itself.
    pub declared_false: bool,
}

/// What the rules see of one visible type.
#[derive(Debug)]
pub(crate) struct TypeView {
    pub key: TypeKey,
    pub name: String,
    pub flags: u32,
    pub compliant: bool,
    pub methods: Vec<Method>,
    /// Visible fields: (rid, name, compliant).
    pub fields: Vec<(u32, String, bool)>,
    /// Properties: (rid, name, compliant).
    pub properties: Vec<(u32, String, bool)>,
    /// Events: (rid, name, compliant).
    pub events: Vec<(u32, String, bool)>,
}

impl TypeView {
    pub fn is_interface(&self) -> bool {
        self.flags & 0x20 != 0
    }

    /// `Lib.Api.Put(uint)`: a method's name as mcs prints it.
    pub fn method_name(&self, world: &World<'_>, m: &Method) -> String {
        let ret = m
            .sig
            .as_ref()
            .map(|s| world.sig_name(self.key.0, &s.ret))
            .unwrap_or_default();
        let simple = match m.name.as_str() {
            ".ctor" | ".cctor" => {
                strip_arity(self.name.rsplit('.').next().unwrap_or("")).to_owned()
            }
            "op_Implicit" => format!("implicit operator {ret}"),
            "op_Explicit" => format!("explicit operator {ret}"),
            n => match operator_token(n) {
                Some(op) if m.flags & 0x800 != 0 => format!("operator {op}"),
                _ => n.to_owned(),
            },
        };
        let type_params =
            world.generic_param_names(self.key.0, Token::new(TableId::TypeDef, self.key.1));
        let method_params =
            world.generic_param_names(self.key.0, Token::new(TableId::MethodDef, m.rid));
        let params = m
            .sig
            .as_ref()
            .map(|s| {
                let names: Vec<String> = s
                    .params
                    .iter()
                    .map(|p| world.sig_name_in(self.key.0, p, &type_params, &method_params))
                    .collect();
                names.join(", ")
            })
            .unwrap_or_default();
        let generics = world.generic_param_names(self.key.0, Token::new(TableId::MethodDef, m.rid));
        let generics = if generics.is_empty() {
            String::new()
        } else {
            format!("<{}>", generics.join(","))
        };
        format!("{}.{simple}{generics}({params})", self.name)
    }
}

/// The C# token of an operator method's metadata name.
fn operator_token(name: &str) -> Option<&'static str> {
    Some(match name {
        "op_Addition" | "op_UnaryPlus" => "+",
        "op_Subtraction" | "op_UnaryNegation" => "-",
        "op_Multiply" => "*",
        "op_Division" => "/",
        "op_Modulus" => "%",
        "op_BitwiseAnd" => "&",
        "op_BitwiseOr" => "|",
        "op_ExclusiveOr" => "^",
        "op_LeftShift" => "<<",
        "op_RightShift" => ">>",
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_LogicalNot" => "!",
        "op_OnesComplement" => "~",
        "op_Increment" => "++",
        "op_Decrement" => "--",
        "op_True" => "true",
        "op_False" => "false",
        _ => return None,
    })
}

/// The compliance of a member: its own attribute, else its type's.
fn member_compliance(
    world: &World<'_>,
    asm: usize,
    token: Token,
    type_compliant: bool,
) -> (bool, bool) {
    match world.declared(asm, token) {
        Some(v) => (v, !v),
        None => (type_compliant, false),
    }
}

fn view(world: &World<'_>, key: TypeKey) -> Option<TypeView> {
    let (asm, rid) = key;
    let md = world.md(asm);
    let row = md.type_def(rid).ok()?;
    let compliant = world.type_compliant(key);
    let mut methods = Vec::new();
    for m in md.type_methods(rid).ok()? {
        let Ok(r) = md.method_def(m) else { continue };
        if !member_access_visible(r.flags) {
            continue;
        }
        let (c, declared_false) =
            member_compliance(world, asm, Token::new(TableId::MethodDef, m), compliant);
        methods.push(Method {
            rid: m,
            name: md.string(r.name).unwrap_or("?").to_owned(),
            flags: r.flags,
            sig: md
                .blob(r.signature)
                .ok()
                .and_then(|b| decode::method_sig(b).ok()),
            compliant: c,
            declared_false,
        });
    }
    let mut fields = Vec::new();
    for f in md.type_fields(rid).ok()? {
        let Ok(r) = md.field(f) else { continue };
        // Skip an enum's `value__` (rtspecialname); its type is the enum's base type.
        if member_access_visible(r.flags) && r.flags & 0x400 == 0 {
            let (c, _) = member_compliance(world, asm, Token::new(TableId::Field, f), compliant);
            fields.push((f, md.string(r.name).unwrap_or("?").to_owned(), c));
        }
    }
    // A property or event is visible when one of its accessors is (MethodSemantics is
    // sorted by Association).
    let visible_accessor = |assoc: Token| -> bool {
        md.rows_for(TableId::MethodSemantics, 2, assoc)
            .is_ok_and(|rows| {
                rows.into_iter().any(|s| {
                    md.method_semantics(s)
                        .is_ok_and(|ms| methods.iter().any(|m| m.rid == ms.method))
                })
            })
    };
    let mut properties = Vec::new();
    for p in md.type_properties(rid).ok()? {
        let token = Token::new(TableId::Property, p);
        if visible_accessor(token) {
            let (c, _) = member_compliance(world, asm, token, compliant);
            properties.push((
                p,
                md.property(p)
                    .ok()
                    .and_then(|r| md.string(r.name).ok())
                    .unwrap_or("?")
                    .to_owned(),
                c,
            ));
        }
    }
    let mut events = Vec::new();
    for e in md.type_events(rid).ok()? {
        let token = Token::new(TableId::Event, e);
        if visible_accessor(token) {
            let (c, _) = member_compliance(world, asm, token, compliant);
            events.push((
                e,
                md.event(e)
                    .ok()
                    .and_then(|r| md.string(r.name).ok())
                    .unwrap_or("?")
                    .to_owned(),
                c,
            ));
        }
    }
    Some(TypeView {
        key,
        name: world.type_name(key),
        flags: row.flags,
        compliant,
        methods,
        fields,
        properties,
        events,
    })
}

/// Runs every rule over the judged assembly.
pub(crate) fn run(world: &World<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let md = world.md(0);
    let assembly = world.assembly_compliance(0);
    let types: Vec<TypeView> = (1..=md.row_count(TableId::TypeDef))
        .filter(|&rid| world.type_visible((0, rid)))
        .filter_map(|rid| view(world, (0, rid)))
        .collect();
    inheritance::marked_compliant_in_noncompliant_scope(world, assembly, &types, &mut out);
    // Without the attribute nothing is judged; with `CLSCompliant(false)` the types that
    // opt back in still are (as mcs does).
    if assembly.is_none() {
        return out;
    }
    attributes::check(world, assembly, &types, &mut out);
    names::check_type_names(world, &types, &mut out);
    for t in types.iter().filter(|t| !t.compliant) {
        inheritance::members_marked_compliant_in_noncompliant_type(world, t, &mut out);
    }
    for t in types.iter().filter(|t| t.compliant) {
        names::check_members(world, t, &mut out);
        overloads::check(world, t, &mut out);
        inheritance::check(world, t, &mut out);
        signatures::check(world, t, &mut out);
        generics::check(world, t, &mut out);
        accessors::check(world, t, &mut out);
    }
    out
}
