//! The `csc-lite` driver: csc's command line (`-out:`, `-target:`, `-r:`, `-nostdlib`,
//! `-unsafe`, `-debug`, `-warnaserror`, `-nowarn:`, `-main:`, `-define:`, `-checked`,
//! `-keyfile:` with `-publicsign`/`-delaysign+`, `@file.rsp`, `-help`,
//! `-errorformat:msbuild`), reference loading against the framework the binary carries
//! (`Framework`), the pipeline (parse, bind, emit) and diagnostics on stderr. Exit code
//! 0 on success, 1 on errors.

use crate::parser::Defines;
use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::diag::render::{SourceMap, render_msbuild, render_plain};
use frontend_core::diag::{Code, Severity};
use frontend_core::pool::default_threads;
use frontend_core::references::{self, CmdArg, Framework, ReferenceMessages};
use std::path::PathBuf;

/// Parsed command-line options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub sources: Vec<PathBuf>,
    pub out: Option<PathBuf>,
    pub library: bool,
    pub references: Vec<String>,
    pub nostdlib: bool,
    pub unsafe_code: bool,
    pub debug: bool,
    pub warnaserror: bool,
    pub nowarn: Vec<Code>,
    pub main: Option<String>,
    pub defines: Defines,
    pub checked: bool,
    pub msbuild_errors: bool,
    pub lib_paths: Vec<PathBuf>,
    pub key_file: Option<PathBuf>,
    /// `-publicsign` or `-delaysign+`: the key file's public key, no signature.
    pub public_sign: bool,
    pub help: bool,
}

impl Options {
    /// The options binding depends on, as the compilation's input holds them.
    pub fn compile_options(&self) -> CompileOptions {
        CompileOptions {
            defines: self.defines.iter().cloned().collect(),
            checked: self.checked,
            needs_entry_point: !self.library,
            main_type: self.main.clone(),
            unsafe_code: self.unsafe_code,
            ..CompileOptions::default()
        }
    }
}

/// The usage text for `-help`.
pub const HELP: &str = "csc-lite: the minics compiler

usage: csc-lite [options] file.cs...

  -out:FILE              output file (default: first source with .exe or .dll)
  -target:exe|library    kind of output (-t: also works)
  -reference:A.dll,...   reference assemblies (-r: also works)
  -lib:DIR,...           directories to search for references
  -nostdlib[+|-]         do not reference mscorlib (compiling a corlib)
  -unsafe[+|-]           allow unsafe code
  -debug[+|-|:portable]  emit a portable PDB beside the output
  -checked[+|-]          overflow-checked arithmetic by default
  -warnaserror[+|-]      report warnings as errors
  -nowarn:N,...          suppress warnings (CS0168 or 168)
  -main:TYPE             the type holding Main
  -define:A;B            preprocessor symbols (-d: also works)
  -keyfile:FILE          strong-name key file (with -publicsign or -delaysign+)
  -publicsign[+|-]       give the assembly the key file's public key, unsigned
  -delaysign[+|-]        the same (the signature is left to a later tool)
  -errorformat:msbuild   one line per diagnostic: file(line,col): error CSnnnn: text
  @FILE                  read more options from a response file
  -help                  this text
";

/// Parses arguments (response files expanded). Errors are messages for stderr.
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    for arg in references::command_line(args, &MESSAGES)? {
        let (a, lname, value) = match arg {
            CmdArg::Source(s) => {
                o.sources.push(PathBuf::from(s));
                continue;
            }
            CmdArg::Opt { raw, name, value } => (raw, name, value),
        };
        let value = value.as_deref();
        let flag = |base: &str| references::switch(&lname, base);
        let list = references::list;
        match lname.as_str() {
            "out" | "o" => o.out = value.map(PathBuf::from),
            "target" | "t" => match value.map(str::to_ascii_lowercase).as_deref() {
                Some("exe") | Some("winexe") => o.library = false,
                Some("library") => o.library = true,
                other => {
                    return Err(format!(
                        "error CS2019: Invalid target type for /target: must specify 'exe', 'winexe', 'library', or 'module' (got '{}')",
                        other.unwrap_or("")
                    ));
                }
            },
            "reference" | "r" => o.references.extend(list(value)),
            "lib" => o
                .lib_paths
                .extend(list(value).into_iter().map(PathBuf::from)),
            "main" | "m" => o.main = value.map(str::to_owned),
            "keyfile" => o.key_file = value.map(PathBuf::from),
            "define" | "d" => o.defines.extend(list(value)),
            "nowarn" => {
                for w in list(value) {
                    let code = if w.chars().all(|c| c.is_ascii_digit()) {
                        format!("CS{w:0>4}")
                    } else {
                        w.clone()
                    };
                    if let Some(c) = Code::parse(&code) {
                        o.nowarn.push(c);
                    }
                }
            }
            "errorformat" => {
                o.msbuild_errors = value.is_some_and(|v| v.eq_ignore_ascii_case("msbuild"))
            }
            "help" | "?" => o.help = true,
            "nologo" | "optimize" | "optimize+" | "optimize-" | "o+" | "o-" | "deterministic"
            | "utf8output" | "noconfig" => {}
            "debug" | "debug+" | "debug-" => {
                o.debug = lname != "debug-" && value.is_none_or(|v| !v.eq_ignore_ascii_case("none"))
            }
            _ => {
                if let Some(b) = flag("nostdlib") {
                    o.nostdlib = b;
                } else if let Some(b) = flag("unsafe") {
                    o.unsafe_code = b;
                } else if let Some(b) = flag("warnaserror") {
                    o.warnaserror = b;
                } else if let Some(b) = flag("checked") {
                    o.checked = b;
                } else if let Some(b) = flag("publicsign").or_else(|| flag("delaysign")) {
                    o.public_sign = b;
                } else {
                    return Err(format!("error CS2007: Unrecognized option: '{a}'"));
                }
            }
        }
    }
    Ok(o)
}

/// csc's wording of reference failures.
pub(crate) const MESSAGES: ReferenceMessages = ReferenceMessages {
    corlib_env: "CSC_LITE_CORLIB",
    no_corlib: "error CS0518: Predefined type 'System.Object' is not defined or imported (no mscorlib.dll found; set CSC_LITE_CORLIB)",
    not_found: |r| format!("error CS0006: Metadata file '{r}' could not be found"),
    unreadable: |p, e| format!("error CS0006: Metadata file '{p}' could not be opened: {e}"),
    rsp_nesting: "error CS2011: response files nest too deeply",
    rsp_unreadable: |p, e| format!("error CS2011: Unable to open response file '{p}': {e}"),
    invalid: |p, e| format!("error CS0009: Metadata file '{p}' could not be opened -- {e}"),
};

/// Loads the references a compilation names (the default corlib first: `CSC_LITE_CORLIB`,
/// else `framework`'s, else Mono's); failures are csc's messages.
pub fn load_references(
    nostdlib: bool,
    refs: &[String],
    lib_paths: &[PathBuf],
    framework: &Framework,
    errors: &mut Vec<String>,
) -> Vec<std::sync::Arc<frontend_core::symbols::AsmSymbols>> {
    references::load_references(nostdlib, refs, lib_paths, framework, &MESSAGES, errors)
}

/// Runs the compiler against `framework` (what the binary carries; empty: Mono's
/// installed assemblies); returns the process exit code.
pub fn run(args: &[String], framework: &Framework) -> i32 {
    // On a worker thread: each parallel phase then starts on the thread already
    // running and wakes one other, instead of handing off and waiting.
    frontend_core::pool::run(|| run_to(args, &mut std::io::stderr(), framework))
}

/// [`run`] with diagnostics written to `err` (tests read them).
pub fn run_to(args: &[String], err: &mut dyn std::io::Write, framework: &Framework) -> i32 {
    let o = match parse_args(args) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return 1;
        }
    };
    if o.help {
        print!("{HELP}");
        return 0;
    }
    if o.sources.is_empty() {
        let _ = writeln!(err, "error CS2008: No source files specified.");
        return 1;
    }
    let mut fatal = Vec::new();
    let refs = load_references(
        o.nostdlib,
        &o.references,
        &o.lib_paths,
        framework,
        &mut fatal,
    );
    let public_key = references::read_public_key(o.key_file.as_deref(), o.public_sign, "csc-lite")
        .unwrap_or_else(|(file, why)| {
            fatal.push(format!(
                "error CS7027: Error signing output with public key from file '{file}' -- {why}"
            ));
            Vec::new()
        });
    let mut texts = Vec::new();
    for s in &o.sources {
        match std::fs::read_to_string(s) {
            Ok(t) => texts.push((s.display().to_string(), t)),
            Err(e) => fatal.push(format!(
                "error CS2001: Source file '{}' could not be found ({e}).",
                s.display()
            )),
        }
    }
    if !fatal.is_empty() {
        for f in fatal {
            let _ = writeln!(err, "{f}");
        }
        return 1;
    }
    // One compilation, never edited: no query log.
    let db = CompilerDb::unlogged();
    // The texts move into the database (a large program's text is megabytes to copy).
    let files: Vec<SourceText> = texts
        .into_iter()
        .map(|(path, text)| SourceText::new(&db, path, text))
        .collect();
    let comp = Compilation::new(&db, files, References(refs), o.compile_options());
    // `CSC_LITE_TIMINGS=1`: each phase's wall time and the peak resident memory so far
    // on stderr (the queries it forces first are cached, so the later phases do not
    // redo them).
    let timings = std::env::var_os("CSC_LITE_TIMINGS").is_some();
    let mut clock = std::time::Instant::now();
    let mut lap = |phase: &str| {
        if timings {
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
                    line.split_whitespace().nth(1)?.parse::<u64>().ok()
                })
                .map_or_else(String::new, |kb| format!("  peak {} MB", kb / 1024));
            eprintln!(
                "csc-lite: {phase:<12} {:7.2} ms{peak}",
                clock.elapsed().as_secs_f64() * 1e3
            );
            clock = std::time::Instant::now();
        }
    };
    if timings {
        lap("references");
        crate::db::parse_all(&db, comp, default_threads());
        for f in comp.files(&db) {
            let _ = crate::db::parse_file(&db, comp, *f);
        }
        lap("parse");
        let _ = crate::db::declarations(&db, comp);
        lap("declarations");
    }
    let out = o.out.clone().unwrap_or_else(|| {
        let first = &o.sources[0];
        first.with_extension(if o.library { "dll" } else { "exe" })
    });
    let file_name = out
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out.exe".into());
    let assembly_name = out
        .file_stem()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let pdb_path = out.with_extension("pdb");
    let pdb_name = pdb_path.display().to_string();
    // Sources with their line index, for the PDB only.
    let files: Vec<frontend_core::source::SourceFile> = if o.debug {
        comp.files(&db)
            .iter()
            .enumerate()
            .map(|(i, f)| {
                frontend_core::source::SourceFile::new(
                    frontend_core::source::FileId(i as u32),
                    references::full_path(f.path(&db)),
                    f.text(&db).clone(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let build_options = crate::build::BuildOptions {
        assembly_name: &assembly_name,
        module_name: &file_name,
        library: o.library,
        public_key: &public_key,
        debug: o.debug.then_some((files.as_slice(), pdb_name.as_str())),
    };
    // Bodies are bound and generated in one pass, their IR dropped as they go, and
    // written into the module as they come when nothing needs lowering.
    let (mut diags, built) =
        crate::build::bind_and_build(&db, comp, &build_options, default_threads());
    lap("bind+emit");
    diags.retain(|d| !(d.severity == Severity::Warning && o.nowarn.contains(&d.code)));
    if o.warnaserror {
        for d in &mut diags {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
    }
    diags.sort_by_key(|d| (d.primary.file.0, d.primary.range.start));
    // The line index of every file is built only when there is something to render.
    let source_map = || {
        let mut map = SourceMap::new();
        for f in comp.files(&db) {
            map.add(f.path(&db).clone(), f.text(&db).clone());
        }
        map
    };
    if !diags.is_empty() {
        let map = source_map();
        let rendered = if o.msbuild_errors {
            render_msbuild(&map, &diags)
        } else {
            render_plain(&map, &diags)
        };
        let _ = write!(err, "{rendered}");
    }
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return 1;
    }
    let built = match built {
        Some(Ok(b)) => b,
        Some(Err(lines)) => {
            for l in lines {
                let _ = writeln!(err, "{l}");
            }
            return 1;
        }
        // Errors, reported above.
        None => return 1,
    };
    // The CLS pass judges the emitted metadata, so its warnings come after emission.
    let mut cls = built.cls;
    cls.retain(|d| !o.nowarn.contains(&d.code));
    if !cls.is_empty() {
        if o.warnaserror {
            for d in &mut cls {
                d.severity = Severity::Error;
            }
        }
        let map = source_map();
        let rendered = if o.msbuild_errors {
            render_msbuild(&map, &cls)
        } else {
            render_plain(&map, &cls)
        };
        let _ = write!(err, "{rendered}");
        if o.warnaserror {
            return 1;
        }
    }
    let emitted = built.emitted;
    if let Err(e) = std::fs::write(&out, &emitted.image) {
        let _ = writeln!(
            err,
            "error CS0016: Could not write to output file '{}' -- '{e}'",
            out.display()
        );
        return 1;
    }
    if let Some(pdb) = emitted.pdb {
        if let Err(e) = std::fs::write(&pdb_path, pdb) {
            let _ = writeln!(
                err,
                "error CS0016: Could not write to output file '{}' -- '{e}'",
                pdb_path.display()
            );
            return 1;
        }
    }
    // The process ends with this function: freeing the compilation's structures one by
    // one would cost about a tenth of the run, so they are left to the exit.
    std::mem::forget(db);
    0
}
