//! The loader: reads an image, validates it completely before anything runs
//! ([`image::validate_image`]), and resolves and loads the assemblies it references
//! ([`resolve::Resolver`]), each once.
//!
//! Loaded images live until the process ends (there is no unloading, as in the CLR
//! without collectible load contexts), so their bytes are leaked to `'static` and every
//! view into them borrows for the whole run.

pub mod error;
pub mod image;
pub mod resolve;

pub use error::LoadError;
pub use resolve::Resolver;

use il_emit::TableId;
use il_emit::reader::Assembly;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// An index into the loader's assemblies.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct AssemblyIdx(pub u32);

/// A validated, loaded assembly.
#[derive(Debug)]
pub struct LoadedAssembly {
    pub path: PathBuf,
    pub name: String,
    pub image: Assembly<'static>,
}

/// Loads assemblies, each once, by path or by reference.
#[derive(Debug, Default)]
pub struct Loader {
    pub resolver: Resolver,
    assemblies: Vec<LoadedAssembly>,
    by_name: HashMap<String, AssemblyIdx>,
}

/// Reads and validates one image.
pub fn load_image(path: &Path) -> Result<Assembly<'static>, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::FileNotFound {
            name: path.display().to_string(),
            searched: vec![path.to_owned()],
        },
        _ => LoadError::Io {
            path: path.to_owned(),
            message: e.to_string(),
        },
    })?;
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    validate_bytes(bytes).map_err(|defect| LoadError::BadImageFormat {
        path: path.to_owned(),
        defect,
    })
}

/// Parses and validates an image in memory; the error names the defect.
pub fn validate_bytes(bytes: &[u8]) -> Result<Assembly<'_>, String> {
    let asm = Assembly::parse(bytes).map_err(|e| e.to_string())?;
    image::validate_image(&asm)?;
    Ok(asm)
}

impl Loader {
    /// A loader with the given search rules.
    pub fn new(resolver: Resolver) -> Loader {
        Loader {
            resolver,
            ..Loader::default()
        }
    }

    /// A loaded assembly.
    pub fn get(&self, idx: AssemblyIdx) -> &LoadedAssembly {
        &self.assemblies[idx.0 as usize]
    }

    /// Loads an assembly from a path (once per assembly name).
    pub fn load_path(&mut self, path: &Path) -> Result<AssemblyIdx, LoadError> {
        let image = load_image(path)?;
        self.add(path, image)
    }

    /// Loads one of the bundled framework's images (part of this binary); `label`
    /// stands for its path in messages. They were built with this binary and are
    /// checked by `bundled_images_validate` below, so only their structure is read here:
    /// validating every corlib method body would be most of a hello world's start-up.
    pub fn load_static(
        &mut self,
        label: &Path,
        bytes: &'static [u8],
    ) -> Result<AssemblyIdx, LoadError> {
        let image = Assembly::parse(bytes).map_err(|e| LoadError::BadImageFormat {
            path: label.to_owned(),
            defect: e.to_string(),
        })?;
        self.add(label, image)
    }

    fn add(&mut self, path: &Path, image: Assembly<'static>) -> Result<AssemblyIdx, LoadError> {
        let md = &image.metadata;
        let name = match md.row_count(TableId::Assembly) {
            0 => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            _ => md
                .assembly_row(1)
                .and_then(|a| md.string(a.name))
                .map(str::to_owned)
                .map_err(|e| LoadError::BadImageFormat {
                    path: path.to_owned(),
                    defect: e.to_string(),
                })?,
        };
        if let Some(&idx) = self.by_name.get(&name.to_ascii_lowercase()) {
            return Ok(idx);
        }
        let idx = AssemblyIdx(self.assemblies.len() as u32);
        self.by_name.insert(name.to_ascii_lowercase(), idx);
        self.assemblies.push(LoadedAssembly {
            path: path.to_owned(),
            name,
            image,
        });
        Ok(idx)
    }

    /// The number of assemblies loaded (their indices are `0..count`).
    pub fn count(&self) -> usize {
        self.assemblies.len()
    }

    /// Loads an assembly by simple name, as a reference to it would.
    pub fn load_named(&mut self, name: &str) -> Result<AssemblyIdx, LoadError> {
        if let Some(&idx) = self.by_name.get(&name.to_ascii_lowercase()) {
            return Ok(idx);
        }
        if self.resolver.corlib.is_none() {
            if let Some(&(n, bytes)) = corlib::ASSEMBLIES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                return self.load_static(Path::new(&format!("<bundled {n}>")), bytes);
            }
        }
        let path = self.resolver.resolve(name)?;
        self.load_path(&path)
    }

    /// Loads the assembly that AssemblyRef row `rid` of `from` names.
    pub fn load_reference(
        &mut self,
        from: AssemblyIdx,
        rid: u32,
    ) -> Result<AssemblyIdx, LoadError> {
        let md = &self.get(from).image.metadata;
        let bad = |e: il_emit::reader::ReadError| LoadError::BadImageFormat {
            path: self.get(from).path.clone(),
            defect: e.to_string(),
        };
        let name = md
            .assembly_ref(rid)
            .and_then(|r| md.string(r.name))
            .map_err(bad)?
            .to_owned();
        if let Some(&idx) = self.by_name.get(&name.to_ascii_lowercase()) {
            return Ok(idx);
        }
        // With the bundled corlib, the framework assemblies built with it (System,
        // System.Core) come from the binary too, as a GAC would serve them.
        if self.resolver.corlib.is_none() {
            if let Some(&(n, bytes)) = corlib::ASSEMBLIES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(&name))
            {
                return self.load_static(Path::new(&format!("<bundled {n}>")), bytes);
            }
        }
        let path = self.resolver.resolve(&name)?;
        self.load_path(&path)
    }

    /// Loads every assembly reachable through references from `root`.
    pub fn load_closure(&mut self, root: AssemblyIdx) -> Result<(), LoadError> {
        let mut work = vec![root];
        let mut seen = std::collections::HashSet::new();
        while let Some(idx) = work.pop() {
            if !seen.insert(idx) {
                continue;
            }
            let n = self.get(idx).image.metadata.row_count(TableId::AssemblyRef);
            for rid in 1..=n {
                work.push(self.load_reference(idx, rid)?);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    /// `Loader::load_static` trusts the bundled images: they must pass the validation
    /// every other image gets.
    #[test]
    fn bundled_images_validate() {
        for (name, bytes) in corlib::ASSEMBLIES {
            if let Err(e) = super::validate_bytes(bytes) {
                panic!("the bundled {name}.dll is malformed: {e}");
            }
        }
    }
}
