// test: diag
class C {
    void M() {
        var x; //~ CS0818
        x = 1;
        System.Console.WriteLine(x);
    }
}
