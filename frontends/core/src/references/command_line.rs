//! The command line both compilers share: response files (`@file`, lines, `#` comments,
//! quotes), options split from sources (`command_line`), `+`/`-` switches and `,`/`;`
//! lists. Each compiler keeps its own options and wording.

use super::ReferenceMessages;
use std::path::Path;

/// One command-line argument, response files expanded.
pub enum CmdArg {
    /// A source file.
    Source(String),
    /// `-name[:value]` or `/name[:value]`: the argument as written, the name lower-cased,
    /// and the value after `:` or `=`.
    Opt {
        raw: String,
        name: String,
        value: Option<String>,
    },
}

/// Expands `@file` response files (lines, `#` comments, quotes) and splits options
/// from sources: `/x` is an option unless a file of that name exists.
pub fn command_line(args: &[String], msgs: &ReferenceMessages) -> Result<Vec<CmdArg>, String> {
    let mut out = Vec::new();
    let mut queue: Vec<String> = args.iter().rev().cloned().collect();
    let mut depth = 0;
    while let Some(a) = queue.pop() {
        if let Some(rsp) = a.strip_prefix('@') {
            depth += 1;
            if depth > 32 {
                return Err(msgs.rsp_nesting.to_owned());
            }
            let text = std::fs::read_to_string(rsp)
                .map_err(|e| (msgs.rsp_unreadable)(rsp, &e.to_string()))?;
            let more: Vec<String> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(split_rsp_line)
                .collect();
            queue.extend(more.into_iter().rev());
            continue;
        }
        let opt = a.strip_prefix('-').or_else(|| {
            a.strip_prefix('/').filter(|r| {
                !Path::new(&a).exists()
                    && r.chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic() || c == '?')
            })
        });
        let Some(opt) = opt else {
            out.push(CmdArg::Source(a));
            continue;
        };
        let (name, value) = match opt.find([':', '=']) {
            Some(i) => (&opt[..i], Some(opt[i + 1..].to_owned())),
            None => (opt, None),
        };
        out.push(CmdArg::Opt {
            name: name.to_ascii_lowercase(),
            value,
            raw: a.clone(),
        });
    }
    Ok(out)
}

/// `name`, `name+` → on, `name-` → off, for the switch `base`.
pub fn switch(name: &str, base: &str) -> Option<bool> {
    match name.strip_prefix(base) {
        Some("" | "+") => Some(true),
        Some("-") => Some(false),
        _ => None,
    }
}

/// A `,`/`;`-separated option value.
pub fn list(value: Option<&str>) -> Vec<String> {
    value
        .unwrap_or("")
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One response-file line split into arguments (`"…"` groups spaces).
pub fn split_rsp_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
