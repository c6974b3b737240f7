// test: diag
abstract class Shape { }
interface IThing { }
class C {
    object M() {
        return new Shape(); //~ CS0144
    }
    object N() {
        return new IThing(); //~ CS0144
    }
}
