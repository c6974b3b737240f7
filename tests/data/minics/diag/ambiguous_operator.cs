// test: diag
class C {
    ulong M(ulong u, long l) {
        return u + l; //~ CS0034
    }
}
