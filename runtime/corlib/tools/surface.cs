// The bundled framework's public surface against Mono's (the oracle): every public or
// protected type, method and field of our mscorlib/System/System.Core must exist in Mono's
// 4.5 profile with the same signature, in the same assembly (or one Mono forwards from).
// Build and run on Mono (Mono.Cecil is in its GAC):
//   mcs -r:/usr/lib/mono/gac/Mono.Cecil/0.11.0.0__0738eb9f132ed756/Mono.Cecil.dll -r:System.Core -out:surface.exe surface.cs
//   MONO_PATH=/usr/lib/mono/gac/Mono.Cecil/0.11.0.0__0738eb9f132ed756 mono surface.exe OUT/mscorlib.dll OUT/System.dll OUT/System.Core.dll
// (OUT: the corlib build script's $OUT_DIR). MEMBER/FIELD/EXTRA lines break programs on
// Mono; VIRTUAL/KIND/BASE lines are differences a caller does not see.
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

class Surf
{
    static Dictionary<string, TypeDefinition> monoTypes = new Dictionary<string, TypeDefinition>();
    static Dictionary<string, string> monoAsm = new Dictionary<string, string>();

    static void LoadMono(string name)
    {
        var a = AssemblyDefinition.ReadAssembly("/usr/lib/mono/4.5/" + name + ".dll");
        foreach (var t in a.MainModule.GetTypes()) { monoTypes[t.FullName] = t; monoAsm[t.FullName] = name; }
        foreach (var e in a.MainModule.ExportedTypes) if (!monoAsm.ContainsKey(e.FullName)) monoAsm[e.FullName] = name + "(fwd)";
    }

    static bool Visible(TypeDefinition t) { return t.IsPublic || (t.IsNestedPublic && Visible(t.DeclaringType)) || (t.IsNestedFamily && Visible(t.DeclaringType)); }

    static string Sig(MethodDefinition m)
    {
        return m.ReturnType.FullName + " " + m.Name + (m.HasGenericParameters ? "`" + m.GenericParameters.Count : "") + "(" + string.Join(",", m.Parameters.Select(p => p.ParameterType.FullName)) + ")" + (m.IsStatic ? " static" : "") + (m.IsVirtual ? " virtual" : "");
    }

    static int Main(string[] args)
    {
        foreach (var n in new[] { "mscorlib", "System", "System.Core" }) LoadMono(n);
        int bad = 0;
        foreach (var path in args)
        {
            var ours = AssemblyDefinition.ReadAssembly(path);
            string ourName = ours.Name.Name;
            foreach (var t in ours.MainModule.GetTypes())
            {
                if (!Visible(t)) continue;
                TypeDefinition mt;
                if (!monoTypes.TryGetValue(t.FullName, out mt)) { Console.WriteLine("EXTRA TYPE " + ourName + " " + t.FullName); bad++; continue; }
                string where = monoAsm[t.FullName];
                if (where != ourName) { Console.WriteLine("ASSEMBLY " + t.FullName + ": ours " + ourName + ", Mono " + where); }
                if (mt.IsValueType != t.IsValueType || mt.IsInterface != t.IsInterface || mt.IsSealed != t.IsSealed || mt.IsAbstract != t.IsAbstract) { Console.WriteLine("KIND " + t.FullName); bad++; }
                if ((mt.BaseType == null ? "" : mt.BaseType.FullName) != (t.BaseType == null ? "" : t.BaseType.FullName)) { Console.WriteLine("BASE " + t.FullName + ": ours " + t.BaseType + ", Mono " + mt.BaseType); bad++; }
                var monoSigs = new HashSet<string>(mt.Methods.Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly).Select(Sig));
                foreach (var m in t.Methods)
                {
                    if (!(m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)) continue;
                    string s = Sig(m);
                    if (!monoSigs.Contains(s))
                    {
                        // virtual-ness differences are reported separately
                        string nv = s.Replace(" virtual", "");
                        bool loose = monoSigs.Any(x => x.Replace(" virtual", "") == nv);
                        Console.WriteLine((loose ? "VIRTUAL " : "MEMBER ") + t.FullName + " :: " + s); bad++;
                    }
                }
                var monoFields = new HashSet<string>(mt.Fields.Where(f => f.IsPublic || f.IsFamily).Select(f => f.FieldType.FullName + " " + f.Name + (f.IsStatic ? " static" : "")));
                foreach (var f in t.Fields)
                {
                    if (!(f.IsPublic || f.IsFamily)) continue;
                    string s = f.FieldType.FullName + " " + f.Name + (f.IsStatic ? " static" : "");
                    if (!monoFields.Contains(s)) { Console.WriteLine("FIELD " + t.FullName + " :: " + s); bad++; }
                }
            }
        }
        Console.WriteLine(bad + " differences");
        return bad == 0 ? 0 : 1;
    }
}
