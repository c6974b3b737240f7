// test: diag
// The element type of `new[] { ... }` is the one element type every element converts
// to; the valid arrays here give no diagnostic.
class C {
    object M() {
        var widened = new[] { 1, 2L, 'c' };
        var strings = new[] { "x", null };
        var doubles = new[] { 1, 2.5f, 3.0 };
        var nullInt = new[] { 1, null }; //~ CS0826
        var onlyNull = new[] { null, null }; //~ CS0826
        return new[] { 1, "a" }; //~ CS0826
    }
}
