// test: diag
// A lambda converts only to a delegate type, through a cast or parentheses as well
// as an assignment; the valid conversions here give no diagnostic.
using System;
class C {
    void M() {
        Func<int, int> twice = (x => x * 2);
        var also = (Func<int, int>)((x) => x + 1);
        object o = (object)(x => x); //~ CS1660
        object p = () => 1; //~ CS1660
        Console.WriteLine(twice(also(1)) + " " + o + p);
    }
}
