// Type names as GetType() and typeof report them: namespaces, nested types, arrays.
using System;
namespace Outer.Space {
class Host { public class Inner { } public struct S { } }
class Program { static void Main() {
  Console.WriteLine(new Host.Inner());
  Console.WriteLine(new Host.S());
  Console.WriteLine(new Host.Inner().GetType().Name + " " + new Host.Inner().GetType().Namespace + " " + new Host.Inner().GetType().FullName);
  Console.WriteLine(new Program());
  Console.WriteLine(typeof(Program).Name + " " + typeof(int).FullName + " " + typeof(Host.S).FullName);
  Console.WriteLine(new object());
  Console.WriteLine(new int[3].GetType().Name);
}}}
