// test: diag
namespace N {
    class C { }
}
class D {
    void M(N x) { } //~ CS0118
    N.C Make() { return null; }
}
