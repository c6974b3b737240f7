//! What both compilers' command lines share around references: the command line's
//! tokens (`command_line`), the framework a compiler references by default (the bundled
//! one, or Mono's installed assemblies), finding `-r:` names, loading references in order
//! (corlib first) as imported symbols, and the strong-name key files behind
//! `-keyfile:`. Each compiler words the failures its own way (`ReferenceMessages`).

mod command_line;
mod key_file;
mod loading;

pub use command_line::{CmdArg, command_line, list, split_rsp_line, switch};
pub use key_file::{public_key_from_key_file, read_public_key};
pub use loading::{Framework, MONO_FRAMEWORK, full_path, installed_corlib, load_references};

/// A compiler's wording of reference failures.
pub struct ReferenceMessages {
    /// The environment variable that names the corlib (`CSC_LITE_CORLIB`).
    pub corlib_env: &'static str,
    /// No corlib found.
    pub no_corlib: &'static str,
    /// A `-r:` name found nowhere.
    pub not_found: fn(&str) -> String,
    /// A file that could not be read: (path, error).
    pub unreadable: fn(&str, &str) -> String,
    /// A file that is not an assembly: (path, error).
    pub invalid: fn(&str, &str) -> String,
    /// Response files nested too deeply.
    pub rsp_nesting: &'static str,
    /// A response file that could not be read: (path, error).
    pub rsp_unreadable: fn(&str, &str) -> String,
}
