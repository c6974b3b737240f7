//! Enforcement and the security policy: before the JIT compiles a method, the method is
//! verified unless its assembly is trusted; a method that fails does not compile, and
//! calling it raises `System.Security.VerificationException` carrying the first error
//! (`System.InvalidProgramException` when the IL is invalid, not just unverifiable), so
//! the program runs until then. corlib is always trusted; an administrator lets
//! further assemblies skip verification with `--skip-verification[=ASSEMBLY]` or a
//! policy file:
//!
//! ```text
//! # clr-lite policy
//! skip-verification MyUnsafeLibrary
//! skip-verification *
//! ```

use super::{ErrorKind, verify_method};
use crate::typesys::{MethodId, TypeError, TypeSystem};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Which assemblies skip verification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// No assembly is verified.
    pub skip_all: bool,
    /// Simple names of assemblies that are not verified.
    pub skip: HashSet<String>,
}

impl Policy {
    /// Adds a `--skip-verification[=NAME]` grant (`None` or `*`: every assembly).
    pub fn grant(&mut self, name: Option<&str>) {
        match name {
            None | Some("*") => self.skip_all = true,
            Some(n) => {
                self.skip.insert(n.to_owned());
            }
        }
    }

    /// Reads a policy file's grants (`skip-verification NAME`, `#` comments).
    pub fn parse(&mut self, text: &str) -> Result<(), String> {
        for (i, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut words = line.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some("skip-verification"), name, None) => self.grant(name),
                _ => {
                    return Err(format!(
                        "policy line {}: expected `skip-verification [NAME]`",
                        i + 1
                    ));
                }
            }
        }
        Ok(())
    }

    /// Whether code of assembly `name` is verified before it runs.
    pub fn verifies(&self, name: &str) -> bool {
        !self.skip_all && !self.skip.contains(name)
    }
}

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Installs the process's policy (the first call wins); without one, every assembly
/// but corlib is verified.
pub fn install(policy: Policy) {
    let _ = POLICY.set(policy);
}

/// The JIT's hook: `Err(VerificationException)` when `m` must be verified and is not
/// verifiable. Tokens that do not resolve are left to the JIT, which reports them as
/// the loader's exceptions.
pub fn before_compile(ts: &mut TypeSystem, m: MethodId) -> Result<(), TypeError> {
    let info = ts.method(m);
    if info.asm == ts.corlib || info.rid == 0 {
        return Ok(());
    }
    let asm_name = ts.loader.get(info.asm).name.clone();
    let policy = POLICY.get_or_init(Policy::default);
    if !policy.verifies(&asm_name) {
        return Ok(());
    }
    let errors = verify_method(ts, m, super::generic::Params::default());
    let Some(first) = errors.iter().find(|e| e.kind != ErrorKind::TokenResolve) else {
        return Ok(());
    };
    let info = ts.method(m);
    let exception = match first.kind.is_invalid_program() {
        true => "System.InvalidProgramException",
        false => "System.Security.VerificationException",
    };
    Err(TypeError {
        exception,
        message: format!(
            "Operation could destabilize the runtime: {}::{}: {first}",
            super::vtype::type_name(ts, info.owner),
            info.name
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_file_grants() {
        let mut p = Policy::default();
        p.parse("# admin\nskip-verification Unsafe  # native code\n\n")
            .unwrap();
        assert!(!p.verifies("Unsafe"));
        assert!(p.verifies("App"));
        p.parse("skip-verification *").unwrap();
        assert!(!p.verifies("App"));
        assert!(Policy::default().parse("allow everything").is_err());
    }
}
