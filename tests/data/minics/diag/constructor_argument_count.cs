// test: diag
class P {
    public P(int x) { }
}
class C {
    P M() {
        return new P(1, 2); //~ CS1729
    }
    object N() {
        return new object(1); //~ CS1729
    }
}
