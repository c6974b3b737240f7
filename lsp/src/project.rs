//! Which files a document is compiled with. A directory holding `csc-lite.rsp` (for
//! `.cs`) or `vbc-lite.rsp` (for `.vb`) is a project: the response file is the
//! compiler's command line (sources, `-r:`, `-define:`, `-target:`, …, relative to the
//! file's directory), and every document among its sources is compiled with the
//! others, open or not. A document in no project is a compilation of its own.

use crate::analysis::Language;
use compilers::FRAMEWORK;
use frontend_core::db::{CompileOptions, References};
use frontend_core::diag::{Code, Diagnostic, Label, Severity};
use frontend_core::source::{FileId, TextRange};
use std::path::{Path, PathBuf};

/// A project's command line, resolved against its directory.
pub struct ProjectSpec {
    /// The response file.
    pub rsp: PathBuf,
    pub sources: Vec<PathBuf>,
    pub references: References,
    pub options: CompileOptions,
    /// What loading the command line or its references reported (`error CS0006: …`).
    pub errors: Vec<String>,
}

/// The response file that names `language`'s project, in `path`'s directory or the
/// nearest one above it.
pub fn find_rsp(path: &Path, language: Language) -> Option<PathBuf> {
    let name = match language {
        Language::CSharp => "csc-lite.rsp",
        Language::VisualBasic => "vbc-lite.rsp",
    };
    path.ancestors()
        .skip(1)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// Reads the project `rsp` names for `language`.
pub fn load(rsp: &Path, language: Language) -> ProjectSpec {
    let dir = rsp.parent().unwrap_or(Path::new(".")).to_path_buf();
    let at = |p: &Path| match p.is_absolute() {
        true => p.to_path_buf(),
        false => dir.join(p),
    };
    let args = vec![format!("@{}", rsp.display())];
    let mut errors = Vec::new();
    // Each compiler reads its own command line; what a project needs is the same.
    macro_rules! read {
        ($driver:path) => {{
            use $driver as driver;
            match driver::parse_args(&args) {
                Ok(o) => (
                    o.sources.clone(),
                    o.references.clone(),
                    o.lib_paths.clone(),
                    o.nostdlib,
                    o.compile_options(),
                ),
                Err(e) => {
                    errors.push(e);
                    Default::default()
                }
            }
        }};
    }
    let (sources, refs, libs, nostdlib, options) = match language {
        Language::CSharp => read!(minics::driver),
        Language::VisualBasic => read!(minivb::driver),
    };
    // A reference the project's directory holds is found there, as the compiler run
    // from that directory would.
    let refs: Vec<String> = refs
        .into_iter()
        .map(|r| match dir.join(&r).is_file() {
            true => dir.join(&r).display().to_string(),
            false => r,
        })
        .collect();
    let mut libs: Vec<PathBuf> = libs.iter().map(|l| at(l)).collect();
    libs.push(dir.clone());
    let loaded = match language {
        Language::CSharp => {
            minics::driver::load_references(nostdlib, &refs, &libs, &FRAMEWORK, &mut errors)
        }
        Language::VisualBasic => {
            minivb::driver::load_references(nostdlib, &refs, &libs, &FRAMEWORK, &mut errors)
        }
    };
    ProjectSpec {
        rsp: rsp.to_path_buf(),
        sources: sources.iter().map(|s| at(s)).collect(),
        references: References(loaded),
        // Judged as it is written: an executable's missing Main is reported, a
        // library's is not.
        options,
        errors,
    }
}

/// A command-line error line (`error CS0006: Metadata file …`) as a diagnostic at the
/// start of a file, so the editor shows why the project does not bind. A line without
/// a known code is filed under the language's unreadable-response-file code.
pub fn command_line_diagnostic(line: &str, file: FileId, language: Language) -> Diagnostic {
    let text = line.split_once("error ").map_or(line, |(_, rest)| rest);
    let (code, message) = match text.split_once(": ") {
        Some((c, m)) => (Code::parse(c.trim()), m.to_owned()),
        None => (None, text.to_owned()),
    };
    let fallback = match language {
        Language::CSharp => Code::CS2011,
        Language::VisualBasic => Code::BC2011,
    };
    Diagnostic {
        code: code.unwrap_or(fallback),
        severity: Severity::Error,
        message,
        primary: Label {
            file,
            range: TextRange::new(0, 0),
            message: String::new(),
        },
        secondary: Vec::new(),
        notes: Vec::new(),
    }
}
