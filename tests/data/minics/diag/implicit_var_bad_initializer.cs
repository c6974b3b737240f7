// test: diag
class C {
    void M() {
        var n = null; //~ CS0815
        var v = System.Console.WriteLine(); //~ CS0815
        System.Console.WriteLine(n);
        System.Console.WriteLine(v);
    }
}
