// test: diag
using System;
class C {
    static bool Get(out int v) { v = 4; return true; }
    static int Valid(bool b, int n) {
        int a;
        if (b) a = 1; else a = 2;
        int c;
        Get(out c);
        int d;
        while (true) { d = n; break; }
        int e;
        do { e = 3; } while (n > 10);
        int f;
        switch (n) { case 1: f = 1; break; default: f = 2; break; }
        int g;
        try { g = 1; } finally { }
        int h;
        try { n++; } finally { h = 5; }
        int i;
        if (!b) { i = 0; } else { throw new Exception(); }
        int j;
        j = j2(n);
        Func<int> later = () => a + c;
        return a + c + d + e + f + g + h + i + j + later();
    }
    static int j2(int x) { return x; }
    static int LoopOnly(int n) {
        int x;
        while (n > 0) { x = n; n--; }
        return x; //~ CS0165
    }
    static int ForeachOnly(int[] xs) {
        int last;
        foreach (int v in xs) last = v;
        return last; //~ CS0165
    }
    static int NoDefault(int n) {
        int r;
        switch (n) { case 1: r = 10; break; case 2: r = 20; break; }
        return r; //~ CS0165
    }
    static int InTryOnly() {
        int t;
        try { t = int.Parse("1"); } catch (FormatException) { }
        return t; //~ CS0165
    }
    static Func<int> InLambda() {
        int y;
        Func<int> f = () => y; //~ CS0165
        y = 2;
        return f;
    }
    static int SelfReference() {
        int z;
        z = z + 1; //~ CS0165
        return z;
    }
}
