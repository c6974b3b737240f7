//! The `switch` statement: case labels folded to constants (CS0150, CS0152), sections
//! bound in order with fall-through checked (CS0163), lowered to compares and gotos.

use super::BodyBinder;
use crate::syntax as syn;
use frontend_core::constant::ConstValue;
use frontend_core::diag::Code;
use frontend_core::ir::{ExprKind, Stmt};
use frontend_core::source::TextRange;
use frontend_core::types::Ty;

impl BodyBinder<'_> {
    pub(super) fn switch(
        &mut self,
        value: &syn::Expr,
        sections: &[syn::SwitchSection],
        range: TextRange,
    ) -> Stmt {
        let v = self.expr(value);
        let governing = v.ty.clone();
        let ok = governing.is_integral()
            || governing == Ty::String
            || governing == Ty::Bool
            || self.world.is_enum(&governing)
            || governing.is_error();
        if !ok {
            let shown = self.show(&governing);
            self.error(Code::CS0151, value.range, &[&shown]);
        }
        let brk = self.body.new_label();
        // First the labels of every section, so `goto case` can jump forward.
        let mut cases = Vec::new();
        let mut default = None;
        let mut section_labels = Vec::new();
        for sec in sections {
            let l = self.body.new_label();
            section_labels.push(l);
            for lab in &sec.labels {
                match lab {
                    syn::SwitchLabel::Default => default = Some(l),
                    syn::SwitchLabel::Case(e) => {
                        let c = self.expr_to(e, &governing);
                        match c.kind {
                            ExprKind::Const(k) => {
                                if cases.iter().any(|(x, _): &(ConstValue, _)| *x == k) {
                                    let at = self.case_label(e.range);
                                    self.error(Code::CS0152, at, &[self.text(e.range)]);
                                }
                                cases.push((k, l));
                            }
                            _ if c.ty.is_error() => {}
                            _ => self.error(Code::CS0150, e.range, &[]),
                        }
                    }
                }
            }
        }
        self.switch_cases.push(cases.clone());
        self.switch_defaults.push(default);
        self.breakables.push((brk, None));
        let start = self.reachable;
        let at_value = self.unassigned.clone();
        let mut body = Vec::new();
        for (sec, l) in sections.iter().zip(&section_labels) {
            body.push(Stmt::Label(*l));
            self.reachable = start;
            self.unassigned = at_value.clone();
            self.push_scope();
            for s in &sec.statements {
                self.stmt(s, &mut body);
            }
            self.pop_scope();
            if self.reachable {
                let (label_text, at) = match sec.labels.last() {
                    Some(syn::SwitchLabel::Case(e)) => (
                        format!("case {}:", self.text(e.range)),
                        self.case_label(e.range),
                    ),
                    _ => ("default:".to_owned(), self.default_label(sec, range)),
                };
                self.error(Code::CS0163, at, &[&label_text]);
                body.push(Stmt::Goto(brk));
            }
        }
        self.breakables.pop();
        self.switch_cases.pop();
        self.switch_defaults.pop();
        self.leave_breakable(default.is_none() && start, at_value, brk);
        Stmt::Switch {
            value: Box::new(v),
            cases,
            default: default.unwrap_or(brk),
            body,
            break_label: brk,
        }
    }
}
