class C { void M(ref int a, out int b, params object[] rest) { b = 0; } void D(int x = 1, string s = "a", bool f = false) { } static int Ext(this string s) => s.Length; }
