// test: diag
class Outer {
    public class Inner { }
}
class C {
    Outer.Missing M() { //~ CS0426
        return null;
    }
}
