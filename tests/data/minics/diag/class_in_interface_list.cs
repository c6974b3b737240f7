// test: diag
class A { }
struct S : A { } //~ CS0527
interface I : A { } //~ CS0527
