//! `verify`: an `.il` fixture (`tests/data/il/verify/`) assembled by `ilasm` and judged
//! by clr-lite's IL verifier against Mono's mscorlib, following ILVerify's naming
//! convention: a method named `Name_Valid` must verify; one named
//! `Name_Invalid_Kind1.Kind2` must be rejected with exactly those error kinds (as a set).
//! Constructors take the convention from their type's name. Any other method (a
//! helper) must verify. The verifier's lines are kept in `name.verify`.

use crate::fixture::Fixture;
use crate::{expect, mono, tools};
use runtime::verify::ErrorKind;
use std::collections::BTreeSet;
use std::path::Path;

/// Mono's mscorlib: what `[mscorlib]` in the fixtures means.
const MONO_CORLIB: &str = "/usr/lib/mono/4.5/mscorlib.dll";

/// What a method's name says about it.
#[derive(Debug, PartialEq)]
enum Expect {
    Valid,
    Invalid(BTreeSet<String>),
}

fn expectation(name: &str) -> Option<Expect> {
    if name.ends_with("_Valid") {
        return Some(Expect::Valid);
    }
    let (_, kinds) = name.split_once("_Invalid_")?;
    Some(Expect::Invalid(
        kinds.split('.').map(str::to_owned).collect(),
    ))
}

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let dll = dir.join(format!("{}.dll", f.stem()));
    mono::ilasm(&f.path, &dll, true)?;
    let reports = runtime::verify::verify_file(&dll, Some(Path::new(MONO_CORLIB)), &[])?;
    let mut problems = Vec::new();
    let mut text = String::new();
    let mut labelled = 0;
    for r in &reports {
        let own = expectation(&r.method);
        let label = match (own, r.method.starts_with('.')) {
            (None, true) => expectation(&r.type_name),
            (own, _) => own,
        };
        let got: BTreeSet<String> = r.errors.iter().map(|e| e.kind.name().to_owned()).collect();
        match &label {
            Some(Expect::Valid) if !got.is_empty() => {
                problems.push(format!("{}: must verify, rejected with {got:?}", r.name));
            }
            Some(Expect::Invalid(want)) => {
                if let Some(bad) = want.iter().find(|k| ErrorKind::from_name(k).is_none()) {
                    problems.push(format!("{}: `{bad}` is not an error kind", r.name));
                } else if *want != got {
                    problems.push(format!("{}: expected {want:?}, got {got:?}", r.name));
                }
            }
            None if !got.is_empty() => {
                problems.push(format!(
                    "{}: a helper must verify, rejected with {got:?}",
                    r.name
                ));
            }
            _ => {}
        }
        labelled += usize::from(label.is_some());
        match r.errors.is_empty() {
            true => text.push_str(&format!("{}: ok\n", r.name)),
            false => {
                for e in &r.errors {
                    text.push_str(&format!("{}: {e}\n", r.name));
                }
            }
        }
    }
    if labelled == 0 {
        problems.push("no method follows the `_Valid` / `_Invalid_Kind` convention".to_owned());
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    expect::check(&f.expectation("verify"), &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_expectations() {
        assert_eq!(expectation("Merge_Valid"), Some(Expect::Valid));
        assert_eq!(expectation("Helper"), None);
        let kinds: BTreeSet<String> = ["StackUnexpected", "PathStackDepth"]
            .map(String::from)
            .into();
        assert_eq!(
            expectation("Br_Invalid_StackUnexpected.PathStackDepth"),
            Some(Expect::Invalid(kinds))
        );
    }
}
