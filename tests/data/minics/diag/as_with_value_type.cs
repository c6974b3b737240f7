// test: diag
class C {
    int M(object o) {
        return o as int; //~ CS0077
    }
}
