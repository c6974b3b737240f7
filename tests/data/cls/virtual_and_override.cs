// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Animal { public virtual uint Legs() { return 4; } public virtual string Name() { return "animal"; } }
    public class Bird : Animal { public override uint Legs() { return 2; } public override string Name() { return "bird"; } }
}
