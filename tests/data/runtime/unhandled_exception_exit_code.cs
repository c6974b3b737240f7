// test: mono-run
using System;
class MyError : Exception {
    public MyError(string m) : base(m) { }
}
class Program {
    static void Main() {
        Console.WriteLine("before");
        throw new MyError("not caught");
    }
}
