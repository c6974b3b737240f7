class C { int M(int a) { checked { a++; } unchecked { a--; } int b = checked(a * 2); return unchecked(b + 1); } }
