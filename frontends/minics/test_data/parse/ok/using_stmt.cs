using System.IO;
class C { void M() { using (var r = new StringReader("x")) { } using (r2) r2.Read(); using (StringReader a = null, b = null) ; } }
