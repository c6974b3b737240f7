// test: mono-run
// args: -unsafe
// peverify: unverifiable (pointers, on purpose)
// verify: unverifiable (pointers, on purpose)
// clr-lite-options: --skip-verification
// (unverifiable on purpose, so clr-lite runs it only when the policy lets it skip verification)
using System;

struct Point {
    public int X;
    public int Y;
}

class Holder {
    public int Value;
    public long[] Numbers = { 10, 20, 30 };
}

unsafe class Program {
    static void Swap(int* a, int* b) {
        int t = *a;
        *a = *b;
        *b = t;
    }

    static int Sum(int* p, int n) {
        int s = 0;
        for (int* q = p; q < p + n; q++) {
            s += *q;
        }
        return s;
    }

    static void Fill(byte* p, int n, byte v) {
        for (int i = 0; i < n; i++) {
            p[i] = v;
        }
    }

    static int Main() {
        int x = 3, y = 4;
        Swap(&x, &y);
        Console.WriteLine(x + " " + y);

        int* px = &x;
        *px += 10;
        Console.WriteLine(x);
        Console.WriteLine(*px * 2);

        Point pt;
        pt.X = 1;
        pt.Y = 2;
        Point* pp = &pt;
        pp->X = 7;
        pp->Y += pp->X;
        Console.WriteLine(pt.X + "," + pt.Y);
        int* py = &pt.Y;
        *py = 100;
        Console.WriteLine(pt.Y);

        int[] data = { 1, 2, 3, 4, 5 };
        fixed (int* p = data) {
            Console.WriteLine(Sum(p, data.Length));
            p[2] = 30;
            int* end = p + data.Length;
            Console.WriteLine(end - p);
            Console.WriteLine(*(end - 1));
        }
        Console.WriteLine(data[2]);

        int[] empty = new int[0];
        fixed (int* p = empty) {
            Console.WriteLine(p == null);
        }

        string s = "hello";
        fixed (char* c = s) {
            int n = 0;
            for (char* k = c; *k != '\0'; k++) {
                n++;
            }
            Console.WriteLine(n + " " + c[1]);
        }

        var h = new Holder();
        fixed (int* v = &h.Value) {
            *v = 42;
        }
        Console.WriteLine(h.Value);
        fixed (long* first = &h.Numbers[1]) {
            *first += 5;
        }
        Console.WriteLine(h.Numbers[1]);

        byte* buf = stackalloc byte[16];
        Fill(buf, 16, 7);
        int total = 0;
        for (int i = 0; i < 16; i++) {
            total += buf[i];
        }
        Console.WriteLine(total);

        int* squares = stackalloc int[5];
        for (int i = 0; i < 5; i++) {
            squares[i] = i * i;
        }
        Console.WriteLine(Sum(squares, 5));

        Console.WriteLine(sizeof(int) + sizeof(long) + sizeof(char) + sizeof(Point));
        void* raw = px;
        int* back = (int*)raw;
        Console.WriteLine(*back);
        long addrDiff = (long)(px + 3) - (long)px;
        Console.WriteLine(addrDiff);
        byte* bytes = (byte*)px;
        Console.WriteLine(bytes[0]);
        return x - 13;
    }
}
