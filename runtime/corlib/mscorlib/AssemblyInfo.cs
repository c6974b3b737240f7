// The identity of mscorlib.dll: the same version as Mono's (the key comes from the
// build script's -keyfile), so programs compiled against the bundled one run there too.
using System.Reflection;

[assembly: AssemblyVersion("4.0.0.0")]
