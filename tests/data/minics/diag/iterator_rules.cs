// test: diag
using System;
using System.Collections.Generic;
class C {
    static int NotAnIterator() { //~ CS1624
        yield return 1;
    }
    static IEnumerable<int> ReturnsValue() {
        yield return 1;
        return 2; //~ CS1622
    }
    static IEnumerable<int> InCatch() {
        try { yield return 1; } //~ CS1626
        catch (Exception) { yield return 2; } //~ CS1631
    }
    static IEnumerable<int> InFinally() {
        try { yield return 1; }
        finally { yield break; } //~ CS1625
    }
    static IEnumerable<int> InLambda() {
        Action a = () => { yield break; }; //~ CS1621
        a();
        yield return 3;
    }
    static IEnumerable<string> WrongElement() {
        yield return 42; //~ CS0029
    }
}
