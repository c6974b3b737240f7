class C { int a; public static readonly int b = 1, c = 2; const double Pi = 3.14, E = 2.71; int[] arr = { 1, 2, 3 }; volatile bool f; }
