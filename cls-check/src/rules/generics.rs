//! Generics (rules 43 and 45): constraint types of a compliant type's or method's generic
//! parameters are compliant (CS3024), and a generic type's name ends in `` `n `` for the
//! parameters it introduces (rule 43, which no C# compiler reports).

use super::TypeView;
use crate::finding::Finding;
use crate::model::World;
use il_emit::TableId;
use il_emit::entity::Token;

fn constraints(
    world: &World<'_>,
    asm: usize,
    owner: Token,
    owner_name: &str,
    out: &mut Vec<Finding>,
) {
    let md = world.md(asm);
    for gp in md.generic_params(owner).into_iter().flatten() {
        for c in md
            .rows_for(
                TableId::GenericParamConstraint,
                0,
                Token::new(TableId::GenericParam, gp),
            )
            .into_iter()
            .flatten()
        {
            let Ok(row) = md.generic_param_constraint(c) else {
                continue;
            };
            if !world.referenced_type_compliant(asm, row.constraint) {
                let ty = world.token_name(asm, row.constraint);
                out.push(Finding {
                    target: owner.0,
                    member: owner_name.to_owned(),
                    code: Some("CS3024"),
                    rule: 45,
                    message: format!(
                        "constraint type '{ty}' of '{owner_name}' is not CLS-compliant"
                    ),
                });
            }
        }
    }
}

pub(super) fn check(world: &World<'_>, t: &TypeView, out: &mut Vec<Finding>) {
    let (asm, rid) = t.key;
    let md = world.md(asm);
    constraints(world, asm, Token::new(TableId::TypeDef, rid), &t.name, out);
    for m in t.methods.iter().filter(|m| m.compliant) {
        constraints(
            world,
            asm,
            Token::new(TableId::MethodDef, m.rid),
            &t.method_name(world, m),
            out,
        );
    }
    let own = md
        .generic_params(Token::new(TableId::TypeDef, rid))
        .map(|r| r.len())
        .unwrap_or(0);
    let inherited = match md.enclosing_type(rid) {
        Ok(Some(outer)) => md
            .generic_params(Token::new(TableId::TypeDef, outer))
            .map(|r| r.len())
            .unwrap_or(0),
        _ => 0,
    };
    let introduced = own.saturating_sub(inherited);
    let raw = md
        .type_def(rid)
        .ok()
        .and_then(|r| md.string(r.type_name).ok())
        .unwrap_or("");
    let suffix = raw
        .rsplit_once('`')
        .and_then(|(_, n)| n.parse::<usize>().ok())
        .unwrap_or(0);
    if introduced != suffix {
        out.push(Finding {
            target: Token::new(TableId::TypeDef, rid).0,
            member: t.name.clone(),
            code: None,
            rule: 43,
            message: format!(
                "the name of generic type '{raw}' does not encode its {introduced} type parameters"
            ),
        });
    }
}
