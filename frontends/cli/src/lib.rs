//! What the `csc-lite` and `vbc-lite` binaries share: the framework they compile against
//! by default, the bundled corlib, System and System.Core that `clr-lite` runs on (the
//! compiler libraries cannot depend on the crate that embeds them, which is built with
//! csc-lite). `-nostdlib -r:PATH` or `CSC_LITE_CORLIB`/`VBC_LITE_CORLIB` name another.

use frontend_core::references::Framework;

/// The bundled framework.
pub const FRAMEWORK: Framework = Framework {
    assemblies: corlib::ASSEMBLIES,
};
