//! `// test: cls`: a C# library is compiled by `mcs`, judged by `cls-check`'s engine, and
//! held to mcs's own CS3xxx warnings: the same codes as often, each naming the same
//! member when mcs names one. Where ECMA's rules demand a finding that mcs does not report,
//! the fixture says so with `// beyond-mcs: CODE-or-rule …`. Our exact lines are kept in
//! `name.cls` (a snapshot of the wording).
//!
//! csc-lite compiles the same library and must warn as mcs does: the same CS3xxx codes
//! on the same lines (its warnings come from the same engine, mapped back from metadata
//! rows to declarations), less the `beyond-mcs` findings mcs does not make. A fixture
//! csc-lite cannot compile yet says `// csc-lite: pending REASON` and must still fail.
//!
//! An `.il` fixture (for what no C# compiler can produce) is assembled by `ilasm` and held
//! to its `// expect-rules: N …` header: the CLS rule numbers of the findings, in order.
//!
//! A `.vb` fixture (a minivb library) is compiled by vbc-lite and held to its
//! `' expect-codes: BC40025 …` header: the CLS warnings vbc-lite prints, in source order
//! (empty for a clean library), after its `' args:` (`-nowarn:…`); the engine's findings on the assembly are kept in
//! `name.cls` as for C#.

use crate::fixture::Fixture;
use crate::{expect, mono, tools};
use il_emit::reader::Assembly;
use std::collections::BTreeMap;

fn findings_for(dll: &std::path::Path) -> Result<Vec<cls_check::Finding>, String> {
    let bytes = std::fs::read(dll).map_err(|e| e.to_string())?;
    let asm = Assembly::parse(&bytes).map_err(|e| e.to_string())?;
    let refs: Vec<Vec<u8>> = ["mscorlib", "System", "System.Core"]
        .iter()
        .filter_map(|n| std::fs::read(format!("/usr/lib/mono/4.5/{n}.dll")).ok())
        .collect();
    let mut assemblies = vec![asm];
    assemblies.extend(refs.iter().filter_map(|b| Assembly::parse(b).ok()));
    Ok(cls_check::check(&cls_check::World::new(assemblies)))
}

fn snapshot(f: &Fixture, findings: &[cls_check::Finding]) -> Result<(), String> {
    let text: String = findings.iter().map(|fi| format!("{fi}\n")).collect();
    expect::check(&f.expectation("cls"), &text)
}

fn run_il(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let dll = dir.join(format!("{}.dll", f.stem()));
    mono::ilasm(&f.path, &dll, true)?;
    let findings = findings_for(&dll)?;
    let expected = f
        .header("expect-rules")
        .ok_or("an .il cls fixture needs `// expect-rules: …`")?;
    let got: Vec<String> = findings.iter().map(|fi| fi.rule.to_string()).collect();
    if got.join(" ") != expected.trim() {
        return Err(format!(
            "expected rules [{expected}], found [{}]:\n{findings:#?}",
            got.join(" ")
        ));
    }
    snapshot(f, &findings)
}

/// The `BCnnnnn` codes of the CLS warnings (`BC400xx`) in vbc-lite's msbuild-style output.
fn vb_cls_codes(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let at = l.find("warning BC40")?;
            l.get(at + 8..at + 15).map(str::to_owned)
        })
        .collect()
}

fn run_vb(f: &Fixture) -> Result<(), String> {
    let dir = tools::scratch(&f.name)?;
    let dll = dir.join(format!("{}.dll", f.stem()));
    let mut args = vec![
        "-target:library".to_owned(),
        "-errorformat:msbuild".to_owned(),
        format!("-out:{}", dll.display()),
    ];
    if let Some(extra) = f.header("args") {
        args.extend(extra.split_whitespace().map(str::to_owned));
    }
    args.push(f.path.display().to_string());
    let mut err = Vec::new();
    let code = minivb::driver::run_to(&args, &mut err, &crate::tools::FRAMEWORK);
    let err = String::from_utf8_lossy(&err);
    if code != 0 {
        return Err(format!("vbc-lite exits {code}:\n{err}"));
    }
    let expected = f
        .header("expect-codes")
        .ok_or("a .vb cls fixture needs `' expect-codes: …` (empty when clean)")?;
    let got = vb_cls_codes(&err).join(" ");
    if got != expected.trim() {
        return Err(format!(
            "expected CLS warnings [{}], vbc-lite printed [{got}]:\n{err}",
            expected.trim()
        ));
    }
    let findings = findings_for(&dll)?;
    snapshot(f, &findings)
}

pub(super) fn run(f: &Fixture) -> Result<(), String> {
    if f.path.extension().is_some_and(|e| e == "il") {
        return run_il(f);
    }
    if f.path.extension().is_some_and(|e| e == "vb") {
        return run_vb(f);
    }
    let dir = tools::scratch(&f.name)?;
    let dll = dir.join(format!("{}.dll", f.stem()));
    let extra: Vec<&str> = f
        .header("args")
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    let mut args = vec!["-target:library", "-warn:4"];
    args.extend(&extra);
    let out_arg = format!("-out:{}", dll.display());
    let src = f.path.to_string_lossy().into_owned();
    let mut all = vec!["-nologo", out_arg.as_str()];
    all.extend(&args);
    all.push(&src);
    let res = mono::run("mcs", &all, None, std::time::Duration::from_secs(60))?;
    if res.code != Some(0) {
        return Err(format!("mcs failed:\n{}{}", res.stdout, res.stderr));
    }
    // mcs's CLS warnings: code and the first `quoted' name.
    let theirs: Vec<(String, Option<String>)> = res
        .stdout
        .lines()
        .chain(res.stderr.lines())
        .filter_map(|l| {
            let at = l.find("warning CS3")?;
            let code = l[at + 8..at + 14].to_owned();
            let name = l
                .split_once('`')
                .and_then(|(_, r)| r.split_once('\''))
                .map(|(n, _)| n.to_owned());
            Some((code, name))
        })
        .collect();

    let findings = findings_for(&dll)?;

    let beyond: Vec<&str> = f
        .header("beyond-mcs")
        .map(|h| h.split_whitespace().collect())
        .unwrap_or_default();
    let key = |fi: &cls_check::Finding| fi.code.map_or(format!("rule{}", fi.rule), str::to_owned);
    let mut ours: BTreeMap<String, usize> = BTreeMap::new();
    for fi in &findings {
        *ours.entry(key(fi)).or_default() += 1;
    }
    let mut mcs: BTreeMap<String, usize> = BTreeMap::new();
    for (code, _) in &theirs {
        *mcs.entry(code.clone()).or_default() += 1;
    }
    for b in &beyond {
        if let Some(n) = ours.get_mut(*b) {
            *n = n.saturating_sub(1);
        }
    }
    ours.retain(|_, n| *n > 0);
    if ours != mcs {
        return Err(format!(
            "findings differ from mcs's CLS warnings:\n  mcs:  {mcs:?}\n  ours: {ours:?}\n{}",
            res.stdout
        ));
    }
    match (
        f.header("csc-lite"),
        compile_time_matches_mcs(f, &res, &beyond, &dir),
    ) {
        (None, r) => r?,
        (Some(reason), Ok(())) => {
            return Err(format!(
                "csc-lite now warns as mcs does: remove `// csc-lite: {reason}`"
            ));
        }
        (Some(_), Err(_)) => {}
    }
    for (code, name) in &theirs {
        let Some(name) = name.as_deref().filter(|n| n.contains('.')) else {
            continue;
        };
        // CS3005-CS3007 concern a pair of members; mcs names either one (by its own
        // internal order), so compare the shared name before the parameter list.
        let same = |fi: &cls_check::Finding| match code.as_str() {
            "CS3005" | "CS3006" | "CS3007" => {
                let stem = |s: &str| s.split('(').next().unwrap_or(s).to_lowercase();
                fi.message.to_lowercase().contains(&stem(name))
            }
            _ => fi.message.contains(name),
        };
        if !findings
            .iter()
            .any(|fi| fi.code == Some(code.as_str()) && same(fi))
        {
            return Err(format!("mcs reports {code} for `{name}'; we do not"));
        }
    }
    snapshot(f, &findings)
}

/// `(code, line)` of every `warning CS3xxx` in msbuild-style output lines.
fn cls_warnings(text: &str) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = text
        .lines()
        .filter_map(|l| {
            let at = l.find("warning CS3")?;
            let code = l.get(at + 8..at + 14)?.to_owned();
            let line = l[..at]
                .rsplit_once('(')?
                .1
                .split(',')
                .next()?
                .parse()
                .ok()?;
            Some((code, line))
        })
        .collect();
    out.sort();
    out
}

fn compile_time_matches_mcs(
    f: &Fixture,
    mcs: &mono::Output,
    beyond: &[&str],
    dir: &std::path::Path,
) -> Result<(), String> {
    let dll = dir.join(format!("{}.csc-lite.dll", f.stem()));
    let mut args = vec![
        "-target:library".to_owned(),
        "-errorformat:msbuild".to_owned(),
        format!("-out:{}", dll.display()),
    ];
    if let Some(extra) = f.header("args") {
        args.extend(extra.split_whitespace().map(str::to_owned));
    }
    args.push(f.path.display().to_string());
    let mut err = Vec::new();
    let code = minics::driver::run_to(&args, &mut err, &crate::tools::FRAMEWORK);
    let err = String::from_utf8_lossy(&err);
    if code != 0 {
        return Err(format!("csc-lite exits {code}:\n{err}"));
    }
    let mut ours = cls_warnings(&err);
    for b in beyond {
        if let Some(i) = ours.iter().position(|(c, _)| c == b) {
            ours.remove(i);
        }
    }
    let theirs = cls_warnings(&format!("{}\n{}", mcs.stdout, mcs.stderr));
    if ours != theirs {
        return Err(format!(
            "csc-lite's CLS warnings differ from mcs's (code, line):\n  mcs:      {theirs:?}\n  csc-lite: {ours:?}\n{err}"
        ));
    }
    Ok(())
}
