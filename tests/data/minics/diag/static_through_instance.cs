// test: diag
class C {
    public static int Count = 0;
    public static void Reset() { }
    int M(C other) {
        other.Reset(); //~ CS0176
        return other.Count; //~ CS0176
    }
}
