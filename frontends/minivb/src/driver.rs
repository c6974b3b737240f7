//! The `vbc-lite` driver: vbc's command line (`-out:`, `-target:`, `-r:`, `-nostdlib`,
//! `-debug`, `-warnaserror`, `-nowarn:`, `-main:`, `-define:`, `-rootnamespace:`,
//! `-imports:`, `-optionstrict+`, `-removeintchecks`, `@file.rsp`, `-help`,
//! `-errorformat:msbuild`), reference loading, the pipeline (parse, bind, closure
//! conversion, emit, the CLS pass when the source says `<CLSCompliant>`) and
//! diagnostics on stderr (the CLS warnings under VB's BC400xx numbers). Exit code 0 on
//! success, 1 on errors. `-keyfile:` with `-publicsign`/`-delaysign+` gives the assembly
//! a public key. Corlib: `VBC_LITE_CORLIB`, else the framework the binary carries
//! (`Framework`), else Mono's `mscorlib.dll`.

use frontend_core::db::{Compilation, CompileOptions, CompilerDb, References, SourceText};
use frontend_core::diag::render::{SourceMap, render_msbuild, render_plain};
use frontend_core::diag::{Code, Diagnostic, Severity};
use frontend_core::emit::identity::{VersionError, assembly_version};
use frontend_core::emit::module::{ModuleInput, emit};
use frontend_core::references::{self, CmdArg, Framework, ReferenceMessages};
use il_emit::pe::ImageKind;
use std::io::Write;
use std::path::PathBuf;

/// Parsed command-line options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub sources: Vec<PathBuf>,
    pub out: Option<PathBuf>,
    pub library: bool,
    pub references: Vec<String>,
    pub nostdlib: bool,
    pub debug: bool,
    pub warnaserror: bool,
    pub nowarn: Vec<Code>,
    pub main: Option<String>,
    /// Each `-define:` option's text, in order (`DEBUG,TRACE=True,LEVEL=2`).
    pub defines: Vec<String>,
    pub remove_int_checks: bool,
    pub root_namespace: String,
    pub imports: Vec<String>,
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
            defines: self.defines.clone(),
            checked: !self.remove_int_checks,
            needs_entry_point: !self.library,
            main_type: self.main.clone(),
            unsafe_code: false,
            root_namespace: self.root_namespace.clone(),
            imports: self.imports.clone(),
        }
    }
}

/// The usage text for `-help`.
pub const HELP: &str = "vbc-lite: the minivb compiler

usage: vbc-lite [options] file.vb...

  -out:FILE              output file (default: first source with .exe or .dll)
  -target:exe|library    kind of output (-t: also works)
  -reference:A.dll,...   reference assemblies (-r: also works)
  -lib:DIR,...           directories to search for references
  -nostdlib[+|-]         do not reference mscorlib (compiling a corlib)
  -debug[+|-|:portable]  emit a portable PDB beside the output
  -removeintchecks[+|-]  integer arithmetic without overflow checks
  -optionstrict[+]       Option Strict On (always on in minivb)
  -rootnamespace:N       the namespace every source type is declared in
  -imports:A,B           namespaces imported into every file
  -warnaserror[+|-]      report warnings as errors
  -nowarn:N,...          suppress warnings (BC42024 or 42024)
  -main:TYPE             the type holding Main
  -define:A=1,B          conditional compilation constants (-d: also works)
  -keyfile:FILE          strong-name key file (with -publicsign or -delaysign+)
  -publicsign[+|-]       give the assembly the key file's public key, unsigned
  -delaysign[+|-]        the same (the signature is left to a later tool)
  -errorformat:msbuild   one line per diagnostic: file(line,col): error BCnnnnn: text
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
                        "vbc : error BC2014: the value '{}' is invalid for option 'target'",
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
            "define" | "d" => o.defines.push(value.unwrap_or("").to_owned()),
            "rootnamespace" => o.root_namespace = value.unwrap_or("").to_owned(),
            "imports" | "import" => o.imports.extend(list(value)),
            "optionstrict" | "optionstrict+" => {}
            "optionstrict-" => {
                return Err(
                    "vbc-lite: error BC2006: minivb is always compiled with Option Strict On"
                        .into(),
                );
            }
            "optioninfer" | "optioninfer+" | "optionexplicit" | "optionexplicit+"
            | "vbruntime-" | "vbruntime" => {}
            "nowarn" => {
                for w in list(value) {
                    let code = if w.chars().all(|c| c.is_ascii_digit()) {
                        format!("BC{w}")
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
                } else if let Some(b) = flag("warnaserror") {
                    o.warnaserror = b;
                } else if let Some(b) = flag("removeintchecks") {
                    o.remove_int_checks = b;
                } else if let Some(b) = flag("publicsign").or_else(|| flag("delaysign")) {
                    o.public_sign = b;
                } else {
                    // vbc warns and goes on.
                    eprintln!("vbc : warning BC2007: unrecognized option '{a}'; ignored");
                }
            }
        }
    }
    Ok(o)
}

/// vbc's wording of reference failures.
pub(crate) const MESSAGES: ReferenceMessages = ReferenceMessages {
    corlib_env: "VBC_LITE_CORLIB",
    no_corlib: "vbc : error BC31091: no mscorlib.dll found; set VBC_LITE_CORLIB",
    not_found: |r| format!("vbc : error BC2017: could not find library '{r}'"),
    unreadable: |p, e| format!("vbc : error BC31519: '{p}' cannot be referenced: {e}"),
    rsp_nesting: "vbc : error BC2011: response files nest too deeply",
    rsp_unreadable: |p, e| format!("vbc : error BC2011: Unable to open response file '{p}': {e}"),
    invalid: |p, e| {
        format!(
            "vbc : error BC31519: '{p}' cannot be referenced because it is not a valid assembly: {e}"
        )
    },
};

/// Loads the references a compilation names (the default corlib first: `VBC_LITE_CORLIB`,
/// else `framework`'s, else Mono's); failures are vbc's messages.
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
    // On a worker of the compilers' pool, for its deep stack (binding a long
    // `1 + 1 + …` chain recurses once per operand), as csc-lite does.
    frontend_core::pool::run(|| run_to(args, &mut std::io::stderr(), framework))
}

/// Runs the compiler with diagnostics written to `err` (the tests capture them);
/// returns the process exit code.
pub fn run_to(args: &[String], err: &mut dyn Write, framework: &Framework) -> i32 {
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
        let _ = writeln!(err, "vbc : error BC2008: no input sources specified");
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
    let public_key = references::read_public_key(o.key_file.as_deref(), o.public_sign, "vbc-lite")
        .unwrap_or_else(|(file, why)| {
            fatal.push(format!(
                "vbc : error BC36980: Error extracting public key from file '{file}': {why}"
            ));
            Vec::new()
        });
    let mut map = SourceMap::new();
    let mut texts = Vec::new();
    for s in &o.sources {
        match std::fs::read_to_string(s) {
            Ok(t) => texts.push((s.display().to_string(), t)),
            Err(e) => fatal.push(format!(
                "vbc : error BC2001: file '{}' could not be found ({e})",
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
    for (path, text) in &texts {
        map.add(path.clone(), text.clone());
    }
    // One compilation, never edited: no query log.
    let db = CompilerDb::unlogged();
    let files: Vec<SourceText> = texts
        .iter()
        .map(|(path, text)| SourceText::new(&db, path.clone(), text.clone()))
        .collect();
    let comp = Compilation::new(&db, files, References(refs), o.compile_options());
    let diags: Vec<Diagnostic> = crate::db::diagnostics(&db, comp).as_ref().clone();
    let bound = crate::db::bound(&db, comp);
    if report(&o, &map, diags, err) {
        return 1;
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
    let files: Vec<frontend_core::source::SourceFile> = texts
        .iter()
        .enumerate()
        .map(|(i, (p, t))| {
            frontend_core::source::SourceFile::new(
                frontend_core::source::FileId(i as u32),
                references::full_path(p),
                t.clone(),
            )
        })
        .collect();
    let mut bodies = bound.bodies.clone();
    let converted = match frontend_core::lower::closures::convert(&bound.world, &mut bodies) {
        Ok(w) => w,
        Err(errors) => {
            for e in errors {
                let _ = writeln!(err, "error CL0002: vbc-lite does not support {e}");
            }
            return 1;
        }
    };
    let world = converted.as_ref().unwrap_or(&bound.world);
    let version = match assembly_version(world, &bound.attributes) {
        Ok(v) => v,
        Err(VersionError::Malformed(v) | VersionError::Wildcard(v)) => {
            let _ = writeln!(
                err,
                "vbc : error BC36962: The specified version string '{v}' does not conform to the required format - major[.minor[.build[.revision]]]"
            );
            return 1;
        }
    };
    let claims_cls = bound
        .attributes
        .iter()
        .any(|a| world.ty(a.ctor.id.ty).name == "CLSCompliantAttribute");
    let input = ModuleInput {
        assembly_name: &assembly_name,
        version,
        public_key: &public_key,
        module_name: &file_name,
        kind: if o.library {
            ImageKind::Dll
        } else {
            ImageKind::Exe
        },
        entry_point: bound.entry_point,
        bodies: &bodies,
        method_impls: &bound.method_impls,
        attributes: &bound.attributes,
        debug: o.debug.then_some((
            files.as_slice(),
            il_emit::pdb::Language::VisualBasic,
            pdb_name.as_str(),
        )),
        row_symbols: claims_cls,
    };
    let emitted = match emit(world, &input) {
        Ok(m) => m,
        Err(e) => {
            let _ = writeln!(
                err,
                "vbc : error BC30000: internal compiler error in {}: {}",
                e.method, e.message
            );
            return 1;
        }
    };
    if claims_cls {
        let cls = frontend_core::cls::check(
            &emitted.image,
            &comp.references(&db).0,
            &emitted.rows,
            &bound.row_ranges,
            vb_cls_code,
        );
        if report(&o, &map, cls, err) {
            return 1;
        }
    }
    if let Err(e) = std::fs::write(&out, &emitted.image) {
        let _ = writeln!(
            err,
            "vbc : error BC2012: can't open '{}' for writing: {e}",
            out.display()
        );
        return 1;
    }
    if let Some(pdb) = emitted.pdb {
        if let Err(e) = std::fs::write(&pdb_path, pdb) {
            let _ = writeln!(
                err,
                "vbc : error BC2012: can't open '{}' for writing: {e}",
                pdb_path.display()
            );
            return 1;
        }
    }
    0
}

/// Drops `-nowarn` codes, applies `-warnaserror`, and writes `diags` in source order;
/// true when any of them is an error.
fn report(o: &Options, map: &SourceMap, mut diags: Vec<Diagnostic>, err: &mut dyn Write) -> bool {
    diags.retain(|d| !(d.severity == Severity::Warning && o.nowarn.contains(&d.code)));
    if o.warnaserror {
        for d in &mut diags {
            if d.severity == Severity::Warning {
                d.severity = Severity::Error;
            }
        }
    }
    diags.sort_by_key(|d| (d.primary.file.0, d.primary.range.start));
    let rendered = if o.msbuild_errors {
        render_msbuild(map, &diags)
    } else {
        render_plain(map, &diags)
    };
    let _ = write!(err, "{rendered}");
    diags.iter().any(|d| d.severity == Severity::Error)
}

/// The CLS engine's C# codes under Roslyn VB's numbers (`None`: VB has no such warning,
/// e.g. the case-only name clashes VB rejects as errors before this pass).
fn vb_cls_code(cs: &str) -> Option<Code> {
    Some(match cs {
        "CS3001" => Code::BC40028,
        "CS3002" => Code::BC40027,
        "CS3003" => Code::BC40025,
        "CS3006" | "CS3007" => Code::BC40035,
        "CS3008" => Code::BC40031,
        "CS3009" => Code::BC40026,
        "CS3010" => Code::BC40033,
        "CS3011" => Code::BC40034,
        "CS3024" => Code::BC40040,
        "CS3027" => Code::BC40029,
        _ => return None,
    })
}
