// test: diag
class C {
    static bool TryHalf(int n, out int half) {
        if (n % 2 != 0) {
            return false; //~ CS0177
        }
        half = n / 2;
        return true;
    }
    static void Fill(bool b, out int a, out string s) {
        s = "x";
        if (b) {
            a = 1;
        }
    } //~ CS0177
    static int Early(out int v) {
        int w = v; //~ CS0269
        v = w;
        return v;
    }
    static void ThroughCall(out int x) {
        TryHalf(4, out x);
    }
    static void Throws(out int x) {
        throw new System.Exception();
    }
    static void Finally(out int x) {
        try {
            return;
        } finally {
            x = 2;
        }
    }
    static void Main() {
        int h;
        TryHalf(3, out h);
    }
}
