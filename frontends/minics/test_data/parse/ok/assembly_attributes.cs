using System;
[assembly: CLSCompliant(true)]
[module: Foo]
class C { }
