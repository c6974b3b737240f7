//! Why an assembly could not be loaded: the runtime turns these into managed exceptions
//! (`BadImageFormatException`, `FileNotFoundException`) or, at the host, into a message
//! and an exit code.

use std::fmt;
use std::path::PathBuf;

/// A load failure.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LoadError {
    /// The file is not a valid CLI image; `defect` names what is wrong and where.
    BadImageFormat { path: PathBuf, defect: String },
    /// No file was found for a referenced assembly.
    FileNotFound {
        name: String,
        searched: Vec<PathBuf>,
    },
    /// The file exists but could not be read.
    Io { path: PathBuf, message: String },
}

impl LoadError {
    /// The managed exception type this failure surfaces as.
    pub fn exception_type(&self) -> &'static str {
        match self {
            LoadError::BadImageFormat { .. } => "System.BadImageFormatException",
            LoadError::FileNotFound { .. } | LoadError::Io { .. } => {
                "System.IO.FileNotFoundException"
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::BadImageFormat { path, defect } => {
                write!(f, "{}: {}: {defect}", self.exception_type(), path.display())
            }
            LoadError::FileNotFound { name, searched } => {
                write!(
                    f,
                    "{}: could not load assembly '{name}'",
                    self.exception_type()
                )?;
                if !searched.is_empty() {
                    let list: Vec<String> =
                        searched.iter().map(|p| p.display().to_string()).collect();
                    write!(f, " (searched {})", list.join(", "))?;
                }
                Ok(())
            }
            LoadError::Io { path, message } => write!(
                f,
                "{}: {}: {message}",
                self.exception_type(),
                path.display()
            ),
        }
    }
}

impl std::error::Error for LoadError {}
