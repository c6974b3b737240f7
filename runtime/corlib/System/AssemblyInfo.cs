// The identity of System.dll: the same version as Mono's, so programs compiled against
// the bundled one run there too.
using System.Reflection;

[assembly: AssemblyVersion("4.0.0.0")]
