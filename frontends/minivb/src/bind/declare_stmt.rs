//! VB's `Declare [Ansi|Unicode|Auto] Sub|Function name Lib "lib" [Alias "entry"] (…)`:
//! a shared method without a body, recorded in `Declared::declares` so that the binder
//! synthesizes its `DllImport` (CharSet, the alias as entry point, and `SetLastError`,
//! which vbc always sets for `Declare`); the shared emitter writes the ImplMap.

use super::declare::*;
use super::scope::GenericContext;
use crate::syntax::{Ident, Modifier, Signature};
use frontend_core::symbols::{MethodId, MethodSym, TypeDetails, method_flags as mf};
use frontend_core::types::Ty;

/// The parts of a `Declare` statement.
pub(crate) struct DeclareStmt<'s> {
    pub charset: Option<&'s Ident>,
    pub signature: &'s Signature,
    pub library: &'s str,
    pub alias: Option<&'s str>,
}

impl<'a> Declarer<'a, '_> {
    /// Declares the method of a `Declare` statement in `d`.
    pub(crate) fn declare_statement(
        &mut self,
        (si, site): (usize, &TypeSite<'a>),
        g: &GenericContext,
        d: &mut TypeDetails,
        mods: &[Modifier],
        stmt: DeclareStmt<'_>,
    ) {
        let signature = stmt.signature;
        let ret = match &signature.return_type {
            Some(t) => self.ty(site, g, t),
            None if signature.kind == crate::syntax::MethodKind::Function => {
                type_char_ty(signature.name.type_char).unwrap_or(Ty::Object)
            }
            None => Ty::Void,
        };
        let ps = self.params(site, g, &signature.params);
        let flags = access(mods, mf::PUBLIC) | mf::HIDE_BY_SIG | mf::STATIC;
        let idx = d.methods.len() as u32;
        d.methods
            .push(MethodSym::new(signature.name.text.clone(), flags, ret, ps));
        // CharSet.Ansi (the default), Unicode, Auto.
        let set = match stmt.charset.map(|c| c.text.to_ascii_lowercase()) {
            Some(c) if c == "unicode" => 3,
            Some(c) if c == "auto" => 4,
            _ => 2,
        };
        let entry = stmt
            .alias
            .map_or_else(|| signature.name.text.clone(), str::to_owned);
        let id = MethodId { ty: site.id, idx };
        self.out
            .declares
            .push((id, stmt.library.to_owned(), entry, set));
        self.push_method(
            si,
            site,
            idx,
            BodySyntax::None,
            g.clone(),
            signature.name.range,
            None,
        );
    }
}
