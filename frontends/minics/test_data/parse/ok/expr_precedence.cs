class C { bool M(int a, int b, bool c) { return a + b * 2 - a / b % 3 << 1 >> 2 < 5 == c & c ^ c | c && c || !c; } }
