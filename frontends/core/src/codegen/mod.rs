//! IL code generation from the typed IR: one method body at a time, through il-emit's
//! `IlBuilder`. Statements and control flow live here (`leave` out of protected regions,
//! returns through a single exit when inside `try`, `switch` tables or compare chains,
//! exception regions); expressions in `expr`, stores and addresses in `store`.
//!
//! This is also where compound assignment, string `switch` and string concatenation are
//! lowered to IL patterns, so the binders never build them twice.

mod branch;
mod convert;
mod expr;
mod regions;
mod store;

use crate::emit::deferred::{Recorder, Request};
use crate::ir::{Body, Catch, LabelId, Stmt};
use crate::source::TextRange;
use crate::types::Ty;
use il_emit::il::{IlBuilder, IlError, Label, Opcode, Region, RegionKind};
use regions::{LabelPlaces, Place};

/// A generated body: IL, exception clauses, locals and sequence points.
#[derive(Debug)]
pub struct GeneratedBody {
    pub il: il_emit::il::EncodedIl,
    pub locals: Vec<Ty>,
    /// The indices of pinned locals.
    pub pinned: Vec<usize>,
    /// IL offset and source range of each sequence point, in IL order.
    pub sequence_points: Vec<(u32, TextRange)>,
    /// The tokens the code names, by number: the code holds provisional tokens (these
    /// numbers) until the module resolves them (`emit::deferred`).
    pub requests: Vec<Request>,
}

/// What the generator needs to know about the method itself.
#[derive(Clone, Debug)]
pub struct MethodContext {
    pub is_static: bool,
    /// The declaring type is a value type (`this` is a managed pointer).
    pub this_is_byref: bool,
    pub return_type: Ty,
}

/// Generates a method body, its tokens provisional (see [`GeneratedBody::requests`]).
pub fn generate(
    tokens: &mut Recorder<'_>,
    cx: &MethodContext,
    body: &Body,
) -> Result<GeneratedBody, IlError> {
    // Requests left over from a body that failed.
    tokens.take();
    let mut g = Gen {
        t: tokens,
        il: IlBuilder::new(),
        cx: cx.clone(),
        locals: {
            // Room for the temporaries codegen adds, so they do not regrow the table.
            let mut locals = Vec::with_capacity(body.locals.len() + 8);
            locals.extend(body.locals.iter().map(|l| l.ty.clone()));
            locals
        },
        labels: vec![None; body.label_count as usize],
        stmts: &body.stmts,
        label_count: body.label_count,
        label_regions: None,
        places: LabelPlaces::default(),
        regions: Vec::new(),
        region_counter: 0,
        exit: None,
        old_value: Vec::new(),
        postfix_result: Vec::new(),
        seq_labels: Vec::with_capacity(16),
        marked_at: None,
    };
    g.stmts(&body.stmts);
    if let Some((label, local)) = g.exit {
        g.il.mark_label(label)?;
        if let Some(l) = local {
            g.il.ldloc(l);
        }
        g.il.ret(local.is_some());
    } else if g.falls_through() && cx.return_type == Ty::Void {
        // A value-returning method never reaches its end (the front ends report
        // CS0161/BC42105 otherwise): no `ret` there, which would pop a value the stack
        // does not hold (dead, but JITs read it).
        g.il.ret(false);
    }
    let seq = std::mem::take(&mut g.seq_labels);
    let locals = std::mem::take(&mut g.locals);
    let mut il = g.il.finish()?;
    let mut sequence_points: Vec<(u32, TextRange)> = seq
        .into_iter()
        .map(|(l, r)| (il.label_offsets[l.index()], r))
        .collect();
    // Read: the body waits for its turn to be written without them.
    il.label_offsets = Vec::new();
    // Several points at one offset: the last one wins (the earlier ones emitted nothing).
    sequence_points.dedup_by(|b, a| {
        if a.0 == b.0 {
            a.1 = b.1;
            true
        } else {
            false
        }
    });
    Ok(GeneratedBody {
        il,
        pinned: (body.locals.iter().enumerate())
            .filter(|(_, l)| l.pinned)
            .map(|(i, _)| i)
            .collect(),
        locals,
        sequence_points,
        requests: tokens.take(),
    })
}

/// The state of one body's generation.
pub(crate) struct Gen<'a, 'w> {
    pub(crate) t: &'a mut Recorder<'w>,
    pub(crate) il: IlBuilder,
    cx: MethodContext,
    /// Declared locals, then temporaries.
    locals: Vec<Ty>,
    /// The builder's label for each IR label, by `LabelId`.
    labels: Vec<Option<Label>>,
    /// The body's statements, for `label_regions`.
    stmts: &'a [Stmt],
    /// Where each label sits among the protected regions: computed at the first jump
    /// (bodies without `goto`/`break`/`continue` never need it).
    label_regions: Option<LabelPlaces>,
    /// The places of the labels generated so far and of the `break`/`continue` labels of
    /// the statements being generated: a jump to one of them needs no `label_regions`.
    places: LabelPlaces,
    label_count: u32,
    /// The protected regions (try bodies and handlers) being generated, innermost last.
    regions: Vec<u32>,
    region_counter: u32,
    /// The single exit used by `return` inside protected regions: label and local.
    exit: Option<(Label, Option<u16>)>,
    /// How to load a compound assignment's old value (innermost last).
    old_value: Vec<store::OldValue>,
    /// Postfix `x++`: the temporary that receives the old value (innermost last).
    postfix_result: Vec<Option<u16>>,
    seq_labels: Vec<(Label, TextRange)>,
    /// The instruction count when a label was last bound.
    marked_at: Option<usize>,
}

impl Gen<'_, '_> {
    pub(crate) fn temp(&mut self, ty: Ty) -> u16 {
        self.locals.push(ty);
        (self.locals.len() - 1) as u16
    }

    fn label(&mut self, id: LabelId) -> Label {
        let i = id.0 as usize;
        if let Some(Some(l)) = self.labels.get(i) {
            return *l;
        }
        let l = self.il.new_label();
        if self.labels.len() <= i {
            self.labels.resize(i + 1, None);
        }
        self.labels[i] = Some(l);
        l
    }

    pub(crate) fn mark(&mut self, l: Label) {
        // A label is bound once by construction; a failure here is a generator bug that
        // `finish` reports as an unbound label.
        let _ = self.il.mark_label(l);
        self.marked_at = Some(self.il.len());
    }

    /// Whether the last instruction can fall through to the next.
    fn falls_through(&self) -> bool {
        // A label bound after the last instruction makes the end reachable from a jump.
        if self.marked_at == Some(self.il.len()) {
            return true;
        }
        !matches!(
            self.il.last_opcode(),
            Some(
                Opcode::Ret
                    | Opcode::Br
                    | Opcode::BrS
                    | Opcode::Throw
                    | Opcode::Rethrow
                    | Opcode::Leave
                    | Opcode::LeaveS
                    | Opcode::Endfinally
            )
        )
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        // The commonest statements first, in a small function: the general case below has
        // a large frame that every call would otherwise set up and tear down.
        match s {
            Stmt::Expr(e) => self.expr(e, false),
            Stmt::SeqPoint(r) => {
                let l = self.il.mark_position();
                self.seq_labels.push((l, *r));
            }
            Stmt::Block(b) => self.stmts(b),
            _ => self.stmt_general(s),
        }
    }

    #[inline(never)]
    fn stmt_general(&mut self, s: &Stmt) {
        match s {
            Stmt::Expr(e) => self.expr(e, false),
            Stmt::Block(b) => self.stmts(b),
            // Iterator bodies are lowered before generation (`emit` refuses them).
            Stmt::ScopeStart(_) | Stmt::Yield(_) => {}
            Stmt::SeqPoint(r) => {
                let l = self.il.mark_position();
                self.seq_labels.push((l, *r));
            }
            Stmt::If {
                condition,
                then,
                otherwise,
            } => {
                let else_l = self.il.new_label();
                self.branch(condition, false, else_l);
                self.stmt(then);
                match otherwise {
                    Some(o) => {
                        let end = self.il.new_label();
                        if self.falls_through() {
                            self.il.branch(Opcode::Br, end);
                        }
                        self.mark(else_l);
                        self.stmt(o);
                        self.mark(end);
                    }
                    None => self.mark(else_l),
                }
            }
            Stmt::Loop {
                condition,
                body,
                step,
                break_label,
                continue_label,
            } => {
                // Test at the bottom, as csc does: jump to the test, body, step, test.
                let test = self.il.new_label();
                let top = self.il.new_label();
                let cont = self.label(*continue_label);
                let brk = self.label(*break_label);
                self.define_here(&[*continue_label, *break_label]);
                if condition.is_some() {
                    self.il.branch(Opcode::Br, test);
                }
                self.mark(top);
                self.stmt(body);
                self.mark(cont);
                self.stmts(step);
                self.mark(test);
                match condition {
                    Some(c) => self.branch(c, true, top),
                    None => self.il.branch(Opcode::Br, top),
                }
                self.mark(brk);
            }
            Stmt::DoWhile {
                body,
                condition,
                break_label,
                continue_label,
            } => {
                let top = self.il.new_label();
                let cont = self.label(*continue_label);
                let brk = self.label(*break_label);
                self.define_here(&[*continue_label, *break_label]);
                self.mark(top);
                self.stmt(body);
                self.mark(cont);
                self.branch(condition, true, top);
                self.mark(brk);
            }
            Stmt::Label(id) => {
                self.define_here(&[*id]);
                let l = self.label(*id);
                self.mark(l);
            }
            Stmt::Goto(target) => self.goto(*target),
            Stmt::Return(value) => self.ret(value.as_ref()),
            Stmt::Switch {
                value,
                cases,
                default,
                body,
                break_label,
            } => {
                // The dispatch jumps forward to the case labels: those at the top of the
                // body are where the switch is.
                self.define_here(&[*break_label]);
                for s in body {
                    if let Stmt::Label(id) = s {
                        self.define_here(&[*id]);
                    }
                }
                self.switch(value, cases, *default);
                self.stmts(body);
                let brk = self.label(*break_label);
                self.mark(brk);
            }
            Stmt::Try {
                body,
                catches,
                finally,
            } => self.try_stmt(body, catches, finally.as_deref()),
            Stmt::Throw(Some(e)) => {
                self.expr(e, true);
                self.il.op(Opcode::Throw);
            }
            Stmt::Throw(None) => self.il.op(Opcode::Rethrow),
        }
    }

    /// Records that the labels are defined where generation is now.
    fn define_here(&mut self, labels: &[LabelId]) {
        let here = Place::of(&self.regions);
        for &l in labels {
            self.places.define(l, here);
        }
    }

    fn goto(&mut self, target: LabelId) {
        let l = self.label(target);
        let place = match self.places.get(target) {
            Some(p) => Some(p),
            None => {
                let (stmts, n) = (self.stmts, self.label_count);
                self.label_regions
                    .get_or_insert_with(|| LabelPlaces::collect(stmts, n))
                    .get(target)
            }
        };
        let inside = place == Some(Place::of(&self.regions));
        if inside {
            self.il.branch(Opcode::Br, l);
        } else {
            self.il.branch(Opcode::Leave, l);
        }
    }

    fn ret(&mut self, value: Option<&crate::ir::Expr>) {
        if self.regions.is_empty() {
            if let Some(v) = value {
                self.expr(v, true);
            }
            self.il.ret(value.is_some());
            return;
        }
        let (label, local) = match self.exit {
            Some(e) => e,
            None => {
                let l = self.il.new_label();
                let local = (self.cx.return_type != Ty::Void)
                    .then(|| self.temp(self.cx.return_type.clone()));
                self.exit = Some((l, local));
                (l, local)
            }
        };
        if let Some(v) = value {
            self.expr(v, true);
            if let Some(l) = local {
                self.il.stloc(l);
            }
        }
        self.il.branch(Opcode::Leave, label);
    }

    fn enter_region(&mut self) {
        self.region_counter += 1;
        self.regions.push(self.region_counter);
    }

    fn try_stmt(&mut self, body: &[Stmt], catches: &[Catch], finally: Option<&[Stmt]>) {
        let end = self.il.new_label();
        let outer = finally.is_some() && !catches.is_empty();
        let outer_start = self.il.new_label();
        if outer {
            self.region_counter += 1;
            self.regions.push(self.region_counter);
            self.mark(outer_start);
        }
        let try_start = self.il.new_label();
        let try_end = self.il.new_label();
        self.mark(try_start);
        self.enter_region();
        self.stmts(body);
        if self.falls_through() {
            self.il.branch(Opcode::Leave, end);
        }
        self.regions.pop();
        self.mark(try_end);
        let (body_start, body_end) = (try_start, try_end);
        for c in catches {
            let handler_start = self.il.new_label();
            let handler_end = self.il.new_label();
            self.enter_region();
            let kind = match &c.filter {
                None => {
                    self.mark(handler_start);
                    match c.local {
                        Some(l) => self.il.stloc(l.0 as u16),
                        None => self.il.op(Opcode::Pop),
                    }
                    RegionKind::Catch(self.t.type_token(&c.ty))
                }
                Some(filter) => {
                    let filter_start = self.il.new_label();
                    self.mark(filter_start);
                    // The stack holds the exception: test its type, store it, run the
                    // filter.
                    let has = self.il.new_label();
                    let done = self.il.new_label();
                    let ty = self.t.type_token(&c.ty);
                    self.il.op_token(Opcode::Isinst, ty);
                    self.il.op(Opcode::Dup);
                    self.il.branch(Opcode::Brtrue, has);
                    self.il.op(Opcode::Pop);
                    self.il.ldc_i4(0);
                    self.il.branch(Opcode::Br, done);
                    self.mark(has);
                    match c.local {
                        Some(l) => self.il.stloc(l.0 as u16),
                        None => self.il.op(Opcode::Pop),
                    }
                    self.expr(filter, true);
                    self.il.ldc_i4(0);
                    self.il.op(Opcode::CgtUn);
                    self.mark(done);
                    self.il.op(Opcode::Endfilter);
                    self.mark(handler_start);
                    self.il.op(Opcode::Pop);
                    RegionKind::Filter(filter_start)
                }
            };
            self.stmts(&c.body);
            if self.falls_through() {
                self.il.branch(Opcode::Leave, end);
            }
            self.regions.pop();
            self.mark(handler_end);
            self.il.add_region(Region {
                try_start: body_start,
                try_end: body_end,
                handler_start,
                handler_end,
                kind,
            });
        }
        if let Some(f) = finally {
            let (ts, te) = if outer {
                self.regions.pop();
                let te = self.il.new_label();
                self.mark(te);
                (outer_start, te)
            } else {
                (body_start, body_end)
            };
            let handler_start = self.il.new_label();
            let handler_end = self.il.new_label();
            self.mark(handler_start);
            self.enter_region();
            self.stmts(f);
            self.il.op(Opcode::Endfinally);
            self.regions.pop();
            self.mark(handler_end);
            self.il.add_region(Region {
                try_start: ts,
                try_end: te,
                handler_start,
                handler_end,
                kind: RegionKind::Finally,
            });
        }
        self.mark(end);
    }
}
