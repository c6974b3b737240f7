//! Constructors (Partition III §1.8.1.4): in an instance constructor of a class, `this`
//! is uninitialized until the constructor calls a constructor of its own class or of
//! its direct base on it. Before that, `this` may only receive stores to the class's
//! own fields (C#'s field initializers run first) and that one call; it may not be
//! passed, returned or stored. A constructor may not be `call`ed on anything else,
//! except a value type's constructor on its address.

use super::error::ErrorKind;
use super::interp::VResult;
use super::vtype::{Kind, READONLY, Sv, THIS, UNINIT};
use super::{State, Verifier};
use crate::typesys::MethodId;

impl Verifier<'_> {
    /// `call C::.ctor` with receiver `recv` (its arguments already popped).
    pub(crate) fn ctor_call(
        &mut self,
        recv: &Sv,
        m: MethodId,
        st: &mut State,
        off: u32,
    ) -> VResult<()> {
        let owner = self.env.ts.method(m).owner;
        if recv.is_uninit() {
            let own = self.info.owner;
            if owner != own && self.env.ts.ty(own).parent != Some(owner) {
                return Err(self.err(ErrorKind::CallCtor, off));
            }
            st.this_init = true;
            for sv in &mut st.stack {
                if sv.has(THIS) {
                    sv.flags &= !UNINIT;
                }
            }
            return Ok(());
        }
        if self.env.ts.is_value_type(owner) {
            if recv.kind != Kind::ByRef || recv.ty != Some(owner) {
                let exp = format!(
                    "address of '{}'",
                    super::vtype::type_name(self.env.ts, owner)
                );
                return Err(self.unexpected(ErrorKind::StackUnexpected, off, recv, &exp));
            }
            if recv.has(READONLY) {
                return Err(self.err(ErrorKind::ReadOnlyIllegalWrite, off));
            }
            return Ok(());
        }
        Err(self.err(ErrorKind::CallCtor, off))
    }
}
