class C { int M(int n) { int Sq(int x) => x * x; static int Cube(int x) { return x * x * x; } T Id<T>(T t) => t; return Sq(n) + Cube(n); } }
