// test: diag
sealed class Leaf { }
class Branch : Leaf { } //~ CS0509
sealed class Final { }
class Twig : Final { } //~ CS0509
