// test: diag
class C {
    object M(bool b) {
        return b ? 1 : "one"; //~ CS0173
    }
}
