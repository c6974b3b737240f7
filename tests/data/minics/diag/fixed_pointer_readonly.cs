// test: diag
unsafe class C { //~ CS0227
    static int Sum(int[] a) {
        int s = 0;
        fixed (int* p = a) {
            p = null; //~ CS1656
            p++; //~ CS1656
            for (int* q = p; q < p + a.Length; q++) {
                s += *q;
            }
        }
        return s;
    }
}
