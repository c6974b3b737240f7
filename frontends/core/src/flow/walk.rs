//! The walk behind [`super::analyze`]: one pass over a body's statements in execution
//! order, carrying the set of possibly unassigned locals (`None` where unreachable).
//! Loops iterate until their head state stops growing; `goto`s deposit their state at
//! the label, and a `goto` that adds to a label the pass already went by (a backward
//! jump outside a loop statement) makes the whole body run again.

use super::{Analysis, ReadKind, UnassignedRead};
use crate::ir::visit::{self, Child};
use crate::ir::{Body, Expr, ExprKind, LabelId, LocalId, Stmt};
use crate::source::TextRange;
use std::collections::{BTreeMap, BTreeSet, HashSet};

type Set = BTreeSet<LocalId>;
/// The locals that may be unassigned here; `None` where no path reaches.
type State = Option<Set>;

/// Bounds on the fixed-point iterations (the sets only grow, so these are never reached
/// by a body of reasonable size; past them the analysis stops refining).
const MAX_PASSES: usize = 16;
const MAX_LOOP_ROUNDS: usize = 64;

fn join(a: State, b: State) -> State {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(mut a), Some(b)) => {
            a.extend(b);
            Some(a)
        }
    }
}

pub(super) fn run(body: &Body) -> Analysis {
    let mut scope_locals: BTreeMap<u32, Vec<LocalId>> = BTreeMap::new();
    for (i, l) in body.locals.iter().enumerate() {
        scope_locals
            .entry(l.scope)
            .or_default()
            .push(LocalId(i as u32));
    }
    let mut w = Walker {
        scope_locals,
        state: None,
        labels: BTreeMap::new(),
        passed: HashSet::new(),
        changed: false,
        statement: None,
        params: HashSet::new(),
        seen: HashSet::new(),
        reads: Vec::new(),
    };
    let mut stmts = body.stmts.clone();
    let all: Set = (0..body.locals.len() as u32).map(LocalId).collect();
    let mut end_reachable = true;
    for _ in 0..MAX_PASSES {
        w.changed = false;
        w.passed.clear();
        w.statement = None;
        w.state = Some(
            all.iter()
                .filter(|l| !w.params.contains(l))
                .copied()
                .collect(),
        );
        w.block(&mut stmts);
        end_reachable = w.state.is_some();
        if !w.changed {
            break;
        }
    }
    Analysis {
        unassigned_reads: w.reads,
        end_reachable,
    }
}

struct Walker {
    /// The locals each scope declares.
    scope_locals: BTreeMap<u32, Vec<LocalId>>,
    state: State,
    /// What arrives at each label by `goto` (and `Exit`/`Continue`/`break`).
    labels: BTreeMap<LabelId, Set>,
    /// Labels this pass has gone by.
    passed: HashSet<LabelId>,
    /// A `goto` added to a label already passed: run the body again.
    changed: bool,
    /// The statement being walked: the last sequence point.
    statement: Option<TextRange>,
    /// Lambda parameters and `catch` variables (assigned on entry to their lambda or
    /// handler).
    params: HashSet<LocalId>,
    seen: HashSet<UnassignedRead>,
    reads: Vec<UnassignedRead>,
}

impl Walker {
    fn read(&mut self, local: LocalId, kind: ReadKind) {
        let Some(s) = &self.state else {
            return;
        };
        if !s.contains(&local) {
            return;
        }
        let r = UnassignedRead {
            local,
            kind,
            statement: self.statement,
        };
        if self.seen.insert(r) {
            self.reads.push(r);
        }
    }

    fn assign(&mut self, local: LocalId) {
        if let Some(s) = &mut self.state {
            s.remove(&local);
        }
    }

    fn goto(&mut self, label: LabelId) {
        let Some(s) = self.state.take() else {
            return;
        };
        let at = self.labels.entry(label).or_default();
        let before = at.len();
        let first = before == 0;
        at.extend(s);
        if (first || at.len() != before) && self.passed.contains(&label) {
            self.changed = true;
        }
    }

    /// What arrived at `label` by jumps (consumed).
    fn take_label(&mut self, label: LabelId) -> State {
        self.labels.remove(&label).map(Some).unwrap_or(None)
    }

    fn block(&mut self, stmts: &mut [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match s {
            Stmt::Expr(e) => self.expr(e),
            Stmt::Block(b) => self.block(b),
            Stmt::SeqPoint(r) => self.statement = Some(*r),
            Stmt::ScopeStart(n) => {
                let fresh: Vec<LocalId> = self
                    .scope_locals
                    .get(n)
                    .map(|ls| {
                        ls.iter()
                            .filter(|l| !self.params.contains(l))
                            .copied()
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some(st) = &mut self.state {
                    st.extend(fresh);
                }
            }
            Stmt::If {
                condition,
                then,
                otherwise,
            } => {
                self.expr(condition);
                let at = self.state.clone();
                self.stmt(then);
                let after_then = self.state.take();
                self.state = at;
                if let Some(o) = otherwise {
                    self.stmt(o);
                }
                self.state = join(after_then, self.state.take());
            }
            Stmt::Loop {
                condition,
                body,
                step,
                break_label,
                continue_label,
            } => {
                let entry = self.state.clone();
                let statement = self.statement;
                let mut head = entry.clone();
                let mut exit = None;
                for _ in 0..MAX_LOOP_ROUNDS {
                    self.state = head.clone();
                    self.statement = statement;
                    if let Some(c) = condition.as_mut() {
                        self.expr(c);
                    }
                    exit = if condition.is_some() {
                        self.state.clone()
                    } else {
                        None
                    };
                    self.stmt(body);
                    let cont = self.take_label(*continue_label);
                    self.state = join(self.state.take(), cont);
                    self.block(step);
                    let next = join(entry.clone(), self.state.take());
                    if next == head {
                        break;
                    }
                    head = next;
                }
                self.statement = statement;
                let broke = self.take_label(*break_label);
                self.state = join(exit, broke);
            }
            Stmt::DoWhile {
                body,
                condition,
                break_label,
                continue_label,
            } => {
                let entry = self.state.clone();
                let statement = self.statement;
                let mut head = entry.clone();
                let mut exit = None;
                for _ in 0..MAX_LOOP_ROUNDS {
                    self.state = head.clone();
                    self.stmt(body);
                    let cont = self.take_label(*continue_label);
                    self.state = join(self.state.take(), cont);
                    self.statement = statement;
                    self.expr(condition);
                    exit = self.state.clone();
                    let next = join(entry.clone(), self.state.take());
                    if next == head {
                        break;
                    }
                    head = next;
                }
                let broke = self.take_label(*break_label);
                self.state = join(exit, broke);
            }
            Stmt::Label(l) => {
                self.passed.insert(*l);
                let arrived = self.labels.get(l).cloned();
                self.state = join(self.state.take(), arrived);
            }
            Stmt::Goto(l) => self.goto(*l),
            Stmt::Return(v) => {
                match v {
                    Some(Expr {
                        kind: ExprKind::Local(id),
                        ..
                    }) => self.read(*id, ReadKind::Returned),
                    Some(e) => self.expr(e),
                    None => {}
                }
                self.state = None;
            }
            Stmt::Throw(v) => {
                if let Some(e) = v {
                    self.expr(e);
                }
                self.state = None;
            }
            Stmt::Switch {
                value,
                cases,
                default,
                body,
                break_label,
            } => {
                self.expr(value);
                if let Some(at) = self.state.take() {
                    for l in cases.iter().map(|(_, l)| *l).chain([*default]) {
                        self.labels.entry(l).or_default().extend(at.iter().copied());
                    }
                }
                self.block(body);
                let broke = self.take_label(*break_label);
                self.state = join(self.state.take(), broke);
            }
            Stmt::Try {
                body,
                catches,
                finally,
            } => {
                let start = self.state.clone();
                self.block(body);
                let mut end = self.state.take();
                for c in catches {
                    self.state = start.clone();
                    if let Some(l) = c.local {
                        // Assigned on entry, whatever scopes the catch body opens.
                        self.params.insert(l);
                        self.assign(l);
                    }
                    if let Some(f) = &mut c.filter {
                        self.expr(f);
                    }
                    self.block(&mut c.body);
                    end = join(end, self.state.take());
                }
                self.state = match finally {
                    Some(f) => {
                        self.state = start.clone();
                        self.block(f);
                        match (end, self.state.take()) {
                            (Some(e), Some(fin)) => {
                                let start = start.unwrap_or_default();
                                let assigned: Set = start.difference(&fin).copied().collect();
                                Some(e.difference(&assigned).copied().collect())
                            }
                            _ => None,
                        }
                    }
                    None => end,
                };
            }
            Stmt::Yield(v) => {
                if let Some(e) = v {
                    self.expr(e);
                }
            }
        }
    }

    /// A local read as the receiver of a member access.
    fn receiver(&mut self, r: &mut Expr) {
        match r.kind {
            ExprKind::Local(id) => self.read(id, ReadKind::Receiver),
            _ => self.expr(r),
        }
    }

    /// The parts of an assignment target evaluated before the value (not the target
    /// itself).
    fn target_parts(&mut self, t: &mut Expr) {
        match &mut t.kind {
            ExprKind::Local(_) => {}
            ExprKind::Field {
                receiver: Some(r), ..
            } => self.receiver(r),
            ExprKind::Deref(x) => self.expr(x),
            _ => self.children(t),
        }
    }

    /// After a store to `t`: the local it names (or whose field it names) is assigned.
    fn assign_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Local(id) => self.assign(*id),
            ExprKind::Field {
                receiver: Some(r), ..
            } => self.assign_target(r),
            _ => {}
        }
    }

    fn children(&mut self, e: &mut Expr) {
        visit::children_mut(e, &mut |c| match c {
            Child::Expr(x) => self.expr(x),
            Child::Stmt(s) => self.stmt(s),
        });
    }

    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Local(id) => self.read(*id, ReadKind::Value),
            ExprKind::Assign { target, value } => {
                self.target_parts(target);
                self.expr(value);
                self.assign_target(target);
            }
            ExprKind::CompoundAssign { target, value, .. } => {
                self.target_parts(target);
                if let ExprKind::Local(id) = target.kind {
                    self.read(id, ReadKind::Value);
                }
                self.expr(value);
                self.assign_target(target);
            }
            ExprKind::AddressOf(x) => {
                match x.kind {
                    ExprKind::Local(id) => self.read(id, ReadKind::ByRef),
                    _ => self.target_parts(x),
                }
                self.assign_target(x);
            }
            ExprKind::Field {
                receiver: Some(r), ..
            } => self.receiver(r),
            ExprKind::Call(c) => {
                if let Some(r) = &mut c.receiver {
                    self.receiver(r);
                }
                for a in &mut c.args {
                    self.expr(a);
                }
            }
            ExprKind::Property(p) => {
                if let Some(r) = &mut p.receiver {
                    self.receiver(r);
                }
                for a in &mut p.args {
                    self.expr(a);
                }
            }
            ExprKind::Conditional {
                condition,
                then,
                otherwise,
            } => {
                self.expr(condition);
                let at = self.state.clone();
                self.expr(then);
                let after_then = self.state.take();
                self.state = at;
                self.expr(otherwise);
                self.state = join(after_then, self.state.take());
            }
            ExprKind::Coalesce(left, right) => {
                self.expr(left);
                let at = self.state.clone();
                self.expr(right);
                self.state = join(at, self.state.take());
            }
            ExprKind::Throw(x) => {
                self.expr(x);
                self.state = None;
            }
            ExprKind::Lambda(l) => {
                let outer = self.state.clone();
                let statement = self.statement;
                self.params.extend(l.params.iter().copied());
                let mut inner = outer.clone().unwrap_or_default();
                for p in &l.params {
                    inner.remove(p);
                }
                self.state = Some(inner);
                self.block(&mut l.body);
                self.state = outer;
                self.statement = statement;
            }
            _ => self.children(e),
        }
    }
}
