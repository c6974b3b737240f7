class C { void M(int a, bool b) { a = -a + +a; b = !b; a = ~a; ++a; --a; a++; a--; a = -(-a); } }
