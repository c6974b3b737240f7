// test: diag
class C {
    public static int Count = 0;
    int M() {
        return C.Size; //~ CS0117
    }
    int N() {
        return int.Parsee("1"); //~ CS0117
    }
}
