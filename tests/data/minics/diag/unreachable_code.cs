// test: diag
class C {
    int M() {
        return 1;
        System.Console.WriteLine(); //~ CS0162
    }
    void N() {
        while (true) { }
        M(); //~ CS0162
    }
}
