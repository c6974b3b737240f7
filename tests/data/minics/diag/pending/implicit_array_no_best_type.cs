// test: diag-pending
class C {
    object M() {
        return new[] { 1, "a" }; //~ CS0826
    }
}
