// test: mono-run
// Mandelbrot of the Benchmarks Game, printing a checksum of the bitmap instead of the
// PBM bytes (text output keeps the oracle comparison simple). Argument: the size
// (default 200).
using System;

static class Mandelbrot {
    static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 200;
        long checksum = 0;
        int inside = 0;
        for (int y = 0; y < n; y++) {
            int bits = 0, bitCount = 0;
            double ci = 2.0 * y / n - 1.0;
            for (int x = 0; x < n; x++) {
                double cr = 2.0 * x / n - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                for (; i < 50 && tr + ti <= 4.0; i++) {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                }
                bits = (bits << 1) | (tr + ti <= 4.0 ? 1 : 0);
                if (tr + ti <= 4.0) inside++;
                if (++bitCount == 8 || x == n - 1) {
                    checksum = (checksum * 31 + bits) % 1000000007;
                    bits = 0;
                    bitCount = 0;
                }
            }
        }
        Console.WriteLine("inside: " + inside);
        Console.WriteLine("checksum: " + checksum);
    }
}
