// test: diag
namespace N {
    class A { }
    class A { } //~ CS0101
}
